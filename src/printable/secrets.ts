// Secrets out of every line the program prints or stores. It imports nothing of ours, so every layer may use it.

/** What must never be printed or stored, as configured. */
export interface Secrets {
  /** Long random values — the bot token, the webhook URL and its token — hidden wherever they appear. */
  tokens: readonly string[];
  /**
   * Passwords (DATABASE_URL's): hidden where a URL or a `password=` setting shows them, whatever their length, and
   * anywhere else only when they are long enough not to be an ordinary word.
   */
  passwords: readonly string[];
}

/** Nothing configured: only the passwords URLs and settings show are hidden. */
export const NO_SECRETS: Secrets = { tokens: [], passwords: [] };

const REDACTED = '[redacted]';
// A token shorter than this is not a token anyone issues; replacing it everywhere would hide ordinary text.
const MIN_TOKEN_LENGTH = 8;
// A password shorter than this may well be a word ("exportwatch" in the docs' example URL was also the user, the
// database and part of every path): it is hidden only in its places.
const MIN_PASSWORD_LENGTH = 16;

// The password of a URL's user part, up to the last "@" before the host: postgres://user:PASSWORD@host.
const URL_PASSWORD = /(\b[a-z][\d+.a-z-]*:\/\/[^\s#/:?@]*:)(?:[^\s#/?@]*@)+/gi;
// A password setting in a query string or a key=value connection string: ?password=…, &sslpassword=….
const PASSWORD_SETTING = /\b((?:ssl)?password=)[^\s"#&';]+/gi;

/** Every form in which a value may show up: as given, and percent-encoded the two ways URLs do it. */
function forms(value: string): string[] {
  return [value, encodeURIComponent(value), encodeURI(value)];
}

/** A function that hides the secrets in a text: their places first, then the configured values, longest first. */
export function secretScrubber({ tokens, passwords }: Secrets): (text: string) => string {
  const values = [
    ...tokens.filter((t) => t.length >= MIN_TOKEN_LENGTH),
    ...passwords.filter((p) => p.length >= MIN_PASSWORD_LENGTH),
  ];
  // Longest first, so a whole webhook URL is replaced before the token inside it.
  const hidden = [...new Set(values.flatMap(forms))].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text.replace(URL_PASSWORD, `$1${REDACTED}@`).replace(PASSWORD_SETTING, `$1${REDACTED}`);
    for (const value of hidden) if (out.includes(value)) out = out.split(value).join(REDACTED);
    return out;
  };
}

/** The secrets a database URL holds: its user-part password and its password settings, decoded. */
export function databasePasswords(url: string | undefined): string[] {
  if (!url || !URL.canParse(url)) return [];
  const u = new URL(url);
  const found = [u.password, u.searchParams.get('password'), u.searchParams.get('sslpassword')];
  // The user part as written (percent-encoded), and decoded as the driver sends it.
  return [...new Set(found.flatMap((p) => (p ? [p, safeDecode(p)] : [])))];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
