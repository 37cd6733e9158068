/** Constant word tables used by the fact extractors (all lower-case). */



export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['dozen', 12], ['dozens', 24], ['hundred', 100], ['thousand', 1000], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['hundreds', 200], ['thousands', 2000], ['millions', 2e6],
]);

export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1000], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['mln', 1e6], ['bln', 1e9], ['m', 1e6], ['bn', 1e9], ['k', 1000],
]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['twentieth', 20],
]);

export const FRACTION_DENOMS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fourth', 4], ['fourths', 4],
  ['fifth', 5], ['fifths', 5], ['tenth', 10], ['tenths', 10],
]);

/** Qualifier phrases before a number, longest first, mapped to the canonical qualifier. */
export const QUALIFIERS: ReadonlyArray<[string[], string]> = [
  [['at', 'least'], 'at least'], [['no', 'fewer', 'than'], 'at least'], [['no', 'less', 'than'], 'at least'],
  [['more', 'than'], 'more than'], [['over'], 'more than'], [['upwards', 'of'], 'more than'], [['in', 'excess', 'of'], 'more than'],
  [['less', 'than'], 'less than'], [['fewer', 'than'], 'less than'], [['under'], 'less than'], [['below'], 'less than'],
  [['at', 'most'], 'at most'], [['up', 'to'], 'at most'], [['no', 'more', 'than'], 'at most'],
  [['as', 'much', 'as'], 'at most'], [['as', 'many', 'as'], 'at most'], [['as', 'high', 'as'], 'at most'],
  [['about'], 'about'], [['around'], 'about'], [['approximately'], 'about'], [['roughly'], 'about'], [['some'], 'about'],
  [['nearly'], 'about'], [['almost'], 'about'], [['an', 'estimated'], 'about'], [['estimated'], 'about'], [['close', 'to'], 'about'],
  [['exactly'], 'exactly'], [['just'], 'about'], [['only'], 'exactly'],
];

/** Words skipped when looking for the counted noun after a number. */
export const UNIT_SKIP: ReadonlySet<string> = new Set([
  'such', 'more', 'other', 'new', 'additional', 'of', 'the', 'further', 'separate', 'different', 'own', 'major',
  'small', 'large', 'big', 'little', 'few', 'extra', 'total', 'straight', 'consecutive', 'previous', 'last', 'first',
]);

export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', '$'], ['£', '£'], ['€', '€'], ['¥', '¥'],
]);

export const UNIT_ALIASES: ReadonlyMap<string, string> = new Map([
  ['percent', '%'], ['pct', '%'], ['percentage', '%'], ['dollar', '$'], ['dollars', '$'], ['usd', '$'],
  ['pound', '£'], ['pounds', '£'], ['euro', '€'], ['euros', '€'], ['people', 'person'], ['persons', 'person'],
  ['men', 'man'], ['women', 'woman'], ['children', 'child'], ['yr', 'year'], ['yrs', 'year'],
]);

/** Capitalised words that are never a name on their own. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her',
  'its', 'their', 'our', 'my', 'your', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'but', 'and', 'or', 'if',
  'when', 'while', 'after', 'before', 'as', 'since', 'also', 'however', 'yet', 'so', 'some', 'many', 'most', 'all',
  'both', 'each', 'no', 'not', 'there', 'here', 'what', 'which', 'who', 'why', 'how', 'where', 'to', 'of', 'than',
  'then', 'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'last', 'next', 'one', 'two', 'three', 'other', 'others',
  'such', 'only', 'even', 'still', 'just', 'because', 'although', 'though', 'despite', 'during', 'under', 'over',
  'about', 'against', 'between', 'into', 'through', 'without', 'within', 'among', 'meanwhile', 'instead', 'earlier',
  'later', 'thus', 'therefore', 'indeed', 'according', 'officials', 'police', 'authorities', 'analysts', 'experts',
  'critics', 'sources', 'people', 'shares', 'stocks', 'prices', 'sales', 'profit', 'revenue', 'earnings', 'investors',
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can',
  'could', 'should', 'may', 'might', 'must', 'said', 'says', 'told', 'asked', 'added', 'noted', 'under', 'until',
  'unless', 'whether', 'every', 'any', 'another', 'several', 'few', 'more', 'less', 'much', 'very', 'well', 'once',
  'again', 'first', 'second', 'third', 'new', 'old', 'up', 'down', 'out', 'off', 'like', 'unlike', 'let', 'please',
  'yes', 'ok', 'mr', 'mrs', 'ms', 'dr', 'sir', 'madam', 'both', 'either', 'neither', 'nor', 'whose', 'whom',
  'me', 'him', 'them', 'us', 'himself', 'herself', 'itself', 'themselves', 'am', 'being', 'having', 'having',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'aug', 'sept',
  'oct', 'nov', 'dec', 'inc', 'ltd', 'corp', 'co', 'jr', 'sr', 'percent', 'shortly', 'currently', 'recently',
  'separately', 'previously', 'initially', 'finally', 'additionally', 'furthermore', 'moreover', 'overall', 'together',
  'nevertheless', 'nonetheless', 'otherwise', 'rather', 'perhaps', 'maybe', 'certainly', 'clearly', 'obviously',
  // time zones ("6 p.m. EDT")
  'gmt', 'utc', 'edt', 'est', 'cdt', 'cst', 'mdt', 'mst', 'pdt', 'pst', 'bst', 'cet', 'cest', 'aest', 'aedt', 'ist',
]);

/** Titles and roles: cue a person name that follows; not part of the name. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'vice',
  'secretary', 'minister', 'prime', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir',
  'general', 'gen', 'gen.', 'lt', 'lieutenant', 'col', 'colonel', 'capt', 'captain', 'major', 'maj', 'sgt', 'sergeant',
  'admiral', 'adm', 'commander', 'cmdr', 'chief', 'officer', 'director', 'chairman', 'chairwoman', 'chair', 'ceo',
  'spokesman', 'spokeswoman', 'spokesperson', 'rep', 'representative', 'sen', 'senator', 'gov', 'governor', 'mayor',
  'judge', 'justice', 'attorney', 'prosecutor', 'sheriff', 'detective', 'det', 'inspector', 'pope', 'rev', 'reverend',
  'bishop', 'cardinal', 'rabbi', 'imam', 'ayatollah', 'leader', 'speaker', 'ambassador', 'envoy', 'commissioner',
  'superintendent', 'supt', 'coach', 'manager', 'executive', 'analyst', 'economist', 'candidate', 'lawyer',
  'deputy', 'assistant', 'acting', 'former', 'state', 'defense', 'defence', 'foreign', 'interior', 'finance',
  'treasury', 'health', 'justice', 'energy', 'trade', 'homeland', 'security', 'opposition', 'democratic', 'republican',
  'democrat', 'senior', 'founder', 'owner', 'partner', 'vp', 'cfo', 'coo', 'cto', 'agent', 'trooper', 'corporal',
  'cpl', 'private', 'pvt', 'marshal', 'dean', 'chef', 'editor', 'publisher', 'author', 'actor', 'actress', 'singer',
  'star', 'head', 'boss', 'adviser', 'advisor', 'aide', 'brig', 'brigadier', 'pm', 'whip',
]);

/**
 * Words that make a title with the title word after them ("Agriculture Secretary", "District
 * Judge", "Education Minister"): before a title they are part of it, not a name of their own.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'agriculture', 'education', 'transportation', 'transport', 'commerce', 'labor', 'labour', 'housing', 'veterans',
  'environment', 'culture', 'immigration', 'economy', 'industry', 'tourism', 'science', 'development', 'sports',
  'information', 'communications', 'welfare', 'employment', 'fisheries', 'mines', 'petroleum', 'oil', 'water',
  'district', 'circuit', 'magistrate', 'appeals', 'bankruptcy', 'probate', 'family', 'majority', 'minority',
]);

export const ORG_WORDS: ReadonlySet<string> = new Set([
  'corp', 'corporation', 'inc', 'ltd', 'llc', 'plc', 'co', 'company', 'companies', 'group', 'holdings', 'ministry',
  'department', 'agency', 'council', 'party', 'bank', 'university', 'college', 'school', 'police', 'army', 'navy',
  'force', 'forces', 'corps', 'guard', 'committee', 'commission', 'association', 'union', 'court', 'congress',
  'senate', 'parliament', 'administration', 'organization', 'organisation', 'institute', 'foundation', 'hospital',
  'airlines', 'airways', 'systems', 'technologies', 'technology', 'software', 'motors', 'news', 'times', 'post',
  'journal', 'network', 'networks', 'bureau', 'office', 'board', 'service', 'services', 'fund', 'trust', 'exchange',
  'federation', 'league', 'club', 'team', 'brigade', 'brigades', 'movement', 'front', 'front', 'resistance',
  'authority', 'assembly', 'cabinet', 'government', 'pentagon', 'reuters', 'press', 'television', 'radio', 'labs', 'house', 'act', 'bill', 'treaty', 'amendment', 'accord', 'convention', 'protocol',
  'laboratories', 'pharmaceuticals', 'energy', 'communications', 'telecom', 'industries', 'partners', 'capital',
  'securities', 'investments', 'media', 'entertainment', 'studios', 'records', 'church', 'center', 'centre', 'museum',
]);

export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'city', 'county', 'province', 'state', 'island', 'islands', 'river', 'valley', 'mountains', 'mount', 'lake',
  'sea', 'ocean', 'gulf', 'bay', 'district', 'region', 'republic', 'kingdom', 'street', 'avenue', 'road', 'square',
  'strip', 'bank', 'peninsula', 'desert', 'heights', 'coast', 'airport', 'port', 'beach', 'park', 'village', 'town',
  'governorate', 'territory', 'territories',
]);

/** Prepositions that cue a place name right after them. */
export const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'near', 'at', 'from', 'outside', 'across', 'into', 'toward', 'towards', 'to', 'around', 'between']);

/** The US states the gazetteer's rows below do not already name (places inside a country: SUBNATIONAL). */
const MORE_US_STATES: readonly string[] = [
  'alabama', 'alaska', 'arkansas', 'colorado', 'connecticut', 'delaware', 'hawaii', 'idaho', 'indiana', 'iowa',
  'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'minnesota', 'mississippi', 'missouri',
  'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'north carolina', 'north dakota',
  'oklahoma', 'oregon', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'vermont', 'west virginia',
  'wisconsin', 'wyoming',
];

/** A small gazetteer of countries, regions and large cities (lower-case, particles kept). */
export const GAZETTEER: ReadonlySet<string> = new Set([
  ...MORE_US_STATES,
  'afghanistan', 'albania', 'algeria', 'angola', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan',
  'bahrain', 'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'britain', 'bulgaria', 'burma',
  'cambodia', 'cameroon', 'canada', 'chad', 'chile', 'china', 'colombia', 'congo', 'croatia', 'cuba', 'cyprus',
  'czech republic', 'denmark', 'djibouti', 'ecuador', 'egypt', 'england', 'eritrea', 'estonia', 'ethiopia', 'europe',
  'finland', 'france', 'georgia', 'germany', 'ghana', 'greece', 'guatemala', 'haiti', 'honduras', 'hungary',
  'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'jamaica', 'japan', 'jordan',
  'kazakhstan', 'kenya', 'korea', 'north korea', 'south korea', 'kosovo', 'kuwait', 'laos', 'latvia', 'lebanon',
  'liberia', 'libya', 'lithuania', 'malaysia', 'mali', 'mexico', 'moldova', 'mongolia', 'morocco', 'mozambique',
  'nepal', 'netherlands', 'new zealand', 'nicaragua', 'niger', 'nigeria', 'norway', 'oman', 'pakistan', 'palestine',
  'panama', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda',
  'saudi arabia', 'scotland', 'senegal', 'serbia', 'singapore', 'slovakia', 'somalia', 'south africa', 'spain',
  'sri lanka', 'sudan', 'sweden', 'switzerland', 'syria', 'taiwan', 'tanzania', 'thailand', 'tunisia', 'turkey',
  'uganda', 'ukraine', 'united kingdom', 'united states', 'united arab emirates', 'uruguay', 'uzbekistan', 'venezuela',
  'vietnam', 'wales', 'yemen', 'zambia', 'zimbabwe', 'africa', 'asia', 'america', 'latin america', 'middle east',
  'gaza', 'west bank', 'london', 'paris', 'berlin', 'moscow', 'beijing', 'tokyo', 'washington', 'new york', 'baghdad',
  'damascus', 'tehran', 'kabul', 'jerusalem', 'tel aviv', 'cairo', 'beirut', 'riyadh', 'ankara', 'istanbul', 'kyiv',
  'kiev', 'rome', 'madrid', 'brussels', 'geneva', 'vienna', 'delhi', 'new delhi', 'mumbai', 'islamabad', 'karachi',
  'jakarta', 'manila', 'seoul', 'hong kong', 'shanghai', 'sydney', 'toronto', 'chicago', 'los angeles', 'boston',
  'texas', 'california', 'florida', 'ohio', 'virginia', 'michigan', 'illinois', 'pennsylvania', 'arizona', 'utah',
  'u.s.', 'us', 'uk', 'u.k.', 'usa', 'eu', 'syrian', 'mosul', 'aleppo', 'homs', 'basra', 'kandahar', 'fallujah',
]);

/** Gazetteer entries that are cities, states or regions rather than countries. */
export const SUBNATIONAL: ReadonlySet<string> = new Set([
  ...MORE_US_STATES,
  'gaza', 'west bank', 'london', 'paris', 'berlin', 'moscow', 'beijing', 'tokyo', 'washington', 'new york', 'baghdad',
  'damascus', 'tehran', 'kabul', 'jerusalem', 'tel aviv', 'cairo', 'beirut', 'riyadh', 'ankara', 'istanbul', 'kyiv',
  'kiev', 'rome', 'madrid', 'brussels', 'geneva', 'vienna', 'delhi', 'new delhi', 'mumbai', 'islamabad', 'karachi',
  'jakarta', 'manila', 'seoul', 'hong kong', 'shanghai', 'sydney', 'toronto', 'chicago', 'los angeles', 'boston',
  'texas', 'california', 'florida', 'ohio', 'virginia', 'michigan', 'illinois', 'pennsylvania', 'arizona', 'utah',
  'mosul', 'aleppo', 'homs', 'basra', 'kandahar', 'fallujah', 'england', 'scotland', 'wales',
]);

/** Continents and world regions: wider than any one country. */
export const WORLD_REGIONS: ReadonlySet<string> = new Set(['africa', 'asia', 'europe', 'america', 'latin america', 'middle east']);

/** Acronyms with well-known expansions that are not plain initials. */
export const ACRONYM_EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ['us', 'united states'], ['usa', 'united states'], ['uk', 'united kingdom'], ['un', 'united nations'],
  ['eu', 'european union'], ['who', 'world health organization'], ['fbi', 'federal bureau of investigation'],
  ['cia', 'central intelligence agency'], ['nato', 'north atlantic treaty organization'],
]);

/** Other names of the same place or body (normalised forms, or the name whole in lower case): each row is one. */
export const NAME_ALIASES: ReadonlyArray<readonly string[]> = [
  ['us', 'usa', 'united states', 'united states of america', 'america', 'american', 'americans'],
  ['uk', 'united kingdom', 'britain', 'great britain', 'british'],
  ['un', 'united nations'], ['eu', 'european union'],
  ['pentagon', 'defense department', 'defence department', 'department of defense', 'department of defence', 'us defense department', 'dod'],
];



export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'stated', 'declared', 'wrote', 'writes', 'explained', 'noted',
  'asked', 'insisted', 'warned', 'replied', 'remarked', 'announced', 'argued', 'claimed', 'continued', 'acknowledged',
]);

export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);

/** Words that open a sentence before its speaker and are no part of it ("But he added: …"). */
export const SPEAKER_OPENERS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'then', 'still', 'however', 'also', 'or']);
