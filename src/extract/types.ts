import type { MeasureId } from './lexicon/series/index.js';

export type { YearMonth } from '../calendar/months.js';
import type { YearMonth } from '../calendar/months.js';

/** An inclusive range of months; `start === end` for a single month. */
export interface Period {
  start: YearMonth;
  end: YearMonth;
}

/** What a percentage change is measured against. */
export type ChangeBasis = 'yoy' | 'mom' | 'unspecified';

/** A percentage change stated in the text ("up 62.3% year-on-year"). */
export interface Change {
  pct: number;
  basis: ChangeBasis;
}

/** Why a figure appears in the article: the month being reported, or something it is compared with. */
export type FigureRole = 'reported-month' | 'comparison' | 'previous-record' | 'cumulative' | 'annual';

/** One figure read from an article, in the shape of the `extract` contract plus provenance. */
export interface Figure {
  series: string;
  period: Period;
  value: number | null;
  currency: string;
  changes: Change[];
  recordClaim: boolean;
  evidence: string;
  confidence: number;
  role: FigureRole;
  /** Repairs and doubts, e.g. "read '2,593 billion' as 2.593 billion". */
  notes: string[];
}

/**
 * A figure whose period the page names without a year ("$306 million in March") when nothing on the page dates it:
 * reported so that it is not lost, never stored as a month.
 */
export interface UndatedFigure {
  series: string;
  /** The period as written: "March", "July-March". */
  periodAsWritten: string;
  value: number;
  currency: string;
  evidence: string;
  note: string;
}

/** The result of reading one page: the `extract` contract's JSON object. */
export interface ArticleExtraction {
  url: string | null;
  title: string | null;
  published: string | null;
  figures: Figure[];
  /** Figures the page could not date; present only when there are some. */
  undated?: UndatedFigure[];
}

/** The part of a configured series the extractor needs. */
export interface SeriesSpec {
  id: string;
  name: string;
  /** ISO 3166 alpha-2 code of the reporting country, e.g. "PK". */
  country: string;
  /** The measure the series is (its names come from the series lexicon, src/extract/lexicon/series/). */
  measure?: MeasureId;
  /** Names of this series besides its measure's, English and Urdu; matched case-insensitively. */
  keywords?: readonly string[];
  currency: string;
  /** Month (1–12) in which the country's fiscal year starts; Pakistan's is July (7). */
  fiscalYearStartMonth: number;
}

/** Inputs the extractor needs besides the page itself; it reads no clock and no network. */
export interface ExtractOptions {
  series: readonly SeriesSpec[];
  /** Where the page came from; a date in its path is evidence of publication. */
  url?: string | null;
  /** Publication date (YYYY-MM-DD) when the caller knows it better than the page does. */
  published?: string | null;
  /**
   * The date a feed or sitemap listed the page under, as written there ("Tue, 16 Apr 2024 07:31:04 +0500");
   * used when the page's metadata and URL give none.
   */
  listedDate?: string | null;
}
