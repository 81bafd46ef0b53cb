import type { APIEmbed } from 'discord.js';
import { monthLabel } from '../../calendar/months.js';
import { moneyLabel } from '../format.js';
import { correctionHeadline } from '../words.js';
import type { AlertView } from '../types.js';
import { EMBED_COLOURS } from './embed.js';
import { clip, escapeMarkdown, safeUrl } from './escape.js';
import { DISCORD_LIMITS, fitEmbed } from './limits.js';

/** The follow-up's footer: names the alert and the correction, so a bot can find its own earlier post. */
export function followUpFooter(alert: Pick<AlertView, 'series' | 'month' | 'correction'>): string {
  return `${alert.series} · ${monthLabel(alert.month)} · correction ${alert.correction?.count ?? 1} · exportwatch`;
}

/** The held record's footer in the review channel. */
export function reviewFooter(alert: Pick<AlertView, 'series' | 'month'>): string {
  return `${alert.series} · ${monthLabel(alert.month)} · held · exportwatch`;
}

/**
 * The one short message a correction posts under the alert, so that people who read the record learn it
 * was wrong: what was posted, what was found, and a link to the corrected message.
 */
export function followUpEmbed(alert: AlertView): APIEmbed {
  const c = alert.correction!;
  const link = alert.messageUrl ? safeUrl(alert.messageUrl) : null;
  const lines = [
    `${correctionHeadline(alert)}: ${escapeMarkdown(c.reason)}.`,
    link ? `[The alert](${link}) has been corrected.` : 'The alert above has been corrected.',
  ];
  return fitEmbed({
    title: `Correction: ${alert.seriesName}, ${monthLabel(alert.month)}`,
    description: lines.join('\n'),
    color: EMBED_COLOURS.corrected,
    footer: { text: followUpFooter(alert) },
  });
}

/** A held record as the review channel shows it: the value, why it was held, the sentence and how to decide. */
export function reviewEmbed(alert: AlertView): APIEmbed {
  const value = `**${moneyLabel(alert.value, alert.currency)} in ${monthLabel(alert.month)}**`;
  const source = alert.sources[0];
  const url = source ? safeUrl(source.url) : null;
  const embed: APIEmbed = {
    title: `Held, not posted: ${alert.seriesName}, ${monthLabel(alert.month)}`,
    description: [
      `${value} would be a record, but ${escapeMarkdown(alert.hold?.reason ?? 'it looks implausible')}.`,
      `It is posted once an independent outlet reports the same figure, or with \`exportwatch alerts --confirm ${alert.id}\`; \`exportwatch alerts --reject ${alert.id}\` drops it.`,
    ].join('\n'),
    color: EMBED_COLOURS.held,
    fields: [],
    footer: { text: reviewFooter(alert) },
  };
  if (alert.evidence)
    embed.fields!.push({
      name: 'Read from',
      value: clip(`“${escapeMarkdown(alert.evidence)}”`, DISCORD_LIMITS.fieldValue),
    });
  if (source)
    embed.fields!.push({
      name: 'Source',
      value: clip(
        `**${escapeMarkdown(clip(source.outlet, 80))}** · ${url ? `<${url}>` : escapeMarkdown(source.url)}`,
        DISCORD_LIMITS.fieldValue,
      ),
    });
  return fitEmbed(embed);
}
