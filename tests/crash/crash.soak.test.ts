import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_FILE, readConfigFile } from '../../src/config.js';
import { alertNonce } from '../../src/notify/discord/index.js';
import { followUpNonce } from '../../src/notify/discord/notifier.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { FAKE_IDS, startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { ROOT } from '../support/paths.js';
import { startNewsSite, type NewsSite } from '../support/news-site.js';
import {
  AFTER_DELIVERY,
  ALREADY_PUBLISHED,
  CRASH_OUTLETS,
  EXPECTED_ALERTS,
  EXPECTED_CORRECTIONS,
  STEPS,
} from './scenario.js';
import { testSeed } from '../support/seed.js';
import { workerPool } from './workers.js';

const MIN_KILLS = 30;
const RUNS_PER_STEP = 2;
const BOT_TOKEN = 'crash-test-bot-token-0123456789';

/** What the test saw, reported at the end (and in the closing note of the issue). */
interface CrashFigures {
  seed: number;
  runs: number;
  killed: number;
  completed: number;
  /** Where the kills landed, by what the worker had done in that run. */
  killPoints: Record<string, number>;
  /** Kills after which an alert was stored but not yet posted. */
  killsWithAlertUnposted: number;
  /** Kills after which Discord held a post the outbox had not recorded: the case the nonce exists for. */
  killsWithPostUnrecorded: number;
  /** Kills after which a posted alert still awaited its edit. */
  killsWithEditDue: number;
  alertsExpected: number;
  messagesReceived: number;
  edits: number;
  seconds: number;
}

interface DbState {
  alerts: Array<{
    id: number;
    series: string;
    month: string;
    status: string;
    edit_pending: number;
    followup_pending: number;
    corrections: number;
  }>;
  articles: Set<string>;
  knownSources: number;
}

function readDb(path: string): DbState | null {
  if (!existsSync(path)) return null;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const tables = new Set(
      db
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((t) => t.name),
    );
    // Not yet migrated (a worker killed while it opened the database): nothing to read yet.
    if (!tables.has('source_baselines') || (db.pragma('user_version', { simple: true }) as number) < MIGRATIONS.length)
      return null;
    return {
      alerts: db
        .prepare<[], DbState['alerts'][number]>(
          'SELECT id, series, month, status, edit_pending, followup_pending, corrections FROM alerts ORDER BY id',
        )
        .all(),
      articles: new Set(
        db
          .prepare<[], { url: string }>('SELECT url FROM articles')
          .all()
          .map((r) => r.url),
      ),
      knownSources: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM source_baselines').get()!.n,
    };
  } finally {
    db?.close();
  }
}

/** Nothing of the alert left in the outbox: posted (or corrected), its edit and follow-up done. */
const delivered = (a: DbState['alerts'][number]): boolean =>
  (a.status === 'sent' || a.status === 'corrected') && a.edit_pending === 0 && a.followup_pending === 0;

describe('a worker killed with SIGKILL at random points, and restarted', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('delivers every record exactly once', { timeout: 300_000 }, async () => {
    const started = performance.now();
    const { seed, random } = testSeed();
    const dir = mkdtempSync(join(tmpdir(), 'exportwatch-crash-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const site: NewsSite = await startNewsSite();
    cleanups.push(() => site.close());
    const discord: FakeDiscord = await startFakeDiscord({ botToken: BOT_TOKEN });
    cleanups.push(() => discord.close());

    const dbPath = join(dir, 'exportwatch.db');
    const configPath = join(dir, 'config.json');
    writeFileSync(
      configPath,
      JSON.stringify({
        series: readConfigFile(DEFAULT_CONFIG_FILE).series,
        sources: Object.entries(CRASH_OUTLETS).map(([id, outlet]) => ({
          id,
          outlet,
          kind: 'rss',
          url: site.feedUrl(id),
        })),
        network: { allowPrivateNetworks: true, hostDelayMs: 0 },
      }),
    );
    const env = {
      DATABASE_PATH: dbPath,
      CONFIG_FILE: configPath,
      LOG_LEVEL: 'info',
      DISCORD_TOKEN: BOT_TOKEN,
      DISCORD_CHANNEL_ID: FAKE_IDS.channel,
      DISCORD_API_URL: discord.url,
    };
    for (const a of ALREADY_PUBLISHED) site.publish(a.outlet, a);
    const pool = workerPool(env);
    cleanups.push(() => pool.close());

    const figures: CrashFigures = {
      seed,
      runs: 0,
      killed: 0,
      completed: 0,
      killPoints: {},
      killsWithAlertUnposted: 0,
      killsWithPostUnrecorded: 0,
      killsWithEditDue: 0,
      alertsExpected: EXPECTED_ALERTS.length,
      messagesReceived: 0,
      edits: 0,
      seconds: 0,
    };
    // Half the kills are drawn over the tick proper, from the worker's first request to the news site to
    // "tick finished" (plus a little for closing), learnt from the runs that finish; three in ten within
    // DISCORD_SPAN_MS of its first request to Discord, so they land while a post or edit is in flight
    // (rendering the chart takes most of a tick's delivery, and would otherwise get most of those kills);
    // one in five from the start, so kills also land while the database is opened and migrated.
    let window = 600;
    const DISCORD_SPAN_MS = 400;
    const tickTimes: number[] = [];
    /** When the worker's first request arrived, or null when it exited without making one. */
    function firstRequest(asked: Promise<void>, exited: Promise<unknown>): Promise<number | null> {
      return Promise.race([asked.then(() => Date.now()), exited.then(() => null)]);
    }

    // Faults that stretch or tangle delivery, so kills land inside it: slow answers, a hang-up after the post is stored.
    function maybeFault(): void {
      const r = random();
      if (r < 0.3) discord.fail({ kind: 'slow', route: 'create', delayMs: 100 + Math.floor(random() * 400) });
      else if (r < 0.4) discord.fail({ kind: 'slow', route: 'edit', delayMs: 100 + Math.floor(random() * 300) });
      else if (r < 0.5)
        discord.fail({ kind: 'reset-after-commit', route: 'create', hangup: random() < 0.5 ? 'rst' : 'fin' });
    }

    async function run(kill: boolean): Promise<void> {
      if (kill) maybeFault();
      const worker = pool.take();
      await worker.ready;
      const hits = site.hits.length;
      const requests = discord.requests.length;
      const t0 = Date.now();
      worker.go();
      figures.runs++;
      // Both drawn on every run, so a seed replays the same choices however the runs before went.
      const draw = random();
      const moment = random();
      const from = draw < 0.2 ? 'start' : draw < 0.5 ? 'discord' : 'site';
      const t1 =
        from === 'start'
          ? t0
          : from === 'discord'
            ? await firstRequest(discord.requested(requests + 1), worker.exited)
            : await firstRequest(site.requested(hits + 1), worker.exited);
      const span = from === 'discord' ? DISCORD_SPAN_MS : window;
      const finished =
        t1 === null || (await Promise.race([worker.exited.then(() => true), sleep(moment * span).then(() => false)]));
      if (finished || !kill) {
        await worker.exited;
        figures.completed++;
        const end = worker.log
          .map((l) => JSON.parse(l) as { time: number; msg: string })
          .find((l) => l.msg === 'tick finished');
        if (end && t1 !== null && from === 'site') {
          tickTimes.push(end.time - t1);
          window = 1.15 * (tickTimes.reduce((a, b) => a + b, 0) / tickTimes.length);
        }
        return;
      }
      worker.proc.kill('SIGKILL');
      await worker.exited;
      figures.killed++;
      const sawTickEnd = worker.log.some((l) => l.includes('"tick finished"'));
      const point = sawTickEnd
        ? 'after the tick, while closing'
        : discord.requests.length > requests
          ? 'while posting or editing alerts'
          : // Rendering the message and its chart comes before the first request to Discord.
            worker.log.some((l) => l.includes('"delivering alerts"'))
            ? 'while rendering alerts, before Discord heard of them'
            : site.hits.length > hits
              ? 'while reading sources and storing articles'
              : 'while opening the database, before any request';
      figures.killPoints[point] = (figures.killPoints[point] ?? 0) + 1;
      // Let requests the dead worker left behind (held by a slow fault) land, as they would at Discord.
      await discord.settled();
      const state = readDb(dbPath);
      if (!state) return;
      const nonces = new Set([...discord.messages.values()].map((m) => m.nonce));
      const pending = state.alerts.filter((a) => a.status === 'pending');
      if (pending.some((a) => nonces.has(alertNonce(a)))) figures.killsWithPostUnrecorded++;
      if (pending.some((a) => !nonces.has(alertNonce(a)))) figures.killsWithAlertUnposted++;
      if (state.alerts.some((a) => a.status === 'sent' && a.edit_pending === 1)) figures.killsWithEditDue++;
    }

    async function runUntil(done: () => boolean, minRuns: number): Promise<void> {
      let runs = 0;
      let killedInARow = 0;
      while (runs < minRuns || !done()) {
        // Never starve a step: after three kills in a row, one run is left to finish.
        const before = figures.killed;
        await run(killedInARow < 3);
        killedInARow = figures.killed > before ? killedInARow + 1 : 0;
        runs++;
        if (figures.runs > 150)
          throw new Error(
            `crash test made no progress after ${figures.runs} runs (seed ${seed}); alerts not delivered: ${JSON.stringify(
              (readDb(dbPath)?.alerts ?? []).filter((a) => !delivered(a)),
            )}`,
          );
      }
    }

    // The first ticks are each source's baseline: old news in the feeds, no alerts.
    await runUntil(() => readDb(dbPath)?.knownSources === Object.keys(CRASH_OUTLETS).length, RUNS_PER_STEP);
    for (const step of STEPS) {
      if (AFTER_DELIVERY.has(step)) await runUntil(() => (readDb(dbPath)?.alerts ?? []).every(delivered), 0);
      const urls = step.map((a) => site.publish(a.outlet, a));
      await runUntil(() => urls.every((u) => readDb(dbPath)?.articles.has(u)), RUNS_PER_STEP);
    }
    await runUntil(() => figures.killed >= MIN_KILLS, 0);
    // Then runs nobody kills, until the outbox is empty.
    await runUntil(() => (readDb(dbPath)?.alerts ?? []).every(delivered), 1);

    // The real CLI, started after all that, finds nothing left to do.
    const cli = await new Promise<{ code: number | null; stderr: string }>((ok) => {
      const child = spawn(process.execPath, [resolve(ROOT, 'bin/exportwatch.js'), 'run'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', ...env },
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
      child.once('exit', (code) => ok({ code, stderr }));
    });
    figures.runs++;
    figures.completed++;
    expect(cli.code, cli.stderr).toBe(0);

    const messages = [...discord.messages.values()];
    figures.messagesReceived = messages.length;
    figures.edits = messages.reduce((n, m) => n + m.editCount, 0);
    figures.seconds = Math.round((performance.now() - started) / 100) / 10;
    console.info(`crash test figures: ${JSON.stringify(figures)}`);

    const state = readDb(dbPath)!;
    expect(figures.killed, `seed ${seed}`).toBeGreaterThanOrEqual(MIN_KILLS);
    expect(discord.errors).toEqual([]);
    // Exactly one message per record and one follow-up per correction, each the alert's own; a held record
    // posted once confirmed, listing every outlet that reported it.
    const corrected = state.alerts.filter((a) => a.status === 'corrected');
    expect(corrected.map((a) => ({ series: a.series, month: a.month }))).toEqual(EXPECTED_CORRECTIONS);
    expect(messages.map((m) => m.nonce).sort(), `seed ${seed}`).toEqual(
      [
        ...state.alerts.map((a) => alertNonce(a)),
        ...corrected.map((a) => followUpNonce({ ...a, correction: { count: a.corrections } })),
      ].sort(),
    );
    expect(state.alerts.every(delivered)).toBe(true);
    const shown = messages
      .filter((m) => !m.embeds[0]?.footer?.text?.includes(' · correction '))
      .map((m) => JSON.stringify(m.embeds));
    expect(shown).toHaveLength(EXPECTED_ALERTS.length);
    for (const expected of EXPECTED_ALERTS) {
      const month = new Date(`${expected.month}-15`).toLocaleString('en-US', {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      // The footer names series and month: "pk-it-exports · January 2026 · exportwatch".
      const matching = shown.filter((s) => s.includes(`${expected.series} · ${month} · exportwatch`));
      expect(matching, `${expected.series} ${expected.month} (seed ${seed})`).toHaveLength(1);
      for (const outlet of expected.outlets)
        expect(matching[0], `${expected.series} ${expected.month} lists ${outlet}`).toContain(outlet);
    }
  });
});
