import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Agent, request } from 'undici';
import { FetchError } from '../errors.js';
import { isPrivateAddress } from './addresses.js';
import type { FetchOutcome, HttpClient, Validators } from './types.js';

/** How the HTTP client behaves; the defaults suit a bot polling news sites. */
export interface HttpOptions {
  userAgent: string;
  /** Follow links to loopback and private addresses (tests and the demo only). */
  allowPrivateNetworks: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Resolves a host name to addresses; injectable so tests never touch real DNS. */
  lookup?: (host: string) => Promise<string[]>;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;

const defaultLookup = async (host: string): Promise<string[]> =>
  (await dnsLookup(host, { all: true })).map((a) => a.address);

/** An undici-based client with timeouts, a size cap, bounded redirects and a private-address guard. */
export function createHttpClient(options: HttpOptions): HttpClient {
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const lookup = options.lookup ?? defaultLookup;
  const agent = new Agent({ connect: { timeout }, headersTimeout: timeout, bodyTimeout: timeout });

  async function guard(url: URL): Promise<string | null> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return `refused ${url.protocol} URL`;
    if (options.allowPrivateNetworks) return null;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const addresses = isIP(host) ? [host] : await lookup(host);
    const blocked = addresses.find(isPrivateAddress);
    return blocked ? `refused to connect to private address ${blocked}` : null;
  }

  async function get(rawUrl: string, validators: Validators = {}): Promise<FetchOutcome> {
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch (cause) {
      return { status: 'error', error: new FetchError(rawUrl, 'not a valid URL', { cause }) };
    }
    for (let hop = 0; hop <= maxRedirects; hop++) {
      const refusal = await guard(url).catch((e: Error) => `DNS lookup failed: ${e.message}`);
      if (refusal) return { status: 'error', error: new FetchError(url.href, refusal) };
      const headers: Record<string, string> = {
        'user-agent': options.userAgent,
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5',
      };
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      try {
        const res = await request(url, { method: 'GET', headers, dispatcher: agent, signal: AbortSignal.timeout(timeout * 2) });
        if (res.statusCode >= 300 && res.statusCode < 400 && res.statusCode !== 304) {
          await res.body.dump();
          const location = res.headers.location;
          if (typeof location !== 'string') return { status: 'error', error: new FetchError(url.href, `HTTP ${res.statusCode} without Location`) };
          url = new URL(location, url);
          continue;
        }
        if (res.statusCode === 304) {
          await res.body.dump();
          return { status: 'not-modified', url: url.href };
        }
        if (res.statusCode >= 400) {
          await res.body.dump();
          return { status: 'error', error: new FetchError(url.href, `HTTP ${res.statusCode}`) };
        }
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of res.body as AsyncIterable<Buffer>) {
          size += chunk.length;
          if (size > maxBytes) {
            res.body.destroy();
            return { status: 'error', error: new FetchError(url.href, `body larger than ${maxBytes} bytes`) };
          }
          chunks.push(chunk);
        }
        const header = (name: string): string | null => {
          const v = res.headers[name];
          return typeof v === 'string' ? v : null;
        };
        return {
          status: 'ok',
          page: {
            url: url.href,
            contentType: header('content-type'),
            body: Buffer.concat(chunks).toString('utf8'),
            etag: header('etag'),
            lastModified: header('last-modified'),
          },
        };
      } catch (cause) {
        return { status: 'error', error: new FetchError(url.href, (cause as Error).message, { cause }) };
      }
    }
    return { status: 'error', error: new FetchError(rawUrl, `more than ${maxRedirects} redirects`) };
  }

  return { get, close: () => agent.close() };
}
