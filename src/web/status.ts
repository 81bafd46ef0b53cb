import type { Config } from '../config.js';
import { summariseSeries, type SeriesSummary } from '../history/summary.js';
import type { Alert, AlertSource, SeriesHistory } from '../history/types.js';
import { sourceStatuses, type SourceStatus } from '../pipeline/source-status.js';
import type { Store, TickEntry } from '../store/types.js';

/** What the status page may read of the store: queries only, so nothing on the page can change state. */
export type StatusReader = Pick<Store, 'history' | 'monthValues' | 'alerts' | 'sourceHealth' | 'recentTicks'>;

/** What the worker knows that the store does not. */
export interface WorkerView {
  version: string;
  /** The schedule's next slot, by which every source has been read again (each is read sooner when due). */
  nextTick(): Date | null;
  /** /healthz's verdict, when the worker tracks it. */
  health?: () => { status: 'ok' | 'stale'; lastSuccessfulTick: string | null };
  /** A link to a posted message, when its channel's server is known. */
  messageLink?: (series: string, messageId: string) => string | null;
}

/** One link of a series' record chain as the store keeps it: known, posted, held, corrected or rejected. */
export type RecordEntry = SeriesHistory['records'][number];

/** A series as the page shows it: what `exportwatch series` says of it, its record chain and its chart. */
export interface SeriesStatus extends SeriesSummary {
  /** Newest first, at most RECORDS_SHOWN; held, corrected and rejected records included, with their reason. */
  records: RecordEntry[];
  /** Where the chart of its standing record is served; null without history. */
  chart: string | null;
}

/** An alert as the page shows it: its state in words a person acts on. */
export interface AlertStatus {
  id: number;
  series: string;
  seriesName: string;
  month: string;
  value: number;
  currency: string;
  /** pending, sent, failed (and the states the record rule adds, such as held). */
  state: string;
  /** Why it stands as it does: the next try, the reason it failed or is held. */
  detail: string | null;
  messageId: string | null;
  messageUrl: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  sentAt: string | null;
  sources: AlertSource[];
}

/** Everything the page shows; also what /api/status answers. */
export interface StatusData {
  generatedAt: string;
  timezone: string;
  version: string;
  health: { status: 'ok' | 'stale'; lastSuccessfulTick: string | null } | null;
  nextTick: string | null;
  series: SeriesStatus[];
  alerts: AlertStatus[];
  sources: SourceStatus[];
  ticks: TickEntry[];
}

/** How much of each list the page shows; the JSON has the same. */
export const RECORDS_SHOWN = 12;
export const ALERTS_SHOWN = 50;
export const TICKS_SHOWN = 20;

/** Reads the status once; every list is read in one pass over the store's queries. */
export async function readStatus(
  reader: StatusReader,
  config: Pick<Config, 'series' | 'sources' | 'timezone'>,
  worker: WorkerView,
  now: Date,
): Promise<StatusData> {
  const [histories, alerts, health, ticks] = await Promise.all([
    Promise.all(config.series.map((s) => reader.history(s.id))),
    reader.alerts(),
    reader.sourceHealth(),
    reader.recentTicks(TICKS_SHOWN),
  ]);
  const names = new Map(config.series.map((s) => [s.id, s.name]));
  return {
    generatedAt: now.toISOString(),
    timezone: config.timezone,
    version: worker.version,
    health: worker.health?.() ?? null,
    nextTick: worker.nextTick()?.toISOString() ?? null,
    series: config.series.map((s, i) => seriesStatus(s, histories[i]!)),
    alerts: alerts
      .slice(-ALERTS_SHOWN)
      .reverse()
      .map((a) => alertStatus(a, names.get(a.series) ?? a.series, worker)),
    sources: sourceStatuses(config.sources, health, now),
    ticks,
  };
}

function seriesStatus(s: Config['series'][number], history: SeriesHistory): SeriesStatus {
  const counted = new Map(history.months.flatMap((m) => (m.value === null ? [] : [[m.month, m.value] as const])));
  const summary = summariseSeries(s, counted);
  return {
    ...summary,
    records: history.records.slice(-RECORDS_SHOWN).reverse(),
    chart: summary.record ? `/charts/${encodeURIComponent(s.id)}.png` : null,
  };
}

function alertStatus(a: Alert, seriesName: string, worker: WorkerView): AlertStatus {
  const posted = (a.status === 'sent' || a.status === 'corrected') && a.messageId;
  const messageUrl = posted ? (a.messageUrl ?? worker.messageLink?.(a.series, a.messageId!) ?? null) : null;
  return {
    id: a.id,
    series: a.series,
    seriesName,
    month: a.month,
    value: a.value,
    currency: a.currency,
    state: a.status,
    detail: alertDetail(a),
    messageId: a.messageId,
    messageUrl,
    nextAttemptAt: a.nextAttemptAt,
    createdAt: a.createdAt,
    sentAt: a.sentAt,
    sources: a.sources,
  };
}

/** Why an alert stands as it does, in the record rule's own words where it has them. */
function alertDetail(a: Alert): string | null {
  if (a.correction) return a.correction.reason;
  if (a.status === 'held') return a.hold?.reason ?? null;
  return a.lastError;
}
