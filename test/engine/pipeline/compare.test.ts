// End-to-end engine tests on our own fictional articles (samples/): every phenomenon of the design
// doc with its expected label and discrepancy kind, two-way and three-way.
import '../../support/tables';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, type Report, type ReportClaim } from '../../../src/engine';

const SAMPLES = join(__dirname, '..', '..', '..', 'samples');
const read = (name: string) => ({ path: name, text: readFileSync(join(SAMPLES, name), 'utf8') });
const HERALD = read('varna-flood-herald.md');
const COURIER = read('varna-flood-courier.txt');
const WIRE = read('varna-flood-wire.txt');

function claim(report: Report, doc: number, needle: string): ReportClaim {
  const found = report.documents[doc].claims.filter((c) => c.text.includes(needle));
  assert.equal(found.length, 1, `exactly one claim of document ${doc} contains ${JSON.stringify(needle)}; got ${found.length}`);
  return found[0];
}

function kinds(c: ReportClaim): string[] {
  return [...new Set(c.discrepancies.map((d) => d.kind))].sort();
}

describe('compare: two fictional reports of one flood', () => {
  const report = compare([HERALD, COURIER]);

  it('reads metadata from front matter and from a leading date line', () => {
    assert.equal(report.documents[0].title, 'Floodwaters force thousands from homes along the Varna River');
    assert.equal(report.documents[0].date, '2025-03-14');
    assert.equal(report.documents[0].source, 'The Northbridge Herald');
    assert.equal(report.documents[1].date, '2025-03-14');
    // Neither the front matter nor the date marker is a claim.
    for (const d of report.documents) {
      for (const c of d.claims) {
        assert.ok(!c.text.includes('---'), c.text);
        assert.ok(!/^date \d/.test(c.text), c.text);
      }
    }
    assert.ok(report.documents[1].claims[0].text.startsWith('At least 3,200 residents'));
  });

  it('agrees across a paraphrase with a transliteration variant of a place name', () => {
    const c = claim(report, 0, 'forced at least 3,200 people');
    assert.equal(c.label, 'agreement', c.reason);
    assert.equal(c.matches[0].claim, claim(report, 1, 'At least 3,200 residents').id);
  });

  const conflicts: Array<[string, string, string]> = [
    ['market town of Belovo', 'market town of Dravik', 'place'],
    ['rescued 41 people', 'pulled 14 people', 'number'],
    ['rise this fast', 'rise so quickly', 'quote'],
    ['Power was not cut', 'Power was cut', 'negation'],
    ['until March 20', 'until March 27', 'date'],
    ['Karl Hedin', 'Jonas Reiter', 'person'],
    ['Red Lantern Society', 'Blue Harbor Trust', 'organization'],
  ];
  for (const [here, there, kind] of conflicts) {
    it(`finds a ${kind} discrepancy on both sides`, () => {
      const x = claim(report, 0, here);
      const y = claim(report, 1, there);
      assert.equal(x.label, 'discrepancy', `${x.text} — ${x.reason}`);
      assert.equal(y.label, 'discrepancy', `${y.text} — ${y.reason}`);
      assert.ok(kinds(x).includes(kind), `kinds ${kinds(x)} of ${x.text}`);
      assert.ok(kinds(y).includes(kind), `kinds ${kinds(y)} of ${y.text}`);
      const d = x.discrepancies.find((e) => e.kind === kind)!;
      assert.equal(d.there.document, 1);
      assert.equal(d.there.claim, y.id);
      assert.equal(HERALD.text.slice(d.here.start, d.here.end), d.here.text);
      assert.equal(COURIER.text.slice(d.there.start, d.there.end), d.there.text);
      assert.ok(d.message.length > 10);
    });
  }

  it('does not call an acronym for the same agency a conflict', () => {
    const x = claim(report, 0, 'rescued 41 people');
    assert.ok(!kinds(x).includes('organization'), `kinds ${kinds(x)}`);
  });

  it('does not call a detail only one side adds a conflict', () => {
    // "and swept away the only footbridge" is only in the Herald: the place is the only conflict.
    assert.deepEqual(kinds(claim(report, 0, 'market town of Belovo')), ['place']);
  });

  for (const [doc, needle] of [
    [0, 'Kestrel Dam'],
    [0, 'last flooded in 2011'],
    [0, 'warning sirens'],
    [1, 'Insurers in the region'],
    [1, 'Forecasters expect'],
  ] as Array<[number, string]>) {
    it(`labels a passage only one side has as unique: ${needle}`, () => {
      const c = claim(report, doc, needle);
      assert.equal(c.label, 'unique', `${c.text} — ${c.reason}`);
      assert.equal(c.matches.length, 0);
    });
  }

  it('keeps matches symmetric with equal scores', () => {
    for (const [d, doc] of report.documents.entries()) {
      for (const c of doc.claims) {
        for (const m of c.matches) {
          const other = report.documents[m.document].claims.find((o) => o.id === m.claim)!;
          const back = other.matches.find((b) => b.document === d && b.claim === c.id);
          assert.ok(back, `${c.id} → ${m.claim} has no way back`);
          assert.equal(back.score, m.score);
        }
      }
    }
  });

  it('counts labels in the summary', () => {
    const all = report.documents.flatMap((d) => d.claims);
    assert.equal(report.summary.claims, all.length);
    assert.equal(report.summary.agreement + report.summary.discrepancy + report.summary.unique, all.length);
  });

  it('explains every claim', () => {
    for (const c of report.documents.flatMap((d) => d.claims)) assert.ok(c.reason.length > 5, c.id);
  });
});

describe('compare: an article with itself', () => {
  it('is all agreement', () => {
    const report = compare([HERALD, { ...HERALD, path: 'copy.md' }]);
    for (const d of report.documents) {
      for (const c of d.claims) assert.equal(c.label, 'agreement', `${c.text} — ${c.reason}`);
    }
  });
});

describe('compare: three sources', () => {
  const report = compare([HERALD, COURIER, WIRE]);

  it('records corroboration per other source', () => {
    const belovo = claim(report, 0, 'market town of Belovo');
    assert.equal(belovo.label, 'discrepancy');
    const byDoc = new Map(belovo.corroboration.map((c) => [c.document, c]));
    assert.equal(byDoc.get(1)?.status, 'conflicts');
    assert.deepEqual(byDoc.get(1)?.kinds, ['place']);
    assert.equal(byDoc.get(2)?.status, 'agrees');
  });

  it('labels a claim two sources agree on and the third contradicts', () => {
    const schools = claim(report, 2, 'until March 27');
    const byDoc = new Map(schools.corroboration.map((c) => [c.document, c]));
    assert.equal(byDoc.get(0)?.status, 'conflicts');
    assert.equal(byDoc.get(1)?.status, 'agrees');
    assert.equal(schools.label, 'discrepancy');
    assert.match(schools.reason, /Conflicts with varna-flood-herald\.md on a date/);
  });

  it('marks what no other source says as silent everywhere', () => {
    const pay = claim(report, 2, 'emergency payments');
    assert.equal(pay.label, 'unique');
    assert.deepEqual(pay.corroboration.map((c) => c.status), ['silent', 'silent']);
  });
});

describe('compare: options and edge cases', () => {
  it('compares empty articles without throwing', () => {
    const report = compare([{ path: 'a', text: '' }, { path: 'b', text: '' }]);
    assert.equal(report.summary.claims, 0);
  });

  it('is deterministic', () => {
    assert.deepEqual(compare([HERALD, COURIER]), compare([HERALD, COURIER]));
  });

  it('stops when cancelled', () => {
    assert.throws(() => compare([HERALD, COURIER], { isCancelled: () => true }), { name: 'CancelledError' });
  });
});

describe('compare: look-alike events', () => {
  // Two reports of two different rescues of the same kind, written for this test.
  const first = {
    path: 'first.txt',
    text: [
      'Singer Mara Quell checked into a rehabilitation clinic in Westmere on Tuesday, her publicist Ivo Dane said.',
      'Mara Quell had spent three weeks at the same clinic last year.',
      'Ivo Dane said the singer asked for privacy.',
      'The clinic is known for treating celebrities.',
    ].join('\n\n'),
  };
  const second = {
    path: 'second.txt',
    text: [
      'Actor Tobin Reyes checked into a rehabilitation clinic in Westmere on Friday, his manager Lena Holt said.',
      'Tobin Reyes had cancelled two film premieres this month.',
      'Lena Holt said the actor asked for privacy.',
      'The clinic is known for treating celebrities.',
    ].join('\n\n'),
  };
  const report = compare([first, second]);

  it('says the two may report different events', () => {
    assert.match(report.documents[0].notice ?? '', /different events/);
    assert.match(report.documents[1].notice ?? '', /different events/);
  });

  it('does not read a look-alike statement as agreement', () => {
    assert.notEqual(claim(report, 0, 'checked into a rehabilitation clinic').label, 'agreement');
    assert.notEqual(claim(report, 0, 'asked for privacy').label, 'agreement');
  });

  it('still matches a sentence both print word for word', () => {
    assert.equal(claim(report, 0, 'known for treating celebrities').label, 'agreement');
  });
});
