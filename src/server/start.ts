/**
 * Starts Asclepiad: validates the configuration, opens and migrates the database, takes
 * the data-directory lock on SQLite, builds the app and begins listening. `startServer`
 * is what the CLI, the end-to-end tests and the benchmarks all call, so they run exactly
 * the production code path.
 */
import pino from "pino";
import { loadConfig, type Config, type Env } from "../config.js";
import { freeReplies } from "../conversations/billing.js";
import type { Exporter } from "../privacy/export.js";
import { createMetrics } from "../ops/metrics.js";
import { loadHelplineDirectory } from "../safety/helplines.js";
import { migrateToLatest, openStorage, type Storage } from "../storage/db.js";
import { lockDataDir } from "../storage/server-lock.js";
import { buildApp, type Route } from "./app.js";
import { createAreas } from "./areas.js";
import { createContext, DEFAULT_LIMITS, type AppContext, type RateLimits } from "./context.js";
import type { FastifyInstance } from "fastify";

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  ctx: AppContext;
  close(): Promise<void>;
}

export interface StartOptions {
  limits?: Partial<RateLimits>;
  /** Areas to run instead of the product's own list (tests and benchmarks swap providers). */
  areas?: Area[];
  /** Storage to use instead of opening one from the configuration (tests). */
  storage?: Storage;
  now?: () => number;
  /** Where log lines go instead of standard output (tests capture them). */
  logStream?: pino.DestinationStream;
}

/** Areas add their routes and background services here. */
export interface Area {
  routes?: Route[];
  /** This area's part of the account export (see src/privacy/export.ts). */
  exporters?: Exporter[];
  /** Started after listening; stopped (awaited) before the database closes. */
  start?(ctx: AppContext): Promise<{ stop(): Promise<void> }> | { stop(): Promise<void> };
  setup?(ctx: AppContext): void | Promise<void>;
}

export async function startServer(
  env: Record<string, string | undefined>,
  options: StartOptions = {},
): Promise<RunningServer> {
  const config = loadConfig(env as Env);
  const logOptions = { level: config.logLevel, base: undefined, timestamp: pino.stdTimeFunctions.isoTime };
  const log = options.logStream ? pino(logOptions, options.logStream) : pino(logOptions);
  if (config.masterKeyGenerated) {
    log.warn(
      `A new master key was generated at ${config.masterKeyGenerated}. In production keep it apart from the database and its backups ` +
        "(or set ASCLEPIAD_MASTER_KEY): without it every reflection is unreadable, and with the database it reveals them.",
    );
  }
  const lock = config.databaseUrl || options.storage ? undefined : lockDataDir(config.dataDir);
  let storage: Storage | undefined;
  try {
    const helplines = loadHelplineDirectory(config.helplinesFile);
    storage =
      options.storage ??
      openStorage({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        checkpointThread: true,
      });
    await migrateToLatest(storage.db);
    const ctx = createContext(config, storage, helplines, {
      log,
      billing: freeReplies,
      limits: { ...DEFAULT_LIMITS, ...options.limits },
      now: options.now ?? Date.now,
      metrics: createMetrics({ processMetrics: config.metricsToken !== undefined }),
    });
    const areas = options.areas ?? createAreas();
    ctx.exporters.push(...areas.flatMap((a) => a.exporters ?? []));
    for (const area of areas) await area.setup?.(ctx);
    const app = await buildApp(
      ctx,
      areas.flatMap((a) => a.routes ?? []),
    );
    await app.listen({ port: config.port, host: config.host });
    const services: { stop(): Promise<void> }[] = [];
    for (const area of areas) if (area.start) services.push(await area.start(ctx));
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
    log.info({ url, database: storage.dialect, provider: config.model.provider }, "Asclepiad is ready");
    let closed = false;
    return {
      url,
      app,
      ctx,
      async close() {
        if (closed) return;
        closed = true;
        // Stop accepting (new requests get 503), then tell every open stream to reconnect
        // elsewhere so the close is not held up by them; background services stop after.
        const closing = app.close();
        ctx.lifecycle.beginShutdown();
        await closing;
        for (const s of services.reverse()) await s.stop();
        if (!options.storage) await storage!.close();
        lock?.release();
      },
    };
  } catch (err) {
    if (storage && !options.storage) await storage.close().catch(() => {});
    lock?.release();
    throw err;
  }
}

export type { Config };
