// The crash test's worker: what `exportwatch run` does, from the built dist/, split in two so the test
// can load the next worker while the previous one runs. It prints "ready" once its modules are loaded
// and touches nothing (database, network) until it reads "go" on stdin; then it runs one tick and exits.
import { createApp } from '../../dist/app/index.js';
import { loadConfig } from '../../dist/config.js';
import { createLogger } from '../../dist/log.js';
import { runTick } from '../../dist/pipeline/tick.js';

// The app opens its parts (and loads their modules) on first use: load them now, before "ready".
await Promise.all(
  ['store/sqlite.js', 'store/postgres/store.js', 'notify/index.js', 'scrapers/http.js'].map(
    (m) => import(`../../dist/${m}`),
  ),
);
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
// An open stdin would keep the process alive after the tick.
process.stdin.destroy();
const config = loadConfig(process.env);
const log = createLogger({ level: config.logLevel, secrets: config.secrets });
const app = createApp(config, log);
const deps = await app.tick();
// The test lives in seconds, not the minutes the outbox normally waits between tries.
deps.retry = { firstDelayMs: 0, maxDelayMs: 0 };
const summary = await runTick(deps);
await app.close();
process.exitCode = summary.failed ? 1 : 0;
