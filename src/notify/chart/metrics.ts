import { readFileSync } from 'node:fs';

/** Advance widths of a font's characters, in em. */
export interface FontMetrics {
  /** Width of `text` at `fontSize` pixels, without kerning. */
  width(text: string, fontSize: number): number;
}

// Characters the font does not map (none in chart text, in practice) count as a typical glyph.
const FALLBACK_EM = 0.6;

/**
 * Reads the advance width of every BMP character from an OpenType/TrueType file ('head', 'hhea',
 * 'hmtx' and a format 4 'cmap'). Without a canvas vega guesses 0.8 em per character, which makes
 * titles look twice as wide as they are and stretches the chart; real widths keep the layout tight.
 */
export function readFontMetrics(path: string): FontMetrics {
  const font = readFileSync(path);
  const tables = tableOffsets(font, path);
  const unitsPerEm = font.readUInt16BE(tables.head + 18);
  const metricCount = font.readUInt16BE(tables.hhea + 34);
  const advance = (glyph: number): number => font.readUInt16BE(tables.hmtx + 4 * Math.min(glyph, metricCount - 1));
  const glyphOf = cmapFormat4(font, tables.cmap, path);
  const cache = new Map<number, number>();
  const em = (codePoint: number): number => {
    let width = cache.get(codePoint);
    if (width === undefined) {
      const glyph = codePoint <= 0xffff ? glyphOf(codePoint) : 0;
      width = glyph === 0 ? FALLBACK_EM : advance(glyph) / unitsPerEm;
      cache.set(codePoint, width);
    }
    return width;
  };
  return {
    width(text, fontSize) {
      let total = 0;
      for (const ch of text) total += em(ch.codePointAt(0) ?? 0);
      return total * fontSize;
    },
  };
}

function tableOffsets(font: Buffer, path: string): Record<'head' | 'hhea' | 'hmtx' | 'cmap', number> {
  const count = font.readUInt16BE(4);
  const found: Record<string, number> = {};
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    found[font.toString('latin1', record, record + 4)] = font.readUInt32BE(record + 8);
  }
  for (const tag of ['head', 'hhea', 'hmtx', 'cmap']) {
    if (found[tag] === undefined) throw new Error(`font ${path} has no '${tag}' table`);
  }
  return found as Record<'head' | 'hhea' | 'hmtx' | 'cmap', number>;
}

/** The Unicode BMP mapping (platform 3 encoding 1 or platform 0), format 4: segments of character codes. */
function cmapFormat4(font: Buffer, cmap: number, path: string): (codePoint: number) => number {
  const subtables = font.readUInt16BE(cmap + 2);
  let table = -1;
  for (let i = 0; i < subtables && table < 0; i++) {
    const platform = font.readUInt16BE(cmap + 4 + 8 * i);
    const encoding = font.readUInt16BE(cmap + 6 + 8 * i);
    const offset = cmap + font.readUInt32BE(cmap + 8 + 8 * i);
    if ((platform === 3 && encoding === 1) || platform === 0) {
      if (font.readUInt16BE(offset) === 4) table = offset;
    }
  }
  if (table < 0) throw new Error(`font ${path} has no Unicode format 4 cmap`);
  const segments = font.readUInt16BE(table + 6) / 2;
  const ends = table + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    for (let s = 0; s < segments; s++) {
      if (codePoint > font.readUInt16BE(ends + 2 * s)) continue;
      const start = font.readUInt16BE(starts + 2 * s);
      if (codePoint < start) return 0;
      const delta = font.readUInt16BE(deltas + 2 * s);
      const rangeOffsetAt = rangeOffsets + 2 * s;
      const rangeOffset = font.readUInt16BE(rangeOffsetAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsetAt + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
