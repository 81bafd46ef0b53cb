import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { ROOT } from './paths.js';

/** One JSON log line of a replica, with the replica's number and when the test read it. */
export interface ReplicaEvent {
  replica: number;
  at: number;
  msg: string;
  [field: string]: unknown;
}

/** A worker process (`exportwatch start`) the test can kill. */
export interface Replica {
  n: number;
  pid: number;
  alive(): boolean;
  /** Resolves with the exit code or signal once the process is gone. */
  exited: Promise<string>;
  kill(signal: NodeJS.Signals): void;
}

/** Starts and tracks `exportwatch start` processes; every log line of every replica lands in `events`. */
export class ReplicaSet {
  readonly events: ReplicaEvent[] = [];
  /** Lines that were not JSON (crashes print stacks); kept for failure messages. */
  readonly stray: string[] = [];
  private readonly all: Replica[] = [];
  private readonly listeners = new Set<() => void>();
  private count = 0;

  constructor(
    private readonly args: string[],
    private readonly env: Record<string, string>,
  ) {}

  start(): Replica {
    const n = ++this.count;
    const child: ChildProcess = spawn(process.execPath, [resolve(ROOT, 'bin/exportwatch.js'), 'start', ...this.args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...this.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let gone = false;
    const exited = new Promise<string>((ok) =>
      child.once('exit', (code, signal) => {
        gone = true;
        ok(signal ?? `exit ${code}`);
        this.changed();
      }),
    );
    createInterface({ input: child.stderr! }).on('line', (line) => {
      try {
        this.events.push({ ...(JSON.parse(line) as { msg: string }), replica: n, at: Date.now() });
      } catch {
        this.stray.push(`replica ${n}: ${line}`);
      }
      this.changed();
    });
    const replica: Replica = {
      n,
      pid: child.pid!,
      alive: () => !gone,
      exited,
      kill: (signal) => void child.kill(signal),
    };
    this.all.push(replica);
    return replica;
  }

  isLive(n: number): boolean {
    return this.all.some((r) => r.n === n && r.alive());
  }

  live(): Replica[] {
    return this.all.filter((r) => r.alive());
  }

  /** Events with this message, optionally only after `since` (ms since epoch). */
  named(msg: string, since = 0): ReplicaEvent[] {
    return this.events.filter((e) => e.msg === msg && e.at >= since);
  }

  /** Resolves once `check` holds, checking again at every log line and every exit; throws naming `what` after `timeoutMs`. */
  until(what: string, check: () => boolean, timeoutMs: number): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const stop = (): void => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      const listener = (): void => {
        if (!check()) return;
        stop();
        resolve();
      };
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.listeners.add(listener);
    });
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Stops every live replica with SIGTERM (SIGKILL after `graceMs`) and waits for all to exit. */
  async stopAll(graceMs = 10_000): Promise<void> {
    const live = this.live();
    for (const r of live) r.kill('SIGTERM');
    const timer = setTimeout(() => live.forEach((r) => r.kill('SIGKILL')), graceMs);
    await Promise.all(this.all.map((r) => r.exited));
    clearTimeout(timer);
  }
}

/**
 * Waits until `check` is true, polling (running `refresh` before each check); throws `what` after
 * `timeoutMs`. For state no event announces (a database, the fake Discord); replicas' logs have `until`.
 */
export async function waitFor(
  what: string,
  check: () => boolean,
  timeoutMs: number,
  refresh?: () => Promise<void>,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    await refresh?.();
    if (check()) return;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
