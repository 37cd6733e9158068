/**
 * Turning article text into Markdown that renders as the same plain text and nothing else. Articles
 * come from anywhere: a `[link](command:…)`, `<img src=…>`, `<script>`, `javascript:` link or bare
 * URL inside one must never become a link, an image or HTML in a hover. No `vscode` import, so the
 * escaping can be checked in plain Node.
 */
import { diffArrays } from 'diff';

/**
 * Escapes every ASCII punctuation character (CommonMark lets a backslash escape each of them), so
 * no emphasis, link, image, HTML, entity, autolink (`https\://`, `www\.`) or theme icon (`\$\(`)
 * survives; line breaks and runs of spaces become one space so the text stays inline.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/** A whitespace-separated word of a claim and where it starts in the claim's text. */
interface Token {
  text: string;
  start: number;
}

/** Spans (offsets into a claim's text) of the words that decide a discrepancy. */
export type Deciding = readonly { start: number; end: number }[];

function tokens(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index }));
}

const inside = (t: Token, spans: Deciding): boolean => spans.some((s) => t.start < s.end && t.start + t.text.length > s.start);

/**
 * The counterpart's text as Markdown with a word-level diff against this claim. The words that
 * decide a discrepancy (`deciding`: the two conflicting values) are **bold** (struck through as
 * well on this claim's side); other wording only the counterpart has is *italic*, other words only
 * this claim has are ~~struck through~~. The diff runs on whitespace-separated words, so every
 * emphasis mark stands between a space and a word and CommonMark always renders it: no `**` left
 * showing beside punctuation ("said**,**").
 */
export function wordDiffMarkdown(here: string, there: string, deciding: { here?: Deciding; there?: Deciding } = {}): string {
  const runs: { mark: 'same' | 'added' | 'removed' | 'addedKey' | 'removedKey'; words: string[] }[] = [];
  const push = (mark: (typeof runs)[number]['mark'], word: string) => {
    const last = runs[runs.length - 1];
    if (last?.mark === mark) last.words.push(word);
    else runs.push({ mark, words: [word] });
  };
  const a = tokens(here);
  const b = tokens(there);
  for (const part of diffArrays(a, b, { comparator: (x, y) => x.text === y.text })) {
    for (const t of part.value) {
      if (!part.added && !part.removed) push('same', t.text);
      else if (part.added) push(inside(t, deciding.there ?? []) ? 'addedKey' : 'added', t.text);
      else push(inside(t, deciding.here ?? []) ? 'removedKey' : 'removed', t.text);
    }
  }
  const wrap: Record<(typeof runs)[number]['mark'], [string, string]> = {
    same: ['', ''],
    added: ['*', '*'],
    removed: ['~~', '~~'],
    addedKey: ['**', '**'],
    removedKey: ['**~~', '~~**'],
  };
  return runs.map((r) => `${wrap[r.mark][0]}${escapeMarkdown(r.words.join(' '))}${wrap[r.mark][1]}`).join(' ');
}

/** The legend shown above a word diff. */
export const DIFF_LEGEND = '**bold**: the differing fact · *italic*: other wording there · ~~struck~~: only here';

/** A `command:` link target for one of our own commands, with JSON-encoded arguments. */
export function commandLink(command: string, args: readonly unknown[] = []): string {
  return args.length ? `command:${command}?${encodeURIComponent(JSON.stringify(args))}` : `command:${command}`;
}
