import type { TickRecord } from '../store/types.js';
import type { SourceReport, TickSummary } from './tick.js';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** How the tick's sources fared, counted the way the summary line says them. */
export function sourceCounts(reports: readonly SourceReport[]): {
  sources: number;
  read: number;
  unchanged: number;
  failed: number;
  backingOff: number;
  notDue: number;
  /** Reads the tick stopped before they finished (the worker stopping): read again by the next tick. */
  stopped: number;
  /** Every failure of this tick was a failure to connect at all (DNS, refused, no route, connect timeout). */
  allUnreachable: boolean;
} {
  const errors = reports.filter((r) => r.status === 'error');
  const skipped = reports.filter((r) => r.status === 'skipped');
  return {
    sources: reports.length,
    read: reports.filter((r) => r.status === 'ok' || r.status === 'not-modified').length,
    unchanged: reports.filter((r) => r.status === 'not-modified').length,
    failed: errors.length,
    backingOff: skipped.filter((r) => r.consecutiveFailures > 0).length,
    notDue: skipped.filter((r) => r.consecutiveFailures === 0).length,
    stopped: reports.filter((r) => r.status === 'stopped').length,
    allUnreachable: errors.length > 0 && errors.every((r) => r.unreachable),
  };
}

/**
 * The tick in one sentence, for the log's summary line and the status page:
 * "7 sources: 0 read, 7 failed (network unreachable?)", "4 sources: 4 read (1 unchanged), 0 failed;
 * 2 new articles, 1 record found, 1 alert sent". The network is suspected only when nothing was read
 * and every failure was a failure to connect at all.
 */
export function describeTick(summary: TickSummary): string {
  const c = sourceCounts(summary.sources);
  const suspect = c.read === 0 && c.allUnreachable ? ' (network unreachable?)' : '';
  const parts = [
    `${c.read} read${c.unchanged > 0 ? ` (${c.unchanged} unchanged)` : ''}`,
    `${c.failed} failed${suspect}`,
  ];
  if (c.backingOff > 0) parts.push(`${c.backingOff} backing off after failures`);
  if (c.notDue > 0) parts.push(`${c.notDue} not due`);
  if (c.stopped > 0) parts.push(`${c.stopped} stopped part-way`);
  const head = `${plural(c.sources, 'source')}: ${parts.join(', ')}`;
  const { delivery } = summary;
  const undelivered = delivery.failed + delivery.retrying;
  const tail = [
    summary.articles > 0 ? plural(summary.articles, 'new article') : '',
    summary.alertsCreated > 0 ? plural(summary.alertsCreated, 'record') + ' found' : '',
    delivery.sent > 0 ? `${plural(delivery.sent, 'alert')} sent` : '',
    delivery.edited > 0 ? `${plural(delivery.edited, 'alert')} updated` : '',
    undelivered > 0 ? `${plural(undelivered, 'alert')} not delivered` : '',
  ].filter(Boolean);
  return tail.length > 0 ? `${head}; ${tail.join(', ')}` : head;
}

/**
 * Whether a tick did anything a person would want to see: read a source, or delivered, or failed to deliver,
 * an alert. The worker looks for due sources every few seconds; the ticks that find none are not news.
 */
export function isBusy(summary: TickSummary): boolean {
  const { delivery } = summary;
  const delivered =
    delivery.sent + delivery.edited + delivery.followUps + delivery.reviews + delivery.failed + delivery.retrying;
  return summary.sources.some((r) => r.status !== 'skipped') || delivered > 0;
}

/** A finished tick as the journal keeps it. */
export function tickRecord(
  summary: TickSummary,
  at: { startedAt: Date; finishedAt: Date; reason: string },
): TickRecord {
  const c = sourceCounts(summary.sources);
  return {
    startedAt: at.startedAt.toISOString(),
    finishedAt: at.finishedAt.toISOString(),
    reason: at.reason,
    outcome: summary.failed ? 'failed' : 'ok',
    summary: describeTick(summary),
    sources: c.sources,
    read: c.read,
    unchanged: c.unchanged,
    failed: c.failed + c.backingOff,
    notDue: c.notDue,
    articles: summary.articles,
    figures: summary.figures,
    alertsCreated: summary.alertsCreated,
    alertsSent: summary.delivery.sent,
    alertsFailed: summary.delivery.failed + summary.delivery.retrying,
    error: null,
  };
}
