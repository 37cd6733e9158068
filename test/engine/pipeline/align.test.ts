// The engine's alignment (src/engine/pipeline/align.ts, candidates.ts): matching is symmetric by
// construction, and an article compared with itself is all agreement at any length and repetition.
// Long real inputs: every BASIL article of one outlet concatenated (../shared/data/basil, read at
// test time; skipped with a message when absent). Small inputs: fixtures written here.
import '../../support/tables';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compare, judgePair, type ArticleInput, type Report } from '../../../src/engine';
import { align, matchScore } from '../../../src/engine/pipeline/align';
import { CandidateIndex, MAX_CANDIDATES } from '../../../src/engine/pipeline/candidates';
import { segmentClaims } from '../../../src/engine/text/segment';
import { parseArticle } from '../../../src/engine/text/parse';
import { MATCH_THRESHOLD, SimilarityScratch, prepare, scorePair, type Prepared } from '../../../src/engine/similarity';
import { basilMissing, labels, notAgreeing, oneSidedMatches, orderChanges, outletInput, type Outlet } from '../../support/basil';
import { checkLabels, checkReport } from '../../support/invariants';
import { ARTICLE_A, ARTICLE_B } from '../../support/text';

const SKIP = basilMissing();
if (SKIP) process.stdout.write(`# ${SKIP}\n`);

const SENTENCE = 'The council said on Monday that the bridge would stay closed until the repairs were finished.';
const repeated = (s: string, n: number): string => Array.from({ length: n }, () => s).join(' ') + '\n';

function claimsOf(text: string): Prepared[] {
  const meta = parseArticle(text);
  return segmentClaims(text, meta.body).map((s) => prepare(text, { start: s.start, end: s.end }));
}

/** Both orders give the same labels and the same matches (document indices swapped). */
function assertSwapInvariant(a: ArticleInput, b: ArticleInput): Report {
  const ab = compare([a, b]);
  const ba = compare([b, a]);
  const c = orderChanges(ab, ba, [1, 0]);
  assert.equal(c.labels, 0, `${c.labels} of ${c.claims} labels change when ${a.path} and ${b.path} are swapped`);
  assert.equal(c.matches, 0, `${c.matches} of ${c.claims} match lists change when ${a.path} and ${b.path} are swapped`);
  assert.deepEqual(labels(ba), [...labels(ab)].reverse());
  assert.equal(oneSidedMatches(ab), 0, 'every match is listed on both ends with the same score');
  return ab;
}

/** Every claim agrees, with its own copy among its best matches. */
function assertSelfAgreement(report: Report, where: string): void {
  const [d0, d1] = report.documents;
  assert.ok(d0!.claims.length > 0, `${where}: has claims`);
  const s = notAgreeing(report);
  assert.deepEqual({ unique: s.unique, discrepancy: s.discrepancy }, { unique: 0, discrepancy: 0 }, `${where}: not all agreement of ${s.claims}`);
  for (const [d, doc] of [d0!, d1!].entries()) {
    const other = d === 0 ? d1! : d0!;
    doc.claims.forEach((claim, k) => {
      const twin = other.claims[k]!.id;
      const m = claim.matches.find((x) => x.claim === twin);
      assert.ok(m, `${where}: claim ${claim.id} ${JSON.stringify(claim.text.slice(0, 60))} is matched to its copy ${twin}`);
      assert.equal(m.score, Math.max(...claim.matches.map((x) => x.score)), `${where}: claim ${claim.id}: its copy is a best match`);
    });
  }
}

describe('alignment on long real inputs (all BASIL articles of an outlet)', { skip: SKIP }, () => {
  const input = new Map<Outlet, ArticleInput>();
  const get = (o: Outlet): ArticleInput => {
    if (!input.has(o)) input.set(o, outletInput(o));
    return input.get(o)!;
  };

  for (const [x, y] of [['fox', 'nyt'], ['fox', 'hpo'], ['hpo', 'nyt']] as const) {
    it(`${x} × ${y}: swapping the documents swaps the report, label for label and match for match`, () => {
      const r = assertSwapInvariant(get(x), get(y));
      // the inputs are long enough to mean something
      assert.ok(r.summary.claims > 900, `${r.summary.claims} claims`);
      assert.ok(r.summary.agreement > 0 && r.summary.unique > 0);
    });
  }

  it('fox, hpo, nyt: every order of the three gives the same labels and matches', () => {
    const three = (['fox', 'hpo', 'nyt'] as const).map(get);
    const base = compare(three);
    checkLabels(base);
    assert.equal(oneSidedMatches(base), 0);
    for (const order of [[2, 1, 0], [1, 2, 0], [0, 2, 1]]) {
      const c = orderChanges(base, compare(order.map((k) => three[k]!)), order);
      assert.deepEqual({ labels: c.labels, matches: c.matches }, { labels: 0, matches: 0 }, `order ${order.join(',')}: of ${c.claims} claims`);
    }
  });

  for (const o of ['fox', 'hpo', 'nyt'] as const) {
    it(`${o}: the concatenation compared with itself is all agreement, each claim with its own copy`, () => {
      const a = get(o);
      const arts = [a, { path: `${o}-copy.md`, text: a.text }];
      const r = compare(arts);
      checkReport(r, arts);
      assertSelfAgreement(r, o);
    });
  }

  it('scorePair and matchScore give the same value either way round (fox × nyt candidates)', () => {
    const A = claimsOf(get('fox').text);
    const B = claimsOf(get('nyt').text);
    const pairs = new CandidateIndex([A, B]).pairs(0, 1);
    assert.ok(pairs.length > 1000, `${pairs.length} candidate pairs`);
    let differ = 0;
    const scratch = new SimilarityScratch();
    for (const [a, b] of pairs) {
      const x = scorePair(A[a]!, B[b]!);
      const y = scorePair(B[b]!, A[a]!);
      if (x.sim !== y.sim || x.supportOfA() !== y.supportOfB() || x.supportOfB() !== y.supportOfA()) differ++;
      if (matchScore(A[a]!, B[b]!, MATCH_THRESHOLD, scratch) !== matchScore(B[b]!, A[a]!, MATCH_THRESHOLD, scratch)) differ++;
    }
    assert.equal(differ, 0, `${differ} of ${pairs.length} pairs score differently when swapped`);
  });

  it('the candidate index: pairs(j, i) is pairs(i, j) reversed, and a shared index over three documents gives each pair the candidates it gets alone', () => {
    const docs = (['fox', 'hpo', 'nyt'] as const).map((o) => claimsOf(get(o).text));
    const shared = new CandidateIndex(docs);
    for (const [i, j] of [[0, 1], [0, 2], [1, 2]] as const) {
      const alone = new CandidateIndex([docs[i]!, docs[j]!]);
      const fwd = shared.pairs(i, j);
      assert.deepEqual(fwd, alone.pairs(0, 1), `documents ${i}, ${j}: shared index = pairwise index`);
      const back = shared.pairs(j, i).map(([b, a]) => [a, b] as [number, number]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
      assert.deepEqual(back, fwd, `documents ${i}, ${j}: symmetric`);
    }
  });
});

describe('alignment: repeated and common-word sentences (own fixtures)', () => {
  it('a sentence repeated 1–20 times, compared with itself, is all agreement, each copy matched to its own', () => {
    for (let n = 1; n <= 20; n++) {
      const text = repeated(SENTENCE, n);
      const arts = [{ path: 'a.txt', text }, { path: 'b.txt', text }];
      const r = compare(arts);
      checkReport(r, arts);
      assert.equal(r.summary.claims, 2 * n, `n = ${n}: one claim per copy`);
      assertSelfAgreement(r, `n = ${n}`);
    }
  });

  it('an article with a boilerplate sentence repeated 40 times, and claims of common words only, compared with itself', () => {
    // (ARTICLE_A says nothing twice: an article that contradicts itself, "began on Friday" here and
    // "began on Saturday" there, is rightly a discrepancy against its own copy)
    const text = [ARTICLE_A, repeated(SENTENCE, 40), 'He said that it was not so.', '—', repeated('It is what it is.', 12), 'Yes.'].join('\n\n');
    const r = compare([{ path: 'a.txt', text }, { path: 'b.txt', text }]);
    assertSelfAgreement(r, 'boilerplate article');
  });

  it('swapping the documents changes nothing when copies are repeated a different number of times on each side', () => {
    for (const [m, n] of [[3, 5], [9, 2], [12, 12], [1, 20]] as const) {
      const a = { path: 'a.txt', text: `${ARTICLE_A}\n\n${repeated(SENTENCE, m)}` };
      const b = { path: 'b.txt', text: `${repeated(SENTENCE, n)}\n\n${ARTICLE_B}` };
      assertSwapInvariant(a, b);
    }
  });

  it('the same sentence with another number, repeated 12 times on each side, is a discrepancy, not unique', () => {
    const s41 = 'Officials said on Monday that 41 people had been taken to the hospital in the city.';
    const s14 = s41.replace('41', '14');
    const r = assertSwapInvariant({ path: 'a.txt', text: repeated(s41, 12) }, { path: 'b.txt', text: repeated(s14, 12) });
    for (const doc of r.documents) {
      for (const c of doc.claims) {
        assert.equal(c.label, 'discrepancy', `${c.id}: ${c.label}`);
        assert.ok(c.discrepancies.some((d) => d.kind === 'number'), `${c.id}: a number discrepancy`);
      }
    }
  });

  it('candidates: every claim gets its copies (at most MAX_CANDIDATES nearest), even when all its words are common', () => {
    const text = repeated(SENTENCE, 30);
    const A = claimsOf(text);
    const pairs = new CandidateIndex([A, A]).pairs(0, 1);
    for (let x = 0; x < A.length; x++) {
      const mine = pairs.filter((p) => p[0] === x).map((p) => p[1]);
      assert.ok(mine.includes(x), `claim ${x} is a candidate of its own copy`);
      assert.ok(mine.length >= MAX_CANDIDATES, `claim ${x}: ${mine.length} candidates`);
    }
    // a claim of common words whose near-copy differs by one word
    const B = claimsOf(repeated(SENTENCE.replace('Monday', 'Tuesday'), 30));
    const near = new CandidateIndex([A, B]).pairs(0, 1);
    for (let x = 0; x < A.length; x++) assert.ok(near.some((p) => p[0] === x), `claim ${x} has a candidate among the near-copies`);
  });

  it('pairs mode: a sentence is found in a source that repeats it among many common-word sentences', () => {
    const source = repeated(SENTENCE, 30);
    const j = judgePair(source, SENTENCE);
    assert.equal(j.label, 'agreement');
    assert.equal(j.score, 1);
  });

  it('ties between equal scores go to the pair nearest in position, whichever document is first', () => {
    const A = claimsOf(repeated(SENTENCE, 4));
    const B = claimsOf(repeated(SENTENCE, 6));
    const opts = { threshold: MATCH_THRESHOLD, weakFloor: 0.5, maxMatches: 1, margin: 0.12, scratch: new SimilarityScratch() };
    const ab = align(A, B, opts).strong.map((e) => [e.a, e.b]).sort((p, q) => p[0] - q[0]);
    const ba = align(B, A, opts).strong.map((e) => [e.b, e.a]).sort((p, q) => p[0] - q[0]);
    assert.deepEqual(ab, ba);
    // claim k of 4 is nearest to claim round(k · 6 / 4) of 6 (ties to the earlier)
    assert.deepEqual(ab, [[0, 0], [1, 1], [2, 3], [3, 4]]);
  });
});
