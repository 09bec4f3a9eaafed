/**
 * Export and deletion are complete, on every table that exists. Two accounts are filled
 * through every writing route the OpenAPI document lists; one is exported and deleted. The
 * export must cover every table that holds the account's rows (through an exporter that
 * claims it), and after deletion no row anywhere may still reference the deleted account,
 * directly or through a row it owned, while the other account is untouched. Tables added
 * later are covered without editing this file; a table that must keep rows (say, payment
 * records the law requires, with no link to content) is listed below with its reason.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allExporters } from "../../src/privacy/export.js";
import { startTestApp, type TestApp } from "../app.js";
import { testDatabases } from "../databases.js";
import { dumpDatabase, ownedRows, productTables, rowKey, type TableInfo } from "./dump.js";
import { listOperations, populate, send, settle, type Operation, type Populated } from "./walker.js";

/** Tables allowed to keep rows of a deleted account, unlinked from it, and why. */
const KEPT_AFTER_DELETION: Record<string, string> = {
  vouchers:
    "A redeemed voucher stays redeemed so its code cannot be used twice; `redeemed_by` is set to null, so it no longer names the account.",
};

/** Tables with account rows that the export leaves out on purpose, and why. */
const NOT_EXPORTED: Record<string, string> = {};

describe.each(testDatabases)("export and deletion on %s", (kind) => {
  let app: TestApp;
  let ops: Operation[];
  const accounts: { id: string; filled: Populated; client: ReturnType<TestApp["client"]> }[] = [];

  beforeAll(async () => {
    app = await startTestApp(kind);
    ops = await listOperations(app.client());
    for (let i = 0; i < 2; i++) {
      const client = app.client();
      const { account } = await client.startAccount({ country: "GB" });
      const filled = await populate(client, ops);
      accounts.push({ id: account.id, filled, client });
    }
    await settle(app.ctx.db);
  }, 60_000);
  afterAll(async () => app?.close());

  it("fills both accounts through the writing routes (conversations and messages at least)", () => {
    const ok = accounts[0]!.filled.outcomes.filter((o) => o.status >= 200 && o.status < 300);
    const paths = ok.map((o) => `${o.op.method} ${o.op.path}`);
    expect(paths).toContain("POST /api/conversations");
    expect(paths).toContain("POST /api/conversations/:id/messages");
    expect(accounts[0]!.filled.plants.markers.length).toBeGreaterThan(2);
  });

  it("exports every table that holds the account's rows, and every planted sentence, decrypted", async () => {
    const [a] = accounts;
    const res = await send(a!.client, "GET", "/api/account/export");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="asclepiad-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.headers.get("cache-control")).toBe("no-store");
    const doc = res.body as Record<string, any>;
    expect(doc.format).toBe("asclepiad-export");
    expect(doc.version).toBe(1);
    expect(doc.account.id).toBe(a!.id);
    expect(JSON.stringify(doc)).not.toMatch(/key_hash|keyHash|data_key|dataKey/);
    const text = JSON.stringify(doc);
    // Every planted sentence that reached a stored field comes back in the export.
    const stored = await storedMarkers(a!.filled.plants.markers);
    for (const marker of stored) expect(text, `marker ${marker} missing from export`).toContain(marker);

    const tables = await productTables(app.ctx.db, kind);
    const owned = ownedRows(await dumpDatabase(app.ctx.db, kind), tables, a!.id);
    const claimed = new Set(allExporters(app.ctx.exporters).flatMap((e) => e.tables));
    const unclaimed = [...owned.keys()].filter((t) => !claimed.has(t) && !(t in NOT_EXPORTED));
    expect(unclaimed, "tables holding account rows that no exporter claims").toEqual([]);

    const md = await send(a!.client, "GET", "/api/account/export?format=markdown");
    expect(md.status).toBe(200);
    expect(md.headers.get("content-type")).toMatch(/^text\/markdown/);
    expect(md.headers.get("content-disposition")).toMatch(
      /^attachment; filename="asclepiad-\d{4}-\d{2}-\d{2}\.md"$/,
    );
    expect(md.body).toMatch(/^# Everything Asclepiad holds about you/);
    for (const marker of stored) expect(md.body).toContain(marker);
  });

  /** Markers planted into fields the server kept: found in the owner's own export or reads. */
  async function storedMarkers(markers: string[]): Promise<string[]> {
    const doc = await send(accounts[0]!.client, "GET", "/api/account/export");
    const text = JSON.stringify(doc.body);
    return markers.filter((m) => text.includes(m));
  }

  it("refuses the export without a session", async () => {
    const res = await send(app.client(), "GET", "/api/account/export");
    expect(res.status).toBe(401);
  });

  it("deletes every row that references the account, on every table, and leaves the other account intact", async () => {
    const [a, b] = accounts;
    const tables = await productTables(app.ctx.db, kind);
    const info = new Map<string, TableInfo>(tables.map((t) => [t.name, t]));
    const before = await dumpDatabase(app.ctx.db, kind);
    const ownedA = ownedRows(before, tables, a!.id);
    const ownedB = ownedRows(before, tables, b!.id);
    expect(ownedA.size).toBeGreaterThan(3);

    const cookies = new Map(a!.client.cookies);
    const res = await send(a!.client, "DELETE", "/api/account");
    expect(res.status).toBe(204);
    await settle(app.ctx.db);
    const after = await dumpDatabase(app.ctx.db, kind);

    // The account id appears nowhere, in any column of any table.
    const leftovers: string[] = [];
    for (const [table, rows] of after)
      for (const row of rows)
        for (const [col, v] of Object.entries(row))
          if (v !== null && v.includes(a!.id)) leftovers.push(`${table}.${col}`);
    expect(leftovers, "cells that still name the deleted account").toEqual([]);

    // No row the account owned survives, unless its table is allowed to keep it (unlinked).
    for (const [table, rows] of ownedA) {
      if (table in KEPT_AFTER_DELETION) continue;
      const remaining = new Set((after.get(table) ?? []).map((r) => rowKey(info.get(table), r)));
      const survivors = rows.filter((r) => remaining.has(rowKey(info.get(table), r)));
      expect(survivors, `rows of the deleted account still in ${table}`).toEqual([]);
    }

    // The other account's rows are all still there.
    for (const [table, rows] of ownedB) {
      if (table === "sessions" || table === "reply_jobs") continue;
      const remaining = new Set((after.get(table) ?? []).map((r) => rowKey(info.get(table), r)));
      const lost = rows.filter((r) => !remaining.has(rowKey(info.get(table), r)));
      expect(lost, `rows of the other account lost from ${table}`).toEqual([]);
    }
    const me = await send(b!.client, "GET", "/api/me");
    expect(me.status).toBe(200);
    const exportB = await send(b!.client, "GET", "/api/account/export");
    expect(exportB.status).toBe(200);

    // The deleted account's session no longer opens anything.
    a!.client.cookies = cookies;
    expect((await send(a!.client, "GET", "/api/me")).status).toBe(401);
  });

  it("lists a reason for every table allowed to keep rows or skip the export", () => {
    for (const reason of [...Object.values(KEPT_AFTER_DELETION), ...Object.values(NOT_EXPORTED)])
      expect(reason.length).toBeGreaterThan(20);
  });
});
