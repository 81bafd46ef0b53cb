import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG_FILE, readConfigFile, type SourceConfig } from '../../src/config.js';
import { ROOT } from './paths.js';

/** One JSON log line of the worker. */
export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

/** A real `exportwatch start` (or `run`) child process, with its JSON log lines parsed as they come. */
export interface WorkerProcess {
  dir: string;
  dbPath: string;
  readonly logs: LogLine[];
  readonly stdout: string;
  /** Resolves with the first log line (past or future) that matches. */
  waitForLog(match: (line: LogLine) => boolean, what?: string): Promise<LogLine>;
  signal(signal: NodeJS.Signals): void;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Kills the process if it still runs and removes its directory. */
  cleanUp(): Promise<void>;
}

const WAIT_MS = 20_000;

/**
 * Starts the built CLI in a temp directory (so no developer `.env` leaks in) with a config whose
 * sources are `sources` and whose series are the shipped ones; `env` adds or overrides variables.
 */
export function startWorkerProcess(opts: {
  command?: string;
  /** Options after the command, e.g. ['--force']. */
  args?: string[];
  sources: SourceConfig[];
  env?: Record<string, string>;
  /** Config file keys besides series, sources and network (e.g. `polling`). */
  config?: Record<string, unknown>;
}): WorkerProcess {
  const dir = mkdtempSync(join(tmpdir(), 'exportwatch-worker-'));
  const dbPath = join(dir, 'worker.db');
  const configFile = join(dir, 'config.json');
  const { series } = readConfigFile(DEFAULT_CONFIG_FILE);
  writeFileSync(
    configFile,
    JSON.stringify({
      series,
      sources: opts.sources,
      network: { allowPrivateNetworks: true, hostDelayMs: 0 },
      ...opts.config,
    }),
  );
  const child = spawn(
    process.execPath,
    [resolve(ROOT, 'bin/exportwatch.js'), opts.command ?? 'start', ...(opts.args ?? [])],
    {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: dir,
        DATABASE_PATH: dbPath,
        CONFIG_FILE: configFile,
        LOG_LEVEL: 'debug',
        ...opts.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const logs: LogLine[] = [];
  const watchers: { match: (l: LogLine) => boolean; resolve: (l: LogLine) => void }[] = [];
  let stdout = '';
  let pending = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const text of lines.filter(Boolean)) {
      let line: LogLine;
      try {
        line = JSON.parse(text) as LogLine;
      } catch {
        line = { msg: text, raw: true };
      }
      logs.push(line);
      for (const w of watchers.filter((w) => w.match(line))) w.resolve(line);
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
    child.once('exit', (code, signal) => ok({ code, signal })),
  );
  // 'close' comes after the process's output streams ended: every line it wrote has been read by then.
  const closed = new Promise<void>((ok) => child.once('close', () => ok()));
  let done = false;
  void exited.then(() => (done = true));

  return {
    dir,
    dbPath,
    logs,
    get stdout() {
      return stdout;
    },
    waitForLog(match, what = 'a matching log line') {
      const seen = logs.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((ok, fail) => {
        const timer = setTimeout(
          () =>
            fail(
              new Error(
                `did not see ${what} within ${WAIT_MS} ms; logs:\n${logs.map((l) => JSON.stringify(l)).join('\n')}`,
              ),
            ),
          WAIT_MS,
        );
        watchers.push({ match, resolve: (l) => (clearTimeout(timer), ok(l)) });
        void closed.then(() =>
          fail(new Error(`exited before ${what}; logs:\n${logs.map((l) => JSON.stringify(l)).join('\n')}`)),
        );
      });
    },
    signal(signal) {
      child.kill(signal);
    },
    exited,
    async cleanUp() {
      if (!done) {
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Matches a log line by message (and optionally more fields). */
export const msg =
  (text: string, fields: Record<string, unknown> = {}) =>
  (line: LogLine): boolean =>
    line.msg === text && Object.entries(fields).every(([k, v]) => line[k] === v);
