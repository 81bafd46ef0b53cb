import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** Whether a request may see the page: no token configured (loopback only), or the token as Bearer or Basic password. */
export function authorised(headers: IncomingHttpHeaders, token: string | null): boolean {
  if (token === null) return true;
  const given = presented(headers.authorization ?? '');
  return given !== null && sameSecret(given, token);
}

// "Bearer TOKEN" for scripts; "Basic base64(any-user:TOKEN)" so a browser's own login prompt works without script.
function presented(header: string): string | null {
  const [scheme = '', value = ''] = header.trim().split(/\s+/, 2);
  if (scheme.toLowerCase() === 'bearer') return value;
  if (scheme.toLowerCase() !== 'basic') return null;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : decoded.slice(colon + 1);
}

// Compared as hashes of equal length, in constant time: the answer's timing says nothing of the token.
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** Host headers a page bound to loopback answers: a page reached through another name is a DNS-rebinding attempt. */
export function loopbackHostHeader(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
  return name === 'localhost' || name === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(name);
}
