/**
 * The worker as deployed: `exportwatch start` in a child process on plain node with the systemd unit's heap
 * flag, its JSON log kept in a file, its CPU time and peak RSS read from /proc while it runs.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** The running worker. */
export interface BenchWorker {
  pid: number;
  /** Resolves with the first log line that matches; rejects if the worker exits first. */
  waitForLog(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  /** CPU seconds (user + system) used so far. */
  cpuSeconds(): number;
  /** Peak resident set size so far, in bytes (VmHWM). */
  peakRss(): number;
  /** Log lines seen, by message. */
  counts: Map<string, number>;
  stop(): Promise<number | null>;
}

/** The heap flag of the shipped systemd unit's ExecStart: the bench runs the worker exactly as the unit does. */
export function unitHeapFlag(root: string): string {
  const unit = readFileSync(join(root, 'deploy/exportwatch.service'), 'utf8');
  const flag = /--max-old-space-size=\d+/.exec(unit)?.[0];
  if (!flag) throw new Error('deploy/exportwatch.service has no --max-old-space-size flag');
  return flag;
}

// Clock ticks per second of /proc/PID/stat's utime and stime (USER_HZ: 100 on Linux).
const USER_HZ = 100;

/** Starts `bin/exportwatch.js start` from `root` in `dir` with `env`; its log goes to dir/worker.log. */
export function startWorker(root: string, dir: string, env: Record<string, string>): BenchWorker {
  const child = spawn(process.execPath, [unitHeapFlag(root), join(root, 'bin/exportwatch.js'), 'start'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Never outlive the benchmark, however it ends.
  const orphan = (): void => void child.kill('SIGKILL');
  process.once('exit', orphan);
  const log = createWriteStream(join(dir, 'worker.log'));
  const watchers: Array<{
    match: (l: Record<string, unknown>) => boolean;
    resolve: (l: Record<string, unknown>) => void;
  }> = [];
  const counts = new Map<string, number>();
  createInterface({ input: child.stderr }).on('line', (text) => {
    log.write(`${text}\n`);
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text) as Record<string, unknown>;
    } catch {
      line = { msg: text };
    }
    const msg = String(line.msg);
    counts.set(msg, (counts.get(msg) ?? 0) + 1);
    for (const w of watchers.filter((w) => w.match(line))) {
      watchers.splice(watchers.indexOf(w), 1);
      w.resolve(line);
    }
  });
  const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
  let lastCpu = 0;
  let lastPeak = 0;
  // Read while the process lives: once it has exited /proc no longer has it.
  const sample = (): void => {
    try {
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      lastCpu = (Number(fields[11]) + Number(fields[12])) / USER_HZ;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (hwm) lastPeak = Number(hwm[1]) * 1024;
    } catch {
      // gone
    }
  };
  const sampler = setInterval(sample, 500);
  return {
    pid: child.pid!,
    waitForLog: (match) =>
      new Promise((resolve, reject) => {
        watchers.push({ match, resolve });
        void exited.then((code) => reject(new Error(`the worker exited (${code}); see ${join(dir, 'worker.log')}`)));
      }),
    cpuSeconds: () => (sample(), lastCpu),
    peakRss: () => (sample(), lastPeak),
    counts,
    async stop() {
      sample();
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
      const code = await exited;
      clearTimeout(timer);
      clearInterval(sampler);
      log.end();
      return code;
    },
  };
}
