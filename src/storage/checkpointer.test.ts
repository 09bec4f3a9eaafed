import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { CHECKPOINT_FRAMES } from "./checkpointer.js";
import { openStorage, type Storage } from "./db.js";

/** mxFrame and nBackfill from the WAL-index header (https://sqlite.org/walformat.html). */
function walIndex(file: string): { frames: number; copied: number } {
  const header = readFileSync(`${file}-shm`).subarray(0, 100);
  return { frames: header.readUInt32LE(16), copied: header.readUInt32LE(96) };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("WAL checkpoints in a thread of their own (SQLite)", () => {
  let dir: string;
  let storage: Storage | undefined;
  afterEach(async () => {
    await storage?.close();
    storage = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it("copies the WAL once 1,000 frames wait, keeps it from growing on, and closes cleanly", async () => {
    dir = mkdtempSync(join(tmpdir(), "asclepiad-checkpoint-"));
    storage = openStorage({ dataDir: dir, checkpointThread: true });
    expect(storage.checkpointThread).toBe(true);
    const file = storage.file!;
    await sql`create table t (id integer primary key, v text)`.execute(storage.db);
    let mostWaiting = 0;
    let copied = 0;
    // ~2 frames a transaction (a 3 kB row and the table's page), with pauses as a server has.
    for (let i = 0; i < 3000; i++) {
      await storage.db
        .transaction()
        .execute((tx) => sql`insert into t (v) values (${"x".repeat(3000) + i})`.execute(tx));
      const { frames, copied: c } = walIndex(file);
      mostWaiting = Math.max(mostWaiting, frames - c);
      copied = Math.max(copied, c);
      if (i % 50 === 0) await wait(5);
    }
    await wait(100);
    // The thread copied frames (this connection no longer checkpoints below four times the mark).
    expect(copied).toBeGreaterThan(0);
    // What waits to be copied stays near the mark, as with SQLite's own wal_autocheckpoint.
    expect(mostWaiting).toBeLessThan(2 * CHECKPOINT_FRAMES);
    // The WAL is started again from the beginning rather than growing without end: at worst
    // (commits back to back, never a moment wholly copied) at the backstop's mark, plus the
    // commits made while the backstop's own checkpoint waits its turn.
    const frame = 4096 + 24;
    expect(statSync(`${file}-wal`).size).toBeLessThanOrEqual((4 * CHECKPOINT_FRAMES + 400) * frame + 32);
    await storage.close();
    storage = undefined;
    const again = openStorage({ dataDir: dir });
    const { rows } = await sql<{ n: number }>`select count(*) as n from t`.execute(again.db);
    expect(Number(rows[0]!.n)).toBe(3000);
    await again.close();
  });

  it("is not started unless asked for, nor for a database in memory", async () => {
    dir = mkdtempSync(join(tmpdir(), "asclepiad-checkpoint-"));
    storage = openStorage({ dataDir: dir });
    expect(storage.checkpointThread).toBeUndefined();
    const memory = openStorage({ sqliteFile: ":memory:", checkpointThread: true });
    expect(memory.checkpointThread).toBeUndefined();
    await memory.close();
  });
});
