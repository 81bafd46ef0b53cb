// Words around an amount that say what the amount is: a record, a comparison, a change, a forecast.

/**
 * What a record phrase says about the amount it is attached to: a record, the record that was beaten, or a first
 * time above an amount ("crossed $300 million for the first time"), which claims nothing without an amount.
 */
export type ClaimKind = 'claim' | 'previous' | 'first';

/** Phrases claiming an all-time high, and phrases naming the record that was beaten. */
export const CLAIM_PHRASES: ReadonlyArray<readonly [string, ClaimKind]> = [
  ...['highest ever', 'highest-ever', 'all time high', 'all-time high', 'all time record', 'all-time record',
    'all-time highest', 'all time highest', 'all-time peak', 'record high', 'record-high', 'record level',
    'record-breaking', 'record breaking', 'new record', 'new high', 'new all-time high', 'new peak', 'fresh record',
    'fresh high', 'historic high', 'historical high', 'historic peak', 'record', 'highest monthly', 'highest ever monthly',
    'best month', 'best-ever', 'best ever', 'best monthly', 'highest in history', 'highest since records began',
    'highest since record keeping began', 'highest since records were first kept', 'highest since inception', "highest in the country's history",
    'highest in the history', 'highest level in history', "highest level in the country's history", 'highest in its history',
    'highest level in its history', 'highest on record', 'highest level on record', 'highest level ever', 'lifetime high',
    'never before', 'unprecedented', 'record monthly', 'all-time monthly high', 'all time monthly high',
    'all-time monthly record', 'record month', 'best-ever month', 'highest-ever month', 'new monthly record',
    'monthly record', 'record-high monthly', 'highest-ever monthly', 'highest single-month', 'highest for a single month',
    'بلند ترین سطح', 'بلند ترین', 'تاریخ کی بلند ترین', 'ریکارڈ', 'ریکارڈ سطح', 'نیا ریکارڈ', 'تاریخی سطح',
    'تاریخی بلند ترین', 'اب تک کی سب سے زیادہ', 'اب تک کی بلند ترین', 'ریکارڈ توڑ', 'تاریخ میں سب سے زیادہ',
    // "for the first time" before an amount: first above it, a record by the corpus' conventions
    'پہلی مرتبہ', 'پہلی بار', 'پہلی دفعہ']
    .map((p) => [p, 'claim'] as const),
  ...['for the first time', 'for the first time ever', 'first time ever', 'for the first-ever time'].map((p) => [p, 'first'] as const),
  ...['previous record', 'previous high', 'previous all-time high', 'previous peak', 'previous best', 'previous highest',
    'previous record high', 'previous monthly record', 'previous monthly high', 'earlier record', 'earlier high',
    'prior record', 'prior high', 'former record', 'old record', 'last record', 'preceding record', 'previous best month',
    'سابقہ ریکارڈ', 'پچھلا ریکارڈ', 'گزشتہ ریکارڈ', 'سابق ریکارڈ', 'پچھلی بلند ترین', 'سابقہ بلند ترین']
    .map((p) => [p, 'previous'] as const),
];

/** Words right after "record" that make it a record of something other than a month's level. */
export const NOT_A_MONTHLY_RECORD_AFTER: ReadonlySet<string> = new Set([
  'annual', 'yearly', 'quarterly', 'half-yearly', 'cumulative', 'full-year', 'fiscal', 'growth', 'increase', 'rise',
  'jump', 'surge', 'gain', 'gains', 'pace', 'rate', 'number', 'numbers', 'first', 'second', 'third', 'nine', 'ten',
  'four', 'quarter', 'half', 'calendar', 'سالانہ', 'اضافہ', 'اضافے', 'شرح', 'سہ', 'ششماہی', 'بڑھوتری', 'کمی', 'turnout',
  'harvest', 'crop', 'production', 'profit', 'profits', 'sales',
]);

/** Words just before a record phrase that take it back ("second-highest", "annual record"). */
export const NOT_A_MONTHLY_RECORD_BEFORE: ReadonlySet<string> = new Set([
  'second', 'third', 'fourth', 'fifth', '2nd', '3rd', '4th', 'annual', 'yearly', 'quarterly', 'cumulative', 'sixth',
  'سالانہ', 'دوسری', 'تیسری',
]);

/**
 * Words before a record phrase that say the subject did not reach it ("just shy of the all-time high of $260m",
 * "down from the record $348m"): the record belongs to the amount named after the phrase, if any, and to nothing else.
 */
export const RECORD_ELSEWHERE_BEFORE: ReadonlySet<string> = new Set([
  'near', 'nearly', 'almost', 'shy', 'short', 'from', 'than', 'below', 'under', 'behind', 'off', 'of', 'since',
]);

/** Urdu words of purpose after a record phrase ("… لے جانے کے لیے", in order to take … to): an aim, not a record. */
export const URDU_PURPOSE: ReadonlySet<string> = new Set(['لیے', 'لئے', 'کیلئے', 'کیلیے', 'واسطے']);

/** Verbs that, before an amount or a named record, say it was beaten. */
export const SURPASS_VERBS: ReadonlySet<string> = new Set([
  'surpass', 'surpassed', 'surpassing', 'surpasses', 'beat', 'beating', 'beats', 'broke', 'break', 'breaking',
  'breaks', 'eclipse', 'eclipsed', 'eclipsing', 'exceed', 'exceeded', 'exceeding', 'exceeds', 'overtake', 'overtook',
  'overtaking', 'bettered', 'bettering', 'topped', 'topping', 'outstripped', 'outstripping', 'outpaced',
]);

/** Words before an amount that make it the other side of a comparison. */
export const COMPARISON_WORDS: ReadonlySet<string> = new Set([
  'from', 'against', 'versus', 'vs', 'than', 'compared', 'comparison', 'relative', 'مقابلے', 'مقابلہ', 'بمقابلہ', 'نسبت',
]);

/** Words right before an amount that make it a change, not a level ("up $49 million", "increased by $49m"). */
export const CHANGE_BEFORE: ReadonlySet<string> = new Set(['up', 'down', 'by', 'plus', 'minus']);

/** Nouns that, as "an increase of $X", make the amount a change. */
export const CHANGE_NOUNS: ReadonlySet<string> = new Set([
  'increase', 'rise', 'growth', 'jump', 'decline', 'decrease', 'drop', 'fall', 'surge', 'gain', 'addition',
  'increment', 'contraction', 'dip', 'uptick', 'improvement', 'reduction',
]);

/**
 * Words right after an amount that make it a change ("$700 million more than", "X ڈالر اضافہ"). Urdu puts the verb
 * after the amount it changes by ("0.5 ارب ڈالر بڑھیں", rose by), and before the level it reached ("بڑھ کر X").
 */
export const CHANGE_AFTER: ReadonlySet<string> = new Set([
  'more', 'higher', 'less', 'lower', 'اضافہ', 'اضافے', 'کمی', 'زیادہ', 'کم',
  'بڑھیں', 'بڑھا', 'بڑھی', 'بڑھے', 'گھٹیں', 'گھٹا', 'گھٹی', 'گھٹے', 'گریں',
]);

/** Urdu verb stems that, after an amount and before "گیا" and its forms, make it a change ("X ڈالر بڑھ گئیں"). */
export const URDU_CHANGE_STEMS: ReadonlySet<string> = new Set(['بڑھ', 'گھٹ', 'گر', 'کم']);

/** Words before an amount that hedge it ("nearly $3 billion", "over $300 million"). */
export const HEDGE_BEFORE: ReadonlySet<string> = new Set([
  'over', 'about', 'nearly', 'almost', 'around', 'approximately', 'approx', 'roughly', 'some', 'above', 'under',
  'below', 'circa', 'crossed', 'crossing', 'touched', 'touching', 'تقریباً', 'تقریبا', 'قریباً', 'لگ', 'بھگ',
]);

/** Words that make the amounts after them in the same clause a forecast, target or hypothesis. */
export const PROJECTION_WORDS: ReadonlySet<string> = new Set([
  'target', 'targets', 'targeted', 'targeting', 'goal', 'goals', 'aim', 'aims', 'aiming', 'aimed', 'envisage',
  'envisages', 'envisaged', 'projected', 'projection', 'projections', 'projects', 'forecast', 'forecasts',
  'forecasted', 'expect', 'expects', 'expected', 'expecting', 'expectation', 'expectations', 'estimate', 'estimates',
  'anticipate', 'anticipates', 'anticipated', 'could', 'would', 'will', 'shall', 'might', 'likely', 'potential',
  'potentially', 'hope', 'hopes', 'hoped', 'hoping', 'plan', 'plans', 'planned', 'planning', 'poised', 'required',
  'requires', 'require', 'need', 'needs', 'needed', 'seeks', 'seeking', 'ambition', 'ambitious', 'vision', 'should',
  'must', 'aspire', 'aspires', 'aspiration', 'wants', 'intends', 'promise', 'promised', 'promises', 'pledged', 'can',
  'if', 'unless', 'whether', 'capacity', 'estimated', 'predicted', 'predicts', 'outlook', 'budgeted',
  'ہدف', 'توقع', 'امکان', 'متوقع', 'منصوبہ', 'گا', 'گی', 'گے', 'سکتی', 'سکتا', 'سکتے', 'چاہیے', 'اندازہ', 'تخمینہ',
  'خدشہ', 'خدشات', 'خطرہ', 'پیشگوئی', 'پیش گوئی', 'امید',
]);

/** Word pairs that mark a forecast ("on course", "set to", "on track"). */
export const PROJECTION_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['on', 'course'], ['on', 'track'], ['set', 'to'], ['is', 'to'], ['are', 'to'], ['in', 'order'],
];

/** Words after an amount that make it a threshold or target, not a reported level ("the $300 million mark"). */
export const THRESHOLD_AFTER: ReadonlySet<string> = new Set([
  'mark', 'threshold', 'milestone', 'barrier', 'ceiling', 'target', 'goal', 'benchmark', 'figure-mark', 'level-mark',
  'حد', 'ہدف', 'سنگ', 'کا ہدف',
]);

/** Words that make an amount an average, which is no month's value. */
export const AVERAGE_WORDS: ReadonlySet<string> = new Set(['average', 'averaged', 'averaging', 'avg', 'اوسط', 'اوسطاً']);

/** Words ending a clause: what follows is about something else. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ';', ':', 'while', 'whereas', 'but', 'however', 'meanwhile', 'although', 'though', 'جبکہ', 'تاہم', 'لیکن', 'البتہ',
]);

/** Words that turn a percentage into a fall. */
export const FALL_WORDS: ReadonlySet<string> = new Set([
  'fell', 'fall', 'falls', 'falling', 'declined', 'decline', 'declines', 'declining', 'decreased', 'decrease',
  'decreases', 'decreasing', 'dropped', 'drop', 'drops', 'dropping', 'down', 'lower', 'contracted', 'contraction',
  'plunged', 'plunge', 'slumped', 'slump', 'shrank', 'shrunk', 'dipped', 'dip', 'slid', 'slipped', 'eased', 'negative',
  'کمی', 'گر',
]);

/** Words that say a change is year on year. */
export const YOY_WORDS: ReadonlySet<string> = new Set(['yoy', 'y/y', 'annually', 'year-on-year', 'year-over-year']);
/** Words that say a change is month on month. */
export const MOM_WORDS: ReadonlySet<string> = new Set(['mom', 'm/m', 'month-on-month', 'month-over-month', 'sequentially']);
