// Replays a series' seed history month by month through the record rule, and prints how many of its
// real records the plausibility check would have held (the goal is none) and how it takes the misreading
// it exists for: a fiscal-year-to-date total read as one month.
//
//   npm run measure:plausibility                  # the shipped pk-it-exports seed, default thresholds
//   npm run measure:plausibility -- FILE.csv 1.5 5 # another seed CSV, maxJump and maxRobustZ
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addMonths, fiscalYearOf, monthRange, type YearMonth } from '../src/calendar/months.js';
import { PROJECT_ROOT } from '../src/config.js';
import type { Figure } from '../src/extract/types.js';
import { DEFAULT_PLAUSIBILITY, judgePlausibility, type PlausibilityPolicy } from '../src/history/plausibility.js';
import { DEFAULT_RECORD_RULE, judgeFigure, type HistoryMoment } from '../src/history/records.js';
import { parseSeedCsv } from '../src/history/seed.js';

/** One month of the replay: a real record, or a fiscal-year total misread as the month. */
export interface ReplayCase {
  month: YearMonth;
  value: number;
  previous: { month: YearMonth; value: number } | null;
  ratio: number;
  z: number | null;
  held: boolean;
  reason: string | null;
}

/** What the replay found. */
export interface Replay {
  /** Every month of the seed that was above all months before it, judged as it came in. */
  records: ReplayCase[];
  /** For each month from the second of a fiscal year whose months the seed all holds: the year's total so far, read as that month. */
  misreadTotals: ReplayCase[];
}

const SERIES = 'pk-it-exports';

function figure(month: YearMonth, value: number): Figure {
  // Claimed, so a gap in the seed (a stale history) does not keep a record from being judged at all.
  return {
    series: SERIES,
    period: { start: month, end: month },
    value,
    currency: 'USD',
    changes: [],
    recordClaim: true,
    evidence: '',
    confidence: 0.9,
    role: 'reported-month',
    notes: [],
  };
}

/** Judges `value` for `month` with the record rule, the history holding exactly `before`. */
function judge(
  month: YearMonth,
  value: number,
  before: ReadonlyMap<YearMonth, number>,
  policy: PlausibilityPolicy,
): ReplayCase | null {
  const moment: HistoryMoment = { before, after: new Map([...before, [month, value]]), alerts: new Map() };
  const verdict = judgeFigure(figure(month, value), moment, {
    ...DEFAULT_RECORD_RULE,
    plausibility: { [SERIES]: policy },
  });
  const draft = verdict.verdict === 'record' || verdict.verdict === 'held' ? verdict.draft : null;
  if (!draft) return null;
  // The figures behind the verdict, for the table.
  const { jump } = judgePlausibility({ month, value, currency: 'USD' }, draft.previous, before, policy);
  return {
    month,
    value,
    previous: draft.previous,
    ratio: jump.ratio,
    z: jump.z,
    held: draft.hold != null,
    reason: draft.hold?.reason ?? null,
  };
}

/** Replays `rows` (oldest first) through the rule with `policy`; fiscal years start in `fiscalYearStartMonth`. */
export function replaySeed(
  rows: ReadonlyArray<{ month: YearMonth; value: number }>,
  policy: PlausibilityPolicy = DEFAULT_PLAUSIBILITY,
  fiscalYearStartMonth = 7,
): Replay {
  const sorted = [...rows].sort((a, b) => a.month.localeCompare(b.month));
  const records: ReplayCase[] = [];
  const misreadTotals: ReplayCase[] = [];
  const known = new Map<YearMonth, number>();
  for (const { month, value } of sorted) {
    const before = new Map(known);
    const verdict = judge(month, value, before, policy);
    if (verdict) records.push(verdict);
    // The article that gives this month's figure may give the year so far too; misread, it is "this month".
    // Only where the seed holds every month of the year so far: a sum with months missing is no year's total.
    const months = monthRange(fiscalStart(month, fiscalYearStartMonth), month);
    const yearSoFar = months
      .map((m) => (m === month ? value : known.get(m)))
      .filter((v): v is number => v !== undefined);
    if (months.length >= 2 && yearSoFar.length === months.length) {
      const total = yearSoFar.reduce((sum, v) => sum + v, 0);
      const misread = judge(month, total, before, policy);
      if (misread) misreadTotals.push(misread);
    }
    known.set(month, value);
  }
  return { records, misreadTotals };
}

function fiscalStart(month: YearMonth, startMonth: number): YearMonth {
  const endYear = fiscalYearOf(month, startMonth);
  return startMonth === 1 ? `${endYear}-01` : addMonths(`${endYear}-${String(startMonth).padStart(2, '0')}`, -12);
}

const money = (v: number): string => `$${(v / 1e6).toFixed(0)}m`;

function table(cases: readonly ReplayCase[]): string {
  return cases
    .map(
      (c) =>
        `  ${c.month}  ${money(c.value).padStart(7)}  prev ${c.previous ? `${money(c.previous.value)} ${c.previous.month}` : '—'.padEnd(15)}  ×${c.ratio.toFixed(2)}  z ${c.z === null ? ' n/a' : c.z.toFixed(1).padStart(4)}  ${c.held ? 'HELD' : 'posted'}`,
    )
    .join('\n');
}

function main(): void {
  const [file = resolve(PROJECT_ROOT, 'data/pk-it-exports-monthly.csv'), maxJump, maxRobustZ] = process.argv.slice(2);
  const policy: PlausibilityPolicy = {
    ...DEFAULT_PLAUSIBILITY,
    ...(maxJump ? { maxJump: Number(maxJump) } : {}),
    ...(maxRobustZ ? { maxRobustZ: Number(maxRobustZ) } : {}),
  };
  const rows = parseSeedCsv(readFileSync(file, 'utf8'), file);
  const { records, misreadTotals } = replaySeed(rows, policy);
  const maxRatio = Math.max(...records.filter((r) => r.previous).map((r) => r.ratio));
  const maxZ = Math.max(...records.map((r) => r.z ?? -Infinity));
  const minMisread = Math.min(...misreadTotals.map((r) => r.ratio));
  const example = judge('2026-01', 2_800_000_000, new Map(rows.map((r) => [r.month, r.value])), policy);
  process.stdout.write(
    [
      `${file}: ${rows.length} months; maxJump ${policy.maxJump}, maxRobustZ ${policy.maxRobustZ}, minChanges ${policy.minChanges}`,
      '',
      `Real records, replayed month by month: ${records.length}, held ${records.filter((r) => r.held).length}`,
      table(records),
      `  largest rise over the previous record ×${maxRatio.toFixed(2)}; largest robust z ${maxZ.toFixed(1)}`,
      '',
      `Fiscal-year-to-date totals misread as the month: ${misreadTotals.length}, held ${misreadTotals.filter((r) => r.held).length}`,
      table(misreadTotals),
      `  smallest misread total over the previous record ×${minMisread.toFixed(2)}`,
      '',
      `$2.8 billion read as January 2026, after the whole seed: ${example?.held ? 'HELD' : 'posted'} (×${example?.ratio.toFixed(2)}, z ${example?.z?.toFixed(1) ?? 'n/a'})`,
      `  ${example?.reason ?? ''}`,
    ].join('\n') + '\n',
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
