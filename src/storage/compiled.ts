/**
 * Queries built once and run many times with new values. Kysely builds and compiles a query
 * afresh on every call (tens of immutable nodes, then a walk to SQL text), which costs about
 * as much as SQLite running it for the small statements of the reply path. `compiled` runs
 * the builder once per database (per dialect adapter, so SQLite and PostgreSQL each get
 * their own SQL), with a marker in place of each argument, and afterwards only swaps the
 * arguments into the compiled parameters.
 *
 * Arguments may be used only as values, as they are (in where, set, values): anything that
 * would change the SQL text, or a value computed from an argument, belongs outside the
 * builder. A builder that breaks this rule is refused when first run.
 */
import type { CompiledQuery, Compilable, Kysely, QueryResult } from "kysely";
import { runDirect } from "./db.js";
import type { Database } from "./schema.js";

/** Marks argument i in the parameters; no real value begins with a NUL and this text. */
const MARK = "\u0000compiled-argument:";

interface Entry {
  query: CompiledQuery;
  /** For each compiled parameter: the argument it takes, or -1 for a value fixed in the builder. */
  from: number[];
}

export type CompiledRunner<A extends unknown[], R, DB = Database> = (
  db: Kysely<DB>,
  ...args: A
) => Promise<QueryResult<R>>;

/** How many rows a compiled statement inserted, updated or deleted. */
export function affectedRows(result: QueryResult<unknown>): number {
  return Number(result.numAffectedRows ?? 0);
}

/**
 * @example
 * const byId = compiled((db, id: string) => db.selectFrom("messages").select("seq").where("id", "=", id));
 * const { rows } = await byId(tx, messageId);
 */
export function compiled<A extends unknown[], R, DB = Database>(
  build: (db: Kysely<DB>, ...args: A) => Compilable<R>,
): CompiledRunner<A, R, DB> {
  // Keyed by the adapter: shared by a database and its transactions, distinct per database.
  const entries = new WeakMap<object, Entry>();
  const compile = (db: Kysely<DB>, arity: number): Entry => {
    const marks = Array.from({ length: arity }, (_, i) => `${MARK}${i}`) as unknown as A;
    const query = build(db, ...marks).compile() as CompiledQuery;
    const from = query.parameters.map((p) =>
      typeof p === "string" && p.startsWith(MARK) ? Number(p.slice(MARK.length)) : -1,
    );
    // An argument worked on in the builder (`now + 1`, a template) would be compiled in as a
    // constant made from its marker: refuse it, like one missing from the parameters.
    const derived = query.parameters.some(
      (p, i) => from[i] === -1 && ((typeof p === "string" && p.includes(MARK)) || Number.isNaN(p)),
    );
    if (derived || query.sql.includes(MARK) || marks.some((_, i) => !from.includes(i)))
      throw new Error("compiled: every argument must be used as a parameter value, as it is");
    return { query, from };
  };
  return (db, ...args) => {
    const key = db.getExecutor().adapter;
    let entry = entries.get(key);
    if (!entry) {
      try {
        entry = compile(db, args.length);
      } catch (err) {
        return Promise.reject(err as Error);
      }
      entries.set(key, entry);
    }
    const { query, from } = entry;
    const parameters = from.map((a, i) => (a < 0 ? query.parameters[i] : args[a]));
    const ready = { ...query, parameters };
    // SQLite: run on the connection at once when Kysely would (src/storage/db.ts, `runDirect`).
    let direct: QueryResult<R> | undefined;
    try {
      direct = runDirect<R>(db as Kysely<unknown>, ready);
    } catch (err) {
      return Promise.reject(err as Error);
    }
    return direct ? Promise.resolve(direct) : db.executeQuery<R>(ready);
  };
}
