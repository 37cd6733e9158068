//@ts-check
// Copies the files the sentence encoder's runtimes load at run time into dist/node_modules/, so
// dist/cli.js and dist/worker.js find them both in the repository and in the installed .vsix
// (which carries no node_modules of its own): onnxruntime-node's JavaScript and the native binary
// of each target platform only (each is ~50 MB), onnxruntime-web's Node build and its one
// WebAssembly file, and onnxruntime-common. Files already there with the same size are kept.
// A development build has both runtimes (the tests run both); a platform .vsix has the native one
// only and the universal .vsix the WebAssembly one only (scripts/package.mjs), to stay small.
const fs = require('fs');
const path = require('path');

const MIT = `MIT License

Copyright (c) Microsoft Corporation

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

/** @param {string} from @param {string} to */
function copyFile(from, to) {
  if (fs.existsSync(to) && fs.statSync(to).size === fs.statSync(from).size) return;
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

/** @param {string} from @param {string} to @param {(name: string) => boolean} keep */
function copyTree(from, to, keep) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    if (entry.isDirectory()) copyTree(src, path.join(to, entry.name), keep);
    else if (keep(entry.name)) copyFile(src, path.join(to, entry.name));
  }
}

/**
 * @param {string} root the repository
 * @param {string[]} targets VS Code targets such as linux-x64, darwin-arm64, win32-x64 (none: no native runtime)
 * @param {boolean} web whether to copy onnxruntime-web (the WebAssembly fallback, ~14 MB)
 */
function copyRuntimes(root, targets, web) {
  const nm = path.join(root, 'node_modules');
  const out = path.join(root, 'dist', 'node_modules');
  const noMaps = (/** @type {string} */ n) => !n.endsWith('.map') && !n.endsWith('.d.ts');
  // Start from an empty folder so that a binary of a target no longer wanted does not linger.
  fs.rmSync(path.join(out, 'onnxruntime-node'), { recursive: true, force: true });
  fs.rmSync(path.join(out, 'onnxruntime-web'), { recursive: true, force: true });
  const packages = ['onnxruntime-common'];

  copyFile(path.join(nm, 'onnxruntime-common', 'package.json'), path.join(out, 'onnxruntime-common', 'package.json'));
  copyTree(path.join(nm, 'onnxruntime-common', 'dist', 'cjs'), path.join(out, 'onnxruntime-common', 'dist', 'cjs'), noMaps);

  if (targets.length > 0) {
    packages.push('onnxruntime-node');
    copyFile(path.join(nm, 'onnxruntime-node', 'package.json'), path.join(out, 'onnxruntime-node', 'package.json'));
    copyTree(path.join(nm, 'onnxruntime-node', 'dist'), path.join(out, 'onnxruntime-node', 'dist'), noMaps);
  }
  for (const target of targets) {
    const [platform, arch] = target.split('-');
    const bin = path.join(nm, 'onnxruntime-node', 'bin', 'napi-v6', platform, arch);
    if (!fs.existsSync(bin)) throw new Error(`copy-runtimes: onnxruntime-node has no binary for ${target}`);
    // DirectML (Windows GPU) is not used: the encoder runs on the CPU provider. On macOS the binding
    // loads @rpath/libonnxruntime.1.dylib; libonnxruntime.1.30.0.dylib is a second copy of it (a
    // symbolic link upstream, a file once installed by npm).
    const unused = (/** @type {string} */ n) => ['DirectML.dll', 'dxcompiler.dll', 'dxil.dll'].includes(n) || /^libonnxruntime\.\d+\.\d+\.\d+\.dylib$/.test(n);
    copyTree(bin, path.join(out, 'onnxruntime-node', 'bin', 'napi-v6', platform, arch), (n) => !unused(n));
  }

  if (web) {
    packages.push('onnxruntime-web');
    const from = path.join(nm, 'onnxruntime-web');
    copyFile(path.join(from, 'package.json'), path.join(out, 'onnxruntime-web', 'package.json'));
    for (const f of ['ort.node.min.js', 'ort-wasm-simd-threaded.mjs', 'ort-wasm-simd-threaded.wasm']) {
      copyFile(path.join(from, 'dist', f), path.join(out, 'onnxruntime-web', 'dist', f));
    }
  }
  for (const pkg of packages) {
    // The npm packages carry no licence file; their package.json says MIT (ONNX Runtime's licence).
    fs.writeFileSync(path.join(out, pkg, 'LICENSE'), MIT);
  }
}

module.exports = { copyRuntimes };
