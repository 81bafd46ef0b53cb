import type { SourceConfig } from '../../config.js';
import { isDue, newHealth } from '../../pipeline/source-health.js';
import type { SourceHealth } from '../../store/types.js';
import { commandApp, using } from '../context.js';

/** `exportwatch sources`: every configured source with its health, as a table or JSON. */
export async function sources(opts: { config?: string; json?: boolean }): Promise<void> {
  const app = await commandApp(opts);
  const health = await using(app, async () => (await app.store()).sourceHealth());
  const rows = sourceStatuses(app.config.sources, health, new Date());
  process.stdout.write(
    opts.json ? `${JSON.stringify(rows, null, 2)}\n` : renderSourcesTable(rows, app.config.timezone),
  );
}

/** One source as `exportwatch sources` reports it (the `--json` shape): its config, status, and health as stored. */
export type SourceStatus = {
  id: string;
  outlet: string;
  kind: SourceConfig['kind'];
  url: string;
  intervalMinutes: number | null;
  prefilter: boolean;
  status: 'new' | 'ok' | 'unchanged' | 'failing' | 'disabled';
  due: boolean;
} & Omit<SourceHealth, 'sourceId' | 'lastOutcome' | 'pendingNotice'>;

/** Every configured source with its health, in config order. */
export function sourceStatuses(
  sources: readonly SourceConfig[],
  health: readonly SourceHealth[],
  now: Date,
): SourceStatus[] {
  const byId = new Map(health.map((h) => [h.sourceId, h]));
  return sources.map((s) => {
    const stored = byId.get(s.id);
    // The health fields as stored, minus what the status and the notices use.
    const { sourceId, lastOutcome, pendingNotice, ...h } = stored ?? newHealth(s.id);
    const status: SourceStatus['status'] = !lastOutcome
      ? 'new'
      : h.disabledAt
        ? 'disabled'
        : h.consecutiveFailures > 0
          ? 'failing'
          : lastOutcome === 'not-modified'
            ? 'unchanged'
            : 'ok';
    return {
      id: s.id,
      outlet: s.outlet,
      kind: s.kind,
      url: s.url,
      intervalMinutes: s.intervalMinutes ?? null,
      prefilter: s.prefilter !== false,
      status,
      due: isDue(stored, now),
      ...h,
    };
  });
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

const fit = (text: string, width: number): string =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

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
