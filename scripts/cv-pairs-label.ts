/**
 * The 5-fold cross-validated label accuracy of `pairs --meaning` on MSRP train (development check,
 * not part of the build). The shipped cross-encoder was trained on all of MSRP train, so
 * `npm run eval`'s msrp-train-meaning figure is in-sample; this one decides every pair as the
 * engine does (a fact discrepancy first, then TUNING.pairs.crossWeight × probability + the rest ×
 * the encoder head's score against crossThreshold), with the probability each pair got from the
 * model that did not see it (scripts/train-cross-encoder.py --cv 5 --oof FILE).
 *
 *   node dist/cli.js pairs --meaning --input ../shared/data/pairs/msrp-train.jsonl > OUT.jsonl
 *   npx tsx scripts/cv-pairs-label.ts OOF.jsonl OUT.jsonl
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pairClaimTexts } from '../src/engine';
import { TUNING } from '../src/engine/tuning';
import { ensureEngineTables } from '../src/host/tables';

ensureEngineTables();
const [oofFile, outFile] = process.argv.slice(2);
if (!oofFile || !outFile) {
  console.error('usage: npx tsx scripts/cv-pairs-label.ts OOF.jsonl PAIRS_OUTPUT.jsonl');
  process.exit(2);
}
const lines = (f: string): Array<Record<string, unknown>> => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
const data = lines(join(__dirname, '..', '..', 'shared', 'data', 'pairs', 'msrp-train.jsonl'));
const oof = new Map(lines(oofFile).map((r) => [String(r.id), Number(r.p)]));
const out = new Map(lines(outFile).map((r) => [String(r.id), r]));
const { crossWeight, crossThreshold } = TUNING.pairs;
let right = 0;
let rawRight = 0;
let crossed = 0;
for (const r of data) {
  const id = String(r.id);
  const o = out.get(id);
  const p = oof.get(id);
  if (!o || p === undefined) throw new Error(`no output or probability for ${id}`);
  const gold = Number(r.gold) === 1;
  let agree = o.label === 'agreement';
  // one claim a side: the pair the cross-encoder read; decide it with the held-out probability
  if (pairClaimTexts(String(r.a), String(r.b)).length === 2 && o.label !== 'discrepancy') {
    crossed++;
    agree = crossWeight * p + (1 - crossWeight) * Number(o.score) >= crossThreshold;
  }
  if (agree === gold) right++;
  if ((p >= 0.5) === gold) rawRight++;
}
console.log(JSON.stringify({
  pairs: data.length,
  decided_with_cross_encoder: crossed,
  label_accuracy_cv: Math.round((right / data.length) * 10000) / 10000,
  cross_encoder_alone_cv: Math.round((rawRight / data.length) * 10000) / 10000,
}));
