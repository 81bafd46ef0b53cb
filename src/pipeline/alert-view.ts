import type { Alert, MonthValues } from '../history/types.js';
import { alertFacts } from '../notify/facts.js';
import type { AlertView, SeriesInfo } from '../notify/types.js';

/**
 * An alert as the notifier words it: its series' name and the facts drawn from the series' history (year on
 * year, fiscal year to date, the chart's months). With no history to hand the alert goes without them.
 */
export function alertView(alert: Alert, series: SeriesInfo | undefined, history: MonthValues | null): AlertView {
  const view: AlertView = { ...alert, seriesName: series?.name ?? alert.series };
  return { ...view, facts: history ? alertFacts(view, history, series?.fiscalYearStartMonth ?? 1) : null };
}
