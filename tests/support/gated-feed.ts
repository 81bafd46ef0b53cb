import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A feed on 127.0.0.1 whose answers can be held back, to catch the worker in the middle of a tick. */
export interface GatedFeed {
  /** The feed's URL. */
  url: string;
  /** Requests received so far. */
  readonly requests: number;
  /** The most requests that were ever being answered at the same time. */
  readonly maxConcurrent: number;
  /** Resolves when `n` requests have arrived. */
  requested(n?: number): Promise<void>;
  /** Answers every held request now, and later ones at once. */
  open(): void;
  close(): Promise<void>;
}

// A valid RSS 2.0 feed with no items: a tick reads it, finds nothing, and counts the source as read.
const EMPTY_FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Gated</title></channel></rss>';

/** `holdMs`: answer each request after this long; omit to hold every request until `open()`. */
export async function startGatedFeed(opts: { holdMs?: number } = {}): Promise<GatedFeed> {
  let requests = 0;
  let inFlight = 0;
  let maxConcurrent = 0;
  let isOpen = false;
  const held: (() => void)[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];

  const server: Server = createServer((_req, res) => {
    requests++;
    inFlight++;
    maxConcurrent = Math.max(maxConcurrent, inFlight);
    for (const w of waiters.filter((w) => requests >= w.n)) w.resolve();
    const answer = (): void => {
      inFlight--;
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(EMPTY_FEED);
    };
    if (opts.holdMs !== undefined) setTimeout(answer, opts.holdMs);
    else if (isOpen) answer();
    else held.push(answer);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/feed/`,
    get requests() {
      return requests;
    },
    get maxConcurrent() {
      return maxConcurrent;
    },
    requested(n = 1) {
      return requests >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve }));
    },
    open() {
      isOpen = true;
      for (const answer of held.splice(0)) answer();
    },
    close() {
      return new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      });
    },
  };
}
