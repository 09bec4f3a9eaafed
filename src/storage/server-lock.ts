/**
 * One server per SQLite data directory. Two servers writing one SQLite file would each
 * believe they own the reply queue, so the second refuses to start. The lock is an
 * operating-system file lock held by an open SQLite connection in exclusive locking mode:
 * it disappears with the process, even after kill -9, so there is no stale lock to clean.
 * Administrative commands (migrate, vouchers) do not take it and work beside a server.
 */
import { join } from "node:path";
import Sqlite from "libsql";

export class DataDirLockedError extends Error {
  constructor(dir: string) {
    super(
      `Another Asclepiad server is already running on the data directory ${dir}. ` +
        "Stop it first, or give this one its own ASCLEPIAD_DATA_DIR (or use PostgreSQL with DATABASE_URL to run several instances).",
    );
    this.name = "DataDirLockedError";
  }
}

export function lockDataDir(dir: string): { release(): void } {
  const lock = new Sqlite(join(dir, "server.lock"));
  try {
    lock.pragma("busy_timeout = 0");
    lock.pragma("locking_mode = EXCLUSIVE");
    // The first write takes the exclusive lock, which EXCLUSIVE mode keeps until close.
    lock.exec(
      "BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS held (at INTEGER); DELETE FROM held; INSERT INTO held VALUES (0); COMMIT;",
    );
  } catch {
    lock.close();
    throw new DataDirLockedError(dir);
  }
  return { release: () => lock.close() };
}
