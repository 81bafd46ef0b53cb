import type { AlertSource } from '../history/types.js';

/**
 * How much weight a reader gives an outlet's report of an official figure, most authoritative first:
 * the State Bank and government themselves, then the news agency and newspapers of record that
 * carry SBP releases verbatim, then everyone else. Matched on the article's host name.
 */
const AUTHORITY: ReadonlyArray<{ tier: number; hosts: readonly string[]; why: string }> = [
  { tier: 0, hosts: ['sbp.org.pk', 'gov.pk'], why: 'the publisher of the figure' },
  {
    tier: 1,
    hosts: [
      'app.com.pk',
      'brecorder.com',
      'dawn.com',
      'thenews.com.pk',
      'tribune.com.pk',
      'reuters.com',
      'bloomberg.com',
    ],
    why: 'news agency or newspaper of record',
  },
];
const OTHERS = 2;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** 0 for the most authoritative outlets; larger numbers for less. */
export function authorityTier(source: Pick<AlertSource, 'url'>): number {
  const host = hostOf(source.url);
  const entry = AUTHORITY.find((a) => a.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
  return entry?.tier ?? OTHERS;
}

/** Sources in the order a message lists them: most authoritative first, then the earliest report. */
export function bySourceAuthority<T extends Pick<AlertSource, 'url' | 'published'>>(sources: readonly T[]): T[] {
  return sources
    .map((source, index) => ({ source, index, tier: authorityTier(source) }))
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        (a.source.published ?? '\uffff').localeCompare(b.source.published ?? '\uffff') ||
        a.index - b.index,
    )
    .map((x) => x.source);
}
