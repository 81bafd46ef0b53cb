import type { SourceConfig } from '../config.js';
import type { SeriesSpec } from '../extract/types.js';
import type { RecordRule } from '../history/records.js';
import type { Logger } from '../log.js';
import { SOURCE_KINDS } from '../scrapers/kinds/index.js';
import type { HttpClient } from '../scrapers/types.js';
import type { Store } from '../store/types.js';
import { deliverDue, type DeliverySummary, type RetryPolicy } from './deliver.js';
import { ingestPage } from './ingest.js';
import { createRelevanceFilter } from './relevance.js';
import type { Notifier } from '../notify/types.js';

/** What a tick needs; built once by the CLI, or by a test with real parts on loopback. */
export interface TickDeps {
  sources: readonly SourceConfig[];
  series: readonly (SeriesSpec & { name: string })[];
  rule: RecordRule;
  store: Store;
  http: HttpClient;
  notifier: Notifier;
  log: Logger;
  /** The clock the outbox's retry times are read against; tests pass their own. */
  now?: () => Date;
  retry?: RetryPolicy;
}

/** How one source fared in a tick. */
export type SourceReport =
  /** `baseline`: the source's first tick, stored without alerts. */
  | { source: string; status: 'ok'; articles: number; skipped: number; figures: number; articleErrors: number; baseline: boolean }
  | { source: string; status: 'not-modified' }
  | { source: string; status: 'error'; error: string };

/** The outcome of one tick, summarised for logs and exit codes. */
export interface TickSummary {
  sources: SourceReport[];
  articles: number;
  figures: number;
  alertsCreated: number;
  delivery: DeliverySummary;
  /** Some source or delivery failed; the rest of the tick still ran. */
  failed: boolean;
}

/** One tick: sources → articles → text → figures → history → records → alerts. */
export async function runTick(deps: TickDeps): Promise<TickSummary> {
  const reports: SourceReport[] = [];
  let alertsCreated = 0;
  const isRelevant = createRelevanceFilter(deps.series);
  const seen = new Set<string>();

  for (const source of deps.sources) {
    const report = await readSource(source, deps, isRelevant, seen);
    reports.push(report.report);
    alertsCreated += report.alertsCreated;
  }
  const delivery = await deliverDue(deps.store, deps.notifier, deps.series, deps.log, { now: deps.now, retry: deps.retry });
  const ok = reports.filter((r): r is Extract<SourceReport, { status: 'ok' }> => r.status === 'ok');
  const summary: TickSummary = {
    sources: reports,
    articles: ok.reduce((n, r) => n + r.articles, 0),
    figures: ok.reduce((n, r) => n + r.figures, 0),
    alertsCreated,
    delivery,
    failed: reports.some((r) => r.status === 'error') || delivery.failed > 0 || delivery.retrying > 0,
  };
  deps.log.info(
    {
      sources: reports.length,
      unchanged: reports.filter((r) => r.status === 'not-modified').length,
      failedSources: reports.filter((r) => r.status === 'error').length,
      articles: summary.articles,
      figures: summary.figures,
      alertsCreated,
      alertsSent: delivery.sent,
      alertsEdited: delivery.edited,
      alertsFailed: delivery.failed + delivery.retrying,
    },
    'tick finished',
  );
  return summary;
}

async function readSource(
  source: SourceConfig,
  deps: TickDeps,
  isRelevant: ReturnType<typeof createRelevanceFilter>,
  seen: Set<string>,
): Promise<{ report: SourceReport; alertsCreated: number }> {
  const log = deps.log.child({ source: source.id });
  // A source's first tick stores what it finds and alerts on nothing: its feed is full of old news.
  const baseline = !(await deps.store.isSourceKnown(source.id));
  const outcome = await SOURCE_KINDS[source.kind]
    .read(source.url, {
      http: deps.http,
      isRelevant,
      // An article stored in an earlier tick, or read from another source in this one, is not fetched again.
      alreadySeen: async (url) => seen.has(url) || (await deps.store.hasArticle(url)),
    })
    .catch((error: Error) => ({ status: 'error' as const, error }));
  if (outcome.status === 'not-modified') return { report: { source: source.id, status: 'not-modified' }, alertsCreated: 0 };
  if (outcome.status === 'error') {
    log.warn({ err: outcome.error, url: source.url }, 'source failed');
    return { report: { source: source.id, status: 'error', error: outcome.error.message }, alertsCreated: 0 };
  }
  for (const failure of outcome.failures) log.warn({ err: failure.error, url: failure.url }, 'article failed');

  let figures = 0;
  let alertsCreated = 0;
  let read = 0;
  for (const page of outcome.articles) {
    seen.add(page.url);
    const stored = await ingestPage(page, source, deps, baseline ? 'baseline' : 'live');
    if (stored === null) continue;
    read++;
    figures += stored.figures;
    alertsCreated += stored.alerts;
    if (stored.alerts > 0) log.info({ url: page.url, alerts: stored.alerts }, 'record found');
  }
  if (baseline) {
    await deps.store.markSourceKnown(source.id);
    log.info({ articles: read, figures }, 'first tick of a new source: stored as baseline, no alerts');
  }
  return {
    report: { source: source.id, status: 'ok', articles: read, skipped: outcome.skipped, figures, articleErrors: outcome.failures.length, baseline },
    alertsCreated,
  };
}
