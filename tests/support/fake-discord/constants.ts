/** Permission bits the fake evaluates (same values as discord.js `PermissionFlagsBits`). */
export const FakePermission = {
  Administrator: 1n << 3n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
} as const;

/** What @everyone may do by default: everything a notifier bot needs. */
export const DEFAULT_EVERYONE_PERMISSIONS =
  FakePermission.ViewChannel |
  FakePermission.SendMessages |
  FakePermission.EmbedLinks |
  FakePermission.AttachFiles |
  FakePermission.ReadMessageHistory;

/**
 * Default ids. They are 19-digit snowflakes on purpose: discord.js only recognises 17–19 digit
 * ids as "major parameters" when it assigns rate-limit buckets, so shorter ids would change
 * its queueing behaviour.
 */
export const FAKE_IDS = {
  guild: '1100000000000000001',
  channel: '1100000000000000002',
  botUser: '1100000000000000003',
  botRole: '1100000000000000004',
  webhook: '1100000000000000005',
} as const;

/** Default bot token accepted on `Authorization: Bot <token>`. */
export const FAKE_BOT_TOKEN = 'fake-bot-token';

/** Default webhook token: 68 chars of [\w-], the shape discord.js' `parseWebhookURL` insists on. */
export const FAKE_WEBHOOK_TOKEN = `fake-webhook-token-${'x'.repeat(49)}`;
