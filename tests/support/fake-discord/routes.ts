/** The routing table: every route the fake answers, listed by resource. */
import type { RouteDef } from './handler.js';
import { ATTACHMENT_ROUTES } from './resources/attachments.js';
import { CHANNEL_ROUTES } from './resources/channels.js';
import { GUILD_ROUTES } from './resources/guild.js';
import { WEBHOOK_ROUTES } from './resources/webhooks.js';
import type { FakeRoute } from './types.js';

const ROUTES: readonly RouteDef[] = [...GUILD_ROUTES, ...CHANNEL_ROUTES, ...WEBHOOK_ROUTES, ...ATTACHMENT_ROUTES];

/** Finds the route for a request; unknown paths get route 'unknown' and no definition (answered 404). */
export function matchRoute(
  method: string,
  pathname: string,
): { route: FakeRoute; params: string[]; def: RouteDef | null } {
  for (const def of ROUTES) {
    const m = def.method === method ? def.pattern.exec(pathname) : null;
    if (m) return { route: def.route, params: m.slice(1).map((p) => decodeURIComponent(p ?? '')), def };
  }
  return { route: 'unknown', params: [], def: null };
}
