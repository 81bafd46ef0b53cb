/** A column of a text table; `flex` columns shrink (with an ellipsis) to fit the width. */
export interface Column {
  header: string;
  align?: 'left' | 'right';
  flex?: boolean;
}

const clip = (text: string, width: number): string =>
  text.length <= width ? text : width <= 1 ? text.slice(0, width) : `${text.slice(0, width - 1)}…`;

/** Renders rows under headers, two spaces apart, no wider than `width` (80: a terminal people read in). */
export function renderTable(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>, width = 80): string {
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => (r[i] ?? '').length)));
  const total = (): number => widths.reduce((a, b) => a + b, 0) + 2 * (columns.length - 1);
  // Shrink flex columns, widest first, until the table fits; each keeps at least its header.
  for (let excess = total() - width; excess > 0; excess = total() - width) {
    const candidates = columns
      .map((c, i) => ({ i, room: c.flex ? widths[i]! - Math.max(c.header.length, 8) : 0 }))
      .filter((c) => c.room > 0);
    if (candidates.length === 0) break;
    const widest = candidates.reduce((a, b) => (widths[b.i]! > widths[a.i]! ? b : a));
    widths[widest.i] = widths[widest.i]! - Math.min(excess, widest.room);
  }
  const line = (cells: readonly string[]): string =>
    columns
      .map((c, i) => {
        const cell = clip(cells[i] ?? '', widths[i]!);
        return c.align === 'right' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!);
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...rows.map(line)].join('\n');
}

/** 303000000 → "$303m", 303400000 → "$303.4m", 2593000000 → "$2.59bn": compact enough for a table cell. */
export function compactMoney(value: number, currency: string): string {
  const symbol = currency === 'USD' ? '$' : `${currency} `;
  if (Math.abs(value) >= 1e9) return `${symbol}${Number((value / 1e9).toFixed(2))}bn`;
  if (Math.abs(value) >= 1e6) return `${symbol}${Number((value / 1e6).toFixed(1))}m`;
  return `${symbol}${value.toLocaleString('en-US')}`;
}
