/**
 * Inputs for the scale cases (issue 13), generated from a seeded PRNG so every run sees the same
 * text: many short articles, one very long article of short sentences, and name-dense text beside
 * news-like text of the same size. Used by the hostile tests (with a memory ceiling) and by
 * `npm run bench` (figures). Nothing here is copied from a real article.
 */
import { PEOPLE, PLACES, ORGS, WEEKDAYS, floodParagraph, pick, prng } from './text';

const EVENT_TEMPLATES: ReadonlyArray<(r: () => number, e: EventNames) => string> = [
  (r, e) => `At least ${Math.floor(r() * 900) + 10} people were moved from ${pick(r, e.places)} on ${pick(r, WEEKDAYS)}, ${e.org} said.`,
  (r, e) => `"We have never seen anything like this," said ${pick(r, e.people)}, who has lived in ${pick(r, e.places)} for ${Math.floor(r() * 40) + 2} years.`,
  (r, e) => `The ${e.thing} reached ${pick(r, e.places)} early on ${pick(r, WEEKDAYS)}, according to ${e.org}.`,
  (r, e) => `${pick(r, e.people)} told reporters that the road to ${pick(r, e.places)} would not reopen before ${pick(r, WEEKDAYS)}.`,
  (r, e) => `More than ${(Math.floor(r() * 90) + 10) * 10} homes in ${pick(r, e.places)} lost power, ${e.org} said.`,
  (r, e) => `Schools in ${pick(r, e.places)} will stay closed for ${Math.floor(r() * 9) + 2} days, officials said.`,
  (r, e) => `${e.org.replace(/^the /, 'The ')} sent ${Math.floor(r() * 60) + 5} crews to ${pick(r, e.places)} overnight.`,
  (r, e) => `${pick(r, e.people)} said the ${e.thing} was the worst in ${Math.floor(r() * 80) + 20} years.`,
];

interface EventNames { people: string[]; places: string[]; org: string; thing: string }

const THINGS = ['flood', 'storm', 'wildfire', 'landslide', 'heatwave', 'blizzard', 'earthquake', 'drought'];

/** An invented event: its own people, places and organisation (names made up from syllables). */
function eventNames(r: () => number): EventNames {
  const people = Array.from({ length: 3 }, () => `${pick(r, GIVEN)} ${coined(r)}`);
  const places = Array.from({ length: 3 }, () => coined(r));
  return { people, places, org: `the ${coined(r)} ${pick(r, ['Rescue Service', 'Water Authority', 'Fire Brigade', 'county council'])}`, thing: pick(r, THINGS) };
}

/**
 * `n` fictional news reports of about `bytes` characters each, in clusters of `perEvent` reports
 * of one invented event (its own names and places): a batch such as every wire story of a day
 * against every published article, where most pairs of documents are about different events.
 */
export function shortArticles(n: number, bytes = 1024, seed = 101, perEvent = 4): string[] {
  const out: string[] = [];
  let event: EventNames | null = null;
  for (let k = 0; k < n; k++) {
    if (k % perEvent === 0) event = eventNames(prng(seed + k * 7919));
    const r = prng(seed + k * 104729 + 1);
    let text = 'date 2031-04-17\n\n';
    while (text.length < bytes) {
      const sentences = 2 + Math.floor(r() * 3);
      const para: string[] = [];
      for (let i = 0; i < sentences; i++) para.push(pick(r, EVENT_TEMPLATES)(r, event!));
      text += `${para.join(' ')}\n\n`;
    }
    out.push(text);
  }
  return out;
}

const SHORT = [
  (r: () => number) => `The river rose ${Math.floor(r() * 90) + 2} centimetres.`,
  (r: () => number) => `${pick(r, PLACES)} was cut off.`,
  (r: () => number) => `${pick(r, PEOPLE)} said so.`,
  (r: () => number) => `Rain fell on ${pick(r, WEEKDAYS)}.`,
  (r: () => number) => `${Math.floor(r() * 400) + 3} homes lost power.`,
  (r: () => number) => `Crews worked all night.`,
  (r: () => number) => `The bridge stayed shut.`,
];

/**
 * About `bytes` characters of short sentences (a few words each), in paragraphs of ten. Seven
 * templates make them, so most sentences recur word for word; with `distinct`, each one also
 * names its own gauge post ("… at post 123."), so no two are alike.
 */
export function shortSentenceArticle(bytes: number, seed = 202, distinct = false): string {
  const r = prng(seed);
  const parts: string[] = ['date 2031-04-17\n\n'];
  let len = parts[0]!.length;
  let k = 0;
  while (len < bytes) {
    const t = pick(r, SHORT)(r);
    const s = distinct ? `${t.slice(0, -1)} at post ${k + 1}.` : t;
    const sep = ++k % 10 === 0 ? '\n\n' : ' ';
    parts.push(s, sep);
    len += s.length + sep.length;
  }
  return parts.join('');
}

const SURNAMES = ['Talvane', 'Brenholt', 'Varga-Moon', 'Queln', 'Rosk', 'Halloway', 'Lindqvist-Ade', 'Okonkwo-Reyes', 'Sandström',
  'al-Sameen', 'Abernathy', 'Kowalczyk', 'Delacroix-Wynn', 'Haraldsen', 'Moreno-Vidal', 'Nakagawa', 'Ferreira', 'Oyelaran'];
const GIVEN = ['Mira', 'Oskar', 'Ilse', 'Tomas', 'Aditi', 'Jun', 'Petra', 'Kwame', 'Lucia', 'Farid', 'Ingrid', 'Mateo', 'Yara', 'Bram'];
const ROLES = ['Governor', 'Mayor', 'Senator', 'Dr.', 'Judge', 'Commissioner', 'Chief Inspector', 'General'];

const SYLLABLES = ['ka', 'lo', 'ven', 'dra', 'mi', 'sto', 'rel', 'an', 'bu', 'quin', 'tha', 'ser', 'ol', 'yev', 'gar', 'nis'];

/** A made-up surname of two to four syllables, capitalised. */
function coined(r: () => number): string {
  let s = '';
  const n = 2 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) s += pick(r, SYLLABLES);
  return s[0]!.toUpperCase() + s.slice(1);
}

/**
 * About `bytes` characters of name-dense text: rolls of names (the honoured, the injured, a
 * delegation), each sentence naming a dozen or more people from a pool of a few hundred, with a
 * place and an organisation — the kind of text where claim pairs hold many names to compare.
 */
export function nameDenseArticle(bytes: number, seed = 303): string {
  const pool = namePool(400);
  const r = prng(seed);
  const parts: string[] = ['date 2031-04-17\n\n'];
  let len = parts[0]!.length;
  let k = 0;
  while (len < bytes) {
    const n = 8 + Math.floor(r() * 12);
    const names: string[] = [];
    for (let i = 0; i < n; i++) names.push(pick(r, pool));
    const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    const s = r() < 0.5
      ? `Among those honoured in ${pick(r, PLACES)} on ${pick(r, WEEKDAYS)} were ${list}, ${pick(r, ORGS)} said.`
      : `The delegation of ${pick(r, ORGS)} to ${pick(r, PLACES)} included ${list}.`;
    const sep = ++k % 4 === 0 ? '\n\n' : ' ';
    parts.push(s, sep);
    len += s.length + sep.length;
  }
  return parts.join('');
}

/** `n` different people's names (some with a title), the same for every seed. */
function namePool(n: number): string[] {
  const r = prng(99);
  const out = new Set<string>();
  while (out.size < n) {
    const surname = r() < 0.3 ? pick(r, SURNAMES) : coined(r);
    out.add(`${r() < 0.3 ? `${pick(r, ROLES)} ` : ''}${pick(r, GIVEN)} ${surname}`);
  }
  return [...out];
}

/** About `bytes` characters of news-like text (the fictional flood reports), for a per-KB baseline. */
export function newsArticle(bytes: number, seed = 404): string {
  const r = prng(seed);
  const parts: string[] = ['date 2031-04-17\n\n'];
  let len = parts[0]!.length;
  while (len < bytes) {
    const p = floodParagraph(r);
    parts.push(p, '\n\n');
    len += p.length + 2;
  }
  return parts.join('');
}
