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

test('word lists live in the lexicon only', () => {
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
      found.push(`${rel} (${words.slice(0, 3).join(', ')})`);
    }
  }
  assert.deepEqual(found, [], 'word lists outside src/engine/lexicon');
});
