/** What a route handler answers, and the error bodies Discord sends (the shape discord.js' DiscordAPIError reads). */

/** A JSON object as found in request bodies. */
export type Json = Record<string, unknown>;

/** What a handler wants sent back. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw bytes instead of JSON (attachment downloads). */
  raw?: { bytes: Buffer; contentType: string };
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Discord error body, as discord.js' DiscordAPIError expects it. */
export function apiError(status: number, code: number, message: string, errors?: Json): Reply {
  return { status, body: errors ? { message, code, errors } : { message, code } };
}

export const unauthorized = (): Reply => apiError(401, 0, '401: Unauthorized');
export const notFound = (): Reply => apiError(404, 0, '404: Not Found');
export const unknownChannel = (): Reply => apiError(404, 10003, 'Unknown Channel');
export const unknownMessage = (): Reply => apiError(404, 10008, 'Unknown Message');
export const unknownWebhook = (): Reply => apiError(404, 10015, 'Unknown Webhook');
export const missingPermissions = (): Reply => apiError(403, 50013, 'Missing Permissions');
export const missingAccess = (): Reply => apiError(403, 50001, 'Missing Access');
export const emptyMessage = (): Reply => apiError(400, 50006, 'Cannot send an empty message');
export const tooLarge = (): Reply => apiError(413, 40005, 'Request entity too large');
