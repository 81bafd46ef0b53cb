/**
 * Vitest global setup: one throwaway PostgreSQL cluster for the whole run, shared by every test file
 * through `inject('postgres')`; each file makes its own databases in it.
 *
 * Without server binaries a developer's run skips the PostgreSQL tests with a message saying why;
 * in CI (`CI` set) a missing server fails the run, so the PostgreSQL store can never go untested there.
 */
import type { TestProject } from 'vitest/node';
import { findPostgresBinaries, startPostgresCluster } from './postgres.js';

/** What the test files learn about PostgreSQL. */
export type PostgresProvision = { status: 'ready'; adminUrl: string } | { status: 'absent'; reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: PostgresProvision;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const found = findPostgresBinaries();
  if (found.status === 'absent') {
    if (process.env.CI) throw new Error(`CI needs a PostgreSQL server for the store tests: ${found.reason}`);
    process.stderr.write(`\nPostgreSQL tests SKIPPED: ${found.reason}\n\n`);
    project.provide('postgres', { status: 'absent', reason: found.reason });
    return async () => {};
  }
  const cluster = await startPostgresCluster(found.bin);
  project.provide('postgres', { status: 'ready', adminUrl: cluster.adminUrl });
  return () => cluster.stop();
}
