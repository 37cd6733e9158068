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
};

// -ise/-isation words that are British spellings of -ize (a closed list: "rise", "wise", "promise" are not).
export const ISE_STEMS = new Set((
  'organ recogn real apolog critic emphas author legal modern civil stabil mobil normal minim maxim optim ' +
  'priorit privat national capital character special general summar symbol standard util final central ' +
  'mobil neutral harmon memor sympath terror categor famil visual vapor fertil steril subsid monopol ' +
  'polar radical hospital decentral destabil militar democrat demoral scrutin industrial urban global ' +
  'computer jeopard econom agon fantas hypothes idol ideal liberal local material patron penal publ ' +
  'revital sanit scandal colon'
).split(' '));

export const BRIT: ReadonlyMap<string, string> = new Map([
  ['defence', 'defense'], ['offence', 'offense'], ['licence', 'license'], ['pretence', 'pretense'],
  ['centre', 'center'], ['centres', 'centers'], ['metre', 'meter'], ['metres', 'meters'], ['theatre', 'theater'],
  ['programme', 'program'], ['programmes', 'programs'], ['cheque', 'check'], ['grey', 'gray'], ['tyre', 'tire'],
  ['ageing', 'aging'], ['judgement', 'judgment'], ['towards', 'toward'], ['whilst', 'while'], ['amongst', 'among'],
  ['per cent', 'percent'], ['aeroplane', 'airplane'], ['manoeuvre', 'maneuver'], ['jewellery', 'jewelry'],
  ['mr', 'mr'], ['us', 'us'], ['usa', 'us'], ['uk', 'uk'],
]);

export const OUR_EXCEPT = new Set(['our', 'four', 'hour', 'your', 'tour', 'pour', 'flour', 'sour', 'dour', 'contour', 'detour', 'devour', 'hours', 'yours', 'ours', 'tours']);

export const ISE_EXCEPT = new Set(['rise', 'wise', 'otherwise', 'precise', 'exercise', 'advise', 'promise', 'surprise',
  'enterprise', 'compromise', 'franchise', 'expertise', 'premise', 'concise', 'revise', 'supervise', 'televise',
  'devise', 'merchandise', 'advertise', 'despise', 'disguise', 'noise', 'poise', 'praise', 'raise', 'arise', 'cruise',
  'bruise', 'chastise', 'demise', 'improvise', 'likewise', 'clockwise', 'paradise', 'treatise', 'concise', 'excise', 'incise']);
