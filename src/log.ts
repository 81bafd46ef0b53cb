import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger } from 'pino';

/** Replaces every secret in a text with a marker; used on every log line. */
export function scrubber(secrets: readonly string[]): (text: string) => string {
  const active = secrets.filter((s) => s.length >= 8);
  return (text) => active.reduce((t, s) => t.split(s).join('[redacted]'), text);
}

function scrubValue(value: unknown, scrub: (t: string) => string, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { type: value.name, message: scrub(value.message), stack: value.stack ? scrub(value.stack) : undefined,
      ...(value.cause ? { cause: scrubValue(value.cause, scrub, depth + 1) } : {}) };
  }
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, scrub, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, scrub, depth + 1)]));
}

/**
 * The program's logger: JSON lines on stderr (stdout carries alerts and `extract` output),
 * human-readable when stderr is a terminal; secrets never reach a line.
 */
export function createLogger(opts: { level: string; secrets: readonly string[]; destination?: NodeJS.WritableStream; pretty?: boolean }): Logger {
  const scrub = scrubber(opts.secrets);
  const destination = opts.destination ?? process.stderr;
  const usePretty = opts.pretty ?? (destination === process.stderr && process.stderr.isTTY === true);
  const stream = usePretty ? pretty({ destination: 2, colorize: true, sync: true }) : destination;
  return pino(
    {
      level: opts.level,
      base: undefined,
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => scrubValue(a, scrub)) as Parameters<typeof method>);
        },
      },
    },
    stream,
  );
}
