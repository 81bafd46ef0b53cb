import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportwatch } from '../support/cli.js';
import { ARTICLE_APR_2024, ARTICLE_DEC_2023, SEEDS } from '../support/paths.js';

describe('exportwatch demo', () => {
  it('prints exactly one alert: the $303 million December 2023 record', () => {
    const { status, stdout } = exportwatch(['demo']);
    expect(status).toBe(0);
    expect(stdout.match(/New monthly record/g)).toHaveLength(1);
    expect(stdout).toContain('$303 million in December 2023');
    expect(stdout).toContain('over the previous record: $260 million in March 2022');
  });
});

describe('exportwatch extract', () => {
  it('prints the December 2023 record figure for the first source article', () => {
    const { status, stdout } = exportwatch(['extract', ARTICLE_DEC_2023]);
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['url', 'title', 'published', 'figures']);
    expect(out.figures).toContainEqual(
      expect.objectContaining({
        series: 'pk-it-exports',
        period: { start: '2023-12', end: '2023-12' },
        value: 303000000,
        recordClaim: true,
      }),
    );
  });

  it('prints 2,593 billion as 2593000000 and the 62.3% year-on-year change for April 2024', () => {
    const out = JSON.parse(exportwatch(['extract', ARTICLE_APR_2024]).stdout);
    expect(out.figures).toContainEqual(
      expect.objectContaining({ period: { start: '2023-07', end: '2024-04' }, value: 2593000000 }),
    );
    expect(out.figures).toContainEqual(
      expect.objectContaining({ period: { start: '2024-04', end: '2024-04' }, changes: [{ pct: 62.3, basis: 'yoy' }] }),
    );
  });

  it('reads plain text from standard input, dated by --published', () => {
    const text = readFileSync(`${SEEDS}/000_045fcf18e4ee1931.txt`, 'utf8');
    const out = JSON.parse(exportwatch(['extract', '--published', '2024-01-18', '-'], { input: text }).stdout);
    expect(out.published).toBe('2024-01-18');
    expect(out.figures[0]).toMatchObject({ value: 303000000, recordClaim: true });
  });

  it('takes the publication date from a dated --url', () => {
    const out = JSON.parse(
      exportwatch(['extract', '--url', 'https://example.com/18-May-2024/story', '-'], {
        input: 'IT exports rose 5% in April.',
      }).stdout,
    );
    expect(out).toMatchObject({ url: 'https://example.com/18-May-2024/story', published: '2024-05-18' });
  });

  it('exits 0 with an empty figures list for a page without figures', () => {
    const { status, stdout } = exportwatch(['extract', '-'], {
      input: '<html><body><p>Nothing here.</p></body></html>',
    });
    expect(status).toBe(0);
    expect(JSON.parse(stdout).figures).toEqual([]);
  });

  it('exits 3 with a clear message for a file that does not exist', () => {
    const { status, stderr } = exportwatch(['extract', '/no/such/file.html']);
    expect(status).toBe(3);
    expect(stderr).toMatch(/cannot read \/no\/such\/file\.html/);
  });

  it('exits 2 when --published is not a date', () => {
    expect(exportwatch(['extract', '--published', 'May 18', ARTICLE_DEC_2023]).status).toBe(2);
  });

  it.each(['2024-02-30', '2024-13-01', '2023-02-29', '2024-04-31', '2024-00-10'])(
    'exits 2 when --published is %s, a day that does not exist',
    (day) => {
      const { status, stdout, stderr } = exportwatch(['extract', '--published', day, ARTICLE_DEC_2023]);
      expect(status).toBe(2);
      expect(stderr).toContain(`--published must be a date that exists (YYYY-MM-DD), got "${day}"`);
      expect(stdout).toBe('');
    },
  );

  it('takes 29 February of a leap year as --published', () => {
    const { status, stdout } = exportwatch(['extract', '--published', '2024-02-29', ARTICLE_DEC_2023]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).published).toBe('2024-02-29');
  });
});

describe('exportwatch configuration', () => {
  it('refuses a malformed channel id and names the key', () => {
    const { status, stderr } = exportwatch(['run'], {
      env: { DISCORD_TOKEN: 'x'.repeat(40), DISCORD_CHANNEL_ID: 'general' },
    });
    expect(status).toBe(2);
    expect(stderr).toMatch(/DISCORD_CHANNEL_ID: a Discord snowflake id/);
  });

  it('refuses a cron expression that is not one and says what is expected', () => {
    const { status, stderr } = exportwatch(['run'], { env: { SCHEDULE: 'every half hour' } });
    expect(status).toBe(2);
    expect(stderr).toMatch(/SCHEDULE: "every half hour" is not a cron expression/);
  });

  it('refuses unknown keys in the config file', () => {
    const { status, stderr } = exportwatch(['extract', '--config', 'package.json', ARTICLE_DEC_2023]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/config file .*package\.json/);
  });

  it('shows help for every command', () => {
    for (const command of ['start', 'run', 'extract', 'demo']) {
      const { status, stdout } = exportwatch([command, '--help']);
      expect(status).toBe(0);
      expect(stdout).toMatch(/Usage: exportwatch/);
      expect(stdout).toMatch(/Example/);
    }
  });
});
