import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from '../../app/index.js';
import { readSeed } from '../../app/seed.js';
import { DEFAULT_CONFIG_FILE, PROJECT_ROOT, loadConfig } from '../../config.js';
import { startFixtureServer } from '../../demo/fixture-server.js';
import { DEFAULT_RECORD_RULE } from '../../history/records.js';
import { createLogger } from '../../log.js';
import { createStdoutNotifier } from '../../notify/stdout.js';
import { runTick } from '../../pipeline/tick.js';
import { createHttpClient } from '../../scrapers/http.js';
import { EXIT } from '../exit-codes.js';

// The history as it stood before the two source articles: a record is judged against every month before it.
const DEMO_HISTORY_UP_TO = '2023-11';
const DEMO_SOURCE = { id: 'techwire-demo', outlet: 'TechWire Pakistan', kind: 'rss' } as const;

/** `exportwatch demo`: one tick against the fixture site on 127.0.0.1, alerts on stdout. */
export async function demo(opts: { verbose?: boolean }): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'exportwatch-demo-'));
  const site = await startFixtureServer(resolve(PROJECT_ROOT, 'fixtures/site'));
  // The shipped config with a throwaway database; the environment and .env are not read.
  const config = loadConfig(
    { DATABASE_PATH: join(dir, 'demo.db'), SEED_HISTORY: 'false' },
    { configFile: DEFAULT_CONFIG_FILE },
  );
  const log = createLogger({ level: opts.verbose ? 'info' : 'warn', secrets: [] });
  const http = createHttpClient({ userAgent: 'exportwatch-demo', allowPrivateNetworks: true, hostDelayMs: 0 });
  const app = createApp(config, log, { http, notifier: createStdoutNotifier() });
  try {
    const store = await app.store();
    for (const s of config.series) await store.importSeed(s.id, readSeed(s, DEMO_HISTORY_UP_TO));
    // As if the site had been watched all along: a source's first tick is otherwise a silent baseline.
    await store.markSourceKnown(DEMO_SOURCE.id);
    process.stdout.write(`Serving fixtures at ${site.baseUrl}; history loaded up to ${DEMO_HISTORY_UP_TO}.\n\n`);
    const summary = await runTick({
      ...(await app.tick()),
      sources: [{ ...DEMO_SOURCE, url: `${site.baseUrl}/feed/` }],
      rule: DEFAULT_RECORD_RULE,
    });
    process.stdout.write(
      `Read ${summary.articles} articles, ${summary.figures} figures; ${summary.delivery.sent} alert(s) printed.\n`,
    );
    process.exitCode = summary.failed ? EXIT.failed : EXIT.ok;
  } finally {
    await app.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
