/**
 * Symmetry and self-comparison figures of the aligner on long real inputs (issue 9):
 *   node --import tsx scripts/check-symmetry.ts [--json] [--raw]
 *
 * Inputs: every BASIL article of one outlet concatenated (../shared/data/basil), so each document has
 * 500–750 claims. Figures:
 *   - swap: labels (and match lists) that change when two documents are given in the other order,
 *     for fox×nyt, fox×hpo, hpo×nyt; for all three, the most that change over the five other orders;
 *   - oneSided: matches listed on one end only or with another score on the other (design: none);
 *   - self: claims not labelled agreement when an outlet's concatenation is compared with itself;
 *   - repeated: for a sentence repeated n = 1…20 times, compared with itself, the n whose report is
 *     not all agreement.
 * With --raw the article files are concatenated as they are, front matter included (how issue 9
 * counted: 1,296 claims for fox×nyt); by default only their bodies are.
 */
import { compare, type ArticleInput } from '../src/engine';
import { ensureEngineTables } from '../src/host/tables';
import { OUTLETS, basilMissing, notAgreeing, oneSidedMatches, orderChanges, outletInput, permutations, type Outlet } from '../test/support/basil';

const JSON_OUT = process.argv.includes('--json');
const RAW = process.argv.includes('--raw');
const SENTENCE = 'The council said on Monday that the bridge would stay closed until the repairs were finished.';

function main(): void {
  ensureEngineTables();
  const missing = basilMissing();
  if (missing) {
    process.stdout.write(`${missing}\n`);
    return;
  }
  const inputs = new Map<Outlet, ArticleInput>(OUTLETS.map((o) => [o, outletInput(o, RAW)]));
  const out: Record<string, unknown> = {};
  const log = (s: string): void => {
    if (!JSON_OUT) process.stdout.write(`${s}\n`);
  };

  for (const [x, y] of [['fox', 'nyt'], ['fox', 'hpo'], ['hpo', 'nyt']] as const) {
    const docs = [inputs.get(x)!, inputs.get(y)!];
    const ab = compare(docs);
    const ba = compare([docs[1]!, docs[0]!]);
    const c = orderChanges(ab, ba, [1, 0]);
    const oneSided = oneSidedMatches(ab) + oneSidedMatches(ba);
    out[`swap ${x}×${y}`] = { ...c, oneSided };
    log(`swap ${x}×${y}: ${c.labels} of ${c.claims} labels change, ${c.matches} match lists change; one-sided matches ${oneSided}`);
  }

  const three = OUTLETS.map((o) => inputs.get(o)!);
  const base = compare(three);
  let worst = { order: [0, 1, 2], ...orderChanges(base, base, [0, 1, 2]) };
  let oneSided = oneSidedMatches(base);
  const each: Record<string, number> = {};
  for (const order of permutations(3).filter((p) => p.join() !== '0,1,2')) {
    const r = compare(order.map((k) => three[k]!));
    oneSided += oneSidedMatches(r);
    const c = orderChanges(base, r, order);
    each[order.map((k) => OUTLETS[k]).join(',')] = c.labels;
    if (c.labels > worst.labels || (c.labels === worst.labels && c.matches > worst.matches)) worst = { order, ...c };
  }
  out['all three'] = { worst, labelsByOrder: each, oneSided };
  log(`all three (fox,hpo,nyt against each other order): at most ${worst.labels} of ${worst.claims} labels change (${worst.order.map((k) => OUTLETS[k]).join(',')}), ${worst.matches} match lists; by order ${JSON.stringify(each)}; one-sided matches ${oneSided}`);

  for (const o of OUTLETS) {
    const a = inputs.get(o)!;
    const r = compare([a, { path: `${o}-copy.md`, text: a.text }]);
    const s = notAgreeing(r);
    out[`self ${o}`] = s;
    log(`self ${o}: ${s.unique} unique, ${s.discrepancy} discrepancy of ${s.claims} claims`);
  }

  const bad: number[] = [];
  for (let n = 1; n <= 20; n++) {
    const text = Array.from({ length: n }, () => SENTENCE).join(' ') + '\n';
    const s = notAgreeing(compare([{ path: 'a.txt', text }, { path: 'b.txt', text }]));
    if (s.unique + s.discrepancy > 0) bad.push(n);
  }
  out.repeated = { notAllAgreement: bad };
  log(`repeated sentence (n = 1…20) compared with itself: not all agreement for n = ${bad.length ? bad.join(', ') : 'none'}`);

  if (JSON_OUT) process.stdout.write(`${JSON.stringify(out)}\n`);
}

main();
