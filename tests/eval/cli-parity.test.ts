import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractPage } from '../../src/cli/handlers/extract.js';
import { DEFAULT_CONFIG_FILE, readConfigFile } from '../../src/config.js';
import { findSharedCorpus } from '../../scripts/eval/cases.js';
import { sharedCases } from '../../scripts/eval/corpora.js';
import { exportwatch } from '../support/cli.js';
import { ROOT } from '../support/paths.js';

// The unseen set is scored through the CLI; the eval calls the CLI's function in-process. The corpus sits beside
// the repository (CI clones it there): without it this test fails, it does not pass quietly.
const shared = findSharedCorpus(ROOT, undefined);
if ('missing' in shared)
  throw new Error(`the shared corpus is not at ${shared.missing}: put ../shared beside the repository`);
const cases = sharedCases(shared.dir).flatMap((c) => c.cases);
const { series } = readConfigFile(DEFAULT_CONFIG_FILE);
const dir = mkdtempSync(join(tmpdir(), 'eval-parity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run eval and exportwatch extract', () => {
  // d050: headline from its first line, --published from the labels; d013: Urdu, --published from the URL;
  // o025: a remittances story headlined by its URL slug and dated by its own <time>.
  it.each(['d050', 'd013', 'o025'])('read the same figures from wrapped case %s', (id) => {
    const c = cases.find((x) => x.truth.id === id)!;
    const file = join(dir, `${id}.html`);
    writeFileSync(file, c.html);
    const args = ['extract', '--url', c.url, ...(c.published ? ['--published', c.published] : []), file];
    const { status, stdout, stderr } = exportwatch(args);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const cli = JSON.parse(stdout);
    const harness = extractPage(c.html, { url: c.url, published: c.published }, series);
    expect(cli.figures.length).toBeGreaterThan(0);
    expect(cli).toEqual(JSON.parse(JSON.stringify(harness)));
  });
});
