/**
 * The committed derived data (data/vectors.bin, data/lexicon.json) is what scripts/derive-lexicon.mjs
 * makes from its sources. Re-deriving takes ~300 MB of npm packages and a 4 GB heap, so this test
 * checks the record the script writes beside the data (data/lexicon.sha256.json): the outputs' sha256
 * and the sha256 of the scripts that make them. Editing either without re-deriving fails here.
 *   regenerate:  node --max-old-space-size=4096 scripts/derive-lexicon.mjs
 *   full check:  node --max-old-space-size=4096 scripts/derive-lexicon.mjs --check
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

interface LexiconFilesModule {
  checkRecord(dir?: string): string[];
  readRecord(dir?: string): { sources: Record<string, string>; outputs: Record<string, string> };
}

test('data/ matches its recorded checksums and the scripts that derive it are unchanged', async () => {
  const m = (await import(join(ROOT, 'scripts', 'lexicon-files.mjs'))) as LexiconFilesModule;
  assert.deepEqual(m.checkRecord(), []);
  const rec = m.readRecord();
  assert.deepEqual(Object.keys(rec.outputs).sort(), ['lexicon.json', 'vectors.bin']);
  for (const [pkg, v] of Object.entries(rec.sources)) assert.match(v, /^\S+ sha512-[\w+/]+=*$/, `${pkg}: pinned version and npm integrity`);
});

test('the check catches a changed output: one flipped bit in a copy of vectors.bin', async () => {
  const m = (await import(join(ROOT, 'scripts', 'lexicon-files.mjs'))) as LexiconFilesModule;
  const dir = mkdtempSync(join(tmpdir(), 'sc-lexicon-'));
  try {
    for (const f of ['vectors.bin', 'lexicon.json', 'lexicon.sha256.json']) copyFileSync(join(ROOT, 'data', f), join(dir, f));
    assert.deepEqual(m.checkRecord(dir), [], 'an exact copy passes');
    const bytes = readFileSync(join(dir, 'vectors.bin'));
    bytes[12345] ^= 1;
    writeFileSync(join(dir, 'vectors.bin'), bytes);
    const bad = m.checkRecord(dir);
    assert.equal(bad.length, 1);
    assert.match(bad[0], /^data\/vectors\.bin: sha256 [0-9a-f]{64}, recorded [0-9a-f]{64}$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
