import type { MonthValues } from '../history/types.js';
import type { AlertView, SeriesInfo } from './types.js';

/**
 * An alert view for a month the history holds, as if it had just been reported: `month` (default: the
 * highest month held, i.e. the standing record) against the highest month before it. Used to draw the
 * chart of a series without an alert, and for `notify-test`. Null when the history is empty or lacks `month`.
 */
export function viewFromHistory(
  series: SeriesInfo & { currency: string },
  history: MonthValues,
  opts: { month?: string; test?: boolean; now?: Date } = {},
): AlertView | null {
  const months = [...history.entries()].sort(([a], [b]) => a.localeCompare(b));
  const target =
    opts.month ??
    months.reduce<[string, number] | null>((best, m) => (best === null || m[1] > best[1] ? m : best), null)?.[0];
  const value = target === undefined ? undefined : history.get(target);
  if (target === undefined || value === undefined) return null;
  const previous = months
    .filter(([m]) => m < target)
    .reduce<{ month: string; value: number } | null>(
      (best, [m, v]) => (best === null || v > best.value ? { month: m, value: v } : best),
      null,
    );
  return {
    id: 0,
    series: series.id,
    seriesName: series.name,
    month: target,
    value,
    currency: series.currency,
    previous,
    historyIncomplete: false,
    status: 'pending',
    messageId: null,
    attempts: 0,
    lastError: null,
    failures: 0,
    sentAt: null,
    nextAttemptAt: null,
    editPending: false,
    createdAt: (opts.now ?? new Date()).toISOString(),
    sources: [],
    test: opts.test === true,
  };
}
