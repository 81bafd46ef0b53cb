/**
 * Every command a person can type has help with examples that fits an 80-column terminal. The walk
 * goes over the program as the CLI builds it, so commands added later are covered without a change here.
 */
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram, COMMANDS, invokedCommand } from '../../src/cli/program.js';
import { exportwatch } from '../support/cli.js';

/** The full `--help` text of a command, including text added after the generated part. */
function helpOf(command: Command): string {
  let out = '';
  command.configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (out += s), getOutHelpWidth: () => 80 });
  command.outputHelp();
  return out;
}

function walk(command: Command, path: string[] = []): { path: string[]; command: Command }[] {
  return command.commands
    .filter((c) => c.name() !== 'help')
    .flatMap((c) => [{ path: [...path, c.name()], command: c }, ...walk(c, [...path, c.name()])]);
}

const program = await buildProgram();
const commands = walk(program);

describe('help for every command', () => {
  it('finds every command in the table', () => {
    expect(commands.map((c) => c.path[0])).toEqual(expect.arrayContaining(COMMANDS.map((c) => c.name)));
  });

  it.each(commands.map((c) => [c.path.join(' '), c.command] as const))(
    '`exportwatch %s --help` describes it and shows examples of it',
    (name, command) => {
      const help = helpOf(command);
      expect(help).toContain(`Usage: exportwatch ${name}`);
      expect(command.description().length).toBeGreaterThan(10);
      expect(help).toMatch(/^Examples?:$/m);
      expect(help).toMatch(new RegExp(`^ +\\$ .*exportwatch ${name}\\b`, 'm'));
    },
  );

  it.each(commands.map((c) => [c.path.join(' '), c.command] as const))(
    '`exportwatch %s --help` fits an 80-column terminal',
    (_name, command) => {
      const wide = helpOf(command)
        .split('\n')
        .filter((line) => line.length > 80);
      expect(wide).toEqual([]);
    },
  );

  it('fits the command list in 80 columns too', () => {
    expect(
      helpOf(program)
        .split('\n')
        .filter((line) => line.length > 80),
    ).toEqual([]);
  });
});

describe('command loading', () => {
  it.each(COMMANDS.map((c) => c.name))('loads `%s` on its own under its table name', async (name) => {
    const alone = await buildProgram(invokedCommand(['node', 'exportwatch', name, '--help']));
    expect(alone.commands.map((c) => c.name())).toEqual([name]);
  });

  it('loads every command for the command list and for a name it does not know', () => {
    expect(invokedCommand(['node', 'exportwatch', '--help'])).toBeUndefined();
    expect(invokedCommand(['node', 'exportwatch', 'strat'])).toBeUndefined();
  });

  it('exits 0 for --help and 2 with a suggestion for a mistyped command', () => {
    expect(exportwatch(['--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('Commands:') });
    const typo = exportwatch(['strat']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/unknown command 'strat'[\s\S]*Did you mean start\?/);
  });
});
