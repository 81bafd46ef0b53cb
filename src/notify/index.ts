import type { NotifierConfig } from '../config.js';
import type { Logger } from '../log.js';
import { createDiscordBotNotifier, createDiscordWebhookNotifier } from './discord/index.js';
import { createStdoutNotifier } from './stdout.js';
import type { Notifier } from './types.js';

/** What a notifier is given besides its configuration. Everything an alert needs comes with the alert. */
export interface NotifierDeps {
  log?: Logger;
}

/** Every notifier kind the config may select. */
export const NOTIFIERS: {
  [K in NotifierConfig['kind']]: (config: Extract<NotifierConfig, { kind: K }>, deps: NotifierDeps) => Notifier;
} = {
  stdout: () => createStdoutNotifier(),
  'discord-bot': (c, deps) => createDiscordBotNotifier({ ...c, ...deps }),
  'discord-webhook': (c, deps) => createDiscordWebhookNotifier({ ...c, ...deps }),
};

/** The notifier the config selects. */
export function createNotifier(config: NotifierConfig, deps: NotifierDeps = {}): Notifier {
  const make = NOTIFIERS[config.kind] as (c: NotifierConfig, d: NotifierDeps) => Notifier;
  return make(config, deps);
}
