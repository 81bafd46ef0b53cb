import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';
import { FAKE_IDS, startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';

let fake: FakeDiscord;
let dir: string;
afterEach(async () => {
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the worker, collects its JSON log lines until `until` matches one, then stops it with SIGTERM. */
function startWorker(
  env: Record<string, string>,
  until: (line: Record<string, unknown>) => boolean,
): Promise<Array<Record<string, unknown>>> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(ROOT, 'bin/exportwatch.js'), 'start'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const lines: Array<Record<string, unknown>> = [];
    let buffer = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      let at: number;
      while ((at = buffer.indexOf('\n')) >= 0) {
        const line = JSON.parse(buffer.slice(0, at)) as Record<string, unknown>;
        buffer = buffer.slice(at + 1);
        lines.push(line);
        if (until(line)) child.kill('SIGTERM');
      }
    });
    child.on('error', fail);
    child.on('close', () => {
      clearTimeout(timer);
      done(lines);
    });
  });
}

describe('exportwatch start', () => {
  it('names a rejected bot token and what to fix in its log at start-up, and keeps running', async () => {
    fake = await startFakeDiscord({ botToken: 'test-bot-token-0123456789' });
    dir = mkdtempSync(join(tmpdir(), 'exportwatch-start-'));
    // One series and no sources: the worker reads nothing from the network.
    const config = join(dir, 'config.json');
    writeFileSync(
      config,
      JSON.stringify({
        series: [
          {
            id: 'pk-it-exports',
            name: 'Pakistan IT exports',
            country: 'PK',
            currency: 'USD',
            fiscalYearStartMonth: 7,
            keywords: ['IT exports'],
          },
        ],
        sources: [],
      }),
    );
    const wrong = 'wrong-token-wrong-token-0123';

    const lines = await startWorker(
      {
        DISCORD_TOKEN: wrong,
        DISCORD_CHANNEL_ID: FAKE_IDS.channel,
        DISCORD_API_URL: fake.url,
        CONFIG_FILE: config,
        DATABASE_PATH: join(dir, 'ew.db'),
        // With no sources the tick reads nothing, and a tick that did nothing says so only at debug.
        LOG_LEVEL: 'debug',
      },
      (line) => line.msg === 'tick finished',
    );

    const named = lines.find((l) => l.check === 'bot token');
    expect(named).toMatchObject({
      level: 50,
      msg: 'Discord: Discord rejected DISCORD_TOKEN (401 0: 401: Unauthorized)',
      fix: "reset the bot's token in the Discord developer portal (Bot → Reset Token) and set DISCORD_TOKEN",
    });
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['worker started', 'tick finished', 'stopped']));
    expect(JSON.stringify(lines)).not.toContain(wrong);
  });
});
