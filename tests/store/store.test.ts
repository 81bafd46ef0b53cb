/**
 * The store contract, case by case, on SQLite and on PostgreSQL. (The outbox and record-rule suites in
 * tests/store/outbox.test.ts and tests/history/records.test.ts also run on both, through real ticks.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideRecords, type RecordDecider } from '../../src/history/records.js';
import { recordArticle } from '../../src/pipeline/record.js';
import type { Store } from '../../src/store/types.js';
import { STORE_KINDS, article, monthFigure, type StoreLocation } from './stores.js';

const decide: RecordDecider = (figures, historyOf) => decideRecords(figures, historyOf);
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
  const recordAlert = async (store: Store): Promise<number> => {
    await store.importSeed('pk-it-exports', SEED);
    const {
      newAlerts: [id],
    } = await recordArticle(
      store,
      article('https://dawn.example/rec', 'Dawn'),
      [monthFigure('2023-12', 303_000_000)],
      decide,
    );
    return id!;
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
    await recordArticle(store, article('https://dawn.example/a', 'Dawn', 'h1'), [], decide);
    expect(await store.hasArticle('https://dawn.example/a')).toBe(true);
    expect(await store.hasArticle('https://dawn.example/a', 'h1')).toBe(true);
    expect(await store.hasArticle('https://dawn.example/a', 'h2')).toBe(false);
    expect(await store.hasArticle('https://dawn.example/b')).toBe(false);
  });

  it('imports history, replacing months imported before and keeping the rest', async () => {
    const store = await open();
    expect(await store.hasHistory('pk-it-exports')).toBe(false);
    expect(
      await store.importSeed('pk-it-exports', [
        { month: '2023-10', value: 1, note: null },
        { month: '2023-09', value: 2, note: null },
      ]),
    ).toBe(2);
    expect(await store.importSeed('pk-it-exports', SEED, 'seed.csv')).toBe(2);
    expect([...(await store.monthValues('pk-it-exports'))].sort()).toEqual([
      ['2023-09', 2],
      ['2023-10', 250_000_000],
      ['2023-11', 260_000_000],
    ]);
    expect(await store.hasHistory('pk-it-exports')).toBe(true);
    expect(await store.hasHistory('pk-textile-exports')).toBe(false);
  });

  it("creates one alert for a record month and adds a second outlet's article to it as a source", async () => {
    const store = await open(() => new Date('2024-01-18T06:00:00Z'));
    await store.importSeed('pk-it-exports', SEED);
    const first = await recordArticle(
      store,
      article('https://dawn.example/rec', 'Dawn'),
      [monthFigure('2023-12', 303_000_000)],
      decide,
    );
    const second = await recordArticle(
      store,
      article('https://tribune.example/rec', 'Tribune'),
      [monthFigure('2023-12', 303_000_000)],
      decide,
    );
    expect(first).toMatchObject({ observations: 1, newAlerts: [expect.any(Number)], extendedAlerts: [], disputed: 0 });
    expect(second).toMatchObject({ newAlerts: [], extendedAlerts: first.newAlerts });
    const [alert, ...rest] = await store.alerts();
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({
      series: 'pk-it-exports',
      month: '2023-12',
      value: 303_000_000,
      currency: 'USD',
      status: 'pending',
      attempts: 0,
      failures: 0,
      previous: { month: '2023-11', value: 260_000_000 },
      historyIncomplete: false,
      createdAt: '2024-01-18T06:00:00.000Z',
      editPending: false,
    });
    expect(alert?.sources.map((s) => s.outlet)).toEqual(['Dawn', 'Tribune']);
  });

  it('judges an article against the history before it, which then includes its figures', async () => {
    const store = await open();
    await store.importSeed('pk-it-exports', SEED);
    const seen: number[] = [];
    await recordArticle(
      store,
      article('https://dawn.example/1'),
      [monthFigure('2023-12', 303_000_000)],
      (figures, historyOf) => {
        const moment = historyOf('pk-it-exports');
        seen.push(moment.before.size, moment.after.size);
        return decide(figures, historyOf);
      },
    );
    expect(seen).toEqual([2, 3]);
    expect((await store.monthValues('pk-it-exports')).get('2023-12')).toBe(303_000_000);
    const again = await recordArticle(
      store,
      article('https://dawn.example/2'),
      [monthFigure('2023-12', 290_000_000)],
      decide,
    );
    expect(again.newAlerts).toEqual([]);
  });

  it("stores a baseline article's figures without alerting on them", async () => {
    const store = await open();
    await store.importSeed('pk-it-exports', SEED);
    const result = await recordArticle(
      store,
      article('https://dawn.example/old'),
      [monthFigure('2023-12', 303_000_000)],
      decide,
      'baseline',
    );
    expect(result.newAlerts).toEqual([]);
    expect(await store.alerts()).toEqual([]);
    expect(
      (await store.history('pk-it-exports')).months.find((m) => m.month === '2023-12')?.observations[0],
    ).toMatchObject({ mode: 'baseline' });
  });

  it('remembers which sources have had their first (baseline) read', async () => {
    const store = await open();
    expect(await store.isSourceKnown('dawn')).toBe(false);
    await store.markSourceKnown('dawn');
    await store.markSourceKnown('dawn');
    expect(await store.isSourceKnown('dawn')).toBe(true);
  });

  it('keeps a post due after a retryable failure until its time, records the message id once sent, then rewrites it', async () => {
    const store = await open();
    const id = await recordAlert(store);
    expect(await store.dueDeliveries(new Date())).toMatchObject([{ kind: 'send', alert: { id } }]);
    expect(await store.beginDelivery(id, 'send')).toEqual({ status: 'claimed', interrupted: false });
    await store.recordDelivery(id, 'send', {
      status: 'failed',
      reason: 'Discord 503',
      nextAttemptAt: '2030-01-01T00:00:00.000Z',
    });
    expect(await store.dueDeliveries(new Date('2029-12-31T23:59:59Z'))).toEqual([]);
    expect((await store.alerts())[0]).toMatchObject({
      status: 'pending',
      attempts: 1,
      failures: 1,
      lastError: 'Discord 503',
    });
    expect(await store.beginDelivery(id, 'send')).toEqual({ status: 'claimed', interrupted: false });
    await store.recordDelivery(id, 'send', { status: 'sent', messageId: '1234567890123456789' });
    expect((await store.alerts())[0]).toMatchObject({
      status: 'sent',
      messageId: '1234567890123456789',
      attempts: 2,
      failures: 0,
      lastError: null,
    });
    expect(await store.beginDelivery(id, 'send')).toEqual({ status: 'taken' });
    // The failed try may have reached Discord after all, and the recorded message may be that one, showing the
    // alert as it stood then (an outlet linked since would be missing): it is rewritten once.
    expect(await store.dueDeliveries(new Date('2031-01-01T00:00:00Z'))).toMatchObject([
      { kind: 'edit', alert: { id } },
    ]);
    await store.beginDelivery(id, 'edit');
    await store.recordDelivery(id, 'edit', { status: 'sent', messageId: '1234567890123456789' });
    expect(await store.dueDeliveries(new Date('2031-01-01T00:00:00Z'))).toEqual([]);
  });

  it('marks an alert failed for good after a permanent failure, and puts it back when asked', async () => {
    const store = await open();
    const id = await recordAlert(store);
    await store.beginDelivery(id, 'send');
    await store.recordDelivery(id, 'send', { status: 'failed', reason: 'Discord 403 50013', nextAttemptAt: null });
    expect(await store.dueDeliveries(new Date())).toEqual([]);
    expect((await store.alerts())[0]).toMatchObject({ status: 'failed', lastError: 'Discord 403 50013' });
    expect(await store.retryAlert(id)).toBe(true);
    expect(await store.retryAlert(id)).toBe(false);
    expect(await store.dueDeliveries(new Date())).toMatchObject([{ kind: 'send', alert: { id, status: 'pending' } }]);
  });

  it('queues an edit when a later outlet reports a record already posted', async () => {
    const store = await open();
    const id = await recordAlert(store);
    await store.beginDelivery(id, 'send');
    await store.recordDelivery(id, 'send', { status: 'sent', messageId: '1234567890123456789' });
    await recordArticle(
      store,
      article('https://tribune.example/rec', 'Tribune'),
      [monthFigure('2023-12', 303_000_000)],
      decide,
    );
    expect(await store.dueDeliveries(new Date())).toMatchObject([{ kind: 'edit', alert: { id, editPending: true } }]);
    expect(await store.beginDelivery(id, 'edit')).toEqual({ status: 'claimed', interrupted: false });
    await store.recordDelivery(id, 'edit', { status: 'sent', messageId: '1234567890123456789' });
    expect(await store.dueDeliveries(new Date())).toEqual([]);
  });

  it('tells the next delivery that the one before it was interrupted, and queues an edit after it', async () => {
    const first = await open();
    const id = await recordAlert(first);
    expect(await first.beginDelivery(id, 'send')).toMatchObject({ status: 'claimed' });
    await first.close(); // the process dies before recording what Discord answered
    const next = await open();
    expect(await next.beginDelivery(id, 'send')).toEqual({ status: 'claimed', interrupted: true });
    await next.recordDelivery(id, 'send', { status: 'sent', messageId: '1234567890123456789' });
    // The answer may have been the first attempt's message, as it stood then: it is rewritten.
    expect(await next.dueDeliveries(new Date())).toMatchObject([{ kind: 'edit', alert: { id } }]);
  });

  it('queues no rewrite for a post that went through at the first try', async () => {
    const store = await open();
    const id = await recordAlert(store);
    await store.beginDelivery(id, 'send');
    await store.recordDelivery(id, 'send', { status: 'sent', messageId: '1234567890123456789' });
    expect(await store.dueDeliveries(new Date())).toEqual([]);
  });

  it('keeps everything across a reopen', async () => {
    const store = await open();
    await recordAlert(store);
    await store.close();
    const reopened = await open();
    expect(await reopened.hasArticle('https://dawn.example/rec', 'h1')).toBe(true);
    expect((await reopened.monthValues('pk-it-exports')).size).toBe(3);
    expect(await reopened.alerts()).toHaveLength(1);
  });

  it("keeps each source's health and the validators of its last complete read, across a reopen", async () => {
    const store = await open();
    const failing = {
      sourceId: 'dawn-business',
      consecutiveFailures: 3,
      lastOutcome: 'error' as const,
      lastError: 'HTTP 503 (https://dawn.example/feed)',
      lastErrorAt: '2024-02-01T10:00:00.000Z',
      lastSuccessAt: null,
      lastAttemptAt: '2024-02-01T10:00:00.000Z',
      nextAttemptAt: '2024-02-01T10:20:00.000Z',
      disabledAt: null,
      lastArticles: 0,
      lastArticleErrors: 0,
      lastArticleError: null,
      pendingNotice: 'source-disabled' as const,
      // Its publishing rhythm, learnt before it started failing.
      newestLink: '//dawn.example/news/1181234',
      lastPublishedAt: '2024-02-01T09:30:00.000Z',
      publishIntervalMs: 1_234_567,
    };
    await store.saveSourceRead(failing, []);
    await store.saveSourceRead(
      { ...failing, sourceId: 'app-business', consecutiveFailures: 0, lastOutcome: 'ok', pendingNotice: null },
      [{ url: 'https://app.example/feed', etag: '"v7"', lastModified: 'Thu, 01 Feb 2024 09:00:00 GMT' }],
    );
    // A later read of the same source replaces its row and the validators it fetched anew.
    await store.saveSourceRead({ ...failing, consecutiveFailures: 4 }, [
      { url: 'https://app.example/feed', etag: '"v8"', lastModified: null },
    ]);
    await store.close();

    const reopened = await open();
    expect(await reopened.sourceHealth()).toEqual([
      expect.objectContaining({
        sourceId: 'app-business',
        consecutiveFailures: 0,
        lastOutcome: 'ok',
        pendingNotice: null,
      }),
      { ...failing, consecutiveFailures: 4 },
    ]);
    expect(await reopened.validators('https://app.example/feed')).toEqual({
      url: 'https://app.example/feed',
      etag: '"v8"',
      lastModified: null,
    });
    expect(await reopened.validators('https://app.example/other')).toBeNull();
  });

  it('knows an article by any of its keys, with its text hash', async () => {
    const store = await open();
    const keys = ['//dawn.example/news/1', '//dawn.example/amp/1'];
    expect(await store.articleKeySeen(keys[0]!)).toBe(false);
    await store.rememberArticle(keys, { url: 'https://dawn.example/news/1', contentHash: 'h1' });
    expect(await store.articleKeySeen('//dawn.example/amp/1')).toBe(true);
    expect(await store.articleTextSeen(['//other.example/x', '//dawn.example/amp/1'], 'h1')).toBe(true);
    expect(await store.articleTextSeen(keys, 'h2')).toBe(false);
    // The article's text changed: remembered with the new hash under the same keys.
    await store.rememberArticle(keys, { url: 'https://dawn.example/news/1', contentHash: 'h2' });
    expect(await store.articleTextSeen(keys, 'h2')).toBe(true);
    expect(await store.articleTextSeen(keys, 'h1')).toBe(false);
  });

  it('counts failed fetches of a page, gives it up at the limit, and forgets the count once the page is read', async () => {
    const store = await open();
    const missing = {
      url: 'https://dawn.example/news/2',
      reason: 'HTTP 404 (https://dawn.example/news/2)',
      giveUpAfter: 3,
    };
    expect(await store.recordArticleFailure(['//dawn.example/news/2'], missing)).toEqual({
      failures: 1,
      givenUp: false,
    });
    expect(await store.articleKeySeen('//dawn.example/news/2')).toBe(false);
    expect(await store.recordArticleFailure(['//dawn.example/news/2'], missing)).toEqual({
      failures: 2,
      givenUp: false,
    });
    // The page turned up: read and remembered; a later failure starts counting afresh.
    await store.rememberArticle(['//dawn.example/news/2'], { url: missing.url, contentHash: 'h1' });
    expect(await store.articleKeySeen('//dawn.example/news/2')).toBe(true);

    const pdf = {
      url: 'https://dawn.example/report.pdf',
      reason: 'content type application/pdf is not HTML',
      giveUpAfter: 1,
    };
    expect(await store.recordArticleFailure(['//dawn.example/report.pdf'], pdf)).toEqual({
      failures: 1,
      givenUp: true,
    });
    expect(await store.articleKeySeen('//dawn.example/report.pdf')).toBe(true);
    for (let i = 1; i <= 3; i++)
      expect(
        await store.recordArticleFailure(['//dawn.example/gone'], { ...missing, url: 'https://dawn.example/gone' }),
      ).toEqual({ failures: i, givenUp: i === 3 });
    expect(await store.articleKeySeen('//dawn.example/gone')).toBe(true);
  });

  it('refuses a database written by a newer exportwatch, naming the versions', async () => {
    await (await open()).close();
    await location.setSchemaVersion(99);
    await expect(location.open()).rejects.toThrow(/schema version 99, newer than this exportwatch understands \(\d+\)/);
  });
  // A newer report, published after the record's, that puts December below November.
  const revision = (store: Store) =>
    recordArticle(
      store,
      { ...article('https://br.example/rev', 'Business Recorder'), published: '2024-02-01' },
      [monthFigure('2023-12', 255_000_000, { recordClaim: false })],
      decide,
    );

  it('withdraws a record found wrong before any post of it was tried: it is never posted', async () => {
    const store = await open();
    const id = await recordAlert(store);
    const result = await revision(store);
    expect(result.correctedAlerts).toEqual([id]);
    expect((await store.alerts())[0]).toMatchObject({
      status: 'rejected',
      correction: { kind: 'not-a-record', value: 255_000_000, outlets: ['Business Recorder'], count: 1 },
    });
    expect(await store.dueDeliveries(new Date())).toEqual([]);
  });

  it('keeps a wrong record whose post may have landed due, then corrects its message and follows it up', async () => {
    const store = await open();
    const id = await recordAlert(store);
    // A worker claims the post and dies before recording what Discord answered.
    await store.beginDelivery(id, 'send');
    await store.close();
    const reopened = await open();
    await revision(reopened);
    const [pending] = await reopened.alerts();
    expect(pending).toMatchObject({ status: 'pending', correction: { kind: 'not-a-record' } });
    expect((await reopened.dueDeliveries(new Date())).map((j) => j.kind)).toEqual(['send']);
    const claim = await reopened.beginDelivery(id, 'send');
    expect(claim).toEqual({ status: 'claimed', interrupted: true });
    await reopened.recordDelivery(id, 'send', { status: 'sent', messageId: '1200000000000000009' });
    expect((await reopened.alerts())[0]).toMatchObject({
      status: 'corrected',
      editPending: true,
      followUp: { pending: true },
    });
    expect((await reopened.dueDeliveries(new Date())).map((j) => j.kind)).toEqual(['edit', 'followup']);
  });

  it('lets a person confirm a held record and reject another, each once', async () => {
    const store = await open();
    await store.importSeed('pk-it-exports', SEED);
    const held = await recordArticle(
      store,
      article('https://dawn.example/fy', 'Dawn'),
      [monthFigure('2023-12', 2_000_000_000)],
      decide,
    );
    expect(held.heldAlerts).toHaveLength(1);
    const [id] = held.heldAlerts;
    expect((await store.monthValues('pk-it-exports')).get('2023-12')).toBeUndefined();
    expect(await store.decideAlert(id!, 'confirm')).toMatchObject({ status: 'released', alert: { status: 'pending' } });
    expect((await store.monthValues('pk-it-exports')).get('2023-12')).toBe(2_000_000_000);
    expect(await store.decideAlert(id!, 'reject')).toMatchObject({
      status: 'rejected',
      alert: { status: 'rejected', correction: { kind: 'rejected' } },
    });
    expect((await store.monthValues('pk-it-exports')).get('2023-12')).toBeUndefined();
    expect(await store.decideAlert(id!, 'reject')).toMatchObject({ status: 'refused' });
    expect(await store.decideAlert(999, 'confirm')).toEqual({ status: 'not-found' });
  });
});
