import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { digitValue, foldText, isInvisible, needsFolding, origin, sameFolded } from '../../../src/engine/text/fold';

test('fold: invisible characters are dropped, offsets still index the original', () => {
  const text = 'The gov\u00adernor met \u202aTarvik\u202c\ufeff officials on Tues\u200bday.';
  const f = foldText(text);
  assert.equal(f.text, 'The governor met Tarvik officials on Tuesday.');
  const at = f.text.indexOf('governor');
  const span = origin(f, at, at + 'governor'.length);
  assert.equal(text.slice(span.start, span.end), 'gov\u00adernor');
  const t = f.text.indexOf('Tarvik');
  const s2 = origin(f, t, t + 6);
  assert.equal(text.slice(s2.start, s2.end), 'Tarvik');
});

test('fold: every Unicode decimal digit becomes its ASCII digit', () => {
  assert.equal(foldText('\uff11\uff12\uff10 homes').text, '120 homes'); // full-width
  assert.equal(foldText('\u0663\u0665 tonnes').text, '35 tonnes'); // Arabic-Indic
  assert.equal(foldText('\u096a\u0968').text, '42'); // Devanagari
  assert.equal(foldText('\u{1d7d5}\u{1d7ce}').text, '70'); // mathematical bold digits (astral)
  const astral = '\u{1d7d5}\u{1d7ce} km';
  const f = foldText(astral);
  const span = origin(f, 0, 2);
  assert.equal(astral.slice(span.start, span.end), '\u{1d7d5}\u{1d7ce}');
  assert.equal(digitValue('x'.codePointAt(0)!), -1);
  assert.equal(digitValue(0x0669), 9);
});

test('fold: a text without anything to fold needs no folding; sameFolded compares folded forms', () => {
  assert.equal(needsFolding('Plain ASCII text, 2024.'), false);
  assert.equal(needsFolding('caf\u00e9'), false);
  assert.equal(needsFolding('Zelensky\u2060y'), true);
  assert.equal(sameFolded('Zelensky\u2060y', 'Zelenskyy'), true);
  assert.equal(sameFolded('Zelensky', 'Zelenskyy'), false);
  assert.equal(isInvisible(0x034f), true);
  assert.equal(isInvisible(0x0020), false);
});

test('fold: properties — folded text never holds an invisible character and every span maps back inside the range', () => {
  const alphabet = fc.constantFrom('a', 'B', ' ', '7', '\u00ad', '\u200b', '\u202e', '\ufeff', '\u0663', '\uff15', '\u{1d7d0}', '\u{1f600}', '\u00e9');
  fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
    const text = chars.join('');
    const f = foldText(text);
    for (const ch of f.text) assert.equal(isInvisible(ch.codePointAt(0)!), false);
    for (let i = 0; i < f.text.length; i++) {
      assert.ok(f.starts[i] >= 0 && f.ends[i] <= text.length && f.starts[i] < f.ends[i]);
      if (i > 0) assert.ok(f.starts[i] > f.starts[i - 1]);
    }
    const whole = origin(f, 0, f.text.length);
    assert.ok(whole.start >= 0 && whole.end <= text.length);
  }));
});

test('fold: both tokenisers read a word with an invisible character inside as one word, offsets on the original', async () => {
  const { tokenize } = await import('../../../src/engine/text/tokens');
  const fact = await import('../../../src/engine/text/fact-tokens');
  const text = 'The gov\u00adernor met \u202aTarvik\u202c officials.';
  const toks = tokenize(text, { start: 0, end: text.length });
  const gov = toks.find((t) => t.norm === 'governor');
  assert.ok(gov, toks.map((t) => t.norm).join(' '));
  assert.equal(text.slice(gov.start, gov.end), 'gov\u00adernor');
  assert.ok(toks.some((t) => t.norm === 'tarvik'));
  assert.ok(!toks.some((t) => t.text.includes('\u202a')));
  const ft = fact.tokenize(text, 0, text.length);
  const fg = ft.find((t) => t.lower === 'governor');
  assert.ok(fg, ft.map((t) => t.lower).join(' '));
  assert.equal(text.slice(fg.start, fg.end), 'gov\u00adernor');
});
