// Every word list is in src/engine/lexicon: a Set or Map of quoted words anywhere else in the engine
// fails here (sets of report and fact kinds are names of the schema, not words, and are allowed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ENGINE = join(__dirname, '..', '..', '..', 'src', 'engine');
const KINDS = new Set(['person', 'place', 'organization', 'date', 'number', 'quote', 'negation', 'attribution', 'other', 'role', 'certainty']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/**
 * The lists of the fact readers written before this test, by file and first three words: still to be
 * moved into src/engine/lexicon (remove an entry when its list moves; never add one).
 */
const NOT_MOVED_YET: ReadonlySet<string> = new Set([
  "facts/amounts.ts (k, thousand, m)",
  "facts/amounts.ts (half, halves, third)",
  "facts/amounts.ts (percent, pct, percentage)",
  "facts/amounts.ts (weigh, weighs, weighed)",
  "facts/amounts.ts (tall, high, long)",
  "facts/amounts.ts ($, $, £)",
  "facts/amounts.ts (us, USD, a)",
  "facts/amounts.ts (more, new, other)",
  "facts/amounts.ts (USD, AUD, CAD)",
  "facts/certainty.ts (to, have, be)",
  "facts/certainty.ts (a, an, the)",
  "facts/certainty.ts (be)",
  "facts/certainty.ts (\", “, ”)",
  "facts/certainty.ts (may, might, could)",
  "facts/certainty.ts (will, would, shall)",
  "facts/certainty.ts (say, tell, claim)",
  "facts/certainty.ts (be, have, do)",
  "facts/dates.ts (in, since, by)",
  "facts/datetime.ts (january, jan, february)",
  "facts/datetime.ts (sunday, monday, tuesday)",
  "facts/datetime.ts (in, since, until)",
  "facts/datetime.ts (on, at, of)",
  "facts/numbers.ts (of, and, or)",
  "facts/numbers.ts (dozens, hundreds, thousands)",
  "facts/numbers.ts (no, any, every)",
  "facts/numbers.ts (by, up, down)",
  "facts/opposites.ts (have, lack, be)",
  "facts/opposites.ts (not, t\", , , )",
  "facts/opposites.ts (be, have, do)",
  "facts/opposites.ts (be, have, do)",
  "facts/quotes.ts (the, a, an)",
  "strings/phonetic.ts (a, e, i)",
]);

test('word lists live in the lexicon only (no new list outside it)', () => {
  const found: string[] = [];
  for (const file of files(ENGINE)) {
    const rel = relative(ENGINE, file);
    if (rel.startsWith('lexicon') || rel.includes('.generated.')) continue;
    const text = readFileSync(file, 'utf8');
    // a Set or Map built from a literal list whose first entry is a quoted word
    for (const m of text.matchAll(/new (?:Set|Map)(?:<[^>\n]*>)?\(\[\s*\[?'/g)) {
      const at = m.index ?? 0;
      const end = text.indexOf(']);', at);
      const words = [...text.slice(at, end < 0 ? at + 400 : end).matchAll(/'([^'\n]*)'/g)].map((w) => w[1]);
      if (words.every((w) => KINDS.has(w))) continue;
      const key = `${rel} (${words.slice(0, 3).join(', ')})`;
      if (!NOT_MOVED_YET.has(key)) found.push(key);
    }
  }
  assert.deepEqual(found, [], 'word lists outside src/engine/lexicon');
});
