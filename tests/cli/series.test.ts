import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportwatch } from '../support/cli.js';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'exportwatch-series-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('exportwatch series', () => {
  it('lists each configured series with its months held and current record, and says which have none', () => {
    const { status, stdout } = exportwatch(['series'], {
      env: { DATABASE_PATH: join(dir, 'ew.db'), LOG_LEVEL: 'silent' },
    });
    expect(status).toBe(0);
    expect(stdout).toMatch(/^pk-it-exports +46 +Nov '19 – Dec '25 +\$437m Dec '25 +pk-it-exports-mon/m);
    expect(stdout).toMatch(/^pk-textile-exports +0 +— +— +none$/m);
    expect(stdout).toContain('No history yet for pk-textile-exports, pk-remittances:');
    expect(stdout).toContain('a record is alerted only when an article itself claims one');
    expect(stdout.split('\n').filter((l) => l.length > 80)).toEqual([]);
  });

  it('prints the same as JSON', () => {
    const { stdout } = exportwatch(['series', '--json'], {
      env: { DATABASE_PATH: join(dir, 'ew.db'), LOG_LEVEL: 'silent' },
    });
    const rows = JSON.parse(stdout) as Array<{ id: string; monthsHeld: number; record: unknown; seed: string | null }>;
    expect(rows.find((r) => r.id === 'pk-it-exports')).toMatchObject({
      monthsHeld: 46,
      record: { month: '2025-12', value: 437_000_000 },
      seed: 'data/pk-it-exports-monthly.csv',
    });
    expect(rows.find((r) => r.id === 'pk-remittances')).toMatchObject({ monthsHeld: 0, record: null, seed: null });
  });
});

describe('small things a user expects', () => {
  it('prints the version with --version', () => {
    const { status, stdout } = exportwatch(['--version']);
    expect(status).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
