import type { APIEmbed } from 'discord.js';
import { marginLabel, moneyLabel, monthLabel } from './format.js';
import type { AlertView } from './types.js';

// Markdown and mention syntax in scraped headlines must render as text.
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\*_~`|>[\]()#-])/g, '\\$1').replace(/@/g, '@\u200b').replace(/<(?=[@#&:!])/g, '<\u200b');
}

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The record alert as one Discord embed. */
export function alertEmbed(alert: AlertView): APIEmbed {
  const margin = marginLabel(alert);
  const sources = alert.sources
    .map((s) => `${escapeMarkdown(s.outlet)}: [${escapeMarkdown(clip(s.title ?? s.url, 120))}](${s.url})`)
    .join('\n');
  const fields = [
    { name: 'Value', value: `${moneyLabel(alert.value, alert.currency)} in ${monthLabel(alert.month)}`, inline: true },
    { name: 'Previous record', value: margin ?? 'none known', inline: true },
  ];
  if (sources) fields.push({ name: 'Sources', value: clip(sources, 1024), inline: false });
  return {
    title: clip(`New monthly record: ${alert.seriesName}`, 256),
    description: alert.historyIncomplete
      ? 'The article claims a record; the history held here is incomplete, so the margin is unconfirmed.'
      : undefined,
    color: 0x2e7d32,
    fields,
    footer: { text: `${alert.series} · exportwatch` },
    timestamp: alert.createdAt,
  };
}
