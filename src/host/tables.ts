/**
 * The Node hosts' side of the engine's table port (src/engine/lexicon/tables.ts): finds
 * `vectors.bin` and `lexicon.json`, reads them once, and installs the decoded tables in the engine.
 * Used by the CLI, the extension's worker, the tests and the dev scripts. A browser worker would do
 * the same with fetch() and call `installTables(loadTables(…))` itself.
 *
 * Where the files are: `data/` beside the bundle (dist/data, copied by esbuild.js) or, when running
 * from source (tsx), the repository's `data/`.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { TablesError, installTables, loadTables, tablesInstalled } from '../engine/lexicon/tables';

export const TABLE_FILES = ['vectors.bin', 'lexicon.json'] as const;

/** Where the files are: data/ beside the bundle (dist/data), or the repository's data/ when run from source. */
export function dataDirs(): string[] {
  const fromSource = __filename.endsWith('.ts'); // tsx runs src/host/tables.ts itself
  return [fromSource ? join(__dirname, '..', '..', 'data') : join(__dirname, 'data')];
}

function readIn(dir: string): { vectors: Uint8Array; lexicon: string } | null {
  let vectors: Uint8Array;
  try {
    vectors = readFileSync(join(dir, 'vectors.bin'));
  } catch {
    return null;
  }
  let lexicon: string;
  try {
    lexicon = readFileSync(join(dir, 'lexicon.json'), 'utf8');
  } catch {
    throw new TablesError(`Source Compare's data file ${join(dir, 'lexicon.json')} is missing or unreadable (beside ${join(dir, 'vectors.bin')}); reinstall, or run \`npm run build\``);
  }
  return { vectors, lexicon };
}

/**
 * Reads and installs the engine tables unless already installed. `dirs` overrides where to look.
 * Throws a `TablesError` naming the folders searched when the files are not there.
 */
export function ensureEngineTables(dirs: readonly string[] = dataDirs()): void {
  if (tablesInstalled()) return;
  for (const dir of dirs) {
    const files = readIn(dir);
    if (files) {
      installTables(loadTables(files));
      return;
    }
  }
  throw new TablesError(
    `Source Compare's data files (${TABLE_FILES.join(', ')}) are missing: looked in ${dirs.join(', ')}; ` +
    'reinstall, or run `npm run build`',
  );
}
