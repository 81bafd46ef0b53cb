import type { SourceHealthPolicy } from '../config.js';
import type { SourceHealth } from '../store/types.js';
import { learnRhythm, nextReadAt, type CadencePolicy } from './cadence.js';

/** How one read of a source ended, as its health needs it. */
export type ReadResult =
  /** `newest`: the key of the first story listed; null when the source lists none (a single article page). */
  | {
      status: 'ok';
      articles: number;
      articleErrors: number;
      lastArticleError: string | null;
      newest: string | null;
    }
  | { status: 'not-modified' }
  | { status: 'error'; error: string; retryAfterMs: number | null };

/** When a read source is read again: its own floor, and the cadence it is learnt with (none: at its floor). */
export interface ReadSchedule {
  /** No read before this many ms: the source's `intervalMinutes`, its host's Crawl-delay. */
  floorMs: number;
  cadence?: CadencePolicy | undefined;
}

// Ticks start a few milliseconds late or early, and next reads are reckoned from the start of the tick that read
// the source: a source due at 10:00:00.050 is due at the tick of 10:00:00.020.
const DUE_GRACE_MS = 5_000;
const MINUTE_MS = 60_000;

/** A source is due when it was never read, or its next attempt falls before this tick (within a few seconds). */
export function isDue(health: SourceHealth | undefined, now: Date): boolean {
  if (!health?.nextAttemptAt) return true;
  return Date.parse(health.nextAttemptAt) <= now.getTime() + DUE_GRACE_MS;
}

/** A health row for a source never read. */
export function newHealth(sourceId: string): SourceHealth {
  return {
    sourceId,
    consecutiveFailures: 0,
    lastOutcome: null,
    lastError: null,
    lastErrorAt: null,
    lastSuccessAt: null,
    lastAttemptAt: null,
    nextAttemptAt: null,
    disabledAt: null,
    lastArticles: 0,
    lastArticleErrors: 0,
    lastArticleError: null,
    pendingNotice: null,
    newestLink: null,
    lastPublishedAt: null,
    publishIntervalMs: null,
  };
}

/** Backoff after `failures` failed reads in a row: backoffMinutes × 2^(failures−1), capped. */
export function backoffMinutes(failures: number, policy: SourceHealthPolicy): number {
  return Math.min(policy.backoffMinutes * 2 ** Math.max(0, failures - 1), policy.maxBackoffMinutes);
}

/**
 * The source's health after a read. A source read well learns its publishing rhythm and is read next when its
 * cadence says (cadence.ts). A failing source backs off exponentially; at `disableAfter` failures in a row it
 * is marked disabled with one notice, and still tried every maxBackoffMinutes so that its recovery (one more
 * notice) is noticed.
 */
export function afterRead(
  prev: SourceHealth,
  result: ReadResult,
  policy: SourceHealthPolicy,
  schedule: ReadSchedule,
  now: Date,
): SourceHealth {
  const at = now.toISOString();
  const later = (ms: number): string | null => (ms > 0 ? new Date(now.getTime() + ms).toISOString() : null);
  const interval = schedule.floorMs;
  if (result.status !== 'error') {
    const wasDisabled = prev.disabledAt !== null;
    const rhythm =
      result.status === 'ok' ? learnRhythm(prev, { newest: result.newest, stored: result.articles }, now) : prev;
    const next = schedule.cadence ? nextReadAt(rhythm, schedule.cadence, interval, now) : null;
    return {
      ...prev,
      newestLink: rhythm.newestLink,
      lastPublishedAt: rhythm.lastPublishedAt,
      publishIntervalMs: rhythm.publishIntervalMs,
      consecutiveFailures: 0,
      lastOutcome: result.status,
      lastSuccessAt: at,
      lastAttemptAt: at,
      nextAttemptAt: schedule.cadence ? (next?.toISOString() ?? null) : later(interval),
      disabledAt: null,
      lastArticles: result.status === 'ok' ? result.articles : 0,
      lastArticleErrors: result.status === 'ok' ? result.articleErrors : 0,
      lastArticleError: result.status === 'ok' ? result.lastArticleError : prev.lastArticleError,
      // A disabled notice never delivered needs no recovered notice after it.
      pendingNotice: wasDisabled
        ? prev.pendingNotice === 'source-disabled'
          ? null
          : 'source-recovered'
        : prev.pendingNotice,
    };
  }
  const failures = prev.consecutiveFailures + 1;
  const disabled = failures >= policy.disableAfter;
  const backoff = (disabled ? policy.maxBackoffMinutes : backoffMinutes(failures, policy)) * MINUTE_MS;
  const newlyDisabled = disabled && prev.disabledAt === null;
  return {
    ...prev,
    consecutiveFailures: failures,
    lastOutcome: 'error',
    lastError: result.error,
    lastErrorAt: at,
    lastAttemptAt: at,
    nextAttemptAt: later(Math.max(backoff, interval, result.retryAfterMs ?? 0)),
    disabledAt: prev.disabledAt ?? (disabled ? at : null),
    pendingNotice: newlyDisabled
      ? prev.pendingNotice === 'source-recovered'
        ? null
        : 'source-disabled'
      : prev.pendingNotice,
  };
}
