/** Abbreviations whose period does not end a sentence, and the words that open one. */

export type AbbrevKind = 'never' | 'numeric' | 'conditional';

/**
 * Tokens before a period that usually do not end a sentence. `never`: titles and Latin
 * abbreviations; `numeric`: no boundary before a number ("No. 3", "Oct. 17"), else like
 * `conditional`; `conditional`: a boundary only when a typical sentence opener follows
 * ("… Acme Inc. The company said" splits, "Acme Inc. shares" and "Acme Inc. Chairman" do not).
 */
export const ABBREVIATIONS: ReadonlyMap<string, AbbrevKind> = new Map<string, AbbrevKind>([
  ...['Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Dr', 'Drs', 'Prof', 'Gen', 'Gens', 'Sen', 'Sens', 'Rep', 'Reps',
    'Adm', 'Gov', 'Govs', 'Lt', 'Col', 'Capt', 'Cpt', 'Sgt', 'Maj', 'Cmdr', 'Cdr', 'Cpl', 'Pvt', 'Pfc', 'Brig',
    'Rev', 'Hon', 'Fr', 'Pres', 'Supt', 'Insp', 'Det', 'Atty', 'Amb', 'Msgr', 'Sec', 'Secy', 'Lieut',
    'vs', 'Vs', 'v', 'e.g', 'i.e', 'E.g', 'I.e', 'incl', 'Incl', 'approx', 'Approx', 'cf', 'viz', 'ca', 'esp',
  ].map((k): [string, AbbrevKind] => [k, 'never']),
  ...['No', 'Nos', 'Art', 'Vol', 'vol', 'p', 'pp', 'Ch', 'ch', 'Fig', 'fig', 'Rte', 'Pt', 'Ex',
    'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  ].map((k): [string, AbbrevKind] => [k, 'numeric']),
  ...['Inc', 'Corp', 'Co', 'Cos', 'Ltd', 'Bros', 'Jr', 'Sr', 'Dept', 'Univ', 'Assn', 'Ave', 'Blvd', 'Rd',
    'Hwy', 'Sq', 'Pl', 'etc', 'al', 'Esq', 'St', 'Mt', 'Ft', 'Mfg', 'Intl', 'Natl', 'Govt', 'Dist',
    // US state abbreviations (AP style), capitalised only: "fell ill." must still end a sentence.
    'Ala', 'Ariz', 'Ark', 'Calif', 'Cal', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans',
    'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa',
    'Penn', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wisc', 'Wyo',
  ].map((k): [string, AbbrevKind] => [k, 'conditional']),
]);

/** Capitalised words that typically open a sentence (used after ambiguous abbreviations). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', "It's", 'He', 'She', 'They', 'We', 'I',
  'You', 'His', 'Her', 'Their', 'Our', 'My', 'There', 'Here', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On',
  'At', 'As', 'By', 'For', 'From', 'With', 'Without', 'After', 'Before', 'During', 'When', 'While', 'If',
  'Although', 'Though', 'Since', 'Because', 'However', 'Meanwhile', 'Also', 'Still', 'Then', 'Now', 'Some',
  'Many', 'Most', 'Both', 'All', 'Each', 'Every', 'No', 'Not', 'Neither', 'None', 'One', 'Two', 'Three',
  'Officials', 'According', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Such', 'Other', 'Another',
  'Last', 'Earlier', 'Later', 'Today', 'Yesterday', 'Tomorrow', 'Under', 'Over', 'About', 'Among', 'Despite',
  'Instead', 'Nevertheless', 'Moreover', 'Further', 'Furthermore', 'Thus', 'Therefore', 'Even', 'Only',
  'Once', 'Until', 'Unlike', 'Like', 'To', 'Of', 'Asked', 'Police', 'Authorities', 'Nothing', 'Nobody',
  'Everyone', 'Everything', 'Something', 'Someone', 'Few', 'Several', 'Any', 'Did', 'Does', 'Do', 'Is',
  'Was', 'Were', 'Are', 'Has', 'Have', 'Had', 'Will', 'Would', 'Can', 'Could', 'Should', 'Yes',
  "I'm", "I've", "We're", "They're", "He's", "She's", "That's", "There's",
]);

/** Lower-case abbreviations that a period does not end ("etc. and", "et al. found", "approx. five"). */
export const LOWER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'etc', 'al', 'est', 'approx', 'dept', 'min', 'max', 'lbs', 'yrs', 'hrs', 'mins', 'secs', 'ave', 'blvd', 'corp',
  'inc', 'ltd', 'bros', 'misc', 'govt', 'intl', 'natl', 'assn', 'univ', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/** Abbreviations whose trailing dot does not end a sentence. */
/**
 * The fact scanner's abbreviations (it lower-cases): only those that are never an ordinary word, so
 * "fell ill." and "Miss." still end a sentence there.
 */
export const TOKEN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'capt', 'sgt', 'rep', 'sen', 'gov', 'no', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'jr', 'sr',
  'vs', 'prof', 'maj', 'adm', 'cmdr', 'rev', 'ltd', 'mt', 'ft', 'pres', 'supt', 'det', 'insp', 'cpl', 'pvt',
]);
