import '../../support/tables';
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseArticle } from '../../../src/engine/text/parse';
import { segmentClaims, type ClaimSpan } from '../../../src/engine/text/segment';

const SAMPLES = join(__dirname, '..', '..', '..', '..', 'shared', 'samples');

function spans(text: string): ClaimSpan[] {
  return segmentClaims(text, parseArticle(text).body);
}

function claims(text: string): string[] {
  return spans(text).map((c) => text.slice(c.start, c.end));
}

/** The invariants every result must satisfy. */
function checkInvariants(text: string, body: { start: number; end: number }, out: ClaimSpan[]): void {
  let prevEnd = -1;
  for (const c of out) {
    assert.ok(Number.isInteger(c.start) && Number.isInteger(c.end));
    assert.ok(c.start >= body.start && c.end <= body.end, 'inside body');
    assert.ok(c.start < c.end, 'non-empty');
    assert.ok(c.start >= prevEnd, 'sorted and disjoint');
    const s = text.slice(c.start, c.end);
    assert.ok(!/^\s/.test(s) && !/\s$/.test(s), `trimmed: ${JSON.stringify(s)}`);
    assert.ok(/[\p{L}\p{N}]/u.test(s), 'has a letter or digit');
    prevEnd = c.end;
  }
  for (let i = 1; i < out.length; i++) {
    assert.ok(out[i].paragraph >= out[i - 1].paragraph);
    assert.ok(out[i].sentence >= out[i - 1].sentence);
    assert.ok(out[i].sentence - out[i - 1].sentence <= 1, 'sentence indices dense');
    assert.ok(out[i].paragraph - out[i - 1].paragraph <= 1, 'paragraph indices dense');
  }
  if (out.length) assert.ok(out[0].paragraph === 0 && out[0].sentence === 0);
}

describe('segmentClaims: sentences', () => {
  test('plain sentences and paragraphs', () => {
    const text = 'The dam held. Engineers cheered!\n\nWas it luck? Nobody knows.';
    const out = spans(text);
    assert.deepEqual(out.map((c) => text.slice(c.start, c.end)), ['The dam held.', 'Engineers cheered!', 'Was it luck?', 'Nobody knows.']);
    assert.deepEqual(out.map((c) => c.paragraph), [0, 0, 1, 1]);
    assert.deepEqual(out.map((c) => c.sentence), [0, 1, 2, 3]);
  });

  test('abbreviations and titles do not split', () => {
    const cases = [
      'U.S. fighter jets struck a depot near the river.',
      'The U.K. and the U.S. Navy signed the pact.',
      'Gen. Mara Voss and Sen. Ollie Brandt met Rep. Ian Cole.',
      'Mr. Lund, Mrs. Lund and Dr. Okafor arrived with Adm. Pike.',
      'The Dept. of Roads and Acme Inc. and Boreal Corp. disagreed.',
      'The vote on Jan. 5 and Feb. 12 and Oct. 17 was close.',
      'Platform No. 4 is on Elm St. near the station.',
      'It was Lions vs. Tigers, incl. the reserves.',
      'Bring tools, e.g. hammers, i.e. anything heavy.',
      'Sen. Lia Marsh (D-R.I.) said the bill was dead.',
      'Rep. Tom Haller, R-Texas, voted no.',
      'Sen. Ana Ruiz, D-Calif., objected.',
    ];
    for (const c of cases) assert.deepEqual(claims(c), [c]);
  });

  test('abbreviations at the end of a sentence still split before an opener', () => {
    assert.deepEqual(claims('The ships returned to the U.S. The crews were tired.'), ['The ships returned to the U.S.', 'The crews were tired.']);
    assert.deepEqual(claims('Shares fell at Kettle Inc. It was the third drop.'), ['Shares fell at Kettle Inc.', 'It was the third drop.']);
    assert.deepEqual(claims('They met in Oct. The talks failed.'), ['They met in Oct.', 'The talks failed.']);
    assert.deepEqual(claims('He fell ill. Doctors came.'), ['He fell ill.', 'Doctors came.']);
    assert.deepEqual(claims('The rally started at 9 a.m. Tuesday and ended at noon.'), ['The rally started at 9 a.m. Tuesday and ended at noon.']);
  });

  test('initials', () => {
    assert.deepEqual(claims('John F. Kennedy spoke. J.R.R. Tolkien wrote.'), ['John F. Kennedy spoke.', 'J.R.R. Tolkien wrote.']);
    assert.deepEqual(claims('The court in L. A. County ruled.'), ['The court in L. A. County ruled.']);
  });

  test('decimals, money and numbers', () => {
    assert.deepEqual(claims('Inflation hit 3.5 percent. The fund lost $1.2 billion. It fell 40.'), [
      'Inflation hit 3.5 percent.', 'The fund lost $1.2 billion.', 'It fell 40.',
    ]);
    assert.deepEqual(claims('Growth was 2. 5 percent was expected.'), ['Growth was 2.', '5 percent was expected.']);
  });

  test('ellipses', () => {
    assert.deepEqual(claims('He paused ... and then continued.'), ['He paused ... and then continued.']);
    assert.deepEqual(claims('The vote was delayed... Officials left.'), ['The vote was delayed...', 'Officials left.']);
    assert.deepEqual(claims('The vote was delayed… Officials left.'), ['The vote was delayed…', 'Officials left.']);
  });

  test('URLs and emails are not split', () => {
    assert.deepEqual(claims('See https://news.example.org/a.b?c=1.2 for details. Write to desk.chief@paper.example.com today.'), [
      'See https://news.example.org/a.b?c=1.2 for details.', 'Write to desk.chief@paper.example.com today.',
    ]);
    assert.deepEqual(claims('The data is at www.example.com. It is free.'), ['The data is at www.example.com.', 'It is free.']);
  });

  test('a question or exclamation followed by lowercase does not split', () => {
    assert.deepEqual(claims('"Why now?" she asked. "Go!" he shouted.'), ['"Why now?" she asked.', '"Go!" he shouted.']);
  });
});

describe('segmentClaims: quotations', () => {
  test('a closing quote belongs to the sentence it closes', () => {
    assert.deepEqual(claims('"We will win." He left.'), ['"We will win."', 'He left.']);
    assert.deepEqual(claims('“We will win.” He left.'), ['“We will win.”', 'He left.']);
    assert.deepEqual(claims("'We will win.' He left."), ["'We will win.'", 'He left.']);
    assert.deepEqual(claims('He said it was "over." Then he left.'), ['He said it was "over."', 'Then he left.']);
  });

  test('a short attributed quotation of several sentences is one claim', () => {
    const a = '"We held the line. We will hold it again," she said.';
    assert.deepEqual(claims(a), [a]);
    const b = '“We held the line. We will hold it again,” the mayor said. Crowds cheered.';
    assert.deepEqual(claims(b), ['“We held the line. We will hold it again,” the mayor said.', 'Crowds cheered.']);
    const c = 'The mayor said: "We held the line. We will hold it again." Crowds cheered.';
    assert.deepEqual(claims(c), ['The mayor said: "We held the line. We will hold it again."', 'Crowds cheered.']);
  });

  test('an unattributed multi-sentence quotation splits, quotes stay with their sentences', () => {
    assert.deepEqual(claims('"We held the line. We will hold it again." Crowds cheered.'), [
      '"We held the line.', 'We will hold it again."', 'Crowds cheered.',
    ]);
  });

  test('a long attributed quotation splits inside', () => {
    const inner = 'The river rose overnight and flooded the lower town. '.repeat(8).trim();
    const text = `"${inner.slice(0, -1)}," the engineer said.`;
    assert.ok(claims(text).length > 1);
  });

  test('a detached closing quote (tokenised text) stays with its sentence', () => {
    assert.deepEqual(claims('“We are ready . ” Then the gates opened.'), ['“We are ready . ”', 'Then the gates opened.']);
  });

  test('nested quotes', () => {
    assert.deepEqual(claims('"He told me \'never again.\'" The aide nodded.'), ['"He told me \'never again.\'"', 'The aide nodded.']);
  });
});

describe('segmentClaims: datelines', () => {
  test('datelines are excluded from the first claim', () => {
    assert.deepEqual(claims('WASHINGTON — The Senate passed the bill. It now goes to the House.'), ['The Senate passed the bill.', 'It now goes to the House.']);
    assert.deepEqual(claims('KABUL, Afghanistan (AP) — A quake shook the city.'), ['A quake shook the city.']);
    assert.deepEqual(claims('LONDON, Nov. 9 (Reuters) - Ferries stopped running.'), ['Ferries stopped running.']);
    assert.deepEqual(claims('ST. LOUIS – Rain fell.'), ['Rain fell.']);
    assert.deepEqual(claims('Geneva (Agency) -- Talks resumed.'), ['Talks resumed.']);
  });

  test('dashes in ordinary sentences are not datelines', () => {
    for (const t of ['The talks — which began Monday — ended.', 'NATO allies — and others — agreed.', 'Officials said — again — no.']) {
      assert.deepEqual(claims(t), [t]);
    }
  });

  test('dateline after a date marker on the same line', () => {
    assert.deepEqual(claims('date 2020-05-05 OSLO — The fjord froze.'), ['The fjord froze.']);
  });
});

describe('segmentClaims: lines and Markdown', () => {
  test('a single newline ends a sentence; blank lines start paragraphs; CRLF and CR', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const text = `The roof fell${nl}The wall stood${nl}${nl}Rain came`;
      const out = spans(text);
      assert.deepEqual(out.map((c) => text.slice(c.start, c.end)), ['The roof fell', 'The wall stood', 'Rain came']);
      assert.deepEqual(out.map((c) => c.paragraph), [0, 0, 1]);
    }
  });

  test('headings are claims without the # marks and are their own paragraphs', () => {
    const text = '# Storm Hits Coast\nThe storm hit at dawn.\n\n## Aftermath ##\nPower is out.';
    const out = spans(text);
    assert.deepEqual(out.map((c) => text.slice(c.start, c.end)), ['Storm Hits Coast', 'The storm hit at dawn.', 'Aftermath', 'Power is out.']);
    assert.deepEqual(out.map((c) => c.paragraph), [0, 1, 2, 3]);
    assert.deepEqual(claims('#hashtag trends.'), ['#hashtag trends.']);
  });

  test('list markers and blockquotes are excluded', () => {
    const text = '- Two bridges closed.\n* One road reopened.\n+ A ferry ran.\n1. Schools shut.\n12) Shops opened.\n> The mayor spoke.\n> > An aide agreed.\n- [x] Done item.';
    assert.deepEqual(claims(text), ['Two bridges closed.', 'One road reopened.', 'A ferry ran.', 'Schools shut.', 'Shops opened.', 'The mayor spoke.', 'An aide agreed.', 'Done item.']);
  });

  test('fenced code, HTML comments and horizontal rules are skipped', () => {
    const text = 'Before the code.\n\n```js\nconst x = 1. Not a claim.\n```\n\n~~~~\nAlso code.\n~~~~\n<!-- hidden. note -->\nAfter the comment.\n\n---\n***\n_ _ _\nThe end.';
    assert.deepEqual(claims(text), ['Before the code.', 'After the comment.', 'The end.']);
  });

  test('a comment inside a sentence stays inside one claim; multi-line comments vanish', () => {
    const text = 'The Senate <!-- check --> voted.\n<!--\nline one.\nline two.\n-->\nDone.';
    assert.deepEqual(claims(text), ['The Senate <!-- check --> voted.', 'Done.']);
  });

  test('an unclosed fence runs to the end; an unclosed comment is text', () => {
    assert.deepEqual(claims('Kept.\n```\nLost.'), ['Kept.']);
    assert.deepEqual(claims('Kept. <!-- open. Still text.'), ['Kept.', '<!-- open.', 'Still text.']);
  });

  test('whitespace-only and punctuation-only fragments are not claims', () => {
    assert.deepEqual(claims('...\n\n* * *\n!!! ???\n — \nReal claim.'), ['Real claim.']);
    assert.deepEqual(claims(''), []);
    assert.deepEqual(claims('   \n\t\n'), []);
  });
});

describe('segmentClaims: clauses', () => {
  test('splits at a semicolon only when both sides have at least six words', () => {
    const text = 'The northern bridge was closed for repairs overnight; the southern tunnel stayed open to all traffic.';
    const out = spans(text);
    assert.deepEqual(out.map((c) => text.slice(c.start, c.end)), [
      'The northern bridge was closed for repairs overnight;', 'the southern tunnel stayed open to all traffic.',
    ]);
    assert.equal(out[0].sentence, out[1].sentence);
    assert.deepEqual(claims('The bridge closed; the tunnel stayed open to all traffic today.'), ['The bridge closed; the tunnel stayed open to all traffic today.']);
  });

  test('no split at a semicolon inside a quotation', () => {
    const t = 'She said "the northern bridge was closed for repairs overnight; the southern tunnel stayed open" to reporters.';
    assert.deepEqual(claims(t), [t]);
  });
});

describe('segmentClaims: offsets and scripts', () => {
  test('UTF-16 offsets stay exact with emoji, combining marks, Arabic and Hebrew', () => {
    const text = '🎉🎉 The café reopened 👍🏽. Zoë said “ça va” — fine. قال المسؤول إن الجسر مغلق. הגשר נסגר היום. Done 👨‍👩‍👧.';
    const out = claims(text);
    assert.deepEqual(out, ['🎉🎉 The café reopened 👍🏽.', 'Zoë said “ça va” — fine.', 'قال المسؤول إن الجسر مغلق.', 'הגשר נסגר היום.', 'Done 👨‍👩‍👧.']);
    const decomposed = 'Cafe\u0301 owners met. Prices rose.';
    assert.deepEqual(claims(decomposed), ['Cafe\u0301 owners met.', 'Prices rose.']);
  });

  test('body bounds are respected', () => {
    const text = 'Skip this. Keep this one. And this. Skip.';
    const start = text.indexOf('Keep');
    const end = text.indexOf(' Skip.');
    const out = segmentClaims(text, { start, end });
    assert.deepEqual(out.map((c) => text.slice(c.start, c.end)), ['Keep this one.', 'And this.']);
    assert.deepEqual(segmentClaims(text, { start: 10, end: 5 }), []);
    assert.deepEqual(segmentClaims(text, { start: -5, end: 1e9 }).length, 4);
  });

  test('BOM and front matter are not claims', () => {
    const text = '\uFEFF---\ntitle: Quiet Day\ndate: 2020-01-01\n---\nNothing happened.';
    assert.deepEqual(claims(text), ['Nothing happened.']);
  });
});

describe('segmentClaims: seed articles', { skip: !existsSync(SAMPLES) }, () => {
  test('seed 000', () => {
    const text = readFileSync(join(SAMPLES, '000_bacd9c61c45bf323.txt'), 'utf8');
    const out = spans(text);
    checkInvariants(text, parseArticle(text).body, out);
    assert.ok(out.length >= 16 && out.length <= 20, `got ${out.length}`);
    const texts = out.map((c) => text.slice(c.start, c.end));
    assert.ok(texts.some((s) => s.startsWith('The Pentagon reported that U.S. fighter jets, two F-15s')));
    assert.ok(texts.some((s) => s.startsWith('"The safety of American personnel') && s.endsWith('in a statement.')));
    assert.ok(texts.every((s) => !s.endsWith('U.S.')));
  });

  test('seed 002', () => {
    const text = readFileSync(join(SAMPLES, '002_d019ff9e3bed58ae.txt'), 'utf8');
    const meta = parseArticle(text);
    const out = segmentClaims(text, meta.body);
    checkInvariants(text, meta.body, out);
    assert.ok(out.length >= 14 && out.length <= 18, `got ${out.length}`);
    const texts = out.map((c) => text.slice(c.start, c.end));
    assert.ok(texts[0].startsWith('The US has carried out'), texts[0]);
    assert.ok(texts.every((s) => !s.includes('2023-11-09')));
    assert.ok(texts.some((s) => s.startsWith('“The President (Joe Biden)') && s.endsWith('Lloyd Austin said.')));
  });
});

describe('segmentClaims: properties', () => {
  const pieces = fc.constantFrom(
    'The', 'council', 'U.S.', 'Gen.', 'Mr.', 'F.', 'No.', 'Oct.', '17', '3.5', '$1.2', 'billion', 'said.', 'left!',
    'why?', '...', '…', '"', '“', '”', '‘', '’', "'", '(', ')', '—', '-', ';', ',', ':', '\n', '\n\n', '\r\n', '#', '>', '- ',
    '* ', '1. ', '```', '<!--', '-->', '---', 'WASHINGTON', 'https://x.example/a.b', 'a@b.example', '🎉', 'é', '\u0301',
    'قال', 'שלום', '\uFEFF', '\u00a0', '\t', '\0', '\uD800',
  );
  const sentenceLike = fc.array(pieces, { maxLength: 80 }).chain((ws) => fc.array(fc.constantFrom(' ', '', '  '), { minLength: ws.length, maxLength: ws.length })
    .map((sp) => ws.map((w, i) => w + sp[i]).join('')));
  const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }), sentenceLike);

  test('never throws; spans sorted, disjoint, inside body, trimmed, non-empty', () => {
    fc.assert(fc.property(anyText, fc.nat(), fc.nat(), (text, x, y) => {
      const a = text.length ? x % (text.length + 1) : 0;
      const b = text.length ? y % (text.length + 1) : 0;
      const body = { start: Math.min(a, b), end: Math.max(a, b) };
      const out = segmentClaims(text, body);
      checkInvariants(text, body, out);
      const full = segmentClaims(text, { start: 0, end: text.length });
      checkInvariants(text, { start: 0, end: text.length }, full);
    }), { numRuns: 1500 });
  });

  test('deterministic', () => {
    fc.assert(fc.property(anyText, (text) => {
      const body = parseArticle(text).body;
      assert.deepEqual(segmentClaims(text, body), segmentClaims(text, body));
    }), { numRuns: 300 });
  });

  test('every claim of plain sentence text is covered: no letters are lost outside markup', () => {
    // Random words, ending with an ordinary word (a random "Gen." or "A." would rightly not end a sentence).
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const last = fc.constantFrom('today', 'again', 'there', 'quickly', 'home', 'river');
    const sentence = fc.tuple(fc.array(word, { maxLength: 12 }), last)
      .map(([ws, l]) => [...ws, l].join(' ').replace(/^./, (c) => c.toUpperCase()) + '.');
    fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 10 }), (ss) => {
      const text = ss.join(' ');
      const out = claims(text);
      assert.equal(out.join(' '), text);
      assert.equal(out.length, ss.length);
    }), { numRuns: 300 });
  });
});

describe('segmentClaims: linear time', () => {
  const inputs: [string, string][] = [
    ['a.', 'a.'.repeat(100_000)],
    ['a. ', 'a. '.repeat(100_000)],
    ['quotes', '"'.repeat(100_000)],
    ['curly quotes', '“'.repeat(50_000) + '”'.repeat(50_000)],
    ['parens', '('.repeat(100_000)],
    ['dots', '.'.repeat(100_000)],
    ['dot-space', '. '.repeat(100_000)],
    ['semicolons', 'one two three four five six; '.repeat(20_000)],
    ['U.S.', 'U.S. '.repeat(50_000)],
    ['dash lines', 'ABC — '.repeat(50_000)],
    ['fences', '```\n'.repeat(50_000)],
    ['comments', '<!-- '.repeat(50_000)],
    ['headings', '# \n'.repeat(50_000)],
    ['closers', '."'.repeat(50_000) + ' x'],
    ['short sentences', 'Go. '.repeat(100_000)],
  ];
  for (const [name, text] of inputs) {
    test(`adversarial: ${name}`, () => {
      const t0 = performance.now();
      const out = segmentClaims(text, { start: 0, end: text.length });
      const ms = performance.now() - t0;
      assert.ok(ms < 2000, `${ms} ms`);
      checkInvariants(text, { start: 0, end: text.length }, out);
    });
  }

  test('a 5 MB line without punctuation is cut into claims of at most ~2,000 chars', () => {
    const text = 'word '.repeat(1_000_000);
    const t0 = performance.now();
    const out = segmentClaims(text, { start: 0, end: text.length });
    assert.ok(performance.now() - t0 < 2000);
    assert.ok(out.length >= 2500);
    assert.ok(out.every((c) => c.end - c.start <= 2000));
    assert.ok(out.every((c) => c.sentence === 0));
    // No whitespace at all: hard cuts, never inside a surrogate pair (𝐀 is an astral letter).
    const solid = 'x'.repeat(5001) + '𝐀'.repeat(3000);
    const parts = segmentClaims(solid, { start: 0, end: solid.length });
    assert.ok(parts.every((c) => c.end - c.start <= 2000 && !/^[\uDC00-\uDFFF]/.test(solid.slice(c.start, c.end))));
    assert.ok(parts.map((c) => solid.slice(c.start, c.end)).join('') === solid, 'hard cuts lose nothing');
  });

  test('throughput: 700-word article well under a few ms; large input ≥ 50 MB/min', () => {
    const para = 'The council voted 7-2 on Oct. 17 to close the U.S. Route 9 bridge, Mayor Ines Dal said. "It is unsafe," she said. ';
    const article = para.repeat(35); // ~700 words
    for (let i = 0; i < 50; i++) segmentClaims(article, { start: 0, end: article.length });
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) segmentClaims(article, { start: 0, end: article.length });
    const per = (performance.now() - t0) / 200;
    assert.ok(per < 5, `${per} ms per article`);
    const big = (para + '\n\n').repeat(40_000); // ~4.7 MB
    const t1 = performance.now();
    segmentClaims(big, { start: 0, end: big.length });
    const secs = (performance.now() - t1) / 1000;
    assert.ok(big.length / secs * 60 > 50e6, `${secs} s`);
  });
});

describe('segmentClaims: lower-cased and tokenised text', () => {
  test('a period after a plain word ends a sentence even before a lower-case word', () => {
    assert.deepEqual(claims('the ferry left the harbour at noon. as it turned, the engine failed.'), [
      'the ferry left the harbour at noon.',
      'as it turned, the engine failed.',
    ]);
  });
  test('a period standing alone between spaces ends a sentence', () => {
    assert.deepEqual(claims('the ferry left at noon . the engine failed .'), ['the ferry left at noon .', 'the engine failed .']);
  });
  test('lower-case abbreviations still do not end a sentence', () => {
    assert.equal(claims('they bought rope, nails, etc. and then left.').length, 1);
    assert.equal(claims('the study by hale et al. found no link.').length, 1);
    assert.equal(claims('it weighs approx. five tonnes.').length, 1);
  });
});
