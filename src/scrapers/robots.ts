import robotsParserModule from 'robots-parser';
import type { HostGate } from './hosts.js';
import type { FetchOutcome } from './types.js';

// The package is CommonJS (module.exports = fn) but its types declare an ES default export.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/** May this URL be fetched? A refusal says why and whether asking later may help. */
export type RobotsVerdict =
  | { allowed: true }
  /** `unreachable`: robots.txt could not be fetched because no connection to the host could be made. */
  | { allowed: false; reason: string; transient: boolean; unreachable?: boolean };

/** robots.txt per origin, fetched once and kept for a day (RFC 9309 §2.4). */
export interface RobotsCache {
  /** With a `signal`, a robots.txt fetched for this check is abandoned when it aborts (and fetched again next time). */
  check(url: URL, signal?: AbortSignal): Promise<RobotsVerdict>;
  /** The Crawl-delay the host's robots.txt asks of us, in ms, uncapped; null when unknown or none. */
  crawlDelayMs(host: string): number | null;
}

type Rules =
  | { kind: 'parsed'; robot: ReturnType<typeof robotsParser> }
  | { kind: 'allow-all' }
  | { kind: 'unreachable'; reason: string; noConnection: boolean }
  | { kind: 'abandoned' };

const DAY_MS = 24 * 60 * 60 * 1000;
// An unreachable robots.txt blocks the host for the rest of this tick, not for a day.
const UNREACHABLE_TTL_MS = 5 * 60 * 1000;
// A Crawl-delay above this is honoured as this: a site asking for an hour between pages would never be read.
const MAX_CRAWL_DELAY_MS = 60_000;

/** Builds the cache; `agent` is our product token (the part of the User-Agent before the slash). */
export function createRobotsCache(opts: {
  fetch: (url: string, signal?: AbortSignal) => Promise<FetchOutcome>;
  agent: string;
  gate: HostGate;
  now?: () => number;
}): RobotsCache {
  const now = opts.now ?? Date.now;
  const cache = new Map<string, { expires: number; rules: Promise<Rules> }>();
  const crawlDelays = new Map<string, number>();

  async function load(origin: string, host: string, signal?: AbortSignal): Promise<Rules> {
    const res = await opts.fetch(`${origin}/robots.txt`, signal);
    if (res.status === 'error' && res.aborted) return { kind: 'abandoned' };
    if (res.status === 'ok') {
      const robot = robotsParser(`${origin}/robots.txt`, res.page.body);
      const delay = robot.getCrawlDelay(opts.agent);
      if (delay !== undefined && delay > 0) {
        crawlDelays.set(host, delay * 1000);
        opts.gate.setHostDelay(host, Math.min(delay * 1000, MAX_CRAWL_DELAY_MS));
      }
      return { kind: 'parsed', robot };
    }
    // RFC 9309 §2.3.1: 4xx means no rules; 5xx or no answer means assume everything is disallowed. A site
    // that answered but not with a readable robots.txt (a feed or image served for every path, a redirect
    // chain too long) has none either.
    if (res.status === 'error' && res.httpStatus !== null && res.httpStatus < 500) return { kind: 'allow-all' };
    if (res.status === 'not-modified') return { kind: 'allow-all' };
    return { kind: 'unreachable', reason: res.error.reason, noConnection: res.error.unreachable };
  }

  async function rulesOf(url: URL, signal: AbortSignal | undefined): Promise<Rules> {
    const origin = url.origin;
    let entry = cache.get(origin);
    if (!entry || entry.expires <= now()) {
      const rules = load(origin, url.hostname, signal);
      entry = { expires: now() + DAY_MS, rules };
      cache.set(origin, entry);
      const settled = entry;
      void rules.then((r) => {
        if (r.kind === 'unreachable') settled.expires = now() + UNREACHABLE_TTL_MS;
        // Fetched for a read that gave up: nothing was learnt, so the next check asks again.
        if (r.kind === 'abandoned' && cache.get(origin) === settled) cache.delete(origin);
      });
    }
    return entry.rules;
  }

  return {
    async check(url, signal) {
      let rules = await rulesOf(url, signal);
      // Another read's robots.txt fetch was abandoned under us: this read still wants an answer.
      if (rules.kind === 'abandoned' && !signal?.aborted) rules = await rulesOf(url, signal);
      if (rules.kind === 'abandoned')
        return {
          allowed: false,
          reason: `robots.txt of ${url.origin} was not read: the read gave up`,
          transient: true,
        };
      if (rules.kind === 'allow-all') return { allowed: true };
      const origin = url.origin;
      if (rules.kind === 'unreachable') {
        return {
          allowed: false,
          reason: `robots.txt of ${origin} could not be read (${rules.reason}), so nothing there is fetched`,
          transient: true,
          unreachable: rules.noConnection,
        };
      }
      if (rules.robot.isAllowed(url.href, opts.agent) === false) {
        return {
          allowed: false,
          reason: `robots.txt of ${origin} disallows ${url.pathname} for ${opts.agent}`,
          transient: false,
        };
      }
      return { allowed: true };
    },
    crawlDelayMs: (host) => crawlDelays.get(host) ?? null,
  };
}
