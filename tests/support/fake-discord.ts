/**
 * A local fake of the Discord REST API (v10) for tests.
 *
 * The real discord.js client talks to it through its API base URL (`rest: { api: fake.url }`),
 * so tests exercise discord.js' own URL building, multipart encoding, rate-limit buckets and
 * retry logic — only the far end is fake. Everything listens on 127.0.0.1; nothing reaches
 * discord.com (use `fake.restOptions()` to get a guard that refuses any other host).
 *
 * Behaviour mirrors Discord where it matters to a notifier: auth, unknown/forbidden channels,
 * permission bits, form-body validation limits, attachment size, nonce de-duplication, webhook
 * `?wait=true`, and injectable faults (429s, 5xx, slow answers, connection resets — including a
 * reset *after* the message was committed).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DefaultRestOptions } from 'discord.js';
import type { APIAttachment, APIEmbed, APIMessage, APIUser, RESTOptions } from 'discord.js';

// ---------------------------------------------------------------------------------------------
// Public constants
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

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
  /** Forget requests, messages, nonces, faults and errors (channels/webhooks stay). */
  clear(): void;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Internals: small helpers
// ---------------------------------------------------------------------------------------------

const API_PREFIX = '/api/v10';
const ATTACHMENT_PREFIX = '/attachments/';
const MIB = 1024 * 1024;
const DISCORD_EPOCH = 1420070400000n;

type Json = Record<string, unknown>;

/** What a handler wants sent back. */
interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw bytes instead of JSON (attachment downloads). */
  raw?: { bytes: Buffer; contentType: string };
}

/** A parsed request as handlers see it. */
interface Incoming {
  method: string;
  /** Captured path parameters (ids, tokens) in order of appearance. */
  params: string[];
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  files: RecordedFile[];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Discord error body, as discord.js' DiscordAPIError expects it. */
function apiError(status: number, code: number, message: string, errors?: Json): Reply {
  return { status, body: errors ? { message, code, errors } : { message, code } };
}

const unauthorized = (): Reply => apiError(401, 0, '401: Unauthorized');
const notFound = (): Reply => apiError(404, 0, '404: Not Found');
const unknownChannel = (): Reply => apiError(404, 10003, 'Unknown Channel');
const unknownMessage = (): Reply => apiError(404, 10008, 'Unknown Message');
const unknownWebhook = (): Reply => apiError(404, 10015, 'Unknown Webhook');
const missingPermissions = (): Reply => apiError(403, 50013, 'Missing Permissions');
const missingAccess = (): Reply => apiError(403, 50001, 'Missing Access');
const emptyMessage = (): Reply => apiError(400, 50006, 'Cannot send an empty message');
const tooLarge = (): Reply => apiError(413, 40005, 'Request entity too large');

/** Length the way Discord counts it: by code point, not UTF-16 unit. */
function textLength(value: unknown): number {
  return typeof value === 'string' ? Array.from(value).length : 0;
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

// ---------------------------------------------------------------------------------------------
// Request body parsing (JSON and the multipart/form-data @discordjs/rest sends via undici)
// ---------------------------------------------------------------------------------------------

/**
 * Reads the whole body, but stops buffering past `cap` so a huge upload cannot exhaust memory.
 * Returns null when the client went away mid-upload (nothing to answer then).
 */
async function readBody(req: http.IncomingMessage, cap: number): Promise<{ bytes: Buffer; overCap: boolean } | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      const buf = chunk as Buffer;
      size += buf.length;
      if (size <= cap) chunks.push(buf);
    }
  } catch {
    return null;
  }
  return { bytes: Buffer.concat(chunks), overCap: size > cap };
}

/** undici escapes `"`, CR and LF in part names/filenames as %22, %0D, %0A; undo just that. */
function unescapeFormName(value: string): string {
  return value.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
}

interface FormPart {
  name: string;
  filename: string | undefined;
  contentType: string;
  data: Buffer;
}

/**
 * Minimal RFC 7578 parser: enough for what undici's FormData serialiser produces
 * (CRLF line endings, quoted name/filename, optional Content-Type per part).
 */
function parseMultipart(body: Buffer, boundary: string): FormPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const separator = Buffer.from(`\r\n--${boundary}`);
  const parts: FormPart[] = [];
  let pos = body.indexOf(delimiter);
  if (pos < 0) throw new Error('multipart body without boundary');
  pos += delimiter.length;
  while (body.subarray(pos, pos + 2).toString('latin1') !== '--') {
    const headerStart = pos + 2; // skip CRLF after the delimiter
    const headerEnd = body.indexOf('\r\n\r\n', headerStart);
    if (headerEnd < 0) throw new Error('multipart part without header terminator');
    const next = body.indexOf(separator, headerEnd + 4);
    if (next < 0) throw new Error('multipart part without closing boundary');
    parts.push(parsePart(body.subarray(headerStart, headerEnd).toString('utf8'), body.subarray(headerEnd + 4, next)));
    pos = next + separator.length;
  }
  return parts;
}

function parsePart(headerBlock: string, data: Buffer): FormPart {
  const headers = new Map<string, string>();
  for (const line of headerBlock.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const disposition = headers.get('content-disposition') ?? '';
  const name = /\bname="([^"]*)"/.exec(disposition)?.[1];
  const filename = /\bfilename="([^"]*)"/.exec(disposition)?.[1];
  return {
    name: unescapeFormName(name ?? ''),
    filename: filename === undefined ? undefined : unescapeFormName(filename),
    contentType: headers.get('content-type') ?? 'application/octet-stream',
    data: Buffer.from(data), // copy: the recorded bytes must not pin the whole request buffer
  };
}

/** Turns the raw body into `{ body, files }`, or an error reply Discord would give. */
function parseRequestBody(contentType: string | undefined, bytes: Buffer): { body: unknown; files: RecordedFile[] } | Reply {
  if (bytes.length === 0) return { body: undefined, files: [] };
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
    const value = boundary?.[1] ?? boundary?.[2];
    if (!value) return apiError(400, 50035, 'Invalid Form Body');
    try {
      return multipartToBody(parseMultipart(bytes, value));
    } catch {
      return apiError(400, 50035, 'Invalid Form Body');
    }
  }
  try {
    return { body: JSON.parse(bytes.toString('utf8')) as unknown, files: [] };
  } catch {
    return apiError(400, 50109, 'The request body contains invalid JSON.');
  }
}

function multipartToBody(parts: FormPart[]): { body: unknown; files: RecordedFile[] } | Reply {
  let body: unknown;
  const files: RecordedFile[] = [];
  for (const part of parts) {
    if (part.name === 'payload_json') {
      try {
        body = JSON.parse(part.data.toString('utf8')) as unknown;
      } catch {
        return apiError(400, 50109, 'The request body contains invalid JSON.');
      }
    } else if (part.filename !== undefined) {
      files.push({ field: part.name, name: part.filename, contentType: part.contentType, bytes: part.data });
    }
  }
  return { body, files };
}

// ---------------------------------------------------------------------------------------------
// Validation (Discord's documented limits, error shapes as Discord returns them)
// ---------------------------------------------------------------------------------------------

/** Adds `{ _errors: [{code, message}] }` at a nested path, the shape of Discord's 50035 errors. */
function addFieldError(errors: Json, path: (string | number)[], code: string, message: string): void {
  let node = errors;
  for (const key of path) {
    const k = String(key);
    const child = node[k];
    node = isObject(child) ? child : (node[k] = {}) as Json;
  }
  const list = Array.isArray(node._errors) ? (node._errors as unknown[]) : (node._errors = []) as unknown[];
  list.push({ code, message });
}

function checkMax(errors: Json, path: (string | number)[], value: unknown, max: number): void {
  if (textLength(value) > max) addFieldError(errors, path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
}

/** Validates one embed and returns the amount of text it contributes to the 6000 total. */
function validateEmbed(errors: Json, embed: unknown, index: number): number {
  if (!isObject(embed)) {
    addFieldError(errors, ['embeds', index], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    return 0;
  }
  const at = (...rest: (string | number)[]): (string | number)[] => ['embeds', index, ...rest];
  checkMax(errors, at('title'), embed.title, 256);
  checkMax(errors, at('description'), embed.description, 4096);
  const footer = isObject(embed.footer) ? embed.footer : {};
  const author = isObject(embed.author) ? embed.author : {};
  checkMax(errors, at('footer', 'text'), footer.text, 2048);
  checkMax(errors, at('author', 'name'), author.name, 256);
  let total = textLength(embed.title) + textLength(embed.description) + textLength(footer.text) + textLength(author.name);
  const fields = Array.isArray(embed.fields) ? (embed.fields as unknown[]) : [];
  if (fields.length > 25) addFieldError(errors, at('fields'), 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  fields.forEach((field, i) => {
    const f = isObject(field) ? field : {};
    for (const [key, max] of [['name', 256], ['value', 1024]] as const) {
      if (typeof f[key] !== 'string' || f[key] === '') {
        addFieldError(errors, at('fields', i, key), 'BASE_TYPE_REQUIRED', 'This field is required');
      } else checkMax(errors, at('fields', i, key), f[key], max);
    }
    total += textLength(f.name) + textLength(f.value);
  });
  return total;
}

/** Field-level checks shared by create and edit; null when the body is acceptable. */
function validatePayload(body: Json, opts: { webhook: boolean }): Reply | null {
  const errors: Json = {};
  checkMax(errors, ['content'], body.content, 2000);
  if (body.nonce !== undefined && body.nonce !== null) {
    if (typeof body.nonce === 'string') checkMax(errors, ['nonce'], body.nonce, 25);
    else if (!Number.isInteger(body.nonce)) addFieldError(errors, ['nonce'], 'NONCE_TYPE_INVALID', 'Nonce must be an integer or string.');
  }
  if (opts.webhook) checkMax(errors, ['username'], body.username, 80);
  if (body.embeds !== undefined && body.embeds !== null) {
    const embeds = Array.isArray(body.embeds) ? (body.embeds as unknown[]) : [];
    if (embeds.length > 10) addFieldError(errors, ['embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
    const total = embeds.reduce<number>((sum, embed, i) => sum + validateEmbed(errors, embed, i), 0);
    if (total > 6000) addFieldError(errors, ['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
  }
  return Object.keys(errors).length > 0 ? apiError(400, 50035, 'Invalid Form Body', errors) : null;
}

function hasVisibleContent(message: Pick<StoredMessage, 'content' | 'embeds' | 'attachments'>): boolean {
  return message.content !== '' || message.embeds.length > 0 || message.attachments.length > 0;
}

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

/** A queued fault with its remaining count. */
interface QueuedFault {
  plan: FaultPlan;
  remaining: number;
}

/** Resolved configuration (defaults applied). */
interface Settings {
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

class FakeDiscordServer implements FakeDiscord {
  url = '';
  readonly requests: RecordedRequest[] = [];
  readonly messages = new Map<string, StoredMessage>();
  readonly channels = new Map<string, FakeChannelConfig>();
  readonly webhooks = new Map<string, FakeWebhookConfig>();
  readonly errors: Error[] = [];

  private readonly server: http.Server;
  private readonly settings: Settings;
  private readonly faults: QueuedFault[] = [];
  private readonly nonces = new Map<string, { messageId: string; at: number }>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly timers = new Map<NodeJS.Timeout, () => void>();
  private readonly nextId = snowflakeFactory();
  private origin = '';
  private closed = false;

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
    for (const channel of opts.channels ?? [{ id: FAKE_IDS.channel, name: 'alerts' }]) this.channels.set(channel.id, channel);
    const firstChannel = this.channels.keys().next().value ?? FAKE_IDS.channel;
    const hooks = opts.webhooks ?? [{ id: FAKE_IDS.webhook, token: FAKE_WEBHOOK_TOKEN, channelId: firstChannel }];
    for (const hook of hooks) this.webhooks.set(hook.id, hook);
    this.server = http.createServer((req, res) => this.track(this.onRequest(req, res)));
  }

  get botToken(): string {
    return this.settings.botToken;
  }

  get botUserId(): string {
    return this.settings.botUserId;
  }

  get guildId(): string {
    return this.settings.guildId;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    this.origin = `http://127.0.0.1:${port}`;
    this.url = `${this.origin}/api`;
  }

  fail(plan: FaultPlan): void {
    this.faults.push({ plan, remaining: plan.times ?? 1 });
  }

  pendingFaults(): readonly FaultPlan[] {
    return this.faults.filter((f) => f.remaining > 0).map((f) => ({ ...f.plan, times: f.remaining }));
  }

  restOptions(extra: Partial<RESTOptions> = {}): Partial<RESTOptions> {
    // The guard runs inside discord.js right before each HTTP call, so even a test that
    // overrides `api` by mistake fails loudly instead of talking to discord.com.
    const local = `${this.origin}/`;
    return {
      ...extra,
      api: extra.api ?? this.url,
      makeRequest: async (url, init) => {
        if (!url.startsWith(local)) throw new Error(`fake-discord guard: refusing non-local request to ${url}`);
        return DefaultRestOptions.makeRequest(url, init);
      },
    };
  }

  discordWebhookUrl(webhookId: string = FAKE_IDS.webhook): string {
    const hook = this.webhooks.get(webhookId);
    if (!hook) throw new Error(`fake-discord: unknown webhook ${webhookId}`);
    return `https://discord.com/api/webhooks/${hook.id}/${hook.token}`;
  }

  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  clear(): void {
    this.requests.length = 0;
    this.messages.clear();
    this.nonces.clear();
    this.faults.length = 0;
    this.errors.length = 0;
  }

  async close(): Promise<void> {
    this.closed = true;
    // Wake requests held by `slow` faults so nothing keeps running after the test.
    for (const [timer, wake] of this.timers) {
      clearTimeout(timer);
      wake();
    }
    this.timers.clear();
    // undici keeps connections alive; without this, server.close() would wait for them.
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // --- request pipeline -------------------------------------------------------------------

  /** A delay that `close()` can cut short. */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.set(timer, resolve);
    });
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    try {
      await this.handle(req, res);
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      this.errors.push(err);
      if (!res.headersSent && !res.destroyed) this.send(res, { status: 500, body: { message: `fake-discord: ${err.message}`, code: 0 } }, 'unknown');
    }
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const received = await readBody(req, this.settings.maxRequestBytes);
    if (!received) return;
    const { bytes, overCap } = received;
    const url = new URL(req.url ?? '/', this.origin);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) : url.pathname;
    const { route, params } = matchRoute(method, url.pathname);
    const parsed = overCap ? tooLarge() : parseRequestBody(req.headers['content-type'], bytes);
    const record: RecordedRequest = {
      method,
      path,
      route,
      query: Object.fromEntries(url.searchParams),
      headers: flattenHeaders(req.headers),
      body: 'status' in parsed ? undefined : parsed.body,
      files: 'status' in parsed ? [] : parsed.files,
      fault: null,
      status: null,
      at: Date.now(),
    };
    this.requests.push(record);

    const fault = this.takeFault(route);
    record.fault = fault?.kind ?? null;
    if (fault && (await this.applyPreFault(fault, req, res, record))) return;
    if (this.closed) return;

    const reply = 'status' in parsed ? parsed : this.dispatch(route, { method, params, query: url.searchParams, headers: req.headers, body: parsed.body, files: parsed.files });
    if (fault?.kind === 'reset-after-commit') {
      // The nasty case: the work is done (message stored) but the client never hears back.
      hangUp(req, fault.hangup ?? 'rst');
      return;
    }
    record.status = reply.status;
    this.send(res, reply, route);
  }

  /** Applies a fault before normal handling; true when the request is finished (no handling). */
  private async applyPreFault(fault: FaultPlan, req: http.IncomingMessage, res: http.ServerResponse, record: RecordedRequest): Promise<boolean> {
    switch (fault.kind) {
      case '429-route':
      case '429-global': {
        const reply = rateLimited(fault.kind === '429-global', fault.retryAfterSeconds ?? 0.05, record.route);
        record.status = reply.status;
        this.send(res, reply, record.route);
        return true;
      }
      case '400': {
        // A validation Discord does and a client cannot foresee (here: an embed URL Discord will not accept).
        const reply = apiError(400, 50035, 'Invalid Form Body', { embeds: { 0: { url: { _errors: [{ code: 'URL_TYPE_INVALID_URL', message: 'Not a well formed URL.' }] } } } });
        record.status = 400;
        this.send(res, reply, record.route);
        return true;
      }
      case '500':
        record.status = 500;
        this.send(res, { status: 500, body: { message: '500: Internal Server Error', code: 0 } }, record.route);
        return true;
      case '502':
        // Cloudflare's 502 is HTML, not JSON; discord.js does not parse 5xx bodies anyway.
        record.status = 502;
        this.send(res, { status: 502, raw: { bytes: Buffer.from('<html><body>502 Bad Gateway</body></html>'), contentType: 'text/html' } }, record.route);
        return true;
      case 'reset':
        hangUp(req, fault.hangup ?? 'rst');
        return true;
      case 'slow':
        // The request is still handled afterwards even if the client gave up meanwhile —
        // exactly what a real, merely slow, server would do.
        await this.sleep(fault.delayMs ?? 1000);
        return false;
      case 'reset-after-commit':
        return false;
    }
  }

  private takeFault(route: FakeRoute): FaultPlan | undefined {
    const queued = this.faults.find((f) => f.remaining > 0 && routeMatches(f.plan.route, route));
    if (!queued) return undefined;
    queued.remaining -= 1;
    if (queued.remaining === 0) this.faults.splice(this.faults.indexOf(queued), 1);
    return queued.plan;
  }

  private send(res: http.ServerResponse, reply: Reply, route: FakeRoute): void {
    if (res.destroyed || res.headersSent) return; // client went away (e.g. timed out on a slow fault)
    const headers: Record<string, string> = { ...normalRateLimitHeaders(route, reply.status), ...reply.headers };
    if (reply.raw) {
      res.writeHead(reply.status, { ...headers, 'content-type': reply.raw.contentType, 'content-length': String(reply.raw.bytes.length) });
      res.end(reply.raw.bytes);
    } else if (reply.body === undefined) {
      res.writeHead(reply.status, headers);
      res.end();
    } else {
      const json = Buffer.from(JSON.stringify(reply.body));
      res.writeHead(reply.status, { ...headers, 'content-type': 'application/json', 'content-length': String(json.length) });
      res.end(json);
    }
  }

  // --- routing ------------------------------------------------------------------------------

  private dispatch(route: FakeRoute, rq: Incoming): Reply {
    const [a = '', b = '', c = ''] = rq.params;
    switch (route) {
      case 'attachment':
        return this.getAttachment(b);
      case 'webhook':
        return this.withWebhook(a, b, (hook) => this.executeWebhook(hook, rq));
      case 'webhook-get':
        return this.withWebhook(a, b, (hook) => ({ status: 200, body: this.webhookObject(hook) }));
      case 'webhook-edit':
        return this.withWebhook(a, b, (hook) => this.withWebhookMessage(hook, c, (msg) => this.editMessage(msg, rq, { webhook: true })));
      case 'webhook-message':
        return this.withWebhook(a, b, (hook) => this.withWebhookMessage(hook, c, (msg) => ({ status: 200, body: this.toApi(msg) })));
      case 'webhook-delete':
        return this.withWebhook(a, b, (hook) => this.withWebhookMessage(hook, c, (msg) => this.deleteMessage(msg)));
      case 'unknown':
        return notFound();
      default:
        return this.dispatchBot(route, rq);
    }
  }

  /** Routes that need `Authorization: Bot <token>`. */
  private dispatchBot(route: FakeRoute, rq: Incoming): Reply {
    if (rq.headers.authorization !== `Bot ${this.settings.botToken}`) return unauthorized();
    const [a = '', b = ''] = rq.params;
    switch (route) {
      case 'me':
        return { status: 200, body: this.botUser() };
      case 'guild':
        return a === this.settings.guildId ? { status: 200, body: this.guildObject() } : apiError(404, 10004, 'Unknown Guild');
      case 'member':
        if (a !== this.settings.guildId) return apiError(404, 10004, 'Unknown Guild');
        return b === this.settings.botUserId ? { status: 200, body: this.memberObject() } : apiError(404, 10007, 'Unknown Member');
      case 'channel':
        return this.withChannel(a, (ch) => ({ status: 200, body: this.channelObject(ch) }));
      case 'create':
        return this.withChannel(a, (ch) => this.createChannelMessage(ch, rq));
      case 'list-messages':
        return this.withChannel(a, (ch) => this.listMessages(ch, rq.query));
      case 'get-message':
        return this.withChannel(a, (ch) => this.withChannelMessage(ch, b, (msg) => ({ status: 200, body: this.toApi(msg) })));
      case 'edit':
        return this.withChannel(a, (ch) => this.withChannelMessage(ch, b, (msg) => this.editOwnMessage(msg, rq)));
      case 'delete':
        return this.withChannel(a, (ch) => this.withChannelMessage(ch, b, (msg) => this.deleteMessage(msg)));
      default:
        return notFound();
    }
  }

  private withChannel(id: string, then: (channel: FakeChannelConfig) => Reply): Reply {
    const channel = this.channels.get(id);
    if (!channel) return unknownChannel();
    if (channel.forbidden) return missingPermissions();
    return then(channel);
  }

  private withChannelMessage(channel: FakeChannelConfig, id: string, then: (msg: StoredMessage) => Reply): Reply {
    const msg = this.messages.get(id);
    return msg && msg.channelId === channel.id ? then(msg) : unknownMessage();
  }

  private withWebhook(id: string, token: string, then: (hook: FakeWebhookConfig) => Reply): Reply {
    const hook = this.webhooks.get(id);
    if (!hook) return unknownWebhook();
    if (hook.token !== token) return apiError(401, 50027, 'Invalid Webhook Token');
    return then(hook);
  }

  private withWebhookMessage(hook: FakeWebhookConfig, id: string, then: (msg: StoredMessage) => Reply): Reply {
    const msg = this.messages.get(id);
    return msg && msg.webhookId === hook.id ? then(msg) : unknownMessage();
  }

  // --- messages -----------------------------------------------------------------------------

  private createChannelMessage(channel: FakeChannelConfig, rq: Incoming): Reply {
    const perms = this.permissionsIn(channel);
    if (!(perms & FakePermission.ViewChannel)) return missingAccess();
    if (!(perms & FakePermission.SendMessages)) return missingPermissions();
    if (rq.files.length > 0 && !(perms & FakePermission.AttachFiles)) return missingPermissions();
    const body = isObject(rq.body) ? rq.body : {};
    const duplicate = this.findByNonce(channel.id, body);
    if (duplicate) return { status: 200, body: this.toApi(duplicate) };
    // Without Embed Links Discord accepts the message but drops its embeds.
    const dropEmbeds = !(perms & FakePermission.EmbedLinks);
    const created = this.createMessage(channel.id, this.settings.botUserId, null, rq, { webhook: false, dropEmbeds });
    if ('status' in created) return created;
    this.rememberNonce(channel.id, body, created.id);
    return { status: 200, body: this.toApi(created) };
  }

  private executeWebhook(hook: FakeWebhookConfig, rq: Incoming): Reply {
    const created = this.createMessage(hook.channelId, hook.id, hook.id, rq, { webhook: true, dropEmbeds: false });
    if ('status' in created) return created;
    // Without ?wait=true Discord answers 204 and the caller never learns the message id.
    return rq.query.get('wait') === 'true' ? { status: 200, body: this.toApi(created) } : { status: 204 };
  }

  private createMessage(
    channelId: string,
    authorId: string,
    webhookId: string | null,
    rq: Incoming,
    opts: { webhook: boolean; dropEmbeds: boolean },
  ): StoredMessage | Reply {
    const body = isObject(rq.body) ? rq.body : {};
    const invalid = validatePayload(body, opts) ?? this.checkFileSizes(rq.files);
    if (invalid) return invalid;
    const now = new Date().toISOString();
    const message: StoredMessage = {
      id: this.nextId(),
      channelId,
      webhookId,
      authorId,
      content: typeof body.content === 'string' ? body.content : '',
      embeds: opts.dropEmbeds ? [] : embedsOf(body),
      attachments: rq.files.map((file, index) => this.storeAttachment(file, index, body)),
      allowedMentions: body.allowed_mentions,
      nonce: typeof body.nonce === 'string' || typeof body.nonce === 'number' ? body.nonce : undefined,
      tts: body.tts === true,
      flags: typeof body.flags === 'number' ? body.flags : 0,
      username: typeof body.username === 'string' ? body.username : undefined,
      createdAt: now,
      editedAt: null,
      editCount: 0,
    };
    if (!hasVisibleContent(message)) return emptyMessage();
    this.messages.set(message.id, message);
    return message;
  }

  private editOwnMessage(msg: StoredMessage, rq: Incoming): Reply {
    if (msg.authorId !== this.settings.botUserId) return apiError(403, 50005, 'Cannot edit a message authored by another user');
    if (rq.files.length > 0 && !(this.permissionsFor(msg.channelId) & FakePermission.AttachFiles)) {
      return missingPermissions();
    }
    return this.editMessage(msg, rq, { webhook: false });
  }

  /** PATCH semantics: only fields present change; `attachments` lists what survives (v10). */
  private editMessage(msg: StoredMessage, rq: Incoming, opts: { webhook: boolean }): Reply {
    const body = isObject(rq.body) ? rq.body : {};
    const invalid = validatePayload(body, opts) ?? this.checkFileSizes(rq.files);
    if (invalid) return invalid;
    const next: StoredMessage = { ...msg };
    if ('content' in body) next.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body) next.embeds = embedsOf(body);
    if ('allowed_mentions' in body) next.allowedMentions = body.allowed_mentions;
    if ('flags' in body && typeof body.flags === 'number') next.flags = body.flags;
    next.attachments = this.editedAttachments(msg, body, rq.files);
    if (!hasVisibleContent(next)) return emptyMessage();
    next.editedAt = new Date().toISOString();
    next.editCount = msg.editCount + 1;
    this.messages.set(next.id, next);
    return { status: 200, body: this.toApi(next) };
  }

  private editedAttachments(msg: StoredMessage, body: Json, files: RecordedFile[]): StoredAttachment[] {
    const uploaded = files.map((file, index) => this.storeAttachment(file, index, body));
    if (!Array.isArray(body.attachments)) return [...msg.attachments, ...uploaded];
    // Existing attachments are referenced by their real id, new uploads by their files[n] index.
    const listed = new Set((body.attachments as unknown[]).map((a) => (isObject(a) ? String(a.id) : '')));
    const kept = msg.attachments.filter((a) => listed.has(a.id));
    const added = uploaded.filter((_, index) => listed.has(String(index)));
    return [...kept, ...added];
  }

  private deleteMessage(msg: StoredMessage): Reply {
    this.messages.delete(msg.id);
    return { status: 204 };
  }

  private listMessages(channel: FakeChannelConfig, query: URLSearchParams): Reply {
    const limit = Math.min(Math.max(Number(query.get('limit') ?? 50) || 50, 1), 100);
    const before = query.get('before');
    const after = query.get('after');
    const found = [...this.messages.values()]
      .filter((m) => m.channelId === channel.id)
      .filter((m) => (before ? BigInt(m.id) < BigInt(before) : true))
      .filter((m) => (after ? BigInt(m.id) > BigInt(after) : true))
      .reverse() // Discord lists newest first
      .slice(0, limit);
    return { status: 200, body: found.map((m) => this.toApi(m)) };
  }

  private checkFileSizes(files: RecordedFile[]): Reply | null {
    return files.some((f) => f.bytes.length > this.settings.maxFileBytes) ? tooLarge() : null;
  }

  private storeAttachment(file: RecordedFile, index: number, body: Json): StoredAttachment {
    // The payload's `attachments[]` entry with id = files[n] index may carry a description.
    const meta = (Array.isArray(body.attachments) ? (body.attachments as unknown[]) : []).find((a) => isObject(a) && String(a.id) === String(index));
    const description = isObject(meta) && typeof meta.description === 'string' ? meta.description : undefined;
    return { id: this.nextId(), filename: file.name, contentType: file.contentType, size: file.bytes.length, description, bytes: file.bytes };
  }

  private getAttachment(id: string): Reply {
    for (const msg of this.messages.values()) {
      const found = msg.attachments.find((a) => a.id === id);
      if (found) return { status: 200, raw: { bytes: found.bytes, contentType: found.contentType } };
    }
    return notFound();
  }

  // --- nonce de-duplication -----------------------------------------------------------------

  private nonceKey(channelId: string, nonce: unknown): string {
    return `${channelId}:${this.settings.botUserId}:${String(nonce)}`;
  }

  /** Discord: with enforce_nonce, a repeat of a recent nonce returns the original message. */
  private findByNonce(channelId: string, body: Json): StoredMessage | undefined {
    if (body.enforce_nonce !== true || body.nonce === undefined || body.nonce === null) return undefined;
    const seen = this.nonces.get(this.nonceKey(channelId, body.nonce));
    if (!seen || Date.now() - seen.at > this.settings.nonceWindowMs) return undefined;
    return this.messages.get(seen.messageId);
  }

  private rememberNonce(channelId: string, body: Json, messageId: string): void {
    if (body.enforce_nonce !== true || body.nonce === undefined || body.nonce === null) return;
    this.nonces.set(this.nonceKey(channelId, body.nonce), { messageId, at: Date.now() });
  }

  // --- permissions --------------------------------------------------------------------------

  /** Discord's algorithm: base role perms, then @everyone, role and member overwrites in order. */
  permissionsFor(channelId: string): bigint {
    return this.permissionsIn(this.channels.get(channelId) ?? { id: channelId });
  }

  private permissionsIn(channel: FakeChannelConfig): bigint {
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

  private overwritesOf(channel: FakeChannelConfig): FakeOverwrite[] {
    const list = [...(channel.overwrites ?? [])];
    if (channel.allow !== undefined || channel.deny !== undefined) {
      list.push({ id: this.settings.botUserId, type: 'member', allow: channel.allow ?? 0n, deny: channel.deny ?? 0n });
    }
    return list;
  }

  // --- API object shapes --------------------------------------------------------------------

  private botUser(): APIUser {
    return { id: this.settings.botUserId, username: this.settings.botUsername, discriminator: '0000', global_name: null, avatar: null, bot: true };
  }

  private authorOf(msg: StoredMessage): APIUser {
    if (!msg.webhookId) return this.botUser();
    const hook = this.webhooks.get(msg.webhookId);
    return { id: msg.webhookId, username: msg.username ?? hook?.name ?? 'Captain Hook', discriminator: '0000', global_name: null, avatar: null, bot: true };
  }

  private toApi(msg: StoredMessage): APIMessage {
    const attachments: APIAttachment[] = msg.attachments.map((a) => {
      const url = `${this.origin}${ATTACHMENT_PREFIX}${msg.channelId}/${a.id}/${encodeURIComponent(a.filename)}`;
      const base: APIAttachment = { id: a.id, filename: a.filename, size: a.size, url, proxy_url: url, content_type: a.contentType };
      return a.description === undefined ? base : { ...base, description: a.description };
    });
    const api: APIMessage = {
      id: msg.id,
      type: 0,
      channel_id: msg.channelId,
      author: this.authorOf(msg),
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

  private channelObject(channel: FakeChannelConfig): Json {
    const lastMessage = [...this.messages.values()].filter((m) => m.channelId === channel.id).at(-1);
    return {
      id: channel.id,
      type: 0, // GUILD_TEXT
      guild_id: this.settings.guildId,
      name: channel.name ?? `channel-${channel.id.slice(-4)}`,
      position: 0,
      permission_overwrites: this.overwritesOf(channel).map((o) => ({
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

  private guildObject(): Json {
    const s = this.settings;
    const role = (id: string, name: string, permissions: bigint, position: number): Json => ({
      id, name, permissions: String(permissions), position, color: 0, hoist: false, managed: id !== s.guildId, mentionable: false, icon: null, unicode_emoji: null, flags: 0,
    });
    return {
      id: s.guildId,
      name: s.guildName,
      icon: null,
      owner_id: '1100000000000000099', // someone else: the bot must not get owner's implicit admin
      roles: [role(s.guildId, '@everyone', s.everyonePermissions, 0), role(s.botRoleId, s.botUsername, s.botRolePermissions, 1)],
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

  private memberObject(): Json {
    return { user: this.botUser(), roles: [this.settings.botRoleId], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, nick: null };
  }

  private webhookObject(hook: FakeWebhookConfig): Json {
    return { id: hook.id, type: 1, guild_id: this.settings.guildId, channel_id: hook.channelId, name: hook.name ?? 'Captain Hook', avatar: null, token: hook.token, application_id: null };
  }
}

// ---------------------------------------------------------------------------------------------
// Module-level helpers used by the server
// ---------------------------------------------------------------------------------------------

/** One row of the routing table: method + full pathname pattern; groups are the params. */
interface RouteRow {
  method: string;
  pattern: RegExp;
  route: FakeRoute;
}

const P = '([^/]+)'; // one path parameter
const api = (rest: string): RegExp => new RegExp(`^${API_PREFIX}${rest}/?$`);

const ROUTES: RouteRow[] = [
  { method: 'GET', pattern: api('/users/@me'), route: 'me' },
  { method: 'GET', pattern: api(`/channels/${P}`), route: 'channel' },
  { method: 'POST', pattern: api(`/channels/${P}/messages`), route: 'create' },
  { method: 'GET', pattern: api(`/channels/${P}/messages`), route: 'list-messages' },
  { method: 'GET', pattern: api(`/channels/${P}/messages/${P}`), route: 'get-message' },
  { method: 'PATCH', pattern: api(`/channels/${P}/messages/${P}`), route: 'edit' },
  { method: 'DELETE', pattern: api(`/channels/${P}/messages/${P}`), route: 'delete' },
  { method: 'GET', pattern: api(`/guilds/${P}`), route: 'guild' },
  { method: 'GET', pattern: api(`/guilds/${P}/members/${P}`), route: 'member' },
  { method: 'POST', pattern: api(`/webhooks/${P}/${P}`), route: 'webhook' },
  { method: 'GET', pattern: api(`/webhooks/${P}/${P}`), route: 'webhook-get' },
  { method: 'GET', pattern: api(`/webhooks/${P}/${P}/messages/${P}`), route: 'webhook-message' },
  { method: 'PATCH', pattern: api(`/webhooks/${P}/${P}/messages/${P}`), route: 'webhook-edit' },
  { method: 'DELETE', pattern: api(`/webhooks/${P}/${P}/messages/${P}`), route: 'webhook-delete' },
  { method: 'GET', pattern: new RegExp(`^${ATTACHMENT_PREFIX}${P}/${P}/${P}$`), route: 'attachment' },
];

/** Finds the route for a request; unknown paths get route 'unknown' (answered 404). */
function matchRoute(method: string, pathname: string): { route: FakeRoute; params: string[] } {
  for (const row of ROUTES) {
    const m = row.method === method ? row.pattern.exec(pathname) : null;
    if (m) return { route: row.route, params: m.slice(1).map((p) => decodeURIComponent(p ?? '')) };
  }
  return { route: 'unknown', params: [] };
}

function routeMatches(wanted: FaultPlan['route'], route: FakeRoute): boolean {
  if (wanted === undefined) return true;
  return Array.isArray(wanted) ? wanted.includes(route) : wanted === route;
}

function embedsOf(body: Json): APIEmbed[] {
  return Array.isArray(body.embeds) ? (body.embeds as APIEmbed[]) : [];
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined) out[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Kills the connection without an HTTP answer. */
function hangUp(req: http.IncomingMessage, how: 'rst' | 'fin'): void {
  if (how === 'rst') req.socket.resetAndDestroy();
  else req.socket.destroy();
}

/**
 * Headers on every normal answer. A healthy bucket (remaining > 0) so discord.js never waits;
 * the per-route bucket hash lets its hash/handler bookkeeping work as against Discord.
 */
function normalRateLimitHeaders(route: FakeRoute, status: number): Record<string, string> {
  if (status === 429) return {};
  return {
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '4',
    'x-ratelimit-reset': ((Date.now() + 1000) / 1000).toFixed(3),
    'x-ratelimit-reset-after': '1.000',
    'x-ratelimit-bucket': `fake-${route}`,
  };
}

/**
 * A 429 as Discord sends it. Real Discord rounds the `retry-after` HEADER up to whole seconds;
 * the fake sends the fractional value so tests are fast (discord.js reads the header, not the body).
 */
function rateLimited(global: boolean, retryAfter: number, route: FakeRoute): Reply {
  const seconds = retryAfter.toFixed(3);
  const headers: Record<string, string> = global
    ? { 'retry-after': seconds, 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' }
    : {
        'retry-after': seconds,
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': ((Date.now() + retryAfter * 1000) / 1000).toFixed(3),
        'x-ratelimit-reset-after': seconds,
        'x-ratelimit-bucket': `fake-${route}`,
        'x-ratelimit-scope': 'user',
      };
  return { status: 429, headers, body: { message: 'You are being rate limited.', retry_after: retryAfter, global } };
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

/** Starts a fake Discord REST API on 127.0.0.1 (random port). Always `close()` it. */
export async function startFakeDiscord(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscordServer(opts);
  await fake.listen();
  return fake;
}
