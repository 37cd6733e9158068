/** British and American spellings (house style, not a change of words). */

// British → American spelling (whole words; inflected forms are folded by stem below).
export const BRITISH: Record<string, string> = {
  defence: 'defense', offence: 'offense', licence: 'license', pretence: 'pretense', colour: 'color',
  favour: 'favor', honour: 'honor', labour: 'labor', behaviour: 'behavior', neighbour: 'neighbor',
  rumour: 'rumor', harbour: 'harbor', armour: 'armor', vigour: 'vigor', endeavour: 'endeavor', humour: 'humor',
  centre: 'center', theatre: 'theater', metre: 'meter', litre: 'liter', fibre: 'fiber', calibre: 'caliber',
  programme: 'program', grey: 'gray', tyre: 'tire', aluminium: 'aluminum', manoeuvre: 'maneuver',
  jewellery: 'jewelry', cheque: 'check', kerb: 'curb', plough: 'plow', sceptical: 'skeptical', mould: 'mold',
  analyse: 'analyze', paralyse: 'paralyze', catalogue: 'catalog', dialogue: 'dialog', travelled: 'traveled',
  travelling: 'traveling', cancelled: 'canceled', cancelling: 'canceling', modelling: 'modeling',
  labelled: 'labeled', fuelled: 'fueled', counsellor: 'counselor', councillor: 'councilor', practise: 'practice',
  enrol: 'enroll', fulfil: 'fulfill', whilst: 'while', amongst: 'among', towards: 'toward', ageing: 'aging',
  judgement: 'judgment', paediatric: 'pediatric', anaesthetic: 'anesthetic', oestrogen: 'estrogen',
  foetus: 'fetus', diarrhoea: 'diarrhea', manoeuvres: 'maneuvers', storey: 'story', pyjamas: 'pajamas',
  aeroplane: 'airplane', usa: 'us',
};

// Stems whose British forms differ only in -our (colour, colours, coloured, colourful …) or in a
// doubled l before -ed/-ing/-er (travelled, signalling, counsellor); closed lists, so "hour", "four",
// "controlled" and "compelled" stay as they are.
const OUR_STEMS = ['colour', 'favour', 'honour', 'labour', 'behaviour', 'neighbour', 'rumour', 'harbour', 'armour',
  'endeavour', 'humour', 'vigour', 'odour', 'savour', 'flavour', 'clamour', 'parlour', 'valour', 'saviour'];
const PREFIX_STEMS = ['defence', 'offence', 'centre', 'programme', 'licence', 'metre', 'theatre', 'litre', 'fibre', 'manoeuvre'];
const LL_STEMS = new Set(['travel', 'cancel', 'model', 'label', 'fuel', 'signal', 'level', 'total', 'marshal', 'channel',
  'tunnel', 'counsel', 'dial', 'jewel', 'quarrel', 'rival', 'equal', 'shovel', 'unravel', 'grovel', 'snorkel', 'pedal']);
const LL_ENDINGS = ['led', 'ling', 'ler', 'lers', 'lor', 'lors'];

// -ise/-isation words that are British spellings of -ize (a closed list: "rise", "wise", "promise" are not).
export const ISE_STEMS = new Set((
  'organ recogn real apolog critic emphas author legal modern civil stabil mobil normal minim maxim optim ' +
  'priorit privat national capital character special general summar symbol standard util final central ' +
  'mobil neutral harmon memor sympath terror categor famil visual vapor fertil steril subsid monopol ' +
  'polar radical hospital decentral destabil militar democrat demoral scrutin industrial urban global ' +
  'computer jeopard econom agon fantas hypothes idol ideal liberal local material patron penal publ ' +
  'revital sanit scandal colon'
).split(' '));

/**
 * The American spelling of one lower-case word ("defence" → "defense", "organised" → "organized",
 * "honours" → "honors", "travelled" → "traveled"; a possessive ending is kept). House style, not a
 * change of words: the similarity's word forms and the quote comparison both read words through it.
 */
export function americanSpelling(w: string): string {
  if (w.length > 3 && (w.endsWith("'s") || w.endsWith('’s'))) return americanSpelling(w.slice(0, -2)) + w.slice(-2);
  const direct = BRITISH[w];
  if (direct !== undefined) return direct;
  // -isation / -ise / -ised / -ises / -ising / -iser
  const m = w.length <= 30 && w.includes('is') ? /^([a-z]+?)is(ation|ations|e|ed|es|ing|er|ers)$/.exec(w) : null;
  if (m && ISE_STEMS.has(m[1])) return `${m[1]}iz${m[2]}`;
  if (w.includes('our')) {
    for (const b of OUR_STEMS) if (w.startsWith(b)) return `${b.slice(0, -2)}r${w.slice(b.length)}`;
  }
  for (const b of PREFIX_STEMS) {
    if (!w.startsWith(b)) continue;
    const rest = w.slice(b.length);
    return BRITISH[b] + (rest === 'd' && b.endsWith('re') ? 'ed' : rest); // centred → centered
  }
  if (w.includes('ll')) {
    for (const e of LL_ENDINGS) {
      if (w.length > e.length + 2 && w.endsWith(e) && w[w.length - e.length - 1] === 'l' && LL_STEMS.has(w.slice(0, w.length - e.length))) {
        return w.slice(0, w.length - e.length - 1) + e;
      }
    }
  }
  return w;
}

/** The vowel letters of the phonetic key (strings/phonetic.ts). */
export const VOWEL_LETTERS: ReadonlySet<string> = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
