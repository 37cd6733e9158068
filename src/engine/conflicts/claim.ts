/**
 * What every comparison of one claim needs from its text: its tokens (and their fact view) and its
 * folded words, made once per claim. The comparison keeps one ClaimText per claim beside the claim's facts and hands
 * it in with every pair the claim is in (see Side.claim); a one-off call gets a fresh one.
 */
import type { NameMatcher } from '../facts/names';
import { tokenize as factView, type Token } from '../text/fact-tokens';
import { tokenize, type Token as TextToken, type TokenForms } from '../text/tokens';

export class ClaimText {
  private toks: readonly Token[] | undefined;
  private textToks: readonly TextToken[] | undefined;
  private words: ReadonlySet<string> | undefined;
  private read: unknown;

  /** `forms`: the comparison's token-form memo (context.ts), for the readers' word tokens. */
  constructor(readonly text: string, readonly start: number, readonly end: number, readonly forms?: TokenForms) {}

  /** The tokeniser's tokens of the claim (text/tokens). Shared: callers must not change the array. */
  textTokens(): readonly TextToken[] {
    return (this.textToks ??= tokenize(this.text, { start: this.start, end: this.end }, this.forms));
  }

  /** The fact readers' view of those tokens (text/fact-tokens). Shared: callers must not change the array. */
  tokens(): readonly Token[] {
    return (this.toks ??= factView(this.text, this.start, this.end, this.textTokens()));
  }

  /** What the fact readers (readers.ts) find in the claim, made once by `make`. */
  readings<T>(make: () => T): T {
    return (this.read ??= make()) as T;
  }

  /** The folded words (NameMatcher.normalize) of the claim. Shared: callers must not change the set. */
  folded(names: NameMatcher): ReadonlySet<string> {
    if (this.words !== undefined) return this.words;
    const out = new Set<string>();
    for (const t of this.tokens()) {
      if (t.kind === 'punct') continue;
      const folded = names.normalize(t.text);
      if (!folded.includes(' ')) { if (folded.length > 0) out.add(folded); continue; } // one word: no split
      for (const w of folded.split(' ')) if (w.length > 0) out.add(w);
    }
    this.words = out;
    return out;
  }
}
