import type { NotifierConfig } from '../config.js';
import type { Logger } from '../log.js';
import { createDiscordBotNotifier, createDiscordWebhookNotifier } from './discord.js';
import { createStdoutNotifier } from './stdout.js';
import type { AlertContext, Notifier } from './types.js';

/** What a notifier is given besides its configuration: the history for charts and facts, and the log. */
export interface NotifierDeps {
  context?: AlertContext;
  log?: Logger;
}

/** Every notifier kind the config may select. */
export const NOTIFIERS: { [K in NotifierConfig['kind']]: (config: Extract<NotifierConfig, { kind: K }>, deps: NotifierDeps) => Notifier } = {
  stdout: () => createStdoutNotifier(),
  'discord-bot': (c, deps) => createDiscordBotNotifier({ ...c, ...deps }),
  'discord-webhook': (c, deps) => createDiscordWebhookNotifier({ ...c, ...deps }),
};

export function createNotifier(config: NotifierConfig, deps: NotifierDeps = {}): Notifier {
  const make = NOTIFIERS[config.kind] as (c: NotifierConfig, d: NotifierDeps) => Notifier;
  return make(config, deps);
}
