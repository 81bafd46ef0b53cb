import { createHash } from 'node:crypto';
import type { Config } from '../config.js';
import { renderChart } from '../notify/chart/render.js';
import { alertFacts } from '../notify/facts.js';
import { viewFromHistory } from '../notify/sample.js';
import type { StatusReader } from './status.js';

/** A series' chart as the page serves it: the PNG and a tag that changes when the picture would. */
export interface ServedChart {
  png: Buffer;
  etag: string;
}

/**
 * The chart of a series' standing record, drawn as alerts draw it. The tag is a hash of the chart's data,
 * so a browser that has the picture is answered 304 without drawing; the renderer keeps recent pictures.
 * Null for an unknown series or one with no history.
 */
export async function seriesChart(
  reader: Pick<StatusReader, 'monthValues'>,
  config: Pick<Config, 'series'>,
  seriesId: string,
  ifNoneMatch?: string,
): Promise<ServedChart | { notModified: string } | null> {
  const series = config.series.find((s) => s.id === seriesId);
  if (!series) return null;
  const history = await reader.monthValues(series.id);
  const view = viewFromHistory(series, history);
  if (!view) return null;
  const { chart } = alertFacts(view, history, series.fiscalYearStartMonth);
  const etag = `"${createHash('sha256').update(JSON.stringify(chart)).digest('base64url').slice(0, 27)}"`;
  if (ifNoneMatch === etag) return { notModified: etag };
  return { png: (await renderChart(chart)).png, etag };
}
