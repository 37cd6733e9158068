/**
 * The sentence encoder's tokenizer: BERT's uncased basic tokenizer followed by WordPiece, as the
 * Hugging Face `tokenizers` library runs it for all-MiniLM-L6-v2 (BertNormalizer with clean_text,
 * handle_chinese_chars, strip_accents and lowercase; BertPreTokenizer; WordPiece with "##" and
 * [UNK] for words over 100 characters; [CLS] … [SEP], truncated to the model's 256 tokens).
 * test/engine/wordpiece.test.ts compares the ids with that library's on thousands of sentences.
 *
 * Pure: the vocabulary (the lines of vocab.txt) is handed in by the host.
 */

/** Longest input the model was run with by sentence-transformers (max_seq_length), [CLS] and [SEP] included. */
export const MAX_TOKENS = 256;
/** Longest pair the cross-encoder reads (scripts/train-cross-encoder.py MAX_TOKENS). */
export const PAIR_MAX_TOKENS = 128;
const MAX_WORD_CHARS = 100;

const enum Cp {
  Tab = 0x09,
  Lf = 0x0a,
  Cr = 0x0d,
  Space = 0x20,
}

// Unicode "Other" (Cc, Cf, Cs, Co, Cn): what clean_text removes, except tab, newline and return.
const OTHER = /\p{C}/u;
// Unicode White_Space (Rust's char::is_whitespace), written out: JavaScript's \s differs (U+FEFF, U+0085).
const WHITE_SPACE = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;
const PUNCTUATION = /\p{P}/u;
const NONSPACING_MARK = /\p{Mn}/u;

function isAsciiPunctuation(cp: number): boolean {
  return (cp >= 0x21 && cp <= 0x2f) || (cp >= 0x3a && cp <= 0x40) || (cp >= 0x5b && cp <= 0x60) || (cp >= 0x7b && cp <= 0x7e);
}

/** The CJK ideograph blocks that BERT puts spaces around. */
function isChineseChar(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x2a6df) ||
    (cp >= 0x2a700 && cp <= 0x2b73f) ||
    (cp >= 0x2b740 && cp <= 0x2b81f) ||
    (cp >= 0x2b820 && cp <= 0x2ceaf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x2f800 && cp <= 0x2fa1f)
  );
}

function isControl(ch: string, cp: number): boolean {
  if (cp === Cp.Tab || cp === Cp.Lf || cp === Cp.Cr) return false;
  return OTHER.test(ch);
}

/**
 * BertNormalizer: drop NUL, U+FFFD and control characters, every white space becomes a space,
 * spaces around CJK ideographs, then NFD without non-spacing marks, then lower case code point by
 * code point (so a final capital sigma becomes σ, as in Rust, not ς).
 */
export function normalize(text: string): string {
  let cleaned = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0 || cp === 0xfffd || isControl(ch, cp)) continue;
    if (WHITE_SPACE.test(ch)) cleaned += ' ';
    else if (isChineseChar(cp)) cleaned += ` ${ch} `;
    else cleaned += ch;
  }
  let out = '';
  for (const ch of cleaned.normalize('NFD')) {
    if (NONSPACING_MARK.test(ch)) continue;
    out += ch.toLowerCase();
  }
  return out;
}

/** BertPreTokenizer: split at white space, and every punctuation character is a word of its own. */
export function preTokenize(normalized: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const ch of normalized) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === Cp.Space || WHITE_SPACE.test(ch)) {
      if (word) words.push(word);
      word = '';
    } else if (isAsciiPunctuation(cp) || PUNCTUATION.test(ch)) {
      if (word) words.push(word);
      words.push(ch);
      word = '';
    } else {
      word += ch;
    }
  }
  if (word) words.push(word);
  return words;
}

/** WordPiece ids of one encoder: built once from vocab.txt's lines (line number = id). */
export class WordPiece {
  private readonly ids = new Map<string, number>();
  readonly unk: number;
  readonly cls: number;
  readonly sep: number;
  readonly pad: number;

  constructor(vocabulary: readonly string[]) {
    vocabulary.forEach((token, id) => {
      if (!this.ids.has(token)) this.ids.set(token, id);
    });
    this.unk = this.special('[UNK]');
    this.cls = this.special('[CLS]');
    this.sep = this.special('[SEP]');
    this.pad = this.special('[PAD]');
  }

  /** Splits vocab.txt's text into its lines (a final newline ends the last line). */
  static fromVocabText(text: string): WordPiece {
    const lines = text.split('\n');
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return new WordPiece(lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)));
  }

  private special(token: string): number {
    const id = this.ids.get(token);
    if (id === undefined) throw new Error(`WordPiece vocabulary has no ${token}`);
    return id;
  }

  /** Greedy longest-match-first pieces of one word; [UNK] alone if any part has no piece. */
  private wordIds(word: string, out: number[]): void {
    const chars = Array.from(word);
    if (chars.length > MAX_WORD_CHARS) {
      out.push(this.unk);
      return;
    }
    const start = out.length;
    let i = 0;
    while (i < chars.length) {
      let end = chars.length;
      let found = -1;
      while (end > i) {
        const piece = (i > 0 ? '##' : '') + chars.slice(i, end).join('');
        const id = this.ids.get(piece);
        if (id !== undefined) {
          found = id;
          break;
        }
        end--;
      }
      if (found < 0) {
        out.length = start;
        out.push(this.unk);
        return;
      }
      out.push(found);
      i = end;
    }
  }

  /** The pieces of the text, without [CLS] and [SEP], stopping once there are `limit`. */
  private pieces(text: string, limit: number): number[] {
    const ids: number[] = [];
    for (const word of preTokenize(normalize(text))) {
      if (ids.length >= limit) break;
      this.wordIds(word, ids);
    }
    return ids;
  }

  /**
   * Ids and segment ids of two texts read together, as a cross-encoder reads a pair: [CLS] a [SEP]
   * (segment 0) b [SEP] (segment 1), cut after `maxTokens` ids as the model was trained
   * (scripts/train-cross-encoder.py).
   */
  encodePair(a: string, b: string, maxTokens: number = PAIR_MAX_TOKENS): { ids: number[]; types: number[] } {
    const first = this.pieces(a, maxTokens);
    const second = this.pieces(b, maxTokens);
    const ids = [this.cls, ...first, this.sep, ...second, this.sep].slice(0, maxTokens);
    const types = ids.map((_, k) => (k < first.length + 2 ? 0 : 1));
    return { ids, types };
  }

  /** Ids of the text as the model reads it: [CLS], at most maxTokens − 2 pieces, [SEP]. */
  encode(text: string, maxTokens: number = MAX_TOKENS): number[] {
    const limit = Math.max(0, maxTokens - 2);
    const ids: number[] = [this.cls];
    for (const word of preTokenize(normalize(text))) {
      this.wordIds(word, ids);
      if (ids.length - 1 >= limit) break;
    }
    if (ids.length - 1 > limit) ids.length = limit + 1;
    ids.push(this.sep);
    return ids;
  }
}
