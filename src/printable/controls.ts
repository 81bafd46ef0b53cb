// Text from outside (pages, feeds, Discord's answers) made safe for a terminal. Imports nothing of ours.

// C0 controls but tab and line feed, DEL and C1: ESC starts the sequences that retitle, recolour or rewrite a
// terminal, BEL ends some of them, CSI (U+009B) is ESC [ in one character, and CR lets a line overwrite itself.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// The layout characters, replaced by spaces on a single line.
const LAYOUT = /[\t\n]/g;

/**
 * `text` without control characters, for printing: C0 (but tab and line feed, with `lines: true`), DEL and C1 are
 * dropped; without `lines`, tabs and line breaks become spaces so a scraped title stays on its line.
 */
export function terminalText(text: string, opts: { lines?: boolean } = {}): string {
  const bare = text.replace(/\r\n/g, '\n').replace(CONTROLS, '');
  return opts.lines ? bare : bare.replace(LAYOUT, ' ');
}
