/**
 * The reply thread's entry (a `worker_threads` worker started by thread.ts): the same
 * ReplyWorker as in-process, over a connection of its own to the same SQLite file, with
 * its own keyring, screener and built-in engine. What the serving thread needs from it —
 * the start, text and end of every reply (for the hub and its streams), metrics and log
 * lines — goes back as messages, batched once per turn of this thread's event loop, so a
 * built-in reply's deltas cross in one message. Nothing here logs content: log lines are
 * the worker's own, forwarded as they are.
 */
import { parentPort, workerData } from "node:worker_threads";
import { basename, dirname } from "node:path";
import type { FastifyBaseLogger } from "fastify";
import { createCoinBilling } from "../coins/billing.js";
import type { Config } from "../config.js";
import type { Metrics } from "../ops/metrics.js";
import { createReflectiveProvider } from "../providers/reflective.js";
import { loadHelplineDirectory } from "../safety/helplines.js";
import { createContext, DEFAULT_LIMITS } from "../server/context.js";
import { openStorage } from "../storage/db.js";
import { freeReplies } from "./billing.js";
import { ReplyHub } from "./hub.js";
import type { Message } from "./types.js";
import type { FromThread, ThreadData, ToThread } from "./thread.js";
import { ReplyWorker } from "./worker.js";

const port = parentPort!;
const data = workerData as ThreadData;

let outbox: FromThread[] = [];
const post = (m: FromThread) => {
  if (outbox.push(m) === 1)
    setImmediate(() => {
      const batch = outbox;
      outbox = [];
      port.postMessage(batch);
    });
};

/** The hub of this thread, telling the serving thread's hub everything that happens in it. */
class ForwardingHub extends ReplyHub {
  override begin(id: string): AbortController {
    post({ type: "begin", id });
    return super.begin(id);
  }
  override append(id: string, text: string): void {
    post({ type: "delta", id, text });
    super.append(id, text);
  }
  override replace(id: string, text: string): void {
    post({ type: "replace", id, text });
    super.replace(id, text);
  }
  override end(id: string, message?: Message): void {
    post(message ? { type: "end", id, message } : { type: "end", id });
    super.end(id, message);
  }
}

// Buffers cross threads as Uint8Arrays.
const asBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
const config: Config = {
  ...data.config,
  masterKey: asBuffer(data.config.masterKey),
  previousMasterKeys: data.config.previousMasterKeys.map(asBuffer),
  masterKeyNew: undefined,
};

const metrics = new Proxy({} as Metrics, {
  get:
    (_target, name) =>
    (...args: unknown[]) =>
      post({ type: "metric", name: String(name), args }),
});
const logAt =
  (level: "fatal" | "error" | "warn" | "info" | "debug" | "trace") => (obj: unknown, msg?: string) =>
    post({ type: "log", level, obj, ...(msg === undefined ? {} : { msg }) });
const log = {
  fatal: logAt("fatal"),
  error: logAt("error"),
  warn: logAt("warn"),
  info: logAt("info"),
  debug: logAt("debug"),
  trace: logAt("trace"),
  level: config.logLevel,
  silent: () => {},
  child: () => log,
} as unknown as FastifyBaseLogger;

const storage = openStorage({
  dataDir: dirname(data.file),
  sqliteFile: basename(data.file),
  writeLock: data.writeLock,
  checkpointedElsewhere: data.checkpointedElsewhere,
});
const helplines = loadHelplineDirectory(config.helplinesFile);
const ctx = createContext(config, storage, helplines, {
  log,
  limits: DEFAULT_LIMITS,
  billing: data.coins
    ? createCoinBilling(config.coins, { spent: (n) => metrics.coinsSpent(n) })
    : freeReplies,
  now: Date.now,
  metrics,
});
const hub = new ForwardingHub();
const engine = createReflectiveProvider();
const worker = new ReplyWorker(ctx, hub, { provider: engine, fallback: engine });

let queued = false;
port.on("message", (m: ToThread) => {
  if (m.type === "queued") {
    // Several sends in one turn wake the worker once.
    if (!queued) {
      queued = true;
      setImmediate(() => {
        queued = false;
        hub.work.emit("queued");
      });
    }
  } else if (m.type === "abort") hub.abort(m.id);
  else if (m.type === "stop")
    void worker
      .stop(m.graceMs)
      .then(() => storage.close())
      .then(() => {
        post({ type: "stopped" });
      });
});

await worker.start();
post({ type: "ready" });
