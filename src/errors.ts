import type { z } from 'zod';

/** A bad configuration value; the message names the key and what is expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';

  static fromZod(where: string, error: z.ZodError): ConfigError {
    const issues = error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return new ConfigError(`${where}: ${issues.join('; ')}`, { cause: error });
  }
}

/** A page or feed could not be fetched; carries the URL. */
export class FetchError extends Error {
  override name = 'FetchError';
  /**
   * No connection to the host could be made at all (its name did not resolve, or connecting failed): the
   * fault may be this machine's network rather than the site. When every source fails so, say so.
   */
  readonly unreachable: boolean;

  constructor(
    readonly url: string,
    readonly reason: string,
    options?: ErrorOptions & { unreachable?: boolean },
  ) {
    super(`${reason} (${url})`, options);
    this.unreachable = options?.unreachable === true;
  }
}

/** The database could not be opened or is from a newer version of exportwatch. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** A notifier could not deliver; `retryable` says whether trying later may help. */
export class DeliveryError extends Error {
  override name = 'DeliveryError';

  constructor(
    message: string,
    readonly retryable: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * A read cut short by its caller, never by the site: the tick stopped (the worker shuts down, or the tick
 * crashed) or the source's deadline passed. The reason an AbortSignal of the pipeline carries.
 */
export class ReadAbortedError extends Error {
  override name = 'ReadAbortedError';

  constructor(
    readonly why: 'stopped' | 'deadline',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
