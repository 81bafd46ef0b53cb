import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

// Labels that browsers read as windows-1252 (WHATWG Encoding): a page saying latin-1 means cp1252.
const WINDOWS_1252_ALIASES = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'latin-1',
  'l1',
  'us-ascii',
  'ascii',
  'cp1252',
  'windows-1252',
  'x-cp1252',
]);

const BOMS: ReadonlyArray<{ bytes: number[]; charset: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
];

/** The charset parameter of a Content-Type header, lower-cased. */
export function charsetOfContentType(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase() ?? null;
}

/** The charset a document declares in its first bytes: `<meta charset>`, `<meta http-equiv>` or `<?xml encoding?>`. */
export function charsetDeclaredIn(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const m =
    /<meta\s[^>]*?charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ??
    /<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

function normalise(label: string | null): string | null {
  if (!label) return null;
  if (WINDOWS_1252_ALIASES.has(label)) return 'windows-1252';
  if (label === 'utf8') return 'utf-8';
  return iconv.encodingExists(label) ? label : null;
}

/**
 * Decodes a body: byte-order mark first, then valid UTF-8, then the declared charset (header, then
 * the document), then windows-1252. Valid UTF-8 wins over a declaration because servers often send
 * Apache's default `charset=ISO-8859-1` with UTF-8 pages; UTF-8 with any non-ASCII byte is almost
 * never valid by accident.
 */
export function decodeBody(bytes: Buffer, contentType: string | null): { text: string; charset: string } {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) {
      return { text: iconv.decode(bytes.subarray(bom.bytes.length), bom.charset), charset: bom.charset };
    }
  }
  const header = normalise(charsetOfContentType(contentType));
  const inDocument = normalise(charsetDeclaredIn(bytes));
  if (header?.startsWith('utf-16')) return { text: iconv.decode(bytes, header), charset: header };
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), charset: 'utf-8' };
  // Not UTF-8 whatever it says: take the first declaration that is not UTF-8 (a header may lie, the page's meta too).
  const charset =
    [header, inDocument].find((c) => c !== null && c !== 'utf-8' && !c.startsWith('utf-16')) ?? 'windows-1252';
  return { text: iconv.decode(bytes, charset), charset };
}
