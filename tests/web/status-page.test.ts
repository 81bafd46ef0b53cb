/**
 * The status page as a person sees it: a real `exportwatch start` reading a local news site and posting
 * to the local fake Discord, its page loaded in headless Chromium (Debian's), at desktop and phone widths.
 * Screenshots are kept in test-artifacts/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type Browser } from '../support/browser.js';
import { FAKE_IDS, startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { recordStory, startNewsSite, type NewsSite } from '../support/news-site.js';
import { msg, startWorkerProcess, type WorkerProcess } from '../support/worker.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// A headline as a hostile page might write it: it must show as text, never as markup.
const HOSTILE = '<img src=x onerror=alert(1)>';

let site: NewsSite;
let discord: FakeDiscord;
let worker: WorkerProcess;
let browser: Browser;
let url: string;
let sentMessage: string;

beforeAll(async () => {
  site = await startNewsSite();
  discord = await startFakeDiscord({ botToken: 'status-page-bot-token-0123456789' });
  worker = startWorkerProcess({
    sources: [
      { id: 'propakistani', outlet: 'ProPakistani', kind: 'rss', url: site.feedUrl('propakistani') },
      { id: 'broken-feed', outlet: 'Broken Feed', kind: 'rss', url: `${site.baseUrl}/no-such-outlet/feed.xml` },
    ],
    env: {
      SCHEDULE: '*/2 * * * * *',
      WEB_PORT: '0',
      DISCORD_TOKEN: discord.botToken,
      DISCORD_CHANNEL_ID: FAKE_IDS.channel,
      DISCORD_API_URL: discord.url,
    },
  });
  url = String((await worker.waitForLog(msg('serving the status page'), 'the status page')).url);
  // The first read of a source is a silent baseline; the records come after it.
  await worker.waitForLog(msg('tick finished', { tick: 1 }), 'the baseline tick');
  const january = recordStory('2026-01', 450);
  site.publish('propakistani', { ...january, title: `${january.title} ${HOSTILE}` });
  sentMessage = String((await worker.waitForLog(msg('alert sent'), 'the January alert')).messageId);
  // Discord refuses the next post outright (400): that alert fails for good, with the reason.
  discord.fail({ kind: '400', route: 'create' });
  site.publish('propakistani', recordStory('2026-02', 470));
  await worker.waitForLog(msg('alert not delivered'), 'the February alert refused');
  // March at more than three times February: held until an independent outlet confirms it, never posted.
  site.publish('propakistani', recordStory('2026-03', 1500));
  await worker.waitForLog(msg('implausible record held until an independent outlet confirms it'), 'March held');
  const after = worker.logs.filter(msg('tick finished')).length;
  await worker.waitForLog((l) => l.msg === 'tick finished' && Number(l.tick) > after, 'a tick after both');
  browser = await startBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await worker?.cleanUp();
  await discord?.close();
  await site?.close();
});

const text = async (l: { textContent(): Promise<string | null> }): Promise<string> =>
  ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();
const rowOf = (page: Page, table: string, text: string) => page.locator(`${table} tbody tr`).filter({ hasText: text });
// An alert's row by its month's own cell: a held record's reason names other months.
const alertRow = (page: Page, month: string) =>
  page.locator('#alerts tbody tr').filter({ has: page.locator('td', { hasText: new RegExp(`^\\s*${month}\\s*$`) }) });

describe('the status page in a browser', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.page({ width: 1280, height: 900 });
    const response = await page.goto(`${url}/`);
    expect(response?.status()).toBe(200);
    await browser.screenshot(page, 'status-desktop');
  });

  it('shows the series with its record and the record chain with its sources', async () => {
    const series = page.locator('article.series').filter({ hasText: 'Pakistan IT exports' });
    await expect(series.locator('p').first().textContent()).resolves.toContain(
      'Record: $470 million in February 2026.',
    );
    const chain = series.locator('table');
    expect(await text(chain.locator('caption'))).toBe('Record chain of Pakistan IT exports, newest first');
    const january = chain.locator('tbody tr').filter({ has: page.locator('th', { hasText: /^\s*January 2026\s*$/ }) });
    await expect(january.textContent()).resolves.toContain('+$13 million (+3.0%) over December 2025');
    await expect(january.getByRole('link', { name: 'ProPakistani' }).getAttribute('href')).resolves.toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/propakistani\/2026\/02\/18\//,
    );
    // The chart is served by the worker, drawn as alerts draw it.
    const loaded = await series.locator('img').evaluate((img) => {
      const image = img as unknown as { complete: boolean; naturalWidth: number };
      return image.complete ? image.naturalWidth : 0;
    });
    expect(loaded).toBeGreaterThan(1000);
  });

  it('links a sent alert to its Discord message and gives a failed one its reason', async () => {
    const sent = alertRow(page, 'January 2026');
    await expect(sent.locator('.badge').textContent()).resolves.toBe('sent');
    await expect(sent.getByRole('link', { name: 'Discord message' }).getAttribute('href')).resolves.toBe(
      `https://discord.com/channels/${discord.guildId}/${FAKE_IDS.channel}/${sentMessage}`,
    );
    const failed = alertRow(page, 'February 2026');
    await expect(failed.locator('.badge').textContent()).resolves.toBe('failed');
    await expect(failed.locator('td').nth(4).textContent()).resolves.toMatch(/400/);
  });

  it('shows a held record with its reason, in the alerts and the record chain, without counting it as the record', async () => {
    const held = alertRow(page, 'March 2026');
    await expect(held.locator('.badge').textContent()).resolves.toBe('held');
    await expect(text(held.locator('td').nth(4))).resolves.toBe(
      '$1.5 billion is 3.2× the previous record ($470 million in February 2026); more than 1.5× is held until confirmed',
    );
    const series = page.locator('article.series').filter({ hasText: 'Pakistan IT exports' });
    const march = series
      .locator('table tbody tr')
      .filter({ has: page.locator('th', { hasText: /^\s*March 2026\s*$/ }) });
    await expect(text(march.locator('td').nth(3))).resolves.toMatch(
      /^#3 held \$1\.5 billion is 3\.2× the previous record/,
    );
    await expect(series.locator('p').first().textContent()).resolves.toContain(
      'Record: $470 million in February 2026.',
    );
  });

  it("shows a failing source's reason, and every source's health", async () => {
    const broken = rowOf(page, '#sources', 'broken-feed');
    await expect(broken.locator('.badge').textContent()).resolves.toBe('failing');
    await expect(broken.textContent()).resolves.toContain('HTTP 404');
    await expect(rowOf(page, '#sources', 'propakistani').locator('.badge').textContent()).resolves.toBe('ok');
  });

  it('lists the last ticks with their outcome and summary', async () => {
    const ticks = await page.locator('#ticks tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
    const rows = ticks.map((t) => t.replace(/\s+/g, ' ').trim());
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.at(-1)).toMatch(/ start-up failed 2 sources: 1 read, 1 failed$/);
    expect(rows).toContainEqual(expect.stringMatching(/ schedule failed .*1 record found, 1 alert sent$/));
  });

  it("shows a scraped headline's markup as text", async () => {
    await expect(page.locator('#alerts').textContent()).resolves.toContain(HOSTILE);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });

  it('has landmarks, a skip link, a language, and headers and a caption on every table', async () => {
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    for (const role of ['banner', 'navigation', 'main', 'contentinfo'] as const)
      expect(await page.getByRole(role).count(), role).toBeGreaterThanOrEqual(1);
    await expect(page.locator('a.skip').getAttribute('href')).resolves.toBe('#main');
    const tables = await page.locator('table').evaluateAll((all) =>
      all.map((t) => ({
        caption: t.querySelector('caption')?.textContent ?? '',
        headers: [...t.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col'),
        rows: [...t.querySelectorAll('tbody tr')].every((tr) => tr.querySelector('th[scope="row"]') !== null),
      })),
    );
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const t of tables) expect(t).toEqual({ caption: expect.stringMatching(/\S/), headers: true, rows: true });
  });

  it('passes axe-core: WCAG 2 A and AA, contrast included', async () => {
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(o: object): Promise<{ violations: unknown[] }> } }).axe;
      const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      return result.violations;
    });
    expect(violations).toEqual([]);
  });

  it('fits a phone: nothing wider than the screen but the tables, which scroll in their own region', async () => {
    const phone = await browser.page({ width: 390, height: 844 });
    await phone.goto(`${url}/`);
    await browser.screenshot(phone, 'status-phone');
    // The page's own width beyond the screen's (the tables scroll inside their regions instead).
    const overflow = await phone.evaluate(() => {
      const g = globalThis as unknown as { innerWidth: number; document: { documentElement: { scrollWidth: number } } };
      return g.document.documentElement.scrollWidth - g.innerWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(phone.locator('h1').textContent()).resolves.toBe('exportwatch status');
    const record = phone.locator('article.series p').first();
    await expect(record.textContent()).resolves.toContain('Record: $470 million in February 2026.');
  });

  it('made no request beyond 127.0.0.1', () => {
    expect(browser.offLoopback).toEqual([]);
  });
});
