// Which writing system a case is in, for the page's lang/dir and the language of its navigation and comments.

/** The scripts of the corpus: English, Urdu, Bengali, Hindi. */
export type Script = 'latin' | 'arabic' | 'bengali' | 'devanagari';

const PATTERNS: ReadonlyArray<[Script, RegExp]> = [
  ['arabic', /\p{Script=Arabic}/gu],
  ['bengali', /\p{Script=Bengali}/gu],
  ['devanagari', /\p{Script=Devanagari}/gu],
  ['latin', /\p{Script=Latin}/gu],
];

/** The script most letters of the text are written in. */
export function scriptOf(text: string): Script {
  let best: Script = 'latin';
  let most = 0;
  for (const [script, pattern] of PATTERNS) {
    const n = text.match(pattern)?.length ?? 0;
    if (n > most) {
      best = script;
      most = n;
    }
  }
  return best;
}

/** The page's `lang` attribute for a script. */
export const LANG: Record<Script, string> = { latin: 'en', arabic: 'ur', bengali: 'bn', devanagari: 'hi' };
