/**
 * A slow site costs only its own time: a record is posted while another source's pages still hang; a host
 * that hangs spends its budget and no more; a page that hung is asked again with a short deadline; and a tick
 * that crashes or is stopped makes no request after it. Real ticks against fault sites on loopback, the
 * fixture site (whose feed carries the December 2023 record) and the fake Discord.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceConfig } from '../../src/config.js';
import { runTick } from '../../src/pipeline/tick.js';
import { faults, startFaultSite, type FaultSite, type Handler } from '../support/fault-server.js';
import { rssFeed } from '../support/news.js';
import { waitFor } from '../support/replicas.js';
import { FAST_HTTP, FIXTURE_SOURCE_ID, createWorld, sourceReport, type World } from '../support/world/index.js';

let world: World;
let extra: FaultSite | undefined;
afterEach(async () => {
  await world?.close();
  await extra?.close();
  extra = undefined;
});

/** A feed on `site` listing `count` relevant stories at /a1 … /aN (their titles name IT exports). */
function relevantFeed(site: FaultSite, count: number): string {
  return rssFeed(
    Array.from({ length: count }, (_, i) => ({
      title: `IT exports story ${i + 1}`,
      link: `${site.baseUrl}/a${i + 1}`,
    })),
  );
}

/** A handler that never answers and counts the requests it holds open. */
function holding(): { handler: Handler; open: () => number } {
  let open = 0;
  return {
    handler: (_req, res) => {
      open++;
      res.on('close', () => open--);
    },
    open: () => open,
  };
}

const articleRequests = (site: FaultSite): string[] =>
  site.requests.map((r) => r.path).filter((p) => /^\/a\d+$/.test(p));

describe('a record and a site that hangs in the same tick', () => {
  it("posts the record while the other source's pages still hang, and a stopped tick then ends at once", async () => {
    world = await createWorld({
      fixtureSite: true,
      faultSite: '127.0.0.2',
      seed: { upTo: '2023-11' },
      discord: {},
      // A hanging page holds its read for a minute: the post cannot have waited for it.
      http: { headersTimeoutMs: 60_000, totalTimeoutMs: 90_000 },
    });
    const site = world.faultSite;
    const hang = holding();
    site.route('/feed', faults.ok(relevantFeed(site, 3), { type: 'application/rss+xml' }));
    for (const n of [1, 2, 3]) site.route(`/a${n}`, hang.handler);
    const slow: SourceConfig = { id: 'slow', outlet: 'Slow News', kind: 'rss', url: `${site.baseUrl}/feed` };
    world.deps.sources = [...world.deps.sources, slow];
    await world.store.markSourceKnown('slow');

    const stop = new AbortController();
    let ended = false;
    const ticking = runTick(world.deps, { signal: stop.signal }).finally(() => (ended = true));
    const discord = world.discord;
    await waitFor('the record to reach Discord', () => discord.messages.size === 1, 20_000);
    await waitFor('a page of the slow source in flight', () => hang.open() === 1, 20_000);
    // The post went out while the tick was still waiting for the other source.
    expect(ended).toBe(false);

    stop.abort();
    const summary = await ticking;
    expect(summary.stopped).toBe(true);
    expect(summary.delivery.sent).toBe(1);
    expect(sourceReport(summary, FIXTURE_SOURCE_ID)).toMatchObject({ status: 'ok', articles: 2 });
    expect(sourceReport(summary, 'slow')).toEqual({ source: 'slow', status: 'stopped' });
    // A stopped read records nothing: the source is not failing and its pages are not counted as failed.
    expect(await world.health('slow')).toBeUndefined();
    expect(world.query<{ n: number }>("SELECT COUNT(*) AS n FROM article_keys WHERE url LIKE '%/a_'")).toEqual([
      { n: 0 },
    ]);
    await waitFor('the hanging request to be dropped', () => hang.open() === 0, 5_000);
    expect(articleRequests(site)).toEqual(['/a1']);
  });
});

describe('budgets', () => {
  async function hangingHost(budgets: Partial<NonNullable<World['deps']['budgets']>>): Promise<FaultSite> {
    world = await createWorld({
      faultSite: '127.0.0.2',
      seed: { upTo: '2023-11' },
      http: { ...FAST_HTTP, headersTimeoutMs: 300, totalTimeoutMs: 2_000 },
      log: 'kept',
    });
    world.deps.budgets = { sourceDeadlineMs: 60_000, hostBudgetMs: 60_000, hungPageTimeoutMs: 5_000, ...budgets };
    const site = world.faultSite;
    site.route('/feed', faults.ok(relevantFeed(site, 10), { type: 'application/rss+xml', etag: '"v1"' }));
    for (let n = 1; n <= 10; n++) site.route(`/a${n}`, faults.hang());
    world.deps.sources = [{ id: 'hangs', outlet: 'Hangs', kind: 'rss', url: `${site.baseUrl}/feed` }];
    await world.store.markSourceKnown('hangs');
    return site;
  }

  it('asks a host whose pages hang only until its budget is spent; its other pages wait for the next tick', async () => {
    // Each hanging page costs the 300 ms header timeout: the 1 s budget is spent after a few. Asked again, a page
    // that hung costs only its short deadline (100 ms), which leaves the host time for pages not asked yet.
    const site = await hangingHost({ hostBudgetMs: 1_000, hungPageTimeoutMs: 100 });

    const first = await runTick(world.deps);
    expect(sourceReport(first, 'hangs')).toMatchObject({ status: 'ok', articleErrors: 10 });
    const asked = articleRequests(site).length;
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(10);
    // Those that hung are remembered as hung; those never asked are not counted as failures at all.
    const keys = world.query<{ url: string; failures: number; hung: number }>(
      'SELECT url, failures, hung FROM article_keys ORDER BY url',
    );
    expect(keys).toHaveLength(asked);
    expect(keys.every((k) => k.failures === 1 && k.hung === 1)).toBe(true);
    // Pages are still owed: the feed's validators are not kept, so the next read sees every item again.
    expect(world.query('SELECT * FROM http_validators')).toEqual([]);

    world.advance(5);
    await runTick(world.deps);
    // The next tick has a budget of its own, and asks pages the first never reached.
    expect(new Set(articleRequests(site)).size).toBeGreaterThan(asked);
  });

  it('asks a page that hung again with the short deadline, not the full timeouts', async () => {
    await hangingHost({ hungPageTimeoutMs: 150 });
    world.deps.sources = [world.deps.sources[0]!];
    const site = world.faultSite;
    site.route('/feed', faults.ok(relevantFeed(site, 1), { type: 'application/rss+xml' }));

    await runTick(world.deps);
    world.advance(5);
    await runTick(world.deps);

    const reasons = world
      .logLines()
      .filter((l) => l.msg === 'article failed; tried again next read')
      .map((l) => String(l.reason));
    expect(reasons).toEqual([
      expect.stringMatching(/^header timeout: no response headers within 300 ms/),
      expect.stringMatching(/^timeout: not done within 150 ms/),
    ]);
  });

  it("gives up a source's read at its deadline, keeping what it stored and owing the rest to the next tick", async () => {
    const site = await hangingHost({ sourceDeadlineMs: 500 });
    const first = await runTick(world.deps);
    // A page or two hung (300 ms each) before the deadline cut the read; the rest were never asked.
    expect(sourceReport(first, 'hangs')).toMatchObject({ status: 'ok', articleErrors: 10 });
    const asked = articleRequests(site).length;
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(10);
    expect(world.query<{ n: number }>('SELECT COUNT(*) AS n FROM article_keys')).toEqual([{ n: asked }]);
    expect(world.query('SELECT * FROM http_validators')).toEqual([]);
  });
});

describe('a tick that stops part-way', () => {
  // Source A's pages hang on one host, one at a time; source B's feed, on another host, is where the tick stops:
  // its store breaks (a crash) or the worker is told to stop, while A has one page in flight and four queued.
  async function stopMidRead(how: 'crash' | 'shutdown'): Promise<{ error: unknown; site: FaultSite }> {
    world = await createWorld({
      faultSite: '127.0.0.2',
      seed: { upTo: '2023-11' },
      http: { headersTimeoutMs: 20_000, totalTimeoutMs: 30_000 },
    });
    const site = world.faultSite;
    const b = (extra = await startFaultSite('127.0.0.3'));
    const hang = holding();
    site.route('/feed', faults.ok(relevantFeed(site, 5), { type: 'application/rss+xml' }));
    for (let n = 1; n <= 5; n++) site.route(`/a${n}`, hang.handler);
    site.route('/after', faults.ok('<html><body>after</body></html>'));
    const stop = new AbortController();
    b.route('/feed', (req, res) => {
      void waitFor('a page of source A in flight', () => hang.open() === 1, 10_000).then(() => {
        if (how === 'crash') {
          const db = new Database(world.dbPath);
          db.exec('DROP TABLE source_health');
          db.close();
        } else stop.abort();
        faults.ok(rssFeed([]), { type: 'application/rss+xml' })(req, res);
      });
    });
    world.deps.sources = [
      { id: 'a', outlet: 'A', kind: 'rss', url: `${site.baseUrl}/feed` },
      { id: 'b', outlet: 'B', kind: 'rss', url: `${b.baseUrl}/feed` },
    ];
    for (const id of ['a', 'b']) await world.store.markSourceKnown(id);
    const error = await runTick(world.deps, { signal: stop.signal }).then(
      () => null,
      (e: unknown) => e,
    );
    // One more request to A's host, after the tick: requests to a host go in order, so anything the tick had
    // left queued there would reach the site before it.
    await world.deps.http.get(`${site.baseUrl}/after`);
    return { error, site };
  }

  it('crashed on a store error: stops every read at once and makes no request after the crash', async () => {
    const { error, site } = await stopMidRead('crash');
    expect(String(error)).toMatch(/source_health/);
    expect(site.requests.map((r) => r.path)).toEqual(['/robots.txt', '/feed', '/a1', '/after']);
  });

  it('stopped by the worker: stops every read at once and makes no request after the stop', async () => {
    const { error, site } = await stopMidRead('shutdown');
    expect(error).toBeNull();
    expect(site.requests.map((r) => r.path)).toEqual(['/robots.txt', '/feed', '/a1', '/after']);
  });
});
