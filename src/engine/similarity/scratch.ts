/**
 * The similarity's working memory for one comparison: reused buffers of the alignment hot loop,
 * the kernel instance, the token pool and the memo tables. Owned by a comparison's context (see
 * context.ts) — never module state — so two comparisons, interleaved or on different threads,
 * cannot overwrite each other's arrays.
 */
import { KeyedMemo, Memo } from '../strings/memo';
import { TokenForms, type Token } from '../text/tokens';
import type { Item, Packed, Prepared } from './features';
import { KernelScratch } from './kernel';

/**
 * Claims per generation of the packed-claim memo: at most twice as many claims' vectors (about
 * 5 KB each) are held, enough for the claims two long documents score against each other.
 */
const PACKS_SIZE = 8192;

/** Entries per generation of the word-item memo, and the longest token text it remembers. */
const WORD_ITEMS_SIZE = 25_000;
const WORD_ITEMS_MAX_LENGTH = 64;

export class SimilarityScratch {
  /** The dot-product kernel and its memory. */
  readonly kernel = new KernelScratch();
  /** Token forms, by token text. */
  readonly tokenForms = new TokenForms();
  /** Token objects reused by every prepare() (none is kept past it). */
  readonly tokenPool: Token[] = [];
  /** Items of content words outside capitalised runs, by token text (an item depends on the word alone there). */
  readonly wordItems = new Memo<Item>(WORD_ITEMS_SIZE, WORD_ITEMS_MAX_LENGTH);
  /**
   * The packed layouts (vectors and columns) of the claims scored lately, by claim (see packedOf):
   * a claim is packed again when it was forgotten, the layout being a pure function of the claim.
   * A comparison clears it when done: its claims are never scored again (every call prepares its
   * own), and the memo must not keep them, and their texts, alive.
   */
  readonly packs = new KeyedMemo<Prepared, Packed>(PACKS_SIZE);
  /** Best-match arrays of the latest alignment, and which alignment that was. */
  bestA = new Float64Array(64);
  bestB = new Float64Array(64);
  alignGen = 0;
  /** Jaro-Winkler marks. */
  readonly jw = { buf: new Uint8Array(128) };
  /** Directional features of both sides, before their min and max. */
  dir = new Float64Array(0);
  /** Pair and support feature vectors, and the model's standardised inputs. */
  pair = new Float64Array(0);
  support = new Float64Array(0);
  mlp = new Float64Array(32);
}
