import type { App } from '../../app/index.js';
import type { SeriesConfig } from '../../config.js';
import { alertFacts } from '../../notify/facts.js';
import { viewFromHistory } from '../../notify/sample.js';
import type { DeliveryOutcome } from '../../notify/types.js';
import { commandApp, using } from '../context.js';
import { EXIT } from '../exit-codes.js';

/** `exportwatch notify-test`: a clearly marked test alert, with its chart, where alerts go. */
export async function notifyTest(opts: { series?: string; config?: string }): Promise<void> {
  const app = await commandApp(opts);
  const { config } = app;
  const series = opts.series ? config.series.find((s) => s.id === opts.series) : config.series[0];
  if (!series) {
    process.stderr.write(
      `exportwatch notify-test: unknown series "${opts.series}"; the config tracks: ${config.series.map((s) => s.id).join(', ')}\n`,
    );
    process.exit(EXIT.usage);
  }
  const { outcome, kind } = await using(app, () => sendSample(app, series));
  if (outcome.status === 'sent') {
    process.stdout.write(
      `Posted a test alert${outcome.messageId ? ` (message ${outcome.messageId})` : ''} through ${kind}.\n`,
    );
    return;
  }
  process.stderr.write(`exportwatch notify-test: not posted: ${outcome.reason}\n`);
  process.exitCode = EXIT.failed;
}

// The series' highest month as if just reported; with no history yet, a fixed sample still shows the look.
async function sendSample(app: App, series: SeriesConfig): Promise<{ outcome: DeliveryOutcome; kind: string }> {
  const history = await (await app.store()).monthValues(series.id);
  const sample =
    viewFromHistory(series, history, { test: true }) ??
    viewFromHistory(
      series,
      new Map([
        ['2024-03', 306e6],
        ['2024-04', 310e6],
      ]),
      { test: true },
    )!;
  const notifier = await app.notifier();
  const outcome = await notifier.send({ ...sample, facts: alertFacts(sample, history, series.fiscalYearStartMonth) });
  return { outcome, kind: notifier.kind };
}
