/**
 * The similarity's working memory for one comparison: reused buffers of the alignment hot loop,
 * the kernel instance, the token pool and the memo tables. Owned by a comparison's context (see
 * context.ts) — never module state — so two comparisons, interleaved or on different threads,
 * cannot overwrite each other's arrays.
 */
import { Memo } from '../strings/memo';
import { TokenForms, type Token } from '../text/tokens';
import type { Item, Packed, Prepared } from './features';
import { KernelScratch } from './kernel';

/**
 * Claims per generation of the packed-claim memo: at most twice as many claims' vectors (about
 * 5 KB each) are held, enough for the claims two long documents score against each other.
 */
const PACKS_SIZE = 8192;

/**
 * The packed layouts (vectors and columns) of the claims scored lately, by claim: two generations,
 * as in Memo (../strings/memo.ts), keyed by the Prepared object. A claim is packed again when it
 * was forgotten; the layout is a pure function of the claim.
 */
export class PackMemo {
  private young = new Map<Prepared, Packed>();
  private old = new Map<Prepared, Packed>();

  constructor(private readonly limit: number) {}

  get(p: Prepared): Packed | undefined {
    const hit = this.young.get(p);
    if (hit !== undefined) return hit;
    const aged = this.old.get(p);
    if (aged !== undefined) {
      this.old.delete(p);
      this.set(p, aged);
    }
    return aged;
  }

  set(p: Prepared, packed: Packed): Packed {
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(p, packed);
    return packed;
  }

  get size(): number {
    return this.young.size + this.old.size;
  }

  /**
   * Forgets every claim. A comparison calls it when it is done: its claims are never scored again
   * (every call prepares its own), and the memo must not keep them, and their texts, alive.
   */
  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }
}

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
  /** Packed layouts of the claims scored lately (see PackMemo). */
  readonly packs = new PackMemo(PACKS_SIZE);
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
