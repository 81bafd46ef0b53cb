import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../config.js';
import type { ChartData } from '../types.js';
import { readFontMetrics, type FontMetrics } from './metrics.js';
import { CHART_FONT, chartSpec } from './spec.js';

const REGULAR = resolve(PROJECT_ROOT, 'assets/fonts/Inter-Regular.otf');
const SEMIBOLD = resolve(PROJECT_ROOT, 'assets/fonts/Inter-SemiBold.otf');

/** The fonts the chart is drawn with; shipped in the repository so a server without fonts renders the same picture. */
export const CHART_FONT_FILES = [REGULAR, SEMIBOLD];

let metrics: { regular: FontMetrics; semibold: FontMetrics } | undefined;

/** Text widths from the shipped font, for vega's layout (it has no canvas to measure with). */
function textWidth(item: { fontSize?: number; fontWeight?: string | number }, text: string): number {
  metrics ??= { regular: readFontMetrics(REGULAR), semibold: readFontMetrics(SEMIBOLD) };
  const weight = Number(item.fontWeight === 'bold' ? 700 : (item.fontWeight ?? 400));
  return (weight >= 600 ? metrics.semibold : metrics.regular).width(text, item.fontSize ?? 11);
}

/** A rendered chart. */
export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
}

// A retried or edited alert draws the same chart again; keep the last few pictures.
const recent = new Map<string, Promise<ChartImage>>();
const RECENT_MAX = 16;

/** vega-lite spec → vega → SVG (no canvas) → PNG at twice the size, so it stays sharp on high-density screens. */
export async function renderChart(data: ChartData, opts: { scale?: number } = {}): Promise<ChartImage> {
  const scale = opts.scale ?? 2;
  const key = `${scale}:${JSON.stringify(data)}`;
  const cached = recent.get(key);
  if (cached) return cached;
  const drawing = renderSpec(chartSpec(data), scale);
  recent.set(key, drawing);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value as string);
  drawing.catch(() => recent.delete(key));
  return drawing;
}

type Renderer = [typeof import('vega'), typeof import('vega-lite'), typeof import('@resvg/resvg-js')];
let renderer: Promise<Renderer> | undefined;

/**
 * Loads vega, vega-lite and resvg once. Loaded on first use, so commands that draw no chart do not pay for
 * vega's start-up; the worker calls it at start-up, so the first alert does not pay for it either.
 */
export function loadChartRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
    // vega exports textMetrics (vl-convert replaces its width the same way) but its types do not declare it.
    (vega as unknown as { textMetrics: { width: typeof textWidth } }).textMetrics.width = textWidth;
    return [vega, vegaLite, await importResvg()];
  })();
  renderer.catch(() => (renderer = undefined));
  return renderer;
}

// resvg's loader tells glibc from musl with process.report.getReport(), whose network section reverse-resolves
// every open socket: seconds of waiting (5 s with no reachable DNS server) in the middle of an alert. A report
// without the network section answers the same question at once.
async function importResvg(): Promise<typeof import('@resvg/resvg-js')> {
  const report = process.report as typeof process.report & { excludeNetwork?: boolean };
  const before = report.excludeNetwork;
  report.excludeNetwork = true;
  try {
    return await import('@resvg/resvg-js');
  } finally {
    report.excludeNetwork = before;
  }
}

/** Renders a vega-lite spec with the shipped font. */
async function renderSpec(spec: Record<string, unknown>, scale: number): Promise<ChartImage> {
  const [vega, vegaLite, { Resvg }] = await loadChartRenderer();
  const log = collectingLogger();
  const compiled = vegaLite.compile(spec as unknown as Parameters<typeof vegaLite.compile>[0], { logger: log }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger: log, logLevel: vega.Warn });
  try {
    const svg = await view.toSVG();
    // vega logs dataflow errors instead of throwing; a chart drawn after one would be wrong.
    if (log.errors.length > 0) throw new Error(`chart could not be drawn: ${log.errors.join('; ')}`);
    const rendered = new Resvg(svg, {
      font: {
        fontFiles: CHART_FONT_FILES,
        loadSystemFonts: false,
        defaultFontFamily: CHART_FONT,
        sansSerifFamily: CHART_FONT,
      },
      fitTo: { mode: 'zoom', value: scale },
      background: '#ffffff',
    }).render();
    return { png: rendered.asPng(), width: rendered.width, height: rendered.height };
  } finally {
    view.finalize();
  }
}

/** A vega / vega-lite logger that keeps messages instead of printing them: stderr carries the worker's JSON logs. */
interface CollectingLogger {
  errors: string[];
  warnings: string[];
  level(): number;
  level(level: number): CollectingLogger;
  error(...args: unknown[]): CollectingLogger;
  warn(...args: unknown[]): CollectingLogger;
  info(...args: unknown[]): CollectingLogger;
  debug(...args: unknown[]): CollectingLogger;
}

function collectingLogger(): CollectingLogger {
  let current = 2;
  const text = (args: unknown[]): string => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  const logger: CollectingLogger = {
    errors: [],
    warnings: [],
    level: ((level?: number) => {
      if (level === undefined) return current;
      current = level;
      return logger;
    }) as CollectingLogger['level'],
    error: (...args) => (logger.errors.push(text(args)), logger),
    warn: (...args) => (logger.warnings.push(text(args)), logger),
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}
