// Scores the extractor against a labeled corpus: precision, recall and F1 for single-month values, period
// totals and record claims, with every miss and every false figure listed.
//
//   npm run eval                       # fixtures/corpus
//   npm run eval -- path/to/corpus     # another corpus with the same labels.json format
//   npm run eval -- --quiet            # scores only
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG_FILE, PROJECT_ROOT, readConfigFile } from '../src/config.js';
import { extractArticle, type Figure } from '../src/extract/index.js';

interface Label {
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

type Category = 'months' | 'totals' | 'records';
const CATEGORIES: readonly Category[] = ['months', 'totals', 'records'];

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? join(PROJECT_ROOT, 'fixtures/corpus'));
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Label[];
const { series } = readConfigFile(DEFAULT_CONFIG_FILE);

const expectedKeys = (l: Label): Record<Category, Set<string>> => ({
  months: new Set(l.expected.months.map((m) => `${m.series} ${m.month} ${m.value}`)),
  totals: new Set(l.expected.totals.map((t) => `${t.series} ${t.start}..${t.end} ${t.value}`)),
  records: new Set(l.expected.records.map((r) => `${r.series} ${r.month}`)),
});

const predictedKeys = (figures: readonly Figure[]): Record<Category, Map<string, Figure>> => {
  const out: Record<Category, Map<string, Figure>> = { months: new Map(), totals: new Map(), records: new Map() };
  for (const f of figures) {
    const single = f.period.start === f.period.end;
    if (f.value !== null && single) out.months.set(`${f.series} ${f.period.start} ${f.value}`, f);
    if (f.value !== null && !single) out.totals.set(`${f.series} ${f.period.start}..${f.period.end} ${f.value}`, f);
    if (f.recordClaim && single) out.records.set(`${f.series} ${f.period.start}`, f);
  }
  return out;
};

const tallies: Record<Category, Tally> = {
  months: { tp: 0, fp: 0, fn: 0 },
  totals: { tp: 0, fp: 0, fn: 0 },
  records: { tp: 0, fp: 0, fn: 0 },
};
const failures: string[] = [];
let datesRight = 0;

for (const label of labels) {
  const html = readFileSync(join(dir, label.file), 'utf8');
  // The page's URL, never its labeled publication date: the date must come from the page or the URL.
  const result = extractArticle(html, { series, url: label.url });
  if (result.published === label.published) datesRight++;
  else failures.push(`${label.file}\n    published: got ${result.published ?? 'none'}, expected ${label.published}`);
  const want = expectedKeys(label);
  const got = predictedKeys(result.figures);
  const lines: string[] = [];
  for (const category of CATEGORIES) {
    for (const key of want[category]) {
      if (got[category].has(key)) tallies[category].tp++;
      else {
        tallies[category].fn++;
        lines.push(`    missed ${category.padEnd(7)} ${key}`);
      }
    }
    for (const [key, figure] of got[category]) {
      if (want[category].has(key)) continue;
      tallies[category].fp++;
      lines.push(
        `    false  ${category.padEnd(7)} ${key} (${figure.role}, ${figure.confidence}) ← "${figure.evidence.slice(0, 140)}"`,
      );
    }
  }
  if (lines.length > 0) failures.push(`${label.file}\n${lines.join('\n')}`);
}

const score = (t: Tally): { p: number; r: number; f1: number } => {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};
const fmt = (n: number): string => n.toFixed(3);

if (!quiet && failures.length > 0) {
  console.log('Failures');
  for (const f of failures) console.log(`  ${f}`);
  console.log();
}
const distractors = labels.filter((l) => l.distractor).length;
const urdu = labels.filter((l) => l.lang === 'ur').length;
console.log(`Corpus: ${dir}`);
console.log(
  `  ${labels.length} pages (${distractors} distractors, ${urdu} in Urdu); publication date right on ${datesRight}/${labels.length}`,
);
console.log();
console.log('category   labels    tp    fp    fn  precision  recall     F1');
const all: Tally = { tp: 0, fp: 0, fn: 0 };
for (const category of CATEGORIES) {
  const t = tallies[category];
  all.tp += t.tp;
  all.fp += t.fp;
  all.fn += t.fn;
  const s = score(t);
  console.log(
    `${category.padEnd(9)} ${String(t.tp + t.fn).padStart(7)} ${String(t.tp).padStart(5)} ${String(t.fp).padStart(5)} ${String(t.fn).padStart(5)}  ${fmt(s.p).padStart(9)} ${fmt(s.r).padStart(7)} ${fmt(s.f1).padStart(6)}`,
  );
}
const s = score(all);
console.log(
  `${'all'.padEnd(9)} ${String(all.tp + all.fn).padStart(7)} ${String(all.tp).padStart(5)} ${String(all.fp).padStart(5)} ${String(all.fn).padStart(5)}  ${fmt(s.p).padStart(9)} ${fmt(s.r).padStart(7)} ${fmt(s.f1).padStart(6)}`,
);
