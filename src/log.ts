import { createRequire } from 'node:module';
import pino, { type Logger } from 'pino';
import { terminalText } from './printable/controls.js';
import { secretScrubber, type Secrets } from './printable/secrets.js';

export type { Logger } from 'pino';
export type { Secrets } from './printable/secrets.js';

const REDACTED = '[redacted]';
// Keys whose values are secrets whatever they hold: a token or webhook URL logged or dumped under
// its own name is hidden even when it is not one of the configured secrets.
const SECRET_KEY = /token|secret|password|authori[sz]ation|cookie|webhook_?url/i;
const MAX_DEPTH = 8;

/** Configured secrets: the structured kind from the config, or a plain list of tokens. */
type SecretList = Secrets | readonly string[];

/**
 * The configured tokens and, for a token that is a URL, its last path segment: a webhook's token reappears without
 * the host when requests go through DISCORD_API_URL, e.g. in a discord.js error naming `<api>/webhooks/<id>/<token>`.
 */
function withUrlTokens(secrets: SecretList): Secrets {
  const given: Secrets = Array.isArray(secrets)
    ? { tokens: secrets as readonly string[], passwords: [] }
    : (secrets as Secrets);
  const segments = given.tokens.flatMap((t) => {
    const last = URL.canParse(t) ? new URL(t).pathname.split('/').filter(Boolean).at(-1) : undefined;
    return last ? [last] : [];
  });
  return { tokens: [...given.tokens, ...segments], passwords: given.passwords };
}

/** Replaces every secret in a text with a marker; applied to every log line and config dump. */
export function scrubber(secrets: SecretList): (text: string) => string {
  return secretScrubber(withUrlTokens(secrets));
}

/**
 * A copy of `value` fit to print: secret-named keys masked, secrets in strings replaced, errors
 * spelled out with their own fields (status, code, URL…), causes and aggregated errors.
 */
export function redact(value: unknown, secrets: SecretList): unknown {
  return redactWith(value, scrubber(secrets), new WeakSet(), 0);
}

function redactWith(value: unknown, scrub: (t: string) => string, seen: WeakSet<object>, depth: number): unknown {
  if (typeof value === 'string') return scrub(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) return '[too deep]';
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  const next = (v: unknown): unknown => redactWith(v, scrub, seen, depth + 1);
  if (value instanceof Date) return value;
  if (value instanceof URL) return scrub(value.href);
  if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (value instanceof Map) return next(Object.fromEntries(value));
  if (value instanceof Set || Array.isArray(value)) return [...value].map(next);
  const fields: Record<string, unknown> = {};
  if (value instanceof Error) {
    fields.type = value.name;
    fields.message = scrub(value.message);
    if (value.stack) fields.stack = scrub(value.stack);
    if (value.cause !== undefined) fields.cause = next(value.cause);
    if (value instanceof AggregateError) fields.errors = next(value.errors);
  } else if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return next((value as { toJSON(): unknown }).toJSON());
  }
  for (const [key, v] of Object.entries(value)) {
    if (key in fields) continue;
    fields[key] = SECRET_KEY.test(key) && v !== null && v !== undefined && v !== '' ? REDACTED : next(v);
  }
  return fields;
}

// pino-pretty is needed only on a terminal; loading it costs every other start-up ~0.1 s.
const requireCjs = createRequire(import.meta.url);

/** A terminal line's time, as HH:MM:SS in `timezone`. */
function clockIn(timezone: string): (time: string | object) => string {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return (time) => `[${format.format(new Date(Number(time)))}]`;
}

/** What a person reads of one line on a terminal: its `summary` when it has one, else the message and why. */
export function personLine(line: Record<string, unknown>, messageKey = 'msg'): string {
  if (typeof line.summary === 'string') return line.summary;
  const where = typeof line.source === 'string' ? `${line.source}: ` : '';
  const err = line.err as { message?: unknown } | undefined;
  const why = typeof line.reason === 'string' ? line.reason : typeof err?.message === 'string' ? err.message : '';
  return `${where}${String(line[messageKey] ?? '')}${why ? `: ${why}` : ''}`;
}

/**
 * The program's logger: JSON lines on stderr (stdout carries alerts and `extract` output),
 * human-readable when stderr is a terminal. Secrets never reach a line: logged values are redacted
 * (and stripped of control characters) as they are logged, and each finished line is scrubbed again
 * before it is written, which also covers child-logger bindings. On a terminal each line is one sentence
 * (its `summary`, or its message and reason); every field, and the stack traces, show at LOG_LEVEL=debug or
 * in the JSON lines.
 */
export function createLogger(opts: {
  level: string;
  secrets: SecretList;
  destination?: NodeJS.WritableStream;
  pretty?: boolean;
  /** The time zone a terminal's times are shown in (TIMEZONE), so they match the times lines mention. */
  timezone?: string;
}): Logger {
  const hide = scrubber(opts.secrets);
  // Logged text may come from pages and Discord: no control character reaches a terminal reading the log.
  const scrub = (text: string): string => terminalText(hide(text), { lines: true });
  const destination = opts.destination ?? process.stderr;
  const usePretty = opts.pretty ?? (destination === process.stderr && process.stderr.isTTY === true);
  const everything = opts.level === 'debug' || opts.level === 'trace';
  const stream: NodeJS.WritableStream = usePretty
    ? (requireCjs('pino-pretty') as typeof import('pino-pretty')).build({
        destination: destination === process.stderr ? 2 : destination,
        colorize: destination === process.stderr,
        sync: true,
        ignore: 'pid,hostname',
        ...(opts.timezone
          ? { customPrettifiers: { time: clockIn(opts.timezone) } }
          : { translateTime: 'SYS:HH:MM:ss' }),
        ...(everything ? {} : { hideObject: true, messageFormat: (line, key) => personLine(line, key) }),
      })
    : destination;
  return pino(
    {
      level: opts.level,
      base: undefined,
      // Errors are already spelled out (and redacted) by the hook below, under any key.
      serializers: { err: (value: unknown) => value },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => redactWith(a, scrub, new WeakSet(), 0)) as Parameters<typeof method>);
        },
        streamWrite: scrub,
      },
    },
    stream,
  );
}
