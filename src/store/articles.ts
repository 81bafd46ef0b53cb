import { historyMoment } from '../history/moment.js';
import { alertOfMonth, insertAlert, linkArticle } from './alerts.js';
import type { Database } from './database.js';
import { seriesState } from './series.js';
import type { Store } from './types.js';

const UPSERT_ARTICLE = `
  INSERT INTO articles (url, source_id, outlet, title, published, content_hash, first_seen, last_seen)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
  ON CONFLICT (url) DO UPDATE SET content_hash = excluded.content_hash, title = excluded.title,
    published = excluded.published, last_seen = excluded.last_seen`;

const INSERT_OBSERVATION = `
  INSERT INTO observations (series, period_start, period_end, value, currency, role, record_claim, confidence,
    evidence, notes, article_url, outlet, published, observed_at, verdict, mode)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`;

/** Articles: whether one was stored, and the write transaction that stores one with its figures and alerts. */
export function createArticleStore(
  db: Database,
  stamp: () => string,
  minConfidence: number,
): Pick<Store, 'hasArticle' | 'writeArticle'> {
  return {
    async hasArticle(url, contentHash) {
      const row = await db.query('reading an article', (q) =>
        q.get<{ content_hash: string }>('SELECT content_hash FROM articles WHERE url = $1', [url]),
      );
      return row !== undefined && (contentHash === undefined || row.content_hash === contentHash);
    },
    writeArticle(article, work) {
      return db.transaction(`storing article ${article.url}`, (q) => {
        const at = stamp();
        return work({
          async moment(series, figures) {
            return historyMoment(await seriesState(q, series), article, figures, minConfidence);
          },
          async save(figures, verdicts, mode) {
            await q.run('UPDATE observations SET superseded = 1 WHERE article_url = $1 AND superseded = 0', [
              article.url,
            ]);
            await q.run(UPSERT_ARTICLE, [
              article.url,
              article.sourceId,
              article.outlet,
              article.title,
              article.published,
              article.contentHash,
              at,
            ]);
            for (const [i, f] of figures.entries()) {
              await q.run(INSERT_OBSERVATION, [
                f.series,
                f.period.start,
                f.period.end,
                f.value,
                f.currency,
                f.role,
                f.recordClaim ? 1 : 0,
                f.confidence,
                f.evidence,
                JSON.stringify(f.notes),
                article.url,
                article.outlet,
                article.published,
                at,
                verdicts[i] ?? null,
                mode,
              ]);
            }
          },
          async alert(draft) {
            const existing = await alertOfMonth(q, draft.series, draft.month);
            if (existing)
              return { id: existing.id, created: false, linked: await linkArticle(q, existing, article, at) };
            const id = await insertAlert(q, draft, at);
            await linkArticle(q, { id, status: 'pending', message_id: null }, article, at);
            return { id, created: true, linked: true };
          },
          async link(series, month) {
            const existing = await alertOfMonth(q, series, month);
            return existing && (await linkArticle(q, existing, article, at)) ? existing.id : null;
          },
        });
      });
    },
  };
}
