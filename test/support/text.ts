/**
 * Fictional text for engine and CLI tests, generated at test time from a seeded PRNG (so every run
 * sees the same text). Nothing here is copied from a real article: names, places and events are
 * invented.
 */

/** mulberry32: tiny, fast, deterministic. Returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

export const PEOPLE = ['Mira Talvane', 'Oskar Brenholt', 'Ilse Varga-Moon', 'Tomas Queln', 'Aditi Rosk', 'Jun Halloway', 'Petra Lindqvist-Ade'];
export const PLACES = ['Belovo', 'Qessara', 'Varnholt', 'Lake Ostrim', 'Port Ardel', 'Deir al-Sameen', 'Kelmarsh'];
export const ORGS = ['the Regional Water Authority', 'the Ostrim Rescue Service', 'the Ministry of Coastal Affairs', 'the Varnholt council', 'the Red Lantern Society'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Sentence templates about a fictional flood; `r` fills the slots. */
const FLOOD_TEMPLATES: ReadonlyArray<(r: () => number) => string> = [
  (r) => `At least ${Math.floor(r() * 900) + 10} people were moved from ${pick(r, PLACES)} on ${pick(r, WEEKDAYS)}, ${pick(r, ORGS)} said.`,
  (r) => `"We have never seen the water rise this fast," said ${pick(r, PEOPLE)}, who has lived in ${pick(r, PLACES)} for ${Math.floor(r() * 40) + 2} years.`,
  (r) => `The river crested at ${(r() * 9 + 1).toFixed(1)} metres near ${pick(r, PLACES)} early on ${pick(r, MONTHS)} ${Math.floor(r() * 28) + 1}.`,
  (r) => `According to ${pick(r, ORGS)}, more than ${(Math.floor(r() * 90) + 10) * 100} homes lost power.`,
  (r) => `${pick(r, PEOPLE)} told reporters that the bridge at ${pick(r, PLACES)} would not reopen before ${pick(r, WEEKDAYS)}.`,
  (r) => `Schools in ${pick(r, PLACES)} will stay closed until ${pick(r, MONTHS)} ${Math.floor(r() * 28) + 1}, officials said.`,
  (r) => `Volunteers filled ${Math.floor(r() * 5000) + 500} sandbags overnight along the embankment.`,
  (r) => `${pick(r, ORGS).replace(/^the /, 'The ')} did not say how many rescue boats were still on the water.`,
  (r) => `Residents of ${pick(r, PLACES)} were told to boil drinking water for at least ${Math.floor(r() * 10) + 2} days.`,
  (r) => `The storm, which began on ${pick(r, WEEKDAYS)}, also cut the rail line between ${pick(r, PLACES)} and ${pick(r, PLACES)}.`,
];

/** A paragraph of 2–5 fictional flood-report sentences. */
export function floodParagraph(r: () => number): string {
  const n = 2 + Math.floor(r() * 4);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(r, FLOOD_TEMPLATES)(r));
  return out.join(' ');
}

/** A fictional flood report: optional date line, then `paragraphs` paragraphs. */
export function floodArticle(seed: number, paragraphs = 8, dated = true): string {
  const r = prng(seed);
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) parts.push(floodParagraph(r));
  return (dated ? 'date 2031-04-17\n\n' : '') + parts.join('\n\n') + '\n';
}

/**
 * A fixed, hand-written fictional report with no repeated sentence, and a second version of it
 * (different outlet) where a number, a place, a quote and a negation are changed and one
 * paragraph is missing. Used where a test needs a known, realistic pair.
 */
export const ARTICLE_A = `---
title: "Floodwater forces thousands from homes in Varnholt"
source: fictional-courier
date: 2031-04-17
---
Floodwater from the swollen Ostrim River forced at least 3,200 people from their homes in Varnholt on Wednesday, the Regional Water Authority said.

The worst damage was in the market town of Belovo, where the water rose nearly two metres overnight.

"We have never seen the river climb this fast," said Mira Talvane, the authority's chief engineer.

Rescue crews pulled 41 people from rooftops and stranded cars, according to the Ostrim Rescue Service.

Schools across the province will remain closed until April 27, the education ministry said.

The authority said the main dam at Lake Ostrim was not at risk of failing.

Volunteers filled about 8,000 sandbags along the northern embankment overnight.
`;

export const ARTICLE_B = `date 2031-04-17 Floodwater forced at least 2,900 people out of their homes in Varnholt on Wednesday, the Regional Water Authority said.

The worst damage was in the town of Kelmarsh, where water rose almost two metres during the night.

"We have never seen the river rise so quickly," Mira Talvane, the authority's chief engineer, said.

Rescue crews pulled 41 people from rooftops and cars, the Ostrim Rescue Service said.

The authority said the main dam at Lake Ostrim was at risk of failing.

A temporary shelter has opened in the Port Ardel sports hall.
`;

/** A fictional article about something else entirely (no shared facts with the flood texts). */
export const UNRELATED = `date 2029-09-02

The Quillon Chess Open ended on Sunday with a surprise victory for an amateur from Hasselbrook.

Ninety-six players from eleven clubs took part in the nine-round tournament, the organisers announced.

The winner, a retired violin maker, lost only one game in the whole event.

Next year the tournament moves to a larger hall beside the old tram depot.
`;
