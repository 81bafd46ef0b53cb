/** A world's logger: silent, or kept in memory so a test can read what was logged. */
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../../src/log.js';

/** The logger and the lines it wrote so far, parsed (none when silent). */
export function worldLog(kept: boolean, secrets: string[]): { log: Logger; lines(): Array<Record<string, unknown>> } {
  if (!kept) return { log: createLogger({ level: 'silent', secrets: [] }), lines: () => [] };
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, next) {
      chunks.push(String(chunk));
      next();
    },
  });
  return {
    log: createLogger({ level: 'info', secrets, destination: sink, pretty: false }),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}
