/** Injected faults: the queue a test fills with `fail()`, and what each kind does to a request. */
import type http from 'node:http';
import { rateLimited } from './rate-limits.js';
import { apiError, type Reply } from './replies.js';
import type { FakeRoute, FaultPlan, RecordedRequest } from './types.js';

/** A queued fault with its remaining count. */
interface QueuedFault {
  plan: FaultPlan;
  remaining: number;
}

/** Faults waiting for matching requests, first queued first served. */
export class FaultQueue {
  private readonly queued: QueuedFault[] = [];

  add(plan: FaultPlan): void {
    this.queued.push({ plan, remaining: plan.times ?? 1 });
  }

  pending(): readonly FaultPlan[] {
    return this.queued.filter((f) => f.remaining > 0).map((f) => ({ ...f.plan, times: f.remaining }));
  }

  /** The fault for this request, if one is queued for its route (and one fewer left). */
  take(route: FakeRoute): FaultPlan | undefined {
    const found = this.queued.find((f) => f.remaining > 0 && routeMatches(f.plan.route, route));
    if (!found) return undefined;
    found.remaining -= 1;
    if (found.remaining === 0) this.queued.splice(this.queued.indexOf(found), 1);
    return found.plan;
  }

  clear(): void {
    this.queued.length = 0;
  }
}

function routeMatches(wanted: FaultPlan['route'], route: FakeRoute): boolean {
  if (wanted === undefined) return true;
  return Array.isArray(wanted) ? wanted.includes(route) : wanted === route;
}

/** What a fault needs from the server: the request, a way to answer it, and a delay `close()` can cut short. */
export interface FaultContext {
  req: http.IncomingMessage;
  record: RecordedRequest;
  send(reply: Reply): void;
  sleep(ms: number): Promise<void>;
}

/** Applies a fault before normal handling; true when the request is finished (no handling). */
export async function applyPreFault(fault: FaultPlan, ctx: FaultContext): Promise<boolean> {
  const { req, record } = ctx;
  switch (fault.kind) {
    case '429-route':
    case '429-global': {
      const reply = rateLimited(fault.kind === '429-global', fault.retryAfterSeconds ?? 0.05, record.route);
      record.status = reply.status;
      ctx.send(reply);
      return true;
    }
    case '400': {
      // A validation Discord does and a client cannot foresee (here: an embed URL Discord will not accept).
      const reply = apiError(400, 50035, 'Invalid Form Body', {
        embeds: { 0: { url: { _errors: [{ code: 'URL_TYPE_INVALID_URL', message: 'Not a well formed URL.' }] } } },
      });
      record.status = 400;
      ctx.send(reply);
      return true;
    }
    case '500':
      record.status = 500;
      ctx.send({ status: 500, body: { message: '500: Internal Server Error', code: 0 } });
      return true;
    case '502':
      // Cloudflare's 502 is HTML, not JSON; discord.js does not parse 5xx bodies anyway.
      record.status = 502;
      ctx.send({
        status: 502,
        raw: { bytes: Buffer.from('<html><body>502 Bad Gateway</body></html>'), contentType: 'text/html' },
      });
      return true;
    case 'reset':
      hangUp(req, fault.hangup ?? 'rst');
      return true;
    case 'slow':
      // The request is still handled afterwards even if the client gave up meanwhile —
      // exactly what a real, merely slow, server would do.
      await ctx.sleep(fault.delayMs ?? 1000);
      return false;
    case 'reset-after-commit':
      return false;
  }
}

/** Kills the connection without an HTTP answer. */
export function hangUp(req: http.IncomingMessage, how: 'rst' | 'fin'): void {
  if (how === 'rst') req.socket.resetAndDestroy();
  else req.socket.destroy();
}
