/** Statement parameters, bound to $1, $2, … in order. */
export type Params = readonly unknown[];

/** Statements on one connection. The store's SQL is written once, with $1, $2 … placeholders, for both databases. */
export interface Queries {
  all<R>(sql: string, params?: Params): Promise<R[]>;
  get<R>(sql: string, params?: Params): Promise<R | undefined>;
  /** Runs a statement that returns no rows; resolves to the number of rows it changed. */
  run(sql: string, params?: Params): Promise<number>;
}

/** An open database as the store uses it: SQLite or PostgreSQL behind the same two ways in. */
export interface Database {
  /** Statements one at a time, each committed on its own; `what` names the work in error messages. */
  query<T>(what: string, work: (q: Queries) => Promise<T>): Promise<T>;
  /**
   * One transaction holding the store's write lock from its first statement to its commit (BEGIN IMMEDIATE
   * on SQLite, an advisory lock on PostgreSQL): what it reads is what it writes against. `work` must use
   * only the `q` it is given.
   */
  transaction<T>(what: string, work: (q: Queries) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
