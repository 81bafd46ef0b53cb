import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { AlertSource } from '../../history/types.js';
import { bySourceAuthority } from '../authority.js';
import { clip, escapeMarkdown, safeUrl, textLength } from './escape.js';
import { DISCORD_LIMITS, fitEmbed } from './limits.js';
import { moneyLabel, percentLabel, signedMoneyLabel } from '../format.js';
import { monthAbbrev, monthLabel } from '../../calendar/months.js';
import type { AlertFacts, AlertView } from '../types.js';

export { escapeMarkdown } from './escape.js';

/** Embed colours: a confirmed record, a record the history cannot confirm, a test. */
export const EMBED_COLOURS = { record: 0x15803d, unconfirmed: 0xd97706, test: 0x64748b } as const;

/** Headlines longer than this are cut in the sources list, so several sources fit in one field. */
const HEADLINE_MAX = 140;

/** The footer names the series and month; it also identifies the alert when looking for an already posted copy. */
export function alertFooter(alert: Pick<AlertView, 'series' | 'month' | 'test'>): string {
  return `${alert.test ? 'TEST · ' : ''}${alert.series} · ${monthLabel(alert.month)} · exportwatch`;
}

/** The record alert as one Discord embed; `chartFile` is the attached chart's file name, if any. */
export function alertEmbed(alert: AlertView, facts: AlertFacts | null, chartFile: string | null = null): APIEmbed {
  const sources = bySourceAuthority(alert.sources);
  const top = sources[0] ? safeUrl(sources[0].url) : null;
  const embed: APIEmbed = {
    title: `${alert.test ? '[TEST] ' : ''}New monthly record: ${alert.seriesName}`,
    description: description(alert),
    color: alert.test ? EMBED_COLOURS.test : alert.historyIncomplete ? EMBED_COLOURS.unconfirmed : EMBED_COLOURS.record,
    fields: fields(alert, facts, sources),
    footer: { text: alertFooter(alert) },
    timestamp: alert.createdAt,
  };
  if (top) embed.url = top;
  if (chartFile) embed.image = { url: `attachment://${chartFile}` };
  return fitEmbed(embed);
}

function description(alert: AlertView): string {
  const lines = [
    `**${moneyLabel(alert.value, alert.currency)} in ${monthLabel(alert.month)}**, the highest month on record.`,
  ];
  if (alert.previous) {
    const diff = alert.value - alert.previous.value;
    const pct = (diff / alert.previous.value) * 100;
    lines.push(
      `${signedMoneyLabel(diff, alert.currency)} (${percentLabel(pct)}) over the previous record: ${moneyLabel(alert.previous.value, alert.currency)} in ${monthLabel(alert.previous.month)}.`,
    );
  }
  if (alert.historyIncomplete) {
    lines.push(
      '⚠️ The history held here is incomplete, so the record is as the article claims it and the margin is unconfirmed.',
    );
  }
  if (alert.test) lines.push('🧪 This is a test message from `exportwatch notify-test`, not a new record.');
  return lines.join('\n');
}

function fields(alert: AlertView, facts: AlertFacts | null, sources: AlertSource[]): APIEmbedField[] {
  const out: APIEmbedField[] = [];
  if (facts?.yearOnYear) {
    const y = facts.yearOnYear;
    out.push({
      name: 'Year on year',
      value: `${percentLabel(y.pct)} on ${monthAbbrev(y.month)} (${moneyLabel(y.value, alert.currency)})`,
      inline: true,
    });
  }
  if (facts?.fiscalYearToDate) {
    const f = facts.fiscalYearToDate;
    out.push({
      name: `${f.label} to date`,
      value: `${moneyLabel(f.total, alert.currency)} (${monthAbbrev(f.start)} – ${monthAbbrev(f.end)})`,
      inline: true,
    });
  }
  const reported = firstReport(sources);
  if (reported) out.push({ name: 'Reported', value: reported, inline: true });
  if (sources.length > 0) {
    out.push({
      name: sources.length === 1 ? 'Source' : `Sources (${sources.length})`,
      value: sourceLines(sources),
      inline: false,
    });
  }
  return out;
}

/** "18 May 2024 by Business Recorder", from the earliest publication date among the sources. */
function firstReport(sources: readonly AlertSource[]): string | null {
  const dated = sources.filter((s) => s.published).sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const first = dated[0];
  if (!first?.published) return null;
  const when = new Date(first.published.length === 10 ? `${first.published}T00:00:00Z` : first.published);
  if (Number.isNaN(when.getTime())) return null;
  const date =
    first.published.length === 10
      ? when.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      : // A full time renders in each reader's own time zone.
        `<t:${Math.floor(when.getTime() / 1000)}:f>`;
  return `${date} by ${escapeMarkdown(first.outlet)}`;
}

/** One line per source, most authoritative first; the lines that do not fit in a field become "…and N more". */
function sourceLines(sources: readonly AlertSource[]): string {
  const lines = sources.map((s) => {
    const outlet = `**${escapeMarkdown(clip(s.outlet, 80))}**`;
    const headline = escapeMarkdown(clip(s.title?.trim() ? s.title : s.url, HEADLINE_MAX));
    const url = safeUrl(s.url);
    return url ? `${outlet} · [${headline}](${url})` : `${outlet} · ${headline}`;
  });
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i - 1;
    const tail = rest > 0 ? `\n…and ${rest} more` : '';
    const next = length + (kept.length > 0 ? 1 : 0) + textLength(line);
    if (next + textLength(tail) > DISCORD_LIMITS.fieldValue) break;
    kept.push(line);
    length = next;
  }
  if (kept.length === 0) return clip(lines[0] ?? '', DISCORD_LIMITS.fieldValue);
  const dropped = lines.length - kept.length;
  return dropped > 0 ? `${kept.join('\n')}\n…and ${dropped} more` : kept.join('\n');
}
