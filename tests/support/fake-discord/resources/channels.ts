/** A channel and its messages, as the bot (Authorization: Bot <token>) sees them. */
import { FakePermission } from '../constants.js';
import { P, api, type Incoming, type RouteDef } from '../handler.js';
import { createMessage, deleteMessage, editMessage } from '../messages.js';
import {
  apiError,
  isObject,
  missingAccess,
  missingPermissions,
  unknownChannel,
  unknownMessage,
  type Reply,
} from '../replies.js';
import { channelObject, messageObject } from '../shapes.js';
import type { FakeState } from '../state.js';
import type { FakeChannelConfig, StoredMessage } from '../types.js';

function withChannel(state: FakeState, rq: Incoming, then: (channel: FakeChannelConfig) => Reply): Reply {
  const channel = state.channels.get(rq.params[0] ?? '');
  if (!channel) return unknownChannel();
  if (channel.forbidden) return missingPermissions();
  return then(channel);
}

function withChannelMessage(
  state: FakeState,
  rq: Incoming,
  then: (channel: FakeChannelConfig, msg: StoredMessage) => Reply,
): Reply {
  return withChannel(state, rq, (channel) => {
    const msg = state.messages.get(rq.params[1] ?? '');
    return msg && msg.channelId === channel.id ? then(channel, msg) : unknownMessage();
  });
}

function createChannelMessage(state: FakeState, channel: FakeChannelConfig, rq: Incoming): Reply {
  const perms = state.permissionsIn(channel);
  if (!(perms & FakePermission.ViewChannel)) return missingAccess();
  if (!(perms & FakePermission.SendMessages)) return missingPermissions();
  if (rq.files.length > 0 && !(perms & FakePermission.AttachFiles)) return missingPermissions();
  const body = isObject(rq.body) ? rq.body : {};
  const duplicate = state.findByNonce(channel.id, body);
  if (duplicate) return { status: 200, body: messageObject(state, duplicate) };
  // Without Embed Links Discord accepts the message but drops its embeds.
  const dropEmbeds = !(perms & FakePermission.EmbedLinks);
  const created = createMessage(state, channel.id, state.settings.botUserId, null, rq, { webhook: false, dropEmbeds });
  if ('status' in created) return created;
  state.rememberNonce(channel.id, body, created.id);
  return { status: 200, body: messageObject(state, created) };
}

function editOwnMessage(state: FakeState, msg: StoredMessage, rq: Incoming): Reply {
  if (msg.authorId !== state.settings.botUserId)
    return apiError(403, 50005, 'Cannot edit a message authored by another user');
  if (rq.files.length > 0 && !(state.permissionsFor(msg.channelId) & FakePermission.AttachFiles)) {
    return missingPermissions();
  }
  return editMessage(state, msg, rq, { webhook: false });
}

function listMessages(state: FakeState, channel: FakeChannelConfig, query: URLSearchParams): Reply {
  const limit = Math.min(Math.max(Number(query.get('limit') ?? 50) || 50, 1), 100);
  const before = query.get('before');
  const after = query.get('after');
  const found = [...state.messages.values()]
    .filter((m) => m.channelId === channel.id)
    .filter((m) => (before ? BigInt(m.id) < BigInt(before) : true))
    .filter((m) => (after ? BigInt(m.id) > BigInt(after) : true))
    .reverse() // Discord lists newest first
    .slice(0, limit);
  return { status: 200, body: found.map((m) => messageObject(state, m)) };
}

export const CHANNEL_ROUTES: RouteDef[] = [
  {
    method: 'GET',
    pattern: api(`/channels/${P}`),
    route: 'channel',
    auth: 'bot',
    handle: (state, rq) => withChannel(state, rq, (ch) => ({ status: 200, body: channelObject(state, ch) })),
  },
  {
    method: 'POST',
    pattern: api(`/channels/${P}/messages`),
    route: 'create',
    auth: 'bot',
    handle: (state, rq) => withChannel(state, rq, (ch) => createChannelMessage(state, ch, rq)),
  },
  {
    method: 'GET',
    pattern: api(`/channels/${P}/messages`),
    route: 'list-messages',
    auth: 'bot',
    handle: (state, rq) => withChannel(state, rq, (ch) => listMessages(state, ch, rq.query)),
  },
  {
    method: 'GET',
    pattern: api(`/channels/${P}/messages/${P}`),
    route: 'get-message',
    auth: 'bot',
    handle: (state, rq) =>
      withChannelMessage(state, rq, (_ch, msg) => ({ status: 200, body: messageObject(state, msg) })),
  },
  {
    method: 'PATCH',
    pattern: api(`/channels/${P}/messages/${P}`),
    route: 'edit',
    auth: 'bot',
    handle: (state, rq) => withChannelMessage(state, rq, (_ch, msg) => editOwnMessage(state, msg, rq)),
  },
  {
    method: 'DELETE',
    pattern: api(`/channels/${P}/messages/${P}`),
    route: 'delete',
    auth: 'bot',
    handle: (state, rq) => withChannelMessage(state, rq, (_ch, msg) => deleteMessage(state, msg)),
  },
];
