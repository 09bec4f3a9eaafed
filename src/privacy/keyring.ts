/**
 * Finds the cipher for an account: reads its wrapped data key, unwraps it with the master
 * key named in the wrapped blob and keeps a bounded number of unwrapped keys in memory so
 * hot accounts are not unwrapped on every request. Forgetting an account (on deletion)
 * evicts its key here at once; other instances, which are not told, drop it within
 * `maxAgeMs`, after which they read the (by then destroyed) wrapped key again.
 *
 * A keyring holds one current master key (which wraps every new data key) and any number
 * of other accepted keys (which only unwrap). That is what lets `asclepiad keys rotate`
 * re-wrap data keys while servers keep running: during a rotation every server accepts
 * both the old and the new master key, and each wrapped blob says which one it needs.
 */
import type { Kysely } from "kysely";
import type { Database } from "../storage/schema.js";
import {
  AccountCipher,
  masterKeyId,
  newDataKey,
  unwrapDataKey,
  wrapDataKey,
  wrappedKeyId,
} from "./cipher.js";

export class AccountNotFoundError extends Error {
  constructor() {
    super("Account not found.");
    this.name = "AccountNotFoundError";
  }
}

export class UnknownMasterKeyError extends Error {
  constructor(readonly keyId: string | undefined) {
    super(
      `This data key was wrapped by master key ${keyId ?? "(unreadable id)"}, which this server was not given. ` +
        "Set it in ASCLEPIAD_MASTER_KEY or ASCLEPIAD_MASTER_KEYS_PREVIOUS (see SECURITY.md, key rotation).",
    );
    this.name = "UnknownMasterKeyError";
  }
}

/** The master keys one process knows: the current one first, then those it only unwraps with. */
export class MasterKeys {
  readonly current: Buffer;
  readonly currentId: string;
  private readonly byId = new Map<string, Buffer>();

  constructor(current: Buffer, accepted: readonly Buffer[] = []) {
    for (const key of [current, ...accepted]) {
      if (key.length !== 32) throw new Error("A master key is 32 bytes (64 hex characters).");
      this.byId.set(masterKeyId(key), key);
    }
    this.current = current;
    this.currentId = masterKeyId(current);
  }

  /** Ids of every key held, current first. */
  ids(): string[] {
    return [this.currentId, ...[...this.byId.keys()].filter((id) => id !== this.currentId)];
  }

  wrap(dataKey: Buffer, accountId: string): string {
    return wrapDataKey(this.current, dataKey, accountId);
  }

  /** Unwraps with whichever held key the blob names; throws UnknownMasterKeyError otherwise. */
  unwrap(wrapped: string, accountId: string): Buffer {
    const id = wrappedKeyId(wrapped);
    const key = id === undefined ? undefined : this.byId.get(id);
    if (!key) throw new UnknownMasterKeyError(id);
    return unwrapDataKey(key, wrapped, accountId);
  }
}

export class Keyring {
  private readonly cache = new Map<string, { cipher: AccountCipher; at: number }>();
  readonly masterKeys: MasterKeys;

  /**
   * `masterKey` is either the one current key, a list whose first entry is current and the
   * rest accepted for unwrapping, or a prepared MasterKeys.
   */
  constructor(
    private readonly db: Kysely<Database>,
    masterKey: Buffer | readonly Buffer[] | MasterKeys,
    private readonly maxCached = 10_000,
    /** How long an unwrapped key is kept without reading the account's wrapped key again. */
    private readonly maxAgeMs = 60_000,
  ) {
    if (masterKey instanceof MasterKeys) this.masterKeys = masterKey;
    else if (Buffer.isBuffer(masterKey)) this.masterKeys = new MasterKeys(masterKey);
    else {
      const [current, ...rest] = masterKey;
      if (!current) throw new Error("A keyring needs at least one master key.");
      this.masterKeys = new MasterKeys(current, rest);
    }
  }

  /** A fresh wrapped data key for a new account. */
  newWrappedKey(accountId: string): { wrapped: string; cipher: AccountCipher } {
    const key = newDataKey();
    const cipher = new AccountCipher(accountId, key);
    this.remember(cipher);
    return { wrapped: this.masterKeys.wrap(key, accountId), cipher };
  }

  async forAccount(accountId: string): Promise<AccountCipher> {
    const cached = this.cache.get(accountId);
    if (cached && Date.now() - cached.at < this.maxAgeMs) {
      // Refresh recency (not age): Map iteration order is insertion order.
      this.cache.delete(accountId);
      this.cache.set(accountId, cached);
      return cached.cipher;
    }
    this.cache.delete(accountId);
    const row = await this.db
      .selectFrom("accounts")
      .select("data_key")
      .where("id", "=", accountId)
      .executeTakeFirst();
    if (!row) throw new AccountNotFoundError();
    const cipher = new AccountCipher(accountId, this.masterKeys.unwrap(row.data_key, accountId));
    this.remember(cipher);
    return cipher;
  }

  forget(accountId: string): void {
    this.cache.delete(accountId);
  }

  private remember(cipher: AccountCipher): void {
    this.cache.set(cipher.accountId, { cipher, at: Date.now() });
    if (this.cache.size > this.maxCached) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }
}
