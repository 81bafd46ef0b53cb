import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CHART_FONT_FILES, renderChart } from '../../src/notify/chart/render.js';
import { CHART_COLOURS, chartDescription, chartSpec } from '../../src/notify/chart/spec.js';
import { alertFacts } from '../../src/notify/facts.js';
import { viewFromHistory } from '../../src/notify/sample.js';
import { aprilAlert, pngSize } from './helpers.js';

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
    const { chart } = alertFacts(aprilAlert(), HISTORY, 7);
    expect(chart.bars).toHaveLength(24);
    expect(chart.bars[0]).toEqual({ month: '2022-05', value: 236e6, role: 'other' });
    expect(chart.bars.at(-2)).toEqual({ month: '2024-03', value: 306e6, role: 'previous-record' });
    expect(chart.bars.at(-1)).toEqual({ month: '2024-04', value: 310e6, role: 'record' });
    expect(chart.bars.filter((b) => b.value === null)).toHaveLength(24 - 7);
  });

  it('draws the record bar in the alert green and the previous record in slate, as a PNG sharp at twice the size', async () => {
    const { chart } = alertFacts(aprilAlert(), HISTORY, 7);
    const image = await renderChart(chart);
    expect(pngSize(image.png)).toEqual({ width: image.width, height: image.height });
    expect(image.width).toBeGreaterThanOrEqual(1300);
    expect(pixelsOf(image.png, CHART_COLOURS.record)).toBeGreaterThan(1000);
    expect(pixelsOf(image.png, CHART_COLOURS['previous-record'])).toBeGreaterThan(1000);
  });

  it('marks a previous record older than the window with its dashed level and label', () => {
    const spec = JSON.stringify(
      chartSpec(
        alertFacts(
          aprilAlert({ month: '2023-12', value: 303e6, previous: { month: '2022-03', value: 260e6 } }),
          HISTORY,
          7,
        ).chart,
      ),
    );
    expect(spec).toContain('"strokeDash":[5,4]');
    expect(spec).toContain('previous record: $260M (Mar 2022)');
  });

  it('scales a series in billions with B labels', () => {
    const spec = JSON.stringify(
      chartSpec(
        alertFacts(
          aprilAlert({
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
    expect(chartDescription(alertFacts(aprilAlert(), HISTORY, 7).chart)).toBe(
      'Bar chart of Pakistan IT exports, monthly, the last 24 months; the record $310M in Apr 2024 is highlighted, above the previous record of $306M in Mar 2024.',
    );
  });

  it('draws a month that is not a record as that month: its own title and colour, no record label', async () => {
    // June 2024 as `chart --month 2024-06` shows it: below the record March 2024 set.
    const history = new Map([...HISTORY, ['2024-06', 290e6]]);
    const june = viewFromHistory(
      { id: 'pk-it-exports', name: 'Pakistan IT exports', currency: 'USD', fiscalYearStartMonth: 7 },
      history,
      {
        month: '2024-06',
      },
    )!;
    const { chart } = alertFacts(june, history, 7);
    expect(chart.isRecord).toBe(false);
    expect(chart.bars.at(-1)).toEqual({ month: '2024-06', value: 290e6, role: 'month' });

    const { values } = chartSpec(chart).data as { values: Array<{ label: string }> };
    expect(values.filter((v) => v.label !== '')).toEqual([]);
    const spec = JSON.stringify(chartSpec(chart));
    expect(spec).toContain('"text":"Pakistan IT exports: June 2024"');
    expect(spec).not.toContain('new monthly record');
    expect(spec).toContain('record before it: $306M (Mar 2024)');
    expect(spec).toContain('not a record: $306M in Mar 2024 stood higher');
    expect(chartDescription(chart)).toBe(
      'Bar chart of Pakistan IT exports, monthly, the last 24 months; $290M in Jun 2024 is highlighted; it is not a record: the record before it was $306M in Mar 2024.',
    );

    const image = await renderChart(chart);
    expect(pixelsOf(image.png, CHART_COLOURS.month)).toBeGreaterThan(1000);
    expect(pixelsOf(image.png, CHART_COLOURS.record)).toBe(0);
  });
});
