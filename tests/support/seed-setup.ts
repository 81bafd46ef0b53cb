/**
 * Vitest setup file: fast-check properties run from TEST_SEED when it is set, so the seed a failed
 * property printed replays it. Without TEST_SEED fast-check draws a fresh seed each run, as before.
 */
import fc from 'fast-check';
import { beforeEach } from 'vitest';
import { replayCommand, requestedSeed } from './seed.js';

const seed = requestedSeed();
if (seed !== undefined) fc.configureGlobal({ seed });

// fast-check reports `{ seed: N, path: "…" }`; say how to run that seed again.
const FAST_CHECK_SEED = /\{ seed: (-?\d+), path: /;
beforeEach(({ onTestFailed }) => {
  onTestFailed(({ task }) => {
    for (const error of task.result?.errors ?? []) {
      const found = FAST_CHECK_SEED.exec(error.message);
      if (found) error.message += `\nReplay: ${replayCommand(Number(found[1]), task)}`;
    }
  });
});
