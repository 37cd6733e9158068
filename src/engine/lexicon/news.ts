/**
 * Word lists of the fact readers (amounts, dates and times, opposites, certainty, roles), curated
 * for news text. The WordNet antonyms are generated beside the opposites reader
 * (facts/antonyms.generated.ts, scripts/derive-antonyms.mjs). Data only: a unit's size is a pair
 * of integers that the amounts reader turns into an exact rational.
 */

/** An exact size: numerator and denominator. */
export type Ratio = readonly [bigint, bigint];

/** n / d as a Ratio (whole numbers by default). */
const rat = (n: bigint | number, d: bigint | number = 1n): Ratio => [BigInt(n), BigInt(d)];

// ---------------------------------------------------------------------------------------------
// amounts
// ---------------------------------------------------------------------------------------------

export const NUMBER_WORDS: ReadonlyMap<string, bigint> = new Map([
  ['zero', 0n], ['one', 1n], ['two', 2n], ['three', 3n], ['four', 4n], ['five', 5n], ['six', 6n], ['seven', 7n], ['eight', 8n],
  ['nine', 9n], ['ten', 10n], ['eleven', 11n], ['twelve', 12n], ['thirteen', 13n], ['fourteen', 14n], ['fifteen', 15n],
  ['sixteen', 16n], ['seventeen', 17n], ['eighteen', 18n], ['nineteen', 19n], ['twenty', 20n], ['thirty', 30n], ['forty', 40n],
  ['fifty', 50n], ['sixty', 60n], ['seventy', 70n], ['eighty', 80n], ['ninety', 90n], ['hundred', 100n],
]);

/** Words before a figure that make it approximate ("about 45"); phrases are space-separated. */
export const AMOUNT_APPROXIMATORS: readonly string[] = [
  'about', 'around', 'roughly', 'approximately', 'some', 'an estimated', 'estimated', 'circa', 'c.', 'nearly about',
  'in the region of', 'on the order of', 'or so', 'give or take', 'upward of', 'an approximate',
];

/** ISO 4217 codes of currencies news writes about. */
export const CURRENCY_CODES: ReadonlyMap<string, string> = new Map(
  ('USD EUR GBP JPY CNY CHF AUD CAD NZD HKD SGD TWD INR RUB KRW TRY ILS UAH NGN PHP THB VND BRL MXN ARS ZAR EGP SAR AED QAR ' +
    'KWD IRR PKR BDT IDR MYR PLN CZK HUF RON SEK NOK DKK ISK KES GHS ETB MAD DZD TND LBP JOD IQD SYP RMB')
    .split(' ').map((c) => [c, c === 'RMB' ? 'CNY' : c]),
);

/** Currency names written after a figure ("2.1 billion pounds" is handled apart: pounds may weigh). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', '$'], ['dollars', '$'], ['euro', 'EUR'], ['euros', 'EUR'], ['sterling', 'GBP'], ['yen', 'JPY'], ['yuan', 'CNY'],
  ['renminbi', 'CNY'], ['rupee', 'INR'], ['rupees', 'INR'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'], ['rubles', 'RUB'],
  ['franc', 'CHF'], ['francs', 'CHF'], ['shekel', 'ILS'], ['shekels', 'ILS'], ['hryvnia', 'UAH'], ['hryvnias', 'UAH'],
  ['naira', 'NGN'], ['rand', 'ZAR'], ['real', 'BRL'], ['reais', 'BRL'], ['peso', 'MXN'], ['pesos', 'MXN'], ['lira', 'TRY'],
  ['riyal', 'SAR'], ['riyals', 'SAR'], ['dirham', 'AED'], ['dirhams', 'AED'], ['zloty', 'PLN'], ['zlotys', 'PLN'],
  ['krona', 'SEK'], ['kronor', 'SEK'], ['krone', 'NOK'], ['kroner', 'NOK'], ['rial', 'IRR'], ['rials', 'IRR'], ['baht', 'THB'],
  ['ringgit', 'MYR'], ['rupiah', 'IDR'], ['dong', 'VND'], ['shilling', 'KES'], ['shillings', 'KES'],
]);

export interface MeasureUnit {
  dim: string;
  /** Canonical name of the unit (one per unit: "kilometres" and "km" are both "km"). */
  unit: string;
  /** Size in the dimension's base unit (metre, kilogram, square metre, litre, metre per second, second). */
  factor: Ratio;
}

const u = (dim: string, unit: string, factor: Ratio): MeasureUnit => ({ dim, unit, factor });
const KM = u('length', 'km', rat(1000));
const M = u('length', 'm', rat(1));
const CM = u('length', 'cm', rat(1n, 100n));
const MM = u('length', 'mm', rat(1n, 1000n));
const MILE = u('length', 'mile', rat(1609344n, 1000n));
const FT = u('length', 'ft', rat(3048n, 10000n));
const YD = u('length', 'yd', rat(9144n, 10000n));
const IN = u('length', 'in', rat(254n, 10000n));
const NMI = u('length', 'nmi', rat(1852));
const KG = u('mass', 'kg', rat(1));
const G = u('mass', 'g', rat(1n, 1000n));
const T = u('mass', 't', rat(1000));
const LB = u('mass', 'lb', rat(45359237n, 100000000n));
const OZ = u('mass', 'oz', rat(28349523125n, 1000000000000n));
const STONE = u('mass', 'st', rat(635029318n, 100000000n));
// "ton": the short ton and the long ton differ by 12 %; read as the short ton with the slack of a conversion
const TON = u('mass', 'ton', rat(90718474n, 100000n));
const HA = u('area', 'ha', rat(10000));
const ACRE = u('area', 'acre', rat(40468564224n, 10000000n));
const L = u('volume', 'l', rat(1));
const ML = u('volume', 'ml', rat(1n, 1000n));
const GAL = u('volume', 'gal', rat(3785411784n, 1000000000n));
const BBL = u('volume', 'bbl', rat(158987294928n, 1000000000n));
const KPH = u('speed', 'kph', rat(5n, 18n));
const MPH = u('speed', 'mph', rat(44704n, 100000n));
const KNOT = u('speed', 'knot', rat(1852n, 3600n));
const SEC = u('duration', 's', rat(1));
const MIN = u('duration', 'min', rat(60));
const HOUR = u('duration', 'h', rat(3600));
const DAY = u('duration', 'day', rat(86400));
const WEEK = u('duration', 'week', rat(604800));
const MW = u('power', 'mw', rat(1_000_000));
const KW = u('power', 'kw', rat(1000));
const GW = u('power', 'gw', rat(1_000_000_000));

/** Units of measure written after a figure, every spelling to one canonical unit. */
export const MEASURE_UNITS: ReadonlyMap<string, MeasureUnit> = new Map([
  ['km', KM], ['kms', KM], ['kilometre', KM], ['kilometres', KM], ['kilometer', KM], ['kilometers', KM],
  ['metre', M], ['metres', M], ['meter', M], ['meters', M],
  ['cm', CM], ['centimetre', CM], ['centimetres', CM], ['centimeter', CM], ['centimeters', CM],
  ['mm', MM], ['millimetre', MM], ['millimetres', MM], ['millimeter', MM], ['millimeters', MM],
  ['mile', MILE], ['miles', MILE], ['ft', FT], ['foot', FT], ['feet', FT], ['yard', YD], ['yards', YD], ['inch', IN], ['inches', IN],
  ['nautical', NMI],
  ['kg', KG], ['kgs', KG], ['kilo', KG], ['kilos', KG], ['kilogram', KG], ['kilograms', KG], ['kilogramme', KG], ['kilogrammes', KG],
  ['gram', G], ['grams', G], ['gramme', G], ['grammes', G], ['tonne', T], ['tonnes', T], ['lb', LB], ['lbs', LB],
  ['ounce', OZ], ['ounces', OZ], ['oz', OZ], ['stone', STONE], ['ton', TON], ['tons', TON],
  ['hectare', HA], ['hectares', HA], ['ha', HA], ['acre', ACRE], ['acres', ACRE],
  ['litre', L], ['litres', L], ['liter', L], ['liters', L], ['millilitre', ML], ['millilitres', ML], ['ml', ML],
  ['gallon', GAL], ['gallons', GAL], ['barrel', BBL], ['barrels', BBL],
  ['kph', KPH], ['kmh', KPH], ['mph', MPH], ['knot', KNOT], ['knots', KNOT],
  ['second', SEC], ['seconds', SEC], ['minute', MIN], ['minutes', MIN], ['hour', HOUR], ['hours', HOUR], ['hrs', HOUR],
  ['day', DAY], ['days', DAY], ['week', WEEK], ['weeks', WEEK],
  ['megawatt', MW], ['megawatts', MW], ['mw', MW], ['kilowatt', KW], ['kilowatts', KW], ['kw', KW], ['gigawatt', GW], ['gigawatts', GW], ['gw', GW],
  ['celsius', u('temperature', 'celsius', rat(1))], ['centigrade', u('temperature', 'celsius', rat(1))],
  ['fahrenheit', u('temperature', 'fahrenheit', rat(1))],
]);

// ---------------------------------------------------------------------------------------------
// dates and times
// ---------------------------------------------------------------------------------------------

/** Seasons as month ranges [first, last] of the northern hemisphere (winter spans the new year). */
export const SEASONS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['spring', [3, 5]], ['summer', [6, 8]], ['autumn', [9, 11]], ['fall', [9, 11]], ['winter', [12, 2]],
]);

/** Parts of a month by day range [first, last] (inclusive; "late" runs to the month's end). */
export const MONTH_PARTS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['early', [1, 10]], ['beginning', [1, 10]], ['start', [1, 10]], ['mid', [11, 20]], ['middle', [11, 20]], ['late', [21, 31]],
  ['end', [21, 31]],
]);

/** Parts of a day as minute ranges [from, to) (night wraps past midnight: two ranges). */
export const DAY_PARTS: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>> = new Map([
  ['morning', [[300, 720]]], ['afternoon', [[720, 1080]]], ['evening', [[1020, 1380]]], ['night', [[1200, 1440], [0, 360]]],
  ['overnight', [[1200, 1440], [0, 480]]], ['midday', [[690, 810]]], ['dawn', [[240, 480]]], ['dusk', [[1020, 1260]]],
]);

/** Time zones by abbreviation, as minutes east of UTC. */
export const TIME_ZONES: ReadonlyMap<string, number> = new Map([
  ['utc', 0], ['gmt', 0], ['bst', 60], ['cet', 60], ['cest', 120], ['eet', 120], ['eest', 180], ['msk', 180], ['ist', 330],
  ['jst', 540], ['kst', 540], ['aest', 600], ['aedt', 660], ['est', -300], ['edt', -240], ['cst', -360], ['cdt', -300],
  ['mst', -420], ['mdt', -360], ['pst', -480], ['pdt', -420], ['et', -300], ['pt', -480], ['hkt', 480], ['sgt', 480],
]);

// ---------------------------------------------------------------------------------------------
// opposites and implicit negation
// ---------------------------------------------------------------------------------------------

/**
 * Antonym predicates of news, by lemma (verbs, and adjectives of comparison), each pair once;
 * the WordNet table adds the rest. A pair is only an opposite when it fills the same slot.
 */
export const NEWS_OPPOSITES: ReadonlyArray<readonly [string, string]> = [
  ['increase', 'decrease'], ['increase', 'fall'], ['increase', 'drop'], ['increase', 'decline'], ['increase', 'cut'], ['increase', 'reduce'],
  ['rise', 'fall'], ['rise', 'drop'], ['rise', 'decline'], ['rise', 'decrease'], ['rise', 'slip'], ['rise', 'sink'], ['rise', 'plunge'],
  ['rise', 'tumble'], ['rise', 'slide'], ['climb', 'fall'], ['climb', 'drop'], ['climb', 'decline'], ['gain', 'lose'], ['gain', 'fall'],
  ['gain', 'drop'], ['soar', 'plunge'], ['soar', 'fall'], ['jump', 'fall'], ['jump', 'drop'], ['surge', 'plunge'], ['surge', 'fall'],
  ['grow', 'shrink'], ['grow', 'decline'], ['expand', 'shrink'], ['expand', 'contract'], ['widen', 'narrow'], ['strengthen', 'weaken'],
  ['boost', 'cut'], ['raise', 'lower'], ['raise', 'cut'], ['hike', 'cut'], ['up', 'down'], ['higher', 'lower'], ['more', 'fewer'],
  ['more', 'less'], ['greater', 'smaller'], ['larger', 'smaller'], ['above', 'below'], ['before', 'after'], ['earlier', 'later'],
  ['win', 'lose'], ['approve', 'reject'], ['approve', 'veto'], ['approve', 'deny'], ['approve', 'block'], ['pass', 'reject'],
  ['pass', 'defeat'], ['accept', 'reject'], ['accept', 'decline'], ['accept', 'refuse'], ['confirm', 'deny'], ['admit', 'deny'],
  ['support', 'oppose'], ['back', 'oppose'], ['favor', 'oppose'], ['endorse', 'oppose'], ['uphold', 'overturn'], ['uphold', 'reverse'],
  ['uphold', 'quash'], ['uphold', 'strike down'], ['convict', 'acquit'], ['guilty', 'innocent'], ['open', 'close'], ['open', 'shut'],
  ['reopen', 'close'], ['hire', 'fire'], ['hire', 'lay off'], ['employ', 'dismiss'], ['survive', 'die'], ['survive', 'kill'],
  ['live', 'die'], ['alive', 'dead'], ['lift', 'impose'], ['allow', 'ban'], ['allow', 'forbid'], ['allow', 'prohibit'], ['permit', 'ban'],
  ['legalize', 'ban'], ['legal', 'illegal'], ['include', 'exclude'], ['join', 'leave'], ['join', 'quit'], ['arrive', 'depart'],
  ['enter', 'exit'], ['enter', 'leave'], ['release', 'detain'], ['free', 'detain'], ['release', 'arrest'], ['resume', 'suspend'],
  ['resume', 'halt'], ['start', 'stop'], ['start', 'end'], ['begin', 'end'], ['launch', 'scrap'], ['extend', 'shorten'],
  ['agree', 'refuse'], ['ratify', 'reject'], ['succeed', 'fail'], ['success', 'failure'], ['peaceful', 'violent'], ['profit', 'loss'],
  ['surplus', 'deficit'], ['inflow', 'outflow'], ['import', 'export'], ['attack', 'defend'], ['advance', 'retreat'],
  ['advance', 'withdraw'], ['deploy', 'withdraw'], ['arm', 'disarm'], ['comply', 'defy'], ['obey', 'defy'], ['praise', 'criticize'],
  ['praise', 'condemn'], ['welcome', 'condemn'], ['welcome', 'criticize'], ['encourage', 'discourage'], ['credit', 'blame'],
  ['ease', 'tighten'], ['relax', 'tighten'], ['loosen', 'tighten'], ['appreciate', 'depreciate'], ['strong', 'weak'],
  ['upgrade', 'downgrade'], ['overestimate', 'underestimate'], ['remember', 'forget'], ['find', 'lose'], ['show', 'hide'],
  ['present', 'absent'], ['possible', 'impossible'], ['likely', 'unlikely'], ['able', 'unable'], ['safe', 'unsafe'],
];

/**
 * Verbs (lemmas) that negate the predicate after them ("refused to confirm" = did not confirm):
 * implicit negatives, reported as negation. "deny" takes a gerund or a clause ("denied taking").
 */
export const IMPLICIT_NEGATIVES: ReadonlySet<string> = new Set([
  'fail', 'refuse', 'decline', 'deny', 'reject', 'neglect', 'omit', 'forget', 'avoid', 'stop', 'cease', 'halt', 'prevent',
  'unable', 'reluctant', 'hesitate', 'balk', 'resist', 'abandon', 'drop', 'scrap', 'shelve', 'forgo', 'forego', 'quit', 'miss',
]);

/** Words before the predicate that do not break "refused to … confirm" ("refused to publicly confirm"). */
export const PREDICATE_FILLERS: ReadonlySet<string> = new Set([
  'to', 'publicly', 'officially', 'immediately', 'directly', 'formally', 'fully', 'even', 'further', 'again', 'specifically',
  'independently', 'initially', 'yet', 'so', 'much', 'as', 'be', 'have', 'been', 'being', 'of', 'on', 'from',
]);

// ---------------------------------------------------------------------------------------------
// certainty
// ---------------------------------------------------------------------------------------------

/**
 * Markers that state a predicate as expected, planned, possible or alleged rather than done, with
 * the class each belongs to. Multi-word markers are space-separated lemmas; "to" / "have" between
 * the marker and the verb are skipped. Plain tense ("will", "would"), obligation ("should"),
 * attempts ("tried to") and appearance ("seems to") are not hedges of this kind: on discrepancy-MSRP
 * and MSRP they marked paraphrases written before and after an event, not a fact put in doubt.
 */
export const CERTAINTY_MARKERS: ReadonlyMap<string, 'expected' | 'planned' | 'possible' | 'alleged'> = new Map([
  ['expect', 'expected'], ['be expect', 'expected'], ['be due', 'expected'], ['be set', 'expected'], ['be schedule', 'expected'],
  ['be slate', 'expected'], ['be poise', 'expected'], ['be likely', 'expected'], ['be unlikely', 'possible'], ['be poised', 'expected'],
  ['be to', 'expected'], ['be go to', 'expected'], ['be about', 'expected'],
  ['plan', 'planned'], ['intend', 'planned'], ['aim', 'planned'], ['hope', 'planned'], ['propose', 'planned'],
  ['consider', 'planned'], ['threaten', 'planned'], ['vow', 'planned'], ['pledge', 'planned'], ['promise', 'planned'],
  ['may', 'possible'], ['might', 'possible'], ['could', 'possible'],
  ['possibly', 'possible'], ['probably', 'possible'], ['likely', 'possible'], ['perhaps', 'possible'], ['maybe', 'possible'],
  ['reportedly', 'alleged'], ['allegedly', 'alleged'], ['purportedly', 'alleged'], ['supposedly', 'alleged'],
  ['be allege', 'alleged'], ['be report', 'alleged'], ['be say', 'alleged'], ['be believe', 'alleged'], ['be think', 'alleged'],
  ['be suspect', 'alleged'], ['be rumor', 'alleged'], ['be understand', 'alleged'],
  ['be thought', 'alleged'], ['be feared', 'alleged'], ['be fear', 'alleged'], ['be presume', 'alleged'],
  ['suspected', 'alleged'], ['alleged', 'alleged'],
]);

// ---------------------------------------------------------------------------------------------
// roles
// ---------------------------------------------------------------------------------------------

/** Predicates whose two participants can change places without changing the fact ("met", "drew with"). */
export const SYMMETRIC_PREDICATES: ReadonlySet<string> = new Set([
  'meet', 'draw', 'tie', 'marry', 'negotiate', 'talk', 'speak', 'agree', 'sign', 'merge', 'clash', 'fight', 'trade', 'share',
  'discuss', 'join', 'partner', 'ally', 'cooperate', 'collaborate', 'compete', 'play', 'face', 'border', 'resemble', 'match',
  'split', 'divorce', 'reconcile', 'confer', 'correspond', 'differ', 'disagree', 'argue', 'quarrel', 'battle', 'exchange', 'swap',
  'link', 'connect', 'unite', 'debate',
]);

/**
 * Converse predicates: "A sold X to B" is "B bought X from A"; "A lost to B" is "B beat A". The
 * first verb's subject is the second verb's object.
 */
export const CONVERSES: ReadonlyArray<readonly [string, string]> = [
  ['sell', 'buy'], ['lend', 'borrow'], ['give', 'receive'], ['teach', 'learn'], ['lose', 'beat'], ['lose', 'defeat'],
  ['trail', 'lead'], ['succeed', 'precede'], ['employ', 'work'],
];

/**
 * Units of measure by their canonical name: two different ones (miles / kilometres) are a
 * conversion, never the same written figure; spellings of one unit (kilos / kg) are the same unit.
 */
export const MEASURES: ReadonlyMap<string, string> = new Map([
  ['mile', 'mile'], ['kilometre', 'km'], ['kilometer', 'km'], ['km', 'km'], ['metre', 'm'], ['meter', 'm'], ['m', 'm'],
  ['foot', 'ft'], ['feet', 'ft'], ['ft', 'ft'], ['yard', 'yd'], ['inch', 'in'], ['inche', 'in'], ['centimetre', 'cm'],
  ['centimeter', 'cm'], ['cm', 'cm'], ['millimetre', 'mm'], ['millimeter', 'mm'], ['mm', 'mm'], ['lb', 'lb'],
  ['kilogram', 'kg'], ['kg', 'kg'], ['kilo', 'kg'], ['ton', 'ton'], ['tonne', 't'], ['ounce', 'oz'], ['gram', 'g'],
  ['gallon', 'gal'], ['litre', 'l'], ['liter', 'l'], ['acre', 'acre'], ['hectare', 'ha'], ['mph', 'mph'],
  ['kph', 'kph'], ['fahrenheit', 'f'], ['celsius', 'c'],
]);

// ── Words of amounts (facts/amounts.ts) ──
/** Words for "per cent" after a figure. */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct', 'percentage']);
/** Words of a claim about weight: its "pounds" weigh. */
export const WEIGHT_CONTEXT: ReadonlySet<string> = new Set(['weigh', 'weighs', 'weighed', 'weighing', 'weight', 'kg', 'kilograms', 'kilos', 'heavier', 'lighter', 'overweight', 'obese', 'lbs', 'lb', 'tonnes', 'ounces']);
/** Words after a bare "m" that make it metres rather than million. */
export const METRE_CONTEXT: ReadonlySet<string> = new Set(['tall', 'high', 'long', 'deep', 'wide', 'away', 'above', 'below', 'under', 'underground', 'from', 'in', 'up', 'down']);
/** Words between a figure and its counted noun that are not the noun ("12 more people", "40 new homes"). */
export const COUNT_FILLERS: ReadonlySet<string> = new Set(['more', 'new', 'other', 'additional', 'extra', 'of', 'the', 'their', 'its', 'his', 'her', 'our', 'per', 'a']);
/** Currency codes of dollars: a bare "$" may stand for any of them. */
export const DOLLAR_CODES: ReadonlySet<string> = new Set(['USD', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'TWD']);

// ── Words of dates and times (facts/datetime.ts) ──
/** Words before a bare month or year that make it a date ("in June", "since 1998"). */
export const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'since', 'until', 'till', 'by', 'of', 'during', 'from', 'through', 'throughout', 'before', 'after', 'between', 'last', 'next', 'this', 'early', 'mid', 'late']);
/** Words allowed between a time and a date of one expression ("at noon on Sunday", "Friday at 7 p.m."). */
export const DATE_TIME_JOINERS: ReadonlySet<string> = new Set(['on', 'at', 'of', 'the', ',', 'around', 'about']);

// ── Words of years (facts/dates.ts) ──
/** Words before a bare number that make it a year ("in 1998", "fiscal 2003"). */
export const YEAR_CUES: ReadonlySet<string> = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'before', 'after', 'early',
  'late', 'mid', 'the', 'to', 'and', 'through', 'for', 'year', 'fiscal', 'spring', 'summer', 'autumn', 'fall', 'winter']);

// ── Words of counts (facts/numbers.ts) ──
/** Words that are never the counted noun. */
export const COUNTED_NOUN_STOP: ReadonlySet<string> = new Set(['of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'by', 'from', 'with', 'as', 'than', 'is',
  'are', 'was', 'were', 'be', 'has', 'have', 'had', 'will', 'would', 'that', 'which', 'who', 'a', 'an', 'the', 'it',
  'percent', 'per', 'over', 'into', 'after', 'before', 'since', 'during', 'while', 'but', 'if', 'when', 'so', 'said',
  'says', 'each', 'apiece', 'times', 'up', 'down', 'out', 'off']);
/** Plural round numbers that count vaguely ("hundreds of people"). */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'billions']);
/** Words before "one" that make it a pronoun, not a count ("no one", "any one", "the one"). */
export const ONE_BLOCKERS: ReadonlySet<string> = new Set(['no', 'any', 'every', 'each', 'the', 'this', 'that', 'someone', 'anyone', 'which']);

// ── Words of polarity (facts/opposites.ts) ──
/**
 * Light verbs whose WordNet antonyms are senses news rarely means ("had" / "lacked", "changed" /
 * "stayed", "came" / "went"): left out of the generated table (the curated list may still pair them).
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['have', 'lack', 'be', 'do', 'get', 'go', 'come', 'give', 'take', 'make', 'keep', 'stay', 'move', 'change', 'bring', 'put', 'set', 'let', 'lie', 'sit', 'stand', 'find', 'ask', 'answer', 'send', 'hold', 'run', 'work', 'play', 'turn', 'see', 'look', 'show', 'call', 'talk', 'tell']);
/** Words that negate the predicate after them, for opposite predicates. */
export const POLARITY_NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'nor', 'cannot', 'without', 'barely', 'hardly', 'scarcely']);
/** Auxiliaries and adverbs passed over between a negator and its predicate. */
export const POLARITY_AUXILIARIES: ReadonlySet<string> = new Set(['be', 'have', 'do', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'yet', 'also', 'still', 'ever', 'even', 'so', 'far', 'then']);
/** Lemmas that polarity alone must not be read on: auxiliaries and the implicit negatives themselves. */
export const POLARITY_NOT_PREDICATES: ReadonlySet<string> = new Set(['be', 'have', 'do', 'say', 'tell', 'to']);
/** Words that make a claim negative somewhere: with one on the side without the negation, the slot comparison of negations decides. */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set([...POLARITY_NEGATORS, 'neither', 'nor', 'none', 'nobody', 'nothing', 'nowhere', 'unless', 'lack', 'absence', 'absent', 'barely', 'hardly', 'scarcely', 'seldom', 'rarely', 'unable', ...IMPLICIT_NEGATIVES]);

// ── Words of certainty (facts/certainty.ts) ──
/** Words skipped between a marker and its verb: "expected to formally begin", "is believed to have sunk". */
export const CERTAINTY_SKIP: ReadonlySet<string> = new Set(['to', 'have', 'be', 'been', 'being', 'formally', 'officially', 'soon', 'also', 'still', 'finally', 'eventually', 'then', 'now', 'again', 'quickly', 'fully']);
/** Determiners after "considering" / "proposed" that introduce a noun predicate ("considering a ban"). */
export const CERTAINTY_NOUN_INTRO: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'new']);
/** The lemma of "be" ("is expected to", "was believed"). */
export const CERTAINTY_BE: ReadonlySet<string> = new Set(['be']);
/** Quotation marks passed over between a hedge and its predicate. */
export const QUOTE_MARK_CHARS: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
/** Modals that make a predicate possible rather than done. */
export const CERTAINTY_MODALS: ReadonlySet<string> = new Set(['may', 'might', 'could']);
/** Words of a verb group that make it not a report of something done ("will be controlled", "would sell"). */
export const NOT_DONE: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'should', 'can', 'must', "'ll", 'wo', 'to', 'may', 'might', 'could']);
/** Verbs that attribute what follows: "police said the suspect fled" is a report, not a fact stated. */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set(['say', 'tell', 'claim', 'allege', 'report', 'state', 'testify', 'insist', 'argue', 'announce', 'add', 'accuse', 'suggest', 'believe', 'think', 'assert', 'contend', 'maintain', 'according', 'quote', 'confirm', 'deny', 'warn', 'predict', 'estimate', 'expect', 'hope', 'fear']);
/** Lemmas that are never the predicate a hedge is read on. */
export const CERTAINTY_NOT_PREDICATES: ReadonlySet<string> = new Set(['be', 'have', 'do', 'say', 'tell', 'report', 'expect', 'plan', 'allege', 'not', "n't", 'no', 'never']);

/** Magnitude words and their abbreviations after a figure ("5m", "2.5 billion", "3 lakh"). */
export const MAGNITUDE_WORDS: ReadonlyMap<string, bigint> = new Map([
  ['k', 1000n], ['thousand', 1000n], ['m', 1_000_000n], ['mn', 1_000_000n], ['mln', 1_000_000n], ['million', 1_000_000n],
  ['millions', 1_000_000n], ['bn', 1_000_000_000n], ['b', 1_000_000_000n], ['billion', 1_000_000_000n], ['billions', 1_000_000_000n],
  ['tn', 1_000_000_000_000n], ['trillion', 1_000_000_000_000n], ['lakh', 100_000n], ['lakhs', 100_000n], ['crore', 10_000_000n],
  ['crores', 10_000_000n],
]);

/** Fraction words as numerator and denominator ("half", "two thirds"). */
export const FRACTION_WORDS: ReadonlyMap<string, [bigint, bigint]> = new Map([
  ['half', [1n, 2n]], ['halves', [1n, 2n]], ['third', [1n, 3n]], ['thirds', [1n, 3n]], ['quarter', [1n, 4n]], ['quarters', [1n, 4n]],
  ['fourth', [1n, 4n]], ['fourths', [1n, 4n]], ['fifth', [1n, 5n]], ['fifths', [1n, 5n]], ['sixth', [1n, 6n]], ['sixths', [1n, 6n]],
  ['tenth', [1n, 10n]], ['tenths', [1n, 10n]],
]);

/** Currency symbols and the currency each stands for ("$" is any dollar; "¥" yen or yuan). */
export const SYMBOL_CURRENCY: ReadonlyMap<string, string> = new Map([
  ['$', '$'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY/CNY'], ['₹', 'INR'], ['₽', 'RUB'], ['₩', 'KRW'], ['₺', 'TRY'], ['₪', 'ILS'],
  ['₴', 'UAH'], ['₦', 'NGN'], ['₱', 'PHP'], ['฿', 'THB'], ['₫', 'VND'],
]);

/** Letters before "$" that name the dollar ("US$", "A$", "C$", "HK$"). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['a', 'AUD'], ['au', 'AUD'], ['c', 'CAD'], ['ca', 'CAD'], ['nz', 'NZD'], ['hk', 'HKD'], ['s', 'SGD'], ['nt', 'TWD'],
]);

/** Words before "X to Y" that make it a change ("rose 5 to 20", "from 8 to 5"), not a range. */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'by', 'up', 'down', 'from', 'rose', 'rise', 'rises', 'fell', 'fall', 'falls', 'gained', 'gains', 'lost', 'loses',
  'jumped', 'dropped', 'slipped', 'added', 'shed', 'climbed', 'declined', 'increased', 'decreased', 'cut', 'raised',
  'lowered', 'edged', 'surged', 'plunged', 'tumbled', 'soared', 'eased', 'advanced', 'sank', 'grew', 'widened',
  'narrowed', 'slid', 'dipped', 'lower', 'higher', 'off', 'jump', 'increase', 'decrease',
]);
