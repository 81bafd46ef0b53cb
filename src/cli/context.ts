import { ConfigError, StoreError } from '../errors.js';
import { loadConfig, loadDotEnv, type Config } from '../config.js';
import { createLogger, type Logger } from '../log.js';
import { EXIT } from './exit-codes.js';

/** Config and logger, built once per command. */
export interface CommandContext {
  config: Config;
  log: Logger;
}

/** Loads .env and the config; a bad value prints what is wrong and exits with the usage code. */
export function commandContext(opts: { config?: string }): CommandContext {
  loadDotEnv();
  try {
    const config = loadConfig(process.env, opts.config ? { configFile: opts.config } : {});
    return { config, log: createLogger({ level: config.logLevel, secrets: config.secrets }) };
  } catch (error) {
    return exitWith(error);
  }
}

/**
 * Prints a known error plainly (no stack) and exits with its code; unknown errors are bugs and keep
 * their stack. Pass the command's logger when there is one: its line has the secrets redacted.
 */
export function exitWith(error: unknown, log?: Logger): never {
  if (error instanceof ConfigError) {
    process.stderr.write(`exportwatch: configuration error: ${error.message}\n`);
    process.exit(EXIT.usage);
  }
  if (error instanceof StoreError) {
    process.stderr.write(`exportwatch: database error: ${error.message}\n`);
    process.exit(EXIT.failed);
  }
  if (log) log.fatal({ err: error }, 'unexpected error');
  else process.stderr.write(`exportwatch: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(EXIT.failed);
}
