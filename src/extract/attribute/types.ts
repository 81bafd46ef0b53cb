import type { Topic } from '../read/lexicon.js';
import type { HedgeSide } from './flags.js';
import type { MoneyMention } from '../read/money.js';
import type { Change, FigureRole, Period, SeriesSpec, YearMonth } from '../types.js';

/** A figure read from one sentence, with what later article-wide checks need to know about how it was read. */
export interface Candidate {
  series: SeriesSpec;
  period: Period;
  value: number | null;
  currency: string;
  role: FigureRole;
  changes: Change[];
  recordClaim: boolean;
  evidence: string;
  confidence: number;
  notes: string[];
  /** Position of the sentence in the article (0 is the headline when there is one). */
  sentence: number;
  headline: boolean;
  money: MoneyMention | null;
  /** Written as a change ("increased by $298 million"): a level only if the article's other figures say so. */
  asChange: boolean;
  /** The measure was not named in the sentence but carried over from the sentences before. */
  carried: boolean;
  hedged: boolean;
  /** Which side of the amount a hedged value lies on ("over $1.1bn": above). */
  hedge?: HedgeSide | null;
  /** The other side of a comparison ("up from $225m in March 2023"), not what the article reports. */
  comparison: boolean;
  /** Its period came partly from context (a year not written), not from the words alone. */
  inferred?: boolean;
}

/** What one article has established so far, carried from sentence to sentence. */
export interface ArticleState {
  published: string | null;
  /** The country the article is about when a sentence does not say (null: the series' own country). */
  defaultCountry: string | null;
  /** The measure the previous sentences were about, and whose it was. */
  carried: { topic: Topic; country: string | null } | null;
  /** Per series: the month and the multi-month period the article reports. */
  refMonth: Map<string, YearMonth>;
  refRange: Map<string, Period>;
  /** The month the article reports for any series: "in the month" of a series named once refers to it. */
  articleMonth: YearMonth | null;
  /** Per series: the last month figure reported, which a claim without an amount refers to. */
  lastReported: Map<string, Candidate>;
  /** The levels reported so far, with the changes stated for them: "grew from $877m" may be the base of one. */
  levels: Candidate[];
}

/** A record claim that could not be tied to a figure of its own sentence. */
export type PendingClaim =
  | { kind: 'value'; series: string; value: number }
  | { kind: 'month'; series: string; month: YearMonth }
  | { kind: 'lead'; series: string }
  /** The article calls one of the series' totals (a fiscal year, a quarter) a record: a claim with no figure is that. */
  | { kind: 'total'; series: string };
