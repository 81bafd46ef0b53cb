import { Command } from 'commander';
import { registerDemo } from './commands/demo.js';
import { registerExtract } from './commands/extract.js';
import { registerRun } from './commands/run.js';
import { registerSources } from './commands/sources.js';
import { registerStart } from './commands/start.js';
import { EXIT } from './exit-codes.js';

// Every command, in the order `--help` lists them.
const COMMANDS = [registerStart, registerRun, registerExtract, registerDemo, registerSources];

const program = new Command()
  .name('exportwatch')
  .description('Reads news sites, extracts export figures, and posts a Discord alert when a new monthly record appears.')
  .showHelpAfterError()
  .exitOverride((err) => {
    // Help and version are successes; any other parse error is a usage error.
    process.exit(err.exitCode === 0 ? EXIT.ok : EXIT.usage);
  });
for (const register of COMMANDS) register(program);
await program.parseAsync(process.argv);
