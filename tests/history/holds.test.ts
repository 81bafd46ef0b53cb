/**
 * Issue 13's promises, through real ticks: articles on a local news site, the real pipeline and store,
 * the real discord.js client against the fake Discord. Every case runs on SQLite and on PostgreSQL.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredMessage } from '../support/fake-discord/index.js';
import { story } from '../support/news-site.js';
import { createWorld, type StoreKindName, type World } from '../support/world/index.js';
import { STORE_KINDS } from '../store/stores.js';

// The shipped seed ends in December 2025 at $437 million, the record; November 2025 was $356 million.
// A fiscal-year-to-date total that the copy states as January's own figure: nothing in the text says otherwise,
// so only the series' history can tell it is implausible.
const FY_TOTAL_AS_JANUARY = story(
  'dawn',
  '2026-02-18',
  'IT exports climb in seven months',
  'IT exports stood at $2.8 billion in January 2026, the State Bank of Pakistan said on Monday.',
);
const FEBRUARY_RECORD = story(
  'brecorder',
  '2026-03-17',
  'IT exports hit all-time high in February',
  "Pakistan's IT exports rose to an all-time high of $460 million in February 2026, the State Bank said.",
);
const JANUARY_JUMP = story(
  'dawn',
  '2026-02-17',
  'IT exports soar in January',
  "Pakistan's IT exports soared to an all-time high of $700 million in January 2026, the State Bank said.",
);
const JANUARY_JUMP_CONFIRMED = story(
  'tribune',
  '2026-02-18',
  'IT exports at $700m in January',
  'IT exports reached $700 million in January 2026, according to central bank data released on Tuesday.',
);
const JANUARY_RECORD = story(
  'dawn',
  '2026-02-17',
  'IT exports hit all-time high in January',
  "Pakistan's IT exports rose to an all-time high of $450 million in January 2026, the State Bank said.",
);
const JANUARY_REVISED_DOWN = story(
  'brecorder',
  '2026-03-02',
  'January IT exports revised down',
  "Pakistan's IT exports were revised to $430 million for January 2026, the central bank said.",
);

function world(store: StoreKindName): Promise<World> {
  return createWorld({
    newsSite: true,
    discord: {},
    seed: { upTo: '2025-12', series: ['pk-it-exports'] },
    store,
  });
}

const messages = (w: World): StoredMessage[] => [...w.discord.messages.values()];

describe.each(STORE_KINDS)('records held, confirmed and corrected, on $name', (kind) => {
  let w: World | undefined;
  beforeEach((ctx) => {
    if (!kind.available) ctx.skip(`PostgreSQL tests skipped: ${kind.skipReason}`);
  });
  afterEach(async () => {
    expect(w?.discord.errors ?? []).toEqual([]);
    await w?.close();
    w = undefined;
  });

  it("takes a total written 'by January 2026' as the fiscal year's to date: no January figure, nothing held or posted", async () => {
    w = await world(kind.name);
    const toDate = story(
      'dawn',
      '2026-02-18',
      'IT exports climb in seven months',
      'IT exports climbed to $2.8 billion by January 2026, the State Bank of Pakistan said on Monday.',
    );
    expect((await w.tick([toDate])).delivery).toMatchObject({ sent: 0, reviews: 0 });
    expect(await w.store.alerts()).toEqual([]);
    const history = await w.store.history('pk-it-exports');
    expect(history.months.find((m) => m.month === '2026-01')).toBeUndefined();
    expect(messages(w)).toEqual([]);
  });

  it("holds a fiscal-year total written as one month's figure, never posts it, and still posts a real record the month after", async () => {
    w = await world(kind.name);
    // Without a review channel nothing at all reaches Discord.
    expect((await w.tick([FY_TOTAL_AS_JANUARY])).delivery).toMatchObject({ sent: 0, reviews: 0 });
    const [held] = await w.store.alerts();
    expect(held).toMatchObject({ month: '2026-01', value: 2_800_000_000, status: 'held', messageId: null });
    expect(held!.hold?.reason).toBe(
      '$2.8 billion is 6.4× the previous record ($437 million in December 2025); more than 1.5× is held until confirmed',
    );
    expect(held!.evidence).toBe(FY_TOTAL_AS_JANUARY.paragraphs[0]);
    expect(messages(w)).toEqual([]);

    const summary = await w.tick([FEBRUARY_RECORD]);
    expect(summary.delivery.sent).toBe(1);
    const [posted] = messages(w);
    expect(messages(w)).toHaveLength(1);
    // Judged against December's $437 million: the held $2.8 billion never counted toward the maximum.
    expect(posted!.embeds[0]?.description).toBe(
      '**$460 million in February 2026**, the highest month on record.\n+$23 million (+5.3%) over the previous record: $437 million in December 2025.',
    );
    const alerts = await w.store.alerts();
    expect(alerts.map((x) => [x.month, x.status])).toEqual([
      ['2026-01', 'held'],
      ['2026-02', 'sent'],
    ]);
    const history = await w.store.history('pk-it-exports');
    const january = history.months.find((m) => m.month === '2026-01')!;
    expect(january.value).toBeNull();
    expect(january.alert).toMatchObject({ status: 'held', reason: held!.hold?.reason });
    expect(history.records.filter((r) => r.month >= '2026-01')).toMatchObject([
      { month: '2026-01', value: 2_800_000_000, state: 'held', alertId: held!.id, reason: held!.hold?.reason },
      {
        month: '2026-02',
        value: 460_000_000,
        state: 'posted',
        previous: { month: '2025-12', value: 437_000_000 },
        sources: [{ outlet: 'Business Recorder' }],
        messageId: posted!.id,
        messageUrl: `https://discord.com/channels/${w.discord.guildId}/${posted!.channelId}/${posted!.id}`,
      },
    ]);
  });

  it('posts an implausible jump once an independent outlet confirms it, naming both', async () => {
    w = await world(kind.name);
    await w.tick([JANUARY_JUMP]);
    expect((await w.store.alerts())[0]).toMatchObject({ status: 'held' });
    expect(messages(w)).toEqual([]);

    const summary = await w.tick([JANUARY_JUMP_CONFIRMED]);
    expect(summary.delivery.sent).toBe(1);
    expect(messages(w)).toHaveLength(1);
    const [alert] = await w.store.alerts();
    expect(alert).toMatchObject({ status: 'sent', hold: { releasedBy: 'The Express Tribune' } });
    expect(alert!.sources.map((s) => s.outlet)).toEqual(['Dawn', 'The Express Tribune']);
    const fields = messages(w)[0]!.embeds[0]!.fields!;
    expect(fields).toContainEqual({ name: 'Agreement', value: '2 outlets agree', inline: true });
    expect(fields.find((f) => f.name === 'An unusually large jump')?.value).toBe(
      '$700 million is 1.6× the previous record ($437 million in December 2025); more than 1.5× is held until confirmed. Held until The Express Tribune confirmed it.',
    );
    expect(fields.find((f) => f.name === 'Read from')?.value).toBe(`“${JANUARY_JUMP.paragraphs[0]}”`);
    const sources = fields.find((f) => f.name === 'Sources (2)')?.value ?? '';
    expect(sources).toContain('Dawn');
    expect(sources).toContain('The Express Tribune');

    // A third outlet later adds its link by an edit: nothing is posted again.
    await w.tick([{ ...JANUARY_JUMP_CONFIRMED, outlet: 'ary', title: 'IT exports at $700 million' }]);
    expect(messages(w)).toHaveLength(1);
  });

  it('does not take the same story carried word for word by a second outlet as a confirmation', async () => {
    w = await world(kind.name);
    await w.tick([JANUARY_JUMP]);
    await w.tick([{ ...JANUARY_JUMP, outlet: 'ary' }]);
    const [alert] = await w.store.alerts();
    expect(alert).toMatchObject({ status: 'held' });
    expect(alert!.sources.map((s) => s.outlet)).toEqual(['Dawn', 'ARY News']);
    expect(messages(w)).toEqual([]);
  });

  it('corrects a posted record revised below the previous record, posts one follow-up, and no alert for the month now highest', async () => {
    w = await world(kind.name);
    await w.tick([JANUARY_RECORD]);
    const [posted] = messages(w);
    expect(posted!.embeds[0]?.title).toBe('New monthly record: Pakistan IT exports');

    const summary = await w.tick([JANUARY_REVISED_DOWN]);
    expect(summary.delivery).toMatchObject({ sent: 0, edited: 1, followUps: 1 });
    expect(messages(w)).toHaveLength(2);
    const [edited, followUp] = messages(w);
    expect(edited!.id).toBe(posted!.id);
    expect(edited!.embeds[0]?.title).toBe('Record corrected: Pakistan IT exports');
    // The chart crowned the wrong value: it is taken off the message.
    expect(posted!.attachments).toHaveLength(1);
    expect(edited!.attachments).toEqual([]);
    expect(edited!.embeds[0]?.image).toBeUndefined();
    expect(edited!.embeds[0]?.description).toBe(
      "~~**$450 million in January 2026**, the highest month on record.~~\n**Correction:** January 2026 is $430 million (Business Recorder), not above December 2025's $437 million: no new record.",
    );
    expect(followUp!.embeds[0]?.title).toBe('Correction: Pakistan IT exports, January 2026');
    expect(followUp!.embeds[0]?.description).toBe(
      `The record posted for January 2026 ($450 million) was no record: January 2026 is $430 million (Business Recorder), not above December 2025's $437 million: no new record.\n[The alert](https://discord.com/channels/${w.discord.guildId}/${posted!.channelId}/${posted!.id}) has been corrected.`,
    );
    // A reply to the corrected message that pings no one.
    const create = w.discord.requests.filter((r) => r.route === 'create').at(-1)!;
    expect(create.body).toMatchObject({
      allowed_mentions: { parse: [], replied_user: false },
      message_reference: { message_id: posted!.id, fail_if_not_exists: false },
    });
    const [alert] = await w.store.alerts();
    expect(alert).toMatchObject({
      status: 'corrected',
      correction: { kind: 'not-a-record', value: 430_000_000, count: 1 },
      followUp: { pending: false, messageId: followUp!.id },
    });

    // December 2025 is the highest month again, which is not news; a later real record is judged against it.
    await w.tick([]);
    expect(messages(w)).toHaveLength(2);
    await w.tick([FEBRUARY_RECORD]);
    expect(messages(w)).toHaveLength(3);
    expect(messages(w)[2]!.embeds[0]?.description).toContain(
      'over the previous record: $437 million in December 2025.',
    );
  });

  it.each([1.01, 1.1, 1.2])(
    'posts an ordinary record (×%s the previous) in the tick that first reads it',
    async (ratio) => {
      w = await world(kind.name);
      const millions = Math.round(437 * ratio);
      const summary = await w.tick([
        story(
          'dawn',
          '2026-02-17',
          'IT exports hit all-time high in January',
          `Pakistan's IT exports rose to an all-time high of $${millions} million in January 2026, the State Bank said.`,
        ),
      ]);
      expect(summary.delivery.sent).toBe(1);
      expect(messages(w)).toHaveLength(1);
      expect((await w.store.alerts())[0]).toMatchObject({ status: 'sent', value: millions * 1e6, hold: null });
    },
  );
});
