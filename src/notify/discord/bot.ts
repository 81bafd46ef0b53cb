import { Routes, type APIMessage, type APIUser, type REST } from 'discord.js';
import { restFiles, type Transport } from './transport.js';

/** Where a bot posts: a default channel and, optionally, a channel per series. */
export interface BotTarget {
  channelId: string;
  channels?: Readonly<Record<string, string>>;
}

/** How many recent messages are searched for an alert that may already have been posted. */
const RECENT_MESSAGES = 50;

/** Posting as a bot: any channel it may write in, with nonces, and it can read back what it posted. */
export function botTransport(rest: REST, target: BotTarget): Transport {
  let me: string | undefined;
  const channelOf = (series: string | null): string =>
    (series !== null ? target.channels?.[series] : undefined) ?? target.channelId;
  return {
    mode: 'bot',
    channelOf,
    async create(series, body, files) {
      return (await rest.post(Routes.channelMessages(channelOf(series)), {
        body,
        files: restFiles(files),
      })) as APIMessage;
    },
    async edit(series, messageId, body, files) {
      return (await rest.patch(Routes.channelMessage(channelOf(series), messageId), {
        body,
        files: restFiles(files),
      })) as APIMessage;
    },
    async findPosted(series, footer) {
      me ??= ((await rest.get(Routes.user())) as APIUser).id;
      const query = new URLSearchParams({ limit: String(RECENT_MESSAGES) });
      const recent = (await rest.get(Routes.channelMessages(channelOf(series)), { query })) as APIMessage[];
      return recent.find((m) => m.author.id === me && m.embeds.some((e) => e.footer?.text === footer))?.id ?? null;
    },
  };
}
