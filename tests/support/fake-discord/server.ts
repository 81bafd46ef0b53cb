/**
 * The fake's HTTP server: records each request, applies a queued fault, routes it and answers.
 * It also tracks requests in flight, so `settled()` can wait for answers a slow fault holds back.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DefaultRestOptions, type RESTOptions } from 'discord.js';
import { parseRequestBody, readBody } from './body.js';
import { FAKE_IDS } from './constants.js';
import { FaultQueue, applyPreFault, hangUp } from './faults.js';
import type { Incoming, RouteDef } from './handler.js';
import { API_PREFIX } from './paths.js';
import { normalRateLimitHeaders } from './rate-limits.js';
import { notFound, tooLarge, unauthorized, type Reply } from './replies.js';
import { matchRoute } from './routes.js';
import { FakeState } from './state.js';
import type {
  FakeChannelConfig,
  FakeDiscord,
  FakeDiscordOptions,
  FakeRoute,
  FakeWebhookConfig,
  FaultPlan,
  RecordedRequest,
  StoredMessage,
} from './types.js';

class FakeDiscordServer implements FakeDiscord {
  url = '';

  private readonly server: http.Server;
  private readonly state: FakeState;
  private readonly faults = new FaultQueue();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly timers = new Map<NodeJS.Timeout, () => void>();
  private readonly waiters: Array<{ count: number; resolve: () => void }> = [];
  private closed = false;

  constructor(opts: FakeDiscordOptions) {
    this.state = new FakeState(opts);
    this.server = http.createServer((req, res) => this.track(this.onRequest(req, res)));
  }

  get requests(): RecordedRequest[] {
    return this.state.requests;
  }

  get messages(): Map<string, StoredMessage> {
    return this.state.messages;
  }

  get channels(): Map<string, FakeChannelConfig> {
    return this.state.channels;
  }

  get webhooks(): Map<string, FakeWebhookConfig> {
    return this.state.webhooks;
  }

  get errors(): Error[] {
    return this.state.errors;
  }

  get botToken(): string {
    return this.state.settings.botToken;
  }

  get botUserId(): string {
    return this.state.settings.botUserId;
  }

  get guildId(): string {
    return this.state.settings.guildId;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    this.state.origin = `http://127.0.0.1:${port}`;
    this.url = `${this.state.origin}/api`;
  }

  fail(plan: FaultPlan): void {
    this.faults.add(plan);
  }

  pendingFaults(): readonly FaultPlan[] {
    return this.faults.pending();
  }

  permissionsFor(channelId: string): bigint {
    return this.state.permissionsFor(channelId);
  }

  restOptions(extra: Partial<RESTOptions> = {}): Partial<RESTOptions> {
    // The guard runs inside discord.js right before each HTTP call, so even a test that
    // overrides `api` by mistake fails loudly instead of talking to discord.com.
    const local = `${this.state.origin}/`;
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
    const hook = this.state.webhooks.get(webhookId);
    if (!hook) throw new Error(`fake-discord: unknown webhook ${webhookId}`);
    return `https://discord.com/api/webhooks/${hook.id}/${hook.token}`;
  }

  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  requested(count: number): Promise<void> {
    if (this.state.requests.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  clear(): void {
    this.state.clear();
    this.faults.clear();
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
      this.state.errors.push(err);
      if (!res.headersSent && !res.destroyed)
        this.send(res, { status: 500, body: { message: `fake-discord: ${err.message}`, code: 0 } }, 'unknown');
    }
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const received = await readBody(req, this.state.settings.maxRequestBytes);
    if (!received) return;
    const { bytes, overCap } = received;
    const url = new URL(req.url ?? '/', this.state.origin);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) : url.pathname;
    const { route, params, def } = matchRoute(method, url.pathname);
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
    this.state.requests.push(record);
    for (const w of this.waiters.filter((w) => this.state.requests.length >= w.count)) {
      this.waiters.splice(this.waiters.indexOf(w), 1);
      w.resolve();
    }

    const fault = this.faults.take(route);
    record.fault = fault?.kind ?? null;
    const finished =
      fault &&
      (await applyPreFault(fault, {
        req,
        record,
        send: (reply) => this.send(res, reply, route),
        sleep: (ms) => this.sleep(ms),
      }));
    if (finished) return;
    if (this.closed) return;

    const reply =
      'status' in parsed
        ? parsed
        : this.dispatch(def, {
            method,
            params,
            query: url.searchParams,
            headers: req.headers,
            body: parsed.body,
            files: parsed.files,
          });
    if (fault?.kind === 'reset-after-commit') {
      // The nasty case: the work is done (message stored) but the client never hears back.
      hangUp(req, fault.hangup ?? 'rst');
      return;
    }
    record.status = reply.status;
    this.send(res, reply, route);
  }

  private dispatch(def: RouteDef | null, rq: Incoming): Reply {
    if (!def) return notFound();
    if (def.auth === 'bot' && rq.headers.authorization !== `Bot ${this.state.settings.botToken}`) return unauthorized();
    return def.handle(this.state, rq);
  }

  private send(res: http.ServerResponse, reply: Reply, route: FakeRoute): void {
    if (res.destroyed || res.headersSent) return; // client went away (e.g. timed out on a slow fault)
    const headers: Record<string, string> = { ...normalRateLimitHeaders(route, reply.status), ...reply.headers };
    if (reply.raw) {
      res.writeHead(reply.status, {
        ...headers,
        'content-type': reply.raw.contentType,
        'content-length': String(reply.raw.bytes.length),
      });
      res.end(reply.raw.bytes);
    } else if (reply.body === undefined) {
      res.writeHead(reply.status, headers);
      res.end();
    } else {
      const json = Buffer.from(JSON.stringify(reply.body));
      res.writeHead(reply.status, {
        ...headers,
        'content-type': 'application/json',
        'content-length': String(json.length),
      });
      res.end(json);
    }
  }
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined) out[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Starts a fake Discord REST API on 127.0.0.1 (random port). Always `close()` it. */
export async function startFakeDiscord(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscordServer(opts);
  await fake.listen();
  return fake;
}
