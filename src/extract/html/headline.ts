// Pages copied or scraped whole start with their chrome: "back to top", "skip to content", "menu".
// Such a line is never an article's headline, whichever element holds it.
const CHROME_LINE =
  /^(?:back to top|go to top|scroll to top|top|skip to (?:main )?content|skip navigation|toggle navigation|main menu|menu|home|search|share|share this|advertisement|sponsored|subscribe|sign in|log in|login|close)$/i;

/** True for a page-chrome line ("back to top", "↑ Menu") that a reader must not take for a headline. */
export function isChromeText(text: string): boolean {
  const words = text
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  return words === '' || CHROME_LINE.test(words);
}

/** The first candidate that is a headline, in the order given (most trusted first); null when none is. */
export function chooseHeadline(candidates: ReadonlyArray<string | null | undefined>): string | null {
  return candidates.find((c): c is string => typeof c === 'string' && !isChromeText(c)) ?? null;
}
