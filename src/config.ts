import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDetailed } from 'node-cron';
import { z } from 'zod';
import { ConfigError } from './errors.js';
import { MEASURE_IDS } from './extract/lexicon/series/index.js';
import { databasePasswords, type Secrets } from './printable/secrets.js';
import { parseCidr } from './scrapers/guard.js';
import { ARCHIVE_KIND_NAMES, SOURCE_KINDS, SOURCE_KIND_NAMES, type SourceKindName } from './scrapers/kinds/index.js';
import type { SourceKind } from './scrapers/types.js';

/** The project root: where the shipped config/ and data/ live. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_CONFIG_FILE = resolve(PROJECT_ROOT, 'config/default.json');

const snowflake = z.string().regex(/^\d{17,20}$/, 'a Discord snowflake id (17–20 digits)');
const emptyToUndefined = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());
const DURATION_UNITS_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^(\d+)(ms|[smh])$/;
/** "500ms", "30s", "15m", "2h" → milliseconds. */
const duration = z
  .string()
  .regex(DURATION, 'a duration such as 30s, 15m or 2h')
  .transform((v) => {
    const [, amount = '', unit = ''] = DURATION.exec(v) ?? [];
    return Number(amount) * (DURATION_UNITS_MS[unit] ?? 0);
  });

const EnvSchema = z
  .object({
    DISCORD_TOKEN: optional(z.string().min(20, 'a bot token from the Discord developer portal')),
    DISCORD_CHANNEL_ID: optional(snowflake),
    DISCORD_WEBHOOK_URL: optional(
      z
        .url({ protocol: /^https?$/, error: 'a webhook URL like https://discord.com/api/webhooks/ID/TOKEN' })
        .regex(/\/webhooks\/\d{17,20}\/[\w-]+\/?$/, 'a webhook URL like https://discord.com/api/webhooks/ID/TOKEN'),
    ),
    DISCORD_API_URL: optional(z.url({ protocol: /^https?$/, error: 'an http(s) URL such as https://discord.com/api' })),
    DISCORD_ROLE_ID: optional(snowflake),
    /** series=channel pairs separated by commas; checked against the config file's series in loadConfig. */
    DISCORD_SERIES_CHANNELS: optional(z.string()),
    /** Issue 13: a channel where held (implausible) records are posted for a person to look at. */
    DISCORD_REVIEW_CHANNEL_ID: optional(snowflake),
    DATABASE_PATH: optional(z.string()),
    DATABASE_URL: optional(
      z
        .url({
          protocol: /^postgres(?:ql)?$/,
          error: 'a PostgreSQL URL like postgres://user:password@host:5432/exportwatch',
        })
        .superRefine((url, ctx) => {
          const problem = undecodablePart(url);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
    ),
    TICK_LEASE_MS: optional(
      z.coerce.number().int().min(1000, 'at least 1000 (ms)').max(3_600_000, 'at most 3600000 (one hour)'),
    ),
    CONFIG_FILE: optional(z.string()),
    SCHEDULE: optional(z.string()),
    TIMEZONE: optional(z.string()),
    LOG_LEVEL: optional(z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'])),
    USER_AGENT: optional(
      z
        .string()
        .min(8, 'a descriptive User-Agent with a contact URL')
        .regex(
          /https?:\/\/|@/,
          'a User-Agent with a contact URL or e-mail address, like "exportwatch/0.1 (+https://example.org/bot)"',
        )
        .refine((ua) => !/^mozilla\//i.test(ua), 'a User-Agent naming this bot; never a browser\'s ("Mozilla/…")'),
    ),
    METRICS_PORT: optional(
      z.coerce.number({ error: 'a TCP port number, 1–65535 (0 picks a free one)' }).int().min(0).max(65535),
    ),
    METRICS_HOST: optional(z.string().min(1)),
    HEALTH_MAX_TICK_AGE: optional(duration),
    SHUTDOWN_TIMEOUT: optional(duration),
    SEED_HISTORY: optional(
      z.enum(['true', 'false'], {
        error: '"true" (load the series\' shipped seed CSV into a new database) or "false"',
      }),
    ),
    // The status page (src/web/): where it listens and the token that guards it.
    WEB_PORT: optional(
      z.coerce.number({ error: 'a TCP port number, 1–65535 (0 picks a free one)' }).int().min(0).max(65535),
    ),
    WEB_HOST: optional(z.string().min(1)),
    WEB_TOKEN: optional(
      z
        .string()
        .min(16, 'at least 16 characters, e.g. the output of `openssl rand -hex 24`')
        .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces (it travels in an HTTP header)'),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.DISCORD_TOKEN && !env.DISCORD_CHANNEL_ID)
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_CHANNEL_ID'],
        message: 'required with DISCORD_TOKEN: the id of the channel to post in',
      });
    if (env.DISCORD_CHANNEL_ID && !env.DISCORD_TOKEN)
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_TOKEN'],
        message: 'required with DISCORD_CHANNEL_ID: the bot token',
      });
    if (env.DISCORD_TOKEN && env.DISCORD_WEBHOOK_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_WEBHOOK_URL'],
        message: 'set either DISCORD_WEBHOOK_URL or DISCORD_TOKEN + DISCORD_CHANNEL_ID, not both',
      });
    if (env.DISCORD_SERIES_CHANNELS && !env.DISCORD_TOKEN)
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_SERIES_CHANNELS'],
        message: 'needs bot mode (DISCORD_TOKEN + DISCORD_CHANNEL_ID); a webhook always posts in its own channel',
      });
    if (env.DISCORD_REVIEW_CHANNEL_ID && !env.DISCORD_TOKEN)
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_REVIEW_CHANNEL_ID'],
        message: 'needs bot mode (DISCORD_TOKEN + DISCORD_CHANNEL_ID); a webhook always posts in its own channel',
      });
    if (env.WEB_PORT !== undefined && env.WEB_HOST && !isLoopbackHost(env.WEB_HOST) && !env.WEB_TOKEN)
      ctx.addIssue({
        code: 'custom',
        path: ['WEB_TOKEN'],
        message: `required when WEB_HOST (${env.WEB_HOST}) is not a loopback address: the status page would be open to the network; set WEB_TOKEN to a long random string (\`openssl rand -hex 24\`), or leave WEB_HOST at 127.0.0.1`,
      });
  });

/** 127.0.0.0/8, ::1 and localhost: addresses only this machine reaches. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** Every environment variable the program reads; docs/configuration.md and .env.example list the same. */
export const ENV_KEYS: readonly string[] = Object.keys(EnvSchema.shape);

// How far a series' record may rise before it is held for confirmation (history/plausibility.ts).
const PlausibilitySchema = z.strictObject({
  /** A record more than this multiple of the previous record is held. */
  maxJump: z.number().gt(1, 'more than 1 (a multiple of the previous record)').max(100).optional(),
  /** A record whose rise from the month before has a robust z-score above this is held. */
  maxRobustZ: z.number().gt(0).max(1000).optional(),
  /** Month-to-month changes the series needs before the z-score is used. */
  minChanges: z.number().int().min(2).max(1000).optional(),
});

const SeriesSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase id like pk-it-exports'),
    name: z.string().min(1),
    country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 country code like PK'),
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code like USD'),
    fiscalYearStartMonth: z.number().int().min(1).max(12),
    /** The measure the series is; the extractor's series lexicon knows its names (src/extract/lexicon/series/). */
    measure: z
      .enum(MEASURE_IDS, { error: `one of the series lexicon's measures: ${MEASURE_IDS.join(', ')}` })
      .optional(),
    /** Names of this series besides its measure's. */
    keywords: z.array(z.string().min(2)).default([]),
    /** CSV of known monthly values (month,usd,note), relative to the project root. */
    seed: z.string().optional(),
    /** When a record is too far above the series' history to post before it is confirmed. */
    plausibility: PlausibilitySchema.optional(),
  })
  .refine((s) => s.measure !== undefined || s.keywords.length > 0, {
    path: ['keywords'],
    message: 'a series needs a `measure` (whose names the extractor knows) or at least one keyword',
  });

const ArchiveSchema = z.strictObject({
  /** Page URL with `{page}` for the page number, e.g. a WordPress feed's `https://site/feed/?paged={page}`. */
  url: z
    .string()
    .refine((u) => u.includes('{page}'), 'a URL template containing {page}')
    .refine(
      (u) => z.url({ protocol: /^https?$/ }).safeParse(u.replaceAll('{page}', '1')).success,
      'an http(s) URL once {page} is filled in',
    ),
  /** How many pages `exportwatch backfill` reads, from 1. */
  pages: z.number().int().min(1).max(1000),
  /** How a page is read; defaults to the source's own kind. */
  kind: z.enum(ARCHIVE_KIND_NAMES).optional(),
});

// Fields every source kind has; kind-specific ones are added per kind below.
const sourceBase = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase id like dawn-business'),
  outlet: z.string().min(1),
  url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }),
  /** Older pages of the source, read by `exportwatch backfill` to fill the history without alerts. */
  archive: ArchiveSchema.optional(),
  /** Read at most this often; a 30-minute tick skips an hourly source when it is not due. Default: every tick. */
  intervalMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .optional(),
  /** Fetch only articles whose title, summary or URL names a tracked series (default true). */
  prefilter: z.boolean().optional(),
};

// One schema per entry of the kinds table: the common fields and the keys only that kind takes.
const kindSchema = <K extends SourceKindName>(kind: K) =>
  z.strictObject({ ...sourceBase, kind: z.literal(kind), ...SOURCE_KINDS[kind].options });
type KindSchema = { [K in SourceKindName]: ReturnType<typeof kindSchema<K>> }[SourceKindName];

const SourceSchema = z
  .discriminatedUnion('kind', SOURCE_KIND_NAMES.map(kindSchema) as [KindSchema, ...KindSchema[]])
  .superRefine((source, ctx) => {
    const kind: SourceKind = SOURCE_KINDS[source.kind];
    const problem = kind.check?.(source);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.key], message: problem.message });
  });

const cidr = z.string().refine((r) => {
  try {
    parseCidr(r);
    return true;
  } catch {
    return false;
  }
}, 'an IP address or CIDR range such as "127.0.0.0/8"');

const NetworkSchema = z.strictObject({
  /** Follow links to loopback and private addresses: true, or only these CIDR ranges; only for tests and the demo. */
  allowPrivateNetworks: z.union([z.boolean(), z.array(cidr).min(1)]).optional(),
  /** Requests in flight at once, over all hosts. */
  concurrency: z.number().int().min(1).max(64).optional(),
  /** Minimum gap between two requests to one host, in milliseconds. */
  hostDelayMs: z.number().int().min(0).max(60_000).optional(),
  connectTimeoutMs: z.number().int().min(100).max(120_000).optional(),
  headersTimeoutMs: z.number().int().min(100).max(300_000).optional(),
  bodyTimeoutMs: z.number().int().min(100).max(300_000).optional(),
  totalTimeoutMs: z.number().int().min(100).max(600_000).optional(),
  maxBytes: z
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .optional(),
  /** Retries of a quick transient failure (reset, 5xx, 429) within one fetch; a timeout is not retried in the tick. */
  retries: z.number().int().min(0).max(5).optional(),
  /** A source's read gives up after this long (its stored articles kept, the rest read next tick). */
  sourceDeadlineMs: z.number().int().min(1000).max(600_000).optional(),
  /** The time one host's requests may take together in one tick; then its requests wait for the next tick. */
  hostBudgetMs: z.number().int().min(1000).max(3_600_000).optional(),
  /** The deadline of a page whose last fetch hung, instead of the full timeouts. */
  hungPageTimeoutMs: z.number().int().min(100).max(600_000).optional(),
});

// Polling that follows the sources (issue 14): how often the worker looks for due sources, and the shortest
// interval it learns for one. SCHEDULE stays the outer bound: every source is read at each of its slots.
const PollingSchema = z.strictObject({
  /** The shortest interval a source's learnt cadence may reach. */
  minIntervalMinutes: z
    .number()
    .min(0.1)
    .max(24 * 60)
    .optional(),
  /** How often `start` looks for due sources; a divisor of 60. */
  checkSeconds: z
    .number()
    .int()
    .min(1)
    .max(60)
    .refine((n) => 60 % n === 0, 'a divisor of 60 (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60)')
    .optional(),
});

const HealthSchema = z.strictObject({
  /** First backoff of a failing source; doubled per further failure. */
  backoffMinutes: z
    .number()
    .min(1)
    .max(24 * 60)
    .optional(),
  maxBackoffMinutes: z
    .number()
    .min(1)
    .max(7 * 24 * 60)
    .optional(),
  /** Consecutive failures after which a source is reported disabled (one notice) and tried only every maxBackoffMinutes. */
  disableAfter: z.number().int().min(1).max(1000).optional(),
});

const FileSchema = z.strictObject({
  series: z.array(SeriesSchema).min(1),
  sources: z.array(SourceSchema),
  alerts: z.strictObject({ minConfidence: z.number().min(0).max(1) }).optional(),
  network: NetworkSchema.optional(),
  sourceHealth: HealthSchema.optional(),
  polling: PollingSchema.optional(),
});

/** A series as the config file declares it. */
export type SeriesConfig = z.infer<typeof SeriesSchema>;
/** A source as the config file declares it: the keys every source has, and its kind's own. */
export type SourceConfig = z.infer<typeof SourceSchema>;
/** Network settings from the config file; unset keys take the HTTP client's defaults. */
export type NetworkConfig = z.infer<typeof NetworkSchema>;

/** When a failing source is tried again, and when it is reported disabled. */
export interface SourceHealthPolicy {
  backoffMinutes: number;
  maxBackoffMinutes: number;
  disableAfter: number;
}

/** How alerts leave the process. */
export type NotifierConfig =
  | { kind: 'stdout' }
  | {
      kind: 'discord-bot';
      token: string;
      channelId: string;
      apiUrl: string;
      /** Channel per series id; series not listed post in `channelId`. */
      channels: Record<string, string>;
      /** A role mentioned in every alert, when configured. */
      roleId?: string;
      /** Where held records are posted for review (DISCORD_REVIEW_CHANNEL_ID), when configured. */
      reviewChannelId?: string;
    }
  | { kind: 'discord-webhook'; webhookUrl: string; apiUrl: string; roleId?: string };

/** Where history and the outbox live: an embedded SQLite file (the default) or a shared PostgreSQL database. */
export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** Everything the program is configured with, validated once at start-up. */
export interface Config {
  configFile: string;
  databasePath: string;
  /** DATABASE_URL, when set, wins over DATABASE_PATH. */
  database: DatabaseConfig;
  /** How long a replica's claim on a tick outlives its last renewal (PostgreSQL only). */
  tickLeaseMs: number;
  schedule: string;
  timezone: string;
  logLevel: string;
  userAgent: string;
  minConfidence: number;
  allowPrivateNetworks: boolean | string[];
  network: NetworkConfig;
  sourceHealth: SourceHealthPolicy;
  /** A source's deadline, a host's time in one tick, and a page that hung before. */
  budgets: { sourceDeadlineMs: number; hostBudgetMs: number; hungPageTimeoutMs: number };
  /** How often sources are read between the schedule's slots. */
  polling: { minIntervalMs: number; checkSeconds: number };
  /** Load each series' shipped seed CSV into a database that has no history for it (SEED_HISTORY). */
  seedHistory: boolean;
  notifier: NotifierConfig;
  /** Where `start` serves /healthz and /metrics; null when METRICS_PORT is unset. */
  metrics: { host: string; port: number } | null;
  /** Where `start` serves the status page; null when WEB_PORT is unset. A token is required off loopback. */
  web: { host: string; port: number; token: string | null } | null;
  /** /healthz fails when the last successful tick is older than this. */
  healthMaxTickAgeMs: number;
  /** How long a stopping worker waits for the running tick. */
  shutdownTimeoutMs: number;
  series: SeriesConfig[];
  sources: SourceConfig[];
  /** What must never be printed, logged or stored. */
  secrets: Secrets;
}

export const DEFAULTS = {
  databasePath: './data/exportwatch.db',
  schedule: '*/30 * * * *',
  timezone: 'Asia/Karachi',
  logLevel: 'info',
  userAgent: 'exportwatch/0.1 (+https://github.com/exportwatch/exportwatch)',
  apiUrl: 'https://discord.com/api',
  minConfidence: 0.7,
  tickLeaseMs: 60_000,
  metricsHost: '127.0.0.1',
  webHost: '127.0.0.1',
  healthMaxTickAgeMs: 2 * 3_600_000,
  shutdownTimeoutMs: 60_000,
  // 5 min × 2ⁿ: 5, 10, 20 … capped at 6 h; the 8th failure in a row (about 10 h of failing) disables.
  sourceHealth: { backoffMinutes: 5, maxBackoffMinutes: 360, disableAfter: 8 },
  // A source's read, one request at a time per host 1 s apart, fetches up to 50 articles: 90 s lets a full read
  // finish, and a source read every 2 minutes still starts each read on time. A host may take 60 s of a tick:
  // four hanging requests (15 s each), or one dripping body (cut at 60 s).
  // A page that hung is asked again with 5 s: one that answers at all answers in well under a second.
  budgets: { sourceDeadlineMs: 90_000, hostBudgetMs: 60_000, hungPageTimeoutMs: 5_000 },
  // Down to one read every 2 minutes for a source that publishes every 8 minutes or more often (4 reads per
  // story); due sources are looked for every 30 s, so a due read waits at most that long.
  polling: { minIntervalMinutes: 2, checkSeconds: 30 },
} as const;

/** Reads `.env` (if present) into the environment; existing variables win. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** Validates environment and config file; throws ConfigError naming the key on the first bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: { configFile?: string } = {}): Config {
  const parsedEnv = EnvSchema.safeParse(pickKnown(env));
  if (!parsedEnv.success) throw ConfigError.fromZod('environment', parsedEnv.error);
  const e = parsedEnv.data;
  const configFile = resolve(overrides.configFile ?? e.CONFIG_FILE ?? DEFAULT_CONFIG_FILE);
  const file = readConfigFile(configFile);
  validateCron(e.SCHEDULE ?? DEFAULTS.schedule);
  validateTimezone(e.TIMEZONE ?? DEFAULTS.timezone);
  const apiUrl = withoutTrailingSlashes(e.DISCORD_API_URL ?? DEFAULTS.apiUrl);
  const role = e.DISCORD_ROLE_ID ? { roleId: e.DISCORD_ROLE_ID } : {};
  const notifier: NotifierConfig = e.DISCORD_WEBHOOK_URL
    ? { kind: 'discord-webhook', webhookUrl: e.DISCORD_WEBHOOK_URL, apiUrl, ...role }
    : e.DISCORD_TOKEN && e.DISCORD_CHANNEL_ID
      ? {
          kind: 'discord-bot',
          token: e.DISCORD_TOKEN,
          channelId: e.DISCORD_CHANNEL_ID,
          apiUrl,
          channels: seriesChannels(e.DISCORD_SERIES_CHANNELS, file.series),
          ...role,
          ...(e.DISCORD_REVIEW_CHANNEL_ID ? { reviewChannelId: e.DISCORD_REVIEW_CHANNEL_ID } : {}),
        }
      : { kind: 'stdout' };
  const databasePath = e.DATABASE_PATH ?? DEFAULTS.databasePath;
  return {
    configFile,
    databasePath,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'sqlite', path: databasePath },
    tickLeaseMs: e.TICK_LEASE_MS ?? DEFAULTS.tickLeaseMs,
    schedule: e.SCHEDULE ?? DEFAULTS.schedule,
    timezone: e.TIMEZONE ?? DEFAULTS.timezone,
    logLevel: e.LOG_LEVEL ?? DEFAULTS.logLevel,
    userAgent: e.USER_AGENT ?? DEFAULTS.userAgent,
    minConfidence: file.alerts?.minConfidence ?? DEFAULTS.minConfidence,
    allowPrivateNetworks: file.network?.allowPrivateNetworks ?? false,
    seedHistory: e.SEED_HISTORY !== 'false',
    network: file.network ?? {},
    sourceHealth: { ...DEFAULTS.sourceHealth, ...file.sourceHealth },
    budgets: {
      sourceDeadlineMs: file.network?.sourceDeadlineMs ?? DEFAULTS.budgets.sourceDeadlineMs,
      hostBudgetMs: file.network?.hostBudgetMs ?? DEFAULTS.budgets.hostBudgetMs,
      hungPageTimeoutMs: file.network?.hungPageTimeoutMs ?? DEFAULTS.budgets.hungPageTimeoutMs,
    },
    polling: {
      minIntervalMs: (file.polling?.minIntervalMinutes ?? DEFAULTS.polling.minIntervalMinutes) * 60_000,
      checkSeconds: file.polling?.checkSeconds ?? DEFAULTS.polling.checkSeconds,
    },
    notifier,
    metrics:
      e.METRICS_PORT === undefined ? null : { host: e.METRICS_HOST ?? DEFAULTS.metricsHost, port: e.METRICS_PORT },
    web:
      e.WEB_PORT === undefined
        ? null
        : { host: e.WEB_HOST ?? DEFAULTS.webHost, port: e.WEB_PORT, token: e.WEB_TOKEN ?? null },
    healthMaxTickAgeMs: e.HEALTH_MAX_TICK_AGE ?? DEFAULTS.healthMaxTickAgeMs,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT ?? DEFAULTS.shutdownTimeoutMs,
    series: file.series,
    sources: file.sources,
    secrets: {
      // The webhook's token alone too: request URLs built on DISCORD_API_URL contain it without the rest of the URL.
      tokens: [e.DISCORD_TOKEN, e.DISCORD_WEBHOOK_URL, webhookToken(e.DISCORD_WEBHOOK_URL), e.WEB_TOKEN].filter(
        (s): s is string => Boolean(s),
      ),
      // The database password, not the URL: its user, host and database name are words that occur elsewhere.
      passwords: databasePasswords(e.DATABASE_URL),
    },
  };
}

/** Reads and validates a sources-and-series config file. */
export function readConfigFile(path: string): z.infer<typeof FileSchema> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new ConfigError(`config file ${path} could not be read as JSON: ${(cause as Error).message}`, { cause });
  }
  const parsed = FileSchema.safeParse(raw);
  if (!parsed.success) throw ConfigError.fromZod(`config file ${path}`, parsed.error);
  const ids = new Set<string>();
  for (const s of parsed.data.sources) {
    if (ids.has(s.id))
      throw new ConfigError(`config file ${path}: sources: id "${s.id}" is used twice; ids must be unique`);
    ids.add(s.id);
  }
  return parsed.data;
}

/**
 * The part of a database URL the driver cannot decode, described without its text: pg percent-decodes the user,
 * password and database name, and a stray `%` (`%ZZ`) there once ended in a raw URIError.
 */
function undecodablePart(url: string): string | undefined {
  const u = new URL(url);
  const parts: Array<[string, string, (s: string) => string]> = [
    ['user name', u.username, decodeURIComponent],
    ['password', u.password, decodeURIComponent],
    ['database name', u.pathname, decodeURI],
  ];
  for (const [name, text, decode] of parts) {
    try {
      decode(text);
    } catch {
      return `the ${name} is not valid percent-encoding: write % as %25 (and @ : / as %40 %3A %2F)`;
    }
  }
  return undefined;
}

function webhookToken(url: string | undefined): string | undefined {
  return url ? /\/webhooks\/\d+\/([\w-]+)/.exec(url)?.[1] : undefined;
}

/** "pk-textile-exports=123…,pk-remittances=456…" → { series: channel }; every series must be one the config file tracks. */
function seriesChannels(value: string | undefined, series: ReadonlyArray<{ id: string }>): Record<string, string> {
  const channels: Record<string, string> = {};
  for (const pair of (value ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([a-z0-9][a-z0-9-]*)\s*=\s*(\d{17,20})$/.exec(pair);
    if (!match)
      throw new ConfigError(
        `DISCORD_SERIES_CHANNELS: "${pair}" is not series=channel-id, like pk-textile-exports=123456789012345678`,
      );
    const [, id = '', channel = ''] = match;
    if (!series.some((s) => s.id === id)) {
      throw new ConfigError(
        `DISCORD_SERIES_CHANNELS: "${id}" is not a series in the config file; known series: ${series.map((s) => s.id).join(', ')}`,
      );
    }
    if (channels[id]) throw new ConfigError(`DISCORD_SERIES_CHANNELS: series "${id}" is given two channels`);
    channels[id] = channel;
  }
  return channels;
}

function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}

function pickKnown(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(ENV_KEYS.map((k) => [k, env[k]]));
}

function validateCron(expr: string): void {
  const check = validateDetailed(expr);
  if (!check.valid) {
    const why = check.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    throw new ConfigError(
      `SCHEDULE: "${expr}" is not a cron expression (${why}); expected 5 or 6 fields such as "*/30 * * * *"`,
    );
  }
}

function validateTimezone(tz: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    throw new ConfigError(`TIMEZONE: "${tz}" is not an IANA time zone; expected a name such as Asia/Karachi`);
  }
}
