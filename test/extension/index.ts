/**
 * Entry point VS Code calls in the extension host (extensionTestsPath): runs every bundled
 * *.test.js beside this file with mocha. Bundled by scripts/run-vscode-tests.js.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, grep: process.env.SOURCE_COMPARE_GREP || undefined });
  for (const f of fs.readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      console.log(`[source-compare:result] ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
      else resolve();
    });
  });
}
