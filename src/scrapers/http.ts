import { Agent } from 'undici';
import { FetchError } from '../errors.js';
import { createAddressGuard, type PrivateNetworkPolicy, type Resolver } from './guard.js';
import { createHostGate } from './hosts.js';
import { aborted as abortedHop, requestOnce, type Hop, type HopSettings } from './request.js';
import { DEFAULT_RETRY_POLICY, abortableSleep, backoffDelay, type RetryPolicy } from './retry.js';
import { createRobotsCache } from './robots.js';
import type { Expect, FetchFailure, FetchOptions, FetchOutcome, HostBudget, HttpClient, Validators } from './types.js';

/** How the HTTP client behaves; the defaults suit a bot polling news sites every half hour. */
export interface HttpOptions {
  /** Sent with every request; names the bot and how to reach its operator. Never a browser's. */
  userAgent: string;
  /** Follow links to loopback and private addresses: `true`, or only the CIDR ranges listed (tests and the demo). */
  allowPrivateNetworks: PrivateNetworkPolicy;
  connectTimeoutMs?: number;
  /** Time allowed until the response headers arrive. */
  headersTimeoutMs?: number;
  /** Longest silence allowed while the body arrives. */
  bodyTimeoutMs?: number;
  /** Deadline for one request, body included. */
  totalTimeoutMs?: number;
  /** Largest body read, on the wire and after decompression. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Requests in flight at once, over all hosts. */
  concurrency?: number;
  /** Minimum gap between two requests to one host (robots.txt Crawl-delay may widen it). */
  hostDelayMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Obey robots.txt; off only for tests of other behaviour. */
  robots?: boolean;
  /** Resolves host names; tests inject one so nothing touches real DNS. */
  lookup?: Resolver;
  /** Clock and timer for politeness waits and backoff; tests pass virtual ones. */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

export const HTTP_DEFAULTS = {
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 15_000,
  bodyTimeoutMs: 15_000,
  totalTimeoutMs: 60_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  concurrency: 4,
  hostDelayMs: 1_000,
} as const;

// RFC 9309 §2.5: crawlers may stop reading robots.txt after 500 KiB.
const ROBOTS_MAX_BYTES = 500 * 1024;

/** An undici client with timeouts, a size cap, charset decoding, bounded redirects and retries, robots.txt, per-host politeness and a private-address guard. */
export function createHttpClient(options: HttpOptions): HttpClient {
  const o = { ...HTTP_DEFAULTS, ...stripUndefined(options) };
  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...stripUndefined(options.retry ?? {}) };
  const now = options.now ?? Date.now;
  const pause = options.sleep ?? abortableSleep;
  const guard = createAddressGuard(o.allowPrivateNetworks, options.lookup);
  const agent = new Agent({
    connect: guard.connector(o.connectTimeoutMs),
    headersTimeout: o.headersTimeoutMs,
    bodyTimeout: o.bodyTimeoutMs,
    connections: 2,
  });
  const gate = createHostGate({ concurrency: o.concurrency, minDelayMs: o.hostDelayMs, now, sleep: pause });
  const settings = (maxBytes: number): HopSettings => ({
    dispatcher: agent,
    userAgent: o.userAgent,
    maxBytes,
    totalTimeoutMs: o.totalTimeoutMs,
    timeouts: { connectMs: o.connectTimeoutMs, headersMs: o.headersTimeoutMs, bodyMs: o.bodyTimeoutMs },
    now,
  });
  const pageSettings = settings(o.maxBytes);
  const robots = createRobotsCache({
    fetch: (url, signal) => follow(url, 'text', {}, settings(ROBOTS_MAX_BYTES), false, { signal }),
    agent: o.userAgent.split('/')[0]!.trim().toLowerCase() || 'exportwatch',
    gate,
    now,
  });

  // One hop with its retries: backoff with jitter between attempts, Retry-After honoured for the whole host. Only a
  // quick failure is retried (a reset, a 5xx, a 429): a request that hung would most likely hang again, at full cost.
  async function attempt(url: URL, expect: Expect, validators: Validators, s: HopSettings, call: Call): Promise<Hop> {
    const host = url.hostname;
    for (let n = 0; ; n++) {
      const waitForHost = gate.deferredUntil(host) - now();
      if (waitForHost > retry.maxRetryAfterMs) {
        return {
          ...quickFailure(`${host} asked us to wait ${Math.ceil(waitForHost / 1000)} s`),
          retryAfterMs: waitForHost,
        };
      }
      let hop: Hop;
      try {
        hop = await gate.run(
          host,
          async () => {
            // Spent while this request waited its turn: give the host's time to the next tick.
            if (overBudget(call.budget, host)) return budgetSpent(host, call.budget!);
            const started = now();
            try {
              return await requestOnce(url, expect, validators, s, call.signal);
            } finally {
              if (call.budget) call.budget.spentMs.set(host, (call.budget.spentMs.get(host) ?? 0) + now() - started);
            }
          },
          call.signal,
        );
      } catch (error) {
        // Given up while waiting for the host: nothing was sent.
        if (call.signal?.aborted) return abortedHop(call.signal);
        throw error;
      }
      if (hop.kind !== 'failed' || !hop.transient || hop.hung || hop.aborted || n >= retry.retries) return hop;
      if (hop.retryAfterMs !== null) {
        if (hop.retryAfterMs > retry.maxRetryAfterMs) return hop;
        gate.deferHost(host, now() + hop.retryAfterMs);
      } else {
        try {
          await pause(backoffDelay(n, retry, options.random), call.signal);
        } catch {
          return abortedHop(call.signal!);
        }
      }
    }
  }

  async function follow(
    rawUrl: string,
    expect: Expect,
    validators: Validators,
    s: HopSettings,
    obeyRobots: boolean,
    call: Call,
  ): Promise<FetchOutcome> {
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch (cause) {
      return failure(new FetchError(rawUrl, 'not a valid URL', { cause }), false);
    }
    const visited = new Set<string>();
    for (let hop = 0; ; hop++) {
      if (call.signal?.aborted) return fromHop(url, abortedHop(call.signal));
      if (overBudget(call.budget, url.hostname)) return fromHop(url, budgetSpent(url.hostname, call.budget!));
      visited.add(url.href);
      const refusal = await guard.check(url);
      if (refusal)
        return failure(
          new FetchError(url.href, refusal.refused, { unreachable: refusal.unreachable }),
          refusal.transient,
        );
      if (obeyRobots) {
        const verdict = await robots.check(url, call.signal);
        if (call.signal?.aborted) return fromHop(url, abortedHop(call.signal));
        if (!verdict.allowed)
          return failure(
            new FetchError(url.href, verdict.reason, { unreachable: verdict.unreachable }),
            verdict.transient,
          );
      }
      // Validators belong to the URL asked for; a redirected request starts unconditional.
      const result = await attempt(url, expect, hop === 0 ? validators : {}, s, call);
      if (result.kind === 'ok') return { status: 'ok', page: result.page };
      if (result.kind === 'not-modified') return { status: 'not-modified', url: url.href };
      if (result.kind === 'failed') return fromHop(url, result);
      let next: URL;
      try {
        next = new URL(result.location, url);
      } catch (cause) {
        return failure(
          new FetchError(url.href, `HTTP ${result.httpStatus} to an invalid Location "${result.location}"`, { cause }),
          false,
        );
      }
      if (visited.has(next.href)) return failure(new FetchError(rawUrl, `redirect loop at ${next.href}`), false);
      if (hop + 1 > o.maxRedirects)
        return failure(new FetchError(rawUrl, `more than ${o.maxRedirects} redirects`), false);
      url = next;
    }
  }

  return {
    get(url, opts: FetchOptions = {}) {
      const s = opts.timeoutMs
        ? { ...pageSettings, totalTimeoutMs: Math.min(opts.timeoutMs, o.totalTimeoutMs) }
        : pageSettings;
      return follow(url, opts.expect ?? 'html', opts.validators ?? {}, s, o.robots ?? true, {
        signal: opts.signal,
        budget: opts.budget,
      });
    },
    crawlDelayMs(url) {
      try {
        return robots.crawlDelayMs(new URL(url).hostname);
      } catch {
        return null;
      }
    },
    close: () => agent.close(),
  };
}

/** What a call brings besides the URL: the caller's signal and the tick's budget per host. */
interface Call {
  signal?: AbortSignal | undefined;
  budget?: HostBudget | undefined;
}

const overBudget = (budget: HostBudget | undefined, host: string): boolean =>
  budget !== undefined && (budget.spentMs.get(host) ?? 0) >= budget.limitMs;

// The host has had its time this tick: the request is not sent, and asking again next tick may well succeed.
function budgetSpent(host: string, budget: HostBudget): Extract<Hop, { kind: 'failed' }> {
  return {
    ...quickFailure(
      `${host} used its budget of ${Math.round(budget.limitMs / 1000)} s for this tick; tried again next tick`,
    ),
    aborted: true,
  };
}

function quickFailure(reason: string): Extract<Hop, { kind: 'failed' }> {
  return { kind: 'failed', reason, transient: true, httpStatus: null, retryAfterMs: null, hung: false, aborted: false };
}

function fromHop(url: URL, hop: Extract<Hop, { kind: 'failed' }>): FetchFailure {
  return {
    ...failure(
      new FetchError(url.href, hop.reason, { cause: hop.cause, unreachable: hop.unreachable }),
      hop.transient,
      hop.retryAfterMs,
      hop.httpStatus,
    ),
    hung: hop.hung,
    aborted: hop.aborted,
  };
}

function failure(
  error: FetchError,
  transient: boolean,
  retryAfterMs: number | null = null,
  httpStatus: number | null = null,
): FetchFailure {
  return { status: 'error', error, transient, retryAfterMs, httpStatus, hung: false, aborted: false };
}

function stripUndefined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
