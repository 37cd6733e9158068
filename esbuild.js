//@ts-check
// Bundles the extension, its engine worker and the CLI into dist/. Type checking is `tsc --noEmit`
// (esbuild does not check types). The engine goes into dist/worker.js only: dist/extension.js stays
// small, so activation stays fast. The engine's derived data (word vectors, vocabulary, lemmas:
// data/vectors.bin, data/lexicon.json) is not bundled: it is copied to dist/data/, where the CLI and
// the worker read it (src/host/tables.ts).
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

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
  const builds = [
    { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
    { ...common, entryPoints: ['src/extension/worker.ts'], outfile: 'dist/worker.js' },
    { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  ];
  copyData();
  if (watch) {
    for (const b of builds) await (await esbuild.context(b)).watch();
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
