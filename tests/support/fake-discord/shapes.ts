/** The API objects the fake answers with, shaped as discord.js expects them from Discord. */
import type { APIAttachment, APIMessage, APIUser } from 'discord.js';
import type { Json } from './replies.js';
import { ATTACHMENT_PREFIX } from './paths.js';
import type { FakeState } from './state.js';
import type { FakeChannelConfig, FakeWebhookConfig, StoredMessage } from './types.js';

export function botUser(state: FakeState): APIUser {
  const s = state.settings;
  return {
    id: s.botUserId,
    username: s.botUsername,
    discriminator: '0000',
    global_name: null,
    avatar: null,
    bot: true,
  };
}

function authorOf(state: FakeState, msg: StoredMessage): APIUser {
  if (!msg.webhookId) return botUser(state);
  const hook = state.webhooks.get(msg.webhookId);
  return {
    id: msg.webhookId,
    username: msg.username ?? hook?.name ?? 'Captain Hook',
    discriminator: '0000',
    global_name: null,
    avatar: null,
    bot: true,
  };
}

export function messageObject(state: FakeState, msg: StoredMessage): APIMessage {
  const attachments: APIAttachment[] = msg.attachments.map((a) => {
    const url = `${state.origin}${ATTACHMENT_PREFIX}${msg.channelId}/${a.id}/${encodeURIComponent(a.filename)}`;
    const base: APIAttachment = {
      id: a.id,
      filename: a.filename,
      size: a.size,
      url,
      proxy_url: url,
      content_type: a.contentType,
    };
    return a.description === undefined ? base : { ...base, description: a.description };
  });
  const api: APIMessage = {
    id: msg.id,
    type: 0,
    channel_id: msg.channelId,
    author: authorOf(state, msg),
    content: msg.content,
    timestamp: msg.createdAt,
    edited_timestamp: msg.editedAt,
    tts: msg.tts,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments,
    embeds: msg.embeds,
    pinned: false,
    flags: msg.flags,
    components: [],
  };
  if (msg.webhookId) api.webhook_id = msg.webhookId;
  if (msg.nonce !== undefined) api.nonce = msg.nonce;
  return api;
}

export function channelObject(state: FakeState, channel: FakeChannelConfig): Json {
  const lastMessage = [...state.messages.values()].filter((m) => m.channelId === channel.id).at(-1);
  return {
    id: channel.id,
    type: 0, // GUILD_TEXT
    guild_id: state.settings.guildId,
    name: channel.name ?? `channel-${channel.id.slice(-4)}`,
    position: 0,
    permission_overwrites: state.overwritesOf(channel).map((o) => ({
      id: o.id,
      type: o.type === 'role' ? 0 : 1,
      allow: String(o.allow ?? 0n),
      deny: String(o.deny ?? 0n),
    })),
    nsfw: false,
    topic: null,
    last_message_id: lastMessage?.id ?? null,
    rate_limit_per_user: 0,
    parent_id: null,
    flags: 0,
  };
}

export function guildObject(state: FakeState): Json {
  const s = state.settings;
  const role = (id: string, name: string, permissions: bigint, position: number): Json => ({
    id,
    name,
    permissions: String(permissions),
    position,
    color: 0,
    hoist: false,
    managed: id !== s.guildId,
    mentionable: false,
    icon: null,
    unicode_emoji: null,
    flags: 0,
  });
  return {
    id: s.guildId,
    name: s.guildName,
    icon: null,
    owner_id: '1100000000000000099', // someone else: the bot must not get owner's implicit admin
    roles: [
      role(s.guildId, '@everyone', s.everyonePermissions, 0),
      role(s.botRoleId, s.botUsername, s.botRolePermissions, 1),
    ],
    emojis: [],
    stickers: [],
    features: [],
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    system_channel_id: null,
    preferred_locale: 'en-US',
    premium_tier: 0,
    nsfw_level: 0,
  };
}

export function memberObject(state: FakeState): Json {
  return {
    user: botUser(state),
    roles: [state.settings.botRoleId],
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
  };
}

export function webhookObject(state: FakeState, hook: FakeWebhookConfig): Json {
  return {
    id: hook.id,
    type: 1,
    guild_id: state.settings.guildId,
    channel_id: hook.channelId,
    name: hook.name ?? 'Captain Hook',
    avatar: null,
    token: hook.token,
    application_id: null,
  };
}
