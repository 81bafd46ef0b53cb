/**
 * The benchmark's world, drawn from one seed: which sources there are, how each host misbehaves, and
 * what each source publishes when. Everything random is decided here, before anything starts, so two
 * runs with the same seed meet the same sites.
 */
import { seededRandom } from '../../tests/support/random.js';

/** How a host treats exportwatch. */
export type Behaviour =
  | 'ok'
  /** Article pages are accepted and never answered (a header timeout every time). */
  | 'hang-articles'
  /** The feed, listing or sitemap itself is never answered. */
  | 'hang-source'
  /** Article pages send their headers, then one byte every two seconds. */
  | 'drip-articles'
  /** The listing, feed or sitemap carries half a megabyte of hostile markup (deep nesting, sibling links). */
  | 'hostile';

/** One source of the config and the host it lives on. */
export interface PlannedSource {
  id: string;
  kind: 'rss' | 'listing' | 'sitemap';
  host: number;
  behaviour: Behaviour;
  /** Listing sources: read by CSS selector, or by a URL pattern over every link. */
  by?: 'selector' | 'pattern';
}

/** One article a source publishes at `atMs` after the start of the measured run. */
export interface Publication {
  source: string;
  atMs: number;
  kind: 'record' | 'relevant' | 'other';
  series: string;
  /** YYYY-MM; for a record, the month it sets. */
  month: string;
  usdMillions: number;
}

/** A series of the benchmark's config: generic exports with a seed history, so records are judged against it. */
export interface PlannedSeries {
  id: string;
  name: string;
  keyword: string;
  /** The highest month of the seed history, in millions. */
  seedMax: number;
}

/** Everything a run needs. */
export interface Plan {
  seed: number;
  durationMs: number;
  hosts: number;
  sources: PlannedSource[];
  series: PlannedSeries[];
  publications: Publication[];
}

const GOODS = ['rice', 'cement', 'mango', 'surgical goods', 'leather', 'seafood', 'furniture', 'pharmaceutical'];
// Months the records set: after the seed history (which ends in 2025-12), not after today (the run's clock).
const RECORD_MONTHS = Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

/** Draws the plan: `sources` sources on fewer hosts, `records` records at random moments of `durationMs`. */
export function drawPlan(opts: {
  seed: number;
  sources: number;
  records: number;
  durationMs: number;
  /** Scales the share of misbehaving hosts (0: none, for a quick look at the harness). */
  trouble?: number;
}): Plan {
  const random = seededRandom(opts.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // One in five hosts carries two sources (a feed and a section page of one outlet).
  const hosts = Math.ceil(opts.sources / 1.2);
  const sources: PlannedSource[] = [];
  const behaviourOf = new Map<number, Behaviour>();
  // The troublemakers, as a share of the hosts: these proportions are a bad day, not an average one.
  const troubled: Array<[Behaviour, number]> = [
    ['hang-articles', 0.05],
    ['hang-source', 0.02],
    ['drip-articles', 0.03],
  ];
  let next = 0;
  const trouble = opts.trouble ?? 1;
  for (const [behaviour, share] of troubled)
    for (let i = 0; i < (trouble > 0 ? Math.max(1, Math.round(hosts * share * trouble)) : 0); i++)
      behaviourOf.set(next++, behaviour);
  for (let i = 0; i < opts.sources; i++) {
    const host = i < hosts ? i : Math.floor(random() * hosts);
    const roll = random();
    const kind = roll < 0.75 ? 'rss' : roll < 0.9 ? 'listing' : 'sitemap';
    const behaviour: Behaviour = behaviourOf.get(host) ?? (random() < 0.06 * trouble ? 'hostile' : 'ok');
    sources.push({
      id: `s${String(i).padStart(3, '0')}`,
      kind,
      host,
      behaviour,
      ...(kind === 'listing' ? { by: random() < 0.5 ? 'selector' : 'pattern' } : {}),
    });
  }
  const series: PlannedSeries[] = GOODS.map((good, i) => ({
    id: `pk-${good.replace(/\s+/g, '-')}-exports`,
    name: `Pakistan ${good} exports`,
    keyword: `${good} exports`,
    seedMax: 300 + 40 * i,
  }));

  const publications: Publication[] = [];
  // Records land on sources whose articles can be read: a record behind a page that never answers is never
  // posted by anyone, which measures nothing.
  const readable = sources.filter((s) => s.behaviour === 'ok' || s.behaviour === 'hostile');
  const tail = Math.min(4 * 60_000, opts.durationMs / 4);
  const recordTimes = Array.from({ length: opts.records }, () => 60_000 + random() * (opts.durationMs - tail - 60_000));
  recordTimes.sort((a, b) => a - b);
  const monthsSet = new Map<string, number>();
  for (const atMs of recordTimes) {
    const s = pick(series.filter((x) => (monthsSet.get(x.id) ?? 0) < RECORD_MONTHS.length));
    const n = monthsSet.get(s.id) ?? 0;
    monthsSet.set(s.id, n + 1);
    // Each record a few percent above the last: plausible, and above every month held.
    const usdMillions = Math.round(s.seedMax * (1 + 0.03 * (n + 1)));
    publications.push({
      source: pick(readable).id,
      atMs,
      kind: 'record',
      series: s.id,
      month: RECORD_MONTHS[n]!,
      usdMillions,
    });
  }
  // Everything else a newsroom publishes: each source about every 15 minutes, one story in five about a
  // tracked series (fetched and read, below its record); hosts whose pages hang publish those often.
  for (const source of sources) {
    const meanGapMs =
      source.behaviour === 'hang-articles' || source.behaviour === 'drip-articles' ? 3 * 60_000 : 15 * 60_000;
    for (
      let at = -Math.log(1 - random()) * meanGapMs;
      at < opts.durationMs;
      at += -Math.log(1 - random()) * meanGapMs
    ) {
      const s = pick(series);
      const troubled = source.behaviour !== 'ok' && source.behaviour !== 'hostile';
      publications.push({
        source: source.id,
        atMs: at,
        kind: troubled || random() < 0.2 ? 'relevant' : 'other',
        series: s.id,
        month: pick(RECORD_MONTHS.slice(0, 6)),
        usdMillions: Math.round(s.seedMax * 0.6),
      });
    }
  }
  publications.sort((a, b) => a.atMs - b.atMs);
  return { seed: opts.seed, durationMs: opts.durationMs, hosts, sources, series, publications };
}
