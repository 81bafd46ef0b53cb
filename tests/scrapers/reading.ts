import { FAST_HTTP, type WorldOptions } from '../support/world/index.js';

/**
 * The world the scraper tests read in: a healthy outlet (the fixture site, two IT-exports articles)
 * beside a misbehaving one (a fault site on 127.0.0.2), the shipped history up to November 2023, a
 * stdout notifier, short timeouts and a clock the test moves.
 */
export const READING: WorldOptions = {
  fixtureSite: true,
  faultSite: '127.0.0.2',
  seed: { upTo: '2023-11' },
  notifier: 'stdout',
  http: { ...FAST_HTTP, allowPrivateNetworks: ['127.0.0.0/8'] },
  clock: '2024-02-12T10:00:00Z',
};
