import type { SourceHealth } from '../store/types.js';

/**
 * How often sources are read: each as often as it publishes suggests, never more often than the floor, and
 * never later than the schedule's next slot (SCHEDULE is the outer bound: every source is read at each slot).
 */
export interface CadencePolicy {
  /** The shortest learnt interval (`polling.minIntervalMinutes`). */
  minIntervalMs: number;
  /** The schedule's first slot after an instant; null when there is no schedule (`exportwatch run`). */
  nextSlot(after: Date): Date | null;
}

/** Polls per story: a source that publishes every hour is read every 15 minutes, so a story waits 7.5 on average. */
export const READS_PER_STORY = 4;
// The weight of the newest gap in the moving average: a few stories move the estimate, one odd gap does not.
const WEIGHT = 0.3;

/** A source's rhythm as its health keeps it. */
export type Rhythm = Pick<SourceHealth, 'newestLink' | 'lastPublishedAt' | 'publishIntervalMs'>;

/**
 * What a read says about the source's publishing. It published when the newest story it lists is not the
 * one listed at the last read (`newest`, the first link's key), or, for a source that lists nothing (a single
 * article page), when a changed page was stored. The first read only notes the newest story.
 */
export function learnRhythm(prev: Rhythm, read: { newest: string | null; stored: number }, now: Date): Rhythm {
  const published =
    read.newest !== null ? prev.newestLink !== null && read.newest !== prev.newestLink : read.stored > 0;
  const newestLink = read.newest ?? prev.newestLink;
  if (!published) return { ...prev, newestLink };
  const at = now.toISOString();
  if (prev.lastPublishedAt === null)
    return { newestLink, lastPublishedAt: at, publishIntervalMs: prev.publishIntervalMs };
  const gap = now.getTime() - Date.parse(prev.lastPublishedAt);
  const interval = prev.publishIntervalMs === null ? gap : prev.publishIntervalMs * (1 - WEIGHT) + gap * WEIGHT;
  return { newestLink, lastPublishedAt: at, publishIntervalMs: Math.round(interval) };
}

/**
 * When a source that was just read is read next. Its interval is its publishing gap (or, when it has been
 * quiet for longer, the silence so far) divided by READS_PER_STORY, not below the policy's floor; a rhythm not
 * learnt yet waits for the schedule's slot. The slot is the outer bound: a source is read at every slot however
 * quiet it is. `floorMs` is the source's own minimum (its `intervalMinutes`, its host's Crawl-delay): no read,
 * not even the schedule's, comes sooner.
 */
export function nextReadAt(rhythm: Rhythm, policy: CadencePolicy, floorMs: number, now: Date): Date | null {
  const t = now.getTime();
  let at = policy.nextSlot(now)?.getTime() ?? null;
  if (rhythm.publishIntervalMs !== null && rhythm.lastPublishedAt !== null) {
    const silence = t - Date.parse(rhythm.lastPublishedAt);
    const learnt = Math.max(policy.minIntervalMs, Math.max(rhythm.publishIntervalMs, silence) / READS_PER_STORY);
    at = at === null ? t + learnt : Math.min(at, t + learnt);
  }
  if (at === null) return floorMs > 0 ? new Date(t + floorMs) : null;
  return new Date(Math.max(at, t + floorMs));
}
