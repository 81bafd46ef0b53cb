import { terminalText } from '../printable/controls.js';
import { NO_SECRETS, secretScrubber, type Secrets } from '../printable/secrets.js';

/**
 * Text a command prints that holds what came from outside — pages, feeds, Discord's answers, errors stored from
 * them: the secrets hidden (the configured ones, and any URL's password) and no control character left but line
 * breaks and tabs.
 */
export function printable(text: string, secrets: Secrets = NO_SECRETS): string {
  return terminalText(secretScrubber(secrets)(text), { lines: true });
}
