/**
 * WAL checkpoints for the server's SQLite file, run in a thread of their own so that the
 * serving thread never waits on one.
 *
 * SQLite's default (`wal_autocheckpoint = 1000`) runs a checkpoint inside the commit that
 * leaves 1,000 frames or more in the WAL: the pages are copied into the database file and
 * both files are synced before that commit returns. Under bench/load.ts that blocked the
 * event loop for 2–30 ms about once every 30 messages: commits took 145 µs at the median
 * and 14 ms at the 99th percentile, and 75 % of the time spent committing was spent in
 * those. Here the thread does what the default did, at the same mark: a PASSIVE checkpoint
 * once 1,000 frames wait to be copied, read every 10 ms from the WAL-index header in the
 * `-shm` file (mxFrame and nBackfill, https://sqlite.org/walformat.html). So what a power
 * loss can take (`synchronous = NORMAL`: the frames not yet copied) stays near 1,000 frames.
 * While a WAL of 1,000 frames or more is not wholly copied it also copies what little
 * remains, since a writer starts the WAL again from the beginning only once it is; the
 * server's connections still checkpoint themselves should it reach 4,000 (a backstop), and
 * if the thread fails, `onFailure` restores the default.
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** As SQLite's default `wal_autocheckpoint`. */
export const CHECKPOINT_FRAMES = 1000;
const POLL_MS = 10;

// Plain JavaScript, evaluated in the thread: no loader or bundle entry is needed to start it.
const THREAD = `
const { parentPort, workerData } = require("node:worker_threads");
const { openSync, readSync, closeSync } = require("node:fs");
const { endianness } = require("node:os");
const Sqlite = require(workerData.libsql);
const db = new Sqlite(workerData.path);
db.pragma("synchronous = NORMAL");
db.pragma("wal_autocheckpoint = 0");
const header = Buffer.alloc(100);
const le = endianness() === "LE";
let shm;
const tick = () => {
  try {
    if (shm === undefined) shm = openSync(workerData.path + "-shm", "r");
    if (readSync(shm, header, 0, 100, 0) < 100 || header[12] === 0) return;
    // The first copy of the WAL-index header: mxFrame at 16; the checkpoint info: nBackfill at 96.
    const mxFrame = le ? header.readUInt32LE(16) : header.readUInt32BE(16);
    const nBackfill = le ? header.readUInt32LE(96) : header.readUInt32BE(96);
    // 1,000 frames waiting, as the default; or a long WAL not yet wholly copied, which the next
    // writer can start again from the beginning only once it is (so it does not grow on).
    const waiting = mxFrame - nBackfill;
    if (waiting >= workerData.frames || (mxFrame >= workerData.frames && waiting > 0))
      db.pragma("wal_checkpoint(PASSIVE)");
  } catch {
    // A busy checkpoint lock or an -shm not there yet: the next tick tries again.
  }
};
const timer = setInterval(tick, workerData.pollMs);
parentPort.on("message", () => {
  clearInterval(timer);
  if (shm !== undefined) closeSync(shm);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

export function startCheckpointer(path: string, onFailure: () => void): Checkpointer {
  const libsql = createRequire(import.meta.url).resolve("libsql");
  const worker = new Worker(THREAD, {
    eval: true,
    workerData: { path, libsql, frames: CHECKPOINT_FRAMES, pollMs: POLL_MS },
  });
  worker.unref();
  let stopping = false;
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  worker.on("error", () => {});
  void exited.then(() => {
    if (!stopping) onFailure();
  });
  return {
    async stop() {
      if (stopping) return exited;
      stopping = true;
      worker.postMessage("stop");
      const timer = setTimeout(() => void worker.terminate(), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
