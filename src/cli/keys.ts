/**
 * `asclepiad keys`: the operator's master-key tools.
 *
 *   keys generate                 print a new master key (64 hex characters)
 *   keys status                   how many accounts each master key id wraps
 *   keys rotate [--new-key-file F] [--batch-size N]
 *                                 re-wrap every data key under the new master key
 *
 * Rotation reads the new key from ASCLEPIAD_MASTER_KEY_NEW or --new-key-file; without
 * either it re-wraps under the current ASCLEPIAD_MASTER_KEY (finishing a rotation after the
 * servers were switched). Old keys are read from ASCLEPIAD_MASTER_KEY and
 * ASCLEPIAD_MASTER_KEYS_PREVIOUS. Keys are never printed except by `generate`.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig, type Env } from "../config.js";
import { masterKeyId } from "../privacy/cipher.js";
import { MasterKeys } from "../privacy/keyring.js";
import { countByMasterKey, rotateMasterKey } from "../privacy/rotation.js";
import { migrateToLatest, openStorage } from "../storage/db.js";

export const KEYS_USAGE = `Usage: asclepiad keys <generate|status|rotate> [options]

  generate                      Print a new master key (64 hex characters) to standard output
  status                        Count accounts by the id of the master key wrapping their data key
  rotate                        Re-wrap every account's data key under a new master key, online
      --new-key-file <file>     Read the new key from a file (or set ASCLEPIAD_MASTER_KEY_NEW)
      --batch-size <n>          Accounts per batch (default 500)

See SECURITY.md ("Rotating the master key") for the whole procedure.`;

/** A new master key as 64 hex characters. */
export function generateMasterKey(): string {
  return randomBytes(32).toString("hex");
}

export interface KeysIo {
  out(line: string): void;
  err(line: string): void;
}

const consoleIo: KeysIo = { out: (l) => console.log(l), err: (l) => console.error(l) };

export async function keysCommand(
  args: string[],
  env: Env = process.env,
  io: KeysIo = consoleIo,
): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { "new-key-file": { type: "string" }, "batch-size": { type: "string" } },
  });
  const sub = positionals[0];
  if (sub === "generate") {
    io.out(generateMasterKey());
    return 0;
  }
  if (sub !== "rotate" && sub !== "status") {
    io.err(KEYS_USAGE);
    return 2;
  }
  // Never create a master key from a CLI run: a missing key must be an error, not a new key.
  const config = loadConfig(env, { createFiles: false });
  if (config.masterKeyGenerated) {
    io.err("No master key was found (ASCLEPIAD_MASTER_KEY or the key file). Nothing to rotate from.");
    return 1;
  }
  const storage = openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(storage.db);
    if (sub === "status") {
      const counts = await countByMasterKey(storage.db);
      io.out(`Current master key id: ${masterKeyId(config.masterKey)}`);
      for (const [id, n] of Object.entries(counts)) io.out(`  ${id}: ${n} account(s)`);
      return 0;
    }
    let target = config.masterKeyNew ?? config.masterKey;
    const file = values["new-key-file"];
    if (file) {
      const raw = readFileSync(file, "utf8").trim();
      if (!/^[0-9a-fA-F]{64}$/.test(raw)) {
        io.err(`${file} does not hold a master key (64 hex characters).`);
        return 1;
      }
      target = Buffer.from(raw, "hex");
    }
    const batchSize = values["batch-size"] ? Number(values["batch-size"]) : 500;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
      io.err("--batch-size must be a whole number from 1 to 100000.");
      return 2;
    }
    const known = new MasterKeys(config.masterKey, [...config.previousMasterKeys, target]);
    io.err(`Re-wrapping data keys under master key ${masterKeyId(target)}…`);
    const report = await rotateMasterKey(storage.db, known, target, {
      batchSize,
      onBatch: ({ done }) => io.err(`  ${done} account(s) visited`),
    });
    io.out(
      `Re-wrapped ${report.rewrapped}, already under ${report.targetKeyId}: ${report.alreadyCurrent}, ` +
        `skipped (deleted meanwhile): ${report.skipped}, failed: ${report.failed.length}.`,
    );
    if (report.failed.length > 0) {
      io.err(
        `${report.failed.length} account(s) were wrapped by a master key not given here; add it to ` +
          "ASCLEPIAD_MASTER_KEYS_PREVIOUS and run rotate again. Do not retire any old key until this reports 0 failed.",
      );
      return 1;
    }
    const counts = await countByMasterKey(storage.db);
    const stale = Object.entries(counts).filter(
      ([id]) => id !== report.targetKeyId && id !== "(being deleted)",
    );
    if (stale.length > 0) {
      io.err(
        "Some accounts are still under an old key (created by a server not yet switched); run rotate again.",
      );
      return 1;
    }
    return 0;
  } finally {
    await storage.close();
  }
}
