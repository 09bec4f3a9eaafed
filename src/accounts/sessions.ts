/**
 * Sessions: a random token lives only in the person's cookie; the database keeps its
 * SHA-256, so a copy of the sessions table opens nothing. A session ends after a spell of
 * idleness or at an absolute age, whichever comes first.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { compiled } from "../storage/compiled.js";
import type { Database } from "../storage/schema.js";

export const SESSION_IDLE_MS = 14 * 86_400_000;
export const SESSION_ABSOLUTE_MS = 90 * 86_400_000;
/** Refresh last_seen_at at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

export async function createSession(
  db: Kysely<Database>,
  accountId: string,
  now = Date.now(),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db
    .insertInto("sessions")
    .values({
      id: hashToken(token),
      account_id: accountId,
      created_at: now,
      last_seen_at: now,
      expires_at: now + SESSION_ABSOLUTE_MS,
    })
    .execute();
  return token;
}

/** Every request that carries a session runs this read: built once (src/storage/compiled.ts). */
// `limit 1`: one row by its key, read with libsql's `get` (src/storage/db.ts).
const sessionById = compiled((db, id: string) =>
  db.selectFrom("sessions").selectAll().where("id", "=", id).limit(1),
);

/** The account a session token belongs to, or undefined when it is unknown or expired. */
export async function resolveSession(
  db: Kysely<Database>,
  token: string,
  now = Date.now(),
): Promise<string | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const id = hashToken(token);
  const row = (await sessionById(db, id)).rows[0];
  if (!row) return undefined;
  if (row.expires_at <= now || row.last_seen_at + SESSION_IDLE_MS <= now) {
    await db.deleteFrom("sessions").where("id", "=", id).execute();
    return undefined;
  }
  if (now - row.last_seen_at > TOUCH_EVERY_MS) {
    await db.updateTable("sessions").set({ last_seen_at: now }).where("id", "=", id).execute();
  }
  return row.account_id;
}

export async function endSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", hashToken(token)).execute();
}

export async function endAllSessions(db: Kysely<Database>, accountId: string): Promise<void> {
  await db.deleteFrom("sessions").where("account_id", "=", accountId).execute();
}
