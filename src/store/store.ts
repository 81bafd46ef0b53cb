import { DEFAULT_RECORD_RULE } from '../history/records.js';
import { createArticleStore } from './articles.js';
import type { Database } from './database.js';
import { createHistoryStore } from './history.js';
import { createOutbox, type DeliveryClaims } from './outbox.js';
import { createSourceStore } from './sources.js';
import type { Store } from './types.js';

/** How a store behaves; tests pass a clock. */
export interface StoreOptions {
  now?: () => Date;
  /** Observations read with less confidence are kept but do not count towards month values. */
  minConfidence?: number;
}

/** The store, written once over a database session; only the delivery claims differ between the databases. */
export function createStore(
  db: Database,
  claims: (stamp: () => string) => DeliveryClaims,
  options: StoreOptions = {},
): Store {
  const now = options.now ?? (() => new Date());
  const stamp = (): string => now().toISOString();
  const minConfidence = options.minConfidence ?? DEFAULT_RECORD_RULE.minConfidence;
  const held = claims(stamp);
  return {
    ...createArticleStore(db, stamp, minConfidence),
    ...createHistoryStore(db, minConfidence),
    ...createSourceStore(db, stamp),
    ...createOutbox(db, held, stamp),
    async close() {
      await held.abandonAll();
      await db.close();
    },
  };
}
