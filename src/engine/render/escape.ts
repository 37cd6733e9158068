/**
 * Every escaper of the project, one per target, so article text (which comes from anywhere) is
 * made inert the same way wherever it is shown: Markdown to be read as source and rendered (the
 * report, a copied citation), Markdown that is only ever rendered (hovers: every ASCII punctuation
 * escaped), HTML, and the terminal.
 */
import { flatten } from './common';

// Characters that start Markdown or inline-HTML constructs anywhere in a line. Backslash escapes
// work for any ASCII punctuation in CommonMark, so escaping a few too many is harmless.
const MD_INLINE = /[\\`*_[\]<>#|~&$!]/g;

// Invisible in a rendered page but live in a terminal that shows the .md source.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// What GFM autolinks and markdown-it's linkify (VS Code's preview) turn into live links: a scheme
// ("https://"), a host after "www.", a bare domain with a common top-level domain ("example.com"),
// the @ of an e-mail address. A backslash before that ':', '.' or '@' splits the text where the
// link finders look, and is invisible once rendered. Other dots stay as they are (decimals,
// initials, file names such as "herald.md").
const URL_SCHEME = /\b(https?|s?ftps?|file|wss?|git|ssh):(?=\/\/)/gi;
const WWW_HOST = /\bwww\.[-.\p{L}\p{N}]+/giu;
const TLD_DOT = /(?<=[-\p{L}\p{N}])\.(?=(?:com|org|net|edu|gov|mil|int|info|biz|io|co|uk|eu|us|news|tv)(?![\p{L}\p{N}]))/gu;
const MAIL_AT = /(?<=[-\w.+])@(?=[\p{L}\p{N}])/gu;

/** Makes bare URLs, domains and e-mail addresses in escaped text inert (see above). */
function unlink(s: string): string {
  return s.replace(URL_SCHEME, '$1\\:')
    .replace(WWW_HOST, (host) => host.replace(/\./g, '\\.'))
    .replace(TLD_DOT, '\\.')
    .replace(MAIL_AT, '\\@');
}

/** Escapes article text for one line of Markdown (table cell, list item, blockquote). */
export function escapeMarkdown(text: string): string {
  let s = flatten(text.replace(CONTROLS, '')).replace(MD_INLINE, (c) => `\\${c}`);
  s = unlink(s);
  // Line-start constructs: list markers, ordered lists ("1." / "1)"), setext/thematic lines.
  s = s.replace(/^([-+=])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return s;
}

/**
 * Escapes article text for Markdown that is only rendered, never read as source (a hover): every
 * ASCII punctuation character is escaped (CommonMark lets a backslash escape each of them), so no
 * emphasis, link, image, HTML, entity, autolink (`https\://`, `www\.`) or theme icon (`\$\(`)
 * survives; controls are dropped; line breaks and runs of spaces become one space.
 */
export function escapeMarkdownStrict(text: string): string {
  return flatten(text.replace(CONTROLS, '')).replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

// C0/C1 controls (ESC starts terminal escapes: a screen clear, an OSC 52 clipboard write, a
// title change; C1 has CSI and OSC of its own) and bidi embeddings, overrides and isolates (they
// reorder what is shown). Tab, line breaks, VT and FF are whitespace: flatten() makes them spaces.
const UNSAFE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** One unsafe character as visible text: `\x1b`, `\u202e`. */
function escapeControl(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Text from a report (article text, file names, titles, messages) made safe and one-line for a
 * terminal: every control and bidi character is shown escaped (`\x1b[2J`), so the reader sees
 * that it is there and the terminal never acts on it.
 */
export function terminalText(text: string): string {
  return flatten(text.replace(UNSAFE, escapeControl));
}

// In a file name every control is unsafe, line breaks and tabs included: it is shown as it is, escaped.
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A file name for a terminal: exact, with every control and bidi character shown escaped. */
export function terminalName(name: string): string {
  return name.replace(UNSAFE_IN_NAME, escapeControl);
}

