/**
 * A hand-built two-document report (labels known, hostile article text in every field a renderer
 * shows) shared by the renderers' tests: one conflict, one agreement, one unique claim a side.
 */
import assert from 'node:assert/strict';
import type { Label, Report, ReportClaim, ReportDiscrepancy } from '../../../src/engine';

const A = 'The ferry carried 212 passengers on Tuesday. Rescue boats took everyone to the port of Lisk. '
  + 'The mayor said <script>alert(1)</script> & "more" \u001b[31mred\u001b[0m about the *plan* | [link](javascript:alert(1)).';
const B = 'The Saint Odile ferry carried 214 passengers on Tuesday. Rescue boats brought everyone to Lisk. '
  + 'Ticket sales had doubled <img src=http://x onerror=alert(1)> since winter, and the operator expects them to keep growing through the whole summer season of 2031.';

function claim(doc: number, i: number, text: string, full: string, label: Label): ReportClaim {
  const start = full.indexOf(text);
  assert.ok(start >= 0, text);
  return { id: `${doc}:${i}`, start, end: start + text.length, text, label, matches: [], discrepancies: [], reason: '', corroboration: [] };
}

function discrepancy(here: ReportClaim, hereText: string, there: ReportClaim, thereDoc: number, thereText: string, message: string): ReportDiscrepancy {
  const hs = here.start + here.text.indexOf(hereText);
  const ts = there.start + there.text.indexOf(thereText);
  return {
    kind: 'number', message,
    here: { start: hs, end: hs + hereText.length, text: hereText },
    there: { document: thereDoc, claim: there.id, start: ts, end: ts + thereText.length, text: thereText },
  };
}

export function sampleReport(): Report {
  const a0 = claim(0, 0, 'The ferry carried 212 passengers on Tuesday.', A, 'discrepancy');
  const a1 = claim(0, 1, 'Rescue boats took everyone to the port of Lisk.', A, 'agreement');
  const a2 = claim(0, 2, A.slice(A.indexOf('The mayor')), A, 'unique');
  const b0 = claim(1, 0, 'The Saint Odile ferry carried 214 passengers on Tuesday.', B, 'discrepancy');
  const b1 = claim(1, 1, 'Rescue boats brought everyone to Lisk.', B, 'agreement');
  const b2 = claim(1, 2, B.slice(B.indexOf('Ticket')), B, 'unique');
  a0.matches = [{ document: 1, claim: '1:0', score: 0.74 }];
  b0.matches = [{ document: 0, claim: '0:0', score: 0.74 }];
  a0.discrepancies = [discrepancy(a0, '212', b0, 1, '214', 'Number differs: “212” here, “214” in b.txt')];
  b0.discrepancies = [discrepancy(b0, '214', a0, 0, '212', 'Number differs: “214” here, “212” in a.txt')];
  a1.matches = [{ document: 1, claim: '1:1', score: 0.912 }];
  b1.matches = [{ document: 0, claim: '0:1', score: 0.912 }];
  a0.corroboration = [{ document: 1, status: 'conflicts', claims: ['1:0'], kinds: ['number'] }];
  b0.corroboration = [{ document: 0, status: 'conflicts', claims: ['0:0'], kinds: ['number'] }];
  a1.corroboration = [{ document: 1, status: 'agrees', claims: ['1:1'], kinds: [] }];
  b1.corroboration = [{ document: 0, status: 'agrees', claims: ['0:1'], kinds: [] }];
  a2.corroboration = [{ document: 1, status: 'silent', claims: [], kinds: [] }];
  b2.corroboration = [{ document: 0, status: 'silent', claims: [], kinds: [] }];
  const doc = (path: string, claims: ReportClaim[], title: string | null) =>
    ({ path, title, date: '2031-04-16', source: null, url: null, metadata: null, notice: null, claims });
  return {
    schema: 'source-compare/report@1',
    documents: [doc('a.txt', [a0, a1, a2], 'Ferry <b>fire</b> & rescue'), doc('b.txt', [b0, b1, b2], null)],
    summary: { claims: 6, agreement: 2, discrepancy: 2, unique: 2 },
  };
}
