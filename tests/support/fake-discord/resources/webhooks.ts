/** Webhooks: executing one (with or without ?wait=true) and its messages, authorised by the token in the path. */
import { P, api, type Incoming, type RouteDef } from '../handler.js';
import { createMessage, deleteMessage, editMessage } from '../messages.js';
import { apiError, unknownMessage, unknownWebhook, type Reply } from '../replies.js';
import { messageObject, webhookObject } from '../shapes.js';
import type { FakeState } from '../state.js';
import type { FakeWebhookConfig, StoredMessage } from '../types.js';

function withWebhook(state: FakeState, rq: Incoming, then: (hook: FakeWebhookConfig) => Reply): Reply {
  const [id = '', token = ''] = rq.params;
  const hook = state.webhooks.get(id);
  if (!hook) return unknownWebhook();
  if (hook.token !== token) return apiError(401, 50027, 'Invalid Webhook Token');
  return then(hook);
}

function withWebhookMessage(state: FakeState, rq: Incoming, then: (msg: StoredMessage) => Reply): Reply {
  return withWebhook(state, rq, (hook) => {
    const msg = state.messages.get(rq.params[2] ?? '');
    return msg && msg.webhookId === hook.id ? then(msg) : unknownMessage();
  });
}

function executeWebhook(state: FakeState, hook: FakeWebhookConfig, rq: Incoming): Reply {
  const created = createMessage(state, hook.channelId, hook.id, hook.id, rq, { webhook: true, dropEmbeds: false });
  if ('status' in created) return created;
  // Without ?wait=true Discord answers 204 and the caller never learns the message id.
  return rq.query.get('wait') === 'true' ? { status: 200, body: messageObject(state, created) } : { status: 204 };
}

export const WEBHOOK_ROUTES: RouteDef[] = [
  {
    method: 'POST',
    pattern: api(`/webhooks/${P}/${P}`),
    route: 'webhook',
    auth: 'none',
    handle: (state, rq) => withWebhook(state, rq, (hook) => executeWebhook(state, hook, rq)),
  },
  {
    method: 'GET',
    pattern: api(`/webhooks/${P}/${P}`),
    route: 'webhook-get',
    auth: 'none',
    handle: (state, rq) => withWebhook(state, rq, (hook) => ({ status: 200, body: webhookObject(state, hook) })),
  },
  {
    method: 'GET',
    pattern: api(`/webhooks/${P}/${P}/messages/${P}`),
    route: 'webhook-message',
    auth: 'none',
    handle: (state, rq) => withWebhookMessage(state, rq, (msg) => ({ status: 200, body: messageObject(state, msg) })),
  },
  {
    method: 'PATCH',
    pattern: api(`/webhooks/${P}/${P}/messages/${P}`),
    route: 'webhook-edit',
    auth: 'none',
    handle: (state, rq) => withWebhookMessage(state, rq, (msg) => editMessage(state, msg, rq, { webhook: true })),
  },
  {
    method: 'DELETE',
    pattern: api(`/webhooks/${P}/${P}/messages/${P}`),
    route: 'webhook-delete',
    auth: 'none',
    handle: (state, rq) => withWebhookMessage(state, rq, (msg) => deleteMessage(state, msg)),
  },
];
