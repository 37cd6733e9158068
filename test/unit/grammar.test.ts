// The article grammar (syntaxes/article.tmLanguage.json): its patterns compile, and the figures,
// dates, attributions and quotes of a sample article match the rules meant for them. TextMate uses
// Oniguruma; the patterns keep to the subset JavaScript shares (plus \A: start of text, mapped to a
// lookbehind that no character precedes). Scanning imitates TextMate: the earliest match wins, ties
// go to the pattern listed first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Rule {
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  patterns?: Rule[];
  include?: string;
}
const grammar = JSON.parse(readFileSync(join(__dirname, '..', '..', 'syntaxes', 'article.tmLanguage.json'), 'utf8')) as {
  scopeName: string;
  repository: Record<string, Rule>;
};
const js = (src: string) => new RegExp(src.replace(/\\A/g, '(?<![\\s\\S])'), 'gmu');

/** Every `match` regex under a repository entry, with its scope name. */
function matchers(key: string): { name: string; re: RegExp }[] {
  const out: { name: string; re: RegExp }[] = [];
  const walk = (r: Rule) => {
    if (r.match) out.push({ name: r.name ?? key, re: js(r.match) });
    r.patterns?.forEach(walk);
  };
  walk(grammar.repository[key]);
  return out;
}
function matches(key: string, text: string): string[] {
  const rules = matchers(key);
  const out: string[] = [];
  for (let pos = 0; pos < text.length; ) {
    let best: RegExpExecArray | null = null;
    for (const { re } of rules) {
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m && m[0] && (!best || m.index < best.index)) best = m;
    }
    if (!best) break;
    out.push(best[0]);
    pos = best.index + best[0].length;
  }
  return out;
}

describe('article grammar', () => {
  it('is text.article and every pattern compiles', () => {
    assert.equal(grammar.scopeName, 'text.article');
    const all = (r: Rule): string[] => [r.match, r.begin, r.end].filter((x): x is string => !!x).concat((r.patterns ?? []).flatMap(all));
    for (const [key, rule] of Object.entries(grammar.repository)) for (const src of all(rule)) assert.doesNotThrow(() => js(src), `${key}: ${src}`);
  });

  it('marks figures', () => {
    assert.deepEqual(matches('figure', 'About 18,000 vehicles, 4.2 million crowns, $5 and 12% — forty people.'), ['18,000', '4.2', 'million', '$5', '12%', 'forty']);
  });

  it('marks dates, absolute and relative', () => {
    assert.deepEqual(matches('date', 'On April 14, 2031 (2031-04-14), 3 May 2030, Wednesday and last week.'), [
      'April 14, 2031',
      '2031-04-14',
      '3 May 2030',
      'Wednesday',
      'last week',
    ]);
  });

  it('marks explicit attributions only', () => {
    assert.deepEqual(matches('attribution', 'The mayor said so, according to the clerk; he seemed tired.'), ['said', 'according to']);
  });

  it('quotes run to the closing mark, or the end of the line, and show figures and dates inside', () => {
    for (const q of grammar.repository.quote.patterns!) {
      assert.ok(js(q.end!).test(q.begin === '“' ? 'x”' : 'x"'));
      assert.ok(js(q.end!).test('unclosed at end of line'), 'a stray quote mark cannot colour the rest of the article');
      assert.deepEqual(q.patterns!.map((p) => p.include), ['#date', '#figure']);
    }
  });

  it('front matter opens only on the first line', () => {
    const begin = js(grammar.repository['front-matter'].begin!);
    assert.ok(begin.test('---\ntitle: x\n---'));
    assert.ok(!js(grammar.repository['front-matter'].begin!).test('text\n---\n'));
  });

  it('marks negations and hedges, with the words the engine reads as such', () => {
    assert.deepEqual(matches('negation', "The mayor did not resign and officials refused to comment; she hasn’t left, with no delay."), ['not', 'refused', 'n’t', 'no']);
    assert.deepEqual(matches('hedge', 'The bridge is expected to reopen and may cost more, the mayor reportedly said; the city plans to vote.'), ['is expected to', 'may', 'reportedly', 'plans to']);
    assert.deepEqual(matches('hedge', 'Mayor Varga said the May figures were final.'), [], 'the month is not a hedge (case matters: "may" only)');
  });

  it('its negation and hedge words are the lexicon\'s', async () => {
    const { NEGATIONS } = await import('../../src/engine/lexicon/negation');
    const { CERTAINTY_MARKERS, IMPLICIT_NEGATIVES } = await import('../../src/engine/lexicon/news');
    const words = (key: string): string[] => (grammar.repository[key].match ?? '').replace(/\\b|\(\?:|\(\?=[^)]*\)|\(\?<=[^)]*\)|[()?|\\]|\[[^\]]*\]\+?/g, ' ').split(/\s+/).filter((w) => /^[a-z]{2,}$/.test(w));
    for (const w of words('negation')) {
      const lemmas = [w.replace(/ied$/, 'y'), w.replace(/ed$/, ''), w.replace(/d$/, '')];
      assert.ok(NEGATIONS.has(w) || lemmas.some((l) => IMPLICIT_NEGATIVES.has(l)), `negation word ${w} is in the lexicon`);
    }
    const markers = new Set([...CERTAINTY_MARKERS.keys()].flatMap((k) => k.split(' ')));
    const forms = (w: string): string[] => [w, w.replace(/s$/, ''), w.replace(/ed$/, ''), w.replace(/d$/, ''), w.replace(/ned$/, ''), w.replace(/ed$/, 'e')];
    for (const w of words('hedge')) {
      if (['is', 'are', 'was', 'were', 'to'].includes(w)) continue;
      assert.ok(forms(w).some((f) => markers.has(f)), `hedge word ${w} is a certainty marker of the lexicon`);
    }
  });
});
