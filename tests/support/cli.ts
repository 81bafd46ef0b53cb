import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './paths.js';

/** Runs the built CLI (`npm test` builds first) and returns what it printed. */
export function exportwatch(args: string[], opts: { env?: Record<string, string>; input?: string; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [resolve(ROOT, 'bin/exportwatch.js'), ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...opts.env },
    input: opts.input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
