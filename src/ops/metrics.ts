import { statSync } from 'node:fs';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { TickOutcome } from './tick-outcome.js';

/** The worker's Prometheus metrics and the hooks that feed them. */
export interface Metrics {
  registry: Registry;
  observeTick(outcome: TickOutcome): void;
  observeFetch(outcome: string, seconds: number): void;
  observeFigures(series: string, count: number): void;
}

/**
 * Metric names and labels are documented in docs/operations.md ("Health and metrics"). Label values come
 * from configured ids and fixed outcome words only, so the number of series stays bounded.
 */
export function createMetrics(opts: { databasePath: string; version: string }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  new Gauge({
    name: 'exportwatch_info',
    help: 'Always 1; the version label says what runs.',
    labelNames: ['version'],
    registers,
  }).set({ version: opts.version }, 1);
  const ticks = new Counter({
    name: 'exportwatch_ticks_total',
    help: 'Ticks by outcome: ok, failed (a source or delivery failed), crashed, skipped (one was still running).',
    labelNames: ['outcome'],
    registers,
  });
  const tickSeconds = new Histogram({
    name: 'exportwatch_tick_duration_seconds',
    help: 'How long ticks took.',
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600],
    registers,
  });
  const lastTick = new Gauge({
    name: 'exportwatch_last_tick_timestamp_seconds',
    help: 'When the last tick ended (Unix time).',
    registers,
  });
  const lastSuccess = new Gauge({
    name: 'exportwatch_last_successful_tick_timestamp_seconds',
    help: 'When the last successful tick ended (Unix time).',
    registers,
  });
  const fetches = new Counter({
    name: 'exportwatch_fetches_total',
    help: 'HTTP GETs of feeds and pages by outcome: ok, not_modified, error.',
    labelNames: ['outcome'],
    registers,
  });
  const fetchSeconds = new Histogram({
    name: 'exportwatch_fetch_duration_seconds',
    help: 'How long HTTP GETs took, redirects included.',
    buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const articles = new Counter({
    name: 'exportwatch_articles_total',
    help: 'Articles read and stored (new, or with changed text).',
    registers,
  });
  const figures = new Counter({
    name: 'exportwatch_figures_total',
    help: 'Figures extracted from stored articles, by series.',
    labelNames: ['series'],
    registers,
  });
  const alerts = new Counter({
    name: 'exportwatch_alerts_total',
    help: 'Record alerts by outcome: created, sent, edited, followUps, reviews, failed (for good), retrying.',
    labelNames: ['outcome'],
    registers,
  });
  const sourceReads = new Counter({
    name: 'exportwatch_source_reads_total',
    help: 'Source reads by source and status (ok, not-modified, error, …); status="error" is a failure.',
    labelNames: ['source', 'status'],
    registers,
  });
  const sourceStreak = new Gauge({
    name: 'exportwatch_source_consecutive_failures',
    help: 'Reads in a row in which the source failed (a failing source is read less often as it backs off); 0 after a good read.',
    labelNames: ['source'],
    registers,
  });
  new Gauge({
    name: 'exportwatch_database_size_bytes',
    help: 'Size of the SQLite database file (main) and its write-ahead log (wal).',
    labelNames: ['file'],
    registers,
    collect() {
      this.reset();
      for (const [file, path] of [
        ['main', opts.databasePath],
        ['wal', `${opts.databasePath}-wal`],
      ] as const) {
        const size = fileSize(path);
        if (size !== null) this.set({ file }, size);
      }
    },
  });
  for (const outcome of ['ok', 'failed', 'crashed', 'skipped']) ticks.inc({ outcome }, 0);

  return {
    registry,
    observeTick(outcome) {
      if (outcome.status === 'skipped') {
        ticks.inc({ outcome: 'skipped' });
        return;
      }
      const endedAt = (outcome.startedAt.getTime() + outcome.durationMs) / 1000;
      tickSeconds.observe(outcome.durationMs / 1000);
      lastTick.set(endedAt);
      if (outcome.status === 'crashed') {
        ticks.inc({ outcome: 'crashed' });
        return;
      }
      const { summary } = outcome;
      ticks.inc({ outcome: summary.failed ? 'failed' : 'ok' });
      if (!summary.failed) lastSuccess.set(endedAt);
      articles.inc(summary.articles);
      alerts.inc({ outcome: 'created' }, summary.alertsCreated);
      // Every count the delivery summary carries, so outcomes added to it later show up too.
      for (const [key, n] of Object.entries(summary.delivery))
        if (typeof n === 'number') alerts.inc({ outcome: key }, n);
      for (const report of summary.sources) {
        sourceReads.inc({ source: report.source, status: report.status });
        // The streak is the store's, so it survives restarts; a source skipped while backing off keeps its streak.
        if (report.status === 'error' || report.status === 'skipped')
          sourceStreak.set({ source: report.source }, report.consecutiveFailures);
        else sourceStreak.set({ source: report.source }, 0);
      }
    },
    observeFetch(outcome, seconds) {
      fetches.inc({ outcome: outcome.replaceAll('-', '_') });
      fetchSeconds.observe(seconds);
    },
    observeFigures(series, count) {
      figures.inc({ series }, count);
    },
  };
}

function fileSize(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}
