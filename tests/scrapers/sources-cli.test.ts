import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfigFile } from '../../src/config.js';
import { newHealth } from '../../src/pipeline/source-health.js';
import { createSqliteStore } from '../../src/store/sqlite.js';
import { exportwatch } from '../support/cli.js';

const SERIES = [
  {
    id: 'pk-it-exports',
    name: 'Pakistan IT exports',
    country: 'PK',
    currency: 'USD',
    fiscalYearStartMonth: 7,
    keywords: ['IT exports'],
  },
];

describe('exportwatch sources', () => {
  let dir: string;
  let env: Record<string, string>;
  let config: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'exportwatch-sources-'));
    config = join(dir, 'config.json');
    writeFileSync(
      config,
      JSON.stringify({
        series: SERIES,
        sources: [
          { id: 'dawn-business', outlet: 'Dawn', kind: 'rss', url: 'https://www.dawn.com/feeds/business' },
          {
            id: 'a-source-id-far-longer-than-a-column',
            outlet: 'Long',
            kind: 'listing',
            url: 'https://example.org/business/',
            urlPattern: '/news/\\d+',
            intervalMinutes: 60,
          },
          { id: 'never-read', outlet: 'New', kind: 'sitemap', url: 'https://example.org/sitemap.xml' },
        ],
      }),
    );
    env = { DATABASE_PATH: join(dir, 'db.sqlite'), TIMEZONE: 'Asia/Karachi' };
    const store = createSqliteStore(env.DATABASE_PATH!);
    await store.saveSourceRead(
      {
        ...newHealth('dawn-business'),
        lastOutcome: 'error',
        consecutiveFailures: 8,
        disabledAt: '2024-02-12T05:00:00.000Z',
        lastError: `HTTP 503 (https://www.dawn.com/feeds/business) ${'and a very long explanation '.repeat(5)}`,
        lastSuccessAt: '2024-02-11T19:00:00.000Z',
        lastAttemptAt: '2024-02-12T05:00:00.000Z',
        nextAttemptAt: '2999-01-01T00:00:00.000Z',
      },
      [],
    );
    await store.saveSourceRead(
      {
        ...newHealth('a-source-id-far-longer-than-a-column'),
        lastOutcome: 'ok',
        lastArticles: 2,
        lastArticleErrors: 1,
        lastArticleError: 'content type application/pdf is not HTML (https://example.org/report.pdf)',
        lastSuccessAt: '2024-02-12T05:30:00.000Z',
        lastAttemptAt: '2024-02-12T05:30:00.000Z',
        nextAttemptAt: '2999-01-01T00:00:00.000Z',
      },
      [],
    );
    await store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every source with its status in a table no wider than 80 columns', () => {
    const { status, stdout } = exportwatch(['sources', '--config', config], { env });
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    expect(lines[0]).toMatch(/^SOURCE\s+KIND\s+EVERY\s+STATUS\s+FAILS\s+LAST OK\s+NEXT$/);
    expect(stdout).toMatch(/^dawn-business\s+rss\s+tick\s+disabled\s+8\s+02-12 00:00\s+01-01 05:00$/m);
    expect(stdout).toMatch(/^ {2}↳ HTTP 503 \(https:\/\/www\.dawn\.com\/feeds\/business\) and a very long/m);
    expect(stdout).toMatch(/^a-source-id-far-l… listing\s+1h\s+ok\s+0\s+02-12 10:30/m);
    expect(stdout).toMatch(/↳ 1 article\(s\) failed: content type application\/pdf is not HTML/);
    expect(stdout).toMatch(/^never-read\s+sitemap\s+tick\s+new\s+0\s+-\s+due$/m);
  });

  it('prints the same as JSON with --json', () => {
    const { status, stdout } = exportwatch(['sources', '--json', '--config', config], { env });
    expect(status).toBe(0);
    const rows = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(rows.map((r) => [r.id, r.status, r.due])).toEqual([
      ['dawn-business', 'disabled', false],
      ['a-source-id-far-longer-than-a-column', 'ok', false],
      ['never-read', 'new', true],
    ]);
    expect(rows[0]).toMatchObject({
      consecutiveFailures: 8,
      lastError: expect.stringMatching(/^HTTP 503/),
      disabledAt: '2024-02-12T05:00:00.000Z',
    });
  });

  it('has help with an example', () => {
    const { status, stdout } = exportwatch(['sources', '--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Example/);
  });
});

describe('the sources part of the config file', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'exportwatch-config-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function configWith(sources: unknown[], network?: unknown): string {
    const path = join(dir, 'config.json');
    writeFileSync(path, JSON.stringify({ series: SERIES, sources, ...(network ? { network } : {}) }));
    return path;
  }

  it.each([
    [
      [{ id: 'l', outlet: 'L', kind: 'listing', url: 'https://e.org/' }],
      /sources\.0\.selector: a listing needs `selector`, `urlPattern` or both/,
    ],
    [
      [{ id: 'l', outlet: 'L', kind: 'listing', url: 'https://e.org/', selector: 'h2 >>> a' }],
      /sources\.0\.selector: not a CSS selector \(.*\); a listing's selector may use tag names/,
    ],
    [
      [{ id: 'l', outlet: 'L', kind: 'listing', url: 'https://e.org/', selector: 'ul.news li:nth-child(2) a' }],
      /sources\.0\.selector: :nth-child is not supported; a listing's selector may use tag names, \*, \.class, #id/,
    ],
    [
      [{ id: 'l', outlet: 'L', kind: 'listing', url: 'https://e.org/', selector: 'h2 + a' }],
      /sources\.0\.selector: the adjacent combinator is not supported/,
    ],
    [
      [{ id: 's', outlet: 'S', kind: 'sitemap', url: 'https://e.org/s.xml', urlPattern: '(unclosed' }],
      /sources\.0\.urlPattern: a JavaScript regular expression/,
    ],
    [
      [{ id: 'r', outlet: 'R', kind: 'rss', url: 'https://e.org/feed', intervalMinutes: 0 }],
      /sources\.0\.intervalMinutes/,
    ],
    [
      [{ id: 'r', outlet: 'R', kind: 'rss', url: 'https://e.org/feed', selector: 'a' }],
      /sources\.0: Unrecognized key: "selector"/,
    ],
    [[{ id: 'r', outlet: 'R', kind: 'podcast', url: 'https://e.org/feed' }], /sources\.0\.kind/],
  ])('refuses a bad source and names the key (%#)', (sources, message) => {
    expect(() => readConfigFile(configWith(sources))).toThrow(message);
  });

  it('refuses a private-network allowance that is not an address range', () => {
    expect(() => readConfigFile(configWith([], { allowPrivateNetworks: ['localhost'] }))).toThrow(
      /network\.allowPrivateNetworks\.0: an IP address or CIDR range/,
    );
  });

  it('refuses a User-Agent without a contact, or one posing as a browser', () => {
    const env = { CONFIG_FILE: configWith([]) };
    expect(exportwatch(['sources'], { env: { ...env, USER_AGENT: 'exportwatch/0.1' } }).stderr).toMatch(
      /USER_AGENT: a User-Agent with a contact URL/,
    );
    expect(exportwatch(['sources'], { env: { ...env, USER_AGENT: 'Mozilla/5.0 (+https://e.org)' } }).stderr).toMatch(
      /USER_AGENT: a User-Agent naming this bot/,
    );
  });
});
