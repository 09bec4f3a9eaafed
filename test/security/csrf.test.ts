/**
 * Cross-site request forgery: every route that writes (every non-GET operation in the
 * OpenAPI document, so routes added later are covered) refuses a request the browser marks
 * as cross-site, or that carries another site's Origin, with 403, and nothing in the
 * database changes. The requests carry a real session cookie, as a forged one would.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../app.js";
import { testDatabases } from "../databases.js";
import { dumpDatabase, dumpText } from "./dump.js";
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

describe.each(testDatabases)("cross-site writes on %s", (kind) => {
  let app: TestApp;
  let ops: Operation[];
  let client: ReturnType<TestApp["client"]>;
  let filled: Populated;

  beforeAll(async () => {
    app = await startTestApp(kind);
    client = app.client();
    await client.startAccount({ country: "GB" });
    ops = await listOperations(client);
    filled = await populate(client, ops);
    await settle(app.ctx.db);
  }, 60_000);
  afterAll(async () => app?.close());

  const forgeries: [string, Record<string, string>][] = [
    ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
    ["Sec-Fetch-Site: same-site", { "sec-fetch-site": "same-site" }],
    ["a foreign Origin", { origin: "https://evil.example" }],
    ["Origin: null", { origin: "null" }],
  ];

  it("refuses every non-GET route from another site with 403, and writes nothing", async () => {
    const writes = ops.filter((op) => op.method !== "GET");
    expect(writes.length).toBeGreaterThan(5);
    const before = dumpText(await dumpDatabase(app.ctx.db, kind));
    const wrong: string[] = [];
    for (const op of writes) {
      const ids = filled.ids;
      const values = Object.fromEntries(op.params.map((p) => [p, ids.candidates(p)[0] ?? "x"]));
      const body = op.body ? exampleFor(op.body, { ids, plants: new Plants() }) : undefined;
      for (const [label, headers] of forgeries) {
        const res = await send(client, op.method, fillPath(op, values), body, headers);
        if (res.status !== 403 || res.body?.error?.code !== "cross_site_request")
          wrong.push(`${op.method} ${op.path} with ${label}: ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
    await settle(app.ctx.db);
    expect(dumpText(await dumpDatabase(app.ctx.db, kind)) === before, "the database changed").toBe(true);
    // The session survived: a forged logout did not log the person out.
    expect((await send(client, "GET", "/api/me")).status).toBe(200);
  });

  it("still accepts the same writes from the app's own pages", async () => {
    const res = await send(
      client,
      "POST",
      "/api/conversations",
      {},
      { "sec-fetch-site": "same-origin", origin: app.url },
    );
    expect(res.status).toBe(201);
  });
});
