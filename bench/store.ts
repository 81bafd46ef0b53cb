/**
 * The two stores side by side: storing articles (one figure each, the record rule deciding inside the
 * transaction), reading a series' month values, and reading the outbox, against SQLite in a temp file
 * and against a throwaway PostgreSQL cluster on 127.0.0.1. N articles (default 300).
 * Needs the PostgreSQL server binaries (see docs/development.md, Tests). Run: `npm run bench:store`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decideRecords } from '../src/history/records.js';
import { recordArticle } from '../src/pipeline/record.js';
import { createPostgresStore } from '../src/store/postgres/store.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/types.js';
import { findPostgresBinaries, startPostgresCluster } from '../tests/support/postgres.js';

const N = Number(process.env.N ?? 300);

function month(i: number): string {
  return new Date(Date.UTC(2000, i, 1)).toISOString().slice(0, 7);
}

async function measure(label: string, store: Store): Promise<void> {
  const started = performance.now();
  for (let i = 0; i < N; i++) {
    await recordArticle(
      store,
      {
        url: `https://bench.example/${i}`,
        sourceId: 'bench',
        outlet: 'Bench',
        title: null,
        published: null,
        contentHash: `h${i}`,
      },
      [
        {
          series: 'pk-it-exports',
          period: { start: month(i), end: month(i) },
          value: 1e8 + i * 1e6,
          currency: 'USD',
          changes: [],
          recordClaim: true,
          evidence: 'bench',
          confidence: 0.9,
          role: 'reported-month',
          notes: [],
        },
      ],
      decideRecords,
    );
  }
  const ingestMs = (performance.now() - started) / N;
  const t1 = performance.now();
  for (let i = 0; i < 20; i++) await store.monthValues('pk-it-exports');
  const valuesMs = (performance.now() - t1) / 20;
  const t2 = performance.now();
  for (let i = 0; i < 20; i++) await store.alerts();
  const alertsMs = (performance.now() - t2) / 20;
  console.log(
    `${label.padEnd(12)} ${ingestMs.toFixed(2).padStart(14)} ${valuesMs.toFixed(2).padStart(16)} ${alertsMs.toFixed(2).padStart(14)}`,
  );
  await store.close();
}

const found = findPostgresBinaries();
if (found.status === 'absent') throw new Error(found.reason);
const dir = mkdtempSync(join(tmpdir(), 'exportwatch-bench-'));
const cluster = await startPostgresCluster(found.bin);
try {
  console.log(`${N} articles, node ${process.version}; milliseconds per call\n`);
  console.log(
    `${'store'.padEnd(12)} ${'recordArticle'.padStart(14)} ${'monthValues'.padStart(16)} ${'alerts()'.padStart(14)}`,
  );
  await measure('sqlite', createSqliteStore(join(dir, 'bench.db')));
  await measure('postgres', await createPostgresStore(await cluster.createDatabase('bench')));
} finally {
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
