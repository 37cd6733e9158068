// Our WordPiece tokenizer against the reference (Hugging Face `tokenizers` reading the model's
// tokenizer.json), on the 4,020 texts that `node scripts/fetch-model.mjs --tokenizer-reference`
// wrote into .cache/tokenizer-reference.json at set-up time (scripts/test.sh does it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_TOKENS, PAIR_MAX_TOKENS, WordPiece, normalize, preTokenize } from '../../../src/engine/similarity/wordpiece';

const root = join(__dirname, '..', '..', '..');
const vocabPath = join(root, 'models', 'minilm', 'vocab.txt');
const referencePath = join(root, '.cache', 'tokenizer-reference.json');

function load(path: string): string {
  assert.ok(existsSync(path), `${path} is missing: run node scripts/fetch-model.mjs --tokenizer-reference`);
  return readFileSync(path, 'utf8');
}

interface Reference { maxTokens: number; sentences: { text: string; ids: number[] }[] }

test('ids equal the reference tokenizer on every sentence', () => {
  const wp = WordPiece.fromVocabText(load(vocabPath));
  const ref = JSON.parse(load(referencePath)) as Reference;
  assert.equal(ref.maxTokens, MAX_TOKENS);
  assert.ok(ref.sentences.length >= 3000, `only ${ref.sentences.length} reference sentences`);
  const mismatches: string[] = [];
  for (const { text, ids } of ref.sentences) {
    const ours = wp.encode(text);
    if (ours.length !== ids.length || ours.some((id, i) => id !== ids[i])) mismatches.push(text);
  }
  assert.deepEqual(mismatches.slice(0, 5), [], `${mismatches.length} of ${ref.sentences.length} differ`);
  // The long texts are truncated to exactly the model's length.
  assert.ok(ref.sentences.some((s) => s.ids.length === MAX_TOKENS));
});

test('basic tokenizer: accents, case, punctuation, control characters, CJK', () => {
  assert.equal(normalize('Café\u0000 Naïve\u00a0RÉSUMÉ\u200b'), 'cafe naive resume');
  assert.equal(normalize('ΟΔΟΣ'), 'οδοσ');
  assert.deepEqual(preTokenize(normalize("U.S. officials' $5,000-strong 中国")), ['u', '.', 's', '.', 'officials', "'", '$', '5', ',', '000', '-', 'strong', '中', '国']);
});

test('word pieces, unknown words and truncation', () => {
  const wp = WordPiece.fromVocabText(load(vocabPath));
  const vocab = load(vocabPath).split('\n');
  const tokens = (text: string) => wp.encode(text).map((id) => vocab[id]);
  assert.deepEqual(tokens('Designed not to escalate'), ['[CLS]', 'designed', 'not', 'to', 'es', '##cala', '##te', '[SEP]']);
  assert.deepEqual(tokens('a ' + 'x'.repeat(101)), ['[CLS]', 'a', '[UNK]', '[SEP]']);
  assert.deepEqual(tokens('\u2603'), ['[CLS]', '[UNK]', '[SEP]']);
  const long = wp.encode('word '.repeat(400));
  assert.equal(long.length, MAX_TOKENS);
  assert.equal(long[MAX_TOKENS - 1], wp.sep);
  assert.deepEqual(wp.encode('one two three', 4).map((id) => vocab[id]), ['[CLS]', 'one', 'two', '[SEP]']);
});

interface PairReference { pairMaxTokens: number; pairs: { a: string; b: string; ids: number[]; types: number[] }[] }

test('pair ids and segment ids equal the reference tokenizer on every pair, long pairs cut at 128', () => {
  const wp = WordPiece.fromVocabText(load(vocabPath));
  const ref = JSON.parse(load(referencePath)) as PairReference;
  assert.equal(ref.pairMaxTokens, PAIR_MAX_TOKENS);
  assert.ok(ref.pairs.length >= 1000, `only ${ref.pairs?.length} reference pairs`);
  const mismatches: string[] = [];
  for (const { a, b, ids, types } of ref.pairs) {
    const ours = wp.encodePair(a, b);
    if (JSON.stringify(ours.ids) !== JSON.stringify(ids) || JSON.stringify(ours.types) !== JSON.stringify(types)) mismatches.push(`${a} || ${b}`);
  }
  assert.deepEqual(mismatches.slice(0, 3), [], `${mismatches.length} of ${ref.pairs.length} differ`);
  assert.ok(ref.pairs.some((p) => p.ids.length === PAIR_MAX_TOKENS));
});
