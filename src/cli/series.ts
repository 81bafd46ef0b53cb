import type { SeriesConfig } from '../config.js';
import { EXIT } from './exit-codes.js';

/** The configured series named `id`, or every series when `id` is omitted; an unknown id is a usage error. */
export function pickSeries(series: readonly SeriesConfig[], id: string | undefined, command: string): SeriesConfig[] {
  if (id === undefined) return [...series];
  const found = series.find((s) => s.id === id);
  if (found) return [found];
  process.stderr.write(
    `exportwatch ${command}: unknown series "${id}"; configured: ${series.map((s) => s.id).join(', ')}\n`,
  );
  process.exit(EXIT.usage);
}
