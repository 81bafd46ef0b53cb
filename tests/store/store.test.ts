/** The store contract: the same cases against SQLite and PostgreSQL. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideRecords } from '../../src/history/records.js';
import type { Store } from '../../src/store/types.js';
import { STORE_KINDS, article, monthFigure, type StoreLocation } from './stores.js';

const decide = decideRecords;
const SEED = [
  { month: '2023-10', value: 250_000_000, note: null },
  { month: '2023-11', value: 260_000_000, note: 'seed' },
];

describe.each(STORE_KINDS)('the $name store', (kind) => {
  let location: StoreLocation;
  let stores: Store[];
  const open = async (now?: () => Date): Promise<Store> => {
    const store = await location.open(now);
    stores.push(store);
    return store;
  };

  beforeEach(async (ctx) => {
    if (!kind.available) ctx.skip(`PostgreSQL tests skipped: ${kind.skipReason}`);
    location = await kind.create();
    stores = [];
  });
  afterEach(async () => {
    for (const s of stores) await s.close().catch(() => undefined);
    await location?.dispose();
  });

  it('remembers an article by URL and by the hash of its text', async () => {
    const store = await open();
    await store.ingestArticle(article('https://dawn.example/a', 'Dawn', 'h1'), [], decide);
    expect(await store.hasArticle('https://dawn.example/a')).toBe(true);
    expect(await store.hasArticle('https://dawn.example/a', 'h1')).toBe(true);
    expect(await store.hasArticle('https://dawn.example/a', 'h2')).toBe(false);
    expect(await store.hasArticle('https://dawn.example/b')).toBe(false);
  });

  it('loads a seed, replacing the series\' earlier seed', async () => {
    const store = await open();
    expect(await store.importSeed('pk-it-exports', [{ month: '2023-01', value: 1, note: null }])).toBe(1);
    expect(await store.importSeed('pk-it-exports', SEED)).toBe(2);
    expect([...(await store.monthValues('pk-it-exports'))].sort()).toEqual([['2023-10', 250_000_000], ['2023-11', 260_000_000]]);
    expect((await store.monthValues('pk-textile-exports')).size).toBe(0);
  });

  it('creates one alert for a record month and adds a second outlet\'s article to it as a source', async () => {
    const store = await open(() => new Date('2024-01-18T06:00:00Z'));
    await store.importSeed('pk-it-exports', SEED);
    const first = await store.ingestArticle(article('https://dawn.example/rec', 'Dawn'), [monthFigure('2023-12', 303_000_000)], decide);
    const second = await store.ingestArticle(article('https://tribune.example/rec', 'Tribune'), [monthFigure('2023-12', 303_000_000)], decide);
    expect(first).toMatchObject({ observations: 1, newAlerts: [expect.any(Number)], extendedAlerts: [] });
    expect(second).toMatchObject({ newAlerts: [], extendedAlerts: first.newAlerts });
    const [alert, ...rest] = await store.alerts();
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({
      series: 'pk-it-exports', month: '2023-12', value: 303_000_000, currency: 'USD', status: 'pending', attempts: 0,
      previous: { month: '2023-11', value: 260_000_000 }, historyIncomplete: false, createdAt: '2024-01-18T06:00:00.000Z',
    });
    expect(alert?.sources.map((s) => s.outlet)).toEqual(['Dawn', 'Tribune']);
  });

  it('judges an article against the history before it, which then includes its figures', async () => {
    const store = await open();
    await store.importSeed('pk-it-exports', SEED);
    const seen: number[] = [];
    await store.ingestArticle(article('https://dawn.example/1'), [monthFigure('2023-12', 303_000_000)], (figures, historyOf) => {
      seen.push(historyOf('pk-it-exports').size);
      return decide(figures, historyOf);
    });
    expect(seen).toEqual([2]);
    expect((await store.monthValues('pk-it-exports')).get('2023-12')).toBe(303_000_000);
    const again = await store.ingestArticle(article('https://dawn.example/2'), [monthFigure('2023-12', 290_000_000)], decide);
    expect(again.newAlerts).toEqual([]);
  });

  it('keeps an alert pending after a retryable failure, and records the message id once sent', async () => {
    const store = await open();
    await store.importSeed('pk-it-exports', SEED);
    const { newAlerts: [id] } = await store.ingestArticle(article('https://dawn.example/rec'), [monthFigure('2023-12', 303_000_000)], decide);
    expect(await store.beginDelivery(id!)).toEqual({ status: 'claimed', interrupted: false });
    await store.markFailed(id!, 'Discord 503', true);
    expect((await store.pendingAlerts()).map((a) => [a.id, a.attempts, a.lastError])).toEqual([[id, 1, 'Discord 503']]);
    expect(await store.beginDelivery(id!)).toEqual({ status: 'claimed', interrupted: false });
    await store.markSent(id!, '1234567890123456789');
    expect(await store.pendingAlerts()).toEqual([]);
    expect((await store.alerts())[0]).toMatchObject({ status: 'sent', messageId: '1234567890123456789', attempts: 2, lastError: null });
    expect(await store.beginDelivery(id!)).toEqual({ status: 'taken' });
  });

  it('marks an alert failed for good after a permanent failure', async () => {
    const store = await open();
    await store.importSeed('pk-it-exports', SEED);
    const { newAlerts: [id] } = await store.ingestArticle(article('https://dawn.example/rec'), [monthFigure('2023-12', 303_000_000)], decide);
    await store.beginDelivery(id!);
    await store.markFailed(id!, 'Discord 403 50013', false);
    expect(await store.pendingAlerts()).toEqual([]);
    expect((await store.alerts())[0]).toMatchObject({ status: 'failed', lastError: 'Discord 403 50013' });
  });

  it('keeps everything across a reopen', async () => {
    const store = await open();
    await store.importSeed('pk-it-exports', SEED);
    await store.ingestArticle(article('https://dawn.example/rec'), [monthFigure('2023-12', 303_000_000)], decide);
    await store.close();
    stores = [];
    const reopened = await open();
    expect(await reopened.hasArticle('https://dawn.example/rec', 'h1')).toBe(true);
    expect((await reopened.monthValues('pk-it-exports')).size).toBe(3);
    expect(await reopened.alerts()).toHaveLength(1);
  });

  it('refuses a database written by a newer exportwatch, naming the versions', async () => {
    await (await open()).close();
    stores = [];
    await location.setSchemaVersion(99);
    await expect(location.open()).rejects.toThrow(/schema version 99, newer than this exportwatch understands \(\d+\)/);
  });
});
