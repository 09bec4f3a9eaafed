/**
 * Opens the one query layer (Kysely) over SQLite (libsql, the embedded default) or
 * PostgreSQL (pg, when a URL is given), and runs migrations. Everything above this file
 * speaks Kysely; what truly differs between the two databases lives in dialect.ts.
 */
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import {
  Kysely,
  Migrator,
  type CompiledQuery,
  type QueryResult,
  PostgresDialect,
  sql,
  SqliteDialect,
  type Migration,
  type MigrationResult,
} from "kysely";
import Sqlite from "libsql";
import type PgModule from "pg";
import { CHECKPOINT_FRAMES, startCheckpointer } from "./checkpointer.js";
import { dialectOf } from "./dialect.js";
import { migrations } from "./migrations/index.js";
import type { Database } from "./schema.js";

export type DialectName = "sqlite" | "postgres";

export interface Storage {
  db: Kysely<Database>;
  dialect: DialectName;
  /** SQLite on disk: the database file, which another connection (the reply thread) may open. */
  file?: string;
  /** SQLite on disk: the lock every connection of this process takes to write (see `openStorage`). */
  writeLock?: SharedArrayBuffer;
  /** SQLite on disk: WAL checkpoints run in a thread of their own (checkpointer.ts). */
  checkpointThread?: boolean;
  close(): Promise<void>;
}

export interface StorageOptions {
  /** A postgres:// URL; absent means SQLite. */
  databaseUrl?: string | undefined;
  /** Where the SQLite file lives (ignored for PostgreSQL). */
  dataDir?: string;
  /** SQLite file name or ":memory:". */
  sqliteFile?: string;
  /** PostgreSQL schema to use (tests give each run its own). */
  pgSchema?: string;
  pgPoolSize?: number;
  /** SQLite: the write lock shared with the process's other connection (the reply thread's). */
  writeLock?: SharedArrayBuffer;
  /** SQLite on disk: run WAL checkpoints in a thread of their own (the server; checkpointer.ts). */
  checkpointThread?: boolean;
  /** SQLite on disk: another connection's checkpoint thread copies the WAL (the reply thread's). */
  checkpointedElsewhere?: boolean;
}

const INT8_OID = 20;

export function openStorage(options: StorageOptions): Storage {
  if (options.databaseUrl) {
    // Loaded only for PostgreSQL: on SQLite its ~70 ms of module loading would be start-up
    // time spent for nothing.
    const pg = createRequire(import.meta.url)("pg") as typeof PgModule;
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.pgPoolSize ?? 10,
      // Epoch milliseconds fit comfortably in a double; return bigint columns as numbers.
      types: {
        getTypeParser: ((oid: number, format?: string) =>
          oid === INT8_OID
            ? (v: string) => Number(v)
            : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
      },
      ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
    });
    // An idle client losing its connection must not crash the process; the pool replaces it.
    pool.on("error", () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: "postgres", close: () => db.destroy() };
  }
  const file = options.sqliteFile ?? "asclepiad.sqlite";
  let path = file;
  if (file !== ":memory:") {
    const dir = options.dataDir ?? "./data";
    mkdirSync(dir, { recursive: true });
    path = join(dir, file);
  }
  const sqlite = new Sqlite(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  let closed = false;
  let checkpointer: ReturnType<typeof startCheckpointer> | undefined;
  if ((options.checkpointThread || options.checkpointedElsewhere) && file !== ":memory:") {
    // The checkpointer does what the default did, without this connection waiting on it. This
    // connection checkpoints only as a backstop, should the WAL grow to four times that.
    sqlite.pragma(`wal_autocheckpoint = ${4 * CHECKPOINT_FRAMES}`);
    if (options.checkpointThread)
      checkpointer = startCheckpointer(path, () => {
        if (!closed) sqlite.pragma(`wal_autocheckpoint = ${CHECKPOINT_FRAMES}`);
      });
  }
  // Kysely prepares every query afresh, and libsql's prepare is the single largest cost in
  // a profile of the reply path (bench/load.ts): keep prepared statements by their SQL text.
  // Statements run to completion synchronously, so one may be reused by the next query.
  // Whether a statement returns rows is fixed by its text, but libsql asks SQLite afresh
  // on every read of `reader`: ask once, when the statement is prepared.
  //
  // Writers in one process (the serving thread and the reply thread, src/conversations/
  // thread.ts) take turns through `writeLock` before SQLite's own lock: SQLite's busy handler
  // waits by sleeping 1, 2, 5, 10… ms, blocking the thread (the server's event loop) far
  // longer than the other's transaction lasts (about a millisecond): 139 against 294 msg/s
  // in one pair of bench:load runs. Atomics.wait wakes the moment the other releases. A transaction holds the lock from BEGIN to COMMIT or ROLLBACK; a write
  // outside one, for that statement. Reads need no lock (WAL).
  const lock =
    file === ":memory:" ? undefined : new Int32Array(options.writeLock ?? new SharedArrayBuffer(4));
  let inTransaction = false;
  const acquire = () => {
    if (!lock) return;
    while (Atomics.compareExchange(lock, 0, 0, 1) !== 0) Atomics.wait(lock, 0, 1, 100);
  };
  const release = () => {
    if (!lock) return;
    Atomics.store(lock, 0, 0);
    Atomics.notify(lock, 0, 1);
  };
  type Statement = ReturnType<typeof sqlite.prepare>;
  type Prepared = {
    reader: boolean;
    all: Statement["all"];
    run: Statement["run"];
    iterate: Statement["iterate"];
  };
  /** `run` (or `all`, for a write returning rows) inside the write lock. */
  const locked = <F extends (...args: never[]) => unknown>(fn: F, kind: "begin" | "end" | "write"): F =>
    ((...args: Parameters<F>) => {
      if (kind === "begin") {
        acquire();
        try {
          const out = fn(...args);
          inTransaction = true;
          return out;
        } catch (err) {
          release();
          throw err;
        }
      }
      if (kind === "end") {
        try {
          return fn(...args);
        } finally {
          // A failed COMMIT leaves the transaction open (Kysely then rolls back).
          if (inTransaction && !sqlite.inTransaction) {
            inTransaction = false;
            release();
          }
        }
      }
      if (inTransaction) return fn(...args);
      acquire();
      try {
        return fn(...args);
      } finally {
        release();
      }
    }) as F;
  const statements = new Map<string, Prepared>();
  let databaseClosed = false;
  const database = {
    prepare(text: string) {
      // Transactions take the write lock at BEGIN. With one connection nothing changes; with
      // the reply thread's beside it, a deferred transaction that read first could find, at
      // its first write, that the other connection had committed since its read, and fail
      // with SQLITE_BUSY at once instead of waiting (busy_timeout covers only the lock wait).
      if (text === "begin") text = "begin immediate";
      let statement = statements.get(text);
      if (!statement) {
        if (statements.size >= 2_000) statements.clear();
        const prepared = sqlite.prepare(text);
        const kind =
          text === "begin immediate"
            ? "begin"
            : text === "commit" || text === "rollback"
              ? "end"
              : /^\s*select\b/i.test(text)
                ? undefined
                : "write";
        const reader = prepared.reader;
        const rows = reader && !kind ? rowsOf(prepared, text, () => sqlite.prepare(text)) : undefined;
        const all = rows?.all ?? prepared.all.bind(prepared);
        const run = prepared.run.bind(prepared);
        statement = {
          reader,
          all: lock && kind ? locked(all, kind) : all,
          run: lock && kind ? locked(run, kind) : run,
          iterate: rows?.iterate ?? prepared.iterate.bind(prepared),
        };
        statements.set(text, statement);
      }
      return statement;
    },
    close: () => {
      databaseClosed = true;
      sqlite.close();
    },
  };
  const db = new Kysely<Database>({
    // libsql's Database has the better-sqlite3 API Kysely's SQLite dialect drives.
    dialect: new SqliteDialect({
      database: database as unknown as ConstructorParameters<typeof SqliteDialect>[0]["database"],
    }),
  });
  directRunners.set(db.getExecutor().adapter, (query, inTransactionObject) => {
    // Only where Kysely would run it on the connection now: a transaction's own statement while
    // its transaction is open, or any other while none is (else it waits for Kysely's mutex).
    // Closed: Kysely refuses the query ("driver has already been destroyed"), as it always
    // did; libsql itself would abort the process on a closed database.
    if (databaseClosed || inTransactionObject !== sqlite.inTransaction) return undefined;
    // What Kysely's SqliteConnection.executeQuery does, the same statement, the same result.
    const statement = database.prepare(query.sql);
    const parameters = query.parameters as unknown[];
    if (statement.reader) return { rows: statement.all(parameters) as never[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return {
      numAffectedRows: changes !== undefined && changes !== null ? BigInt(changes) : undefined,
      insertId:
        lastInsertRowid !== undefined && lastInsertRowid !== null ? BigInt(lastInsertRowid) : undefined,
      rows: [],
    };
  });
  return {
    db,
    dialect: "sqlite",
    ...(lock ? { file: path, writeLock: lock.buffer as SharedArrayBuffer } : {}),
    ...(checkpointer ? { checkpointThread: true } : {}),
    async close() {
      // The checkpointer's connection closes first, so this one, the last, checkpoints as before.
      await checkpointer?.stop();
      closed = true;
      await db.destroy();
    },
  };
}

type DirectRunner = (query: CompiledQuery, inTransactionObject: boolean) => QueryResult<never> | undefined;

/** Per SQLite database (by its Kysely adapter, shared with its transactions): see `runDirect`. */
const directRunners = new WeakMap<object, DirectRunner>();

/**
 * Runs a compiled query on SQLite's one connection at once, without Kysely's executor, when
 * Kysely would run it on that connection now; undefined when it must go through Kysely
 * (PostgreSQL, plugins, or a transaction open that `db` is not part of, whose end it waits for).
 *
 * On SQLite every statement completes synchronously, but Kysely still takes each query through
 * its connection mutex, connection provider and result transforms, a chain of promises that
 * cost more than SQLite's own work for the small statements of the reply path (a one-row read
 * by key: ~11 us through Kysely against ~3 us for the statement). The statements, their order
 * within a transaction and their results are unchanged. A statement outside a transaction runs
 * only while no transaction is open on the connection, as with Kysely, which holds its mutex
 * from BEGIN to COMMIT; inside one, only the transaction's own statements run, as they would.
 */
export function runDirect<R>(db: Kysely<unknown>, query: CompiledQuery): QueryResult<R> | undefined {
  const executor = db.getExecutor();
  if (executor.plugins.length > 0) return undefined;
  return directRunners.get(executor.adapter)?.(query, db.isTransaction) as QueryResult<R> | undefined;
}

/**
 * `all` for a SELECT, returning the same rows as libsql's, made for less. libsql builds each
 * row object natively, a property at a time, and reads every result through an iterator
 * holding a native cursor and a 100-row buffer (~11 us more than `get` for one row; ~25 % of
 * reading a reply's 60 recent turns). Here the statement reads rows as arrays (raw mode) and
 * one function made per statement turns each into the object libsql would have made (same
 * keys in the same order, a later column of the same name winning, BLOBs as ArrayBuffers).
 * A statement ending `limit ?` run with a limit of 1 reads its one row with `get`, through a
 * second prepared statement of its own: libsql's `get` on a statement last read by `all` (an
 * iterator it does not reset) returns that read's first row, whatever the new parameters.
 */
function rowsOf(
  prepared: Statement,
  text: string,
  prepareAgain: () => Statement,
): {
  all: (...params: unknown[]) => unknown[];
  iterate: (...params: unknown[]) => IterableIterator<unknown>;
} {
  const columns = prepared.columns().map((c) => c.name);
  type Raw = {
    all(...params: unknown[]): unknown[][];
    get(...params: unknown[]): unknown[] | undefined;
    iterate(...params: unknown[]): Iterable<unknown[]>;
  };
  const raw = prepared.raw(true) as unknown as Raw;
  let one: Raw | undefined;
  const cells = columns.map((_, i) => `v(r[${i}])`);
  const make = new Function(
    "v",
    `return (r) => ({ ${columns.map((c, i) => `${JSON.stringify(c)}: ${cells[i]}`).join(", ")} });`,
  )(cell) as (r: unknown[]) => Record<string, unknown>;
  const single = /\blimit \?$/i.test(text.trimEnd());
  return {
    all(...params: unknown[]) {
      const last = params.length === 1 && Array.isArray(params[0]) ? params[0].at(-1) : params.at(-1);
      if (single && last === 1) {
        one ??= prepareAgain().raw(true) as unknown as Raw;
        const row = one.get(...params);
        return row === undefined ? [] : [make(row)];
      }
      return raw.all(...params).map(make);
    },
    *iterate(...params: unknown[]) {
      for (const row of raw.iterate(...params)) yield make(row);
    },
  };
}

/** A cell as libsql's object rows give it: BLOBs as ArrayBuffers (raw mode gives Buffers). */
function cell(v: unknown): unknown {
  return v instanceof Uint8Array ? v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength) : v;
}

type Statement = ReturnType<InstanceType<typeof Sqlite>["prepare"]>;

/** Brings the schema up to date. Safe to run from several processes at once (Kysely locks). */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResult[]> {
  // Kysely looks for its own tables in every schema unless told which; with several
  // schemas in one PostgreSQL (parallel test runs, shared servers) it would find another
  // schema's lock table and skip creating its own. Name the schema the connection uses.
  const migrationTableSchema =
    dialectOf(db) === "postgres"
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations as Record<string, Migration> },
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results ?? [];
}
