/**
 * Start-up time of CLI commands: wall time of `node bin/exportwatch.js ARGS` until exit, median and
 * 90th percentile of RUNS runs each (default 15), next to a bare `node -e 0` for reference.
 * Run after a build: `npm run bench:cli`.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const RUNS = Number(process.env.RUNS ?? 15);
const FIXTURE = 'fixtures/site/2024/01/18/pakistan-records-highest-ever-monthly-it-exports/index.html';

const cases: [label: string, args: string[]][] = [
  ['node -e 0 (reference)', ['-e', '0']],
  ['exportwatch --help', ['bin/exportwatch.js', '--help']],
  ['exportwatch start --help', ['bin/exportwatch.js', 'start', '--help']],
  ['exportwatch config', ['bin/exportwatch.js', 'config']],
  ['exportwatch extract FIXTURE', ['bin/exportwatch.js', 'extract', FIXTURE]],
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

console.log(`${RUNS} runs each, node ${process.version}\n`);
console.log(`${'command'.padEnd(32)} ${'median ms'.padStart(10)} ${'p90 ms'.padStart(8)}`);
for (const [label, args] of cases) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
    });
    times.push(performance.now() - started);
    if (run.status !== 0) throw new Error(`${label} exited ${run.status}: ${run.stderr}`);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(32)} ${percentile(times, 0.5).toFixed(0).padStart(10)} ${percentile(times, 0.9).toFixed(0).padStart(8)}`,
  );
}
