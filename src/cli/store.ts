import { openStore } from '../app.js';
import type { SeriesConfig } from '../config.js';
import type { Store } from '../store/types.js';
import type { CommandContext } from './context.js';
import { exitWith } from './context.js';
import { EXIT } from './exit-codes.js';

/** Runs `work` against the configured database and closes it; a store error exits with its message. */
export async function withStore<T>(ctx: CommandContext, work: (store: Store) => Promise<T>): Promise<T> {
  let store: Store | undefined;
  try {
    store = await openStore(ctx.config, ctx.log);
    return await work(store);
  } catch (error) {
    return exitWith(error);
  } finally {
    await store?.close();
  }
}

/** The configured series named `id`, or every series when `id` is omitted; an unknown id is a usage error. */
export function pickSeries(series: readonly SeriesConfig[], id: string | undefined, command: string): SeriesConfig[] {
  if (id === undefined) return [...series];
  const found = series.find((s) => s.id === id);
  if (found) return [found];
  process.stderr.write(`exportwatch ${command}: unknown series "${id}"; configured: ${series.map((s) => s.id).join(', ')}\n`);
  process.exit(EXIT.usage);
}
