import { exitQuietlyOnClosedPipe } from './pipes.js';
import { buildProgram, invokedCommand } from './program.js';

exitQuietlyOnClosedPipe();
// Only the invoked command's module is loaded; help and unknown commands load them all.
const program = await buildProgram(invokedCommand(process.argv));
await program.parseAsync(process.argv);
