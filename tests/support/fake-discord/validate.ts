/** Discord's documented limits on a message, with errors in the shape Discord returns them. */
import { apiError, isObject, type Json, type Reply } from './replies.js';
import type { StoredMessage } from './types.js';

/** Length the way Discord counts it: by code point, not UTF-16 unit. */
function textLength(value: unknown): number {
  return typeof value === 'string' ? Array.from(value).length : 0;
}

/** Adds `{ _errors: [{code, message}] }` at a nested path, the shape of Discord's 50035 errors. */
function addFieldError(errors: Json, path: (string | number)[], code: string, message: string): void {
  let node = errors;
  for (const key of path) {
    const k = String(key);
    const child = node[k];
    node = isObject(child) ? child : ((node[k] = {}) as Json);
  }
  const list = Array.isArray(node._errors) ? (node._errors as unknown[]) : ((node._errors = []) as unknown[]);
  list.push({ code, message });
}

function checkMax(errors: Json, path: (string | number)[], value: unknown, max: number): void {
  if (textLength(value) > max)
    addFieldError(errors, path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
}

/** Validates one embed and returns the amount of text it contributes to the 6000 total. */
function validateEmbed(errors: Json, embed: unknown, index: number): number {
  if (!isObject(embed)) {
    addFieldError(errors, ['embeds', index], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    return 0;
  }
  const at = (...rest: (string | number)[]): (string | number)[] => ['embeds', index, ...rest];
  checkMax(errors, at('title'), embed.title, 256);
  checkMax(errors, at('description'), embed.description, 4096);
  const footer = isObject(embed.footer) ? embed.footer : {};
  const author = isObject(embed.author) ? embed.author : {};
  checkMax(errors, at('footer', 'text'), footer.text, 2048);
  checkMax(errors, at('author', 'name'), author.name, 256);
  let total =
    textLength(embed.title) + textLength(embed.description) + textLength(footer.text) + textLength(author.name);
  const fields = Array.isArray(embed.fields) ? (embed.fields as unknown[]) : [];
  if (fields.length > 25) addFieldError(errors, at('fields'), 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  fields.forEach((field, i) => {
    const f = isObject(field) ? field : {};
    for (const [key, max] of [
      ['name', 256],
      ['value', 1024],
    ] as const) {
      if (typeof f[key] !== 'string' || f[key] === '') {
        addFieldError(errors, at('fields', i, key), 'BASE_TYPE_REQUIRED', 'This field is required');
      } else checkMax(errors, at('fields', i, key), f[key], max);
    }
    total += textLength(f.name) + textLength(f.value);
  });
  return total;
}

/** Field-level checks shared by create and edit; null when the body is acceptable. */
export function validatePayload(body: Json, opts: { webhook: boolean }): Reply | null {
  const errors: Json = {};
  checkMax(errors, ['content'], body.content, 2000);
  if (body.nonce !== undefined && body.nonce !== null) {
    if (typeof body.nonce === 'string') checkMax(errors, ['nonce'], body.nonce, 25);
    else if (!Number.isInteger(body.nonce))
      addFieldError(errors, ['nonce'], 'NONCE_TYPE_INVALID', 'Nonce must be an integer or string.');
  }
  if (opts.webhook) checkMax(errors, ['username'], body.username, 80);
  if (body.embeds !== undefined && body.embeds !== null) {
    const embeds = Array.isArray(body.embeds) ? (body.embeds as unknown[]) : [];
    if (embeds.length > 10) addFieldError(errors, ['embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
    const total = embeds.reduce<number>((sum, embed, i) => sum + validateEmbed(errors, embed, i), 0);
    if (total > 6000)
      addFieldError(errors, ['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
  }
  return Object.keys(errors).length > 0 ? apiError(400, 50035, 'Invalid Form Body', errors) : null;
}

export function hasVisibleContent(message: Pick<StoredMessage, 'content' | 'embeds' | 'attachments'>): boolean {
  return message.content !== '' || message.embeds.length > 0 || message.attachments.length > 0;
}
