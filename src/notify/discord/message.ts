import type { APIAllowedMentions, APIEmbed } from 'discord.js';
import type { Logger } from '../../log.js';
import { renderChart } from '../chart/render.js';
import { chartDescription } from '../chart/spec.js';
import { bySourceAuthority } from '../authority.js';
import { alertEmbed } from './embed.js';
import { clip, escapeMarkdown, safeUrl } from './escape.js';
import { marginLabel, moneyLabel } from '../format.js';
import { monthLabel } from '../../calendar/months.js';
import { DISCORD_LIMITS, limitProblems } from './limits.js';
import type { AlertFacts, AlertView } from '../types.js';

/** A file sent with a message, in the shape discord.js' REST takes. */
export interface MessageFile {
  name: string;
  data: Buffer;
  contentType: string;
}

/** A message ready for Discord: the JSON body and its files. */
export interface AlertMessage {
  body: {
    content?: string;
    embeds: APIEmbed[];
    allowed_mentions: APIAllowedMentions;
    attachments?: Array<{ id: number; filename: string; description: string }>;
  };
  files: MessageFile[];
}

/** How alert messages are composed. */
export interface ComposeOptions {
  /** A role to mention in each alert (and the only mention that may ping). */
  roleId?: string;
  /** Attach the chart (default true). */
  chart?: boolean;
  maxAttachmentBytes?: number;
  log?: Logger;
}

/** The outcome of composing: a message, or the limits it would break (a formatting bug; nothing is sent). */
export type Composed =
  { status: 'ok'; message: AlertMessage } | { status: 'invalid'; problems: string[]; message: AlertMessage };

/** No one is pinged by anything in an alert except the configured role. */
export function allowedMentions(roleId?: string): APIAllowedMentions {
  return roleId ? { parse: [], roles: [roleId] } : { parse: [] };
}

/**
 * Builds the alert message: the facts the alert came with, the chart, the embed, the optional role mention,
 * then every Discord limit checked on the result. An alert without facts, or a chart that fails to draw,
 * costs the message its chart and facts, never the alert.
 */
export async function composeAlert(alert: AlertView, opts: ComposeOptions = {}): Promise<Composed> {
  const facts = alert.facts ?? null;
  const maxBytes = opts.maxAttachmentBytes ?? DISCORD_LIMITS.attachmentBytes;
  const file = facts && opts.chart !== false ? await chartFile(alert, facts, maxBytes, opts.log) : null;
  const message: AlertMessage = {
    body: { embeds: [alertEmbed(alert, facts, file?.name ?? null)], allowed_mentions: allowedMentions(opts.roleId) },
    files: file ? [file] : [],
  };
  if (opts.roleId) message.body.content = `<@&${opts.roleId}>`;
  if (file)
    message.body.attachments = [
      {
        id: 0,
        filename: file.name,
        description: clip(chartDescription(facts!.chart), DISCORD_LIMITS.attachmentDescription),
      },
    ];
  const problems = limitProblems(message.body, message.files, maxBytes);
  return problems.length > 0 ? { status: 'invalid', problems, message } : { status: 'ok', message };
}

async function chartFile(
  alert: AlertView,
  facts: AlertFacts,
  maxBytes: number,
  log?: Logger,
): Promise<MessageFile | null> {
  try {
    const image = await renderChart(facts.chart);
    if (image.png.length > maxBytes) {
      log?.warn(
        { alert: alert.id, bytes: image.png.length, limit: maxBytes },
        'chart larger than the attachment limit: alert sent without it',
      );
      return null;
    }
    return { name: `${alert.series}-${alert.month}.png`, data: image.png, contentType: 'image/png' };
  } catch (error) {
    log?.error({ err: error, alert: alert.id }, 'chart could not be drawn: alert sent without it');
    return null;
  }
}

/** The alert as message text, for a channel where embeds are not shown: escaped, links without previews. */
export function plainAlertContent(alert: AlertView, roleId?: string): string {
  const lines = [
    `${roleId ? `<@&${roleId}> ` : ''}**${alert.test ? '[TEST] ' : ''}New monthly record: ${escapeMarkdown(alert.seriesName)}**`,
    `${moneyLabel(alert.value, alert.currency)} in ${monthLabel(alert.month)}`,
  ];
  const margin = marginLabel(alert);
  if (margin) lines.push(`Previous record: ${margin}`);
  for (const s of bySourceAuthority(alert.sources)) {
    const url = safeUrl(s.url);
    lines.push(`${escapeMarkdown(s.outlet)}: ${escapeMarkdown(clip(s.title ?? '', 140))}${url ? ` <${url}>` : ''}`);
  }
  return clip(lines.join('\n'), DISCORD_LIMITS.content);
}
