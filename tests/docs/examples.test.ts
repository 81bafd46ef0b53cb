/**
 * Every `console` block in README.md and docs/*.md is a test: each `$ npx exportwatch …` command is
 * run offline against the built CLI and must print the output shown under it. A console block may
 * only show commands this test can run offline (fixture files, the demo); anything else goes in an
 * `sh` block.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportwatch } from '../support/cli.js';
import { ROOT } from '../support/paths.js';
import { allDocs, consoleCommands } from './markdown.js';

/** Commands that need no network, no Discord and no database of the user's. */
const OFFLINE = new Set(['demo', 'extract']);

/** `npx exportwatch ARGS` as a person types it → the arguments for the built CLI, or why it cannot run here. */
function offlineArgs(command: string): string[] | string {
  const match = /^npx exportwatch ([\w ./-]+)$/.exec(command);
  if (!match) return `not a plain \`npx exportwatch …\` command: ${command}`;
  const args = match[1]!.split(' ').filter(Boolean);
  if (!OFFLINE.has(args[0]!))
    return `\`${args[0]}\` is not a command this test runs offline (${[...OFFLINE].join(', ')})`;
  // extract's input must be a file of this repository, never a URL.
  if (args[0] === 'extract' && !existsSync(resolve(ROOT, args.at(-1)!)))
    return `extract reads ${args.at(-1)}, which is not a file here`;
  return args;
}

// The demo serves its fixtures on a free port, so addresses differ from run to run.
const samePort = (text: string): string => text.replaceAll(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT');

const examples = allDocs().flatMap((doc) => consoleCommands(doc.text).map((c) => ({ doc: doc.path, ...c })));

describe('console examples in the README and docs/', () => {
  it('finds the examples, and every one is a command this test can run offline', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    const refused = examples.flatMap((e) => {
      const args = offlineArgs(e.command);
      return typeof args === 'string' ? [`${e.doc}: ${args}`] : [];
    });
    expect(refused).toEqual([]);
  });

  it("shows the output of every command, except the README's extract, which prints the contract (readme.test.ts)", () => {
    const silent = examples.filter((e) => e.shown === '').map((e) => `${e.doc}: ${e.command}`);
    expect(silent).toEqual([
      'README.md: npx exportwatch extract fixtures/site/2024/01/18/pakistan-records-highest-ever-monthly-it-exports/index.html',
    ]);
  });

  const shown = examples.filter((e) => e.shown !== '');
  it.each(shown.map((e) => [e.doc, e.command, e.shown] as const))(
    '%s: `%s` prints what is shown',
    (_doc, command, output) => {
      const args = offlineArgs(command);
      if (typeof args === 'string') throw new Error(args);
      const { status, stdout, stderr } = exportwatch(args);
      expect(status, stderr).toBe(0);
      expect(samePort(stdout.trimEnd())).toBe(samePort(output));
    },
  );
});
