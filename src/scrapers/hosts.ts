import { abortableSleep } from './retry.js';

/** Politeness: one request at a time per host, a minimum gap between them, and a global limit. */
export interface HostGate {
  /**
   * Runs `fn` once the host is free and its gap has passed, within the global concurrency limit. With a
   * `signal`, giving up while waiting rejects with the signal's reason and `fn` never runs; the request
   * behind this one still waits for the one ahead.
   */
  run<T>(host: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T>;
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

/**
 * How long a request holds one of the global slots. The limit keeps the transfers going on at once few;
 * a request still unanswered after this long is waiting on its host (a hang, a drip), not transferring,
 * and must not keep every other host waiting behind it. Each host still gets one request at a time.
 */
export const SLOT_HOLD_MS = 2_000;

/** Builds the gate; `minDelayMs` is the default gap between two requests to one host. */
export function createHostGate(opts: {
  concurrency: number;
  minDelayMs: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  slotHoldMs?: number;
}): HostGate {
  const now = opts.now ?? Date.now;
  const wait = opts.sleep ?? abortableSleep;
  const slotHoldMs = opts.slotHoldMs ?? SLOT_HOLD_MS;
  const hosts = new Map<string, HostState>();
  const slots = createSemaphore(opts.concurrency);
  const state = (host: string): HostState => {
    let s = hosts.get(host);
    if (!s)
      hosts.set(host, (s = { tail: Promise.resolve(), notBefore: 0, deferredUntil: 0, delayMs: opts.minDelayMs }));
    return s;
  };

  return {
    async run(host, fn, signal) {
      const s = state(host);
      const ahead = s.tail;
      let leave!: () => void;
      s.tail = new Promise<void>((ok) => (leave = ok));
      let started = false;
      try {
        await untilAborted(ahead, signal);
        const gap = Math.max(s.notBefore, s.deferredUntil) - now();
        // Wait for the host before taking a global slot, so a slow host never holds one idle.
        if (gap > 0) await wait(gap, signal);
        await slots.acquire(signal);
        started = true;
        let held = true;
        const release = (): void => {
          if (held) slots.release();
          held = false;
        };
        const giveBack = setTimeout(release, slotHoldMs);
        try {
          return await fn();
        } finally {
          clearTimeout(giveBack);
          release();
          s.notBefore = Math.max(s.notBefore, now() + s.delayMs);
        }
      } finally {
        // A request that gave up while queued leaves when the one ahead of it does, not before.
        if (started) leave();
        else void ahead.then(leave);
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

/** Resolves with `promise`, or rejects with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e as Error);
      },
    );
  });
}

function createSemaphore(size: number): { acquire(signal?: AbortSignal): Promise<void>; release(): void } {
  let free = size;
  const waiting: Array<() => void> = [];
  return {
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason as Error);
      if (free > 0) {
        free--;
        return Promise.resolve();
      }
      return new Promise<void>((ok, fail) => {
        const take = (): void => {
          signal?.removeEventListener('abort', onAbort);
          ok();
        };
        const onAbort = (): void => {
          const at = waiting.indexOf(take);
          if (at >= 0) waiting.splice(at, 1);
          fail(signal!.reason as Error);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.push(take);
      });
    },
    release() {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
}
