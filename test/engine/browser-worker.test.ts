/**
 * The engine runs where there is no Node: bundled for the browser and evaluated in a bare
 * JavaScript context (no require, process, Buffer or file system; only WebAssembly, as a browser
 * worker has), with the tables handed over through the port, it gives the same report as in Node.
 */
import '../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { buildSync } from 'esbuild';
import { compare, type ArticleInput, type Report } from '../../src/engine';
import type { EngineTables, TableFiles } from '../../src/engine/lexicon/tables';

const ROOT = join(__dirname, '..', '..');

interface BrowserEngine {
  compare(articles: ArticleInput[]): Report;
  installTables(t: EngineTables): void;
  loadTables(f: TableFiles): EngineTables;
}

test('the engine bundled for the browser runs in a context without Node and reports as in Node', () => {
  const out = buildSync({
    stdin: {
      contents: "export { compare } from './src/engine';\nexport { installTables, loadTables } from './src/engine/lexicon/tables';\n",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true, platform: 'browser', format: 'iife', globalName: 'engine', write: false, logLevel: 'silent',
  });
  assert.deepEqual(out.errors, []);
  const context = vm.createContext({ WebAssembly: (globalThis as Record<string, unknown>).WebAssembly });
  vm.runInContext(out.outputFiles[0].text, context);
  const engine = (context as { engine: BrowserEngine }).engine;
  assert.equal(vm.runInContext('typeof require + typeof process + typeof Buffer', context), 'undefinedundefinedundefined');
  // What a browser worker would fetch() and hand over.
  engine.installTables(engine.loadTables({
    vectors: new Uint8Array(readFileSync(join(ROOT, 'data', 'vectors.bin'))),
    lexicon: readFileSync(join(ROOT, 'data', 'lexicon.json'), 'utf8'),
  }));
  const articles = ['samples/varna-flood-herald.md', 'samples/varna-flood-courier.txt', 'samples/varna-flood-wire.txt']
    .map((f) => ({ path: f, text: readFileSync(join(ROOT, f), 'utf8') }));
  const inBrowser = JSON.stringify(engine.compare(articles));
  assert.equal(inBrowser, JSON.stringify(compare(articles)));
  assert.ok(inBrowser.includes('"agreement"'), 'a real report, with agreements');
});
