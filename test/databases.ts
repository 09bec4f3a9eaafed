/**
 * Storage for tests: SQLite always, PostgreSQL too when TEST_DATABASE_URL is set. Each
 * opened storage lives in its own SQLite file or PostgreSQL schema, created here and
 * dropped on close, so parallel test files never see each other's rows.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrateToLatest, openStorage, type DialectName, type Storage } from "../src/storage/db.js";

export const testDatabases: DialectName[] = process.env.TEST_DATABASE_URL
  ? ["sqlite", "postgres"]
  : ["sqlite"];

export interface TestStorage extends Storage {
  /** For SQLite, the data directory holding the file. */
  dataDir: string;
  /** For PostgreSQL, the schema this storage lives in. */
  pgSchema?: string;
  /** Opens another connection pool to the same database (a second instance). */
  reopen(): Storage;
}

export async function openTestStorage(
  kind: DialectName,
  options: { migrate?: boolean } = {},
): Promise<TestStorage> {
  const dataDir = mkdtempSync(join(tmpdir(), "asclepiad-test-"));
  let storage: Storage;
  let reopen: () => Storage;
  let pgSchema: string | undefined;
  if (kind === "postgres") {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error("TEST_DATABASE_URL is not set.");
    pgSchema = `t_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${pgSchema}`);
    await admin.end();
    reopen = () => openStorage({ databaseUrl: url, pgSchema, pgPoolSize: 5 });
    const inner = reopen();
    storage = {
      ...inner,
      close: async () => {
        await inner.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS ${pgSchema} CASCADE`);
        await c.end();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } else {
    reopen = () => openStorage({ dataDir });
    const inner = reopen();
    storage = {
      ...inner,
      close: async () => {
        await inner.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  if (options.migrate ?? true) await migrateToLatest(storage.db);
  return { ...storage, dataDir, pgSchema, reopen };
}
