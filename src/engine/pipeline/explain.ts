/**
 * Human-readable reasons for labels: one sentence per claim that says why it got its label, written
 * for the hover, the text report and the Problems panel.
 */
import type { Label, ReportCorroboration, ReportMatch } from '../report/types';
import { joinWords, kindPhrase } from '../report/kinds';

/**
 * The one-sentence reason shown for a claim, built from its corroboration (one entry per other
 * document) — e.g. "Conflicts with b.txt on a place.", "Said by 2 of 2 other sources: b.txt and c.txt."
 */
export function describeClaim(
  label: Label,
  corroboration: readonly ReportCorroboration[],
  matches: readonly ReportMatch[],
  paths: readonly string[],
): string {
  const others = corroboration.length;
  if (others === 0) return 'There is no other source to compare with.';
  const agree = corroboration.filter((c) => c.status === 'agrees').map((c) => paths[c.document]);
  const conflict = corroboration.filter((c) => c.status === 'conflicts');
  if (label === 'discrepancy') {
    const parts = conflict.map((c) => `${paths[c.document]} on ${kindPhrase(c.kinds)}`);
    const also = agree.length ? ` ${joinWords(agree)} ${agree.length === 1 ? 'agrees' : 'agree'}.` : '';
    return `Conflicts with ${joinWords(parts)}.${also}`;
  }
  if (label === 'agreement') {
    const best = matches[0];
    const scoreText = best === undefined ? ''
      : best.part !== undefined ? ` in other words, ${best.part.document === best.document ? 'as part of a longer claim' : 'in part of this claim'} (found by meaning; word score ${best.score.toFixed(2)})`
        : best.by === 'meaning' ? ` in other words (found by meaning; word score ${best.score.toFixed(2)})` : ` (score ${best.score.toFixed(2)})`;
    if (others > 1) return `Said by ${agree.length} of ${others} other sources: ${joinWords(agree)}${scoreText}.`;
    return `${agree[0]} says the same${scoreText}.`;
  }
  return others === 1 ? `${paths[corroboration[0].document]} does not say this.` : `None of the ${others} other sources says this.`;
}

/** A compact report's corroboration: the documents that agree or conflict (see CompareOptions.compact). */
export function withoutSilent(list: ReportCorroboration[]): ReportCorroboration[] {
  return list.some((c) => c.status === 'silent') ? list.filter((c) => c.status !== 'silent') : list;
}
