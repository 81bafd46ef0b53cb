// Scores the extractor against the labelled corpora: the developer pages in fixtures/corpus/ and the real-news
// excerpts of ../shared/corpus/ (pk-it/, other/), each excerpt wrapped in a page and dated as a feed would date
// it. Every page goes through `exportwatch extract`'s own function. How pages are wrapped and dated and how
// figures are matched: docs/eval.md.
//
//   npm run eval                         # all corpora: tables, then every miss and false figure
//   npm run eval -- --quiet              # tables only
//   npm run eval -- --json               # a machine-readable summary
//   npm run eval -- --case d017[,o025]   # one case: its page, the command that reproduces it, what was read
//   npm run eval -- --corpus pk-it       # one corpus (fixtures, pk-it, other)
//   npm run eval -- --check              # exit 1 when a score is below its bar (scripts/eval/bars.json)
//   npm run eval -- --plain-headline     # every wrapped page headlined with its section's name only
//   npm run eval -- --undated            # no <time> on any wrapped page and no --published: dated by URL and text
//   npm run eval -- DIR                  # another corpus in fixtures/corpus's labels.json format
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { extractPage } from '../src/cli/handlers/extract.js';
import { DEFAULT_CONFIG_FILE, PROJECT_ROOT, readConfigFile } from '../src/config.js';
import { checkBars, readBars } from './eval/bars.js';
import { findSharedCorpus } from './eval/cases.js';
import { fixtureCases, sharedCases, type EvalCase } from './eval/corpora.js';
import { scorePrefilter } from './eval/prefilter.js';
import { TRACKED_IDS } from './eval/labels.js';
import { caseVerdict, checkReport, dateNote, missList, readLine, scoreTable, usd } from './eval/report.js';
import { scoreCase, type CaseScore } from './eval/score.js';
import { tallyCorpus, type CorpusScore } from './eval/tally.js';

const BARS_FILE = join(PROJECT_ROOT, 'scripts/eval/bars.json');
const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    quiet: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    case: { type: 'string' },
    corpus: { type: 'string' },
    shared: { type: 'string' },
    'plain-headline': { type: 'boolean', default: false },
    undated: { type: 'boolean', default: false },
  },
});

const started = performance.now();
const { series } = readConfigFile(DEFAULT_CONFIG_FILE);
const tracked = new Set(series.map((s) => s.id));
const untracked = TRACKED_IDS.filter((id) => !tracked.has(id));
if (untracked.length > 0)
  fail(`the eval maps labels to series the config does not track: ${untracked.join(', ')} (scripts/eval/labels.ts)`);

const fixturesDir = resolve(positionals[0] ?? join(PROJECT_ROOT, 'fixtures/corpus'));
const corpora: Array<{ name: string; dir: string; cases: EvalCase[] }> = [
  { name: 'fixtures', dir: fixturesDir, cases: fixtureCases(fixturesDir) },
];
const shared = findSharedCorpus(PROJECT_ROOT, opts.shared);
if ('missing' in shared) {
  process.stderr.write(
    `eval: no labelled corpus at ${shared.missing} (looked for pk-it/ and other/, each with cases/ and labels.jsonl).\n` +
      '      Put the shared folder beside the repository (../shared/corpus) or pass --shared DIR. CI clones it there;\n' +
      '      without it only fixtures/corpus is scored' +
      (opts.check ? ', and --check fails.\n' : '.\n'),
  );
} else {
  corpora.push(...sharedCases(shared.dir, opts['plain-headline'] ? 'section' : 'page', opts.undated));
}
if (opts.check && (opts['plain-headline'] || opts.undated)) {
  fail(
    '--check holds the scores of pages with their headlines and dates to the bars; drop --plain-headline and --undated',
  );
}
const selected = opts.corpus === undefined ? corpora : corpora.filter((c) => c.name === opts.corpus);
if (selected.length === 0)
  fail(`--corpus ${opts.corpus}: no such corpus; there are ${corpora.map((c) => c.name).join(', ')}`);

const run = (e: EvalCase): CaseScore =>
  scoreCase(e.truth, extractPage(e.html, { url: e.url, published: e.published }, series), tracked);

if (opts.case !== undefined) {
  for (const id of opts.case.split(',')) showCase(id.trim());
  process.exit(0);
}

const scores: CorpusScore[] = selected.map((c) => {
  const cases = c.cases.map(run);
  const byId = new Map(c.cases.map((e) => [e.truth.id, e]));
  const score = tallyCorpus(c.name, c.dir, cases, [...tracked], (s) => byId.get(s.truth.id)?.pageDate ?? null);
  if (c.name !== 'fixtures') {
    score.prefilter = scorePrefilter(c.cases, series);
    if (score.prefilter.total > 0) score.metrics['prefilter.recall'] = score.prefilter.fetched / score.prefilter.total;
  }
  return score;
});
const bars = readBars(BARS_FILE);
const checks = checkBars(bars, scores);
const seconds = (performance.now() - started) / 1000;

if (opts.json) {
  process.stdout.write(`${JSON.stringify(summary(), null, 2)}\n`);
} else {
  const evalCases = new Map(selected.flatMap((c) => c.cases.map((e) => [`${e.corpus}/${e.truth.id}`, e] as const)));
  if (!opts.quiet) for (const s of scores) console.log(`${missList(s, evalCases)}\n`);
  for (const s of scores)
    console.log(`${scoreTable(s, bars, about(s, selected.find((c) => c.name === s.name)!.cases))}\n`);
  console.log(
    `${scores.reduce((n, s) => n + s.cases.length, 0)} pages in ${seconds.toFixed(1)} s. Bars: ${relative(process.cwd(), BARS_FILE)}; the last column is issue 12's target.`,
  );
}
if (opts.check) {
  console.log(checkReport(checks));
  if ('missing' in shared) console.log(`eval --check: fails: the shared corpus is missing (${shared.missing}).`);
  if ('missing' in shared || checks.some((c) => !c.ok)) process.exit(1);
}

function about(s: CorpusScore, cases: readonly EvalCase[]): string {
  const count = (f: (e: EvalCase) => boolean): number => cases.filter(f).length;
  if (s.name === 'fixtures')
    return `${relative(process.cwd(), s.dir) || '.'}: ${cases.length} pages, dated by themselves`;
  if (opts.undated) {
    return (
      `${relative(process.cwd(), s.dir)}: ${cases.length} cases, --undated: no <time>, no --published; ` +
      `a date in the URL ${count((e) => e.dateFrom === 'url')}, none ${count((e) => e.dateFrom === 'none')}`
    );
  }
  return (
    `${relative(process.cwd(), s.dir)}: ${cases.length} cases; dated by the page ${count((e) => e.dateFrom === 'page')}, ` +
    `by --published from the URL ${count((e) => e.dateFrom === 'url')} and from the labels ${count((e) => e.dateFrom === 'labels')}, ` +
    `undated ${count((e) => e.dateFrom === 'none')}`
  );
}

function summary(): unknown {
  return {
    seconds: Number(seconds.toFixed(2)),
    corpora: scores.map((s) => ({
      name: s.name,
      dir: s.dir,
      cases: s.cases.length,
      metrics: Object.fromEntries(Object.entries(s.metrics).map(([k, v]) => [k, Number(v.toFixed(4))])),
      counts: {
        months: s.months,
        periods: s.periods,
        headline: s.headline,
        records: s.records,
        dates: s.dates,
        prefilter: s.prefilter,
      },
      misses: s.cases.flatMap((c) =>
        caseVerdict(c)
          .filter((l) => !l.startsWith(' '))
          .map((line) => ({ case: c.truth.id, line })),
      ),
    })),
    bars: checks,
    sharedCorpus: 'missing' in shared ? { missing: shared.missing } : { dir: shared.dir },
  };
}

function showCase(id: string): void {
  const found = selected
    .flatMap((c) => c.cases)
    .filter((e) => e.truth.id === id || (e.corpus === 'fixtures' && e.truth.id.startsWith(`${id}-`)));
  if (found.length === 0)
    fail(`--case ${id}: no such case (ids look like d017, o025, or a fixtures/corpus number like 005)`);
  for (const e of found) {
    let page = e.source;
    if (e.corpus !== 'fixtures') {
      page = join(tmpdir(), 'exportwatch-eval', e.corpus, `${e.truth.id}.html`);
      mkdirSync(join(page, '..'), { recursive: true });
      writeFileSync(page, e.html);
    }
    const score = run(e);
    const x = score.extraction;
    const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
    console.log(`${e.truth.id} (${e.corpus}) — ${e.truth.labelSeries}`);
    if (e.corpus !== 'fixtures') console.log(`  case      ${e.source}`);
    console.log(`  page      ${page}`);
    if (e.headline) console.log(`  headline  "${e.headline.text}" (${e.headline.source})`);
    console.log(`  date      ${dateNote(e)}; the extractor dated it ${x.published ?? 'nothing'}`);
    console.log(
      `  command   node bin/exportwatch.js extract --url ${quote(e.url)}${e.published ? ` --published ${e.published}` : ''} ${quote(page)}   (after npm run build)`,
    );
    console.log('  expected');
    for (const m of e.truth.months)
      console.log(
        `    ${score.months.hits.includes(m) ? 'ok  ' : 'MISS'} month  ${m.series} ${m.month} ${usd(m.usd)} (${m.role}${m.asWritten ? `; printed ${m.asWritten}` : ''})`,
      );
    for (const p of e.truth.periods)
      console.log(
        `    ${score.periods.hits.includes(p) ? 'ok  ' : 'MISS'} period ${p.series} ${p.from}..${p.to} ${usd(p.usd)}${p.label ? ` (${p.label})` : ''}`,
      );
    const rec = e.truth.records;
    console.log(
      `    ${rec.scored ? (score.recordRight ? 'ok  ' : 'MISS') : 'n/a '} record ${rec.claims.length === 0 ? 'no claim' : rec.claims.join(', ')}${rec.why ? ` (left out: ${rec.why})` : ''}`,
    );
    for (const t of e.truth.tolerated)
      console.log(`    (tolerated) ${t.series} ${t.from ?? '?'}..${t.to ?? '?'} ${usd(t.usd)}`);
    console.log(`  read (${x.figures.length})`);
    for (const f of x.figures)
      console.log(
        `    ${readLine({ series: f.series, from: f.period.start, to: f.period.end, usd: f.value, figure: f })}${f.notes.length ? `\n        notes: ${f.notes.join('; ')}` : ''}`,
      );
    const verdict = caseVerdict(score);
    console.log(
      verdict.length === 0 ? '  verdict   all right' : ['  verdict', ...verdict.map((l) => `    ${l}`)].join('\n'),
    );
    if (e.truth.notes) console.log(`  notes     ${e.truth.notes}`);
    console.log();
  }
}

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}
