import type { Command } from 'commander';
import { seedNewSeries } from '../../app.js';
import { alertFacts } from '../../notify/facts.js';
import { createNotifier } from '../../notify/index.js';
import { viewFromHistory } from '../../notify/sample.js';
import { openStore as openDatabaseStore } from '../../store/index.js';
import { commandContext, exitWith } from '../context.js';
import { EXIT } from '../exit-codes.js';

export function registerNotifyTest(program: Command): void {
  program
    .command('notify-test')
    .description('post a clearly marked test alert (with its chart) where alerts go')
    .option('--series <id>', 'series to draw the test alert from (default: the first in the config)')
    .option('--config <file>', 'sources-and-series config file (JSON)')
    .addHelpText('after', `
The message is titled "[TEST] New monthly record: …", grey instead of green, and
says it is a test. It uses the series' highest month in the database as the
sample value. Nothing is stored.
Exit codes: 0 posted; 1 Discord did not accept it (the reason says what to fix);
2 bad configuration.

Examples:
  $ exportwatch notify-test
  $ exportwatch notify-test --series pk-it-exports`)
    .action(async (opts: { series?: string; config?: string }) => {
      const { config, log } = commandContext(opts);
      const series = opts.series ? config.series.find((s) => s.id === opts.series) : config.series[0];
      if (!series) {
        process.stderr.write(`exportwatch notify-test: unknown series "${opts.series}"; the config tracks: ${config.series.map((s) => s.id).join(', ')}\n`);
        process.exit(EXIT.usage);
      }
      try {
        const store = await openDatabaseStore(config.database, { minConfidence: config.minConfidence });
        await seedNewSeries(store, [series], log);
        const history = await store.monthValues(series.id);
        // With no history yet, a fixed sample still shows what an alert looks like.
        const sample = viewFromHistory(series, history, { test: true })
          ?? viewFromHistory(series, new Map([['2024-03', 306e6], ['2024-04', 310e6]]), { test: true });
        const view = { ...sample!, facts: alertFacts(sample!, history, series.fiscalYearStartMonth) };
        const notifier = createNotifier(config.notifier, { log });
        const outcome = await notifier.send(view);
        await store.close();
        if (outcome.status === 'sent') {
          process.stdout.write(`Posted a test alert${outcome.messageId ? ` (message ${outcome.messageId})` : ''} through ${notifier.kind}.\n`);
          return;
        }
        process.stderr.write(`exportwatch notify-test: not posted: ${outcome.reason}\n`);
        process.exitCode = EXIT.failed;
      } catch (error) {
        exitWith(error);
      }
    });
}
