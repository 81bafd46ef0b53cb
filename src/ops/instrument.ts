import type { Figure } from '../extract/types.js';
import type { HttpClient } from '../scrapers/types.js';
import type { Store } from '../store/types.js';
import { overriding } from './decorate.js';
import type { Metrics } from './metrics.js';

// The wrappers forward every argument as given, so parameters added to these methods later pass through.

/** The HTTP client, counting every GET by outcome and timing it. */
export function instrumentHttp(http: HttpClient, metrics: Metrics): HttpClient {
  return overriding(http, {
    async get(...args) {
      const started = performance.now();
      const outcome = await http.get(...args);
      metrics.observeFetch(outcome.status, (performance.now() - started) / 1000);
      return outcome;
    },
  });
}

/** The store, counting the figures of each article it stores, by series, once the article is committed. */
export function instrumentStore(store: Store, metrics: Metrics): Store {
  return overriding(store, {
    async writeArticle(article, work) {
      let saved: readonly Figure[] = [];
      const result = await store.writeArticle(article, (write) =>
        work(
          overriding(write, {
            save(figures, ...rest) {
              saved = figures;
              return write.save(figures, ...rest);
            },
          }),
        ),
      );
      const bySeries = new Map<string, number>();
      for (const f of saved) bySeries.set(f.series, (bySeries.get(f.series) ?? 0) + 1);
      for (const [series, n] of bySeries) metrics.observeFigures(series, n);
      return result;
    },
  });
}
