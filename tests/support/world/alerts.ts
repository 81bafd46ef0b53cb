/** A record alert stored straight into the outbox, for tests of what happens to an alert after it exists. */
import type { Alert } from '../../../src/history/types.js';
import { recordArticle } from '../../../src/pipeline/record.js';
import type { Store } from '../../../src/store/types.js';
import type { RecordReport } from './types.js';

/** Stores an article reporting the record (no extraction, no record rule), which creates or extends its alert. */
export async function reportRecord(store: Store, r: RecordReport): Promise<Alert> {
  const seriesId = r.series ?? 'pk-it-exports';
  const source = {
    outlet: 'ProPakistani',
    title: `IT exports hit a record in ${r.month}`,
    published: null,
    ...r.source,
  };
  const draft = {
    series: seriesId,
    month: r.month,
    value: r.value,
    currency: 'USD',
    previous: r.previous ?? null,
    historyIncomplete: r.historyIncomplete ?? false,
  };
  await recordArticle(
    store,
    {
      url: source.url,
      sourceId: 'test',
      outlet: source.outlet,
      title: source.title,
      published: source.published,
      contentHash: source.url,
    },
    [],
    () => ({ verdicts: [], records: [draft], known: [] }),
  );
  const alert = (await store.alerts()).find((a) => a.series === seriesId && a.month === r.month);
  if (!alert) throw new Error(`no alert stored for ${seriesId} ${r.month}`);
  return alert;
}
