// Reads the shared corpus's case files: `URL: …`, a blank line, an optional ` date YYYY-MM-DD` prefix, the body.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One case of the shared corpus as written: where the page was, its own date, and its lines in order. */
export interface CaseText {
  id: string;
  file: string;
  url: string;
  /** The page's own date (the ` date` line), or null when the case has none. */
  date: string | null;
  /** Non-blank lines of the body in order; the date prefix is cut off its line, the rest of that line kept. */
  lines: string[];
}

/** A folder of the shared corpus: `cases/*.txt` and `labels.jsonl`. */
export interface SharedFolder {
  name: string;
  dir: string;
}

const DATE_PREFIX = /^ date (\d{4}-\d{2}-\d{2})(?: (.*))?$/;

/** Parses one case file; a file that does not start with `URL: ` is an error naming the file. */
export function parseCase(file: string, text: string): CaseText {
  const [first = '', ...rest] = text.replace(/\r\n?/g, '\n').split('\n');
  if (!first.startsWith('URL: '))
    throw new Error(`${file}: line 1 should be "URL: <address>", got "${first.slice(0, 60)}"`);
  let date: string | null = null;
  const lines: string[] = [];
  for (const line of rest) {
    const dated: RegExpExecArray | null = date === null && lines.length === 0 ? DATE_PREFIX.exec(line) : null;
    if (dated) {
      date = dated[1]!;
      if (dated[2]?.trim()) lines.push(dated[2].trim());
      continue;
    }
    if (line.trim() !== '') lines.push(line.trim());
  }
  const id = file.replace(/^.*\//, '').replace(/\.txt$/, '');
  return { id, file, url: first.slice(5).trim(), date, lines };
}

/** Every case of a folder, in file-name order. */
export function readCases(folder: SharedFolder): CaseText[] {
  const dir = join(folder.dir, 'cases');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseCase(join(dir, f), readFileSync(join(dir, f), 'utf8')));
}

/** The shared corpus's folders the eval scores, in report order. */
export const SHARED_FOLDERS = ['pk-it', 'other'] as const;

/** Finds `../shared/corpus` beside the repository (or the given folder); null with the paths looked at. */
export function findSharedCorpus(root: string, override: string | undefined): { dir: string } | { missing: string } {
  const dir = resolve(override ?? join(root, '..', 'shared', 'corpus'));
  const complete = SHARED_FOLDERS.every(
    (f) => existsSync(join(dir, f, 'labels.jsonl')) && existsSync(join(dir, f, 'cases')),
  );
  return complete ? { dir } : { missing: dir };
}
