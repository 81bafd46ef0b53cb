/** What a route of the fake is: its method and path, whether it needs the bot token, and its handler. */
import type http from 'node:http';
import { API_PREFIX } from './paths.js';
import type { Reply } from './replies.js';
import type { FakeState } from './state.js';
import type { FakeRoute, RecordedFile } from './types.js';

/** A parsed request as handlers see it. */
export interface Incoming {
  method: string;
  /** Captured path parameters (ids, tokens) in order of appearance. */
  params: string[];
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  files: RecordedFile[];
}

/** One row of the routing table: method + full pathname pattern; groups are the params. */
export interface RouteDef {
  method: string;
  pattern: RegExp;
  route: FakeRoute;
  /** 'bot': answers 401 unless `Authorization: Bot <token>` matches; webhooks carry their token in the path. */
  auth: 'bot' | 'none';
  handle(state: FakeState, rq: Incoming): Reply;
}

/** One path parameter. */
export const P = '([^/]+)';

/** A pattern for a path under the API prefix, with or without a trailing slash. */
export const api = (rest: string): RegExp => new RegExp(`^${API_PREFIX}${rest}/?$`);
