/**
 * docs/configuration.md as a test: it names exactly the environment variables the program reads, and
 * .env.example lists the same; the defaults it states are the program's; its example config file
 * loads, uses every key the key tables describe, and no other.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENV_KEYS, loadConfig, readConfigFile } from '../../src/config.js';
import { HTTP_DEFAULTS } from '../../src/scrapers/http.js';
import { DEFAULT_RETRY_POLICY } from '../../src/scrapers/retry.js';
import { ROOT } from '../support/paths.js';
import { blocks, codeSpans, readDoc, section, tableRows, unquote } from './markdown.js';

const CONFIGURATION = readDoc('docs/configuration.md');
const ENV_SECTION = section(CONFIGURATION, 'Environment variables');
const envRows = tableRows(ENV_SECTION, 'variable').map(([name = '', value = '']) => ({
  name: unquote(name),
  default: value,
}));

const dir = mkdtempSync(join(tmpdir(), 'exportwatch-config-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('docs/configuration.md: environment variables', () => {
  it('has a row for every environment variable the program reads, and no other', () => {
    expect(envRows.map((r) => r.name).sort()).toEqual([...ENV_KEYS].sort());
  });

  it('names no variable anywhere on the page that the program does not read', () => {
    // Names in backticks that look like variables: `DATABASE_URL`, `SEED_HISTORY=false`.
    const named = codeSpans(CONFIGURATION.text).flatMap(
      (code) => /^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?:=|$)/.exec(code)?.[1] ?? [],
    );
    expect(named.length).toBeGreaterThan(ENV_KEYS.length);
    expect([...new Set(named)].filter((name) => !ENV_KEYS.includes(name))).toEqual([]);
  });

  it('.env.example lists every one of them, and no other', () => {
    const example = [...readFileSync(resolve(ROOT, '.env.example'), 'utf8').matchAll(/^#?([A-Z_]+)=/gm)].map(
      (m) => m[1],
    );
    expect([...example].sort()).toEqual([...ENV_KEYS].sort());
  });

  // Setting a variable to the default the page states must change nothing in the configuration.
  // The webhook and a metrics port make the Discord URL and the metrics host part of what is compared.
  const base = {
    DISCORD_WEBHOOK_URL: 'https://discord.com/api/webhooks/123456789012345678/docs-token',
    METRICS_PORT: '0',
  };
  const withDefaults = envRows.filter((r) => r.default !== '—' && !(r.name in base));

  it('states a default for the variables that have one', () => {
    expect(withDefaults.map((r) => r.name)).toEqual(
      expect.arrayContaining(['DATABASE_PATH', 'SCHEDULE', 'USER_AGENT', 'SHUTDOWN_TIMEOUT']),
    );
  });

  it.each(withDefaults.map((r) => [r.name, unquote(r.default)] as const))(
    "states the program's own default for %s (%s)",
    (name, value) => {
      expect(loadConfig({ ...base, [name]: value })).toEqual(loadConfig(base));
    },
  );
});

describe('docs/configuration.md: the config file', () => {
  const FILE_SECTION = section(CONFIGURATION, 'The config file');
  const [exampleText] = blocks(FILE_SECTION, 'json');
  const example = JSON.parse(exampleText!) as {
    series: Record<string, unknown>[];
    sources: Record<string, unknown>[];
    [group: string]: unknown;
  };
  const documentedKeys = (heading: string): string[] =>
    tableRows(section(CONFIGURATION, heading), 'key').map(([key = '']) => unquote(key));
  const keysOf = (objects: Record<string, unknown>[]): string[] => [
    ...new Set(
      objects.flatMap((o) =>
        Object.entries(o).flatMap(([k, v]) => (isObject(v) ? [k, ...Object.keys(v).map((sub) => `${k}.${sub}`)] : [k])),
      ),
    ),
  ];
  // The sections describing the groups besides series and sources.
  const GROUP_HEADINGS = ['Alerts', 'Network and source health', 'Polling'];
  const groupKeys = Object.entries(example)
    .filter(([group]) => group !== 'series' && group !== 'sources')
    .flatMap(([group, values]) => Object.keys(values as object).map((k) => `${group}.${k}`));

  it('shows an example that the config schema accepts', () => {
    const file = join(dir, 'example.json');
    writeFileSync(file, exampleText!);
    expect(
      readConfigFile(file)
        .sources.map((s) => s.kind)
        .sort(),
    ).toEqual(['article', 'listing', 'listing', 'rss', 'sitemap']);
  });

  it('describes every key the example uses, and uses every key it describes', () => {
    expect(documentedKeys('Series').sort()).toEqual(keysOf(example.series).sort());
    expect(documentedKeys('Sources').sort()).toEqual(keysOf(example.sources).sort());
    expect(GROUP_HEADINGS.flatMap(documentedKeys).sort()).toEqual(groupKeys.sort());
  });

  it("states the program's own defaults for alerts, network, source health and polling, as the example does", () => {
    const file = join(dir, 'minimal.json');
    writeFileSync(file, JSON.stringify({ series: example.series, sources: [] }));
    const config = loadConfig({ CONFIG_FILE: file });
    const network: Record<string, unknown> = {
      ...HTTP_DEFAULTS,
      retries: DEFAULT_RETRY_POLICY.retries,
      allowPrivateNetworks: config.allowPrivateNetworks,
    };
    const programDefault = (key: string): unknown => {
      const [group, name = ''] = key.split('.');
      if (group === 'alerts' && name === 'minConfidence') return config.minConfidence;
      if (group === 'sourceHealth') return (config.sourceHealth as unknown as Record<string, unknown>)[name];
      if (group === 'polling')
        return name === 'minIntervalMinutes' ? config.polling.minIntervalMs / 60_000 : config.polling.checkSeconds;
      if (name in config.budgets) return (config.budgets as unknown as Record<string, unknown>)[name];
      return network[name];
    };
    const rows = GROUP_HEADINGS.flatMap((heading) => tableRows(section(CONFIGURATION, heading), 'key'));
    expect(rows.length).toBe(groupKeys.length);
    for (const [key = '', stated = ''] of rows) {
      const name = unquote(key);
      const [group = '', sub = ''] = name.split('.');
      const value = JSON.parse(unquote(stated)) as unknown;
      expect({ key: name, stated: value }).toEqual({ key: name, stated: programDefault(name) });
      expect({ key: name, inExample: (example[group] as Record<string, unknown>)[sub] }).toEqual({
        key: name,
        inExample: value,
      });
    }
  });
});

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
