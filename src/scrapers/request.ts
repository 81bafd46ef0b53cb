import { request, type Dispatcher } from 'undici';
import { readBody } from './body.js';
import { decodeBody } from './charset.js';
import { ReadAbortedError } from '../errors.js';
import { AddressRefusedError } from './guard.js';
import { isTransientStatus, parseRetryAfter } from './retry.js';
import type { Expect, FetchedPage, Validators } from './types.js';

/** The outcome of one request, before redirects and retries are dealt with. */
export type Hop =
  | { kind: 'ok'; page: FetchedPage }
  | { kind: 'not-modified' }
  | { kind: 'redirect'; location: string; httpStatus: number }
  | {
      kind: 'failed';
      reason: string;
      transient: boolean;
      httpStatus: number | null;
      retryAfterMs: number | null;
      /** Not answered in time: retrying at once would most likely wait as long again. */
      hung: boolean;
      /** Cut off by the caller's signal, or never sent. */
      aborted: boolean;
      cause?: unknown;
      /** No connection was made: DNS failed, or the connection was refused, timed out or had no route. */
      unreachable?: boolean;
    };

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
  xml: (m) =>
    m.endsWith('/xml') ||
    m.endsWith('+xml') ||
    m === 'text/html' ||
    m === 'text/plain' ||
    m === 'application/octet-stream',
  text: (m) => m.startsWith('text/') || m === 'application/octet-stream',
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Sends one GET and reads its answer: status, content type, size cap, decompression and charset. */
export async function requestOnce(
  url: URL,
  expect: Expect,
  validators: Validators,
  settings: HopSettings,
  signal?: AbortSignal,
): Promise<Hop> {
  if (signal?.aborted) return aborted(signal);
  const headers: Record<string, string> = {
    'user-agent': settings.userAgent,
    accept: ACCEPT[expect],
    'accept-encoding': 'gzip, deflate, br',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const deadline = createDeadline(settings);
  try {
    const res = await request(url, {
      method: 'GET',
      headers,
      dispatcher: settings.dispatcher,
      signal: signal ? AbortSignal.any([deadline.signal, signal]) : deadline.signal,
    });
    deadline.headersArrived();
    return await answer(res, url, expect, settings, deadline.bodyProgress);
  } catch (cause) {
    if (signal?.aborted && !deadline.signal.aborted) return { ...aborted(signal, true), cause };
    const { reason, transient, hung, unreachable } = describe(
      deadline.signal.aborted ? deadline.signal.reason : cause,
      settings,
    );
    return { ...failed(reason, transient, null), hung, cause, unreachable: unreachable === true };
  } finally {
    deadline.clear();
  }
}

/**
 * The caller gave up: the tick stopped, or the source's deadline passed. `inFlight`: the request had been sent
 * and was still unanswered; otherwise it was never sent, and says nothing about the page.
 */
export function aborted(signal: AbortSignal, inFlight = false): Extract<Hop, { kind: 'failed' }> {
  const reason = signal.reason as unknown;
  const stopped = reason instanceof ReadAbortedError ? reason : null;
  return {
    kind: 'failed',
    reason: stopped?.message ?? 'aborted',
    transient: true,
    httpStatus: null,
    retryAfterMs: null,
    // A page still unanswered when its source's time ran out was slow; one cut off by a stopping tick, or one
    // never sent, is not judged.
    hung: inFlight && stopped?.why === 'deadline',
    aborted: true,
  };
}

async function answer(
  res: Dispatcher.ResponseData,
  url: URL,
  expect: Expect,
  settings: HopSettings,
  onBody: () => void,
): Promise<Hop> {
  const header = (name: string): string | null => {
    const v = res.headers[name];
    return typeof v === 'string' ? v : Array.isArray(v) ? (v[0] ?? null) : null;
  };
  // Destroying an unread body makes undici emit an abort error; it is expected here.
  const discard = (): void => void res.body.on('error', () => {}).destroy();
  const status = res.statusCode;
  if (REDIRECTS.has(status)) {
    discard();
    const location = header('location');
    if (!location) return failed(`HTTP ${status} without a Location header`, false, status);
    return { kind: 'redirect', location, httpStatus: status };
  }
  if (status === 304) {
    discard();
    return { kind: 'not-modified' };
  }
  if (status < 200 || status >= 300) {
    discard();
    const retryAfterMs =
      status === 429 || status === 503 ? parseRetryAfter(res.headers['retry-after'], settings.now()) : null;
    return { ...failed(`HTTP ${status}`, isTransientStatus(status), status), retryAfterMs };
  }
  const contentType = header('content-type');
  const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (mime !== '' && !READABLE[expect](mime)) {
    discard();
    return failed(
      `content type ${mime} is not ${expect === 'html' ? 'HTML' : expect === 'xml' ? 'XML' : 'text'}`,
      false,
      status,
    );
  }
  const declared = Number(header('content-length'));
  if (Number.isFinite(declared) && declared > settings.maxBytes) {
    discard();
    return failed(`body of ${declared} bytes is over the ${settings.maxBytes}-byte limit`, false, status);
  }
  res.body.on('error', () => {});
  const body = await readBody(res.body, header('content-encoding'), settings.maxBytes, onBody);
  if (body.status === 'too-large') {
    return failed(
      `body ${body.decoded ? 'decompresses to' : 'is'} more than the ${settings.maxBytes}-byte limit`,
      false,
      status,
    );
  }
  if (body.status === 'bad-encoding') return failed(body.reason, false, status);
  // A 200 with nothing in it is a server hiccup more often than a real empty document.
  if (body.bytes.length === 0) return failed('empty body', true, status);
  const { text, charset } = decodeBody(body.bytes, contentType);
  return {
    kind: 'ok',
    page: {
      url: url.href,
      contentType,
      body: text,
      charset,
      etag: header('etag'),
      lastModified: header('last-modified'),
    },
  };
}

/** A timeout of ours, told apart from other aborts by its code. */
class DeadlineError extends Error {
  override name = 'DeadlineError';

  constructor(
    readonly code: 'EW_HEADERS_TIMEOUT' | 'EW_BODY_TIMEOUT' | 'EW_TOTAL_TIMEOUT',
    message: string,
  ) {
    super(message);
  }
}

// Our own timers rather than undici's: its header and body timers tick at one-second resolution.
// Headers are waited for after the connect timeout has had its chance, so each stage reports itself.
function createDeadline(s: HopSettings): {
  signal: AbortSignal;
  headersArrived(): void;
  bodyProgress(): void;
  clear(): void;
} {
  const controller = new AbortController();
  const abort = (e: DeadlineError): void => controller.abort(e);
  const total = setTimeout(
    () => abort(new DeadlineError('EW_TOTAL_TIMEOUT', `timeout: not done within ${s.totalTimeoutMs} ms`)),
    s.totalTimeoutMs,
  );
  let stall = setTimeout(
    () =>
      abort(
        new DeadlineError(
          'EW_HEADERS_TIMEOUT',
          `header timeout: no response headers within ${s.timeouts.headersMs} ms`,
        ),
      ),
    s.timeouts.connectMs + s.timeouts.headersMs,
  );
  return {
    signal: controller.signal,
    headersArrived() {
      clearTimeout(stall);
      stall = setTimeout(
        () => abort(new DeadlineError('EW_BODY_TIMEOUT', `body timeout: no data for ${s.timeouts.bodyMs} ms`)),
        s.timeouts.bodyMs,
      );
    },
    bodyProgress: () => void stall.refresh(),
    clear() {
      clearTimeout(total);
      clearTimeout(stall);
    },
  };
}

function failed(reason: string, transient: boolean, httpStatus: number | null): Extract<Hop, { kind: 'failed' }> {
  return { kind: 'failed', reason, transient, httpStatus, retryAfterMs: null, hung: false, aborted: false };
}

// Undici and Node name the same failures many ways; say plainly which stage failed.
function describe(
  cause: unknown,
  s: HopSettings,
): { reason: string; transient: boolean; hung: boolean; unreachable?: boolean } {
  const chain: unknown[] = [];
  for (let e = cause; e instanceof Error && chain.length < 4; e = e.cause) chain.push(e);
  const refused = chain.find((e): e is AddressRefusedError => e instanceof AddressRefusedError);
  if (refused) return { reason: refused.message, transient: false, hung: false };
  const deadline = chain.find((e): e is DeadlineError => e instanceof DeadlineError);
  if (deadline) return { reason: deadline.message, transient: true, hung: true };
  return { ...describeError(chain, cause, s), hung: isTimeout(chain) };
}

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const isTimeout = (chain: unknown[]): boolean =>
  chain.some(
    (e) => TIMEOUT_CODES.has(String((e as NodeJS.ErrnoException).code)) || (e as Error).name === 'TimeoutError',
  );

function describeError(
  chain: unknown[],
  cause: unknown,
  s: HopSettings,
): { reason: string; transient: boolean; unreachable?: boolean } {
  const e = (chain[0] ?? cause) as NodeJS.ErrnoException;
  // DOMExceptions carry numeric codes; only the string ones name a failure.
  const code = chain.map((x) => (x as NodeJS.ErrnoException).code).find((c) => typeof c === 'string');
  switch (code ?? e.name) {
    case 'UND_ERR_CONNECT_TIMEOUT':
      return {
        reason: `connect timeout: no connection within ${s.timeouts.connectMs} ms`,
        transient: true,
        unreachable: true,
      };
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
      return { reason: 'connection refused', transient: true, unreachable: true };
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return { reason: `no route to the host: ${e.message}`, transient: true, unreachable: true };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { reason: `DNS lookup failed: ${e.message}`, transient: true, unreachable: true };
    default:
      return { reason: e.message || String(cause), transient: true };
  }
}
