// The bars CI holds the extractor to (bars.json): `min`/`max` are today's scores rounded toward failing less, so
// CI passes now and catches a regression; `target` is where issue 12 wants each score, printed beside.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { CorpusScore } from './tally.js';

const BarSchema = z.strictObject({
  min: z.number().optional(),
  max: z.number().optional(),
  target: z.number().optional(),
});
const BarsSchema = z.record(z.string(), z.record(z.string(), BarSchema));

/** One metric's bar: the least (or most, for counts of errors) CI accepts, and the goal. */
export type Bar = z.infer<typeof BarSchema>;

/** Bars per corpus name, per metric name. */
export type Bars = z.infer<typeof BarsSchema>;

/** A bar held against a measured score. */
export interface BarCheck {
  corpus: string;
  metric: string;
  value: number | undefined;
  bar: Bar;
  ok: boolean;
}

/** Reads the bars file; a malformed one is an error naming the file and the key. */
export function readBars(file: string): Bars {
  const parsed = BarsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Every bar of the scored corpora against its score; a metric that was not measured fails its bar. */
export function checkBars(bars: Bars, scores: readonly CorpusScore[]): BarCheck[] {
  const out: BarCheck[] = [];
  for (const score of scores) {
    for (const [metric, bar] of Object.entries(bars[score.name] ?? {})) {
      const value = score.metrics[metric];
      // Scores are ratios: 24/30 computed as an F1 may come out a hair below 0.8, which is still 0.8.
      const ok =
        value !== undefined &&
        (bar.min === undefined || value >= bar.min - 1e-9) &&
        (bar.max === undefined || value <= bar.max);
      out.push({ corpus: score.name, metric, value, bar, ok });
    }
  }
  return out;
}

/** The bar of a metric, if it has one. */
export function barOf(bars: Bars, corpus: string, metric: string): Bar | undefined {
  return bars[corpus]?.[metric];
}
