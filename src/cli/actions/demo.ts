import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
const DEMO_SOURCE = { id: 'techwire-demo', outlet: 'TechWire Pakistan', kind: 'rss' } as const;

/** `exportwatch demo`: one tick against the fixture site on 127.0.0.1, alerts on stdout. */
export async function demo(opts: { verbose?: boolean }): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'exportwatch-demo-'));
  const site = await startFixtureServer(resolve(PROJECT_ROOT, 'fixtures/site'));
  const log = createLogger({ level: opts.verbose ? 'info' : 'warn', secrets: [] });
  const { series } = readConfigFile(DEFAULT_CONFIG_FILE);
  const store = createSqliteStore(join(dir, 'demo.db'));
  const http = createHttpClient({ userAgent: 'exportwatch-demo', allowPrivateNetworks: true, hostDelayMs: 0 });
  try {
    for (const s of series) await store.importSeed(s.id, readSeed(s, DEMO_HISTORY_UP_TO));
    // As if the site had been watched all along: a source's first tick is otherwise a silent baseline.
    await store.markSourceKnown(DEMO_SOURCE.id);
    process.stdout.write(`Serving fixtures at ${site.baseUrl}; history loaded up to ${DEMO_HISTORY_UP_TO}.\n\n`);
    const summary = await runTick({
      sources: [{ ...DEMO_SOURCE, url: `${site.baseUrl}/feed/` }],
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
}
