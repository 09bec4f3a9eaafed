/**
 * Reads the whole database generically, for the security tests: every table (found in
 * sqlite_master or information_schema, so tables added later are covered without touching
 * the tests), every column, every row, as text. Also answers "which rows belong to this
 * account", following references transitively through primary-key values.
 */
import { sql, type Kysely } from "kysely";
import type { DialectName } from "../../src/storage/db.js";

type AnyDb = Kysely<any>;
export type Row = Record<string, string | null>;
export type Dump = Map<string, Row[]>;

export interface TableInfo {
  name: string;
  columns: string[];
  primaryKey: string[];
}

const MIGRATION_TABLES = new Set(["kysely_migration", "kysely_migration_lock"]);

export async function listTables(db: AnyDb, dialect: DialectName): Promise<TableInfo[]> {
  if (dialect === "sqlite") {
    const tables = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(
      db,
    );
    const out: TableInfo[] = [];
    for (const { name } of tables.rows) {
      const cols = await sql<{ name: string; pk: number }>`
        select name, pk from pragma_table_info(${name}) order by cid`.execute(db);
      out.push({
        name,
        columns: cols.rows.map((c) => c.name),
        primaryKey: cols.rows
          .filter((c) => c.pk > 0)
          .sort((a, b) => a.pk - b.pk)
          .map((c) => c.name),
      });
    }
    return out;
  }
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const out: TableInfo[] = [];
  for (const { table_name: name } of tables.rows) {
    const cols = await sql<{ column_name: string }>`
      select column_name from information_schema.columns
      where table_schema = current_schema() and table_name = ${name} order by ordinal_position`.execute(db);
    const pk = await sql<{ column_name: string }>`
      select kcu.column_name from information_schema.table_constraints tc
      join information_schema.key_column_usage kcu
        on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
      where tc.table_schema = current_schema() and tc.table_name = ${name} and tc.constraint_type = 'PRIMARY KEY'
      order by kcu.ordinal_position`.execute(db);
    out.push({
      name,
      columns: cols.rows.map((c) => c.column_name),
      primaryKey: pk.rows.map((c) => c.column_name),
    });
  }
  return out;
}

/** Every product table (the migration bookkeeping tables are left out). */
export async function productTables(db: AnyDb, dialect: DialectName): Promise<TableInfo[]> {
  return (await listTables(db, dialect)).filter((t) => !MIGRATION_TABLES.has(t.name));
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return Buffer.from(value).toString("latin1");
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Every row of every table, every value as text. */
export async function dumpDatabase(db: AnyDb, dialect: DialectName): Promise<Dump> {
  const dump: Dump = new Map();
  for (const table of await listTables(db, dialect)) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(db);
    dump.set(
      table.name,
      rows.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, asText(v)]))),
    );
  }
  return dump;
}

/** The dump as one text, table by table, for grepping. */
export function dumpText(dump: Dump): string {
  const parts: string[] = [];
  for (const [table, rows] of dump) {
    parts.push(`## ${table}`);
    for (const row of rows) parts.push(JSON.stringify(row));
  }
  return parts.join("\n");
}

export async function rowCounts(db: AnyDb, dialect: DialectName): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await listTables(db, dialect)) {
    const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table.name)}`.execute(
      db,
    );
    counts[table.name] = Number(r.rows[0]!.n);
  }
  return counts;
}

export function rowKey(table: TableInfo | undefined, row: Row): string {
  const cols = table && table.primaryKey.length > 0 ? table.primaryKey : Object.keys(row);
  return cols.map((c) => row[c]).join("|");
}

/**
 * The rows that belong to an account: those holding its id in any column, then rows that
 * hold the primary-key value of a row already found, until nothing new turns up. Only
 * long, id-like key values are followed, so small numbers and status words never link
 * unrelated rows.
 */
export function ownedRows(dump: Dump, tables: TableInfo[], accountId: string): Map<string, Row[]> {
  const info = new Map(tables.map((t) => [t.name, t]));
  const needles = new Set([accountId]);
  const owned = new Map<string, Map<string, Row>>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [table, rows] of dump) {
      if (MIGRATION_TABLES.has(table)) continue;
      for (const row of rows) {
        const key = rowKey(info.get(table), row);
        if (owned.get(table)?.has(key)) continue;
        if (!Object.values(row).some((v) => v !== null && needles.has(v))) continue;
        if (!owned.has(table)) owned.set(table, new Map());
        owned.get(table)!.set(key, row);
        grew = true;
        for (const col of info.get(table)?.primaryKey ?? []) {
          const v = row[col];
          if (v && v.length >= 16) needles.add(v);
        }
      }
    }
  }
  return new Map([...owned].map(([t, m]) => [t, [...m.values()]]));
}

/** Tables with a column that names an account, by convention or by foreign key name. */
export function accountColumns(tables: TableInfo[]): { table: string; column: string }[] {
  return tables.flatMap((t) =>
    t.columns
      .filter((c) => /(^|_)account_id$|_by$|^account$/.test(c) || (t.name === "accounts" && c === "id"))
      .map((column) => ({ table: t.name, column })),
  );
}
