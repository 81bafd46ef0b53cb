/**
 * Polling that follows the sources: a source is read as often as its publishing suggests (four reads per
 * story), never more often than the shortest interval, its `intervalMinutes` or its host's Crawl-delay, and
 * never later than the schedule's next slot. Real ticks against a feed on loopback with the tick clock moved
 * by hand, and the rules themselves on their own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { learnRhythm, nextReadAt, type CadencePolicy, type Rhythm } from '../../src/pipeline/cadence.js';
import { runTick } from '../../src/pipeline/tick.js';
import { faults } from '../support/fault-server.js';
import { rssFeed } from '../support/news.js';
import { createWorld, type World } from '../support/world/index.js';

const MINUTE = 60_000;
const at = (hhmm: string): Date => new Date(`2024-03-01T${hhmm}:00.000Z`);

/** The 30-minute schedule's slots: :00 and :30. */
const halfHours = (after: Date): Date => {
  const t = after.getTime();
  return new Date(Math.floor(t / (30 * MINUTE)) * 30 * MINUTE + 30 * MINUTE);
};
const POLICY: CadencePolicy = { minIntervalMs: 2 * MINUTE, nextSlot: halfHours };
const NOTHING_YET: Rhythm = { newestLink: null, lastPublishedAt: null, publishIntervalMs: null };

describe('the next read of a source', () => {
  it.each([
    ['publishing every 8 minutes', 8, 0, '10:02'],
    ['publishing every hour', 60, 0, '10:15'],
    ['publishing every 2 minutes, held to the shortest interval', 2, 0, '10:02'],
    ['publishing every 3 hours, held to the next slot', 180, 0, '10:30'],
    ['publishing every 8 minutes but silent for an hour since, read as its silence suggests', 8, 60, '10:15'],
  ])('of a source %s is at %s', (_, everyMinutes, silentMinutes, expected) => {
    const rhythm: Rhythm = {
      newestLink: '//wire/1',
      lastPublishedAt: new Date(at('10:00').getTime() - silentMinutes * MINUTE).toISOString(),
      publishIntervalMs: everyMinutes * MINUTE,
    };
    expect(nextReadAt(rhythm, POLICY, 0, at('10:00'))).toEqual(at(expected));
  });

  it("of a source whose rhythm is not known yet is the schedule's next slot", () => {
    expect(nextReadAt(NOTHING_YET, POLICY, 0, at('10:00'))).toEqual(at('10:30'));
  });

  it('is never sooner than its floor (its intervalMinutes, its Crawl-delay), not even at a slot', () => {
    const busy: Rhythm = {
      newestLink: '//wire/1',
      lastPublishedAt: at('10:00').toISOString(),
      publishIntervalMs: 8 * MINUTE,
    };
    expect(nextReadAt(busy, POLICY, 20 * MINUTE, at('10:00'))).toEqual(at('10:20'));
    expect(nextReadAt(NOTHING_YET, POLICY, 45 * MINUTE, at('10:00'))).toEqual(at('10:45'));
  });
});

describe('learning how often a source publishes', () => {
  it('only notes the newest story at the first read', () => {
    expect(learnRhythm(NOTHING_YET, { newest: '//wire/1', stored: 0 }, at('10:00'))).toEqual({
      newestLink: '//wire/1',
      lastPublishedAt: null,
      publishIntervalMs: null,
    });
  });

  it('takes the gap between two publications, then moves a little with each new gap', () => {
    const first = learnRhythm(
      { newestLink: '//wire/1', lastPublishedAt: null, publishIntervalMs: null },
      { newest: '//wire/2', stored: 0 },
      at('10:00'),
    );
    const second = learnRhythm(first, { newest: '//wire/3', stored: 0 }, at('10:20'));
    expect(second).toEqual({
      newestLink: '//wire/3',
      lastPublishedAt: at('10:20').toISOString(),
      publishIntervalMs: 20 * MINUTE,
    });
    const third = learnRhythm(second, { newest: '//wire/4', stored: 0 }, at('10:30'));
    // One short gap moves the estimate, it does not replace it: 0.7 × 20 + 0.3 × 10 minutes.
    expect(third.publishIntervalMs).toBe(17 * MINUTE);
  });

  it('counts an unchanged newest story as no publication', () => {
    const known: Rhythm = {
      newestLink: '//wire/3',
      lastPublishedAt: at('10:20').toISOString(),
      publishIntervalMs: 20 * MINUTE,
    };
    expect(learnRhythm(known, { newest: '//wire/3', stored: 0 }, at('10:40'))).toEqual(known);
  });
});

describe('ticks that follow a source', () => {
  let world: World;
  afterEach(async () => {
    await world?.close();
  });

  /** A feed whose newest story changes whenever the test publishes; its stories name nothing tracked. */
  async function wire(robots?: string): Promise<{ publish: () => void }> {
    // Politeness waits are the HTTP client's own business here, not the test's: they return at once.
    world = await createWorld({
      faultSite: '127.0.0.2',
      clock: '2024-03-01T10:00:00Z',
      http: { sleep: async () => {} },
    });
    const site = world.faultSite;
    let stories = 1;
    site.route('/feed', (req, res) =>
      faults.ok(
        rssFeed(
          Array.from({ length: stories }, (_, i) => ({
            title: `Weather story ${stories - i}`,
            link: `${site.baseUrl}/s${stories - i}`,
          })),
        ),
        { type: 'application/rss+xml' },
      )(req, res),
    );
    if (robots) site.route('/robots.txt', faults.ok(robots, { type: 'text/plain' }));
    world.deps.sources = [{ id: 'wire', outlet: 'Wire', kind: 'rss', url: `${site.baseUrl}/feed` }];
    world.deps.cadence = POLICY;
    await world.store.markSourceKnown('wire');
    return { publish: () => void stories++ };
  }

  /** Publishes, moves the clock to when the source is next due, and ticks; returns the tick's time. */
  async function readWhenDue(): Promise<string> {
    const next = (await world.health('wire'))!.nextAttemptAt!;
    world.advance((Date.parse(next) - world.deps.now!().getTime()) / MINUTE);
    await runTick(world.deps);
    return next.slice(11, 16);
  }

  it('reads a source that publishes at every read more often than the schedule, at its slots until then', async () => {
    const { publish } = await wire();
    await runTick(world.deps);
    const reads: string[] = [];
    for (let n = 0; n < 4; n++) {
      publish();
      reads.push(await readWhenDue());
    }
    // 10:30 and 11:00 are slots (nothing learnt yet); after two publications 30 minutes apart, 7.5 minutes.
    expect(reads).toEqual(['10:30', '11:00', '11:07', '11:13']);
  });

  it("never reads a host sooner than its robots.txt Crawl-delay asks, whatever the source's rhythm", async () => {
    const { publish } = await wire('User-agent: *\nCrawl-delay: 1200\n');
    await runTick(world.deps);
    const reads: string[] = [];
    for (let n = 0; n < 3; n++) {
      publish();
      reads.push(await readWhenDue());
    }
    // Slots at 10:30 and 11:00; the learnt 7.5 minutes is held to the 20-minute Crawl-delay.
    expect(reads).toEqual(['10:30', '11:00', '11:20']);
  });
});
