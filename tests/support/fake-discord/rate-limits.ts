/** Discord's rate-limit headers: a healthy bucket on every answer, and the 429s faults send. */
import type { Reply } from './replies.js';
import type { FakeRoute } from './types.js';

/**
 * Headers on every normal answer. A healthy bucket (remaining > 0) so discord.js never waits;
 * the per-route bucket hash lets its hash/handler bookkeeping work as against Discord.
 */
export function normalRateLimitHeaders(route: FakeRoute, status: number): Record<string, string> {
  if (status === 429) return {};
  return {
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '4',
    'x-ratelimit-reset': ((Date.now() + 1000) / 1000).toFixed(3),
    'x-ratelimit-reset-after': '1.000',
    'x-ratelimit-bucket': `fake-${route}`,
  };
}

/**
 * A 429 as Discord sends it. Real Discord rounds the `retry-after` HEADER up to whole seconds;
 * the fake sends the fractional value so tests are fast (discord.js reads the header, not the body).
 */
export function rateLimited(global: boolean, retryAfter: number, route: FakeRoute): Reply {
  const seconds = retryAfter.toFixed(3);
  const headers: Record<string, string> = global
    ? { 'retry-after': seconds, 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' }
    : {
        'retry-after': seconds,
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': ((Date.now() + retryAfter * 1000) / 1000).toFixed(3),
        'x-ratelimit-reset-after': seconds,
        'x-ratelimit-bucket': `fake-${route}`,
        'x-ratelimit-scope': 'user',
      };
  return { status: 429, headers, body: { message: 'You are being rate limited.', retry_after: retryAfter, global } };
}
