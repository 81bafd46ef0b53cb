/**
 * Reading the README and docs/*.md for the docs tests: sections, fenced blocks, tables, links and
 * heading anchors, all aware of fenced code (a `# comment` in a shell block is not a heading).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ROOT } from '../support/paths.js';

/** One Markdown file of the documentation. */
export interface Doc {
  /** Path from the repository root, e.g. `docs/delivery.md`. */
  path: string;
  text: string;
}

/** README.md, then every page in docs/, sorted. */
export function allDocs(): Doc[] {
  const pages = readdirSync(resolve(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort();
  return [readDoc('README.md'), ...pages.map((f) => readDoc(`docs/${f}`))];
}

export function readDoc(path: string): Doc {
  return { path, text: readFileSync(resolve(ROOT, path), 'utf8') };
}

/** The lines of a document, each marked as inside a fenced code block or not. */
function linesWithFences(markdown: string): { line: string; fenced: boolean }[] {
  let fenced = false;
  return markdown.split('\n').map((line) => {
    if (/^```/.test(line)) {
      fenced = !fenced;
      return { line, fenced: true };
    }
    return { line, fenced };
  });
}

/** The document without its fenced code blocks: the prose that links and names live in. */
export function prose(markdown: string): string {
  return linesWithFences(markdown)
    .filter((l) => !l.fenced)
    .map((l) => l.line)
    .join('\n');
}

/** Headings outside fenced code: level and text. */
export function headings(markdown: string): { level: number; text: string; index: number }[] {
  return linesWithFences(markdown).flatMap((l, index) => {
    const match = l.fenced ? null : /^(#{1,6}) (.+)$/.exec(l.line);
    return match ? [{ level: match[1]!.length, text: match[2]!.trim(), index }] : [];
  });
}

/** The text under a heading, up to the next heading of the same or a higher level. */
export function section(doc: Doc, heading: string): string {
  const all = headings(doc.text);
  const start = all.find((h) => h.text === heading);
  if (!start) throw new Error(`${doc.path} has no heading "${heading}"`);
  const end = all.find((h) => h.index > start.index && h.level <= start.level);
  return doc.text
    .split('\n')
    .slice(start.index + 1, end?.index)
    .join('\n');
}

/** Fenced blocks of one language in a piece of Markdown. */
export function blocks(markdown: string, lang: string): string[] {
  return [...markdown.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1]!);
}

/** `$ command` lines of console blocks, each with the output lines shown after it. */
export function consoleCommands(markdown: string): { command: string; shown: string }[] {
  return blocks(markdown, 'console').flatMap((block) =>
    block
      .split(/^\$ /m)
      .filter(Boolean)
      .map((chunk) => {
        const [command = '', ...output] = chunk.split('\n');
        return { command, shown: output.join('\n').trimEnd() };
      }),
  );
}

/** The rows of the table whose header's first cell is `firstHeader`, as cells with the backticks kept. */
export function tableRows(markdown: string, firstHeader: string): string[][] {
  const lines = markdown.split('\n');
  const header = lines.findIndex((l) => l.startsWith(`| ${firstHeader} |`));
  if (header < 0) throw new Error(`no table with a "${firstHeader}" column`);
  const rows: string[][] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    // Split on cell borders, not on escaped pipes (`FILE\|URL`).
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

/** `` `x` `` → x; anything else as it is. */
export function unquote(cell: string): string {
  const match = /^`([^`]*)`$/.exec(cell);
  return match ? match[1]! : cell;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const { text } of headings(markdown)) {
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replaceAll(' ', '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** Markdown links `[text](target)` in the prose of a document. */
export function links(markdown: string): string[] {
  const text = prose(markdown).replaceAll(/`[^`\n]*`/g, 'code');
  return [...text.matchAll(/\[[^[\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

/** Texts in backticks in the prose of a document. */
export function codeSpans(markdown: string): string[] {
  return [...prose(markdown).matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
}

/** A path from the repository root, for messages. */
export function fromRoot(path: string): string {
  return relative(ROOT, path) || '.';
}
