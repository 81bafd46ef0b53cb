/**
 * The README as a test: its offline demo shows the commands it should, `extract` prints the contract
 * that docs/how-it-works.md shows, the commands and exit-code tables match the program, the source
 * and series it shows are accepted by the config schema, and it stays short enough to finish.
 * (The demo's own output is compared by examples.test.ts, with every other console block.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { readConfigFile } from '../../src/config.js';
import { exportwatch } from '../support/cli.js';
import { blocks, consoleCommands, readDoc, section, tableRows, unquote } from './markdown.js';

const README = readDoc('README.md');
const HOW_IT_WORKS = readDoc('docs/how-it-works.md');

describe('README "Try it offline"', () => {
  const offline = consoleCommands(section(README, 'Try it offline'));

  it('shows the demo and an extract of a fixture article', () => {
    expect(offline.map((c) => c.command.split(' ')[2])).toEqual(['demo', 'extract']);
  });

  it('prints for `extract` the JSON object shown under "The `extract` contract" in docs/how-it-works.md', () => {
    const extract = offline.find((c) => c.command.startsWith('npx exportwatch extract '))!;
    const [contract] = blocks(section(HOW_IT_WORKS, 'The `extract` contract'), 'json');
    const { status, stdout } = exportwatch(extract.command.split(' ').slice(2));
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(contract!));
  });
});

describe('README commands', () => {
  /** Every command and subcommand the CLI builds, as typed: `history import`. */
  function commandsOf(command: Command, path: string[] = []): string[] {
    return command.commands
      .filter((c) => c.name() !== 'help')
      .flatMap((c) => [[...path, c.name()].join(' '), ...commandsOf(c, [...path, c.name()])]);
  }

  it('lists every command the CLI has, and no other', async () => {
    const documented = tableRows(section(README, 'Commands'), 'command').map(([cell = '']) => {
      // `exportwatch history import FILE.csv --series ID` → "history import": the lowercase words before
      // the first argument or option.
      const words = unquote(cell).split(' ').slice(1);
      const end = words.findIndex((w) => !/^[a-z][a-z-]*$/.test(w));
      return words.slice(0, end < 0 ? undefined : end).join(' ');
    });
    expect([...documented].sort()).toEqual(commandsOf(await buildProgram()).sort());
  });

  it('explains every exit code the program uses, and no other', () => {
    const documented = tableRows(section(README, 'Commands'), 'exit code').map(([code]) => Number(code));
    expect(documented).toEqual(Object.values(EXIT).sort((a, b) => a - b));
  });
});

describe('README "Add a source" and "Add a series"', () => {
  const dir = mkdtempSync(join(tmpdir(), 'exportwatch-readme-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows a source and a series that the config schema accepts together', () => {
    const [source] = blocks(section(README, 'Add a source'), 'json');
    const [series] = blocks(section(README, 'Add a series'), 'json');
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify({ series: [JSON.parse(series!)], sources: [JSON.parse(source!)] }));
    const config = readConfigFile(file);
    expect(config.sources).toHaveLength(1);
    expect(config.series).toHaveLength(1);
  });
});

describe('README length', () => {
  it('stays short enough to read to the end: at most 200 lines, the rest in docs/', () => {
    expect(README.text.trimEnd().split('\n').length).toBeLessThanOrEqual(200);
  });
});
