import { buildProgram, invokedCommand } from './program.js';

// Only the invoked command's module is loaded; help and unknown commands load them all.
const program = await buildProgram(invokedCommand(process.argv));
await program.parseAsync(process.argv);
