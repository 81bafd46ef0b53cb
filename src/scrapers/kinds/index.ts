import type { SourceKind } from '../types.js';
import { articleKind } from './article.js';
import { listingKind } from './listing.js';
import { rssKind } from './rss.js';
import { sitemapKind } from './sitemap.js';

/** Every source kind the config may name. Add a kind here; nothing is discovered by scanning folders. */
export const SOURCE_KINDS = {
  rss: rssKind,
  listing: listingKind,
  sitemap: sitemapKind,
  article: articleKind,
} as const satisfies Record<string, SourceKind>;

/** The name of a source kind, as a source's `kind` gives it. */
export type SourceKindName = keyof typeof SOURCE_KINDS;

/** The kind names, for the config schema. */
export const SOURCE_KIND_NAMES = Object.keys(SOURCE_KINDS) as [SourceKindName, ...SourceKindName[]];

/** The kinds whose pages a backfill may read as a source's archive. */
export const ARCHIVE_KIND_NAMES = SOURCE_KIND_NAMES.filter((name) => SOURCE_KINDS[name].archive) as [
  SourceKindName,
  ...SourceKindName[],
];
