import type { App } from '../../app/index.js';
import { sourceStatuses, type SourceStatus } from '../../pipeline/source-status.js';
import { commandApp, using } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { terminalText } from '../../printable/controls.js';
import { printable } from '../print.js';

/** Options of `exportwatch sources`. */
export interface SourcesOpts {
  config?: string;
  json?: boolean;
  /** Ids of sources to make due now; `true` with `all`. */
  retry?: string[] | boolean;
  all?: boolean;
}

/** `exportwatch sources`: every configured source with its health, as a table or JSON; or `--retry` to clear backoff. */
export async function sources(opts: SourcesOpts): Promise<void> {
  const app = await commandApp(opts);
  if (opts.retry !== undefined || opts.all) return retry(app, opts);
  const health = await using(app, async () => (await app.store()).sourceHealth());
  const rows = sourceStatuses(app.config.sources, health, new Date());
  const text = opts.json ? `${JSON.stringify(rows, null, 2)}\n` : renderSourcesTable(rows, app.config.timezone);
  process.stdout.write(printable(text, app.config.secrets));
}

// `--retry ID…` or `--retry --all`: the next tick reads them whatever their backoff or interval said.
async function retry(app: App, opts: SourcesOpts): Promise<void> {
  const named = Array.isArray(opts.retry) ? opts.retry : [];
  const configured = app.config.sources.map((s) => s.id);
  const usage = (why: string): never => {
    process.stderr.write(`exportwatch sources: ${why}\n`);
    process.exit(EXIT.usage);
  };
  if (opts.retry === undefined) usage('--all goes with --retry: `exportwatch sources --retry --all`');
  if (opts.all && named.length > 0) usage('give source ids or --all, not both');
  if (!opts.all && named.length === 0) usage('--retry needs source ids, or --all');
  const unknown = named.filter((id) => !configured.includes(id));
  if (unknown.length > 0)
    usage(`unknown source ${unknown.map((u) => `"${u}"`).join(', ')}; configured: ${configured.join(', ')}`);
  const cleared = await using(app, async () => (await app.store()).retrySources(opts.all ? 'all' : named));
  const wanted = opts.all ? configured : named;
  const waiting = cleared.filter((id) => wanted.includes(id));
  process.stdout.write(
    waiting.length === 0
      ? `No backoff to clear: ${opts.all ? 'every source is' : named.length === 1 ? `${named[0]} is` : 'they are'} due at the next tick already.\n`
      : `Cleared the wait of ${waiting.join(', ')}: read at the next tick (\`exportwatch run\` reads now).\n`,
  );
}

const WIDTH = 80;
// Column widths; with single spaces between them a row is 75 characters.
const COLUMNS = [
  ['SOURCE', 18],
  ['KIND', 8],
  ['EVERY', 6],
  ['STATUS', 10],
  ['FAILS', 5],
  ['LAST OK', 11],
  ['NEXT', 11],
] as const;

// Errors quote the sites: one line, no control characters.
const fit = (given: string, width: number): string => {
  const text = terminalText(given);
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
};

/** The status table, no line wider than 80 columns; times in `timezone`. */
export function renderSourcesTable(rows: readonly SourceStatus[], timezone: string): string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const time = (iso: string | null): string => {
    if (!iso) return '-';
    const p = Object.fromEntries(format.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
    return `${p.month}-${p.day} ${p.hour}:${p.minute}`;
  };
  const every = (m: number | null): string => (m === null ? 'tick' : m % 60 === 0 ? `${m / 60}h` : `${m}m`);
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => fit(c, COLUMNS[i]![1]))
      .join(' ')
      .trimEnd();
  const out = [line(COLUMNS.map(([name]) => name))];
  for (const r of rows) {
    out.push(
      line([
        r.id,
        r.kind,
        every(r.intervalMinutes),
        r.status,
        String(r.consecutiveFailures),
        time(r.lastSuccessAt),
        r.due ? 'due' : time(r.nextAttemptAt),
      ]),
    );
    const detail =
      r.status === 'failing' || r.status === 'disabled'
        ? r.lastError
        : r.lastArticleErrors > 0
          ? `${r.lastArticleErrors} article(s) failed: ${r.lastArticleError ?? ''}`
          : null;
    if (detail) out.push(fit(`  ↳ ${detail.replace(/\s+/g, ' ')}`, WIDTH).trimEnd());
  }
  return `${out.join('\n')}\n`;
}
