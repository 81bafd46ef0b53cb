import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { createApp } from '../../app/index.js';
import { loadConfig, loadDotEnv, type Config } from '../../config.js';
import { ConfigError } from '../../errors.js';
import { createLogger } from '../../log.js';
import { CHART_FONT_FILES, renderChart } from '../../notify/chart/render.js';
import { checkDiscord, type Check } from '../../notify/discord/checks.js';
import { alertFacts } from '../../notify/facts.js';
import { describeDatabase } from '../../store/index.js';
import { EXIT } from '../exit-codes.js';

/** `exportwatch doctor`: checks the config, the database, the chart and Discord, and prints what to fix. */
export async function doctor(opts: { config?: string }): Promise<void> {
  loadDotEnv();
  let config: Config;
  try {
    config = loadConfig(process.env, opts.config ? { configFile: opts.config } : {});
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    print([
      {
        name: 'config',
        status: 'fail',
        detail: error.message,
        fix: 'correct the named key in .env, the environment or the config file',
      },
    ]);
    process.exit(EXIT.usage);
  }
  const checks: Check[] = [
    {
      name: 'config',
      status: 'ok',
      detail: `${config.configFile}: ${config.series.length} series, ${config.sources.length} sources`,
    },
    await checkDatabase(config),
    await checkChart(config),
    ...(await checkDiscord(config.notifier)),
  ];
  print(checks);
  process.exitCode = checks.some((c) => c.status === 'fail') ? EXIT.failed : EXIT.ok;
}

async function checkDatabase(config: Config): Promise<Check> {
  const postgres = config.database.kind === 'postgres';
  const existed = postgres || existsSync(config.databasePath);
  const where = postgres ? await describeDatabase(config.database) : config.databasePath;
  // Opened as every command opens it, quietly: a failure is this check's to report.
  const app = createApp(config, createLogger({ level: 'silent', secrets: config.secrets }));
  try {
    const alerts = await (await app.store()).alerts();
    await app.close();
    const count = (status: string): number => alerts.filter((a) => a.status === status).length;
    const detail = `${where}${existed ? '' : ' (created)'}: ${alerts.length} alerts, ${count('pending')} pending, ${count('failed')} failed`;
    if (count('failed') > 0)
      return {
        name: 'database',
        status: 'warn',
        detail,
        fix: 'alerts Discord refused are listed by `exportwatch alerts` with the reason',
      };
    return { name: 'database', status: 'ok', detail };
  } catch (error) {
    await app.close().catch(() => undefined);
    return {
      name: 'database',
      status: 'fail',
      detail: (error as Error).message,
      fix: postgres
        ? 'check DATABASE_URL: host, port, database, user and password'
        : 'point DATABASE_PATH at a writable file',
    };
  }
}

async function checkChart(config: Config): Promise<Check> {
  const series = config.series[0];
  const months = ['2024-01', '2024-02', '2024-03'];
  const history = new Map(months.map((m, i) => [m, (i + 1) * 1e8]));
  const view = {
    id: 0,
    series: series?.id ?? 'sample',
    seriesName: series?.name ?? 'Sample',
    month: '2024-03',
    value: 3e8,
    currency: 'USD',
    previous: { month: '2024-02', value: 2e8 },
    historyIncomplete: false,
    status: 'pending' as const,
    messageId: null,
    attempts: 0,
    lastError: null,
    createdAt: new Date(0).toISOString(),
    sources: [],
    failures: 0,
    sentAt: null,
    nextAttemptAt: null,
    editPending: false,
  };
  const started = Date.now();
  try {
    const image = await renderChart(alertFacts(view, history, 7).chart, { scale: 1 });
    return {
      name: 'chart',
      status: 'ok',
      detail: `drawn with the shipped font in ${Date.now() - started} ms (${image.width}×${image.height})`,
    };
  } catch (error) {
    return {
      name: 'chart',
      status: 'warn',
      detail: `cannot be drawn: ${(error as Error).message}`,
      fix: `alerts are sent without a chart until it can; reinstall so that ${dirname(CHART_FONT_FILES[0] ?? '')} holds the fonts`,
    };
  }
}

const MARK = { ok: '✓', warn: '!', fail: '✗' } as const;

function print(checks: readonly Check[]): void {
  const width = Math.max(...checks.map((c) => c.name.length));
  const lines = checks.flatMap((c) => [
    `${MARK[c.status]} ${c.name.padEnd(width)}  ${c.detail}`,
    ...(c.fix && c.status !== 'ok' ? [`  ${' '.repeat(width)}  fix: ${c.fix}`] : []),
  ]);
  const failed = checks.filter((c) => c.status === 'fail').length;
  const warned = checks.filter((c) => c.status === 'warn').length;
  const verdict =
    failed > 0
      ? `${failed} check${failed > 1 ? 's' : ''} failed.`
      : warned > 0
        ? `Ready, with ${warned} warning${warned > 1 ? 's' : ''}.`
        : 'All checks passed.';
  process.stdout.write(`${lines.join('\n')}\n${verdict}\n`);
}
