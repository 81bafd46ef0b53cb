import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { readSeed } from '../../app.js';
import { DEFAULT_CONFIG_FILE, PROJECT_ROOT, readConfigFile } from '../../config.js';
import { startFixtureServer } from '../../demo/fixture-server.js';
import { DEFAULT_RECORD_RULE } from '../../history/records.js';
import { createLogger } from '../../log.js';
import { createStdoutNotifier } from '../../notify/stdout.js';
import { runTick } from '../../pipeline/tick.js';
import { createHttpClient } from '../../scrapers/http.js';
import { createSqliteStore } from '../../store/sqlite.js';
import { EXIT } from '../exit-codes.js';

// The history as it stood before the two source articles: a record is judged against every month before it.
const DEMO_HISTORY_UP_TO = '2023-11';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('serve fixtures/ on 127.0.0.1, run one tick against it with a temporary database, print the alerts')
    .option('--verbose', 'show the tick\'s log lines')
    .addHelpText('after', `
Needs no network and no Discord. The seed history is loaded up to ${DEMO_HISTORY_UP_TO}, so the
December 2023 article ($303 million) is a new monthly record.

Example:
  $ npx exportwatch demo`)
    .action(async (opts: { verbose?: boolean }) => {
      const dir = mkdtempSync(join(tmpdir(), 'exportwatch-demo-'));
      const site = await startFixtureServer(resolve(PROJECT_ROOT, 'fixtures/site'));
      const log = createLogger({ level: opts.verbose ? 'info' : 'warn', secrets: [] });
      const { series } = readConfigFile(DEFAULT_CONFIG_FILE);
      const store = createSqliteStore(join(dir, 'demo.db'));
      const http = createHttpClient({ userAgent: 'exportwatch-demo', allowPrivateNetworks: true, hostDelayMs: 0 });
      try {
        for (const s of series) await store.importSeed(s.id, readSeed(s, DEMO_HISTORY_UP_TO));
        process.stdout.write(`Serving fixtures at ${site.baseUrl}; history loaded up to ${DEMO_HISTORY_UP_TO}.\n\n`);
        const summary = await runTick({
          sources: [{ id: 'techwire-demo', outlet: 'TechWire Pakistan', kind: 'rss', url: `${site.baseUrl}/feed/` }],
          series,
          rule: DEFAULT_RECORD_RULE,
          store,
          http,
          notifier: createStdoutNotifier(),
          log,
        });
        process.stdout.write(
          `Read ${summary.articles} articles, ${summary.figures} figures; ${summary.delivery.sent} alert(s) printed.\n`,
        );
        process.exitCode = summary.failed ? EXIT.failed : EXIT.ok;
      } finally {
        await http.close();
        await store.close();
        await site.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
}
