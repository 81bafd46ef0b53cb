/** Attachment downloads, at the URLs the fake puts in message objects. */
import { P, type RouteDef } from '../handler.js';
import { ATTACHMENT_PREFIX } from '../paths.js';
import { notFound } from '../replies.js';

export const ATTACHMENT_ROUTES: RouteDef[] = [
  {
    method: 'GET',
    pattern: new RegExp(`^${ATTACHMENT_PREFIX}${P}/${P}/${P}$`),
    route: 'attachment',
    auth: 'none',
    handle(state, rq) {
      const id = rq.params[1] ?? '';
      for (const msg of state.messages.values()) {
        const found = msg.attachments.find((a) => a.id === id);
        if (found) return { status: 200, raw: { bytes: found.bytes, contentType: found.contentType } };
      }
      return notFound();
    },
  },
];
