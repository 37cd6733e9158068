/** Function words, by what each list is for. */

export const STOP_WORDS: ReadonlySet<string> = new Set((
  'a an the and or but if then else so than that this these those there here of to in on at by for from with ' +
  'about as into onto upon over under after before between through during since until while within along ' +
  'across against among around behind beyond off out up down be is am are was were been being have has had ' +
  'having do does did doing done will would shall should can could may might must i me my mine myself we us ' +
  'our ours ourselves you your yours yourself he him his himself she her hers herself it its itself they them ' +
  'their theirs themselves what which who whom whose when where why how all any both each few more most ' +
  'other some such only own same too very just also s \'s \'re \'ve \'ll \'d \'m ca wo sha one ones its ' +
  'get got gets because via per whether either yet still even ever although though however'
).split(' '));

export const WEAK_CONTEXT = new Set(['the', 'a', 'an', 'and', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'that', 'is', 'was', 'were', 'are', 'be', 'has', 'had', 'have', 'it', 'its', 'his', 'her', 'their', 'as']);

export const FUNCTION_WORDS = new Set(
  'the a an of to in and or but is are was were be been has have had it its that this these those on at by for with from as not no he she they we you i his her their our said says will would can could'.split(' '),
);

/** Words that mark a statement as uncertain; a claim that drops its source's hedge overstates it. */
export const HEDGES = new Set([
  'believe', 'believed', 'allegedly', 'alleged', 'reportedly', 'may', 'might', 'could', 'possibly', 'suspected',
  'suspect', 'apparently', 'likely', 'probably', 'claim', 'claimed', 'claims', 'accused', 'nearly', 'almost',
  'roughly', 'approximately', 'estimated', 'expected', 'appears', 'appeared', 'seems', 'seemed',
]);

/** Prepositions that give a name its role in a clause ("to Congress" / "from Texas": two roles). */
export const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'near', 'at', 'from', 'to', 'into', 'outside', 'across', 'toward', 'towards', 'around', 'between',
  'by', 'of', 'for', 'with', 'on', 'against', 'under', 'over', 'after', 'before', 'during', 'through', 'without',
]);
