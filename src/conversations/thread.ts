/**
 * Replies written in a worker thread (ASCLEPIAD_REPLY_THREAD=true, SQLite with the built-in
 * engine; off by default, since it wins only where a second core is free: BENCHMARKS.md,
 * "2026-12-05 (last)"). The serving thread keeps HTTP, sends and streams; the reply thread
 * (reply-thread.ts) claims jobs, opens the history, composes, screens and finishes replies
 * over its own connection to the same SQLite file, so the two use two cores. Jobs, leases,
 * ordering and crash recovery are the database's, exactly as with the worker in-process
 * (docs/decisions/0001). Every reply's start, text and end are posted back and replayed
 * into this thread's hub, so streams here follow it live as before, without polling; Stop
 * aborts through the hub's controller, forwarded to the thread. Metrics and log lines come
 * back the same way (prom-client lives here).
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Config } from "../config.js";
import type { AppContext } from "../server/context.js";
import { freeReplies } from "./billing.js";
import type { ReplyHub } from "./hub.js";
import type { Message } from "./types.js";

export interface ThreadData {
  config: Config;
  /** The SQLite file, and the lock its writers in this process share. */
  file: string;
  writeLock: SharedArrayBuffer;
  /** The server's connection runs WAL checkpoints in a thread (src/storage/checkpointer.ts). */
  checkpointedElsewhere: boolean;
  /** Replies are paid (the coins area is running). */
  coins: boolean;
}

export type ToThread = { type: "queued" } | { type: "abort"; id: string } | { type: "stop"; graceMs: number };

export type FromThread =
  | { type: "ready" }
  | { type: "stopped" }
  | { type: "begin"; id: string }
  | { type: "delta"; id: string; text: string }
  | { type: "replace"; id: string; text: string }
  | { type: "end"; id: string; message?: Message }
  | { type: "metric"; name: string; args: unknown[] }
  | {
      type: "log";
      level: "fatal" | "error" | "warn" | "info" | "debug" | "trace";
      obj: unknown;
      msg?: string;
    };

/** Whether replies can be written in a thread here: SQLite on disk, the built-in engine. */
export function canUseReplyThread(ctx: AppContext): boolean {
  return (
    ctx.config.replyThread &&
    ctx.storage.dialect === "sqlite" &&
    ctx.storage.file !== undefined &&
    ctx.storage.writeLock !== undefined &&
    ctx.config.model.provider === "reflective"
  );
}

/**
 * Starts the thread's entry beside this module: `.mjs` in the bundle, `.js` from tsc's
 * output, `.ts` when run from source, through tsx's loader registered in the thread (Node 20
 * does not carry the loader hooks of `--import tsx` into worker threads).
 */
function startThread(workerData: ThreadData): Worker {
  for (const name of ["reply-thread.mjs", "reply-thread.js"]) {
    const url = new URL(`./${name}`, import.meta.url);
    if (existsSync(fileURLToPath(url))) return new Worker(url, { workerData });
  }
  // (Named through a variable: scripts/copy-assets.js takes a literal here for an asset to copy.)
  const source = "./reply-thread.ts";
  const url = new URL(source, import.meta.url);
  // tsx's "./esm/api" export for `import`, found from its package.json (which `require` can resolve).
  const tsx = new URL(
    "./dist/esm/api/index.mjs",
    pathToFileURL(createRequire(import.meta.url).resolve("tsx/package.json")),
  );
  const boot = `import(${JSON.stringify(tsx.href)}).then((t) => { t.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

/** Runs the reply worker in a thread of its own; `start`/`stop` as ReplyWorker's. */
export class ReplyThread {
  private thread: Worker | undefined;
  private stopping = false;
  private ready: (() => void) | undefined;
  private stopped: (() => void) | undefined;
  /** Sends queued in one turn wake the thread with one message (a postMessage costs ~µs each). */
  private wakePending = false;
  private readonly onQueued = () => {
    if (this.wakePending) return;
    this.wakePending = true;
    setImmediate(() => {
      this.wakePending = false;
      this.thread?.postMessage({ type: "queued" } satisfies ToThread);
    });
  };

  constructor(
    private readonly ctx: AppContext,
    private readonly hub: ReplyHub,
  ) {}

  async start(): Promise<void> {
    try {
      await this.spawn();
    } catch (err) {
      this.stopping = true;
      throw err;
    }
    this.ctx.log.info("replies are written in a worker thread");
    this.hub.work.on("queued", this.onQueued);
  }

  async stop(graceMs: number): Promise<void> {
    this.stopping = true;
    this.hub.work.off("queued", this.onQueued);
    const thread = this.thread;
    if (!thread) return;
    const exited = new Promise<void>((r) => thread.once("exit", () => r()));
    const done = new Promise<void>((r) => (this.stopped = r));
    thread.postMessage({ type: "stop", graceMs } satisfies ToThread);
    // The thread hands back what it cannot finish within `graceMs`; should it not answer at
    // all, the next start requeues its replies (one server per SQLite file).
    await Promise.race([done, exited, new Promise((r) => setTimeout(r, graceMs + 10_000).unref())]);
    await thread.terminate();
  }

  private spawn(): Promise<void> {
    const thread = startThread({
      config: this.ctx.config,
      file: this.ctx.storage.file!,
      writeLock: this.ctx.storage.writeLock!,
      checkpointedElsewhere: this.ctx.storage.checkpointThread === true,
      coins: this.ctx.billing !== freeReplies,
    });
    this.thread = thread;
    const ready = new Promise<void>((resolve, reject) => {
      this.ready = resolve;
      thread.once("exit", (code) => reject(new Error(`the reply thread exited with ${code} while starting`)));
    });
    ready.catch(() => {});
    thread.on("message", (batch: FromThread[]) => {
      for (const m of batch) this.receive(m);
    });
    thread.on("error", (err) =>
      this.ctx.log.error({ err: { type: err.name, stack: err.stack } }, "the reply thread failed"),
    );
    thread.on("exit", (code) => {
      if (this.thread !== thread) return;
      this.thread = undefined;
      // Replies it was writing are requeued by the next thread's start (it held the only
      // writer of this SQLite file's replies). Streams here get a reset when they restart.
      if (!this.stopping) {
        this.ctx.log.error({ code }, "the reply thread stopped unexpectedly; starting another");
        setTimeout(() => {
          if (!this.stopping) void this.spawn().catch(() => {});
        }, 1_000).unref();
      }
    });
    return ready;
  }

  private receive(m: FromThread): void {
    const { hub } = this;
    switch (m.type) {
      case "delta":
        return hub.append(m.id, m.text);
      case "begin": {
        const controller = hub.begin(m.id);
        const id = m.id;
        controller.signal.addEventListener(
          "abort",
          () => this.thread?.postMessage({ type: "abort", id } satisfies ToThread),
          { once: true },
        );
        return;
      }
      case "replace":
        return hub.replace(m.id, m.text);
      case "end":
        return hub.end(m.id, m.message);
      case "metric": {
        const record = (this.ctx.metrics as unknown as Record<string, (...args: unknown[]) => void>)[m.name];
        return void record?.apply(this.ctx.metrics, m.args);
      }
      case "log":
        return this.ctx.log[m.level](m.obj as object, m.msg);
      case "ready":
        return this.ready?.();
      case "stopped":
        return this.stopped?.();
    }
  }
}
