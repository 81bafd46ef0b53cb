import { CAUSE_OPENERS, CLAUSE_BREAKS } from '../lexicon/cues.js';
import type { Topic } from '../read/lexicon.js';
import type { MoneyMention } from '../read/money.js';
import type { SentenceReading, Span } from '../read/sentence.js';
import type { Token } from '../text/tokens.js';

/** Amounts that state one figure: "Rs84.6 billion ($303 million)" is one figure in two currencies. */
export interface AmountGroup {
  members: MoneyMention[];
  tStart: number;
  tEnd: number;
}

const EQUIVALENT_OPENERS = new Set([
  'or',
  'about',
  'approximately',
  'roughly',
  'around',
  'nearly',
  'some',
  'equivalent',
  'to',
  'i.e',
  'ie',
  'almost',
]);

/** Groups each amount with an equivalent written in brackets right after it. */
export function groupAmounts(reading: SentenceReading): AmountGroup[] {
  const groups: AmountGroup[] = [];
  for (const m of reading.money) {
    const last = groups[groups.length - 1];
    if (last && isBracketedEquivalent(reading.tokens, last.tEnd, m.tStart)) {
      last.members.push(m);
      last.tEnd = m.tEnd;
      if (reading.tokens[m.tEnd]?.text === ')') last.tEnd = m.tEnd + 1;
      continue;
    }
    groups.push({ members: [m], tStart: m.tStart, tEnd: m.tEnd });
  }
  return groups;
}

function isBracketedEquivalent(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from]?.text !== '(') return false;
  for (let k = from + 1; k < to; k++) if (!EQUIVALENT_OPENERS.has(tokens[k]!.lower)) return false;
  return to - from <= 3;
}

/**
 * Marks tokens inside asides: brackets, and relative clauses between commas (", which make up 60pc of total
 * exports,"). A measure named in an aside is not the subject of the amounts outside it.
 */
export function asideSegments(tokens: readonly Token[]): Int32Array {
  const ids = new Int32Array(tokens.length);
  let id = 0;
  let depth = 0;
  let bracketId = 0;
  let clause: { id: number; start: number; appositive: boolean } | null = null;
  const close = (k: number, closedByComma: boolean): void => {
    // An appositive (", the country's largest export sector,") is short, has no figures and closes with a comma;
    // otherwise ", the ICT exports in February decreased …" is the main clause.
    if (clause?.appositive) {
      const long = k - clause.start > 7 || !closedByComma;
      let figures = false;
      for (let j = clause.start; j < k; j++) if (tokens[j]!.kind === 'num') figures = true;
      if (long || figures) for (let j = clause.start; j < k; j++) if (ids[j] === clause.id) ids[j] = 0;
    }
    clause = null;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === '(') {
      if (depth === 0) bracketId = ++id;
      depth++;
      ids[k] = bracketId;
      continue;
    }
    if (t.text === ')') {
      ids[k] = depth > 0 ? bracketId : 0;
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth > 0) {
      ids[k] = bracketId;
      continue;
    }
    const next = tokens[k + 1]?.lower ?? '';
    // ", which include telecom, computer and information services,": a relative clause that lists the parts
    if (t.text === ',' && clause === null && (DEFINING_OPENERS.has(next) || definingRelative(tokens, k + 1))) {
      // "ICT export remittances, covering telecommunication, computer and information services, rose to $1.7bn": a
      // list of what the measure is made of runs over its own commas, to the last comma before the next figure.
      const end = definingEnd(tokens, k);
      if (end !== null) {
        const listId = ++id;
        for (let j = k + 1; j < end; j++) ids[j] = listId;
        k = end - 1;
        continue;
      }
    }
    if (t.text === ',' && clause === null && (RELATIVE_OPENERS.has(next) || APPOSITIVE_OPENERS.has(next))) {
      clause = { id: ++id, start: k + 1, appositive: APPOSITIVE_OPENERS.has(next) };
      continue;
    }
    if (clause !== null && (t.text === ',' || CLAUSE_BREAKS.has(t.lower))) {
      close(k, t.text === ',');
      continue;
    }
    if (clause !== null) ids[k] = clause.id;
  }
  if (clause !== null) close(tokens.length, false);
  return ids;
}

const RELATIVE_OPENERS = new Set(['which', 'that', 'who', 'including', 'excluding', 'accounting', 'making']);
/** Words opening a list of what a measure is made of: ", covering …,", ", made up of …,", ", comprising …,". */
const DEFINING_OPENERS = new Set([
  'covering',
  'comprising',
  'consisting',
  'made',
  'composed',
  'spanning',
  'encompassing',
  'including',
  'excluding',
  'namely',
  'mainly',
  'mostly',
  'chiefly',
  'largely',
  'primarily',
  'such',
]);
// A list of parts is a few words; past this the comma is another clause's (and the scan stays linear).
const MAX_DEFINING_LIST = 40;

// The comma that closes a defining list opened at the comma `open`: the last comma before the next figure or clause
// break, or null when none closes it there.
function definingEnd(tokens: readonly Token[], open: number): number | null {
  let last: number | null = null;
  const limit = Math.min(tokens.length, open + MAX_DEFINING_LIST);
  for (let j = open + 2; j < limit; j++) {
    const t = tokens[j]!;
    if (t.kind === 'num' || t.text === '$' || t.text === ';' || t.text === '(' || CLAUSE_BREAKS.has(t.lower)) break;
    if (t.text === ',') last = j;
  }
  return last;
}
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an']);
/** Verbs that, after "which" or "that", list what a measure is made of: ", which include …,", ", that cover …,". */
const DEFINING_VERBS = new Set([
  'include',
  'includes',
  'cover',
  'covers',
  'comprise',
  'comprises',
  'consist',
  'consists',
  'encompass',
  'encompasses',
  'span',
  'spans',
]);

function definingRelative(tokens: readonly Token[], at: number): boolean {
  const pronoun = tokens[at]?.lower;
  if (pronoun !== 'which' && pronoun !== 'that') return false;
  const verb = tokens[at + 1]?.lower ?? '';
  // ", which are made up of …"
  const made = (verb === 'are' || verb === 'is') && tokens[at + 2]?.lower === 'made';
  return DEFINING_VERBS.has(verb) || made;
}

/**
 * True when the tokens at `start` sit in an adjunct of cause after a comma (", thanks to a 9 per cent gain in telecom
 * services"): a measure named there explains the change and is not what the sentence is about.
 */
export function inCauseAdjunct(tokens: readonly Token[], start: number): boolean {
  // the adjunct runs from its comma to the next comma or clause break; a few words back is as far as one reaches
  for (let k = start - 1; k >= Math.max(0, start - 12); k--) {
    const w = tokens[k]!.lower;
    if (CLAUSE_BREAKS.has(w)) return false;
    if (w !== ',') continue;
    return CAUSE_OPENERS.some((phrase) => phrase.every((p, i) => tokens[k + 1 + i]?.lower === p));
  }
  return false;
}

const GENITIVES = new Set(['کی', 'کے', 'کا', "'s", 's']);
// "$303 million of IT exports", "$517 million by providing IT services"
const TOPIC_CONNECTORS = new Set([
  'of',
  'in',
  'worth',
  'from',
  'for',
  'through',
  'via',
  'by',
  'کی',
  'کے',
  'کا',
  'مالیت',
]);

/** The measure an amount is about: the nearest one named before it, one it is "of", or none (carried). */
export function topicFor(
  reading: SentenceReading,
  group: AmountGroup,
  aside: Int32Array,
): Span<{ topic: Topic }> | null {
  // "realised a $1.344 billion trade surplus", "posted $1.455-billion IT exports": a measure named right after the
  // amount is what the amount counts, whatever the sentence named before it
  const adjacent = reading.topics.find((t) => t.tStart === group.tEnd);
  if (adjacent && adjacent.topic.kind !== 'generic') return adjacent;
  const fronted = frontedSubject(reading, group);
  if (fronted) return fronted;
  const own = aside[group.tStart] ?? 0;
  let best: Span<{ topic: Topic }> | null = null;
  let previous: Span<{ topic: Topic }> | null = null;
  for (const t of reading.topics) {
    if (t.tEnd > group.tStart) break;
    // A name inside an aside starts and ends there: "(ICT) exports" starts inside its brackets and ends outside,
    // "IT-enabled Services (ITeS)" ends inside them
    const segment = aside[t.tEnd - 1] ?? 0;
    if (segment !== 0 && segment !== own && (aside[t.tStart] ?? 0) === segment) continue;
    previous = best;
    best = t;
  }
  // "نٹ ویئر کی برآمدات" (knitwear's exports), "rice exports": a bare "exports" right after a measure is its exports
  if (
    best?.topic.kind === 'generic' &&
    previous &&
    previous.topic.kind !== 'generic' &&
    best.tStart - previous.tEnd <= 1 &&
    (best.tStart === previous.tEnd || GENITIVES.has(reading.tokens[previous.tEnd]!.lower))
  )
    return previous;
  if (best) return best;
  const after = reading.topics.find((t) => t.tStart >= group.tEnd);
  if (after && after.tStart - group.tEnd <= 3) {
    let linked = true;
    for (let k = group.tEnd; k < after.tStart; k++) if (!TOPIC_CONNECTORS.has(reading.tokens[k]!.lower)) linked = false;
    // "$303 million of IT exports", "$3.2bn in remittances", "a $1.455-billion IT export haul"
    if (linked) return after;
  }
  return null;
}

// Words that may open the main clause between a fronted amount's comma and its subject: "At $298 million, August
// IT exports …", "At $3.8 billion, Pakistan's FY25 IT exports …".
const SUBJECT_LEAD = new Set(['the', "'", 's', "'s", 'its', 'their', 'this', 'last', 'monthly', 'total']);

/**
 * "At $298 million, August IT exports were 10 percent higher": an amount fronted with "at" before the main clause is
 * the level of the clause's subject, named right after the comma.
 */
function frontedSubject(reading: SentenceReading, group: AmountGroup): Span<{ topic: Topic }> | null {
  const { tokens } = reading;
  if (tokens[group.tStart - 1]?.lower !== 'at' || tokens[group.tEnd]?.text !== ',') return null;
  const opener = tokens[group.tStart - 2]?.lower;
  if (opener !== undefined && opener !== ',' && opener !== 'that') return null;
  let k = group.tEnd + 1;
  while (k < tokens.length && k - group.tEnd <= 8) {
    const subject = reading.topics.find((t) => t.tStart === k);
    if (subject) return subject.topic.kind === 'generic' ? null : subject;
    const within =
      reading.periods.find((p) => p.tStart === k) ??
      reading.countries.find((c) => c.tStart === k) ??
      (SUBJECT_LEAD.has(tokens[k]!.lower) ? { tEnd: k + 1 } : null);
    if (!within) return null;
    k = within.tEnd;
  }
  return null;
}

// "India's IT exports", "بھارت کی آئی ٹی برآمدات" (India's IT exports)
const POSSESSIVE_GAP = new Set(["'", 's', 'the', "'s", 'کی', 'کے', 'کا']);
const LINKING_PREPOSITIONS = new Set(['of', 'from', 'to', 'in', 'by', 'for']);

/**
 * The country a measure mention is attached to: "India's IT exports", "remittances to Bangladesh". With
 * `ownerOnly`, only a country written before the measure counts: "IT exports to the Middle East" are still
 * Pakistan's exports, to somewhere.
 */
export function countryOfTopic(
  reading: SentenceReading,
  topic: Span<{ topic: Topic }>,
  ownerOnly = false,
): string | null {
  const tokens = reading.tokens;
  for (const c of reading.countries) {
    if (c.tEnd <= topic.tStart && topic.tStart - c.tEnd <= 2) {
      let gapOk = true;
      for (let k = c.tEnd; k < topic.tStart; k++) if (!POSSESSIVE_GAP.has(tokens[k]!.lower)) gapOk = false;
      if (gapOk) return c.code;
    }
    if (
      !ownerOnly &&
      c.tStart >= topic.tEnd &&
      c.tStart - topic.tEnd <= 2 &&
      LINKING_PREPOSITIONS.has(tokens[topic.tEnd]?.lower ?? '')
    ) {
      if (c.tStart - topic.tEnd === 1 || tokens[topic.tEnd + 1]?.lower === 'the') return c.code;
    }
  }
  return null;
}

/** A country written right at an amount: "$987m from Saudi Arabia", "India's $194bn", "UAE $621m". */
export function countryAtAmount(reading: SentenceReading, group: AmountGroup): string | null {
  const tokens = reading.tokens;
  for (const c of reading.countries) {
    if (c.tStart >= group.tEnd && c.tStart - group.tEnd <= 2) {
      const prep = tokens[group.tEnd]?.lower ?? '';
      if (
        (prep === 'from' || prep === 'to') &&
        (c.tStart - group.tEnd === 1 || tokens[group.tEnd + 1]?.lower === 'the')
      )
        return c.code;
    }
    // Urdu: "98 کروڑ 74 لاکھ ڈالر سعودی عرب سے" — the country, then "from"
    if (c.tStart === group.tEnd && ['سے', 'کو', 'میں'].includes(tokens[c.tEnd]?.text ?? '')) return c.code;
    if (c.tEnd <= group.tStart && group.tStart - c.tEnd <= 2) {
      let gapOk = true;
      for (let k = c.tEnd; k < group.tStart; k++)
        if (!["'", 's', ':', 'at', 'with', '-', '('].includes(tokens[k]!.lower)) gapOk = false;
      if (gapOk) return c.code;
    }
  }
  return null;
}

/** The nearest country named before an amount in its clause, if any. */
export function countryBefore(reading: SentenceReading, group: AmountGroup): string | null {
  let best: string | null = null;
  let bestEnd = -1;
  for (const c of reading.countries) {
    if (c.tEnd > group.tStart) break;
    best = c.code;
    bestEnd = c.tEnd;
  }
  if (best === null) return null;
  for (let k = bestEnd; k < group.tStart; k++) if (CLAUSE_BREAKS.has(reading.tokens[k]!.lower)) return null;
  return best;
}
