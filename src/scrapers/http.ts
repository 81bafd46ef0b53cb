import { Agent } from 'undici';
import { FetchError } from '../errors.js';
import { createAddressGuard, type PrivateNetworkPolicy, type Resolver } from './guard.js';
import { createHostGate } from './hosts.js';
import { requestOnce, type Hop, type HopSettings } from './request.js';
import { DEFAULT_RETRY_POLICY, backoffDelay, sleep, type RetryPolicy } from './retry.js';
import { createRobotsCache } from './robots.js';
import type { Expect, FetchFailure, FetchOptions, FetchOutcome, HttpClient, Validators } from './types.js';

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
  sleep?: (ms: number) => Promise<void>;
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
  const pause = options.sleep ?? sleep;
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
    fetch: (url) => follow(url, 'text', {}, settings(ROBOTS_MAX_BYTES), false),
    agent: o.userAgent.split('/')[0]!.trim().toLowerCase() || 'exportwatch',
    gate,
    now,
  });

  // One hop with its retries: backoff with jitter between attempts, Retry-After honoured for the whole host.
  async function attempt(url: URL, expect: Expect, validators: Validators, s: HopSettings): Promise<Hop> {
    for (let n = 0; ; n++) {
      const waitForHost = gate.deferredUntil(url.hostname) - now();
      if (waitForHost > retry.maxRetryAfterMs) {
        return {
          kind: 'failed',
          reason: `${url.hostname} asked us to wait ${Math.ceil(waitForHost / 1000)} s`,
          transient: true,
          httpStatus: null,
          retryAfterMs: waitForHost,
        };
      }
      const hop = await gate.run(url.hostname, () => requestOnce(url, expect, validators, s));
      if (hop.kind !== 'failed' || !hop.transient || n >= retry.retries) return hop;
      if (hop.retryAfterMs !== null) {
        if (hop.retryAfterMs > retry.maxRetryAfterMs) return hop;
        gate.deferHost(url.hostname, now() + hop.retryAfterMs);
      } else {
        await pause(backoffDelay(n, retry, options.random));
      }
    }
  }

  async function follow(
    rawUrl: string,
    expect: Expect,
    validators: Validators,
    s: HopSettings,
    obeyRobots: boolean,
  ): Promise<FetchOutcome> {
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch (cause) {
      return failure(new FetchError(rawUrl, 'not a valid URL', { cause }), false);
    }
    const visited = new Set<string>();
    for (let hop = 0; ; hop++) {
      visited.add(url.href);
      const refusal = await guard.check(url);
      if (refusal) return failure(new FetchError(url.href, refusal.refused), refusal.transient);
      if (obeyRobots) {
        const verdict = await robots.check(url);
        if (!verdict.allowed) return failure(new FetchError(url.href, verdict.reason), verdict.transient);
      }
      // Validators belong to the URL asked for; a redirected request starts unconditional.
      const result = await attempt(url, expect, hop === 0 ? validators : {}, s);
      if (result.kind === 'ok') return { status: 'ok', page: result.page };
      if (result.kind === 'not-modified') return { status: 'not-modified', url: url.href };
      if (result.kind === 'failed') {
        return failure(
          new FetchError(url.href, result.reason, { cause: result.cause }),
          result.transient,
          result.retryAfterMs,
          result.httpStatus,
        );
      }
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
      return follow(url, opts.expect ?? 'html', opts.validators ?? {}, pageSettings, o.robots ?? true);
    },
    close: () => agent.close(),
  };
}

function failure(
  error: FetchError,
  transient: boolean,
  retryAfterMs: number | null = null,
  httpStatus: number | null = null,
): FetchFailure {
  return { status: 'error', error, transient, retryAfterMs, httpStatus };
}

function stripUndefined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
