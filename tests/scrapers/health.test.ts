import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordBotNotifier } from '../../src/notify/discord/index.js';
import { faults } from '../support/fault-server.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { JANUARY_2024_STORY, articleHtml, rssFeed } from '../support/news.js';
import { createWorld, sourceReport, type World } from '../support/world/index.js';
import { READING } from './reading.js';

const POLICY = { backoffMinutes: 5, maxBackoffMinutes: 60, disableAfter: 3 };

describe('when sources are read', () => {
  let w: World;
  let discord: FakeDiscord | undefined;
  afterEach(async () => {
    await w?.close();
    await discord?.close();
    discord = undefined;
  });

  it('skips an hourly source at the half-hour tick and reads it at the hour', async () => {
    w = await createWorld(READING);
    w.faultSite.route('/feed', faults.ok(rssFeed([]), { type: 'application/rss+xml' }));
    w.deps.sources = [
      { id: 'hourly', outlet: 'Hourly', kind: 'rss', url: `${w.faultSite.baseUrl}/feed`, intervalMinutes: 60 },
    ];
    expect(sourceReport(await w.tick(), 'hourly')?.status).toBe('ok');
    w.advance(30);
    expect(sourceReport(await w.tick(), 'hourly')).toMatchObject({
      status: 'skipped',
      nextAttemptAt: '2024-02-12T11:00:00.000Z',
    });
    // Cron fires a moment early or late; a source due at 11:00:00 is read by the 11:00 tick.
    w.advance(30);
    expect(sourceReport(await w.tick(), 'hourly')?.status).toBe('ok');
    expect(w.faultSite.hits('/feed')).toBe(2);
  });

  it('backs a failing source off for 5, then 10, then 20 minutes, showing the error in its status', async () => {
    w = await createWorld({ ...READING, sourceHealth: { ...POLICY, disableAfter: 10 } });
    w.faultSite.route('/feed', faults.status(404));
    w.deps.sources = [{ id: 'broken', outlet: 'Broken', kind: 'rss', url: `${w.faultSite.baseUrl}/feed` }];
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      await w.tick();
      const h = await w.health('broken');
      waits.push((Date.parse(h!.nextAttemptAt!) - Date.parse(h!.lastAttemptAt!)) / 60_000);
      expect(h).toMatchObject({
        lastOutcome: 'error',
        consecutiveFailures: i + 1,
        lastError: expect.stringMatching(/HTTP 404/),
      });
      // Not asked again before the backoff has passed.
      w.advance(1);
      expect(sourceReport(await w.tick(), 'broken')?.status).toBe('skipped');
      w.advance(waits[i]!);
    }
    expect(waits).toEqual([5, 10, 20]);
    expect(w.faultSite.hits('/feed')).toBe(3);
  });

  it('posts one notice when a source is disabled, none while it stays down, and one when it recovers', async () => {
    discord = await startFakeDiscord({ botToken: 'test-bot-token-0123456789' });
    w = await createWorld({ ...READING, sourceHealth: POLICY });
    w.deps.notifier = createDiscordBotNotifier({
      token: discord.botToken,
      channelId: '1100000000000000002',
      apiUrl: discord.url,
    });
    w.faultSite.route('/feed', faults.status(500));
    w.deps.sources = [
      ...w.deps.sources,
      { id: 'flaky', outlet: 'Flaky Times', kind: 'rss', url: `${w.faultSite.baseUrl}/feed` },
    ];

    for (let i = 0; i < 5; i++) {
      await w.tick();
      w.advance(60);
    }
    expect(await w.health('flaky')).toMatchObject({
      consecutiveFailures: 5,
      disabledAt: expect.any(String),
      pendingNotice: null,
    });
    const notices = (): string[] =>
      [...discord!.messages.values()].map((m) => m.content ?? '').filter((c) => c.includes('Flaky Times'));
    expect(notices()).toHaveLength(1);
    expect(notices()[0]).toMatch(/^⏸️ Source paused: Flaky Times/);
    expect(notices()[0]).toMatch(/HTTP 500/);

    w.faultSite.route('/feed', faults.ok(rssFeed([]), { type: 'application/rss+xml' }));
    await w.tick();
    w.advance(60);
    await w.tick();
    expect(await w.health('flaky')).toMatchObject({ consecutiveFailures: 0, disabledAt: null, pendingNotice: null });
    expect(notices()).toHaveLength(2);
    expect(notices()[1]).toMatch(/^▶️ Source recovered: Flaky Times/);
  });

  it('keeps a notice Discord did not take and posts it at the next tick', async () => {
    discord = await startFakeDiscord({ botToken: 'test-bot-token-0123456789' });
    w = await createWorld({ ...READING, sourceHealth: { ...POLICY, disableAfter: 1 } });
    w.deps.notifier = createDiscordBotNotifier({
      token: discord.botToken,
      channelId: '1100000000000000002',
      apiUrl: discord.url,
    });
    w.deps.sources = [{ id: 'gone', outlet: 'Gone Daily', kind: 'rss', url: `${w.faultSite.baseUrl}/feed` }];
    discord.fail({ kind: '500', route: 'create', times: 4 });
    await w.tick();
    expect(await w.health('gone')).toMatchObject({ pendingNotice: 'source-disabled' });
    expect(discord.messages.size).toBe(0);
    await w.tick();
    expect(await w.health('gone')).toMatchObject({ pendingNotice: null });
    expect(discord.messages.size).toBe(1);
  });

  describe('the keyword pre-filter', () => {
    function routeFeed(): void {
      const link = (path: string): string => `${w.faultSite.baseUrl}${path}`;
      w.faultSite.route(
        '/feed',
        faults.ok(
          rssFeed([
            { title: 'IT exports rise to $265 million in January 2024', link: link('/a/english') },
            { title: 'Economy roundup', link: link('/a/urdu'), description: 'آئی ٹی برآمدات میں اضافہ' },
            { title: 'Weekly roundup', link: link('/2024/02/it-exports-services-lead') },
            { title: 'Cricket squad named for Australia tour', link: link('/a/cricket') },
          ]),
          { type: 'application/rss+xml' },
        ),
      );
      for (const path of ['/a/english', '/a/urdu', '/2024/02/it-exports-services-lead', '/a/cricket']) {
        w.faultSite.route(path, faults.ok(articleHtml({ title: `Story ${path}`, paragraphs: JANUARY_2024_STORY })));
      }
    }

    it('fetches only articles whose title, summary (English or Urdu) or URL names a tracked series', async () => {
      w = await createWorld(READING);
      routeFeed();
      w.deps.sources = [{ id: 'mixed', outlet: 'Mixed', kind: 'rss', url: `${w.faultSite.baseUrl}/feed` }];
      expect(sourceReport(await w.tick(), 'mixed')).toMatchObject({ status: 'ok', articles: 3, skipped: 1 });
      expect(w.faultSite.hits('/a/cricket')).toBe(0);
    });

    it('fetches every new article when the source turns the pre-filter off', async () => {
      w = await createWorld(READING);
      routeFeed();
      w.deps.sources = [
        { id: 'mixed', outlet: 'Mixed', kind: 'rss', url: `${w.faultSite.baseUrl}/feed`, prefilter: false },
      ];
      expect(sourceReport(await w.tick(), 'mixed')).toMatchObject({ status: 'ok', articles: 4 });
      expect(w.faultSite.hits('/a/cricket')).toBe(1);
    });
  });
});
