import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportwatch } from '../support/cli.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

// A stack frame as Node prints it: "    at fn (file:line:col)".
const STACK_FRAME = /^ {4}at /m;

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
      /database error: cannot prepare database postgres:\/\/exportwatch:\[redacted\]@127\.0\.0\.1:1\/exportwatch: /,
    );
    expect(stderr).not.toContain('pw-secret-0123');
  });

  it('exits 1 with a database error naming the file, and no stack, when DATABASE_PATH is inside a file', () => {
    dir = mkdtempSync(join(tmpdir(), 'exportwatch-dbpath-'));
    writeFileSync(join(dir, 'plain-file'), '');
    const path = join(dir, 'plain-file', 'exportwatch.db');
    for (const command of ['history', 'run']) {
      const { status, stderr } = exportwatch([command], { env: { DATABASE_PATH: path } });
      expect(status, command).toBe(1);
      expect(stderr, command).toContain(`database error: cannot create the folder of database ${path}`);
      expect(stderr, command).not.toMatch(STACK_FRAME);
      expect(stderr, command).not.toContain('unexpected error');
    }
  });

  it('exits 2 naming DATABASE_URL, without the password or a stack, when its password has a broken percent-escape', () => {
    const url = 'postgres://exportwatch:pw%ZZ-secret@127.0.0.1:1/exportwatch';
    for (const command of ['history', 'run', 'doctor']) {
      const { status, stdout, stderr } = exportwatch([command], { env: { DATABASE_URL: url } });
      expect(status, command).toBe(2);
      expect(stdout + stderr, command).toMatch(/DATABASE_URL: the password is not valid percent-encoding/);
      expect(stdout + stderr, command).not.toContain('pw%ZZ-secret');
      expect(stdout + stderr, command).not.toMatch(STACK_FRAME);
    }
  });

  it('never prints a password given as ?password= or sslpassword= when the database is unreachable', () => {
    const url = 'postgres://exportwatch@127.0.0.1:1/exportwatch?password=pw-query-0123&sslpassword=pw-ssl-4567';
    for (const command of ['run', 'start', 'history', 'doctor']) {
      const { status, stdout, stderr } = exportwatch([command], { env: { DATABASE_URL: url } });
      expect(status, command).toBe(1);
      expect(stdout + stderr, command).toMatch(
        /127\.0\.0\.1:1\/exportwatch\?password=\[redacted\]&sslpassword=\[redacted\]/,
      );
      expect(stdout + stderr, command).not.toMatch(/pw-query-0123|pw-ssl-4567/);
    }
  });
});
