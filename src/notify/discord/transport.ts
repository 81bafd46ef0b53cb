import type { APIMessage } from 'discord.js';
import type { MessageFile } from './message.js';

/** A JSON message body as sent to Discord (alert or notice). */
export type MessageBody = Record<string, unknown>;

/** How messages reach a channel: as a bot (channels per series, nonces) or through one webhook. */
export interface Transport {
  readonly mode: 'bot' | 'webhook';
  /** The channel a series' messages go to (null: the default channel); undefined when unknown (webhook). */
  channelOf(series: string | null): string | undefined;
  /** Posts a message and returns it as Discord stored it. */
  create(series: string | null, body: MessageBody, files: readonly MessageFile[]): Promise<APIMessage>;
  /** Replaces a posted message's text, embeds and listed attachments. */
  edit(series: string, messageId: string, body: MessageBody, files: readonly MessageFile[]): Promise<APIMessage>;
  /**
   * Looks through the channel's recent messages for one this notifier posted with `footer`; only a bot
   * can read a channel. Used before re-sending an alert whose earlier attempt may have landed.
   */
  findPosted?(series: string, footer: string): Promise<string | null>;
}

/** discord.js' file shape. */
export function restFiles(files: readonly MessageFile[]): Array<{ name: string; data: Buffer; contentType: string }> {
  return files.map((f) => ({ name: f.name, data: f.data, contentType: f.contentType }));
}
