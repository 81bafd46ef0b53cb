/** The fake Discord's public types: routes, faults, what it records and how a test configures it. */
import type { APIEmbed, RESTOptions } from 'discord.js';

/** Logical name of a fake endpoint; used to target faults and to label recorded requests. */
export type FakeRoute =
  | 'me'
  | 'channel'
  | 'create'
  | 'edit'
  | 'get-message'
  | 'list-messages'
  | 'delete'
  | 'guild'
  | 'member'
  | 'webhook'
  | 'webhook-get'
  | 'webhook-edit'
  | 'webhook-message'
  | 'webhook-delete'
  | 'attachment'
  | 'unknown';

/** Kind of fault to inject into a matching request. */
export type FaultKind = '429-route' | '429-global' | '400' | '500' | '502' | 'slow' | 'reset' | 'reset-after-commit';

/** A queued fault: it hits the next `times` requests whose route matches (any route when omitted). */
export interface FaultPlan {
  kind: FaultKind;
  /** How many matching requests to hit (default 1). */
  times?: number;
  /** Restrict to these routes; omitted = any route. */
  route?: FakeRoute | FakeRoute[];
  /** 429s: seconds to ask the client to wait (default 0.05, keeps tests fast). */
  retryAfterSeconds?: number;
  /** slow: milliseconds to hold the request before handling it normally (default 1000). */
  delayMs?: number;
  /**
   * reset kinds: how the socket dies. 'rst' (default) sends a TCP RST, which the client sees as
   * ECONNRESET — discord.js silently RETRIES that. 'fin' closes gracefully; undici reports
   * "other side closed" (UND_ERR_SOCKET), which discord.js does NOT retry.
   */
  hangup?: 'rst' | 'fin';
}

/** A file part received in a multipart request. */
export interface RecordedFile {
  /** Form field name, e.g. `files[0]`. */
  field: string;
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** Everything the fake saw of one request. */
export interface RecordedRequest {
  method: string;
  /** Path relative to `/api/v10`, i.e. what discord.js `Routes.*` returns (e.g. `/channels/1/messages`). */
  path: string;
  route: FakeRoute;
  query: Record<string, string>;
  /** Lower-cased header names; `authorization` is kept verbatim. */
  headers: Record<string, string>;
  /** Parsed JSON body, or the parsed `payload_json` of a multipart body; undefined when none. */
  body: unknown;
  files: RecordedFile[];
  /** Fault applied to this request, if any. */
  fault: FaultKind | null;
  /** Status the fake answered with; null if the socket was destroyed instead (or not answered yet). */
  status: number | null;
  /** Epoch ms at which the request body had been fully received. */
  at: number;
}

/** An attachment as stored, with its bytes. */
export interface StoredAttachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  description: string | undefined;
  bytes: Buffer;
}

/** A message as it currently stands (after edits). */
export interface StoredMessage {
  id: string;
  channelId: string;
  /** Set when the message was posted through a webhook. */
  webhookId: string | null;
  authorId: string;
  content: string;
  embeds: APIEmbed[];
  attachments: StoredAttachment[];
  /** `allowed_mentions` exactly as last sent (undefined if never sent). */
  allowedMentions: unknown;
  nonce: string | number | undefined;
  tts: boolean;
  flags: number;
  /** Webhook username override, if one was sent. */
  username: string | undefined;
  createdAt: string;
  editedAt: string | null;
  editCount: number;
}

/** A permission overwrite on a channel (ids are role or member ids). */
export interface FakeOverwrite {
  id: string;
  type: 'role' | 'member';
  allow?: bigint;
  deny?: bigint;
}

/** A guild text channel the fake knows. */
export interface FakeChannelConfig {
  id: string;
  name?: string;
  /** Every request on this channel answers 403 50013 Missing Permissions. */
  forbidden?: boolean;
  /** Shorthand for a member overwrite on the bot user: bits granted in this channel. */
  allow?: bigint;
  /** Shorthand for a member overwrite on the bot user: bits denied in this channel (e.g. AttachFiles). */
  deny?: bigint;
  /** Extra raw overwrites (role or member). */
  overwrites?: FakeOverwrite[];
}

/** A webhook the fake knows. */
export interface FakeWebhookConfig {
  id: string;
  token: string;
  channelId: string;
  name?: string;
}

/** Options for `startFakeDiscord`; every field has a working default. */
export interface FakeDiscordOptions {
  /** Token expected after `Bot ` (default FAKE_BOT_TOKEN). */
  botToken?: string;
  botUserId?: string;
  botUsername?: string;
  guildId?: string;
  guildName?: string;
  /** Guild-level permissions: @everyone role and the bot's own role. */
  permissions?: { everyone?: bigint; botRole?: bigint };
  /** Default: one channel FAKE_IDS.channel. */
  channels?: FakeChannelConfig[];
  /** Default: one webhook FAKE_IDS.webhook / FAKE_WEBHOOK_TOKEN on the first channel. */
  webhooks?: FakeWebhookConfig[];
  /** Per-file upload limit (default 10 MiB, Discord's non-boosted limit). */
  maxFileBytes?: number;
  /** Hard cap on a request body; beyond it the fake answers 413 without buffering (default 64 MiB). */
  maxRequestBytes?: number;
  /** How long an enforced nonce is remembered (default 5 min; Discord says "the past few minutes"). */
  nonceWindowMs?: number;
}

/** Handle on a running fake. */
export interface FakeDiscord {
  /** API base, e.g. `http://127.0.0.1:PORT/api` — pass as discord.js `rest: { api: url }`. */
  readonly url: string;
  readonly botToken: string;
  readonly botUserId: string;
  readonly guildId: string;
  /** Every request received, in arrival order. */
  readonly requests: RecordedRequest[];
  /** Messages by id, as they currently stand. Insertion order = creation order. */
  readonly messages: Map<string, StoredMessage>;
  /** Known channels (mutable: tests may add or flip `forbidden` between calls). */
  readonly channels: Map<string, FakeChannelConfig>;
  /** Known webhooks by id (mutable). */
  readonly webhooks: Map<string, FakeWebhookConfig>;
  /** Internal errors of the fake itself (answered as 500); a test can assert this stays empty. */
  readonly errors: Error[];
  /** Queue a fault for upcoming matching requests (FIFO among plans that match a route). */
  fail(plan: FaultPlan): void;
  /** Faults still queued. */
  pendingFaults(): readonly FaultPlan[];
  /** The bot's effective permission bits in a channel, computed like Discord does. */
  permissionsFor(channelId: string): bigint;
  /** Options for `new REST(...)` / `rest:` that point at the fake and refuse any other host. */
  restOptions(extra?: Partial<RESTOptions>): Partial<RESTOptions>;
  /** `https://discord.com/api/webhooks/{id}/{token}` form for configs; still send through `restOptions()`. */
  discordWebhookUrl(webhookId?: string): string;
  /** Resolves once every request in flight (e.g. held by a `slow` fault) has been handled. */
  settled(): Promise<void>;
  /** Resolves once `count` requests have been received in all (counting those before the call). */
  requested(count: number): Promise<void>;
  /** Forget requests, messages, nonces, faults and errors (channels/webhooks stay). */
  clear(): void;
  close(): Promise<void>;
}
