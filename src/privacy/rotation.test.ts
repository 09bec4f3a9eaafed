import { afterEach, describe, expect, it } from "vitest";
import { openTestStorage, testDatabases, type TestStorage } from "../../test/databases.js";
import { createAccount } from "../accounts/accounts.js";
import { masterKeyId, unwrapDataKey, wrappedKeyId } from "./cipher.js";
import { Keyring, MasterKeys, UnknownMasterKeyError } from "./keyring.js";
import { countByMasterKey, rotateMasterKey } from "./rotation.js";
import { generateMasterKey, keysCommand } from "../cli/keys.js";

const K1 = Buffer.from("11".repeat(32), "hex");
const K2 = Buffer.from("22".repeat(32), "hex");

describe.each(testDatabases)("master-key rotation on %s", (kind) => {
  let storage: TestStorage | undefined;
  afterEach(async () => {
    await storage?.close();
    storage = undefined;
  });

  it("re-wraps every data key so old ciphertext reads under the new key and the old key no longer unwraps", async () => {
    storage = await openTestStorage(kind);
    const old = new Keyring(storage.db, K1);
    const sealed: { id: string; text: string; sealed: string }[] = [];
    for (let i = 0; i < 7; i++) {
      const { account } = await createAccount(
        { db: storage.db, keyring: old, secret: "s".repeat(32), trialDays: 7 },
        {},
      );
      const text = `sentence number ${i} that only this account wrote`;
      sealed.push({ id: account.id, text, sealed: (await old.forAccount(account.id)).encrypt(text) });
    }
    const report = await rotateMasterKey(storage.db, new MasterKeys(K1, [K2]), K2, { batchSize: 3 });
    expect(report).toMatchObject({ rewrapped: 7, alreadyCurrent: 0, skipped: 0, failed: [] });
    expect(await countByMasterKey(storage.db)).toEqual({ [masterKeyId(K2)]: 7 });

    const fresh = new Keyring(storage.db, K2);
    for (const s of sealed) expect((await fresh.forAccount(s.id)).decrypt(s.sealed)).toBe(s.text);
    const rows = await storage.db.selectFrom("accounts").select(["id", "data_key"]).execute();
    for (const row of rows) {
      expect(() => unwrapDataKey(K1, row.data_key, row.id)).toThrow();
      expect(wrappedKeyId(row.data_key)).toBe(masterKeyId(K2));
    }
    await expect(new Keyring(storage.db, K1).forAccount(rows[0]!.id)).rejects.toBeInstanceOf(
      UnknownMasterKeyError,
    );

    // Running it again is a no-op.
    const again = await rotateMasterKey(storage.db, new MasterKeys(K2), K2);
    expect(again).toMatchObject({ rewrapped: 0, alreadyCurrent: 7 });
  });

  it("reports accounts wrapped by a key it was not given, and leaves them untouched", async () => {
    storage = await openTestStorage(kind);
    const { account } = await createAccount(
      { db: storage.db, keyring: new Keyring(storage.db, K1), secret: "s".repeat(32), trialDays: 7 },
      {},
    );
    const before = await storage.db.selectFrom("accounts").select("data_key").executeTakeFirstOrThrow();
    const report = await rotateMasterKey(storage.db, new MasterKeys(K2), K2);
    expect(report.failed).toEqual([account.id]);
    const after = await storage.db.selectFrom("accounts").select("data_key").executeTakeFirstOrThrow();
    expect(after.data_key).toBe(before.data_key);
  });

  it("rotates through the CLI with ASCLEPIAD_MASTER_KEY_NEW, never printing a key", async () => {
    storage = await openTestStorage(kind);
    await createAccount(
      { db: storage.db, keyring: new Keyring(storage.db, K1), secret: "s".repeat(32), trialDays: 7 },
      {},
    );
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const env = {
      ASCLEPIAD_DATA_DIR: storage.dataDir,
      ASCLEPIAD_SECRET: "s".repeat(32),
      ASCLEPIAD_MASTER_KEY: K1.toString("hex"),
      ASCLEPIAD_MASTER_KEY_NEW: K2.toString("hex"),
      ...(kind === "postgres"
        ? { DATABASE_URL: `${process.env.TEST_DATABASE_URL}?options=-c%20search_path%3D${storage.pgSchema}` }
        : {}),
    };
    expect(await keysCommand(["rotate"], env, io)).toBe(0);
    expect(await countByMasterKey(storage.db)).toEqual({ [masterKeyId(K2)]: 1 });
    expect(lines.join("\n")).not.toContain(K1.toString("hex"));
    expect(lines.join("\n")).not.toContain(K2.toString("hex"));
  });
});

describe("keys generate", () => {
  it("prints 64 hex characters, different every time", async () => {
    const lines: string[] = [];
    expect(await keysCommand(["generate"], {}, { out: (l) => lines.push(l), err: () => {} })).toBe(0);
    expect(lines[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(generateMasterKey()).not.toBe(lines[0]);
  });
});
