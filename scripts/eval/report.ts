// What the eval prints: a table of categories per corpus with its bars and targets, then every miss and false
// figure with the case, the key and the evidence sentence, and the label's notes beside them.
import type { ExpectedMonth, ExpectedPeriod } from './labels.js';
import { barOf, type BarCheck, type Bars } from './bars.js';
import type { CorpusScore, Tally } from './tally.js';
import { prf } from './tally.js';
import type { CaseScore, Read } from './score.js';
import type { EvalCase } from './corpora.js';

const f3 = (n: number | undefined): string => (n === undefined ? '—' : n.toFixed(3));

/** "$303m", "$2.593bn". */
export function usd(v: number | null): string {
  if (v === null) return '(no value)';
  const [n, unit] = Math.abs(v) >= 1e9 ? [v / 1e9, 'bn'] : [v / 1e6, 'm'];
  return `$${Number(n.toFixed(3))}${unit}`;
}

const span = (from: string, to: string): string => (from === to ? from : `${from}..${to}`);
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A figure read, as one line: key, value, role, confidence and evidence. */
export function readLine(r: Read): string {
  return `${r.series} ${span(r.from, r.to)} ${usd(r.usd)} (${r.figure.role}, ${r.figure.confidence}${r.figure.recordClaim ? ', record' : ''}) ← "${clip(r.figure.evidence, 170)}"`;
}

/** The score table of one corpus. */
export function scoreTable(score: CorpusScore, bars: Bars, about: string): string {
  const lines = [
    `${score.name} — ${about}`,
    `  ${'category'.padEnd(34)}${'n'.padStart(5)}${'tp'.padStart(6)}${'fp'.padStart(6)}${'fn'.padStart(6)}  precision  recall     F1    bar  target`,
  ];
  const bar = (metric: string): string => {
    const b = barOf(bars, score.name, metric);
    return `${f3(b?.min ?? b?.max).padStart(7)} ${f3(b?.target).padStart(7)}`;
  };
  const prfRow = (label: string, t: Tally, metric: string): string => {
    const s = prf(t);
    return `  ${label.padEnd(34)}${String(t.tp + t.fn).padStart(5)}${String(t.tp).padStart(6)}${String(t.fp).padStart(6)}${String(t.fn).padStart(6)}  ${f3(s.p).padStart(9)} ${f3(s.r).padStart(7)} ${f3(s.f1).padStart(6)}${bar(metric)}`;
  };
  const ratioRow = (label: string, right: number, total: number, metric: string, what: string): string =>
    `  ${label.padEnd(34)}${`${right}/${total} ${what}`.padEnd(46)}${f3(total === 0 ? undefined : right / total)}${bar(metric)}`;
  lines.push(prfRow('months', score.months, 'months.f1'));
  if (score.monthsBySeries.size > 1)
    for (const [s, t] of score.monthsBySeries) lines.push(prfRow(`  months ${s}`, t, `months.${s}.f1`));
  lines.push(prfRow('period totals', score.periods, 'periods.f1'));
  if (score.periodsBySeries.size > 1)
    for (const [s, t] of score.periodsBySeries) lines.push(prfRow(`  periods ${s}`, t, `periods.${s}.f1`));
  if (score.headline.total > 0) {
    lines.push(
      ratioRow('headline recall', score.headline.hits, score.headline.total, 'headline.recall', 'headline months read'),
    );
    if (score.headlineBySeries.size > 1) {
      for (const [s, h] of score.headlineBySeries)
        lines.push(ratioRow(`  headline ${s}`, h.hits, h.total, `headline.${s}.recall`, 'read'));
    }
  }
  const leftOut = score.records.leftOut > 0 ? ` (${score.records.leftOut} left out)` : '';
  lines.push(
    ratioRow(
      'record claims accuracy',
      score.records.right,
      score.records.scored,
      'records.accuracy',
      `cases right${leftOut}`,
    ),
  );
  lines.push(prfRow('  record months claimed', score.recordClaims, 'records.claims.f1'));
  if (score.headlineRecords.total > 0) {
    lines.push(
      ratioRow(
        '  headline read, claim right',
        score.headlineRecords.right,
        score.headlineRecords.total,
        'records.headline',
        'headline months',
      ),
    );
  }
  for (const [s, n] of score.attributions ?? []) {
    const b = barOf(bars, score.name, `attributions.${s}`);
    lines.push(
      `  ${`read as ${s}`.padEnd(34)}${`${n} figure${n === 1 ? '' : 's'} of cases about another series`.padEnd(46)}${String(n).padStart(5)}${(b?.max === undefined ? '—' : String(b.max)).padStart(9)}${(b?.target === undefined ? '—' : String(b.target)).padStart(8)}`,
    );
  }
  if (score.dates.total > 0)
    lines.push(
      ratioRow(
        'publication date read',
        score.dates.right,
        score.dates.total,
        'dates.right',
        'pages with their own date',
      ),
    );
  if (score.prefilter && score.prefilter.total > 0) {
    lines.push(
      ratioRow(
        'feed pre-filter fetches',
        score.prefilter.fetched,
        score.prefilter.total,
        'prefilter.recall',
        'cases with tracked figures',
      ),
    );
  }
  return lines.join('\n');
}

/** Every miss and false figure of a corpus, case by case, with the label's notes. */
export function missList(score: CorpusScore, evalCases: ReadonlyMap<string, EvalCase>): string {
  const out: string[] = [];
  for (const c of score.cases) {
    const lines = caseVerdict(c);
    if (lines.length === 0) continue;
    const e = evalCases.get(`${c.truth.corpus}/${c.truth.id}`);
    out.push(`${c.truth.id}  ${c.truth.labelSeries}${e ? ` · ${dateNote(e)}` : ''}`);
    out.push(...lines.map((l) => `    ${l}`));
    if (c.truth.notes) out.push(`    notes: ${c.truth.notes}`);
  }
  for (const s of score.prefilter?.skipped ?? [])
    out.push(`${s.id}  pre-filter skips the feed item "${clip(s.headline, 90)}" ${s.url}`);
  return out.length === 0
    ? `${score.name}: no misses.`
    : [`${score.name}: misses and false figures`, ...out].join('\n');
}

/** How the case is dated for the extractor. */
export function dateNote(e: EvalCase): string {
  if (e.dateFrom === 'page') return `page date ${e.pageDate ?? '?'}`;
  if (e.dateFrom === 'none') return 'no date given';
  if (e.published === null) return "no date given but the URL's";
  return `--published ${e.published} (from the ${e.dateFrom === 'url' ? 'URL' : 'labels'})`;
}

/** The lines saying what a case got wrong; empty when it is all right. */
export function caseVerdict(c: CaseScore): string[] {
  const lines: string[] = [];
  const month = (m: ExpectedMonth): string =>
    `${m.series} ${m.month} ${usd(m.usd)} (${m.role}${m.asWritten ? `; printed ${m.asWritten}` : ''})`;
  const period = (p: ExpectedPeriod): string =>
    `${p.series} ${span(p.from, p.to)} ${usd(p.usd)}${p.label ? ` (${p.label})` : ''}`;
  // A figure of another series is both false and misattributed: one line, marked.
  const other = (r: Read): string => (c.attributions.includes(r) ? ' [another series]' : '');
  for (const m of c.months.misses)
    lines.push(`missed month   ${month(m.want)}`, ...m.instead.map((r) => `    read instead ${readLine(r)}`));
  for (const r of c.months.falses) lines.push(`false  month   ${readLine(r)}${other(r)}`);
  for (const p of c.periods.misses)
    lines.push(`missed period  ${period(p.want)}`, ...p.instead.map((r) => `    read instead ${readLine(r)}`));
  for (const r of c.periods.falses) lines.push(`false  period  ${readLine(r)}${other(r)}`);
  if (c.recordRight === false) {
    const want =
      c.truth.records.claims.length === 0 ? 'no record claim' : `a record for ${c.truth.records.claims.join(', ')}`;
    lines.push(`record         expected ${want}; ${c.recordsRead.length === 0 ? 'none claimed' : 'claimed:'}`);
    lines.push(...c.recordsRead.map((r) => `    ${readLine(r)}`));
  }
  const listed = new Set([...c.months.falses, ...c.periods.falses]);
  for (const r of c.attributions) if (!listed.has(r)) lines.push(`false  figure ${readLine(r)} [another series]`);
  return lines;
}

/** The check's outcome: each failing bar, or that all hold. */
export function checkReport(checks: readonly BarCheck[]): string {
  const failed = checks.filter((c) => !c.ok);
  if (failed.length === 0) return `eval --check: all ${checks.length} bars hold.`;
  return [
    `eval --check: ${failed.length} of ${checks.length} bars not met:`,
    ...failed.map(
      (c) =>
        `  ${c.corpus} ${c.metric} = ${c.value === undefined ? 'not measured' : f3(c.value)}, bar ${c.bar.min !== undefined ? `≥ ${c.bar.min}` : `≤ ${c.bar.max}`}`,
    ),
  ].join('\n');
}
