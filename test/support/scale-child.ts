/**
 * Child process for the scale cases of test/engine/hostile.test.ts: runs one comparison of
 * generated text (test/support/scale.ts) under the heap ceiling the parent starts it with, checks
 * the report's structure, and prints one JSON line with the claim count and the process's peak
 * resident memory (the claims' vectors live outside the V8 heap, so the ceiling alone would not
 * see them).
 *   node --max-old-space-size=N --import tsx scale-child.ts CASE KB
 * CASE: `short` (short sentences, most of them repeated), `distinct` (no two alike), `names`
 * (name-dense text, KB a side).
 */
import './tables';
import { compare } from '../../src/engine';
import type { ArticleInput } from '../../src/engine';
import { checkReport } from './invariants';
import { nameDenseArticle, shortSentenceArticle } from './scale';
import { ARTICLE_B } from './text';

const [which, kbArg] = process.argv.slice(2);
const bytes = Number(kbArg) * 1024;
const articles: ArticleInput[] = which === 'names'
  ? [{ path: 'roll-a.txt', text: nameDenseArticle(bytes, 1) }, { path: 'roll-b.txt', text: nameDenseArticle(bytes, 2) }]
  : [{ path: 'long.txt', text: shortSentenceArticle(bytes, 202, which === 'distinct') }, { path: 'b.txt', text: ARTICLE_B }];
const rssBefore = process.resourceUsage().maxRSS;
const report = compare(articles);
const maxRssMB = process.resourceUsage().maxRSS / 1024;
checkReport(report, articles);
process.stdout.write(JSON.stringify({ claims: report.summary.claims, unique: report.summary.unique, maxRssMB, startMB: rssBefore / 1024 }) + '\n');
