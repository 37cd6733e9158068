/**
 * Turning article text into Markdown that renders as the same plain text and nothing else. Articles
 * come from anywhere: a `[link](command:…)`, `<img src=…>`, `<script>`, `javascript:` link or bare
 * URL inside one must never become a link, an image or HTML in a hover. No `vscode` import, so the
 * escaping can be checked in plain Node.
 */
import { escapeMarkdownStrict as escapeMarkdown } from '../engine/render/escape';
import { wordSteps, type SpacedWord } from '../engine/render/common';

export { escapeMarkdownStrict as escapeMarkdown } from '../engine/render/escape';

/** Spans (offsets into a claim's text) of the words that decide a discrepancy. */
export type Deciding = readonly { start: number; end: number }[];

const inside = (t: SpacedWord, spans: Deciding): boolean => spans.some((s) => t.start < s.end && t.start + t.text.length > s.start);

/**
 * The counterpart's text as Markdown with a word-level diff against this claim. The words that
 * decide a discrepancy (`deciding`: the two conflicting values) are **bold** (struck through as
 * well on this claim's side); other wording only the counterpart has is *italic*, other words only
 * this claim has are ~~struck through~~. The diff is the reports' (render/common wordSteps): on
 * whitespace-separated words, so every emphasis mark stands between a space and a word and
 * CommonMark always renders it: no `**` left showing beside punctuation ("said**,**").
 */
export function wordDiffMarkdown(here: string, there: string, deciding: { here?: Deciding; there?: Deciding } = {}): string {
  const runs: { mark: 'same' | 'added' | 'removed' | 'addedKey' | 'removedKey'; words: string[] }[] = [];
  const push = (mark: (typeof runs)[number]['mark'], word: string) => {
    const last = runs[runs.length - 1];
    if (last?.mark === mark) last.words.push(word);
    else runs.push({ mark, words: [word] });
  };
  for (const step of wordSteps(here, there)) {
    if (step.both) push('same', step.b.text);
    else if (step.b) push(inside(step.b, deciding.there ?? []) ? 'addedKey' : 'added', step.b.text);
    else if (step.a) push(inside(step.a, deciding.here ?? []) ? 'removedKey' : 'removed', step.a.text);
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
