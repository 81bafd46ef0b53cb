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
      { extends: true, test: { name: 'fast', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, SOAK] } },
      { extends: true, test: { name: 'soak', include: [SOAK] } },
    ],
  },
});
