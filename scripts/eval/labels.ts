// The labels of both corpora read into one shape: what a careful reader says each case's figures are, keyed the
// way the extractor reports them (tracked series id, month or span, USD value).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A single month's value a case states. */
export interface ExpectedMonth {
  series: string;
  month: string;
  usd: number;
  /** 'headline' is the article's own month (`month`/`monthly_usd`); 'other' an `other_figures` entry. */
  role: 'headline' | 'other';
  /** How the label says it was printed, when that differs (`monthly_usd_as_written`, `month_as_written`). */
  asWritten?: string;
}

/** A cumulative total a case states (fiscal year to date, quarter, full year). */
export interface ExpectedPeriod {
  series: string;
  from: string;
  to: string;
  usd: number;
  label?: string;
}

/** A figure of a tracked series that the label notes in passing (`secondary_series`): neither expected nor false. */
export interface ToleratedFigure {
  series: string;
  usd: number;
  from: string | null;
  to: string | null;
}

/** Everything the scorer needs to know about one case. */
export interface CaseTruth {
  corpus: string;
  id: string;
  url: string;
  /** The tracked series the case is about, null when it is about an untracked one; undefined for `fixtures/`. */
  mainSeries?: string | null;
  /** The series as the label names it ("textile exports", "IT exports"). */
  labelSeries: string;
  months: ExpectedMonth[];
  periods: ExpectedPeriod[];
  headline: ExpectedMonth | null;
  /** Record claims the case makes, as "series YYYY-MM"; `scored` false leaves the case out of the accuracy. */
  records: { claims: string[]; scored: boolean; why?: string };
  tolerated: ToleratedFigure[];
  notes: string;
  /** `fixtures/` only: the publication date the page itself must yield. */
  published?: string;
}

// Label series names → the config's series ids. A series not listed here is not tracked: the bot must not read it.
const TRACKED: ReadonlyArray<{ country: string; id: string; names: readonly string[] }> = [
  {
    country: 'Pakistan',
    id: 'pk-it-exports',
    names: [
      'IT exports',
      'ICT exports',
      'IT exports (telecommunications, computer and IT services)',
      'IT exports (IT and IT-enabled services)',
    ],
  },
  {
    country: 'Pakistan',
    id: 'pk-textile-exports',
    names: [
      'textile exports',
      'textile and clothing exports',
      'textile exports (textile group)',
      'textile group exports',
    ],
  },
  { country: 'Pakistan', id: 'pk-remittances', names: ["workers' remittances", 'home remittances'] },
];

/** The config series id a labelled series of a country is, or null when the bot does not track it. */
export function trackedId(country: string, series: string): string | null {
  return TRACKED.find((t) => t.country === country && t.names.includes(series))?.id ?? null;
}

/** Every series id the table maps to, to check against the config. */
export const TRACKED_IDS: readonly string[] = TRACKED.map((t) => t.id);

interface Span {
  from: string;
  to: string;
}

/** One line of a shared corpus's `labels.jsonl` (the fields the scorer reads). */
export interface SharedLabel {
  id: string;
  url: string;
  country: string;
  series: string;
  month: string | null;
  month_inferred?: string | null;
  month_as_written?: string;
  monthly_usd: number | null;
  monthly_usd_as_written?: string;
  period: Span | null;
  period_inferred?: Span | null;
  period_usd: number | null;
  claims_record: boolean;
  claims_record_ambiguous?: boolean;
  other_figures?: Array<{ month?: string | null; usd?: number | null; role?: string }>;
  other_periods?: Array<{ from?: string; to?: string; usd?: number | null; label?: string }>;
  secondary_series?: Array<{
    series: string;
    month?: string | null;
    usd?: number | null;
    period?: Span | null;
    period_usd?: number | null;
    other_figures?: Array<{ month?: string | null; usd?: number | null }>;
    other_periods?: Array<{ from?: string; to?: string; usd?: number | null }>;
  }>;
  notes: string;
}

/** Reads a `labels.jsonl`; a line that is not JSON is an error naming the file and line. */
export function readSharedLabels(dir: string): Map<string, SharedLabel> {
  const file = join(dir, 'labels.jsonl');
  const out = new Map<string, SharedLabel>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        const label = JSON.parse(line) as SharedLabel;
        out.set(label.id, label);
      } catch (cause) {
        throw new Error(`${file}:${i + 1}: not a JSON object`, { cause });
      }
    });
  return out;
}

/**
 * What a shared-corpus case states. `dated` says whether the extractor is given a date (the page's own or the
 * feed's): only then can it know the year of a month the text names without one, so only then are `month_inferred`
 * and `period_inferred` expected.
 */
export function sharedTruth(corpus: string, label: SharedLabel, dated: boolean): CaseTruth {
  const series = trackedId(label.country, label.series);
  const months: ExpectedMonth[] = [];
  const periods: ExpectedPeriod[] = [];
  const month = label.month ?? (dated ? (label.month_inferred ?? null) : null);
  let headline: ExpectedMonth | null = null;
  if (series !== null) {
    if (label.monthly_usd !== null && month !== null) {
      const asWritten = [label.monthly_usd_as_written, label.month_as_written].filter(Boolean).join(', ');
      headline = { series, month, usd: label.monthly_usd, role: 'headline', ...(asWritten ? { asWritten } : {}) };
      months.push(headline);
    }
    for (const o of label.other_figures ?? []) {
      if (o.month && typeof o.usd === 'number') months.push({ series, month: o.month, usd: o.usd, role: 'other' });
    }
    const span = label.period ?? (dated ? (label.period_inferred ?? null) : null);
    if (span !== null && label.period_usd !== null)
      periods.push({ series, from: span.from, to: span.to, usd: label.period_usd });
    for (const o of label.other_periods ?? []) {
      if (o.from && o.to && typeof o.usd === 'number')
        periods.push({ series, from: o.from, to: o.to, usd: o.usd, ...(o.label ? { label: o.label } : {}) });
    }
  }
  return {
    corpus,
    id: label.id,
    url: label.url,
    mainSeries: series,
    labelSeries: label.series,
    months: unique(months, (m) => `${m.series} ${m.month} ${m.usd}`),
    periods: unique(periods, (p) => `${p.series} ${p.from} ${p.to} ${p.usd}`),
    headline,
    records: recordTruth(label, series, month),
    tolerated: toleratedOf(label),
    notes: label.notes,
  };
}

// claims_record is about the headline month of the case's own series; a record of an untracked series (Bangladesh
// garments) claims nothing the bot tracks. Borderline wording is left out of the accuracy rather than guessed.
function recordTruth(label: SharedLabel, series: string | null, month: string | null): CaseTruth['records'] {
  if (label.claims_record_ambiguous) return { claims: [], scored: false, why: 'claims_record_ambiguous' };
  if (!label.claims_record || series === null) return { claims: [], scored: true };
  if (month === null) return { claims: [], scored: false, why: 'the record month has no year' };
  return { claims: [`${series} ${month}`], scored: true };
}

function toleratedOf(label: SharedLabel): ToleratedFigure[] {
  const out: ToleratedFigure[] = [];
  for (const s of label.secondary_series ?? []) {
    const series = trackedId(label.country, s.series);
    if (series === null) continue;
    const add = (
      usd: number | null | undefined,
      from: string | null | undefined,
      to: string | null | undefined,
    ): void => {
      if (typeof usd === 'number') out.push({ series, usd, from: from ?? null, to: to ?? null });
    };
    add(s.usd, s.month, s.month);
    add(s.period_usd, s.period?.from, s.period?.to);
    for (const o of s.other_figures ?? []) add(o.usd, o.month, o.month);
    for (const o of s.other_periods ?? []) add(o.usd, o.from, o.to);
  }
  return out;
}

/** One entry of `fixtures/corpus/labels.json`. */
export interface FixtureLabel {
  file: string;
  url: string;
  published: string;
  lang: string;
  distractor: boolean;
  tests: string;
  expected: {
    months: Array<{ series: string; month: string; value: number }>;
    totals: Array<{ series: string; start: string; end: string; value: number }>;
    records: Array<{ series: string; month: string }>;
  };
}

/** Reads `labels.json` of the developer corpus in `fixtures/corpus/` (or another in its format). */
export function readFixtureLabels(dir: string): FixtureLabel[] {
  return JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as FixtureLabel[];
}

/** What a `fixtures/` page states; these labels list every expected figure, so no case has a single series. */
export function fixtureTruth(label: FixtureLabel): CaseTruth {
  return {
    corpus: 'fixtures',
    id: label.file.replace(/\.html?$/, ''),
    url: label.url,
    labelSeries: label.distractor ? 'developer page, a distractor' : 'developer page',
    months: label.expected.months.map((m) => ({
      series: m.series,
      month: m.month,
      usd: m.value,
      role: 'other' as const,
    })),
    periods: label.expected.totals.map((t) => ({ series: t.series, from: t.start, to: t.end, usd: t.value })),
    headline: null,
    records: { claims: label.expected.records.map((r) => `${r.series} ${r.month}`), scored: true },
    tolerated: [],
    notes: label.tests,
    published: label.published,
  };
}

function unique<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(key(t)) && seen.add(key(t)));
}
