import type { ChangeBasis } from './types.js';

/** A percentage stated in a sentence, signed by the direction words around it. */
export interface PercentMention {
  index: number;
  pct: number;
}

const PERCENT = /(\d{1,4}(?:\.\d+)?)\s?(?:%|per\s?cent\b|pc\b)/gi;
const FALL = /\b(?:fell|fall|falls|falling|declin\w*|decreas\w*|drop\w*|down|lower|contract\w*|plung\w*|slump\w*|shrank|shrunk)\b/i;

/** Finds percentages; a falling direction in the words before one makes it negative. */
export function findPercents(sentence: string): PercentMention[] {
  const out: PercentMention[] = [];
  for (const m of sentence.matchAll(PERCENT)) {
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    const pct = Number(m[1]);
    out.push({ index: m.index, pct: FALL.test(before) ? -pct : pct });
  }
  return out;
}

const YOY = /\b(?:year[- ]on[- ]year|yoy|y\/y|year[- ]over[- ]year|same (?:month|period) (?:of |in )?(?:the )?(?:last|previous|preceding) (?:fiscal )?year|(?:of|in) the (?:previous|last|preceding) year|last year|a year (?:ago|earlier))\b/i;
const MOM = /\b(?:month[- ]on[- ]month|mom|m\/m|month[- ]over[- ]month|(?:previous|preceding|last) month|a month (?:ago|earlier))\b/i;

/** What the sentence's changes are measured against. */
export function changeBasis(sentence: string): ChangeBasis {
  if (YOY.test(sentence)) return 'yoy';
  if (MOM.test(sentence)) return 'mom';
  return 'unspecified';
}
