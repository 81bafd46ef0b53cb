/** How tests' HTTP clients read the sites on 127.0.0.1. */
import type { HttpOptions } from '../../../src/scrapers/http.js';

/** A User-Agent with a contact URL, as the config requires of a real one. */
export const TEST_USER_AGENT = 'exportwatch-test/0.1 (+https://example.org/exportwatch-bot)';

/** Short timeouts so every fault resolves within a few seconds; retries kept to one. */
export const FAST_HTTP: Omit<HttpOptions, 'userAgent' | 'allowPrivateNetworks'> = {
  hostDelayMs: 0,
  // Short enough that a hanging site costs a test about a second, long enough that a healthy loopback answer is
  // never cut off when the suite's workers keep both cores busy (a hang is not retried within a tick).
  connectTimeoutMs: 1_000,
  headersTimeoutMs: 1_000,
  bodyTimeoutMs: 1_000,
  totalTimeoutMs: 2_500,
  retry: { retries: 1, baseDelayMs: 10, maxDelayMs: 20, maxRetryAfterMs: 1_500 },
};

/** A world's client unless it asks for more: every test site is on loopback, and nobody waits between requests. */
export const WORLD_HTTP: HttpOptions = { userAgent: TEST_USER_AGENT, allowPrivateNetworks: true, hostDelayMs: 0 };
