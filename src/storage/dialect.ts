/**
 * The one place SQLite and PostgreSQL are allowed to differ. Claiming a reply job is a
 * single UPDATE … WHERE id = (SELECT … LIMIT 1) on both; PostgreSQL adds FOR UPDATE SKIP
 * LOCKED so concurrent instances pass over each other's candidates instead of queueing on
 * them, while SQLite's single writer already serialises claims.
 */
import { PostgresAdapter, type Kysely, type SelectQueryBuilder } from "kysely";
import type { DialectName } from "./db.js";

/** Which of the two a database (or a transaction on it) is. */
export function dialectOf<DB>(db: Kysely<DB>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}

export function lockForClaim<DB, TB extends keyof DB, O>(
  dialect: DialectName,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return dialect === "postgres" ? query.forUpdate().skipLocked() : query;
}

/** How often an instance looks for work it was not told about (other instances, expired leases). */
export function pollIntervalMs(dialect: DialectName): number {
  return dialect === "postgres" ? 200 : 500;
}
