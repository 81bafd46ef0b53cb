import { figuresOfSentence } from '../attribute/sentence.js';
import type { ArticleState, Candidate, PendingClaim } from '../attribute/types.js';
import type { PageText } from '../html/reader.js';
import { publicationDate } from '../published.js';
import { lexiconFor } from '../read/lexicon.js';
import { isRelative, resolvePeriod } from '../read/resolve.js';
import { readSentence, type SentenceReading } from '../read/sentence.js';
import { splitSentences } from '../text/sentences.js';
import type { ExtractOptions, Figure, YearMonth } from '../types.js';
import { settleClaims } from './claims.js';
import { articleCountry } from './country.js';
import { mergeDuplicates } from './merge.js';
import { dropOutliers, repairScales, settleChanges } from './repairs.js';

// No news article states this many figures or runs to this many sentences; a page that does is a table dump or
// hostile, and is read only that far.
const MAX_FIGURES = 400;
const MAX_SENTENCES = 3000;

/** An article's publication date and figures. */
export interface ArticleFigures {
  published: string | null;
  figures: Figure[];
}

/** Reads the figures of an article's main text: headline first, then the body sentence by sentence. */
export function analyse(page: PageText, options: ExtractOptions): ArticleFigures {
  const lexicon = lexiconFor(options.series);
  const headline = page.title ? readSentence(page.title, lexicon) : null;
  const body = page.paragraphs.flatMap((p) => splitSentences(p)).slice(0, MAX_SENTENCES).map((s) => readSentence(s, lexicon));
  const readings = headline ? [headline, ...body] : body;

  const published = options.published ?? publicationDate({
    hints: page.dateHints,
    url: options.url ?? page.pageUrl,
    visible: page.visibleDates,
    lead: page.paragraphs[0],
    lines: page.paragraphs,
    latestNamedMonth: latestNamedMonth(readings, options.series[0]?.fiscalYearStartMonth ?? 7),
  });
  const home = options.series[0]?.country ?? 'PK';
  const state: ArticleState = {
    published,
    defaultCountry: articleCountry(headline, body, home),
    carried: null,
    refMonth: new Map(),
    refRange: new Map(),
    articleMonth: null,
    lastReported: new Map(),
  };

  let candidates: Candidate[] = [];
  const claims: PendingClaim[] = [];
  for (const [index, reading] of readings.entries()) {
    const read = figuresOfSentence({ reading, index, headline: reading === headline, lexicon }, state);
    candidates.push(...read.candidates);
    claims.push(...read.claims);
    if (candidates.length >= MAX_FIGURES) break;
  }

  candidates = settleChanges(candidates);
  repairScales(candidates);
  candidates = dropOutliers(candidates);
  settleClaims(candidates, claims);
  return { published, figures: mergeDuplicates(candidates).map(toFigure) };
}

// The latest month an article names with its year written out, which dates a dateline that has none.
function latestNamedMonth(readings: readonly SentenceReading[], fyStart: number): YearMonth | null {
  let latest: YearMonth | null = null;
  for (const r of readings) {
    for (const p of r.periods) {
      if (isRelative(p)) continue;
      const resolved = resolvePeriod(p, { published: null, fyStart, refMonth: null, refRange: null });
      if (!resolved || resolved.whole || resolved.inferred) continue;
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
