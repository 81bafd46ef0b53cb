import { figuresOfSentence } from '../attribute/sentence.js';
import type { LooseAmount } from '../attribute/context.js';
import type { ArticleState, Candidate, PendingClaim } from '../attribute/types.js';
import type { PageText } from '../html/reader.js';
import { publicationDate } from '../published.js';
import { lexiconFor, type Lexicon } from '../read/lexicon.js';
import { isRelative, resolvePeriod } from '../read/resolve.js';
import { readSentence, type SentenceReading } from '../read/sentence.js';
import { splitSentences } from '../text/sentences.js';
import { PROJECTION_WORDS } from '../lexicon/cues.js';
import { addMonths } from '../../calendar/months.js';
import type { ExtractOptions, Figure, UndatedFigure, YearMonth } from '../types.js';
import { settleClaims } from './claims.js';
import { articleCountry } from './country.js';
import { exactValues, mergeDuplicates } from './merge.js';
import { dropOutliers, repairScales, settleChanges } from './repairs.js';
import { undatedToDate } from './to-date.js';

// No news article states this many figures or runs to this many sentences; a page that does is a table dump or
// hostile, and is read only that far.
const MAX_FIGURES = 400;
const MAX_SENTENCES = 3000;

/** An article's publication date and figures. */
export interface ArticleFigures {
  published: string | null;
  figures: Figure[];
  /** Figures nothing on the page dates. */
  undated: UndatedFigure[];
}

/** Reads the figures of an article's main text: headline first, then the body sentence by sentence. */
export function analyse(page: PageText, options: ExtractOptions): ArticleFigures {
  const lexicon = lexiconFor(options.series);
  const headline = page.title ? readSentence(page.title, lexicon) : null;
  const body = page.paragraphs
    .flatMap((p) => splitSentences(p))
    .slice(0, MAX_SENTENCES)
    .map((s) => readSentence(s, lexicon));
  const readings = headline ? [headline, ...body] : body;

  const published =
    options.published ??
    publicationDate({
      hints: page.dateHints,
      url: options.url ?? page.pageUrl,
      listed: options.listedDate ?? null,
      visible: page.visibleDates,
      lead: page.paragraphs[0],
      lines: page.paragraphs,
      latestNamedMonth: latestNamedMonth(readings, options.series[0]?.fiscalYearStartMonth ?? 7),
    });
  const country = articleCountry(headline, body, options.series[0]?.country ?? 'PK');
  let read = readAll(readings, headline, lexicon, published, country);
  if (published === null) {
    // No date anywhere: the months the article dates itself ("December 2025", "5MFY25", "fiscal year 2026") date
    // the rest, as of the month after the latest one it reports (figures come out in the month after).
    const named = latestNamedMonth(readings, options.series[0]?.fiscalYearStartMonth ?? 7, true);
    const reported = latestReported(read.candidates);
    const latest = named !== null && (reported === null || named > reported) ? named : reported;
    if (latest) {
      read = readAll(readings, headline, lexicon, `${addMonths(latest, 1)}-15`, country);
      for (const c of read.candidates) {
        if (!c.inferred) continue;
        c.notes.push(`the page gives no date: its year is taken from the latest month the article names, ${latest}`);
        c.confidence -= 0.05;
      }
    }
  }

  let { candidates } = read;
  candidates = settleChanges(candidates);
  repairScales(candidates);
  candidates = dropOutliers(candidates);
  settleClaims(candidates, read.claims);
  exactValues(candidates, read.loose);
  undatedToDate(candidates, read.loose);
  return { published, figures: mergeDuplicates(candidates).map(toFigure), undated: uniqueUndated(read.undated) };
}

// A headline and its body often say the same undated figure twice: it is listed once.
function uniqueUndated(undated: readonly UndatedFigure[]): UndatedFigure[] {
  const seen = new Set<string>();
  return undated.filter((u) => {
    const key = `${u.series} ${u.periodAsWritten.toLowerCase()} ${u.value}`;
    return !seen.has(key) && seen.add(key);
  });
}

// Reads every sentence in order, carrying what the article has established from one to the next.
function readAll(
  readings: readonly SentenceReading[],
  headline: SentenceReading | null,
  lexicon: Lexicon,
  published: string | null,
  defaultCountry: string | null,
): { candidates: Candidate[]; claims: PendingClaim[]; undated: UndatedFigure[]; loose: LooseAmount[] } {
  const state: ArticleState = {
    published,
    defaultCountry,
    carried: null,
    refMonth: new Map(),
    refRange: new Map(),
    articleMonth: null,
    lastReported: new Map(),
    levels: [],
  };
  const candidates: Candidate[] = [];
  const claims: PendingClaim[] = [];
  const undated: UndatedFigure[] = [];
  const loose: LooseAmount[] = [];
  for (const [index, reading] of readings.entries()) {
    const read = figuresOfSentence({ reading, index, headline: reading === headline, lexicon }, state);
    candidates.push(...read.candidates);
    claims.push(...read.claims);
    undated.push(...read.undated);
    loose.push(...read.loose);
    if (candidates.length + undated.length >= MAX_FIGURES) break;
  }
  return { candidates, claims, undated, loose };
}

// The latest month the article reports a figure for with its year fixed by its own words; comparisons only look back.
function latestReported(candidates: readonly Candidate[]): YearMonth | null {
  let latest: YearMonth | null = null;
  for (const c of candidates) {
    if (c.value === null || c.comparison || c.inferred) continue;
    if (latest === null || c.period.end > latest) latest = c.period.end;
  }
  return latest;
}

/**
 * The latest month an article names with its year written out, which dates a dateline that has none; with
 * `wholeYears`, a fiscal year named whole counts to its end ("fiscal year 2026" places the story before July 2026).
 * Sentences about targets and forecasts ("$5 billion by June 2026") say nothing of when the story was written.
 */
function latestNamedMonth(readings: readonly SentenceReading[], fyStart: number, wholeYears = false): YearMonth | null {
  let latest: YearMonth | null = null;
  for (const r of readings) {
    if (r.tokens.some((t) => PROJECTION_WORDS.has(t.lower))) continue;
    for (const p of r.periods) {
      if (isRelative(p)) continue;
      const resolved = resolvePeriod(p, { published: null, fyStart, refMonth: null, refRange: null });
      if (!resolved || (resolved.whole && !wholeYears) || resolved.inferred) continue;
      if (latest === null || resolved.period.end > latest) latest = resolved.period.end;
    }
  }
  return latest;
}

function toFigure(c: Candidate): Figure {
  return {
    series: c.series.id,
    period: { start: c.period.start, end: c.period.end },
    value: c.value,
    currency: c.currency,
    changes: c.changes,
    recordClaim: c.recordClaim,
    evidence: c.evidence,
    confidence: Math.round(Math.max(0.05, Math.min(1, c.confidence)) * 100) / 100,
    role: c.role,
    notes: c.notes,
  };
}
