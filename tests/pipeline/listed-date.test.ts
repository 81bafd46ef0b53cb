/**
 * A page that gives no date of its own (no metadata, no date in its URL, no dateline) is dated by the date its
 * feed listed it under: the year of "in March" comes from the feed item's pubDate.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Published } from '../support/news-site.js';
import { createWorld, type World } from '../support/world/index.js';

const UNDATED_MARCH: Published = {
  outlet: 'dawn',
  published: '2026-04-16',
  undated: true,
  title: 'IT exports reach a new high',
  paragraphs: [
    "Pakistan's IT exports rose to an all-time high of $470 million in March, the State Bank of Pakistan said on Wednesday.",
  ],
};

describe('an article whose page gives no date', () => {
  let w: World | undefined;
  afterEach(async () => {
    await w?.close();
    w = undefined;
  });

  it("is dated by its feed item's pubDate, so 'in March' is that year's March and its record is posted", async () => {
    w = await createWorld({ newsSite: true, discord: {}, seed: { upTo: '2025-12', series: ['pk-it-exports'] } });
    const summary = await w.tick([UNDATED_MARCH]);
    expect(summary.delivery.sent).toBe(1);
    expect(await w.store.alerts()).toMatchObject([{ month: '2026-03', value: 470_000_000, status: 'sent' }]);
    const [message] = [...w.discord.messages.values()];
    expect(message?.embeds[0]?.description).toContain('**$470 million in March 2026**');
  });
});
