import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestStorage, testDatabases, type TestStorage } from "../../test/databases.js";
import { compiled } from "./compiled.js";

const insertAccount = compiled((db, id: string, country: string | null, now: number, trialEnds: number) =>
  db.insertInto("accounts").values({
    id,
    key_hash: id,
    data_key: "wrapped",
    created_at: now,
    trial_ends_at: trialEnds,
    country,
  }),
);

const country = compiled((db, id: string) =>
  db.selectFrom("accounts").select(["id", "country"]).where("id", "=", id).where("country", "is not", null),
);

const rename = compiled((db, id: string, to: string | null) =>
  db.updateTable("accounts").set({ country: to }).where("id", "=", id),
);

describe.each(testDatabases)("queries built once (%s)", (kind) => {
  let storage: TestStorage;
  beforeAll(async () => {
    storage = await openTestStorage(kind);
  });
  afterAll(() => storage.close());

  it("runs with each call's own values, in and out of transactions", async () => {
    const { db } = storage;
    await insertAccount(db, "a1", "GB", 1, 1001);
    await db.transaction().execute(async (tx) => {
      await insertAccount(tx, "a2", "FR", 2, 1002);
    });
    expect((await country(db, "a1")).rows).toEqual([{ id: "a1", country: "GB" }]);
    expect((await country(db, "a2")).rows).toEqual([{ id: "a2", country: "FR" }]);
    expect((await country(db, "nobody")).rows).toEqual([]);
  });

  it("binds null and reports the rows an update changed", async () => {
    const { db } = storage;
    expect(Number((await rename(db, "a1", null)).numAffectedRows)).toBe(1);
    expect(Number((await rename(db, "nobody", "DE")).numAffectedRows)).toBe(0);
    expect((await country(db, "a1")).rows).toEqual([]);
  });

  it("runs a statement made outside a transaction outside it, one made inside it within it", async () => {
    // On SQLite compiled statements run on the one connection directly (db.ts, runDirect): one
    // made outside must still wait for a transaction open on it to end, not join it.
    const { db } = storage;
    await insertAccount(db, "t1", "GB", 1, 1001);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const order: string[] = [];
    const rolledBack = db
      .transaction()
      .execute(async (tx) => {
        expect(Number((await rename(tx, "t1", "FR")).numAffectedRows)).toBe(1);
        expect((await country(tx, "t1")).rows).toEqual([{ id: "t1", country: "FR" }]);
        await held;
        order.push("transaction ends");
        throw new Error("roll it back");
      })
      .catch((err: Error) => err.message);
    await new Promise((r) => setTimeout(r, 20));
    const outside = rename(db, "t1", "DE").then((r) => {
      order.push("outside wrote");
      return Number(r.numAffectedRows);
    });
    await new Promise((r) => setTimeout(r, 20));
    release();
    expect(await rolledBack).toBe("roll it back");
    expect(await outside).toBe(1);
    expect(order).toEqual(["transaction ends", "outside wrote"]);
    // The outside write was not undone with the transaction it waited for.
    expect((await country(db, "t1")).rows).toEqual([{ id: "t1", country: "DE" }]);
  });

  it("refuses a statement once its database is closed, as Kysely does, rather than crash", async () => {
    const other = await openTestStorage(kind);
    await insertAccount(other.db, "c1", "GB", 1, 1001);
    await other.close();
    await expect(country(other.db, "c1")).rejects.toThrow(/destroyed/);
  });

  it("refuses an argument that does not end up as a value, or is worked on first", async () => {
    const unused = compiled((db, _id: string) => db.selectFrom("accounts").select("id"));
    await expect(unused(storage.db, "a1")).rejects.toThrow(/every argument/);
    const derived = compiled((db, id: string, now: number) =>
      db
        .selectFrom("accounts")
        .select("id")
        .where("id", "=", id)
        .where("trial_ends_at", ">", now + 1),
    );
    await expect(derived(storage.db, "a1", 5)).rejects.toThrow(/every argument/);
    const templated = compiled((db, id: string) =>
      db.selectFrom("accounts").select("id").where("id", "=", `x${id}`),
    );
    await expect(templated(storage.db, "a1")).rejects.toThrow(/every argument/);
  });
});
