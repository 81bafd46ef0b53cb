import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Soak tests run for minutes (a worker killed at random 30 times, replicas under SIGKILL, 100 Discord
 * faults per mode): `npm run test:soak` runs them, `npm test` runs everything else. The name decides,
 * so every test file is in exactly one of the two.
 */
const SOAK = 'tests/**/*.soak.test.ts';

export default defineConfig({
  test: {
    // One throwaway PostgreSQL cluster for the run (skipped, with a message, only off CI without binaries).
    globalSetup: ['tests/support/postgres-setup.ts'],
    // fast-check properties replay from TEST_SEED, like every other randomised test (tests/support/seed.ts).
    setupFiles: ['tests/support/seed-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      // Two files at a time on a 2-core machine (vitest's default there is one): most of a file's time is
      // spent waiting on child processes, servers and schedules, not on the CPU.
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, SOAK],
          maxWorkers: 2,
        },
      },
      // One soak at a time: each keeps both cores busy, and their kills and leases are timed against that load.
      { extends: true, test: { name: 'soak', include: [SOAK], maxWorkers: 1 } },
    ],
  },
});
