import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from '../support/paths.js';

/** A worker process: loaded and waiting for "go", then running one tick. */
export interface Worker {
  readonly proc: ChildProcess;
  /** Resolves once the worker's modules are loaded. */
  readonly ready: Promise<void>;
  /** Resolves when the process has exited, however. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Log lines (JSON) the worker wrote to stderr so far. */
  readonly log: string[];
  go(): void;
}

const CHILD = resolve(ROOT, 'tests/crash/tick-child.mjs');

/** Starts a worker that loads the built exportwatch and waits; it touches nothing before `go()`. */
export function startWorker(env: Record<string, string>): Worker {
  const proc = spawn(process.execPath, [CHILD], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  let partial = '';
  proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    log.push(...lines.filter((l) => l.trim() !== ''));
  });
  const ready = new Promise<void>((ok, fail) => {
    proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      if (chunk.includes('ready')) ok();
    });
    proc.once('exit', (code) => fail(new Error(`worker exited (${code}) before it was ready: ${log.join('\n')}`)));
  });
  ready.catch(() => undefined);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
    proc.once('exit', (code, signal) => ok({ code, signal })),
  );
  // A worker killed mid-write must not take the test down with EPIPE.
  proc.stdin!.on('error', () => undefined);
  return { proc, ready, exited, log, go: () => void proc.stdin!.end('go\n') };
}

/** Keeps `size` workers loading ahead, so a restart after a kill costs no module loading. */
export function workerPool(env: Record<string, string>, size = 2): { take(): Worker; close(): Promise<void> } {
  const waiting: Worker[] = [];
  const fill = (): void => {
    while (waiting.length < size) waiting.push(startWorker(env));
  };
  fill();
  return {
    take() {
      const next = waiting.shift()!;
      fill();
      return next;
    },
    async close() {
      for (const w of waiting.splice(0)) {
        w.proc.kill('SIGKILL');
        await w.exited;
      }
    },
  };
}
