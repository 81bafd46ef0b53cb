import type { ChartData } from '../types.js';
import { monthAbbrev } from '../../calendar/months.js';

/** The font family the chart asks for; the renderer loads it from assets/fonts. */
export const CHART_FONT = 'Inter';

/** Colours: neutral history, the record in the alert's green (indigo on a test message), the previous record in slate. */
export const CHART_COLOURS = {
  other: '#a9bdd1',
  'previous-record': '#475569',
  record: '#15803d',
  text: '#1e293b',
  muted: '#64748b',
  test: '#6366f1',
} as const;

/** How values are scaled for the axis: millions for IT exports, billions for textiles. */
interface Unit {
  divisor: number;
  suffix: string;
  word: string;
}

function unitFor(max: number): Unit {
  if (max >= 1e9) return { divisor: 1e9, suffix: 'B', word: 'billion' };
  if (max >= 1e6) return { divisor: 1e6, suffix: 'M', word: 'million' };
  return { divisor: 1e3, suffix: 'K', word: 'thousand' };
}

function short(value: number, unit: Unit, symbol: string): string {
  const scaled = value / unit.divisor;
  const digits = scaled >= 100 ? scaled.toFixed(0) : String(Number(scaled.toFixed(scaled >= 10 ? 1 : 2)));
  return `${symbol}${digits}${unit.suffix}`;
}

/**
 * A vega-lite spec: the months as bars (gaps where the history has no value, never zeros), the record
 * bar highlighted and labelled, the previous record's bar marked and its level drawn as a dashed rule
 * (also when that month lies before the chart's window).
 */
export function chartSpec(data: ChartData): Record<string, unknown> {
  const symbol = data.currency === 'USD' ? '$' : `${data.currency} `;
  const known = data.bars.filter((b) => b.value !== null).map((b) => b.value as number);
  const unit = unitFor(Math.max(data.record.value, data.previous?.value ?? 0, ...known));
  const recordColour = data.test ? CHART_COLOURS.test : CHART_COLOURS.record;
  const values = data.bars
    .filter((b) => b.value !== null)
    .map((b) => ({
      month: b.month,
      value: (b.value as number) / unit.divisor,
      role: b.role,
      // Only the record is labelled on its bar; the previous record's value is on its dashed rule.
      label: b.role === 'record' ? short(b.value as number, unit, symbol) : '',
      colour: b.role === 'record' ? recordColour : CHART_COLOURS[b.role],
    }));
  // Colours come with the data (scale: null), so bars and their labels cannot disagree.
  const colour = { field: 'colour', type: 'nominal', scale: null, legend: null };
  // Every month has its band, so a month missing from the history shows as a gap; every third month
  // is labelled, counting back from the record so that its month always carries a label.
  const months = data.bars.map((b) => b.month);
  const labels = Object.fromEntries(
    months.filter((_, i) => (months.length - 1 - i) % 3 === 0).map((m) => [m, monthAbbrev(m, true)]),
  );
  const x = {
    field: 'month',
    type: 'ordinal',
    title: null,
    scale: { domain: months, paddingInner: 0.22, paddingOuter: 0.1 },
    axis: {
      labelExpr: `${JSON.stringify(labels)}[datum.value] || ''`,
      labelAngle: 0,
      grid: false,
      ticks: false,
      labelPadding: 6,
    },
  };
  // In an axis labelExpr, datum.label is vega's own formatting of the tick value ("300", "1.5").
  const y = {
    field: 'value',
    type: 'quantitative',
    title: null,
    axis: {
      labelExpr: `datum.value === 0 ? '${symbol}0' : '${symbol}' + datum.label + '${unit.suffix}'`,
      tickCount: 5,
      domain: false,
      ticks: false,
    },
  };
  const layers: Record<string, unknown>[] = [
    {
      mark: { type: 'bar', cornerRadiusTopLeft: 2, cornerRadiusTopRight: 2 },
      encoding: { x, y, color: colour },
    },
    {
      transform: [{ filter: "datum.role === 'record'" }],
      mark: { type: 'text', dy: -6, fontSize: 14, fontWeight: 600, baseline: 'bottom' },
      encoding: { x, y, text: { field: 'label' }, color: colour },
    },
  ];
  if (data.previous) {
    const level = data.previous.value / unit.divisor;
    layers.push(
      {
        mark: { type: 'rule', strokeDash: [5, 4], strokeWidth: 1.5, color: CHART_COLOURS['previous-record'] },
        encoding: { y: { datum: level, type: 'quantitative' } },
      },
      {
        mark: {
          type: 'text',
          align: 'left',
          baseline: 'bottom',
          dx: 4,
          dy: -4,
          fontSize: 12,
          color: CHART_COLOURS['previous-record'],
        },
        encoding: {
          x: { value: 0 },
          y: { datum: level, type: 'quantitative' },
          text: {
            value: `previous record: ${short(data.previous.value, unit, symbol)} (${monthAbbrev(data.previous.month)})`,
          },
        },
      },
    );
  }
  // The picture has room for a name of about 60 characters; the embed carries the full one.
  const name = data.seriesName.length > 60 ? `${data.seriesName.slice(0, 59)}…` : data.seriesName;
  const subject = `${data.test ? 'TEST · ' : ''}${name}`;
  const gaps = data.bars.some((b) => b.value === null) ? ' · gaps: no figure held' : '';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 640,
    height: 300,
    padding: { left: 16, right: 24, top: 16, bottom: 12 },
    background: '#ffffff',
    title: {
      text: `${subject}: new monthly record`,
      subtitle: `${short(data.record.value, unit, symbol)} in ${monthAbbrev(data.record.month)} · monthly, ${data.currency} ${unit.word}s, last ${data.bars.length} months${gaps}`,
      anchor: 'start',
      fontSize: 20,
      fontWeight: 600,
      color: CHART_COLOURS.text,
      subtitleFontSize: 14,
      subtitleColor: CHART_COLOURS.muted,
      subtitlePadding: 6,
      offset: 14,
    },
    data: { values },
    layer: layers,
    config: {
      font: CHART_FONT,
      view: { stroke: null },
      axis: {
        labelFontSize: 12,
        labelColor: CHART_COLOURS.muted,
        domainColor: '#cbd5e1',
        tickColor: '#cbd5e1',
        gridColor: '#e2e8f0',
      },
    },
  };
}

/** Words for the chart, for screen readers (the attachment's description) and logs. */
export function chartDescription(data: ChartData): string {
  const symbol = data.currency === 'USD' ? '$' : `${data.currency} `;
  const unit = unitFor(data.record.value);
  const previous = data.previous
    ? `, above the previous record of ${short(data.previous.value, unit, symbol)} in ${monthAbbrev(data.previous.month)}`
    : '';
  return `Bar chart of ${data.seriesName}, monthly, the last ${data.bars.length} months; the record ${short(data.record.value, unit, symbol)} in ${monthAbbrev(data.record.month)} is highlighted${previous}.`;
}
