import { DiscordAPIError, HTTPError, REST, Routes, type RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import { createHash } from 'node:crypto';
import { alertEmbed, escapeMarkdown } from './embed.js';
import type { DeliveryOutcome, Notice, Notifier } from './types.js';

function noticeText(notice: Notice): string {
  const what = notice.kind === 'source-disabled' ? 'disabled after repeated failures' : 'recovered';
  return `Source ${escapeMarkdown(notice.outlet)} (${notice.sourceId}) ${what}: ${escapeMarkdown(notice.detail)}`.slice(0, 2000);
}

// Alerts ping no one: scraped headlines may contain "@everyone" or role mentions.
const NO_MENTIONS = { parse: [] as never[] };

/** A nonce derived from the alert id, so a resend after a crash is recognised by Discord (enforce_nonce). */
export function alertNonce(alertId: number): string {
  return createHash('sha256').update(`exportwatch-alert-${alertId}`).digest('hex').slice(0, 25);
}

/** Posts alerts as a bot to one channel through Discord's REST API. */
export function createDiscordBotNotifier(opts: { token: string; channelId: string; apiUrl: string }): Notifier {
  const rest = new REST({ api: opts.apiUrl, version: '10' }).setToken(opts.token);
  return {
    kind: 'discord-bot',
    async send(alert) {
      const body: RESTPostAPIChannelMessageJSONBody = {
        embeds: [alertEmbed(alert)],
        allowed_mentions: NO_MENTIONS,
        nonce: alertNonce(alert.id),
        enforce_nonce: true,
      };
      return deliver(() => rest.post(Routes.channelMessages(opts.channelId), { body }) as Promise<{ id: string }>);
    },
    async edit(alert, messageId) {
      const body = { embeds: [alertEmbed(alert)], allowed_mentions: NO_MENTIONS };
      return deliver(() => rest.patch(Routes.channelMessage(opts.channelId, messageId), { body }) as Promise<{ id: string }>);
    },
    async sendNotice(notice) {
      const body = { content: noticeText(notice), allowed_mentions: NO_MENTIONS };
      return deliver(() => rest.post(Routes.channelMessages(opts.channelId), { body }) as Promise<{ id: string }>);
    },
  };
}

/** Posts alerts through a channel webhook; `?wait=true` makes Discord answer with the message id. */
export function createDiscordWebhookNotifier(opts: { webhookUrl: string; apiUrl: string }): Notifier {
  const match = /\/webhooks\/(\d+)\/([\w-]+)/.exec(opts.webhookUrl);
  if (!match) throw new Error('DISCORD_WEBHOOK_URL is not a webhook URL like https://discord.com/api/webhooks/ID/TOKEN');
  const [, id, token] = match as unknown as [string, string, string];
  const rest = new REST({ api: opts.apiUrl, version: '10' });
  return {
    kind: 'discord-webhook',
    async send(alert) {
      const body = { embeds: [alertEmbed(alert)], allowed_mentions: NO_MENTIONS };
      return deliver(() =>
        rest.post(Routes.webhook(id, token), { body, query: new URLSearchParams({ wait: 'true' }), auth: false }) as Promise<{ id: string }>,
      );
    },
    async edit(alert, messageId) {
      const body = { embeds: [alertEmbed(alert)], allowed_mentions: NO_MENTIONS };
      return deliver(() => rest.patch(Routes.webhookMessage(id, token, messageId), { body, auth: false }) as Promise<{ id: string }>);
    },
    async sendNotice(notice) {
      const body = { content: noticeText(notice), allowed_mentions: NO_MENTIONS };
      return deliver(() =>
        rest.post(Routes.webhook(id, token), { body, query: new URLSearchParams({ wait: 'true' }), auth: false }) as Promise<{ id: string }>,
      );
    },
  };
}

async function deliver(post: () => Promise<{ id: string }>): Promise<DeliveryOutcome> {
  try {
    const message = await post();
    return { status: 'sent', messageId: message.id };
  } catch (error) {
    return classify(error);
  }
}

// 5xx, timeouts and resets may succeed later; 4xx means the payload or the configuration is wrong.
function classify(error: unknown): DeliveryOutcome {
  if (error instanceof DiscordAPIError) {
    const hint = error.status === 401 ? ' (check DISCORD_TOKEN)' : error.status === 403 ? ' (the bot lacks permission in the channel)' : error.status === 404 ? ' (check DISCORD_CHANNEL_ID / DISCORD_WEBHOOK_URL)' : '';
    return { status: 'failed', retryable: error.status >= 500 || error.status === 429, reason: `Discord ${error.status} ${error.code}: ${error.message}${hint}` };
  }
  if (error instanceof HTTPError) return { status: 'failed', retryable: error.status >= 500, reason: `Discord HTTP ${error.status}: ${error.message}` };
  return { status: 'failed', retryable: true, reason: `Discord unreachable: ${(error as Error).message}` };
}
