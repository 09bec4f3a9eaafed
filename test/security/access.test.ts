/**
 * Access to another account's objects: account A fills itself through every writing route;
 * account B then calls every route that takes an id in its path (every method, from the
 * OpenAPI document, so later routes are covered) with each of A's ids. Every answer must
 * be 404 (or 403): never a 2xx, never a 5xx, and A's rows must be exactly as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../app.js";
import { testDatabases } from "../databases.js";
import { dumpDatabase, ownedRows, productTables } from "./dump.js";
import {
  exampleFor,
  fillPath,
  listOperations,
  Plants,
  populate,
  send,
  settle,
  type Operation,
  type Populated,
} from "./walker.js";

describe.each(testDatabases)("other accounts' objects on %s", (kind) => {
  let app: TestApp;
  let ops: Operation[];
  let a: Populated;
  let aId: string;
  let b: ReturnType<TestApp["client"]>;
  let bFilled: Populated;

  beforeAll(async () => {
    app = await startTestApp(kind);
    const clientA = app.client();
    aId = (await clientA.startAccount({ country: "GB" })).account.id;
    ops = await listOperations(clientA);
    a = await populate(clientA, ops);
    b = app.client();
    await b.startAccount({ country: "GB" });
    bFilled = await populate(b, ops);
    await settle(app.ctx.db);
  }, 60_000);
  afterAll(async () => app?.close());

  /** A's own ids: those B has seen too (helpline ids on crisis cards, say) belong to nobody. */
  const onlyA = () => {
    const shared = new Set(bFilled.ids.all());
    return a.ids.all().filter((id) => !shared.has(id));
  };

  it("answers 404 or 403 on every route with an id, for every id another account owns, and changes nothing", async () => {
    const withIds = ops.filter((op) => op.params.length > 0);
    expect(withIds.length).toBeGreaterThan(3);
    const ids = onlyA();
    expect(ids.length).toBeGreaterThan(2);
    const tables = await productTables(app.ctx.db, kind);
    const ownedBefore = JSON.stringify([...ownedRows(await dumpDatabase(app.ctx.db, kind), tables, aId)]);
    const wrong: string[] = [];
    let calls = 0;
    for (const op of withIds) {
      for (const id of ids) {
        const values = Object.fromEntries(op.params.map((p) => [p, id]));
        // B's own ids for any other parameter would also be fair; A's id everywhere is the harder case.
        const body = op.body ? exampleFor(op.body, { ids: bFilled.ids, plants: new Plants() }) : undefined;
        const res = await send(b, op.method, fillPath(op, values), body);
        calls++;
        if (res.status !== 404 && res.status !== 403)
          wrong.push(`${op.method} ${op.path} [${id}]: ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(calls).toBeGreaterThan(10);
    await settle(app.ctx.db);
    const ownedAfter = JSON.stringify([...ownedRows(await dumpDatabase(app.ctx.db, kind), tables, aId)]);
    expect(ownedAfter === ownedBefore, "account A's rows changed").toBe(true);
    expect((await send(b, "GET", "/api/me")).status).toBe(200);
  });

  it("never lists another account's objects on collection routes", async () => {
    const lists = ops.filter((op) => op.method === "GET" && op.params.length === 0);
    const ids = onlyA();
    for (const op of lists) {
      if (op.path.includes("stream")) continue;
      const res = await send(b, "GET", op.path);
      const text = typeof res.body === "string" ? res.body : JSON.stringify(res.body);
      for (const id of ids) expect(text, `${op.path} shows A's ${id}`).not.toContain(id);
    }
  });
});
