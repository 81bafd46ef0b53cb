import { inject } from 'vitest';
import { createTestDatabase } from './postgres.js';

const provision = inject('postgres');

/** True when the run has a PostgreSQL server (always in CI; see postgres-setup.ts). */
export const POSTGRES_AVAILABLE = provision.status === 'ready';

/** Why PostgreSQL tests are skipped, for test titles. */
export const POSTGRES_SKIP_REASON = provision.status === 'absent' ? provision.reason : '';

/** A new, empty database in the run's cluster. */
export function freshDatabase(prefix?: string): Promise<string> {
  if (provision.status !== 'ready') throw new Error(`no PostgreSQL server: ${provision.reason}`);
  return createTestDatabase(provision.adminUrl, prefix);
}
