/**
 * The "done when" of issue 8: a copy of the database and the logs, without the master key,
 * reveals no text anyone wrote. A full flow plants distinctive sentences through every
 * writing route (the OpenAPI document's, so later routes count too), from a distinctive
 * address and user agent, with logging at trace. Then the whole database (every table,
 * every column, as text), the database files on disk and the captured logs are searched:
 * no planted sentence, no account key, no session token, no master key or secret, and no
 * address or user agent may appear anywhere.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../../src/server/auth.js";
import { startTestApp, type TestApp } from "../app.js";
import { testDatabases } from "../databases.js";
import { dumpDatabase, dumpText } from "./dump.js";
import { listOperations, Plants, populate, send, settle } from "./walker.js";

const ADDRESS = "203.0.113.77";
const FORWARDED = `${ADDRESS}, 198.51.100.23`;
const AGENT = "ZetaProbeBrowser/9.9 (Pixel-Unusual; rv:77)";
const MASTER = "3c".repeat(32);
const SECRET = "a-very-distinctive-server-secret-0123456789";

describe.each(testDatabases)("nothing readable at rest or in logs on %s", (kind) => {
  let app: TestApp;
  const logs: string[] = [];
  const plants = new Plants();
  const secrets: { label: string; value: string }[] = [];
  let writes: string[] = [];

  beforeAll(async () => {
    app = await startTestApp(
      kind,
      {
        ASCLEPIAD_LOG_LEVEL: "trace",
        ASCLEPIAD_TRUST_PROXY: "true",
        ASCLEPIAD_MASTER_KEY: MASTER,
        ASCLEPIAD_SECRET: SECRET,
      },
      { logStream: { write: (line: string) => void logs.push(line) } },
    );
    const headers = { "x-forwarded-for": FORWARDED, "user-agent": AGENT, "x-real-ip": ADDRESS };
    const ops = await listOperations(app.client());
    for (let i = 0; i < 2; i++) {
      const c = app.client();
      const created = await send(c, "POST", "/api/accounts", { ageConfirmed: true, country: "GB" }, headers);
      expect(created.status).toBe(201);
      secrets.push({ label: "account key", value: created.body.accountKey });
      secrets.push({ label: "account key without dashes", value: created.body.accountKey.replace(/-/g, "") });
      secrets.push({ label: "session token", value: c.cookies.get(SESSION_COOKIE)! });
      const filled = await populate(c, ops, { plants, headers });
      writes = filled.outcomes.filter((o) => o.status < 300).map((o) => `${o.op.method} ${o.op.path}`);
      // Sign in again with the key (a key in a request body), read everything back, export.
      const signIn = await send(c, "POST", "/api/sessions", { accountKey: created.body.accountKey }, headers);
      expect(signIn.status).toBe(200);
      secrets.push({ label: "second session token", value: c.cookies.get(SESSION_COOKIE)! });
      for (const op of ops.filter((o) => o.method === "GET" && o.params.length === 0))
        await send(c, "GET", op.path, undefined, headers);
      expect((await send(c, "GET", "/api/account/export", undefined, headers)).status).toBe(200);
      const rotated = await send(c, "POST", "/api/account/key", undefined, headers);
      if (rotated.status === 200)
        secrets.push({ label: "rotated account key", value: rotated.body.accountKey });
    }
    // A failing request with a sentence in it must not echo it into the logs either.
    const probe = plants.next();
    await send(app.client(), "POST", "/api/sessions", { accountKey: probe }, headers);
    await send(
      app.client(),
      "POST",
      `/api/conversations/${encodeURIComponent(probe)}/messages`,
      { text: probe },
      headers,
    );
    await settle(app.ctx.db);
  }, 60_000);
  afterAll(async () => app?.close());

  const forbidden = () => [
    ...plants.markers.map((m) => ({ label: `planted sentence ${m}`, value: m })),
    ...secrets,
    { label: "master key", value: MASTER },
    { label: "server secret", value: SECRET },
    { label: "client address", value: ADDRESS },
    { label: "forwarded address", value: "198.51.100.23" },
    { label: "user agent", value: "ZetaProbeBrowser" },
  ];

  it("planted sentences through the writing routes", () => {
    expect(writes).toContain("POST /api/conversations/:id/messages");
    expect(plants.markers.length).toBeGreaterThan(5);
  });

  it("a dump of every table and column reveals none of it", async () => {
    const text = dumpText(await dumpDatabase(app.ctx.db, kind));
    const found = forbidden()
      .filter((f) => text.includes(f.value))
      .map((f) => f.label);
    expect(found).toEqual([]);
  });

  it.runIf(kind === "sqlite")(
    "the database files on disk (with the write-ahead log) reveal none of it",
    () => {
      const bytes = readdirSync(app.storage.dataDir)
        .map((name) => join(app.storage.dataDir, name))
        .filter((path) => statSync(path).isFile() && !path.endsWith(".key") && !path.endsWith("secret"))
        .map((path) => readFileSync(path).toString("latin1"))
        .join("\n");
      expect(bytes.length).toBeGreaterThan(1000);
      const found = forbidden()
        .filter((f) => f.label !== "master key" && f.label !== "server secret")
        .filter((f) => bytes.includes(f.value))
        .map((f) => f.label);
      expect(found).toEqual([]);
    },
  );

  it("the logs at trace level reveal none of it, and still say what happened", () => {
    const text = logs.join("");
    expect(text).toContain('"route":"/api/conversations/:id/messages"');
    const found = forbidden()
      .filter((f) => text.includes(f.value))
      .map((f) => f.label);
    expect(found).toEqual([]);
    expect(text).not.toMatch(/"(remoteAddress|ip|ips|hostname|user-agent|userAgent|cookie|authorization)"/i);
  });
});
