/**
 * Property-based fuzzing of every route in the OpenAPI document: thousands of random and
 * malformed requests (methods, path parameters, query strings, bodies of every JSON shape,
 * wrong types, huge and deeply nested values, odd unicode, wrong content types, with and
 * without a session). The server must never answer 5xx, never stop answering, and a
 * request it refuses (4xx) must not have written anything (row counts of every table).
 */
import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../app.js";
import { testDatabases } from "../databases.js";
import { productTables } from "./dump.js";
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

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

describe.each(testDatabases)("fuzzing every route on %s", (kind) => {
  let app: TestApp;
  let ops: Operation[];
  let client: ReturnType<TestApp["client"]>;
  let filled: Populated;
  let countAll: () => Promise<string>;

  beforeAll(async () => {
    app = await startTestApp(kind);
    client = app.client();
    await client.startAccount({ country: "GB" });
    ops = await listOperations(client);
    filled = await populate(client, ops);
    await settle(app.ctx.db);
    const tables = (await productTables(app.ctx.db, kind)).map((t) => t.name);
    // One round trip for every table's row count.
    const query = sql.join(
      tables.map((t) => sql`select ${t} as t, count(*) as n from ${sql.table(t)}`),
      sql` union all `,
    );
    countAll = async () => {
      const r = await sql<{ t: string; n: number | string }>`${query}`.execute(app.ctx.db);
      return r.rows
        .map((row) => `${row.t}=${Number(row.n)}`)
        .sort()
        .join(",");
    };
  }, 60_000);
  afterAll(async () => app?.close());

  it(`survives ${RUNS} random and malformed requests: no 5xx, nothing written when refused`, async () => {
    const weird = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.constantFrom(
        "",
        " ",
        "\u0000",
        "\ud800",
        "'; drop table accounts; --",
        "../../etc/passwd",
        "%00",
        "😀".repeat(200),
        "a".repeat(5000),
      ),
    );
    const jsonish = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }),
      weird,
      fc.integer(),
      fc.double(),
      fc.constant(null),
    );
    const request = fc.record({
      op: fc.nat({ max: ops.length - 1 }),
      method: fc.option(fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"), {
        freq: 4,
      }),
      param: fc.oneof(fc.constantFrom(...(filled.ids.all().length ? filled.ids.all() : ["x"])), weird),
      query: fc.option(
        fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 }), { maxKeys: 3 }),
        { freq: 3 },
      ),
      body: fc.oneof(
        fc.constant<unknown>(undefined),
        fc.constant("valid"),
        fc.record({ field: fc.string({ maxLength: 16 }), value: jsonish }).map((m) => ({ mutate: m })),
        jsonish.map((v) => ({ raw: JSON.stringify(v) ?? "null" })),
        weird.map((v) => ({ raw: v })),
        fc.nat({ max: 200 }).map((d) => ({ raw: `{"a":${"[".repeat(d)}${"]".repeat(d)}}` })),
      ),
      contentType: fc.constantFrom(
        "application/json",
        "application/json",
        "application/json; charset=utf-8",
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/octet-stream",
        "",
      ),
      anonymous: fc.boolean(),
    });

    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const op = ops[r.op]!;
        const method = r.method ?? op.method;
        let path = fillPath(op, Object.fromEntries(op.params.map((p) => [p, r.param])));
        if (r.query) path += `?${new URLSearchParams(r.query).toString()}`;
        let body: string | undefined;
        if (r.body === "valid" || (r.body && typeof r.body === "object" && "mutate" in r.body)) {
          const valid = op.body ? exampleFor(op.body, { ids: filled.ids, plants: new Plants() }) : {};
          if (r.body !== "valid" && valid && typeof valid === "object") {
            const m = (r.body as { mutate: { field: string; value: unknown } }).mutate;
            const keys = Object.keys(valid);
            (valid as Record<string, unknown>)[
              keys.length && m.field.length % 2 ? keys[m.field.length % keys.length]! : m.field
            ] = m.value;
          }
          body = JSON.stringify(valid);
        } else if (r.body && typeof r.body === "object" && "raw" in r.body)
          body = (r.body as { raw: string }).raw;
        if (method === "GET" || method === "HEAD") body = undefined;
        const headers: Record<string, string> = {};
        if (body !== undefined && r.contentType) headers["content-type"] = r.contentType;
        const user = r.anonymous ? app.client() : client;

        const before = await countAll();
        const res = await send(user, method, path, body, headers, 10_000);
        expect(res.status, `${method} ${path} ${body?.slice(0, 200)}`).toBeLessThan(500);
        if (res.status >= 400) {
          refused++;
          expect(await countAll(), `${method} ${path} was refused (${res.status}) but wrote`).toBe(before);
        } else {
          accepted++;
          await settle(app.ctx.db);
          if ((await send(client, "GET", "/api/me")).status === 401) await client.startAccount();
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 100_000), verbose: 1 },
    );
    expect(refused).toBeGreaterThan(RUNS / 2);
    expect(accepted).toBeGreaterThan(0);
    expect((await send(app.client(), "GET", "/api/openapi.json")).status).toBe(200);
  }, 90_000);
});
