import type { Command } from 'commander';

/** `exportwatch migrate-store`: its options and help; the handler is loaded when it runs. */
export function registerMigrateStore(program: Command): void {
  program
    .command('migrate-store')
    .description('copy an SQLite database (history, alerts, outbox) into an empty PostgreSQL database')
    .requiredOption('--from <sqlite:PATH>', 'the SQLite database, e.g. sqlite:./data/exportwatch.db')
    .requiredOption('--to <postgres-url>', 'the PostgreSQL database, e.g. postgres://user:pw@db:5432/exportwatch')
    .addHelpText(
      'after',
      `
Stop the worker first. The SQLite file is brought to this version's schema
(as \`start\` would), the PostgreSQL database gets the same schema, then every
row is copied in one transaction: an error leaves PostgreSQL as it was. The
target must hold no data yet. Then set DATABASE_URL and start the replicas.

Exit codes: 0 copied; 1 the copy failed (the message says why); 2 bad options.

Example:
  $ exportwatch migrate-store --from sqlite:./data/exportwatch.db \\
      --to postgres://exportwatch:PASSWORD@db.internal:5432/exportwatch`,
    )
    .action(async (opts: { from: string; to: string }) =>
      (await import('../handlers/migrate-store.js')).migrateStore(opts),
    );
}
