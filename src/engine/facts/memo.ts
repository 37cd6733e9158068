/**
 * The facts of the claims read lately, by the claim's text (its id, strings/text-ids) and its
 * article's date. A claim's facts
 * are read from its own characters only (extractFacts reads its span, quotes included), so a host
 * that compares again after an edit (the extension's worker) keeps one in its context and a re-run
 * reads again only the claims the edit changed. Kept relative to the claim's start: a claim that
 * moved finds its facts too. Every hit is a fresh copy, so what a caller does to a fact never
 * reaches the memo.
 */
import { ownString } from '../strings/own';
import { IdKeyedMemo, type TextIds } from '../strings/text-ids';
import type { Fact } from './types';

/**
 * Claims per generation (at most twice as many are held): the claims of several long articles. An
 * article with more claims than this is not remembered at all (compare.ts): its claims would push
 * each other out before a re-run could find them.
 */
export const CLAIMS_SIZE = 8192;
export class FactMemo {
  private readonly memo: IdKeyedMemo<string, readonly Fact[]>;

  constructor(ids: TextIds) {
    this.memo = new IdKeyedMemo(ids, CLAIMS_SIZE);
  }

  /**
   * The facts of claim `id` (its text's id; 0: not remembered), starting at `start` in an article
   * dated `date`, as `make` reads them.
   */
  facts(id: number, start: number, date: string | null, make: () => Fact[]): Fact[] {
    if (id === 0) return make();
    const key = `${id}\u0000${date ?? ''}`;
    const kept = this.memo.get(key);
    if (kept !== undefined) return kept.map((f) => moved(f, start, false));
    const found = make();
    this.memo.set(key, found.map((f) => moved(f, -start, true)));
    return found;
  }
}

/** A copy of `f` moved by `by` characters (its strings copied when `own`: a memo must not pin the article). */
function moved(f: Fact, by: number, own: boolean): Fact {
  const m: Fact = { ...f, start: f.start + by, end: f.end + by };
  if (own) {
    m.text = ownString(f.text);
    m.value = ownString(f.value);
    if (f.speaker) m.speaker = ownString(f.speaker);
  }
  if (f.innerStart !== undefined) m.innerStart = f.innerStart + by;
  if (f.innerEnd !== undefined) m.innerEnd = f.innerEnd + by;
  if (f.context) m.context = [...f.context];
  if (f.range) m.range = [f.range[0], f.range[1]];
  return m;
}
