/**
 * Roles: who did what to whom. For a predicate both claims share (the same verb lemma, or a
 * converse pair such as sell / buy, beat / lose to), the agent is the phrase before the verb and
 * the patients are the phrases after it in the same clause; a passive ("Leipzig were beaten by
 * Hamburg") turns them round. When the agent of one claim is a patient of the other and the other
 * way round ("Hamburg beat Leipzig" / "Leipzig beat Hamburg"), the roles are swapped: a
 * discrepancy of kind `role`. Symmetric predicates ("met", "drew with") never swap.
 *
 * A shallow reading over tokens, no parser: a phrase is a run of content words (its head is the
 * last one); clause ends are punctuation and subordinating words.
 *
 * Pure: works on tokens handed in (the engine's tokeniser), no I/O.
 */
import { CONVERSES, SYMMETRIC_PREDICATES } from '../lexicon/news';
import { adverb, verbLike, type WordToken } from './words';
import { CLAUSE_ENDS, NOT_PARTICIPANT, VERB_GROUP } from '../lexicon/grammar';

export interface RoleSwap {
  /** Predicate token index in each claim. */
  a: number;
  b: number;
  /** The two participants as written in claim a (agent first). */
  agent: string;
  patient: string;
}

interface Frame {
  verb: number;
  agent: string | null;
  /** Every word of the agent's phrase (a passive's "by" phrase can name its agent with several). */
  agentWords: string[];
  patients: string[];
}

const isContent = (t: WordToken): boolean => t.kind === 'word' && !t.stop && !VERB_GROUP.has(t.lemma);

/** The head of the phrase ending at token k (walking left over a run of content words). */
function phraseEndingAt(toks: readonly WordToken[], k: number): string | null {
  if (k < 0 || !isContent(toks[k])) return null;
  const head = toks[k].lemma;
  if (NOT_PARTICIPANT.has(head)) return null;
  return head;
}

/** The content words after token i up to the clause's end (a patient may be any of them: "the mayor ahead of …"). */
function phrasesAfter(toks: readonly WordToken[], i: number): string[] {
  const out: string[] = [];
  for (let k = i + 1; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'" && t.text !== '’') break;
    if (t.kind === 'word' && CLAUSE_ENDS.has(t.norm)) break;
    if (isContent(t) && !NOT_PARTICIPANT.has(t.lemma)) out.push(t.lemma);
  }
  return out;
}

/** The agent and patients of the verb at token i, a passive turned round. */
export function frameOf(toks: readonly WordToken[], i: number): Frame {
  let k = i - 1;
  let passive = false;
  let infinitive = false;
  while (k >= 0 && toks[k].kind === 'word' && (VERB_GROUP.has(toks[k].lemma) || adverb(toks[k]))) {
    if (toks[k].lemma === 'be') passive = true;
    if (toks[k].norm === 'to') infinitive = true;
    k--;
  }
  // "being" / "been" + participle, and "got" + participle, are passives too; "was going" is not
  passive = passive && (toks[i].norm !== toks[i].lemma || toks[i].norm.endsWith('ed') || toks[i].norm.endsWith('en')) && !toks[i].norm.endsWith('ing');
  // the phrase before an infinitive ("cartridges to make …") is not its agent
  const subject = infinitive ? null : phraseEndingAt(toks, k);
  const after = phrasesAfter(toks, i);
  if (passive) {
    // "Leipzig were beaten 2-1 by Hamburg": the phrase after "by" is the agent, every word of it
    // ("by directors at both companies": the directors, of both companies)
    let by: string[] = [];
    for (let j = i + 1; j < toks.length; j++) {
      const t = toks[j];
      if (t.kind === 'punct' && t.text !== '-') break;
      if (t.norm === 'by') {
        by = phrasesAfter(toks, j);
        break;
      }
    }
    const rest = after.filter((x) => !by.includes(x));
    return { verb: i, agent: by[0] ?? null, agentWords: by, patients: subject === null ? rest : [subject, ...rest] };
  }
  return { verb: i, agent: subject, agentWords: subject === null ? [] : [subject], patients: after };
}

/** The first phrase after "to" / "from" in the verb's clause ("sold 20 jets to Kestrel Airways" → airway). */
function afterPreposition(toks: readonly WordToken[], i: number): string | null {
  for (let k = i + 1; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind === 'punct' && t.text !== '-') return null;
    if (t.kind === 'word' && CLAUSE_ENDS.has(t.norm)) return null;
    if (t.norm === 'to' || t.norm === 'from') return phrasesAfter(toks, k)[0] ?? null;
  }
  return null;
}

const CONVERSE: ReadonlyMap<string, string> = new Map(CONVERSES.flatMap(([x, y]) => [[x, y], [y, x]]));

/** Role swaps between claim a and claim b. */
export function findRoleSwaps(a: readonly WordToken[], b: readonly WordToken[]): RoleSwap[] {
  const out: RoleSwap[] = [];
  // a predicate written twice in a claim cannot be told apart from its other occurrence: left out
  const count = (toks: readonly WordToken[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const t of toks) if (t.kind === 'word') m.set(t.lemma, (m.get(t.lemma) ?? 0) + 1);
    return m;
  };
  const ca = count(a);
  const cb = count(b);
  for (let i = 0; i < a.length; i++) {
    const t = a[i];
    if (!verbLike(a, i) || VERB_GROUP.has(t.lemma) || SYMMETRIC_PREDICATES.has(t.lemma) || (ca.get(t.lemma) ?? 0) > 1) continue;
    for (let j = 0; j < b.length; j++) {
      const u = b[j];
      if (!verbLike(b, j) || (cb.get(u.lemma) ?? 0) > 1) continue;
      const same = u.lemma === t.lemma;
      const converse = !same && CONVERSE.get(t.lemma) === u.lemma;
      if (!same && !converse) continue;
      const fa = frameOf(a, i);
      let fb = frameOf(b, j);
      // "A lost to B" is "B beat A": a converse predicate swaps its own participants
      if (converse) {
        const other = afterPreposition(b, j) ?? fb.patients[0] ?? null;
        fb = { verb: j, agent: other, agentWords: other === null ? [] : [other], patients: fb.agent === null ? fb.patients.filter((x) => x !== other) : [fb.agent, ...fb.patients.filter((x) => x !== other)] };
      }
      if (fa.agent === null || fb.agent === null || fa.agent === fb.agent) break;
      // each agent among the other's patients, and not also a word of the other's agent phrase
      if (fb.patients.includes(fa.agent) && fa.patients.includes(fb.agent) && !fb.agentWords.includes(fa.agent) && !fa.agentWords.includes(fb.agent)) {
        out.push({ a: i, b: j, agent: fa.agent, patient: fb.agent });
      }
      break;
    }
  }
  return out;
}
