import { request, type Dispatcher } from 'undici';
import { readBody } from './body.js';
import { decodeBody } from './charset.js';
import { AddressRefusedError } from './guard.js';
import { isTransientStatus, parseRetryAfter } from './retry.js';
import type { Expect, FetchedPage, Validators } from './types.js';

/** The outcome of one request, before redirects and retries are dealt with. */
export type Hop =
  | { kind: 'ok'; page: FetchedPage }
  | { kind: 'not-modified' }
  | { kind: 'redirect'; location: string; httpStatus: number }
  | { kind: 'failed'; reason: string; transient: boolean; httpStatus: number | null; retryAfterMs: number | null; cause?: unknown };

/** What one request is sent with. */
export interface HopSettings {
  dispatcher: Dispatcher;
  userAgent: string;
  maxBytes: number;
  /** Deadline for the whole request, body included: a body dripping a byte a second never trips an idle timeout. */
  totalTimeoutMs: number;
  timeouts: { connectMs: number; headersMs: number; bodyMs: number };
  now: () => number;
}

const ACCEPT: Readonly<Record<Expect, string>> = {
  html: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  xml: 'application/rss+xml,application/atom+xml,application/rdf+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1',
  text: 'text/plain,*/*;q=0.1',
};

// Which content types each caller can read. Servers label feeds loosely (text/html, text/plain, octet-stream),
// so XML callers accept those and let the parser decide; an article must be HTML.
const READABLE: Readonly<Record<Expect, (mime: string) => boolean>> = {
  html: (m) => m === 'text/html' || m === 'application/xhtml+xml',
  xml: (m) => m.endsWith('/xml') || m.endsWith('+xml') || m === 'text/html' || m === 'text/plain' || m === 'application/octet-stream',
  text: (m) => m.startsWith('text/') || m === 'application/octet-stream',
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Sends one GET and reads its answer: status, content type, size cap, decompression and charset. */
export async function requestOnce(url: URL, expect: Expect, validators: Validators, settings: HopSettings): Promise<Hop> {
  const headers: Record<string, string> = {
    'user-agent': settings.userAgent,
    accept: ACCEPT[expect],
    'accept-encoding': 'gzip, deflate, br',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  try {
    const res = await request(url, { method: 'GET', headers, dispatcher: settings.dispatcher, signal: AbortSignal.timeout(settings.totalTimeoutMs) });
    const header = (name: string): string | null => {
      const v = res.headers[name];
      return typeof v === 'string' ? v : Array.isArray(v) ? (v[0] ?? null) : null;
    };
    const status = res.statusCode;
    if (REDIRECTS.has(status)) {
      await res.body.dump();
      const location = header('location');
      if (!location) return failed(`HTTP ${status} without a Location header`, false, status);
      return { kind: 'redirect', location, httpStatus: status };
    }
    if (status === 304) {
      await res.body.dump();
      return { kind: 'not-modified' };
    }
    if (status < 200 || status >= 300) {
      await res.body.dump().catch(() => {});
      const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(res.headers['retry-after'], settings.now()) : null;
      return { ...failed(`HTTP ${status}`, isTransientStatus(status), status), retryAfterMs };
    }
    const contentType = header('content-type');
    const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
    if (mime !== '' && !READABLE[expect](mime)) {
      res.body.destroy();
      return failed(`content type ${mime} is not ${expect === 'html' ? 'HTML' : expect === 'xml' ? 'XML' : 'text'}`, false, status);
    }
    const declared = Number(header('content-length'));
    if (Number.isFinite(declared) && declared > settings.maxBytes) {
      res.body.destroy();
      return failed(`body of ${declared} bytes is over the ${settings.maxBytes}-byte limit`, false, status);
    }
    const body = await readBody(res.body, header('content-encoding'), settings.maxBytes);
    if (body.status === 'too-large') {
      return failed(`body ${body.decoded ? 'decompresses to' : 'is'} more than the ${settings.maxBytes}-byte limit`, false, status);
    }
    if (body.status === 'bad-encoding') return failed(body.reason, false, status);
    // A 200 with nothing in it is a server hiccup more often than a real empty document.
    if (body.bytes.length === 0) return failed('empty body', true, status);
    const { text, charset } = decodeBody(body.bytes, contentType);
    return {
      kind: 'ok',
      page: { url: url.href, contentType, body: text, charset, etag: header('etag'), lastModified: header('last-modified') },
    };
  } catch (cause) {
    const { reason, transient } = describe(cause, settings);
    return { ...failed(reason, transient, null), cause };
  }
}

function failed(reason: string, transient: boolean, httpStatus: number | null): Extract<Hop, { kind: 'failed' }> {
  return { kind: 'failed', reason, transient, httpStatus, retryAfterMs: null };
}

// Undici and Node name the same failures many ways; say plainly which stage failed.
function describe(cause: unknown, s: HopSettings): { reason: string; transient: boolean } {
  const chain: unknown[] = [];
  for (let e = cause; e instanceof Error && chain.length < 4; e = e.cause) chain.push(e);
  const refused = chain.find((e): e is AddressRefusedError => e instanceof AddressRefusedError);
  if (refused) return { reason: refused.message, transient: false };
  const e = (chain[0] ?? cause) as NodeJS.ErrnoException;
  const code = chain.map((x) => (x as NodeJS.ErrnoException).code).find(Boolean) ?? e.code;
  switch (code ?? e.name) {
    case 'UND_ERR_CONNECT_TIMEOUT':
      return { reason: `connect timeout: no connection within ${s.timeouts.connectMs} ms`, transient: true };
    case 'UND_ERR_HEADERS_TIMEOUT':
      return { reason: `header timeout: no response headers within ${s.timeouts.headersMs} ms`, transient: true };
    case 'UND_ERR_BODY_TIMEOUT':
      return { reason: `body timeout: no data for ${s.timeouts.bodyMs} ms`, transient: true };
    case 'TimeoutError':
    case 'AbortError':
    case 'ABORT_ERR':
    case 'UND_ERR_ABORTED':
      return { reason: `timeout: not done within ${s.totalTimeoutMs} ms`, transient: true };
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
    case 'EPIPE':
      return { reason: `connection reset: ${e.message}`, transient: true };
    case 'ECONNREFUSED':
      return { reason: 'connection refused', transient: true };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { reason: `DNS lookup failed: ${e.message}`, transient: true };
    default:
      return { reason: e.message || String(cause), transient: true };
  }
}
