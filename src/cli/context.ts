import type { App } from '../app/index.js';
import { ConfigError, StoreError } from '../errors.js';
import { loadConfig, loadDotEnv } from '../config.js';
import { createLogger } from '../log.js';
import { EXIT } from './exit-codes.js';
import { printable } from './print.js';

/** The command's application: .env and the config loaded, nothing opened; bad config exits with the usage code. */
export async function commandApp(opts: { config?: string }): Promise<App> {
  loadDotEnv();
  let app: App;
  try {
    const config = loadConfig(process.env, opts.config ? { configFile: opts.config } : {});
    const { createApp } = await import('../app/index.js');
    app = createApp(
      config,
      createLogger({ level: config.logLevel, secrets: config.secrets, timezone: config.timezone }),
    );
  } catch (error) {
    return exitWith(error);
  }
  return app;
}

/**
 * Runs `work` and closes the application, also when `work` fails: a known error (configuration, database)
 * then exits with its message, an unknown one with its stack.
 */
export async function using<T>(app: App, work: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await app.close().catch(() => undefined);
    // Its secrets hidden from the message; an unknown error's stack goes to stderr, not to a logger that may be silent.
    return exitWith(error, { config: app.config });
  }
  await app.close();
  return result;
}

/**
 * Prints a known error plainly (no stack) and exits with its code; unknown errors are bugs and keep
 * their stack. Pass the command's configuration when there is one, so its secrets are hidden from the
 * message, and its logger (run, start) to log an unknown error there instead of on stderr.
 */
export function exitWith(error: unknown, app?: { config: App['config']; log?: App['log'] }): never {
  const say = (text: string): boolean => process.stderr.write(`exportwatch: ${printable(text, app?.config.secrets)}\n`);
  if (error instanceof ConfigError) {
    say(`configuration error: ${error.message}`);
    process.exit(EXIT.usage);
  }
  if (error instanceof StoreError) {
    say(`database error: ${error.message}`);
    process.exit(EXIT.failed);
  }
  if (app?.log) app.log.fatal({ err: error }, 'unexpected error');
  else say(`unexpected error: ${(error as Error)?.stack ?? String(error)}`);
  process.exit(EXIT.failed);
}
