import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import type { DeliveryOutcome } from '../types.js';

/** A failed delivery, as notifiers return it. */
export type Failure = Extract<DeliveryOutcome, { status: 'failed' }>;

/** Where a request went, so a failure can say what to fix. */
export interface RequestTarget {
  mode: 'bot' | 'webhook';
  channelId?: string;
  messageId?: string;
}

/** Configuration errors are retried after this long: a person may have fixed permissions in Discord meanwhile. */
export const CONFIG_RETRY_MS = 10 * 60_000;

const config = (reason: string): Failure => ({
  status: 'failed',
  retryable: true,
  kind: 'config',
  reason,
  retryAfterMs: CONFIG_RETRY_MS,
});
const payload = (reason: string): Failure => ({ status: 'failed', retryable: false, kind: 'payload', reason });
const transient = (reason: string, retryAfterMs?: number): Failure =>
  retryAfterMs === undefined
    ? { status: 'failed', retryable: true, kind: 'transient', reason }
    : { status: 'failed', retryable: true, kind: 'transient', reason, retryAfterMs };

/**
 * What a Discord error means for the alert. 5xx, timeouts, resets and long rate limits may pass:
 * retryable. 401/403/404 are configuration errors, named with what to fix; they stay retryable so the
 * alert goes out once the bot is given its permission. Other 4xx mean the message itself is wrong.
 */
export function classifyDiscordError(error: unknown, target: RequestTarget): Failure {
  if (error instanceof RateLimitError) {
    return transient(
      `Discord rate limit${error.global ? ' (global)' : ''} on ${error.route}: retry after ${Math.ceil(error.retryAfter / 1000)} s`,
      error.retryAfter,
    );
  }
  if (error instanceof DiscordAPIError) return apiFailure(error, target);
  if (error instanceof HTTPError) return transient(`Discord answered ${error.status} ${error.message}`);
  const err = error as Error & { code?: string };
  if (err?.name === 'AbortError')
    return transient('Discord did not answer in time (request timed out); it may or may not have posted');
  return transient(`Discord unreachable: ${err?.message ?? String(error)}${err?.code ? ` (${err.code})` : ''}`);
}

function apiFailure(error: DiscordAPIError, target: RequestTarget): Failure {
  const what = `${error.status} ${error.code}: ${error.message}`;
  const channel = target.channelId ? `channel ${target.channelId}` : 'the channel';
  if (error.status >= 500) return transient(`Discord answered ${what}`);
  if (error.status === 401) {
    return target.mode === 'bot'
      ? config(
          `Discord rejected DISCORD_TOKEN (${what}): reset the bot's token in the Discord developer portal (Bot → Reset Token) and set DISCORD_TOKEN`,
        )
      : config(
          `Discord rejected the token in DISCORD_WEBHOOK_URL (${what}): copy the webhook URL again from the channel's Integrations → Webhooks and set DISCORD_WEBHOOK_URL`,
        );
  }
  if (error.status === 403) {
    if (error.code === 50001)
      return config(`the bot cannot see ${channel} (${what}): invite it to the server and give it View Channel there`);
    return config(
      `the bot lacks permission in ${channel} (${what}): give it View Channel, Send Messages, Embed Links and Attach Files there; \`exportwatch doctor\` checks them`,
    );
  }
  if (error.status === 404) {
    if (error.code === 10003)
      return config(
        `${channel} does not exist or the bot is not in its server (${what}): check DISCORD_CHANNEL_ID and DISCORD_SERIES_CHANNELS`,
      );
    if (error.code === 10015)
      return config(
        `the webhook of DISCORD_WEBHOOK_URL no longer exists (${what}): create a new webhook in the channel's Integrations settings and set DISCORD_WEBHOOK_URL`,
      );
    if (error.code === 10008)
      return payload(`message ${target.messageId ?? ''} was deleted in Discord, so it cannot be edited (${what})`);
    return config(`Discord answered ${what}: check DISCORD_API_URL, DISCORD_CHANNEL_ID and DISCORD_WEBHOOK_URL`);
  }
  return payload(`Discord refused the message (${what}): a formatting bug; the payload is in the log`);
}
