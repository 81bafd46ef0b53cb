import { describe, expect, it } from 'vitest';
import { exportwatch } from '../support/cli.js';

describe('choosing the database', () => {
  it('refuses a DATABASE_URL that is not PostgreSQL and names the key', () => {
    const { status, stderr } = exportwatch(['run'], {
      env: { DATABASE_URL: 'mysql://exportwatch@127.0.0.1/exportwatch' },
    });
    expect(status).toBe(2);
    expect(stderr).toMatch(/DATABASE_URL: a PostgreSQL URL like postgres:\/\//);
  });

  it('refuses a TICK_LEASE_MS under one second and names the key', () => {
    const { status, stderr } = exportwatch(['run'], { env: { TICK_LEASE_MS: '200' } });
    expect(status).toBe(2);
    expect(stderr).toMatch(/TICK_LEASE_MS: at least 1000/);
  });

  it('names an unreachable PostgreSQL database without its password and exits 1', () => {
    const { status, stderr } = exportwatch(['run'], {
      env: { DATABASE_URL: 'postgres://exportwatch:pw-secret-0123@127.0.0.1:1/exportwatch' },
    });
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /database error: cannot prepare database postgres:\/\/exportwatch:\*\*\*@127\.0\.0\.1:1\/exportwatch: /,
    );
    expect(stderr).not.toContain('pw-secret-0123');
  });
});
