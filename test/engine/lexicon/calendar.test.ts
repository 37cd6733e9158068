/** The calendar words (lexicon/calendar.ts): every month and weekday, with the abbreviations news text writes. */
import '../../support/tables';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MONTHS, WEEKDAYS, WEEKDAY_FORMS, WEEKDAY_NAMES } from '../../../src/engine/lexicon/calendar';

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

test('months: all twelve full names, each abbreviation a prefix of its month', () => {
  FULL_MONTHS.forEach((m, i) => assert.equal(MONTHS.get(m), i + 1, m));
  for (const [w, n] of MONTHS) {
    assert.equal(w, w.toLowerCase());
    assert.ok(n >= 1 && n <= 12 && Number.isInteger(n));
    assert.ok(FULL_MONTHS[n - 1].startsWith(w), `${w} → ${n}`);
  }
  for (let n = 1; n <= 12; n++) assert.ok([...MONTHS.values()].includes(n));
});

test('weekdays: seven names in Date.getUTCDay order, every form lower-case and a prefix of its day', () => {
  assert.equal(WEEKDAY_NAMES.length, 7);
  assert.equal(new Set(WEEKDAY_NAMES).size, 7);
  WEEKDAY_NAMES.forEach((d, i) => assert.equal(WEEKDAYS.get(d), i));
  // 2023-11-09 was a Thursday
  assert.equal(WEEKDAY_NAMES[new Date(Date.UTC(2023, 10, 9)).getUTCDay()], 'thursday');
  assert.equal(WEEKDAYS.size, 7);
  for (const d of WEEKDAY_NAMES) assert.ok(WEEKDAY_FORMS.has(d));
  for (const f of WEEKDAY_FORMS) {
    assert.equal(f, f.toLowerCase());
    assert.ok(f.length >= 3 && WEEKDAY_NAMES.some((d) => d.startsWith(f)), f);
  }
  for (const f of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) assert.ok(WEEKDAY_FORMS.has(f), f);
});
