/**
 * The README as a test: the commands of "Try it offline" are read from README.md, run, and must
 * print what the README shows; the configuration table and .env.example must list the variables
 * the program reads.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_KEYS } from '../../src/config.js';
import { exportwatch } from '../support/cli.js';
import { ROOT } from '../support/paths.js';

const README = readFileSync(resolve(ROOT, 'README.md'), 'utf8');

/** The text of the section under a heading, up to the next heading of the same or a higher level. */
function section(heading: string): string {
  const lines = README.split('\n');
  const start = lines.findIndex((l) => l.replace(/^#+ /, '') === heading && l.startsWith('#'));
  if (start < 0) throw new Error(`README has no heading "${heading}"`);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && /^#+/.exec(l)![0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Fenced blocks of one language in a piece of Markdown. */
function blocks(markdown: string, lang: string): string[] {
  return [...markdown.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1]!);
}

/** `$ command` lines of console blocks, each with the output lines shown after it. */
function consoleCommands(markdown: string): { command: string; shown: string }[] {
  return blocks(markdown, 'console').flatMap((block) =>
    block.split(/^\$ /m).filter(Boolean).map((chunk) => {
      const [command = '', ...output] = chunk.split('\n');
      return { command, shown: output.join('\n').trimEnd() };
    }),
  );
}

/** `npx exportwatch ARGS` as a person types it → the arguments for the built CLI. */
function cliArgs(command: string): string[] {
  const match = /^npx exportwatch ([\w ./-]+)$/.exec(command);
  if (!match) throw new Error(`the quick start shows a command this test cannot run offline: ${command}`);
  return match[1]!.split(' ').filter(Boolean);
}

// The demo serves its fixtures on a free port, so addresses differ from run to run.
const samePort = (text: string): string => text.replaceAll(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT');

const offline = consoleCommands(section('Try it offline'));

describe('README "Try it offline"', () => {
  it('shows the demo and an extract of a fixture article', () => {
    expect(offline.map((c) => cliArgs(c.command)[0])).toEqual(['demo', 'extract']);
  });

  it('prints what the README shows for `demo`', () => {
    const demo = offline.find((c) => cliArgs(c.command)[0] === 'demo')!;
    const { status, stdout } = exportwatch(cliArgs(demo.command));
    expect(status).toBe(0);
    expect(samePort(stdout.trimEnd())).toBe(samePort(demo.shown));
  });

  it('prints for `extract` the JSON object shown under "The `extract` contract"', () => {
    const extract = offline.find((c) => cliArgs(c.command)[0] === 'extract')!;
    const [contract] = blocks(section('The `extract` contract'), 'json');
    const { status, stdout } = exportwatch(cliArgs(extract.command));
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(contract!));
  });
});

describe('README configuration', () => {
  const documented = [...section('Configuration').matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
  const example = [...readFileSync(resolve(ROOT, '.env.example'), 'utf8').matchAll(/^#?([A-Z_]+)=/gm)].map((m) => m[1]);

  it('lists every environment variable the program reads, and no other', () => {
    expect([...documented].sort()).toEqual([...ENV_KEYS].sort());
  });

  it('has every variable in .env.example', () => {
    expect([...example].sort()).toEqual([...ENV_KEYS].sort());
  });
});
