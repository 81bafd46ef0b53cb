import type { App } from '../app/index.js';
import { ConfigError, StoreError } from '../errors.js';
import { loadConfig, loadDotEnv } from '../config.js';
import { createLogger, type Logger } from '../log.js';
import { EXIT } from './exit-codes.js';

/** The command's application: .env and the config loaded, nothing opened; bad config exits with the usage code. */
export async function commandApp(opts: { config?: string }): Promise<App> {
  loadDotEnv();
  let app: App;
  try {
    const config = loadConfig(process.env, opts.config ? { configFile: opts.config } : {});
    const { createApp } = await import('../app/index.js');
    app = createApp(config, createLogger({ level: config.logLevel, secrets: config.secrets }));
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
    return exitWith(error);
  }
  await app.close();
  return result;
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
