import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAmounts, relateAmounts, type Amount } from '../../../src/engine/facts/amounts';
import { show } from '../../../src/engine/facts/intervals';

const one = (s: string): Amount => {
  const all = readAmounts(s);
  assert.equal(all.length, 1, `one amount in ${JSON.stringify(s)}: ${all.map((a) => a.text).join(' | ')}`);
  return all[0];
};
const rel = (a: string, b: string): string => relateAmounts(one(a), one(b));

test('amounts: currency symbols, codes and words; magnitudes', () => {
  assert.equal(rel('The line will cost £2.1bn.', 'The line will cost 2.1 billion pounds.'), 'same');
  assert.equal(rel('It lost 7m euros.', 'It lost 7 million euros.'), 'same');
  assert.equal(rel('It lost 7m euros.', 'It lost 17 million euros.'), 'value');
  assert.equal(rel('worth $4.5 billion', 'worth US$4.5bn'), 'same');
  assert.equal(rel('a fine of 250k dollars', 'a fine of $250,000'), 'same');
  assert.equal(rel('debt of $1.3tn', 'debt of 1.3 trillion dollars'), 'same');
  assert.equal(rel('a budget of €800,000', 'a budget of $800,000'), 'unit');
  assert.equal(rel('a budget of EUR 800,000', 'a budget of €800,000'), 'same');
  assert.equal(rel('a grant of A$5m', 'a grant of US$5m'), 'unit');
  const a = one('The line will cost £2.1bn.');
  assert.equal(a.text, '£2.1bn');
  assert.equal(a.unit, 'GBP');
  assert.equal(show(a.figure), '2100000000');
});

test('amounts: units convert; a different quantity is a different unit', () => {
  assert.equal(rel('covers 10 kilometres', 'covers 10 miles'), 'value');
  assert.equal(rel('covers 10 kilometres', 'covers 10 km'), 'same');
  assert.equal(rel('is 3 km long', 'is 3,000 metres long'), 'same');
  assert.equal(rel('ran 10 miles', 'ran 16 km'), 'same'); // a rounded conversion
  assert.equal(rel('is 300 metres tall', 'is 300 feet tall'), 'value');
  assert.equal(rel('weighs 12 tonnes', 'is 12 km long'), 'unit');
  assert.equal(one('a 300m tall mast').unit, 'm');
  assert.equal(one('a 300m deal').dim, 'count');
});

test('amounts: ranges, bounds and approximators are intervals', () => {
  assert.equal(rel('About 45 people left.', 'Between 40 and 50 people left.'), 'same');
  assert.equal(rel('About 90 people left.', 'Between 40 and 50 people left.'), 'value');
  assert.equal(rel('Fewer than 100 people came.', 'More than 300 people came.'), 'value');
  assert.equal(rel('Nearly 2,000 signed.', 'About 2,000 signed.'), 'same');
  assert.equal(rel('at least 26 dead', 'at least 23 dead'), 'value');
  assert.equal(rel('more than 2,000 homes', '2,100 homes'), 'same');
  assert.deepEqual(readAmounts('tuition rose from $2,500 to $2,800').map((a) => a.text), ['$2,500', '$2,800']); // a change, not a range
  assert.equal(rel('40 to 50 homes', '45 homes'), 'same');
  assert.equal(one('Between 40 and 50 people').text, 'Between 40 and 50');
});

test('amounts: precision — the finer figure is read at the coarser one', () => {
  assert.equal(rel('10.6 percent', '11 percent'), 'same');
  assert.equal(rel('$2.46 billion', '$2.5 billion'), 'same');
  assert.equal(rel('5.2 percent', '5.8 percent'), 'value');
  assert.equal(rel('4.25%', '4.5%'), 'value');
  assert.equal(rel('12 people', '13 people'), 'value');
  assert.equal(rel('5.2 percent', '5.2%'), 'same');
});

test('amounts: number words, fractions and percentages', () => {
  assert.equal(rel('Twelve miners', '12 miners'), 'same');
  assert.equal(rel('twenty-five thousand people', '25,000 people'), 'same');
  assert.equal(rel('half a million patients', '500,000 patients'), 'same');
  assert.equal(rel('half a million patients', '50,000 patients'), 'value');
  assert.equal(rel('Two-thirds of the staff', 'A third of the staff'), 'value');
  assert.equal(rel('rose by a quarter', 'rose by 25%'), 'same');
  assert.equal(rel('a dozen boats', '12 boats'), 'same');
  assert.equal(readAmounts('One of the officers said so.').length, 0);
});

test('amounts: big numbers, Unicode digits and invisible characters', () => {
  assert.equal(rel('12345678901234567891 units', '12345678901234567892 units'), 'value');
  assert.equal(rel('12,345,678,901,234,567,891 units', '12345678901234567891 units'), 'same');
  assert.equal(rel('\uff11\uff12\uff10 homes', '120 homes'), 'same');
  assert.equal(rel('\u0663\u0665 tonnes', '53 tonnes'), 'value');
  assert.equal(rel('1\u200b200 homes', '1,200 homes'), 'same');
  const text = 'costs \u200e\u20ac2.10\u200f now';
  const a = one(text);
  assert.equal(text.slice(a.start, a.end), a.text);
  assert.equal(a.text, '\u20ac2.10');
});

test('amounts: scores and names with figures', () => {
  assert.equal(rel('won 2-1', 'won 2-1'), 'same');
  assert.equal(rel('won 2-1', 'won 3-1'), 'value');
  assert.equal(readAmounts('The F-15 and the G7 and COVID-19').length, 0);
});

test('amounts and dates: never throw, and every span indexes the text', async () => {
  const fc = (await import('fast-check')).default;
  const { readWhens } = await import('../../../src/engine/facts/datetime');
  const pieces = fc.constantFrom('$', '£', 'US$', '€', '250', '2.1', '-', 'M', 'm', 'bn', ' ', 'to', 'between', 'and', 'about', 'at least', '%', 'per cent',
    'million', 'km', 'miles', 'two', 'thirds', 'a', 'half', '1/2', 'May', 'June', 'the', 'of', 'third', 'early', 'late', 'mid', '-', 'on', 'Thursday', '7',
    'a.m.', 'p.m.', ':', '30', 'GMT', 'noon', '1990', 's', "'", 'spring', '\u00ad', '\u200b', '\u0663', '\uff15', '.', ',', 'from', 'by', 'USD', '¥');
  fc.assert(fc.property(fc.array(pieces, { maxLength: 14 }), fc.boolean(), (ps, spaced) => {
    const text = ps.join(spaced ? ' ' : '');
    for (const a of readAmounts(text)) assert.equal(text.slice(a.start, a.end), a.text);
    for (const w of readWhens(text, 0, text.length, '2026-06-01')) assert.equal(text.slice(w.start, w.end), w.text);
    readWhens(text, 0, text.length, null);
  }), { numRuns: 400 });
});
