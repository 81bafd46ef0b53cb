import { Routes, type APIMessage, type REST } from 'discord.js';
import { restFiles, type Transport } from './transport.js';

/** A webhook's id and token, taken from its URL. */
export interface WebhookCredentials {
  id: string;
  token: string;
}

/**
 * Reads the id and token from a webhook URL. discord.js' own parser only accepts discord.com URLs with
 * 68-character tokens, which would refuse REST proxies and test servers, so the path is read here.
 */
export function parseWebhookUrl(url: string): WebhookCredentials | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = /\/webhooks\/(\d{17,20})\/([\w-]+)\/?$/.exec(path);
  return match ? { id: match[1] as string, token: match[2] as string } : null;
}

/**
 * Posting through a webhook: `?wait=true` makes Discord answer with the message, so its id is known
 * before the alert is marked sent. Webhook calls carry no Authorization header.
 */
export function webhookTransport(rest: REST, hook: WebhookCredentials): Transport {
  const wait = new URLSearchParams({ wait: 'true' });
  return {
    mode: 'webhook',
    channelOf: () => undefined,
    async create(_series, body, files) {
      return (await rest.post(Routes.webhook(hook.id, hook.token), {
        body,
        files: restFiles(files),
        query: wait,
        auth: false,
      })) as APIMessage;
    },
    async edit(_series, messageId, body, files) {
      return (await rest.patch(Routes.webhookMessage(hook.id, hook.token, messageId), {
        body,
        files: restFiles(files),
        auth: false,
      })) as APIMessage;
    },
  };
}
