/** Creating, editing and deleting stored messages: what bot and webhook routes share. */
import type { APIEmbed } from 'discord.js';
import type { Incoming } from './handler.js';
import { emptyMessage, isObject, tooLarge, type Json, type Reply } from './replies.js';
import type { FakeState } from './state.js';
import { messageObject } from './shapes.js';
import type { RecordedFile, StoredAttachment, StoredMessage } from './types.js';
import { hasVisibleContent, validatePayload } from './validate.js';

export function embedsOf(body: Json): APIEmbed[] {
  return Array.isArray(body.embeds) ? (body.embeds as APIEmbed[]) : [];
}

export function createMessage(
  state: FakeState,
  channelId: string,
  authorId: string,
  webhookId: string | null,
  rq: Incoming,
  opts: { webhook: boolean; dropEmbeds: boolean },
): StoredMessage | Reply {
  const body = isObject(rq.body) ? rq.body : {};
  const invalid = validatePayload(body, opts) ?? checkFileSizes(state, rq.files);
  if (invalid) return invalid;
  const now = new Date().toISOString();
  const message: StoredMessage = {
    id: state.nextId(),
    channelId,
    webhookId,
    authorId,
    content: typeof body.content === 'string' ? body.content : '',
    embeds: opts.dropEmbeds ? [] : embedsOf(body),
    attachments: rq.files.map((file, index) => storeAttachment(state, file, index, body)),
    allowedMentions: body.allowed_mentions,
    nonce: typeof body.nonce === 'string' || typeof body.nonce === 'number' ? body.nonce : undefined,
    tts: body.tts === true,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    username: typeof body.username === 'string' ? body.username : undefined,
    createdAt: now,
    editedAt: null,
    editCount: 0,
  };
  if (!hasVisibleContent(message)) return emptyMessage();
  state.messages.set(message.id, message);
  return message;
}

/** PATCH semantics: only fields present change; `attachments` lists what survives (v10). */
export function editMessage(state: FakeState, msg: StoredMessage, rq: Incoming, opts: { webhook: boolean }): Reply {
  const body = isObject(rq.body) ? rq.body : {};
  const invalid = validatePayload(body, opts) ?? checkFileSizes(state, rq.files);
  if (invalid) return invalid;
  const next: StoredMessage = { ...msg };
  if ('content' in body) next.content = typeof body.content === 'string' ? body.content : '';
  if ('embeds' in body) next.embeds = embedsOf(body);
  if ('allowed_mentions' in body) next.allowedMentions = body.allowed_mentions;
  if ('flags' in body && typeof body.flags === 'number') next.flags = body.flags;
  next.attachments = editedAttachments(state, msg, body, rq.files);
  if (!hasVisibleContent(next)) return emptyMessage();
  next.editedAt = new Date().toISOString();
  next.editCount = msg.editCount + 1;
  state.messages.set(next.id, next);
  return { status: 200, body: messageObject(state, next) };
}

export function deleteMessage(state: FakeState, msg: StoredMessage): Reply {
  state.messages.delete(msg.id);
  return { status: 204 };
}

function editedAttachments(
  state: FakeState,
  msg: StoredMessage,
  body: Json,
  files: RecordedFile[],
): StoredAttachment[] {
  const uploaded = files.map((file, index) => storeAttachment(state, file, index, body));
  if (!Array.isArray(body.attachments)) return [...msg.attachments, ...uploaded];
  // Existing attachments are referenced by their real id, new uploads by their files[n] index.
  const listed = new Set((body.attachments as unknown[]).map((a) => (isObject(a) ? String(a.id) : '')));
  const kept = msg.attachments.filter((a) => listed.has(a.id));
  const added = uploaded.filter((_, index) => listed.has(String(index)));
  return [...kept, ...added];
}

function checkFileSizes(state: FakeState, files: RecordedFile[]): Reply | null {
  return files.some((f) => f.bytes.length > state.settings.maxFileBytes) ? tooLarge() : null;
}

function storeAttachment(state: FakeState, file: RecordedFile, index: number, body: Json): StoredAttachment {
  // The payload's `attachments[]` entry with id = files[n] index may carry a description.
  const meta = (Array.isArray(body.attachments) ? (body.attachments as unknown[]) : []).find(
    (a) => isObject(a) && String(a.id) === String(index),
  );
  const description = isObject(meta) && typeof meta.description === 'string' ? meta.description : undefined;
  return {
    id: state.nextId(),
    filename: file.name,
    contentType: file.contentType,
    size: file.bytes.length,
    description,
    bytes: file.bytes,
  };
}
