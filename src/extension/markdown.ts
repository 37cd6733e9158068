/**
 * Turning article text into Markdown that renders as the same plain text and nothing else. Articles
 * come from anywhere: a `[link](command:…)`, `<img src=…>`, `<script>`, `javascript:` link or bare
 * URL inside one must never become a link, an image or HTML in a hover. No `vscode` import, so the
 * escaping can be checked in plain Node.
 */
import { diffWords } from 'diff';

/**
 * Escapes every ASCII punctuation character (CommonMark lets a backslash escape each of them), so
 * no emphasis, link, image, HTML, entity, autolink (`https\://`, `www\.`) or theme icon (`\$\(`)
 * survives; line breaks and runs of spaces become one space so the text stays inline.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/** Word boundaries by Unicode rules: "18,000", "4.2" and "U.S." stay one word, as a reader sees them. */
const WORDS = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * The counterpart's text as Markdown with a word-level diff against this claim: words only the
 * counterpart has are **bold**, words only this claim has are ~~struck through~~.
 */
export function wordDiffMarkdown(here: string, there: string): string {
  let out = '';
  let previous: 'added' | 'removed' | 'same' = 'same';
  for (const part of diffWords(here, there, { intlSegmenter: WORDS })) {
    if (!part.added && !part.removed) {
      out += escapeMarkdown(part.value);
      previous = 'same';
      continue;
    }
    // A replaced word reads "~~old~~ **new**", not "~~old~~**new**".
    if (previous !== 'same' && !/\s$/.test(out)) out += ' ';
    previous = part.added ? 'added' : 'removed';
    // Emphasis markers must touch the words: keep the part's outer spaces outside them.
    const lead = /^\s/.test(part.value) ? ' ' : '';
    const trail = /\s$/.test(part.value) ? ' ' : '';
    const core = part.value.trim();
    if (!core) {
      out += lead || trail;
      continue;
    }
    const mark = part.added ? '**' : '~~';
    out += `${lead}${mark}${escapeMarkdown(core)}${mark}${trail}`;
  }
  return out;
}

/** A `command:` link target for one of our own commands, with JSON-encoded arguments. */
export function commandLink(command: string, args: readonly unknown[] = []): string {
  return args.length ? `command:${command}?${encodeURIComponent(JSON.stringify(args))}` : `command:${command}`;
}
