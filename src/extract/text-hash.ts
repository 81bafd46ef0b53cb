import { createHash } from 'node:crypto';

/** A short stable hash of an article's text: the same URL with new text is read again. */
export function textHash(paragraphs: readonly string[]): string {
  return createHash('sha256').update(paragraphs.join('\n')).digest('hex').slice(0, 32);
}
