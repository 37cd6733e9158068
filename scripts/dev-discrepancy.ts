/**
 * Development check of the fact comparison on real paraphrase pairs (not part of the build).
 *   npx tsx scripts/dev-discrepancy.ts [--show KIND] [--limit N]
 *   KIND: none | msrp | number | date | name | negation, or none:KIND / msrp:KIND for false alarms of one conflict kind
 * Reads ../shared/data/pairs/discrepancy-msrp-train.jsonl and msrp-train.jsonl (gold 1 paraphrases).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../src/engine/facts';
import { compareFacts } from '../src/engine/conflicts';
import type { FactConflict } from '../src/engine/conflicts';
import { ensureEngineTables } from '../src/host/tables';

ensureEngineTables(); // data/vectors.bin, data/lexicon.json into the engine

const DATA = process.env.SC_DATA ?? join(__dirname, '..', '..', 'shared', 'data', 'pairs');
const args = process.argv.slice(2);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : null;
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : 15;

function run(a: string, b: string): FactConflict[] {
  const fa = extractFacts(a, { start: 0, end: a.length }, null);
  const fb = extractFacts(b, { start: 0, end: b.length }, null);
  return compareFacts({ text: a, span: { start: 0, end: a.length }, facts: fa }, { text: b, span: { start: 0, end: b.length }, facts: fb, name: 'b' });
}

// A changed day-of-month is reported as a date conflict, a changed word inside a quote as a quote
// conflict: both are the fitting report for that change.
const FIT: Record<string, string[]> = {
  number: ['number', 'date'], date: ['date'], negation: ['negation'],
  name: ['person', 'place', 'organization', 'other', 'attribution'],
};

function insideQuote(text: string, needle: string): boolean {
  const at = text.indexOf(needle);
  if (at < 0) return false;
  let open = false;
  for (let i = 0; i < at; i++) if (text[i] === '"' || text[i] === '“' || text[i] === '”') open = text[i] === '”' ? false : text[i] === '“' ? true : !open;
  return open;
}

function readJsonl(file: string): Array<Record<string, unknown>> {
  return readFileSync(join(DATA, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

const rows = readJsonl('discrepancy-msrp-train.jsonl');
const hit: Record<string, number> = {};
const tot: Record<string, number> = {};
let noneTotal = 0;
let noneAlarm = 0;
let noneAlarmNoQuote = 0;
const alarmKinds: Record<string, number> = {};
let shown = 0;
const t0 = performance.now();
for (const r of rows) {
  const a = String(r.a);
  const b = String(r.b);
  const cs = run(a, b);
  if (r.gold === 'none') {
    noneTotal++;
    if (cs.some((c) => c.kind !== 'quote' && c.kind !== 'attribution')) noneAlarmNoQuote++;
    if (cs.length > 0) {
      noneAlarm++;
      for (const k of new Set(cs.map((c) => c.kind))) alarmKinds[k] = (alarmKinds[k] ?? 0) + 1;
      if ((show === 'none' || (show !== null && show.startsWith('none:') && cs.some((c) => c.kind === show.slice(5)))) && shown++ < limit) console.log('FA', cs.map((c) => c.message).join(' | '), '\n  a:', a, '\n  b:', b);
    }
    continue;
  }
  const kind = String(r.kind);
  tot[kind] = (tot[kind] ?? 0) + 1;
  const changed = (r.changed as string[] | undefined) ?? [];
  const inQ = changed.length === 2 && insideQuote(b, changed[1]);
  const ok = cs.some((c) => FIT[kind].includes(c.kind) || (inQ && c.kind === 'quote'));
  if (ok) hit[kind] = (hit[kind] ?? 0) + 1;
  else if (show === kind && shown++ < limit) console.log('MISS', JSON.stringify(r.changed), cs.map((c) => c.message).join(' | '), '\n  a:', a, '\n  b:', b);
}
const ms = performance.now() - t0;
console.log('discrepancy-msrp-train.jsonl');
for (const k of Object.keys(tot).sort()) console.log(`  recall ${k.padEnd(9)} ${((hit[k] ?? 0) / tot[k]).toFixed(3)}  (${hit[k] ?? 0}/${tot[k]})`);
console.log(`  false alarms on none: ${(noneAlarm / noneTotal).toFixed(3)}  (${noneAlarm}/${noneTotal})  by kind ${JSON.stringify(alarmKinds)}`);
console.log(`  false alarms on none, quote/attribution conflicts left out: ${(noneAlarmNoQuote / noneTotal).toFixed(3)}  (${noneAlarmNoQuote}/${noneTotal})`);

const para = readJsonl('msrp-train.jsonl').filter((r) => r.gold === 1);
let pa = 0;
const pk: Record<string, number> = {};
shown = 0;
for (const r of para) {
  const cs = run(String(r.a), String(r.b));
  if (cs.length > 0) {
    pa++;
    for (const k of new Set(cs.map((c) => c.kind))) pk[k] = (pk[k] ?? 0) + 1;
    if ((show === 'msrp' || (show !== null && show.startsWith('msrp:') && cs.some((c) => c.kind === show.slice(5)))) && shown++ < limit) console.log('FA', cs.map((c) => c.message).join(' | '), '\n  a:', r.a, '\n  b:', r.b);
  }
}
console.log(`msrp-train.jsonl gold 1: pairs with any conflict ${(pa / para.length).toFixed(3)}  (${pa}/${para.length})  by kind ${JSON.stringify(pk)}`);
console.log(`time: ${ms.toFixed(0)} ms for ${rows.length} pairs`);
