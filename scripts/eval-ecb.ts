// Whole-article alignment on ECB+ (../shared/data/ecb): articles on the same event should align on
// the sentences that mention a shared event; articles on a look-alike event (the other sub-topic of
// the same topic) should not read as agreement. Prints figures; `--json` prints them as JSON too.
// With `--meaning` the sentence encoder (models/minilm) is loaded and the engine also finds
// counterparts by meaning (pipeline/meaning.ts), and, when its files are there, the cross-encoder
// finds claims said inside longer ones (pipeline/clauses.ts), as `compare -m` does.
//   npx tsx scripts/eval-ecb.ts [--json] [--per-doc N] [--meaning]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, EngineContext, type MeaningVectors, type Report } from '../src/engine';
import { meaningVectors } from '../src/host/encoder';
import { comparisonJudgements, loadPairJudge, type PairJudge } from '../src/host/cross-encoder';
import { ensureEngineTables } from '../src/host/tables';

ensureEngineTables(); // data/vectors.bin, data/lexicon.json into the engine

interface Gold {
  topic: string;
  sub: 'ecb' | 'plus';
  sentences: Record<string, [number, number]>;
  annotated: number[];
  events: Record<string, number[]>;
}

const root = join(__dirname, '..', '..', 'shared', 'data', 'ecb');
const args = process.argv.slice(2);
const perDoc = Number(args[args.indexOf('--per-doc') + 1]) || 3;

export interface EcbFigures {
  same_pairs: number;
  cross_pairs: number;
  event_recall: number;
  event_precision: number;
  /** Of the annotated sentences that share an event with a sentence of the other article, the share whose best counterpart shares one (a unique sentence is a miss). */
  event_best: number;
  lookalike_agreement_rate: number;
  lookalike_agreements: number;
  lookalike_claims: number;
  seconds: number;
}

function sentenceOf(g: Gold, start: number, end: number): number | null {
  const mid = (start + end) / 2;
  for (const [k, [s, e]] of Object.entries(g.sentences)) if (mid >= s && mid < e) return Number(k);
  return null;
}

function eventsOf(g: Gold): Map<number, Set<string>> {
  const m = new Map<number, Set<string>>();
  for (const [id, sents] of Object.entries(g.events)) for (const s of sents) (m.get(s) ?? m.set(s, new Set()).get(s)!).add(id);
  return m;
}

function shareEvent(a: Set<string> | undefined, b: Set<string> | undefined): boolean {
  if (!a || !b) return false;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** The encoder's vectors of every claim of `texts`, or undefined when no encoder loads. */
export async function meaningOf(texts: readonly string[]): Promise<MeaningVectors | undefined> {
  const m = await meaningVectors(texts);
  return typeof m === 'string' ? undefined : m;
}

/** `vectors`: sentence vectors made before (a tuning loop embeds once); `judge`: the cross-encoder, or null for none. */
export async function runEcb(options: { meaning?: boolean; vectors?: MeaningVectors; judge?: PairJudge | null } = {}): Promise<EcbFigures | null> {
  if (!existsSync(join(root, 'gold.json'))) return null;
  const gold: Record<string, Gold> = JSON.parse(readFileSync(join(root, 'gold.json'), 'utf8'));
  const names = Object.keys(gold).sort();
  const text = new Map(names.map((n) => [n, readFileSync(join(root, 'docs', `${n}.txt`), 'utf8')]));
  const meaning = options.vectors ?? (options.meaning === true ? await meaningOf([...text.values()]) : undefined);
  const judge = meaning === undefined ? null : options.judge !== undefined ? options.judge : (await loadPairJudge()).judge;
  const t0 = performance.now();
  let tp = 0, fn = 0, fp = 0, samePairs = 0, crossPairs = 0, lookAgree = 0, lookClaims = 0, bestHit = 0, bestAll = 0;
  for (const [i, a] of names.entries()) {
    const ga = gold[a];
    const same = names.filter((b, j) => j > i && gold[b].topic === ga.topic && gold[b].sub === ga.sub).slice(0, perDoc);
    const cross = names.filter((b, j) => j > i && gold[b].topic === ga.topic && gold[b].sub !== ga.sub).slice(0, perDoc);
    for (const b of [...same, ...cross]) {
      const gb = gold[b];
      const articles = [{ path: a, text: text.get(a)! }, { path: b, text: text.get(b)! }];
      const context = new EngineContext();
      const judged = meaning && judge ? await comparisonJudgements(judge, articles, { meaning, context }) : meaning;
      const report: Report = compare(articles, { meaning: judged, context });
      const ea = eventsOf(ga);
      const eb = eventsOf(gb);
      const annA = new Set(ga.annotated);
      const annB = new Set(gb.annotated);
      const sentA = new Map(report.documents[0].claims.map((c) => [c.id, sentenceOf(ga, c.start, c.end)]));
      const sentB = new Map(report.documents[1].claims.map((c) => [c.id, sentenceOf(gb, c.start, c.end)]));
      const matched = new Set<string>();
      for (const c of report.documents[0].claims) {
        const sa = sentA.get(c.id);
        if (sa === null || sa === undefined || !annA.has(sa)) continue;
        for (const m of c.matches) {
          const sb = sentB.get(m.claim);
          if (sb === null || sb === undefined || !annB.has(sb)) continue;
          matched.add(`${sa}:${sb}`);
        }
      }
      if (ga.sub === gb.sub) {
        samePairs++;
        for (const sa of annA) {
          for (const sb of annB) {
            const gold = shareEvent(ea.get(sa), eb.get(sb));
            const got = matched.has(`${sa}:${sb}`);
            if (gold && got) tp++;
            else if (gold) fn++;
            else if (got) fp++;
          }
        }
        // each annotated sentence with a counterpart: is its best match (over its claims) one?
        for (const [d, ann, annOther, ev, evOther, sentMap, sentOther] of [
          [0, annA, annB, ea, eb, sentA, sentB],
          [1, annB, annA, eb, ea, sentB, sentA],
        ] as const) {
          for (const s of ann) {
            if (![...annOther].some((o) => shareEvent(ev.get(s), evOther.get(o)))) continue;
            bestAll++;
            let best: { score: number; sentence: number | null | undefined } | undefined;
            for (const c of report.documents[d].claims) {
              if (sentMap.get(c.id) !== s) continue;
              for (const m of c.matches) if (best === undefined || m.score > best.score) best = { score: m.score, sentence: sentOther.get(m.claim) };
            }
            if (best !== undefined && best.sentence !== null && best.sentence !== undefined && shareEvent(ev.get(s), evOther.get(best.sentence))) bestHit++;
          }
        }
      } else {
        crossPairs++;
        // A claim about one event that reads as agreeing with a look-alike event's article.
        for (const [d, g, ann, ev, evOther, sentMap, sentOther] of [
          [0, ga, annA, ea, eb, sentA, sentB],
          [1, gb, annB, eb, ea, sentB, sentA],
        ] as const) {
          void g;
          for (const c of report.documents[d].claims) {
            const s = sentMap.get(c.id);
            if (s === null || s === undefined || !ann.has(s)) continue;
            lookClaims++;
            if (c.label !== 'agreement') continue;
            const wrong = c.matches.some((m) => !shareEvent(ev.get(s), evOther.get(sentOther.get(m.claim) ?? -1)));
            if (wrong) lookAgree++;
          }
        }
      }
    }
  }
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    same_pairs: samePairs,
    cross_pairs: crossPairs,
    event_recall: r(tp / Math.max(1, tp + fn)),
    event_precision: r(tp / Math.max(1, tp + fp)),
    event_best: r(bestHit / Math.max(1, bestAll)),
    lookalike_agreement_rate: r(lookAgree / Math.max(1, lookClaims)),
    lookalike_agreements: lookAgree,
    lookalike_claims: lookClaims,
    seconds: r((performance.now() - t0) / 1000),
  };
}

async function main(): Promise<void> {
  const f = await runEcb({ meaning: args.includes('--meaning') });
  if (!f) {
    console.log('ecb: skipped (../shared/data/ecb absent)');
  } else {
    console.log(`ecb  (${f.same_pairs} same-event and ${f.cross_pairs} look-alike article pairs, ${f.seconds} s)`);
    console.log(`  event_recall               ${f.event_recall.toFixed(3)}   sentence pairs sharing an event that align`);
    console.log(`  event_precision            ${f.event_precision.toFixed(3)}   aligned annotated sentence pairs that share an event`);
    console.log(`  event_best                 ${f.event_best.toFixed(3)}   sentences with a counterpart whose best match is one`);
    console.log(`  lookalike_agreement_rate   ${f.lookalike_agreement_rate.toFixed(3)}   ${f.lookalike_agreements} of ${f.lookalike_claims} annotated claims read as agreeing with a look-alike event`);
    if (args.includes('--json')) console.log(JSON.stringify(f));
  }
}

if (require.main === module) void main();
