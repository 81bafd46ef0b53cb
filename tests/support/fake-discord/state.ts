/** What the fake Discord holds between requests: its settings, channels, webhooks, messages and nonces. */
import {
  DEFAULT_EVERYONE_PERMISSIONS,
  FAKE_BOT_TOKEN,
  FAKE_IDS,
  FAKE_WEBHOOK_TOKEN,
  FakePermission,
} from './constants.js';
import type { Json } from './replies.js';
import type {
  FakeChannelConfig,
  FakeDiscordOptions,
  FakeOverwrite,
  FakeWebhookConfig,
  RecordedRequest,
  StoredMessage,
} from './types.js';

const MIB = 1024 * 1024;
const DISCORD_EPOCH = 1420070400000n;

/** Resolved configuration (defaults applied). */
export interface Settings {
  botToken: string;
  botUserId: string;
  botUsername: string;
  botRoleId: string;
  guildId: string;
  guildName: string;
  everyonePermissions: bigint;
  botRolePermissions: bigint;
  maxFileBytes: number;
  maxRequestBytes: number;
  nonceWindowMs: number;
}

/** Snowflakes that increase strictly even within one millisecond. */
function snowflakeFactory(): () => string {
  let last = 0n;
  return () => {
    const candidate = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
    last = candidate > last ? candidate : last + 1n;
    return last.toString();
  };
}

/** The fake's guild, channels, webhooks and messages, and Discord's rules about them (permissions, nonces). */
export class FakeState {
  readonly requests: RecordedRequest[] = [];
  readonly messages = new Map<string, StoredMessage>();
  readonly channels = new Map<string, FakeChannelConfig>();
  readonly webhooks = new Map<string, FakeWebhookConfig>();
  readonly errors: Error[] = [];
  readonly settings: Settings;
  readonly nextId = snowflakeFactory();
  /** `http://127.0.0.1:PORT`, once the server listens: attachment URLs point here. */
  origin = '';
  private readonly nonces = new Map<string, { messageId: string; at: number }>();

  constructor(opts: FakeDiscordOptions) {
    this.settings = {
      botToken: opts.botToken ?? FAKE_BOT_TOKEN,
      botUserId: opts.botUserId ?? FAKE_IDS.botUser,
      botUsername: opts.botUsername ?? 'exportwatch-test-bot',
      botRoleId: FAKE_IDS.botRole,
      guildId: opts.guildId ?? FAKE_IDS.guild,
      guildName: opts.guildName ?? 'Fake Guild',
      everyonePermissions: opts.permissions?.everyone ?? DEFAULT_EVERYONE_PERMISSIONS,
      botRolePermissions: opts.permissions?.botRole ?? 0n,
      maxFileBytes: opts.maxFileBytes ?? 10 * MIB,
      maxRequestBytes: opts.maxRequestBytes ?? 64 * MIB,
      nonceWindowMs: opts.nonceWindowMs ?? 5 * 60_000,
    };
    for (const channel of opts.channels ?? [{ id: FAKE_IDS.channel, name: 'alerts' }])
      this.channels.set(channel.id, channel);
    const firstChannel = this.channels.keys().next().value ?? FAKE_IDS.channel;
    const hooks = opts.webhooks ?? [{ id: FAKE_IDS.webhook, token: FAKE_WEBHOOK_TOKEN, channelId: firstChannel }];
    for (const hook of hooks) this.webhooks.set(hook.id, hook);
  }

  /** Forget requests, messages, nonces and errors (channels/webhooks stay). */
  clear(): void {
    this.requests.length = 0;
    this.messages.clear();
    this.nonces.clear();
    this.errors.length = 0;
  }

  // --- nonce de-duplication -----------------------------------------------------------------

  private nonceKey(channelId: string, nonce: unknown): string {
    return `${channelId}:${this.settings.botUserId}:${String(nonce)}`;
  }

  /** Discord: with enforce_nonce, a repeat of a recent nonce returns the original message. */
  findByNonce(channelId: string, body: Json): StoredMessage | undefined {
    if (body.enforce_nonce !== true || body.nonce === undefined || body.nonce === null) return undefined;
    const seen = this.nonces.get(this.nonceKey(channelId, body.nonce));
    if (!seen || Date.now() - seen.at > this.settings.nonceWindowMs) return undefined;
    return this.messages.get(seen.messageId);
  }

  rememberNonce(channelId: string, body: Json, messageId: string): void {
    if (body.enforce_nonce !== true || body.nonce === undefined || body.nonce === null) return;
    this.nonces.set(this.nonceKey(channelId, body.nonce), { messageId, at: Date.now() });
  }

  // --- permissions --------------------------------------------------------------------------

  /** Discord's algorithm: base role perms, then @everyone, role and member overwrites in order. */
  permissionsFor(channelId: string): bigint {
    return this.permissionsIn(this.channels.get(channelId) ?? { id: channelId });
  }

  permissionsIn(channel: FakeChannelConfig): bigint {
    const s = this.settings;
    let perms = s.everyonePermissions | s.botRolePermissions;
    if (perms & FakePermission.Administrator) return (1n << 53n) - 1n; // every bit
    const overwrites = this.overwritesOf(channel);
    const apply = (list: FakeOverwrite[]): void => {
      const deny = list.reduce((acc, o) => acc | (o.deny ?? 0n), 0n);
      const allow = list.reduce((acc, o) => acc | (o.allow ?? 0n), 0n);
      perms = (perms & ~deny) | allow;
    };
    apply(overwrites.filter((o) => o.type === 'role' && o.id === s.guildId));
    apply(overwrites.filter((o) => o.type === 'role' && o.id === s.botRoleId));
    apply(overwrites.filter((o) => o.type === 'member' && o.id === s.botUserId));
    return perms;
  }

  overwritesOf(channel: FakeChannelConfig): FakeOverwrite[] {
    const list = [...(channel.overwrites ?? [])];
    if (channel.allow !== undefined || channel.deny !== undefined) {
      list.push({ id: this.settings.botUserId, type: 'member', allow: channel.allow ?? 0n, deny: channel.deny ?? 0n });
    }
    return list;
  }
}
