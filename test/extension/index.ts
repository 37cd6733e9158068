/**
 * Entry point VS Code calls in the extension host (extensionTestsPath): runs the bundled *.test.js
 * beside this file with mocha (untrusted.test.js only in the untrusted-workspace pass, and only
 * there). Bundled by scripts/run-vscode-tests.js.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, grep: process.env.SOURCE_COMPARE_GREP || undefined });
  // The untrusted-workspace pass (runner flag --untrusted) runs only its own short file.
  const untrusted = process.env.SOURCE_COMPARE_PASS === 'untrusted';
  const files = fs.readdirSync(__dirname).filter((n) => n.endsWith('.test.js') && n.startsWith('untrusted.') === untrusted);
  for (const f of files.sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      console.log(`[source-compare:result] ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
      else resolve();
    });
  });
}
