/** What tells one report of a figure from another: who published it, where, its text and its sentence. */
export interface ReportIdentity {
  outlet: string;
  url: string;
  /** Hash of the article's text; null when unknown. */
  contentHash?: string | null;
  /** The sentence the figure was read from. */
  evidence?: string | null;
}

/**
 * Whether `report` is independent of every one of `others`: another outlet, another page, another text and
 * another sentence. A wire story (APP's, say) carried word for word by two papers is one report however
 * many outlets print it, and a misreading of its sentence is repeated in every copy; so two outlets
 * confirm each other only when they wrote the figure down separately.
 */
export function isIndependent(report: ReportIdentity, others: readonly ReportIdentity[]): boolean {
  return others.every(
    (o) =>
      outletKey(o.outlet) !== outletKey(report.outlet) &&
      o.url !== report.url &&
      (o.contentHash == null || report.contentHash == null || o.contentHash !== report.contentHash) &&
      (o.evidence == null || report.evidence == null || sentenceKey(o.evidence) !== sentenceKey(report.evidence)),
  );
}

const outletKey = (outlet: string): string => outlet.trim().toLowerCase();

// Copies differ in spacing, quotes and case more often than in words.
function sentenceKey(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d'"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
