/**
 * What every route and background job is given: the validated configuration and the
 * services built from it, constructed once at start (see start.ts) and passed down.
 */
import type { Kysely } from "kysely";
import type { FastifyBaseLogger } from "fastify";
import type { AccountDeletionHook } from "../accounts/accounts.js";
import type { Config } from "../config.js";
import type { ReplyBilling } from "../conversations/billing.js";
import type { SafetyGate } from "../conversations/safety-gate.js";
import { createSafetyGate } from "../safety/gate.js";
import type { HelplineDirectory } from "../safety/helplines.js";
import type { Exporter } from "../privacy/export.js";
import { Keyring } from "../privacy/keyring.js";
import { Lifecycle } from "../ops/lifecycle.js";
import type { Metrics } from "../ops/metrics.js";
import type { Storage } from "../storage/db.js";
import type { Database } from "../storage/schema.js";

export interface AppContext {
  config: Config;
  storage: Storage;
  db: Kysely<Database>;
  keyring: Keyring;
  log: FastifyBaseLogger;
  /** Run inside the deletion transaction, before the account row goes. */
  deletionHooks: AccountDeletionHook[];
  /** Each area's part of the account export (src/privacy/export.ts), collected at start. */
  exporters: Exporter[];
  /** Per-route request limits; tests and benchmarks raise them. */
  limits: RateLimits;
  /** How replies are paid for; the coins area replaces the free default. */
  billing: ReplyBilling;
  /** Screening, crisis cards and safe replies (src/safety/gate.ts). */
  safety: SafetyGate;
  /** The helpline directory: built in, plus the operator's overrides. */
  helplines: HelplineDirectory;
  /** Time source, replaceable in tests. */
  now: () => number;
  /** Counters and timings for /metrics (src/ops/metrics.ts); never content or account ids. */
  metrics: Metrics;
  /** Readiness checks and open streams, drained on shutdown (src/ops/lifecycle.ts). */
  lifecycle: Lifecycle;
}

export interface RateLimits {
  accountCreationsPerHour: number;
  signInAttemptsPer15Min: number;
  messagesPerMinute: number;
}

export const DEFAULT_LIMITS: RateLimits = {
  accountCreationsPerHour: 30,
  signInAttemptsPer15Min: 10,
  messagesPerMinute: 30,
};

/**
 * A context built the same way wherever it runs (the server, the reply thread): what differs by
 * place (the logger, the metrics, billing, limits, the clock) is given, the rest made here.
 */
export function createContext(
  config: Config,
  storage: Storage,
  helplines: HelplineDirectory,
  parts: Pick<AppContext, "log" | "metrics" | "billing" | "limits" | "now">,
): AppContext {
  return {
    config,
    storage,
    db: storage.db,
    keyring: new Keyring(storage.db, [config.masterKey, ...config.previousMasterKeys]),
    deletionHooks: [],
    exporters: [],
    safety: createSafetyGate(helplines),
    helplines,
    lifecycle: new Lifecycle(),
    ...parts,
  };
}
