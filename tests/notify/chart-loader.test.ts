import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

describe('the chart renderer on the alert path', () => {
  // A fresh process: resvg's loader asks getReport() once, when the renderer is first loaded.
  it('draws an alert chart without asking Node for a report that reverse-resolves open sockets', () => {
    const out = execFileSync(process.execPath, [resolve(ROOT, 'tests/notify/chart-child.mjs')], { encoding: 'utf8' });
    const { calls, pngBytes } = JSON.parse(out) as { calls: Array<{ network: boolean }>; pngBytes: number };
    expect(pngBytes).toBeGreaterThan(1000);
    expect(calls.filter((c) => c.network)).toEqual([]);
  });
});
