import type { RESTOptions } from 'discord.js';
import { botTransport } from './bot.js';
import { createDiscordNotifier, type DiscordNotifierSettings } from './notifier.js';
import { createRest } from './rest.js';
import { parseWebhookUrl, webhookTransport } from './webhook.js';
import type { Notifier } from '../types.js';

export { alertNonce } from './notifier.js';

/** Settings both Discord modes take. */
export interface DiscordOptions extends DiscordNotifierSettings {
  /** REST base URL, e.g. https://discord.com/api or a proxy's. */
  apiUrl: string;
  /** Milliseconds to wait for Discord's answer. */
  timeoutMs?: number;
  /** Extra discord.js REST options (tests pass the fake server's guard). */
  rest?: Partial<RESTOptions>;
}

/**
 * A bot may let discord.js re-send a request at once after a 5xx, an ECONNRESET or a timeout: every alert
 * carries a nonce with enforce_nonce, so a re-send of a message that did land returns it instead of
 * posting it twice.
 */
const BOT_RETRIES = 2;

/** Posts alerts as a bot, to one channel or a channel per series, through Discord's REST API. */
export function createDiscordBotNotifier(
  opts: DiscordOptions & {
    token: string;
    channelId: string;
    channels?: Readonly<Record<string, string>>;
    /** Held records are posted here for a person to look at. */
    reviewChannelId?: string;
  },
): Notifier {
  const rest = createRest({
    apiUrl: opts.apiUrl,
    token: opts.token,
    retries: BOT_RETRIES,
    timeoutMs: opts.timeoutMs ?? 15_000,
    extra: opts.rest,
  });
  const reviewTransport = opts.reviewChannelId ? botTransport(rest, { channelId: opts.reviewChannelId }) : undefined;
  return createDiscordNotifier(botTransport(rest, { channelId: opts.channelId, channels: opts.channels }), {
    ...opts,
    reviewTransport,
  });
}

/**
 * Posts alerts through a channel webhook. Webhooks take no nonce, so discord.js never re-sends a
 * webhook post by itself (retries: 0): a post whose answer was lost is retried by the outbox on a
 * later tick, which is the one window in which a webhook alert can appear twice (see docs/delivery.md).
 * The generous timeout keeps that window rare.
 */
export function createDiscordWebhookNotifier(opts: DiscordOptions & { webhookUrl: string }): Notifier {
  const hook = parseWebhookUrl(opts.webhookUrl);
  if (!hook) throw new Error('DISCORD_WEBHOOK_URL is not a webhook URL like https://discord.com/api/webhooks/ID/TOKEN');
  const rest = createRest({ apiUrl: opts.apiUrl, retries: 0, timeoutMs: opts.timeoutMs ?? 30_000, extra: opts.rest });
  return createDiscordNotifier(webhookTransport(rest, hook), opts);
}
