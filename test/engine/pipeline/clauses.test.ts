// Claims said inside a longer claim of another article (src/engine/pipeline/clauses.ts), with the
// real sentence encoder and cross-encoder (models/minilm, as `node scripts/fetch-model.mjs` builds
// them) on articles of our own.
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare, EngineContext, pairsToJudge, type ArticleInput, type MeaningVectors, type Report } from '../../../src/engine';
import { comparisonVectors, loadSentenceEncoder } from '../../../src/host/encoder';
import { comparisonJudgements, loadPairJudge } from '../../../src/host/cross-encoder';
import { clauseAsks, type ClauseClaim } from '../../../src/engine/pipeline/clauses';
import { prepare, SimilarityScratch } from '../../../src/engine/similarity';
import { IdMemo, TextIds } from '../../../src/engine/strings/text-ids';

const A = `date: 2031-03-02

The harbour authority in Dravik closed the north pier on Monday after a crack was found in its supports.

Engineers had inspected the pier twice during the winter without finding any damage, a spokeswoman said.

Repairs are expected to take three weeks and cost about 400,000 euros.

The mayor of Dravik, Ilse Varga, visited the pier on Tuesday.
`;

const B = `date: 2031-03-02

Dravik's harbour authority shut the north pier on Monday when a crack was found in its supports, although inspectors had checked the pier two times over the winter and seen no damage, the authority's spokeswoman said.

Fishing boats have been moved to the south quay for the time being.

The repairs should take three weeks, the authority said.
`;

const PART = 'although inspectors had checked the pier two times over the winter and seen no damage, the authority\'s spokeswoman said';
const claim = (r: Report, d: number, starts: string) => r.documents[d].claims.find((c) => c.text.startsWith(starts))!;

async function models(): Promise<{ vectors: (articles: ArticleInput[], context: EngineContext) => Promise<MeaningVectors>; judged: (articles: ArticleInput[], context: EngineContext) => Promise<MeaningVectors> }> {
  const { encoder } = await loadSentenceEncoder();
  const { judge } = await loadPairJudge();
  assert.ok(encoder && judge, 'both models load (node scripts/fetch-model.mjs)');
  const vectors = (articles: ArticleInput[], context: EngineContext) => comparisonVectors(encoder, articles, { context });
  return {
    vectors,
    judged: async (articles, context) => comparisonJudgements(judge, articles, { context, meaning: await vectors(articles, context) }),
  };
}

test('clauses: a claim said in other words inside a longer claim finds it; the match names the part', async () => {
  const m = await models();
  const articles = [{ path: 'a', text: A }, { path: 'b', text: B }];
  const context = new EngineContext();
  const plain = compare(articles, { context, meaning: await m.vectors(articles, context) });
  assert.equal(claim(plain, 0, 'Engineers').label, 'unique', 'the sentence vectors alone miss it');
  const judged = await m.judged(articles, context);
  const r = compare(articles, { context, meaning: judged });
  const short = claim(r, 0, 'Engineers');
  const long = claim(r, 1, "Dravik's");
  assert.equal(short.label, 'agreement');
  const match = short.matches.find((x) => x.claim === long.id)!;
  assert.equal(match.by, 'meaning');
  assert.deepEqual(match.part && { document: match.part.document, text: B.slice(match.part.start, match.part.end) }, { document: 1, text: PART });
  assert.ok(match.part!.start >= long.start && match.part!.end <= long.end, 'the part lies inside the longer claim');
  // both ends list the pair with the same part and score; the long claim keeps its own counterpart
  assert.deepEqual(long.matches.find((x) => x.claim === short.id), { document: 0, claim: short.id, score: match.score, by: 'meaning', part: match.part });
  assert.ok(long.matches.some((x) => x.claim === claim(r, 0, 'The harbour').id));
  assert.match(short.reason, /in other words, as part of a longer claim \(found by meaning/);
  assert.match(r.similarity ?? '', /parts of longer claims read by the paraphrase cross-encoder/);
  // the parts the context remembers from pairsToJudge change nothing: a fresh context agrees
  assert.deepEqual(compare(articles, { context: new EngineContext(), meaning: judged }).documents, r.documents);
  // what only one says stays unique
  assert.equal(claim(r, 0, 'The mayor').label, 'unique');
  assert.equal(claim(r, 1, 'Fishing').label, 'unique');
  // symmetric: the documents swapped, every claim keeps its label and the part its text
  const swapped = [articles[1], articles[0]];
  const c2 = new EngineContext();
  const s = compare(swapped, { context: c2, meaning: await m.judged(swapped, c2) });
  assert.deepEqual(s.documents[1].claims.map((c) => c.label), r.documents[0].claims.map((c) => c.label));
  assert.deepEqual(s.documents[0].claims.map((c) => c.label), r.documents[1].claims.map((c) => c.label));
  const back = claim(s, 1, 'Engineers').matches[0];
  assert.equal(back.part && B.slice(back.part.start, back.part.end), PART);
  assert.equal(back.part?.document, 0);
});

test('clauses: the engine asks only about parts about as long as the claim, and links only on a high probability', async () => {
  const m = await models();
  const articles = [{ path: 'a', text: A }, { path: 'b', text: B }];
  const context = new EngineContext();
  const meaning = await m.vectors(articles, context);
  const asked = pairsToJudge(articles, { context, meaning });
  assert.ok(asked.some(([a, b]) => a.startsWith('Engineers') && b === PART), JSON.stringify(asked));
  // "the authority's spokeswoman said" alone is no part: it says too little of the claim
  assert.ok(asked.every(([, b]) => b !== "the authority's spokeswoman said"));
  // the host's answers decide: just under the floor, no link; at it, a link
  const answering = (p: number): MeaningVectors => ({ name: 'test answers', vectorOf: (t) => meaning.vectorOf(t), pairProbability: (a, b) => asked.some(([x, y]) => x === a && y === b) ? p : undefined });
  const under = compare(articles, { context, meaning: answering(0.899) });
  assert.equal(claim(under, 0, 'Engineers').label, 'unique');
  const at = compare(articles, { context, meaning: answering(0.9) });
  assert.equal(claim(at, 0, 'Engineers').label, 'agreement');
  // a host with no answers gets the report of the sentence vectors alone
  const none = compare(articles, { context, meaning: { name: meaning.name, vectorOf: (t) => meaning.vectorOf(t), pairProbability: () => undefined } });
  const plain = compare(articles, { context, meaning });
  assert.deepEqual(none.documents, plain.documents);
});

test('clauses: a long pair of documents asks about its closest parts only, at most maxAsks of them', () => {
  // ten short claims, each said in a part of a long claim of the other document, closer and closer in wording
  const shortText = Array.from({ length: 10 }, (_, k) => `Inspectors checked pier number ${k + 1} of the Dravik harbour ${k % 2 ? 'twice' : 'three times'} during the long winter.`).join(' ');
  const longText = Array.from({ length: 10 }, (_, k) => `The harbour closed on Monday, although inspectors had checked pier number ${k + 1} of the Dravik harbour ${k % 2 ? 'two times' : 'three times'} over the winter, a spokeswoman said.`).join(' ');
  const claimsOf = (text: string, scratch: SimilarityScratch, ids: TextIds): ClauseClaim[] => {
    const out: ClauseClaim[] = [];
    for (let at = 0; at < text.length;) {
      const end = text.indexOf('.', at) + 1;
      const span = { start: at, end };
      out.push({ ...span, prepared: prepare(text, span, scratch), key: ids.id(text.slice(at, end)) });
      at = end + 1;
    }
    return out;
  };
  const scratch = new SimilarityScratch();
  const ids = new TextIds();
  const a = claimsOf(shortText, scratch, ids);
  const b = claimsOf(longText, scratch, ids);
  const candidates = a.flatMap((_, i) => b.map((__, j) => [i, j] as const));
  const open = (n: number) => new Set(Array.from({ length: n }, (_, k) => k));
  const ask = (limit?: number) => clauseAsks(shortText, a, longText, b, candidates, open(a.length), open(b.length), scratch, new IdMemo(ids, 64), limit);
  const all = ask();
  assert.ok(all.length > 8, `asks ${all.length}`);
  const few = ask(5);
  assert.equal(few.length, 5);
  // the five kept are the five closest in wording, listed by position as all are
  const best = [...all].sort((x, y) => y.score - x.score).slice(0, 5).map((x) => x.score).sort((x, y) => x - y);
  assert.deepEqual([...few].map((x) => x.score).sort((x, y) => x - y), best);
  assert.deepEqual(few, [...few].sort((x, y) => x.short - y.short || x.a - y.a || x.b - y.b || x.part.start - y.part.start));
  assert.deepEqual(ask(0), []);
});
