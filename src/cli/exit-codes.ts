/** Exit codes of every command; the README's table lists the same. */
export const EXIT = {
  ok: 0,
  /** The work ran but failed: a tick with a failed source or an undelivered alert. */
  failed: 1,
  /** Bad command line or bad configuration. */
  usage: 2,
  /** The input could not be read (extract). */
  input: 3,
} as const;
