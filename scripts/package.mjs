// Packages the extension for one platform: `node scripts/package.mjs [--target linux-x64]` (default:
// this machine). The .vsix carries the sentence encoder (models/minilm/) and onnxruntime-node's
// native binary for that platform only (each is ~50 MB), so there is one .vsix per target, as
// `vsce package --target` makes them. `--target universal` makes the .vsix for every other
// platform: onnxruntime-web (WebAssembly) instead of the native runtime. Out: source-compare.vsix
// (or --out FILE).
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const target = arg('--target', `${process.platform}-${process.arch}`);
const out = arg('--out', 'source-compare.vsix');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run(process.execPath, ['scripts/fetch-model.mjs']);
const universal = target === 'universal';
run(process.execPath, ['esbuild.js', '--production', `--targets=${target}`, ...(universal ? [] : ['--no-web'])]);
run(process.execPath, [resolve(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', ...(universal ? [] : ['--target', target]), '--out', out]);
// Leave dist/ as a development build has it (both runtimes), so the tests keep running both.
run(process.execPath, ['esbuild.js']);
