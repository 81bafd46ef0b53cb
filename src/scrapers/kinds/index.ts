import type { SourceKind } from '../types.js';
import { articleKind } from './article.js';
import { rssKind } from './rss.js';

/** Every source kind the config may name. Add a kind here; nothing is discovered by scanning folders. */
export const SOURCE_KINDS = {
  rss: rssKind,
  article: articleKind,
} as const satisfies Record<string, SourceKind>;

export type SourceKindName = keyof typeof SOURCE_KINDS;
