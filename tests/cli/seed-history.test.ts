/**
 * Every command opens the database the same way, so SEED_HISTORY=false is honoured by all of them: the
 * chart and notify-test commands once loaded the shipped history into a new database regardless.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportwatch } from '../support/cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'exportwatch-seed-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const env = (): Record<string, string> => ({
  DATABASE_PATH: join(dir, 'ew.db'),
  SEED_HISTORY: 'false',
  LOG_LEVEL: 'silent',
});
const storedMonths = (): unknown[] =>
  JSON.parse(exportwatch(['history', 'pk-it-exports', '--json'], { env: env() }).stdout)[0].months;

describe('SEED_HISTORY=false', () => {
  it('keeps `exportwatch chart` from loading the shipped history: a new database has none to draw', () => {
    const { status, stderr } = exportwatch(['chart', 'pk-it-exports', '--out', join(dir, 'chart.png')], { env: env() });
    expect(stderr).toContain('pk-it-exports has no history');
    expect(status).toBe(1);
    expect(storedMonths()).toEqual([]);
  });

  it('keeps `exportwatch notify-test` from loading the shipped history: it posts the fixed sample instead', () => {
    const { status, stdout } = exportwatch(['notify-test'], { env: env() });
    expect(stdout).toContain('[TEST] New monthly record');
    expect(stdout).toContain('$310 million in April 2024');
    expect(status).toBe(0);
    expect(storedMonths()).toEqual([]);
  });
});
