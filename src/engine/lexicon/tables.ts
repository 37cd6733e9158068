/**
 * The engine's port for its large derived tables: word vectors, vocabulary, WordNet synonym groups and
 * the lemma table, made by scripts/derive-lexicon.mjs into `data/vectors.bin` and `data/lexicon.json`
 * (copied beside the bundles as `dist/data/`).
 *
 * The engine does no I/O: a host (the CLI, the extension's worker, a test, a script, a browser
 * worker) reads the two files, decodes them with `loadTables` and hands them over with
 * `installTables` before the first comparison. The decoded tables are immutable and are the only
 * module-level state this port keeps.
 */

/** Components per word vector. A constant of the engine (features are sized by it at load time). */
export const DIM = 100;
/** Words in the vocabulary. A constant of the engine (out-of-vocabulary ranks are derived from it). */
export const VOCAB_SIZE = 40000;
/** Version of the layout of `lexicon.json`; bumped when the derive script changes it. */
export const TABLES_FORMAT = 1;

/** The contents of `data/lexicon.json`, as the derive script writes it. */
export interface LexiconFile {
  format: number;
  /** Components per vector; `vectors.bin` holds `words.length * dim` int8 values, row by row. */
  dim: number;
  /** Vocabulary in frequency order (index = frequency rank). */
  words: string[];
  /** WordNet synonym groups as vocabulary indices; a group's id is its position here. */
  synonymGroups: number[][];
  /** Inflected form → lemma, for vocabulary words whose lemma differs. */
  lemmas: [string, string][];
}

/** The decoded tables: read-only for everyone. */
export interface EngineTables {
  /** Vocabulary word → frequency rank. */
  readonly index: ReadonlyMap<string, number>;
  /** int8 rows of DIM components, one per vocabulary word. */
  readonly vectors: Int8Array;
  /** 1 / Euclidean norm of each int8 row (0 for a zero row): a word's unit vector is its row times this. */
  readonly invNorm: Float64Array;
  /** Vocabulary index → ids of the synonym groups it belongs to. */
  readonly groups: ReadonlyMap<number, readonly number[]>;
  /** Inflected form → lemma. */
  readonly lemmas: ReadonlyMap<string, string>;
}

/** The two data files as bytes/text, however the host got them. */
export interface TableFiles {
  /** Contents of `vectors.bin`. */
  vectors: Uint8Array;
  /** Contents of `lexicon.json` (text, or already parsed). */
  lexicon: string | LexiconFile;
}

/** The data files are absent, unreadable or not what this engine expects. */
export class TablesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TablesError';
  }
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new TablesError(`lexicon data does not fit this engine: ${what} (regenerate with scripts/derive-lexicon.mjs)`);
}

/** Decodes and checks the two data files. Pure: no I/O, no module state. */
export function loadTables(files: TableFiles): EngineTables {
  let lex: LexiconFile;
  if (typeof files.lexicon === 'string') {
    try {
      lex = JSON.parse(files.lexicon) as LexiconFile;
    } catch (e) {
      throw new TablesError(`lexicon.json is not JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  } else {
    lex = files.lexicon;
  }
  check(typeof lex === 'object' && lex !== null, 'lexicon.json holds no object');
  check(lex.format === TABLES_FORMAT, `format ${String(lex.format)}, expected ${TABLES_FORMAT}`);
  check(lex.dim === DIM, `dimension ${String(lex.dim)}, expected ${DIM}`);
  check(Array.isArray(lex.words) && lex.words.length === VOCAB_SIZE, `vocabulary of ${Array.isArray(lex.words) ? lex.words.length : 0} words, expected ${VOCAB_SIZE}`);
  check(Array.isArray(lex.synonymGroups) && Array.isArray(lex.lemmas), 'synonym groups or lemmas missing');
  const words = lex.words;
  check(files.vectors.length === words.length * DIM, `vectors.bin has ${files.vectors.length} bytes, expected ${words.length * DIM}`);

  const index = new Map<string, number>();
  for (let i = 0; i < words.length; i++) index.set(words[i], i);
  const vectors = new Int8Array(files.vectors.buffer, files.vectors.byteOffset, files.vectors.length);
  const groups = new Map<number, number[]>();
  let g = 0;
  for (const grp of lex.synonymGroups) {
    for (const k of grp) {
      check(Number.isInteger(k) && k >= 0 && k < words.length, `synonym group ${g} names word ${String(k)}`);
      const l = groups.get(k);
      if (l) l.push(g); else groups.set(k, [g]);
    }
    g++;
  }
  const invNorm = new Float64Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const o = i * DIM;
    let n = 0;
    for (let d = 0; d < DIM; d++) { const x = vectors[o + d]; n += x * x; }
    invNorm[i] = n > 0 ? 1 / Math.sqrt(n) : 0;
  }
  const lemmas = new Map<string, string>();
  for (const [form, lemma] of lex.lemmas) lemmas.set(form, lemma);
  return Object.freeze({ index, vectors, invNorm, groups, lemmas });
}

let installed: EngineTables | null = null;

/**
 * Hands the decoded tables to the engine. Once per process (or worker): the engine's memo tables
 * hold results computed from them, so installing different tables later is refused.
 */
export function installTables(tables: EngineTables): void {
  if (installed !== null && installed !== tables) {
    throw new TablesError('the engine tables are already installed; they can be installed once per process');
  }
  installed = tables;
}

export function tablesInstalled(): boolean {
  return installed !== null;
}

/** The installed tables; a clear error when the host has not installed them. */
export function engineTables(): EngineTables {
  if (installed === null) {
    throw new TablesError(
      'the engine tables are not installed: the host must read data/vectors.bin and data/lexicon.json, ' +
      'and call installTables(loadTables(…)) before the first comparison',
    );
  }
  return installed;
}
