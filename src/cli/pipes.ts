import { EXIT } from './exit-codes.js';

/**
 * A reader that went away (`exportwatch demo | head -3`) closes the pipe; the next write fails with
 * EPIPE, which Node raises as an unhandled 'error' event and a stack trace. The reader has all it wanted,
 * so the command ends quietly instead. Any other stream error is still thrown.
 */
export function exitQuietlyOnClosedPipe(
  streams: readonly NodeJS.WriteStream[] = [process.stdout, process.stderr],
): void {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(EXIT.ok);
    });
  }
}
