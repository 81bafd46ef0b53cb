import { sleep } from './retry.js';

/** Politeness: one request at a time per host, a minimum gap between them, and a global limit. */
export interface HostGate {
  /** Runs `fn` once the host is free and its gap has passed, within the global concurrency limit. */
  run<T>(host: string, fn: () => Promise<T>): Promise<T>;
  /** Keeps the host idle until `at` (epoch ms): Retry-After. */
  deferHost(host: string, at: number): void;
  /** Widens the gap between requests to one host (robots.txt Crawl-delay); never narrows it below the default. */
  setHostDelay(host: string, ms: number): void;
  /** Epoch ms until which the host asked us to stay away (Retry-After); 0 when it did not. */
  deferredUntil(host: string): number;
}

interface HostState {
  /** Settles when the request ahead of this one leaves the host. */
  tail: Promise<void>;
  /** The politeness gap: no request before this (epoch ms). */
  notBefore: number;
  /** The host's own Retry-After. */
  deferredUntil: number;
  delayMs: number;
}

/** Builds the gate; `minDelayMs` is the default gap between two requests to one host. */
export function createHostGate(opts: {
  concurrency: number;
  minDelayMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}): HostGate {
  const now = opts.now ?? Date.now;
  const wait = opts.sleep ?? sleep;
  const hosts = new Map<string, HostState>();
  const slots = createSemaphore(opts.concurrency);
  const state = (host: string): HostState => {
    let s = hosts.get(host);
    if (!s)
      hosts.set(host, (s = { tail: Promise.resolve(), notBefore: 0, deferredUntil: 0, delayMs: opts.minDelayMs }));
    return s;
  };

  return {
    async run(host, fn) {
      const s = state(host);
      const ahead = s.tail;
      let leave!: () => void;
      s.tail = new Promise<void>((ok) => (leave = ok));
      try {
        await ahead;
        const gap = Math.max(s.notBefore, s.deferredUntil) - now();
        // Wait for the host before taking a global slot, so a slow host never holds one idle.
        if (gap > 0) await wait(gap);
        await slots.acquire();
        try {
          return await fn();
        } finally {
          slots.release();
          s.notBefore = Math.max(s.notBefore, now() + s.delayMs);
        }
      } finally {
        leave();
      }
    },
    deferHost(host, at) {
      const s = state(host);
      s.deferredUntil = Math.max(s.deferredUntil, at);
    },
    setHostDelay(host, ms) {
      const s = state(host);
      const delay = Math.max(opts.minDelayMs, ms);
      // The gap after the request just made (robots.txt itself) widens too.
      if (s.notBefore > 0) s.notBefore += delay - s.delayMs;
      s.delayMs = delay;
    },
    deferredUntil(host) {
      return hosts.get(host)?.deferredUntil ?? 0;
    },
  };
}

function createSemaphore(size: number): { acquire(): Promise<void>; release(): void } {
  let free = size;
  const waiting: Array<() => void> = [];
  return {
    acquire() {
      if (free > 0) {
        free--;
        return Promise.resolve();
      }
      return new Promise<void>((ok) => waiting.push(ok));
    },
    release() {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
}
