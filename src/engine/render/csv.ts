/**
 * CSV (RFC 4180) for spreadsheets: a header row, then one row per claim per document, in report
 * order. Fields are quoted when they need to be (comma, quote, CR, LF), quotes doubled, records
 * ended with CRLF. A field that a spreadsheet would run as a formula (starts with =, +, -, @, tab
 * or CR) gets a leading apostrophe: article text is data, never a formula (OWASP "CSV injection").
 */
import type { Report } from '../report/types';
import { corroborationOf, documentNames, indexClaims, partText, type ClaimRef } from './common';
import { decisionPhrase } from './decisions';

export const CSV_COLUMNS = [
  'document', 'path', 'claim', 'start', 'end', 'label', 'counterparts', 'best_score', 'kinds', 'corroboration', 'text', 'decisions', 'parts',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, neutralised against formula injection and quoted when needed. */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record, CRLF-terminated. */
export function csvRow(values: readonly (string | number)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** "agrees: b.txt; conflicts: c.txt (number, date); silent: d.txt". */
function corroborationSummary(report: Report, names: string[], document: number, claim: Report['documents'][number]['claims'][number]): string {
  return corroborationOf(claim, document, report.documents.length).map((c) => {
    const name = names[c.document] ?? `#${c.document}`;
    return c.status === 'conflicts' && c.kinds.length ? `conflicts: ${name} (${c.kinds.join(', ')})` : `${c.status}: ${name}`;
  }).join('; ');
}

/**
 * The counterparts said in part of a longer claim, with the part: "b:4: “the part”" — the part is
 * in this claim when it is the longer one, else in the counterpart. `; `-separated.
 */
function partsSummary(index: Map<string, ClaimRef>, document: number, claim: Report['documents'][number]['claims'][number]): string {
  const out: string[] = [];
  for (const m of claim.matches) {
    if (!m.part) continue;
    const holder = m.part.document === document ? claim : index.get(m.claim)?.claim;
    const text = holder && partText(m.part.document, holder, m.part);
    if (text !== undefined) out.push(`${m.claim}: “${text}”`);
  }
  return out.join('; ');
}

export function renderCsv(report: Report): string {
  return [...renderCsvChunks(report)].join('');
}

/** The CSV rows one by one, for writing as they are made. */
export function* renderCsvChunks(report: Report): Generator<string> {
  const names = documentNames(report);
  const index = indexClaims(report);
  yield csvRow(CSV_COLUMNS);
  for (const [d, doc] of report.documents.entries()) {
    for (const c of doc.claims) {
      const counterparts = [...new Set(c.matches.map((m) => m.claim))];
      const best = c.matches.reduce((m, x) => Math.max(m, x.score), -1);
      yield csvRow([
        d,
        doc.path,
        c.id,
        c.start,
        c.end,
        c.label,
        counterparts.join(';'),
        best < 0 ? '' : best.toFixed(3),
        [...new Set(c.discrepancies.map((x) => x.kind))].join(';'),
        corroborationSummary(report, names, d, c),
        c.text,
        decisionPhrase(c, names, d),
        partsSummary(index, d, c),
      ]);
    }
  }
}
