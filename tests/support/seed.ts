/**
 * Seeds for randomised tests. A test draws its random choices from `testSeed()`; when it fails, the
 * seed and the command that replays the run are printed with the failure. `TEST_SEED=N` replays:
 *
 *   TEST_SEED=1234 npx vitest run tests/replicas/chaos.soak.test.ts
 *
 * fast-check properties take the same variable (tests/support/seed-setup.ts): their failure report
 * prints `seed: N`, and `TEST_SEED=N` runs them again from that seed.
 */
import { relative } from 'node:path';
import { onTestFailed, type TestContext } from 'vitest';
import { ROOT } from './paths.js';
import { seededRandom } from './random.js';

/** The seed TEST_SEED asks for, or undefined when it is not set; anything but an integer is an error. */
export function requestedSeed(): number | undefined {
  const text = process.env.TEST_SEED;
  if (text === undefined || text === '') return undefined;
  const seed = Number(text);
  if (!Number.isSafeInteger(seed))
    throw new Error(`TEST_SEED must be an integer (the seed a failed test printed), not "${text}"`);
  return seed;
}

/** The seed for a randomised test: TEST_SEED, else `fixed`, else a fresh one. */
export function chooseSeed(fixed?: number): number {
  return requestedSeed() ?? fixed ?? Math.floor(Math.random() * 2 ** 31);
}

/** Call inside a test: if it fails, its seed and the command that replays it are added to the failure. */
export function reportSeedOnFailure(seed: number): void {
  onTestFailed(({ task }) => {
    const replay = replayCommand(seed, task);
    // On the error itself, so the seed shows in the failure summary, not only in the log above it.
    for (const error of task.result?.errors ?? [])
      error.message += `\n\nRandomised with seed ${seed}; replay: ${replay}`;
    process.stderr.write(`\n${task.name}: failed with seed ${seed}; replay: ${replay}\n`);
  });
}

/** Call inside a test: a seed (TEST_SEED, else `fixed`, else a fresh one) and a generator, reported if the test fails. */
export function testSeed(fixed?: number): { seed: number; random: () => number } {
  const seed = chooseSeed(fixed);
  reportSeedOnFailure(seed);
  return { seed, random: seededRandom(seed) };
}

/** The command that runs one test again with a seed. */
export function replayCommand(seed: number, task: TestContext['task']): string {
  // -t takes a regular expression, and the shell would expand `$303` in double quotes.
  const pattern = task.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll("'", "'\\''");
  return `TEST_SEED=${seed} npx vitest run ${relative(ROOT, task.file.filepath)} -t '${pattern}'`;
}
