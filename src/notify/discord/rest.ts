import { REST, type RESTOptions } from 'discord.js';

/** Rate-limit waits longer than this are not sat out inside a tick: the outbox tries again later. */
export const MAX_RATE_LIMIT_WAIT_MS = 30_000;

/** How a notifier talks to Discord's REST API. */
export interface RestSettings {
  apiUrl: string;
  /** Bot token; webhook calls need none. */
  token?: string;
  /** Immediate re-sends of a request by discord.js after a 5xx, reset or timeout. */
  retries: number;
  timeoutMs: number;
  /** Extra discord.js REST options (tests pass the fake server's guard here). */
  extra?: Partial<RESTOptions>;
}

/**
 * A discord.js REST client. discord.js waits out 429s on its route and global buckets itself; a wait
 * longer than MAX_RATE_LIMIT_WAIT_MS throws a RateLimitError instead, which the notifier reports as
 * retryable with the wait, so one tick is never held for minutes.
 */
export function createRest(settings: RestSettings): REST {
  const rest = new REST({
    version: '10',
    retries: settings.retries,
    timeout: settings.timeoutMs,
    rejectOnRateLimit: (limit) => limit.retryAfter > MAX_RATE_LIMIT_WAIT_MS,
    ...settings.extra,
    api: settings.apiUrl,
  });
  return settings.token ? rest.setToken(settings.token) : rest;
}
