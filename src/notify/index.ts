import type { NotifierConfig } from '../config.js';
import { createDiscordBotNotifier, createDiscordWebhookNotifier } from './discord.js';
import { createStdoutNotifier } from './stdout.js';
import type { Notifier } from './types.js';

/** Every notifier kind the config may select. */
export const NOTIFIERS: { [K in NotifierConfig['kind']]: (config: Extract<NotifierConfig, { kind: K }>) => Notifier } = {
  stdout: () => createStdoutNotifier(),
  'discord-bot': (c) => createDiscordBotNotifier(c),
  'discord-webhook': (c) => createDiscordWebhookNotifier(c),
};

export function createNotifier(config: NotifierConfig): Notifier {
  const make = NOTIFIERS[config.kind] as (c: NotifierConfig) => Notifier;
  return make(config);
}
