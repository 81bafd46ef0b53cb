// The matching rules. A figure is (series, month or span, USD value); it matches a label when all three agree.
//  - Value: the labels keep each figure as printed (or as intended, for a typo), so reading the printed figure
//    gives the label's value exactly. Two values match when they differ by less than one part in a million, which
//    only absorbs floating-point arithmetic ("$2.593 billion" × 1e9); "$303.1 million" against a printed "$303
//    million" is another figure. A near miss (same key, within 1%) is shown next to the miss.
//  - Months and spans: exact. Only figures of tracked series with a value count; one figure read twice counts once.
//  - Record claims: a case is right when the set of months the extractor claims a record for (tracked series,
//    single months) equals what the label claims: the headline month when `claims_record`, else none.
//  - A figure of a tracked series that the label notes only in passing (`secondary_series`, e.g. IT exports inside
//    a services story) is tolerated: neither a hit nor a false figure. Any other figure of a tracked series that is
//    not the case's own series is a false attribution (an IT-exports figure read from a textile story).
import type { ArticleExtraction, Figure } from '../../src/extract/index.js';
import type { CaseTruth, ExpectedMonth, ExpectedPeriod, ToleratedFigure } from './labels.js';

/** A figure read from the page, as the scorer keys it. */
export interface Read {
  series: string;
  from: string;
  to: string;
  usd: number | null;
  figure: Figure;
}

/** A label's figure the extractor missed, with what it read for the same key instead (if anything). */
export interface Miss<T> {
  want: T;
  instead: Read[];
}

/** One category's outcome for one case. */
export interface Matching<T> {
  hits: T[];
  /** The figure each hit was matched to. */
  readFor: Map<T, Read>;
  misses: Array<Miss<T>>;
  falses: Read[];
}

/** The score of one case. */
export interface CaseScore {
  truth: CaseTruth;
  extraction: ArticleExtraction;
  months: Matching<ExpectedMonth>;
  periods: Matching<ExpectedPeriod>;
  /** Whether the headline month's value was read; null when the case has none. */
  headline: boolean | null;
  /** null when the case is left out of the record accuracy. */
  recordRight: boolean | null;
  /**
   * The headline month's figure read with the right claim (a record or not); null without a headline month or
   * when the case is left out. Issue 12's "record-claim accuracy" (0.38) appears to be this, over such cases.
   */
  headlineRecord: boolean | null;
  /** The claimed months against the labelled ones (zero for a case left out). */
  recordClaims: { tp: number; fp: number; fn: number };
  recordsRead: Read[];
  tolerated: Read[];
  attributions: Read[];
}

/** True when two USD values are the same printed figure (see the rules above). */
export function sameValue(got: number, want: number): boolean {
  return Math.abs(got - want) <= Math.abs(want) * 1e-6;
}

const near = (got: number | null, want: number): boolean =>
  got !== null && Math.abs(got - want) <= Math.abs(want) * 0.01;

/** Scores one extraction against its case's labels; `tracked` is the config's series ids. */
export function scoreCase(truth: CaseTruth, extraction: ArticleExtraction, tracked: ReadonlySet<string>): CaseScore {
  const reads = uniqueReads(extraction.figures.filter((f) => tracked.has(f.series)).map(toRead));
  const valued = reads.filter((r) => r.usd !== null);
  const tolerated = valued.filter((r) => truth.tolerated.some((t) => tolerates(t, r)));
  const scorable = valued.filter((r) => !tolerated.includes(r));
  const months = match(
    truth.months,
    scorable.filter((r) => r.from === r.to),
    (m, r) => r.series === m.series && r.from === m.month,
    (m) => m.usd,
  );
  const periods = match(
    truth.periods,
    scorable.filter((r) => r.from !== r.to),
    (p, r) => r.series === p.series && r.from === p.from && r.to === p.to,
    (p) => p.usd,
  );
  const headline = truth.headline === null ? null : months.hits.includes(truth.headline);
  const recordsRead = reads.filter((r) => r.figure.recordClaim && r.from === r.to);
  const claimed = new Set(recordsRead.map((r) => `${r.series} ${r.from}`));
  const tp = truth.records.claims.filter((c) => claimed.has(c)).length;
  const recordClaims = truth.records.scored
    ? { tp, fp: claimed.size - tp, fn: truth.records.claims.length - tp }
    : { tp: 0, fp: 0, fn: 0 };
  const recordRight = truth.records.scored ? recordClaims.fp === 0 && recordClaims.fn === 0 : null;
  const headlineRead = truth.headline === null ? undefined : months.readFor.get(truth.headline);
  const headlineRecord =
    truth.headline === null || !truth.records.scored
      ? null
      : headlineRead !== undefined && headlineRead.figure.recordClaim === truth.records.claims.length > 0;
  // Labels expect figures of the case's own series only, so any other tracked series' figure is attributed wrongly.
  const attributions =
    truth.mainSeries === undefined ? [] : reads.filter((r) => r.series !== truth.mainSeries && !tolerated.includes(r));
  return {
    truth,
    extraction,
    months,
    periods,
    headline,
    recordRight,
    headlineRecord,
    recordClaims,
    recordsRead,
    tolerated,
    attributions,
  };
}

function match<T>(
  wants: readonly T[],
  reads: readonly Read[],
  sameKey: (w: T, r: Read) => boolean,
  usd: (w: T) => number,
): Matching<T> {
  const free = new Set(reads);
  const hits: T[] = [];
  const readFor = new Map<T, Read>();
  const misses: Array<Miss<T>> = [];
  for (const want of wants) {
    const hit = [...free].find((r) => sameKey(want, r) && sameValue(r.usd!, usd(want)));
    if (hit) {
      free.delete(hit);
      hits.push(want);
      readFor.set(want, hit);
    } else {
      misses.push({ want, instead: reads.filter((r) => sameKey(want, r) || near(r.usd, usd(want))) });
    }
  }
  return { hits, readFor, misses, falses: [...free] };
}

function tolerates(t: ToleratedFigure, r: Read): boolean {
  return (
    t.series === r.series &&
    r.usd !== null &&
    sameValue(r.usd, t.usd) &&
    (t.from === null || (t.from === r.from && t.to === r.to))
  );
}

function toRead(figure: Figure): Read {
  return { series: figure.series, from: figure.period.start, to: figure.period.end, usd: figure.value, figure };
}

// The extractor merges repeats; should two equal figures still come out, the bot stores one, so they count once.
function uniqueReads(reads: Read[]): Read[] {
  const seen = new Set<string>();
  return reads.filter((r) => {
    const key = `${r.series} ${r.from} ${r.to} ${r.usd}`;
    return !seen.has(key) && seen.add(key);
  });
}
