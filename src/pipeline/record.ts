import type { Figure } from '../extract/types.js';
import { isDisputedClaim, type HistoryMoment, type RecordDecider } from '../history/records.js';
import type { IngestMode } from '../history/types.js';
import type { ArticleRecord, Store } from '../store/types.js';

/** What storing one article did. */
export interface IngestResult {
  observations: number;
  /** Alerts created to be posted. */
  newAlerts: number[];
  /** Alerts created held: an implausible record, posted only once confirmed. */
  heldAlerts: number[];
  /** Held alerts this article confirmed as an independent outlet: now due to be posted. */
  releasedAlerts: number[];
  /** Alerts that existed and gained this article as a source. */
  extendedAlerts: number[];
  /** Alerts found wrong once this article was counted: corrected, or withdrawn before they were posted. */
  correctedAlerts: number[];
  /** Figures that claim a record the history does not bear out. */
  disputed: number;
}

/**
 * Stores an article, its figures with their verdicts, and what `decide` makes of them, in one store
 * transaction: the store reads each series' history as committed, history/ decides, the store writes new,
 * held and released alerts, then history/ reviews the series' alerts against the history as it now stands
 * and the store corrects those found wrong. A crash leaves all of it or none. In `baseline` mode no alert
 * is created, released or extended; corrections are made in both modes, since a posted record must always
 * agree with the history.
 */
export async function recordArticle(
  store: Store,
  article: ArticleRecord,
  figures: readonly Figure[],
  decide: RecordDecider,
  mode: IngestMode = 'live',
): Promise<IngestResult> {
  return store.writeArticle(article, async (write) => {
    const series = [...new Set(figures.map((f) => f.series))];
    const moments = new Map<string, HistoryMoment>();
    for (const s of series) {
      moments.set(
        s,
        await write.moment(
          s,
          figures.filter((f) => f.series === s),
        ),
      );
    }
    const decision = decide(
      figures,
      (s) => moments.get(s) ?? { before: new Map(), after: new Map(), alerts: new Map() },
    );
    await write.save(
      figures,
      figures.map((_, i) => decision.verdicts[i]?.verdict ?? null),
      mode,
    );
    const result: IngestResult = {
      observations: figures.length,
      newAlerts: [],
      heldAlerts: [],
      releasedAlerts: [],
      extendedAlerts: [],
      correctedAlerts: [],
      disputed: figures.filter((f, i) => isDisputedClaim(f, decision.verdicts[i]?.verdict ?? 'no-value')).length,
    };
    if (mode === 'live') {
      for (const draft of decision.records) {
        const alert = await write.alert(draft);
        if (alert.created) (draft.hold ? result.heldAlerts : result.newAlerts).push(alert.id);
        else if (alert.linked) result.extendedAlerts.push(alert.id);
      }
      for (const { series: s, month } of decision.confirmed) {
        const id = await write.release(s, month);
        if (id !== null) result.releasedAlerts.push(id);
      }
      for (const { series: s, month } of decision.known) {
        const id = await write.link(s, month);
        if (id !== null) result.extendedAlerts.push(id);
      }
    }
    for (const s of series) result.correctedAlerts.push(...(await write.correct(s)));
    return result;
  });
}
