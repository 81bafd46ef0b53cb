import type { SourceConfig } from '../config.js';
import type { SourceHealth } from '../store/types.js';
import { isDue, newHealth } from './source-health.js';

/** One source as `exportwatch sources` and the status page report it (the `--json` shape): its config, status, and health as stored. */
export type SourceStatus = {
  id: string;
  outlet: string;
  kind: SourceConfig['kind'];
  url: string;
  intervalMinutes: number | null;
  prefilter: boolean;
  status: 'new' | 'ok' | 'unchanged' | 'failing' | 'disabled';
  due: boolean;
} & Omit<SourceHealth, 'sourceId' | 'lastOutcome' | 'pendingNotice'>;

/** Every configured source with its health, in config order. */
export function sourceStatuses(
  sources: readonly SourceConfig[],
  health: readonly SourceHealth[],
  now: Date,
): SourceStatus[] {
  const byId = new Map(health.map((h) => [h.sourceId, h]));
  return sources.map((s) => {
    const stored = byId.get(s.id);
    // The health fields as stored, minus what the status and the notices use.
    const { sourceId, lastOutcome, pendingNotice, ...h } = stored ?? newHealth(s.id);
    const status: SourceStatus['status'] = !lastOutcome
      ? 'new'
      : h.disabledAt
        ? 'disabled'
        : h.consecutiveFailures > 0
          ? 'failing'
          : lastOutcome === 'not-modified'
            ? 'unchanged'
            : 'ok';
    return {
      id: s.id,
      outlet: s.outlet,
      kind: s.kind,
      url: s.url,
      intervalMinutes: s.intervalMinutes ?? null,
      prefilter: s.prefilter !== false,
      status,
      due: isDue(stored, now),
      ...h,
    };
  });
}
