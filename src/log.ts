import { createRequire } from 'node:module';
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

const REDACTED = '[redacted]';
// Keys whose values are secrets whatever they hold: a token or webhook URL logged or dumped under
// its own name is hidden even when it is not one of the configured secrets.
const SECRET_KEY = /token|secret|password|authori[sz]ation|cookie|webhook_?url/i;
// Shorter values are too likely to occur in ordinary text to be replaced everywhere.
const MIN_SECRET_LENGTH = 8;
const MAX_DEPTH = 8;

/**
 * Every form in which a secret may show up in text: as given, URL-encoded, and for a URL the last
 * path segment on its own — a webhook's token reappears without the host when requests go through
 * DISCORD_API_URL, e.g. in a discord.js error naming `<api>/webhooks/<id>/<token>`.
 */
function secretForms(secret: string): string[] {
  const forms = [secret, encodeURIComponent(secret)];
  if (URL.canParse(secret)) {
    const last = new URL(secret).pathname.split('/').filter(Boolean).at(-1);
    if (last) forms.push(last, decodeURIComponent(last));
  }
  return forms;
}

/** Replaces every secret in a text with a marker; applied to every log line and config dump. */
export function scrubber(secrets: readonly string[]): (text: string) => string {
  // Longest first, so a whole URL is replaced before its token part.
  const forms = [...new Set(secrets.flatMap(secretForms))]
    .filter((s) => s.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length);
  return (text) => forms.reduce((t, s) => (t.includes(s) ? t.split(s).join(REDACTED) : t), text);
}

/**
 * A copy of `value` fit to print: secret-named keys masked, secrets in strings replaced, errors
 * spelled out with their own fields (status, code, URL…), causes and aggregated errors.
 */
export function redact(value: unknown, secrets: readonly string[]): unknown {
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

/**
 * The program's logger: JSON lines on stderr (stdout carries alerts and `extract` output),
 * human-readable when stderr is a terminal. Secrets never reach a line: logged values are redacted
 * as they are logged, and each finished line is scrubbed again before it is written, which also
 * covers child-logger bindings.
 */
export function createLogger(opts: {
  level: string;
  secrets: readonly string[];
  destination?: NodeJS.WritableStream;
  pretty?: boolean;
}): Logger {
  const scrub = scrubber(opts.secrets);
  const destination = opts.destination ?? process.stderr;
  const usePretty = opts.pretty ?? (destination === process.stderr && process.stderr.isTTY === true);
  const stream: NodeJS.WritableStream = usePretty
    ? (requireCjs('pino-pretty') as typeof import('pino-pretty')).build({ destination: 2, colorize: true, sync: true })
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
