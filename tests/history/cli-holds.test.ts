/**
 * Held, confirmed, rejected and corrected records at the command line: `exportwatch alerts` and its
 * `--confirm` / `--reject`, `exportwatch history` and `history --records`, run from dist/ against a
 * database a real worker wrote.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordEntry } from '../../src/history/types.js';
import { FAKE_IDS } from '../support/fake-discord/index.js';
import { createWorld, type World } from '../support/world/index.js';
import { runCli } from './cli-run.js';

// Every line fits 80 columns, but a link, which is printed whole on its own line.
const widest = (text: string): number =>
  Math.max(
    ...text
      .split('\n')
      .filter((l) => !/^\s*https?:\/\//.test(l))
      .map((l) => l.length),
  );

let w: World;
let env: Record<string, string>;

beforeEach(async () => {
  w = await createWorld({ newsSite: true, discord: {}, seed: { upTo: '2025-12', series: ['pk-it-exports'] } });
  env = { DATABASE_PATH: w.dbPath };
  await w.tick([
    {
      outlet: 'dawn',
      published: '2026-02-18',
      title: 'IT exports climb in seven months',
      paragraphs: ['IT exports stood at $2.8 billion in January 2026, the State Bank of Pakistan said on Monday.'],
    },
  ]);
  await w.tick([
    {
      outlet: 'brecorder',
      published: '2026-03-17',
      title: 'IT exports hit all-time high in February',
      paragraphs: [
        "Pakistan's IT exports rose to an all-time high of $460 million in February 2026, the State Bank said.",
      ],
    },
  ]);
});
afterEach(async () => {
  expect(w.discord.errors).toEqual([]);
  await w.close();
});

describe('exportwatch alerts with held and corrected records', () => {
  it('lists a held record with its reason spelled out, within 80 columns', async () => {
    const { status, stdout } = await runCli(['alerts'], env);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^ 1\s+pk-it-exports\s+2026-01\s+\$2\.8bn\s+held\s+0\s+1\s+not posted$/m);
    expect(stdout).toContain(
      'Held and corrected:\n  #1 held: $2.8 billion is 6.4× the previous record ($437 million in December\n    2025); more than 1.5× is held until confirmed',
    );
    expect(widest(stdout)).toBeLessThanOrEqual(80);
    const json = JSON.parse((await runCli(['alerts', '--json'], env)).stdout) as Array<Record<string, unknown>>;
    expect(json[0]).toMatchObject({
      status: 'held',
      hold: { reason: expect.stringMatching(/^\$2\.8 billion is 6\.4×/), releasedBy: null },
      evidence: 'IT exports stood at $2.8 billion in January 2026, the State Bank of Pakistan said on Monday.',
    });
  });

  it('--confirm posts a held record on the next tick, and refuses one that is not held', async () => {
    const confirmed = await runCli(['alerts', '--confirm', '1'], env);
    expect(confirmed).toMatchObject({ status: 0, stdout: 'Alert #1 is confirmed; the next tick posts it.\n' });
    const again = await runCli(['alerts', '--confirm', '1'], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(
      'exportwatch alerts: alert #1 is pending, not held: only a held record can be confirmed\n',
    );
    await w.tick([]);
    expect((await w.store.alerts())[0]).toMatchObject({ status: 'sent', hold: { releasedBy: 'a person' } });
  });

  it('--reject corrects a posted record in the channel: the message edited, one follow-up', async () => {
    const rejected = await runCli(['alerts', '--reject', '2'], env);
    expect(rejected).toMatchObject({
      status: 0,
      stdout: 'Alert #2 is rejected; the next tick corrects its message and posts one follow-up.\n',
    });
    await w.tick([]);
    const [posted, followUp] = [...w.discord.messages.values()];
    expect(w.discord.messages.size).toBe(2);
    expect(posted!.embeds[0]?.description).toBe(
      '~~**$460 million in February 2026**, the highest month on record.~~\n**Correction:** rejected by a person (exportwatch alerts --reject); no other figure for February 2026 is known.',
    );
    expect(followUp!.embeds[0]?.title).toBe('Correction: Pakistan IT exports, February 2026');
    const final = await runCli(['alerts', '--reject', '2'], env);
    expect(final.status).toBe(1);
    expect(final.stderr).toBe('exportwatch alerts: alert #2 is already corrected; that is final\n');
  });

  it.each([
    [['--confirm', 'x'], 2, '--confirm needs an alert id (a positive whole number), got "x"'],
    [['--confirm', '1', '--reject', '2'], 2, 'give one of --retry, --confirm and --reject, not 2'],
    [['--reject', '99'], 1, 'no alert with id 99 (see `exportwatch alerts`)'],
  ])('alerts %j exits %i, saying why', async (args, code, message) => {
    const { status, stderr } = await runCli(['alerts', ...args], env);
    expect(status).toBe(code);
    expect(stderr).toBe(`exportwatch alerts: ${message}\n`);
  });
});

describe('exportwatch history with held records', () => {
  it('shows the held month without a counted value, with the hold spelled out', async () => {
    const { status, stdout } = await runCli(['history', 'pk-it-exports'], env);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^2026-01\s+—\s+alert #1 held$/m);
    expect(stdout).toMatch(/^2026-02\s+\$460m\s+reported\s+Business Recorder\s+alert #2 sent$/m);
    expect(stdout).toContain('Held and corrected records:\n  2026-01  alert #1 held: $2.8 billion is 6.4×');
    expect(widest(stdout)).toBeLessThanOrEqual(80);
  });

  it('--records lists the record chain with states, sources and message links, and as JSON', async () => {
    const messageId = [...w.discord.messages.keys()][0]!;
    const link = `https://discord.com/channels/${FAKE_IDS.guild}/${FAKE_IDS.channel}/${messageId}`;
    const { status, stdout } = await runCli(['history', 'pk-it-exports', '--records'], env);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^2025-12\s+\$437m\s+\$386m 2025-10\s+known\s+seed$/m);
    expect(stdout).toMatch(/^2026-01\s+\$2\.8bn\s+\$437m 2025-12\s+held #1\s+Dawn$/m);
    expect(stdout).toMatch(/^2026-02\s+\$460m\s+\$437m 2025-12\s+posted #2\s+Business Recorder$/m);
    expect(stdout).toContain(`  2026-02 #2\n    ${link}`);
    expect(widest(stdout)).toBeLessThanOrEqual(80);

    const json = JSON.parse((await runCli(['history', 'pk-it-exports', '--records', '--json'], env)).stdout) as Array<{
      series: string;
      records: RecordEntry[];
    }>;
    expect(json[0]!.series).toBe('pk-it-exports');
    expect(json[0]!.records.slice(-2)).toEqual([
      expect.objectContaining({ month: '2026-01', state: 'held', alertId: 1, messageUrl: null }),
      expect.objectContaining({
        month: '2026-02',
        state: 'posted',
        previous: { month: '2025-12', value: 437_000_000 },
        sources: [expect.objectContaining({ outlet: 'Business Recorder' })],
        messageId,
        messageUrl: link,
      }),
    ]);
  });
});
