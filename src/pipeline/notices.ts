import type { SourceConfig, SourceHealthPolicy } from '../config.js';
import type { Logger } from '../log.js';
import type { Notice, Notifier } from '../notify/types.js';
import type { SourceHealth, Store } from '../store/types.js';

/**
 * Posts every pending source notice (disabled, recovered) once; a notice Discord did not take stays
 * pending for the next tick. Returns how many were sent.
 */
export async function deliverSourceNotices(
  store: Store,
  notifier: Notifier,
  sources: readonly SourceConfig[],
  policy: SourceHealthPolicy,
  log: Logger,
): Promise<number> {
  const byId = new Map(sources.map((s) => [s.id, s]));
  let sent = 0;
  for (const health of await store.sourceHealth()) {
    const source = byId.get(health.sourceId);
    if (!health.pendingNotice || !source) continue;
    const notice: Notice = {
      kind: health.pendingNotice,
      sourceId: source.id,
      outlet: source.outlet,
      detail: detailOf(health, policy),
    };
    const outcome = await notifier.sendNotice(notice);
    if (outcome.status === 'sent') {
      await store.saveSourceRead({ ...health, pendingNotice: null }, []);
      sent++;
      log.info({ source: source.id, notice: notice.kind }, 'source notice sent');
    } else {
      log.warn(
        { source: source.id, notice: notice.kind, reason: outcome.reason },
        'source notice not delivered; retrying next tick',
      );
    }
  }
  return sent;
}

function detailOf(h: SourceHealth, policy: SourceHealthPolicy): string {
  if (h.pendingNotice === 'source-recovered')
    return `read successfully again; the last error was: ${h.lastError ?? 'unknown'}`;
  const every =
    policy.maxBackoffMinutes >= 60 ? `${policy.maxBackoffMinutes / 60} h` : `${policy.maxBackoffMinutes} min`;
  return `${h.consecutiveFailures} failed reads in a row; last error: ${h.lastError ?? 'unknown'}. Still tried every ${every}.`;
}
