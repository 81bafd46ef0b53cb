/**
 * The README and docs/ hold together: every relative link reaches a file and heading that exist,
 * every repository path they name in backticks exists (so a moved file shows here), every page in
 * docs/ is reachable from the README, and every variable they name is one something actually reads.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_KEYS } from '../../src/config.js';
import { ROOT } from '../support/paths.js';
import { allDocs, anchors, blocks, codeSpans, fromRoot, headings, links, readDoc } from './markdown.js';

const DOCS = allDocs();

describe('links in the README and docs/', () => {
  const relativeLinks = DOCS.flatMap((doc) =>
    links(doc.text)
      .filter((target) => !/^[a-z][a-z+.-]*:/i.test(target))
      .map((target) => ({ doc, target })),
  );

  it('finds the links between the pages', () => {
    expect(relativeLinks.length).toBeGreaterThan(30);
  });

  it('every relative link points to a file that exists and, with #anchor, to a heading in it', () => {
    const broken = relativeLinks.flatMap(({ doc, target }) => {
      const [path = '', anchor] = target.split('#');
      const file = path === '' ? resolve(ROOT, doc.path) : resolve(ROOT, dirname(doc.path), path);
      if (!existsSync(file)) return [`${doc.path}: ${target} (no file ${fromRoot(file)})`];
      if (anchor === undefined) return [];
      if (!file.endsWith('.md')) return [`${doc.path}: ${target} (an anchor into a file that is not Markdown)`];
      return anchors(readFileSync(file, 'utf8')).has(anchor)
        ? []
        : [`${doc.path}: ${target} (no heading #${anchor} in ${fromRoot(file)})`];
    });
    expect(broken).toEqual([]);
  });

  it('every page in docs/ is linked from the README', () => {
    const readme = readDoc('README.md');
    const linked = new Set(links(readme.text).map((t) => resolve(ROOT, t.split('#')[0]!)));
    const pages = readdirSync(resolve(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => resolve(ROOT, 'docs', f));
    expect(pages.filter((p) => !linked.has(p)).map(fromRoot)).toEqual([]);
  });
});

describe("the program's pointers into the README", () => {
  it('every README section a message of the program names (`README, "Discord setup"`) exists', () => {
    const headingsOfReadme = new Set(headings(readDoc('README.md').text).map((h) => h.text));
    const cited = filesUnder(resolve(ROOT, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/README(?:\.md)?, "([^"]+)"/g)].map((m) => ({
        file: fromRoot(file),
        heading: m[1]!,
      })),
    );
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((c) => !headingsOfReadme.has(c.heading))).toEqual([]);
  });
});

describe('names in the README and docs/', () => {
  // Top-level folders and files of the repository that the docs refer to by path.
  const REPO_PATH =
    /^(?:(?:src|tests|bench|scripts|deploy|fixtures|config|data|assets|docs|bin|\.ci)\/[\w./@-]*|\.env\.example|package\.json)$/;

  it('every repository path named in backticks exists', () => {
    const named = DOCS.flatMap((doc) =>
      codeSpans(doc.text)
        .filter((code) => REPO_PATH.test(code))
        .map((path) => ({ doc, path })),
    );
    expect(named.length).toBeGreaterThan(20);
    const missing = named
      .filter(({ path }) => !existsSync(resolve(ROOT, path)))
      .map(({ doc, path }) => `${doc.path}: ${path}`);
    expect(missing).toEqual([]);
  });

  // Variables named by the docs that the program does not read: Node's own, and the tests' and
  // benchmarks' (each must still be read by a file in tests/, bench/ or scripts/).
  const NODE_VARIABLES = ['NODE_OPTIONS'];

  it('every environment variable named is read by the program, Node, or the tests and benchmarks', () => {
    const named = new Set(
      DOCS.flatMap((doc) => [
        ...codeSpans(doc.text).flatMap((code) => /^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)=?/.exec(code)?.[1] ?? []),
        ...blocks(doc.text, 'sh').flatMap((block) =>
          [...block.matchAll(/^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)=/gm)].map((m) => m[1]!),
        ),
      ]),
    );
    // A constant of the code (`MEASURE_IDS`) named in prose is not a variable.
    const code = filesUnder(resolve(ROOT, 'src')).map((f) => readFileSync(f, 'utf8'));
    const constants = (name: string): boolean => code.some((text) => new RegExp(`\\bconst ${name}\\b`).test(text));
    const outside = [...named].filter(
      (name) => !ENV_KEYS.includes(name) && !NODE_VARIABLES.includes(name) && !constants(name),
    );
    const sources = ['tests', 'bench', 'scripts']
      .flatMap((dir) => filesUnder(resolve(ROOT, dir)))
      .map((f) => readFileSync(f, 'utf8'));
    const unread = outside.filter(
      (name) => !sources.some((text) => new RegExp(`\\benv(?:\\.${name}\\b|\\[['"]${name}['"]\\])`).test(text)),
    );
    expect(unread).toEqual([]);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}
