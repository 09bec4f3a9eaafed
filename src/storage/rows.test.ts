/**
 * SELECTs on SQLite read their rows as arrays and make libsql's row objects themselves
 * (src/storage/db.ts): the rows must be exactly those libsql gives, for every kind of value,
 * for repeated column names, for no rows, and for `limit ?` read with `get` when it is 1.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "libsql";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStorage, type Storage } from "./db.js";

describe("rows read on SQLite", () => {
  let dir: string;
  let storage: Storage;
  let direct: InstanceType<typeof Sqlite>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "asclepiad-rows-"));
    storage = openStorage({ dataDir: dir });
    direct = new Sqlite(join(dir, "asclepiad.sqlite"));
    direct.exec("create table t (id integer primary key, a bigint, b text, c real, d blob, e integer)");
    const insert = direct.prepare("insert into t (a, b, c, d, e) values (?, ?, ?, ?, ?)");
    insert.run(1_733_000_000_000, "héllo ✓", 1.5, Buffer.from("hi"), null);
    insert.run(-7, "", 0, null, 3);
    insert.run(9_007_199_254_740_993n, "x".repeat(5_000), -2.25, Buffer.alloc(0), 0);
  });
  afterAll(async () => {
    direct.close();
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cases: [string, unknown[]][] = [
    ["select * from t order by id", []],
    ["select a, b, c, d, e, a as b from t where id > ? order by id", [0]],
    ["select count(*) as n, max(a) as m from t", []],
    ["select * from t where id = ?", [99]],
    ["select * from t where id >= ? order by id limit ?", [2, 1]],
    ["select * from t where id >= ? order by id limit ?", [1, 2]],
    // After an `all` of the same statement: `get` must not see that read (see db.ts).
    ["select * from t where id >= ? order by id limit ?", [99, 1]],
    ["select b from t order by id desc limit ?", [1]],
  ];

  it.each(cases)("%s gives libsql's rows", async (text, params) => {
    const expected = direct.prepare(text).all(...params);
    // Twice: the statement is prepared once and reused.
    for (let i = 0; i < 2; i++) {
      const got = await storage.db.executeQuery({ ...sql.raw(text).compile(storage.db), parameters: params });
      expect(got.rows).toEqual(expected);
      expect(got.rows.map((r) => Object.keys(r as object))).toEqual(
        expected.map((r) => Object.keys(r as object)),
      );
    }
  });

  it("gives BLOBs as ArrayBuffers, as libsql's object rows do", async () => {
    const got = await storage.db.executeQuery<{ d: unknown }>({
      ...sql.raw("select d from t where id = ?").compile(storage.db),
      parameters: [1],
    });
    expect(got.rows[0]!.d).toBeInstanceOf(ArrayBuffer);
    expect(Buffer.from(got.rows[0]!.d as ArrayBuffer).toString()).toBe("hi");
  });

  it("streams the same rows", async () => {
    const expected = direct.prepare("select * from t order by id").all();
    const got: unknown[] = [];
    for await (const r of storage.db
      .selectFrom("t" as never)
      .selectAll()
      .orderBy("id" as never)
      .stream())
      got.push(r);
    expect(got).toEqual(expected);
  });
});
