//@ts-check
// Bundles the extension, its engine worker and the CLI into dist/. Type checking is `tsc --noEmit`
// (esbuild does not check types). The engine goes into dist/worker.js only: dist/extension.js stays
// small, so activation stays fast. The engine's derived data (word vectors, vocabulary, lemmas:
// data/vectors.bin, data/lexicon.json) is not bundled: it is copied to dist/data/, where the CLI and
// the worker read it (src/host/tables.ts).
// The sentence encoder's runtimes (onnxruntime-node, onnxruntime-web) stay external: they load
// native or WebAssembly files relative to their own folders, so scripts/copy-runtimes.js copies the
// files they need into dist/node_modules/ (`--targets=linux-x64,darwin-arm64`, default this machine;
// `--targets=universal` for none; `--no-web` leaves the WebAssembly runtime out).
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');
const { copyRuntimes } = require('./scripts/copy-runtimes.js');

const DATA_FILES = ['vectors.bin', 'lexicon.json'];

function copyData() {
  const to = path.join(__dirname, 'dist', 'data');
  fs.mkdirSync(to, { recursive: true });
  for (const f of DATA_FILES) fs.copyFileSync(path.join(__dirname, 'data', f), path.join(to, f));
}

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'linked',
};

async function main() {
  const external = ['onnxruntime-node', 'onnxruntime-web'];
  const builds = [
    { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
    { ...common, entryPoints: ['src/extension/worker.ts'], outfile: 'dist/worker.js', external },
    { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', external, banner: { js: '#!/usr/bin/env node' } },
  ];
  copyData();
  if (watch) {
    for (const b of builds) await (await esbuild.context(b)).watch();
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  const targets = process.argv.find((a) => a.startsWith('--targets='));
  const list = targets ? targets.slice('--targets='.length).split(',').filter((t) => t && t !== 'universal') : [`${process.platform}-${process.arch}`];
  copyRuntimes(__dirname, list, !process.argv.includes('--no-web'));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
