/**
 * Anonymous accounts: created with one tap, found again only by their key, deleted in one
 * step. Nothing personal is asked or kept.
 */
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { errors } from "../errors.js";
import type { Keyring } from "../privacy/keyring.js";
import type { Database } from "../storage/schema.js";
import { generateAccountKey, hashAccountKey, normaliseAccountKey } from "./account-key.js";

const DAY = 86_400_000;

export interface Account {
  id: string;
  createdAt: number;
  trialEndsAt: number;
  country: string | null;
}

export interface AccountDeps {
  db: Kysely<Database>;
  keyring: Keyring;
  secret: string;
  trialDays: number;
  now?: () => number;
}

type AccountRow = Database["accounts"];
const toAccount = (r: Pick<AccountRow, "id" | "created_at" | "trial_ends_at" | "country">): Account => ({
  id: r.id,
  createdAt: r.created_at,
  trialEndsAt: r.trial_ends_at,
  country: r.country,
});

export async function createAccount(
  deps: AccountDeps,
  input: { country?: string | null },
): Promise<{ account: Account; accountKey: string }> {
  const now = (deps.now ?? Date.now)();
  const id = randomUUID();
  const accountKey = generateAccountKey();
  const { wrapped } = deps.keyring.newWrappedKey(id);
  const row = {
    id,
    key_hash: hashAccountKey(deps.secret, normaliseAccountKey(accountKey)!),
    data_key: wrapped,
    created_at: now,
    trial_ends_at: now + deps.trialDays * DAY,
    country: input.country ?? null,
  };
  await deps.db.insertInto("accounts").values(row).execute();
  return { account: toAccount(row), accountKey };
}

/** Finds the account a typed key opens; throws malformed/invalid key errors. */
export async function findAccountByKey(deps: AccountDeps, typedKey: string): Promise<Account> {
  const canonical = normaliseAccountKey(typedKey);
  if (!canonical) throw errors.malformedAccountKey();
  const row = await deps.db
    .selectFrom("accounts")
    .select(["id", "created_at", "trial_ends_at", "country"])
    .where("key_hash", "=", hashAccountKey(deps.secret, canonical))
    .executeTakeFirst();
  if (!row) throw errors.invalidAccountKey();
  return toAccount(row);
}

export async function getAccount(deps: Pick<AccountDeps, "db">, id: string): Promise<Account | undefined> {
  const row = await deps.db
    .selectFrom("accounts")
    .select(["id", "created_at", "trial_ends_at", "country"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row && toAccount(row);
}

export async function updateAccount(
  deps: Pick<AccountDeps, "db">,
  id: string,
  changes: { country?: string | null },
): Promise<Account> {
  if (changes.country !== undefined) {
    await deps.db.updateTable("accounts").set({ country: changes.country }).where("id", "=", id).execute();
  }
  const account = await getAccount(deps, id);
  if (!account) throw errors.notSignedIn();
  return account;
}

/** Issues a new key; the old one stops working at once. */
export async function rotateAccountKey(deps: AccountDeps, id: string): Promise<string> {
  const accountKey = generateAccountKey();
  await deps.db
    .updateTable("accounts")
    .set({ key_hash: hashAccountKey(deps.secret, normaliseAccountKey(accountKey)!) })
    .where("id", "=", id)
    .execute();
  return accountKey;
}

/**
 * Hooks each area registers so that deleting an account removes everything it owns, even
 * rows without a foreign key to accounts (for example append-only ledgers kept apart).
 */
export type AccountDeletionHook = (db: Kysely<Database>, accountId: string) => Promise<void>;

/**
 * Deletes the account and everything it owns, in one transaction. The wrapped data key is
 * destroyed first, so any copy of the ciphertext left in a backup is unreadable.
 */
export async function deleteAccount(
  deps: Pick<AccountDeps, "db" | "keyring">,
  id: string,
  hooks: readonly AccountDeletionHook[] = [],
): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    await tx.updateTable("accounts").set({ data_key: "destroyed" }).where("id", "=", id).execute();
    for (const hook of hooks) await hook(tx, id);
    // Child rows go with the account through ON DELETE CASCADE.
    await tx.deleteFrom("accounts").where("id", "=", id).execute();
  });
  deps.keyring.forget(id);
}
