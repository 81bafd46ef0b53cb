import { createRequire } from 'node:module';
import { REST, type RESTOptions } from 'discord.js';

// discord.js sends through its own copy of undici (6.x). The scrapers' undici 7 makes itself the
// process-wide default dispatcher when it loads first, and undici 6 cannot stream a multipart body
// (an alert with its chart) through undici 7's agent: "action is not a function". So Discord's client
// gets an agent of the undici it was built with, whatever loaded first.
const discordRequire = createRequire(createRequire(import.meta.url).resolve('@discordjs/rest'));
const { Agent: DiscordAgent } = discordRequire('undici') as typeof import('undici');
let sharedAgent: InstanceType<typeof DiscordAgent> | undefined;

/** Rate-limit waits longer than this are not sat out inside a tick: the outbox tries again later. */
export const MAX_RATE_LIMIT_WAIT_MS = 30_000;

/** How a notifier talks to Discord's REST API. */
export interface RestSettings {
  apiUrl: string;
  /** Bot token; webhook calls need none. */
  token?: string;
  /**
   * Immediate re-sends of a request by discord.js after a 5xx, a timeout or an ECONNRESET. A connection closed
   * without an answer (undici's "other side closed", UND_ERR_SOCKET) is not re-sent by discord.js: that failure
   * reaches the notifier, and the outbox tries again later.
   */
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
    agent: (sharedAgent ??= new DiscordAgent()) as unknown as RESTOptions['agent'],
    ...settings.extra,
    api: settings.apiUrl,
  });
  return settings.token ? rest.setToken(settings.token) : rest;
}
