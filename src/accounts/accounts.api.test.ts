import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/app.js";
import { testDatabases } from "../../test/databases.js";

describe.each(testDatabases)("anonymous accounts on %s", (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind);
  });
  afterAll(async () => app?.close());

  it("starts an account with one request and returns a writable-down key, once", async () => {
    const c = app.client();
    const res = await c.post("/api/accounts", { ageConfirmed: true });
    expect(res.status).toBe(201);
    expect(res.body.accountKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    expect(res.body.account.trialEndsAt - res.body.account.createdAt).toBe(7 * 86_400_000);
    const setCookie = res.headers.getSetCookie().join(";");
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const me = await c.get("/api/me");
    expect(me.status).toBe(200);
    expect(me.body.account.id).toBe(res.body.account.id);
    expect(JSON.stringify(me.body)).not.toContain(res.body.accountKey);
  });

  it("refuses to start without the age confirmation and writes nothing", async () => {
    const before = await app.ctx.db
      .selectFrom("accounts")
      .select((e) => e.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    const res = await app.client().post("/api/accounts", { ageConfirmed: false });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("age_not_confirmed");
    const missing = await app.client().post("/api/accounts", {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe("ageConfirmed");
    const after = await app.ctx.db
      .selectFrom("accounts")
      .select((e) => e.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("stores the key only as a keyed hash", async () => {
    const { accountKey, account } = await app.client().startAccount();
    const row = await app.ctx.db
      .selectFrom("accounts")
      .selectAll()
      .where("id", "=", account.id)
      .executeTakeFirstOrThrow();
    const compact = accountKey.replace(/-/g, "");
    expect(JSON.stringify(row)).not.toContain(compact);
    expect(JSON.stringify(row)).not.toContain(accountKey);
  });

  it("signs in with a typed key, forgiving spaces, dashes and case", async () => {
    const { accountKey, account } = await app.client().startAccount();
    const typed = accountKey
      .toLowerCase()
      .replace(/-/g, " ")
      .replace(/(.)(.)/, "$1 $2");
    const c = app.client();
    const res = await c.post("/api/sessions", { accountKey: `  ${typed} ` });
    expect(res.status).toBe(200);
    expect(res.body.account.id).toBe(account.id);
    expect((await c.get("/api/me")).status).toBe(200);
  });

  it("tells a wrong key from a half key", async () => {
    const { accountKey } = await app.client().startAccount();
    const wrong = (accountKey[0] === "A" ? "B" : "A") + accountKey.slice(1);
    const res = await app.client().post("/api/sessions", { accountKey: wrong });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("invalid_account_key");
    const half = await app.client().post("/api/sessions", { accountKey: accountKey.slice(0, 12) });
    expect(half.status).toBe(400);
    expect(half.body.error.code).toBe("malformed_account_key");
  });

  it("logs out here, and everywhere", async () => {
    const { accountKey } = await app.client().startAccount();
    const a = app.client();
    const b = app.client();
    await a.post("/api/sessions", { accountKey });
    await b.post("/api/sessions", { accountKey });
    expect((await a.delete("/api/sessions/current")).status).toBe(204);
    expect((await a.get("/api/me")).status).toBe(401);
    expect((await b.get("/api/me")).status).toBe(200);
    const c = app.client();
    await c.post("/api/sessions", { accountKey });
    expect((await c.delete("/api/sessions")).status).toBe(204);
    expect((await b.get("/api/me")).status).toBe(401);
  });

  it("rotates the key: the new one works and the old one stops", async () => {
    const c = app.client();
    const { accountKey: oldKey } = await c.startAccount();
    const res = await c.post("/api/account/key");
    expect(res.status).toBe(200);
    expect(res.body.accountKey).not.toBe(oldKey);
    expect((await app.client().post("/api/sessions", { accountKey: oldKey })).status).toBe(401);
    expect((await app.client().post("/api/sessions", { accountKey: res.body.accountKey })).status).toBe(200);
  });

  it("deletes the account and everything it owns", async () => {
    const c = app.client();
    const { accountKey, account } = await c.startAccount();
    expect((await c.delete("/api/account")).status).toBe(204);
    expect((await c.get("/api/me")).status).toBe(401);
    expect((await app.client().post("/api/sessions", { accountKey })).status).toBe(401);
    const sessions = await app.ctx.db
      .selectFrom("sessions")
      .selectAll()
      .where("account_id", "=", account.id)
      .execute();
    expect(sessions).toHaveLength(0);
  });

  it("changes the country and validates it", async () => {
    const c = app.client();
    await c.startAccount({ country: "GB" });
    expect((await c.patch("/api/account", { country: "IE" })).body.account.country).toBe("IE");
    const bad = await c.patch("/api/account", { country: "ireland" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_request");
  });

  it("rejects a missing or forged session cookie", async () => {
    const c = app.client();
    expect((await c.get("/api/me")).body.error.code).toBe("not_signed_in");
    c.cookies.set("asclepiad_session", "forged-value");
    expect((await c.get("/api/me")).status).toBe(401);
    c.cookies.set("asclepiad_session", "A".repeat(43));
    expect((await c.get("/api/me")).status).toBe(401);
  });

  it("ends a planted session when someone signs in (no session fixation)", async () => {
    const { accountKey } = await app.client().startAccount();
    const attacker = app.client();
    await attacker.startAccount();
    const planted = attacker.cookies.get("asclepiad_session")!;
    const victim = app.client();
    victim.cookies.set("asclepiad_session", planted);
    await victim.post("/api/sessions", { accountKey });
    expect(victim.cookies.get("asclepiad_session")).not.toBe(planted);
    expect((await attacker.get("/api/me")).status).toBe(401);
  });
});

describe("sign-in attempts are limited", () => {
  it("answers 429 with Retry-After after repeated failures", async () => {
    const app = await startTestApp("sqlite", {}, { limits: { signInAttemptsPer15Min: 3 } });
    try {
      const c = app.client();
      const key = "0000-0000-0000-0000-0000";
      for (let i = 0; i < 3; i++)
        expect((await c.post("/api/sessions", { accountKey: key })).status).toBe(401);
      const res = await c.post("/api/sessions", { accountKey: key });
      expect(res.status).toBe(429);
      expect(res.body.error.code).toBe("too_many_attempts");
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });
});
