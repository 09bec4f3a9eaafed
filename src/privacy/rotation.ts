/**
 * Master-key rotation: re-wraps every account's data key under a new master key while the
 * servers keep running. Only the small wrapped key changes; the data keys themselves, and
 * so every sealed text, stay as they are. Accounts are visited in batches by id; each one
 * is re-wrapped in its own transaction with a compare-and-set update, so an account that
 * is deleted or re-wrapped concurrently is simply skipped, never clobbered.
 */
import type { Kysely } from "kysely";
import type { Database } from "../storage/schema.js";
import { masterKeyId, wrapDataKey, wrappedKeyId } from "./cipher.js";
import type { MasterKeys } from "./keyring.js";

export interface RotationReport {
  /** The id of the master key every data key is now wrapped under. */
  targetKeyId: string;
  rewrapped: number;
  alreadyCurrent: number;
  /** Deleted or changed by someone else between read and write. */
  skipped: number;
  /** Accounts whose key could not be unwrapped with any key given (their ids only). */
  failed: string[];
}

export interface RotationOptions {
  batchSize?: number;
  onBatch?(progress: { done: number }): void;
}

/**
 * Re-wraps every data key under `target`. `known` must hold every master key that wrapped
 * a data key still in the database (the current key and any previous ones).
 */
export async function rotateMasterKey(
  db: Kysely<Database>,
  known: MasterKeys,
  target: Buffer,
  options: RotationOptions = {},
): Promise<RotationReport> {
  const batchSize = options.batchSize ?? 500;
  const targetKeyId = masterKeyId(target);
  const report: RotationReport = { targetKeyId, rewrapped: 0, alreadyCurrent: 0, skipped: 0, failed: [] };
  for await (const batch of accountKeyBatches(db, batchSize)) {
    for (const row of batch) {
      if (wrappedKeyId(row.data_key) === targetKeyId) {
        report.alreadyCurrent++;
        continue;
      }
      if (wrappedKeyId(row.data_key) === undefined) {
        // "destroyed": the account is being deleted right now.
        report.skipped++;
        continue;
      }
      let rewrapped: string;
      try {
        rewrapped = wrapDataKey(target, known.unwrap(row.data_key, row.id), row.id);
      } catch {
        report.failed.push(row.id);
        continue;
      }
      const changed = await db.transaction().execute(async (tx) => {
        const result = await tx
          .updateTable("accounts")
          .set({ data_key: rewrapped })
          .where("id", "=", row.id)
          .where("data_key", "=", row.data_key)
          .executeTakeFirst();
        return Number(result.numUpdatedRows) === 1;
      });
      if (changed) report.rewrapped++;
      else report.skipped++;
    }
    options.onBatch?.({
      done: report.rewrapped + report.alreadyCurrent + report.skipped + report.failed.length,
    });
  }
  return report;
}

/** How many live accounts are wrapped under each master key id (no account ids, no keys). */
export async function countByMasterKey(db: Kysely<Database>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for await (const batch of accountKeyBatches(db, 1000)) {
    for (const row of batch) {
      const id = wrappedKeyId(row.data_key) ?? "(being deleted)";
      counts[id] = (counts[id] ?? 0) + 1;
    }
  }
  return counts;
}

/** Every account's id and wrapped data key, in id order, `size` rows at a time (keyset paging). */
async function* accountKeyBatches(
  db: Kysely<Database>,
  size: number,
): AsyncGenerator<{ id: string; data_key: string }[]> {
  let after = "";
  for (;;) {
    const batch = await db
      .selectFrom("accounts")
      .select(["id", "data_key"])
      .where("id", ">", after)
      .orderBy("id")
      .limit(size)
      .execute();
    if (batch.length === 0) return;
    yield batch;
    after = batch[batch.length - 1]!.id;
  }
}
