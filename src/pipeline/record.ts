import type { Figure } from '../extract/types.js';
import { isDisputedClaim, type HistoryMoment, type RecordDecider } from '../history/records.js';
import type { IngestMode } from '../history/types.js';
import type { ArticleRecord, Store } from '../store/types.js';

/** What storing one article did. */
export interface IngestResult {
  observations: number;
  newAlerts: number[];
  /** Alerts that existed and gained this article as a source. */
  extendedAlerts: number[];
  /** Figures that claim a record the history does not bear out. */
  disputed: number;
}

/**
 * Stores an article, its figures with their verdicts, and the alerts `decide` makes of them, in one store
 * transaction: the store reads each series' history as committed, history/ decides, the store writes. A
 * crash leaves all of it or none. In `baseline` mode no alert is created or extended.
 */
export async function recordArticle(
  store: Store,
  article: ArticleRecord,
  figures: readonly Figure[],
  decide: RecordDecider,
  mode: IngestMode = 'live',
): Promise<IngestResult> {
  return store.writeArticle(article, async (write) => {
    const moments = new Map<string, HistoryMoment>();
    for (const series of new Set(figures.map((f) => f.series))) {
      moments.set(
        series,
        await write.moment(
          series,
          figures.filter((f) => f.series === series),
        ),
      );
    }
    const decision = decide(
      figures,
      (series) => moments.get(series) ?? { before: new Map(), after: new Map(), alerted: new Map() },
    );
    await write.save(
      figures,
      figures.map((_, i) => decision.verdicts[i]?.verdict ?? null),
      mode,
    );
    const result: IngestResult = {
      observations: figures.length,
      newAlerts: [],
      extendedAlerts: [],
      disputed: figures.filter((f, i) => isDisputedClaim(f, decision.verdicts[i]?.verdict ?? 'no-value')).length,
    };
    if (mode === 'baseline') return result;
    for (const draft of decision.records) {
      const alert = await write.alert(draft);
      if (alert.created) result.newAlerts.push(alert.id);
      else if (alert.linked) result.extendedAlerts.push(alert.id);
    }
    for (const { series, month } of decision.known) {
      const id = await write.link(series, month);
      if (id !== null) result.extendedAlerts.push(id);
    }
    return result;
  });
}
