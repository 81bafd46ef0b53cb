import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CHART_FONT_FILES, renderChart } from '../../src/notify/chart/render.js';
import { CHART_COLOURS, chartDescription, chartSpec } from '../../src/notify/chart/spec.js';
import { alertFacts } from '../../src/notify/facts.js';
import type { AlertView } from '../../src/notify/types.js';
import { pngSize } from './helpers.js';

function view(over: Partial<AlertView> = {}): AlertView {
  return {
    id: 1,
    series: 'pk-it-exports',
    seriesName: 'Pakistan IT exports',
    month: '2024-04',
    value: 310e6,
    currency: 'USD',
    previous: { month: '2024-03', value: 306e6 },
    historyIncomplete: false,
    status: 'pending',
    messageId: null,
    attempts: 0,
    lastError: null,
    createdAt: '2024-05-18T10:00:00.000Z',
    sources: [],
    failures: 0,
    sentAt: null,
    nextAttemptAt: null,
    editPending: false,
    ...over,
  };
}

const HISTORY = new Map<string, number>([
  ['2022-05', 236e6],
  ['2023-04', 191e6],
  ['2023-12', 303e6],
  ['2024-01', 265e6],
  ['2024-02', 257e6],
  ['2024-03', 306e6],
]);

/** How many pixels of a PNG have exactly this colour (the PNG is decoded by drawing it 1:1 into an SVG). */
function pixelsOf(png: Buffer, hex: string): number {
  const size = pngSize(png)!;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}"><image href="data:image/png;base64,${png.toString('base64')}" width="${size.width}" height="${size.height}"/></svg>`;
  const rgba = new Resvg(svg).render().pixels;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4) if (rgba[i] === r && rgba[i + 1] === g && rgba[i + 2] === b) n++;
  return n;
}

describe('the alert chart', () => {
  it('shows the 24 months up to the record, gaps where the history holds no value', () => {
    const { chart } = alertFacts(view(), HISTORY, 7);
    expect(chart.bars).toHaveLength(24);
    expect(chart.bars[0]).toEqual({ month: '2022-05', value: 236e6, role: 'other' });
    expect(chart.bars.at(-2)).toEqual({ month: '2024-03', value: 306e6, role: 'previous-record' });
    expect(chart.bars.at(-1)).toEqual({ month: '2024-04', value: 310e6, role: 'record' });
    expect(chart.bars.filter((b) => b.value === null)).toHaveLength(24 - 7);
  });

  it('draws the record bar in the alert green and the previous record in slate, as a PNG sharp at twice the size', async () => {
    const { chart } = alertFacts(view(), HISTORY, 7);
    const image = await renderChart(chart);
    expect(pngSize(image.png)).toEqual({ width: image.width, height: image.height });
    expect(image.width).toBeGreaterThanOrEqual(1300);
    expect(pixelsOf(image.png, CHART_COLOURS.record)).toBeGreaterThan(1000);
    expect(pixelsOf(image.png, CHART_COLOURS['previous-record'])).toBeGreaterThan(1000);
  });

  it('marks a previous record older than the window with its dashed level and label', () => {
    const spec = JSON.stringify(
      chartSpec(
        alertFacts(view({ month: '2023-12', value: 303e6, previous: { month: '2022-03', value: 260e6 } }), HISTORY, 7)
          .chart,
      ),
    );
    expect(spec).toContain('"strokeDash":[5,4]');
    expect(spec).toContain('previous record: $260M (Mar 2022)');
  });

  it('scales a series in billions with B labels', () => {
    const spec = JSON.stringify(
      chartSpec(
        alertFacts(
          view({
            series: 'pk-textile-exports',
            seriesName: 'Pakistan textile exports',
            value: 1.72e9,
            previous: { month: '2024-03', value: 1.6e9 },
          }),
          new Map(),
          7,
        ).chart,
      ),
    );
    expect(spec).toContain('$1.72B in Apr 2024');
    expect(spec).toContain('USD billions');
  });

  it('writes its text with the shipped font on a renderer that may load no system font', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#fff"/><text x="10" y="40" font-family="Inter" font-size="30" fill="#000">$310M</text></svg>';
    const inked = (fontFiles: string[]): number => {
      const pixels = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false } }).render().pixels;
      let n = 0;
      for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 128) n++;
      return n;
    };
    expect(inked([])).toBe(0); // without a font file there is nothing to draw text with
    expect(inked(CHART_FONT_FILES)).toBeGreaterThan(200);
  });

  it('describes itself in words for screen readers', () => {
    expect(chartDescription(alertFacts(view(), HISTORY, 7).chart)).toBe(
      'Bar chart of Pakistan IT exports, monthly, the last 24 months; the record $310M in Apr 2024 is highlighted, above the previous record of $306M in Mar 2024.',
    );
  });
});
