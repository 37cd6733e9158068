/**
 * Hostile inputs, generated at test time (nothing big is committed). String-level cases feed the
 * engine directly; byte-level cases are files for the CLI.
 */
import { ARTICLE_A, ARTICLE_B, UNRELATED, floodArticle, floodParagraph, prng } from './text';

export interface StringCase {
  name: string;
  /** The articles handed to compare(), in order. */
  texts: string[];
  /** Generous per-case bound for node:test (ms). */
  timeout?: number;
}

/** `n` UTF-16 code units of space-separated words, no punctuation, no line break. */
export function oneLongLine(n: number): string {
  const words = ['river', 'council', 'water', 'town', 'people', 'bridge', 'rain', 'night', 'Varnholt', 'said'];
  const r = prng(7);
  const parts: string[] = [];
  let len = 0;
  while (len < n) {
    const w = words[Math.floor(r() * words.length)]!;
    parts.push(w);
    len += w.length + 1;
  }
  return parts.join(' ').slice(0, n);
}

/** About `bytes` characters of fictional paragraphs (varied, not one paragraph repeated). */
export function bigArticle(bytes: number, seed = 11): string {
  const r = prng(seed);
  const parts: string[] = ['date 2031-04-17\n'];
  let len = parts[0]!.length;
  while (len < bytes) {
    const p = floodParagraph(r);
    parts.push(p);
    len += p.length + 2;
  }
  return parts.join('\n\n');
}

/** Random bytes (deterministic), including NULs and high bytes. */
export function binaryBytes(n: number, seed = 3): Buffer {
  const r = prng(seed);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(r() * 256);
  return b;
}

/** Mostly-English UTF-8 with a few invalid sequences (lone continuation bytes, truncated sequences, overlongs). */
export function invalidUtf8Bytes(): Buffer {
  const parts: Buffer[] = [];
  const bad = [Buffer.from([0x80]), Buffer.from([0xc3]), Buffer.from([0xe2, 0x82]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xff])];
  const sentences = ARTICLE_A.split('\n\n');
  sentences.forEach((s, i) => {
    parts.push(Buffer.from(s, 'utf8'));
    parts.push(bad[i % bad.length]!);
    parts.push(Buffer.from('\n\n', 'utf8'));
  });
  return Buffer.concat(parts);
}

export function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

export function utf16be(text: string): Buffer {
  const body = Buffer.from(text, 'utf16le');
  body.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), body]);
}

export const WHITESPACE = ' \t\n\r\n   \u00a0\u2003\u3000\n\f\v\u2028\u2029  \n';

/** The flood pair with NUL characters sprinkled in (below any "binary" threshold). */
export function withNuls(text: string): string {
  return text.replace(/\. /g, '.\u0000 ').replace(/Varnholt/g, 'Varn\u0000holt');
}

/** Every paragraph break a different line ending: CRLF, CR, LF, and a lone CR inside a sentence. */
export function mixedLineEndings(text: string): string {
  const eols = ['\r\n', '\r', '\n', '\r\n\r\n', '\r\r', '\n\r'];
  let i = 0;
  return text.replace(/\n+/g, () => eols[i++ % eols.length]!).replace('people', 'peo\rple');
}

/** Fictional Arabic and Hebrew paragraphs, with an English line, digits and RTL/bidi marks. */
export const RTL_TEXT = [
  'قال المتحدث باسم المجلس إن 40 شخصا غادروا منازلهم في قرية السامين يوم الأربعاء.',
  'وأضاف أن المياه ارتفعت مترين خلال الليل، وأن "الوضع تحت السيطرة".',
  'אמר דובר העירייה כי 40 תושבים פונו מבתיהם בכפר ורנהולט ביום רביעי.',
  'לדבריו, "המצב בשליטה" והגשר ייפתח מחדש ביום שישי.',
  'The council\u200f said 40 people left \u202eenolf\u202c their homes, a spokesman told \u2067Radio Qessara\u2069.',
  'Mixed: مجلس Varnholt council אמר 3,200 people.',
].join('\n\n');

/** Same as RTL_TEXT with one number changed in each script (so a real engine may report spans). */
export const RTL_TEXT_B = RTL_TEXT.replace(/40/g, '45').replace('3,200', '3,900');

/**
 * Emoji, ZWJ sequences, flags, skin tones, astral letters and combining marks around the facts, so
 * any UTF-16 / code-point confusion shifts the offsets of claims and discrepancy spans.
 */
export const EMOJI_A = [
  'date 2031-04-17',
  '👩‍👩‍👧‍👦 Families in Belovo said at least 3,200 people 🌊 left their homes on Wednesday, the council said.',
  'The mayor 👨🏽‍🚒 Mira Talvane said: "We have never seen the river 🏞️ climb this fast." 🇺🇳🇳🇴',
  'Ca\u0301fe\u0301 owners in Ze\u0301lina\u0303 and 𝒱𝒶𝓇𝓃𝒽𝑜𝓁𝓉 reported 41 rescues; Z\u0336\u0335\u0334a\u0337l\u0338g\u0321o\u0322 text is harmless. 🏳️‍🌈',
  'According to the rescue service, 12 boats 🚤🚤 were on the water by Thursday.',
  'Officials said the dam at Lake Ostrim 🧱 was not at risk.',
].join('\n\n');

export const EMOJI_B = EMOJI_A.replace('3,200', '2,900').replace('Belovo', 'Kelmarsh').replace('41 rescues', '44 rescues')
  .replace('climb this fast', 'rise so quickly').replace('was not at risk', 'was at risk');

/** Nested, mixed and unbalanced quotation marks. */
export const QUOTES_A = [
  'He said "she told me \'they shouted “no more” at dawn\' before leaving" and walked away.',
  '"This opens a quote that never closes, said Tomas Queln on Friday.',
  'A closing mark” with no opening, and another one" here.',
  '«Le conseil» and „Anführungszeichen“ and 「括弧」 all said ‘40 people’ were moved.',
  '"""Triple""" quotes and \'\'\'triple\'\'\' singles and "" empty ones "".',
  'The mayor said: "We will rebuild. "We always do." And then: "Not this year.',
  '" ',
  '“',
].join('\n\n');

export const QUOTES_B = QUOTES_A.replace('no more', 'never again').replace('40 people', '45 people');

/** `n` one-word sentences. */
export function oneWordSentences(n: number): string {
  const words = ['Yes.', 'No.', 'Maybe.', 'Water.', 'Rain!', 'Why?', 'Belovo.', 'Forty.', 'Again.', 'Quiet.'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(words[i % words.length]!);
  return out.join(' ');
}

/** Text with unpaired UTF-16 surrogates (ill-formed UTF-16, possible in an editor buffer). */
export const LONE_SURROGATES = 'The council said \ud800 40 people left. A lone low \udc00 surrogate here. Trailing high\ud83d';

/** String-level hostile cases for compare(). */
export function stringCases(): StringCase[] {
  const binaryAsLatin1 = binaryBytes(64 * 1024).toString('latin1');
  const binaryAsUtf8 = new TextDecoder('utf-8').decode(binaryBytes(64 * 1024, 5));
  const invalidUtf8 = new TextDecoder('utf-8').decode(invalidUtf8Bytes());
  // What an engine would see if a UTF-16 file were wrongly decoded as UTF-8 / Latin-1.
  const utf16AsUtf8 = new TextDecoder('utf-8').decode(utf16le(ARTICLE_A));
  const utf16beAsLatin1 = utf16be(ARTICLE_B).toString('latin1');
  return [
    { name: 'empty vs empty', texts: ['', ''] },
    { name: 'empty vs article', texts: ['', ARTICLE_A] },
    { name: 'whitespace only', texts: [WHITESPACE, ARTICLE_B] },
    { name: 'one 5 MB line without punctuation', texts: [oneLongLine(5 * 1024 * 1024), ARTICLE_A], timeout: 120_000 },
    { name: '10 MB article', texts: [bigArticle(10 * 1024 * 1024), ARTICLE_B], timeout: 180_000 },
    { name: 'binary bytes as Latin-1', texts: [binaryAsLatin1, ARTICLE_A], timeout: 60_000 },
    { name: 'binary bytes as UTF-8 (U+FFFD)', texts: [binaryAsUtf8, ARTICLE_A], timeout: 60_000 },
    { name: 'invalid UTF-8 decoded with U+FFFD', texts: [invalidUtf8, ARTICLE_B] },
    { name: 'UTF-16 LE bytes mis-decoded as UTF-8', texts: [utf16AsUtf8, ARTICLE_B] },
    { name: 'UTF-16 BE bytes mis-decoded as Latin-1', texts: [ARTICLE_A, utf16beAsLatin1] },
    { name: 'text starting with U+FEFF', texts: ['\ufeff' + ARTICLE_A, '\ufeff' + ARTICLE_B] },
    { name: 'NUL characters', texts: [withNuls(ARTICLE_A), withNuls(ARTICLE_B)] },
    { name: 'mixed CRLF / CR / LF', texts: [mixedLineEndings(ARTICLE_A), mixedLineEndings(ARTICLE_B)] },
    { name: 'Arabic and Hebrew', texts: [RTL_TEXT, RTL_TEXT_B] },
    { name: 'emoji, ZWJ sequences, combining marks', texts: [EMOJI_A, EMOJI_B] },
    { name: 'lone surrogates', texts: [LONE_SURROGATES, LONE_SURROGATES.replace('40', '45')] },
    { name: 'nested and unbalanced quotes', texts: [QUOTES_A, QUOTES_B] },
    { name: '10,000 one-word sentences', texts: [oneWordSentences(10_000), oneWordSentences(9_999)], timeout: 60_000 },
    { name: 'article compared with itself', texts: [ARTICLE_A, ARTICLE_A] },
    { name: 'generated article compared with itself', texts: [floodArticle(42, 30), floodArticle(42, 30)] },
    { name: 'article against an unrelated one', texts: [ARTICLE_A, UNRELATED] },
    { name: 'the flood pair (number, place, quote, negation changed)', texts: [ARTICLE_A, ARTICLE_B] },
    { name: 'three documents with emoji and RTL', texts: [EMOJI_A, RTL_TEXT, EMOJI_B] },
  ];
}

export interface ByteCase {
  name: string;
  /** File contents per side (written to a temp dir). */
  files: Buffer[];
  /**
   * 'either': exit 0 with a valid report, or exit 1 with one message line.
   * 'refuse': must be exit 1 with one message line (binary).
   * 'accept': must be exit 0 with a valid report.
   */
  expect: 'either' | 'refuse' | 'accept';
  /** The decoded texts the report's offsets must index, when accepted. */
  decoded?: string[];
  timeout?: number;
}

const u8 = (s: string) => Buffer.from(s, 'utf8');

/** Byte-level cases for the CLI. */
export function byteCases(): ByteCase[] {
  const big = bigArticle(10 * 1024 * 1024);
  const line = oneLongLine(5 * 1024 * 1024);
  const inval = invalidUtf8Bytes();
  const nul = withNuls(ARTICLE_A);
  const words = oneWordSentences(10_000);
  return [
    { name: 'empty files', files: [u8(''), u8('')], expect: 'either', decoded: ['', ''] },
    { name: 'whitespace only', files: [u8(WHITESPACE), u8(ARTICLE_B)], expect: 'either', decoded: [WHITESPACE, ARTICLE_B] },
    { name: 'one 5 MB line', files: [u8(line), u8(ARTICLE_A)], expect: 'either', decoded: [line, ARTICLE_A], timeout: 120_000 },
    { name: '10 MB article', files: [u8(big), u8(ARTICLE_B)], expect: 'either', decoded: [big, ARTICLE_B], timeout: 180_000 },
    { name: 'binary bytes', files: [binaryBytes(64 * 1024), u8(ARTICLE_A)], expect: 'refuse' },
    { name: 'binary bytes (second file)', files: [u8(ARTICLE_A), binaryBytes(4096, 9)], expect: 'refuse' },
    { name: 'invalid UTF-8', files: [inval, u8(ARTICLE_B)], expect: 'either', decoded: [new TextDecoder('utf-8').decode(inval), ARTICLE_B] },
    { name: 'UTF-8 with BOM', files: [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), u8(ARTICLE_A)]), u8(ARTICLE_B)], expect: 'accept', decoded: [ARTICLE_A, ARTICLE_B] },
    { name: 'UTF-16 LE with BOM', files: [utf16le(ARTICLE_A), utf16le(ARTICLE_B)], expect: 'accept', decoded: [ARTICLE_A, ARTICLE_B] },
    { name: 'UTF-16 BE with BOM', files: [utf16be(ARTICLE_A), utf16be(ARTICLE_B)], expect: 'accept', decoded: [ARTICLE_A, ARTICLE_B] },
    { name: 'UTF-16 LE with BOM, emoji and RTL', files: [utf16le(EMOJI_A), utf16be(RTL_TEXT)], expect: 'accept', decoded: [EMOJI_A, RTL_TEXT] },
    { name: 'NUL characters', files: [u8(nul), u8(ARTICLE_B)], expect: 'either', decoded: [nul, ARTICLE_B] },
    { name: 'mixed CRLF / CR / LF', files: [u8(mixedLineEndings(ARTICLE_A)), u8(mixedLineEndings(ARTICLE_B))], expect: 'accept', decoded: [mixedLineEndings(ARTICLE_A), mixedLineEndings(ARTICLE_B)] },
    { name: 'Arabic and Hebrew', files: [u8(RTL_TEXT), u8(RTL_TEXT_B)], expect: 'accept', decoded: [RTL_TEXT, RTL_TEXT_B] },
    { name: 'emoji, ZWJ and combining marks', files: [u8(EMOJI_A), u8(EMOJI_B)], expect: 'accept', decoded: [EMOJI_A, EMOJI_B] },
    { name: 'nested and unbalanced quotes', files: [u8(QUOTES_A), u8(QUOTES_B)], expect: 'accept', decoded: [QUOTES_A, QUOTES_B] },
    { name: '10,000 one-word sentences', files: [u8(words), u8(oneWordSentences(9_999))], expect: 'accept', decoded: [words, oneWordSentences(9_999)], timeout: 60_000 },
    { name: 'article against itself', files: [u8(ARTICLE_A), u8(ARTICLE_A)], expect: 'accept', decoded: [ARTICLE_A, ARTICLE_A] },
    { name: 'article against an unrelated one', files: [u8(ARTICLE_A), u8(UNRELATED)], expect: 'accept', decoded: [ARTICLE_A, UNRELATED] },
  ];
}
