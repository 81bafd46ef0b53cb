import { MessageFlags } from 'discord.js';
import { clip, escapeMarkdown } from './escape.js';
import { DISCORD_LIMITS } from './limits.js';
import type { DeliveryOutcome, Notice } from '../types.js';

/** Discord message flags: no link previews, and no push notification (a "silent" message). */
export const NOTICE_FLAGS = MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications;

/** At most this many notices per window, so a flapping source cannot flood the alert channel. */
export const NOTICE_LIMIT = { max: 4, windowMs: 60 * 60_000 } as const;

/** A notice as one plain line: no embed, no formatting from the web, no link previews. */
export function noticeContent(notice: Notice): string {
  const [icon, what] = notice.kind === 'source-disabled' ? ['⏸️', 'Source paused'] : ['▶️', 'Source recovered'];
  const id = notice.sourceId.replace(/`/g, '');
  return clip(
    `${icon} ${what}: ${escapeMarkdown(notice.outlet)} (\`${id}\`) · ${escapeMarkdown(notice.detail)}`,
    DISCORD_LIMITS.content,
  );
}

/** A sliding-window counter of notices; `take` says whether one more may be posted now. */
export interface NoticeLimiter {
  take(): { ok: true } | { ok: false; retryAfterMs: number };
}

export function createNoticeLimiter(
  limit: { max: number; windowMs: number } = NOTICE_LIMIT,
  now: () => number = Date.now,
): NoticeLimiter {
  const sent: number[] = [];
  return {
    take() {
      const t = now();
      while (sent.length > 0 && (sent[0] ?? 0) <= t - limit.windowMs) sent.shift();
      if (sent.length >= limit.max) return { ok: false, retryAfterMs: (sent[0] ?? t) + limit.windowMs - t };
      sent.push(t);
      return { ok: true };
    },
  };
}

/** The outcome for a notice held back by the limiter. */
export function noticeLimited(
  retryAfterMs: number,
  limit: { max: number; windowMs: number } = NOTICE_LIMIT,
): DeliveryOutcome {
  return {
    status: 'failed',
    retryable: true,
    kind: 'transient',
    retryAfterMs,
    reason: `notice held back: at most ${limit.max} notices per ${Math.round(limit.windowMs / 60_000)} minutes in the alert channel`,
  };
}
