import {
  DiscordAPIError,
  PermissionFlagsBits,
  Routes,
  type APIChannel,
  type APIGuild,
  type APIGuildMember,
  type APIUser,
  type APIWebhook,
  type REST,
  type RESTOptions,
} from 'discord.js';
import type { NotifierConfig } from '../../config.js';
import type { Logger } from '../../log.js';
import { classifyDiscordError } from './errors.js';
import { createRest } from './rest.js';
import { parseWebhookUrl } from './webhook.js';

/** One line of a checklist: what was checked, how it went, and what to do about it. */
export interface Check {
  name: string;
  status: 'ok' | 'warn' | 'fail';
  detail: string;
  fix?: string;
}

/** Permissions an alert needs in its channel, and the one that only helps (finding an earlier post). */
const NEEDED: ReadonlyArray<[string, bigint]> = [
  ['View Channel', PermissionFlagsBits.ViewChannel],
  ['Send Messages', PermissionFlagsBits.SendMessages],
  ['Embed Links', PermissionFlagsBits.EmbedLinks],
  ['Attach Files', PermissionFlagsBits.AttachFiles],
];
const HELPFUL: [string, bigint] = ['Read Message History', PermissionFlagsBits.ReadMessageHistory];

/**
 * Checks the Discord settings against Discord itself: the bot's token, each channel and the bot's
 * permissions there (computed from roles and overwrites as Discord does), or the webhook. Sends nothing.
 */
export async function checkDiscord(
  config: NotifierConfig,
  opts: { rest?: Partial<RESTOptions>; timeoutMs?: number } = {},
): Promise<Check[]> {
  if (config.kind === 'stdout') {
    return [
      {
        name: 'discord',
        status: 'warn',
        detail: 'not configured: alerts are printed to stdout',
        fix: 'set DISCORD_WEBHOOK_URL, or DISCORD_TOKEN and DISCORD_CHANNEL_ID (README, "Discord setup")',
      },
    ];
  }
  const rest = createRest({
    apiUrl: config.apiUrl,
    token: config.kind === 'discord-bot' ? config.token : undefined,
    retries: 1,
    timeoutMs: opts.timeoutMs ?? 10_000,
    extra: opts.rest,
  });
  return config.kind === 'discord-bot' ? checkBot(rest, config) : checkWebhook(rest, config.webhookUrl);
}

async function checkBot(rest: REST, config: Extract<NotifierConfig, { kind: 'discord-bot' }>): Promise<Check[]> {
  let me: APIUser;
  try {
    me = (await rest.get(Routes.user())) as APIUser;
  } catch (error) {
    return [failure('bot token', error, 'bot')];
  }
  const checks: Check[] = [{ name: 'bot token', status: 'ok', detail: `signed in as ${me.username} (${me.id})` }];
  const channels = new Map<string, string[]>([[config.channelId, ['default']]]);
  for (const [series, channel] of Object.entries(config.channels))
    channels.set(channel, [...(channels.get(channel) ?? []), series]);
  for (const [channelId, uses] of channels) checks.push(await checkChannel(rest, me, channelId, uses));
  return checks;
}

async function checkChannel(rest: REST, me: APIUser, channelId: string, uses: string[]): Promise<Check> {
  const name = `channel ${channelId}`;
  const label = `for ${uses.join(', ')}`;
  let channel: APIChannel;
  try {
    channel = (await rest.get(Routes.channel(channelId))) as APIChannel;
  } catch (error) {
    return failure(name, error, 'bot', channelId);
  }
  const title = `#${'name' in channel && channel.name ? channel.name : channelId} (${label})`;
  if (!('guild_id' in channel) || !channel.guild_id)
    return { name, status: 'ok', detail: `${title}: not a server channel; permissions not checked` };
  let permissions: bigint;
  try {
    const [guild, member] = await Promise.all([
      rest.get(Routes.guild(channel.guild_id)) as Promise<APIGuild>,
      rest.get(Routes.guildMember(channel.guild_id, me.id)) as Promise<APIGuildMember>,
    ]);
    permissions = channelPermissions(guild, member, channel, me.id);
  } catch (error) {
    return { name, status: 'warn', detail: `${title}: permissions could not be read (${(error as Error).message})` };
  }
  const missing = NEEDED.filter(([, bit]) => (permissions & bit) === 0n).map(([n]) => n);
  if (missing.length > 0) {
    return {
      name,
      status: 'fail',
      detail: `${title}: the bot lacks ${missing.join(', ')}`,
      fix: `in Discord, open #${'name' in channel ? channel.name : channelId} → Edit Channel → Permissions and allow ${missing.join(', ')} for the bot's role`,
    };
  }
  if ((permissions & HELPFUL[1]) === 0n) {
    return {
      name,
      status: 'warn',
      detail: `${title}: can post alerts, but lacks ${HELPFUL[0]}`,
      fix: `allow ${HELPFUL[0]} so that after a long outage the bot can see an alert it already posted`,
    };
  }
  return { name, status: 'ok', detail: `${title}: ${[...NEEDED, HELPFUL].map(([n]) => n).join(', ')}` };
}

async function checkWebhook(rest: REST, url: string): Promise<Check[]> {
  const hook = parseWebhookUrl(url);
  if (!hook)
    return [
      {
        name: 'webhook',
        status: 'fail',
        detail: 'DISCORD_WEBHOOK_URL is not a webhook URL',
        fix: 'copy the URL from the channel settings → Integrations → Webhooks',
      },
    ];
  try {
    const found = (await rest.get(Routes.webhook(hook.id, hook.token), { auth: false })) as APIWebhook;
    // Webhooks may always post embeds and files in their channel; no permission to check.
    return [
      { name: 'webhook', status: 'ok', detail: `"${found.name ?? hook.id}" posts in channel ${found.channel_id}` },
    ];
  } catch (error) {
    return [failure('webhook', error, 'webhook')];
  }
}

function failure(name: string, error: unknown, mode: 'bot' | 'webhook', channelId?: string): Check {
  const outcome = classifyDiscordError(error, { mode, channelId });
  const [detail, fix] = splitFix(outcome.reason);
  return {
    name,
    status: 'fail',
    detail,
    fix: fix ?? (error instanceof DiscordAPIError ? undefined : 'check DISCORD_API_URL and the network'),
  };
}

// Failure reasons read "what happened (status): what to do".
function splitFix(reason: string): [string, string | undefined] {
  const at = reason.indexOf('): ');
  return at < 0 ? [reason, undefined] : [reason.slice(0, at + 1), reason.slice(at + 3)];
}

/** The bot's permissions in a channel: Discord's algorithm of base roles, then @everyone, role and member overwrites. */
export function channelPermissions(
  guild: APIGuild,
  member: Pick<APIGuildMember, 'roles'>,
  channel: APIChannel,
  userId: string,
): bigint {
  if (guild.owner_id === userId) return ~0n;
  const roleBits = (id: string): bigint => BigInt(guild.roles.find((r) => r.id === id)?.permissions ?? '0');
  let perms = roleBits(guild.id);
  for (const role of member.roles) perms |= roleBits(role);
  if (perms & PermissionFlagsBits.Administrator) return ~0n;
  const overwrites = 'permission_overwrites' in channel ? (channel.permission_overwrites ?? []) : [];
  const apply = (list: typeof overwrites): void => {
    const deny = list.reduce((acc, o) => acc | BigInt(o.deny), 0n);
    const allow = list.reduce((acc, o) => acc | BigInt(o.allow), 0n);
    perms = (perms & ~deny) | allow;
  };
  apply(overwrites.filter((o) => o.id === guild.id));
  apply(overwrites.filter((o) => o.type === 0 && o.id !== guild.id && member.roles.includes(o.id)));
  apply(overwrites.filter((o) => o.type === 1 && o.id === userId));
  return perms;
}

/** The start-up check: Discord problems are named in the log with what to fix; the worker runs on and alerts wait. */
export async function logDiscordChecks(
  config: NotifierConfig,
  log: Logger,
  opts: { rest?: Partial<RESTOptions> } = {},
): Promise<void> {
  if (config.kind === 'stdout') return;
  for (const check of await checkDiscord(config, opts)) {
    if (check.status === 'fail') log.error({ check: check.name, fix: check.fix }, `Discord: ${check.detail}`);
    else if (check.status === 'warn') log.warn({ check: check.name, fix: check.fix }, `Discord: ${check.detail}`);
    else log.info({ check: check.name }, `Discord: ${check.detail}`);
  }
}
