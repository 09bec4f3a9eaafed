/**
 * Session fixation and theft: a token planted before sign-in is never adopted, sessions end
 * after idleness and at an absolute age, logging out everywhere ends every device, the
 * cookie cannot be read by scripts or sent cross-site, and only a hash of the token is
 * stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "../../src/accounts/sessions.js";
import { SESSION_COOKIE } from "../../src/server/auth.js";
import { startTestApp, type TestApp } from "../app.js";
import { testDatabases } from "../databases.js";
import { dumpDatabase, dumpText } from "./dump.js";
import { send } from "./walker.js";

describe.each(testDatabases)("sessions on %s", (kind) => {
  let app: TestApp;
  let clock = Date.UTC(2025, 0, 1);

  beforeAll(async () => {
    // Behind a (pretend) proxy, so the Secure cookie attribute can be checked over plain HTTP.
    app = await startTestApp(kind, { ASCLEPIAD_TRUST_PROXY: "true" }, { now: () => clock });
  });
  afterAll(async () => app?.close());

  const tokenOf = (c: ReturnType<TestApp["client"]>) => c.cookies.get(SESSION_COOKIE)!;

  it("issues a new token on sign-in and ends the one the browser had (no fixation)", async () => {
    const owner = app.client();
    const { accountKey } = await owner.startAccount();
    // An attacker starts their own session and plants its token in the victim's browser.
    const attacker = app.client();
    await attacker.startAccount();
    const planted = tokenOf(attacker);
    const victim = app.client();
    victim.cookies.set(SESSION_COOKIE, planted);
    const signIn = await send(victim, "POST", "/api/sessions", { accountKey });
    expect(signIn.status).toBe(200);
    expect(tokenOf(victim)).not.toBe(planted);
    // The planted token neither opens the victim's account nor survives.
    attacker.cookies.set(SESSION_COOKIE, planted);
    expect((await send(attacker, "GET", "/api/me")).status).toBe(401);
    // A made-up token planted before sign-in is not adopted either.
    const made = "A".repeat(43);
    const other = app.client();
    other.cookies.set(SESSION_COOKIE, made);
    await send(other, "POST", "/api/sessions", { accountKey });
    expect(tokenOf(other)).not.toBe(made);
  });

  it("sets the cookie HttpOnly, SameSite=Lax, path /, and Secure behind HTTPS", async () => {
    const res = await send(app.client(), "POST", "/api/accounts", { ageConfirmed: true });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    const secure = await send(
      app.client(),
      "POST",
      "/api/accounts",
      { ageConfirmed: true },
      { "x-forwarded-proto": "https" },
    );
    expect(secure.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))).toMatch(/Secure/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it("ends a session after it sits idle, and at its absolute age even when used", async () => {
    const idle = app.client();
    await idle.startAccount();
    clock += SESSION_IDLE_MS - 60_000;
    expect((await send(idle, "GET", "/api/me")).status).toBe(200);
    clock += SESSION_IDLE_MS + 1;
    expect((await send(idle, "GET", "/api/me")).status).toBe(401);

    const busy = app.client();
    await busy.startAccount();
    const start = clock;
    while (clock < start + SESSION_ABSOLUTE_MS - SESSION_IDLE_MS) {
      clock += SESSION_IDLE_MS / 2;
      expect((await send(busy, "GET", "/api/me")).status).toBe(200);
    }
    clock = start + SESSION_ABSOLUTE_MS + 1;
    expect((await send(busy, "GET", "/api/me")).status).toBe(401);
  });

  it("logs out every device at once, and logging out here ends only this device", async () => {
    const first = app.client();
    const { accountKey } = await first.startAccount();
    const second = app.client();
    const third = app.client();
    await send(second, "POST", "/api/sessions", { accountKey });
    await send(third, "POST", "/api/sessions", { accountKey });
    const stolen = tokenOf(third);
    expect((await send(third, "DELETE", "/api/sessions/current")).status).toBe(204);
    const thief = app.client();
    thief.cookies.set(SESSION_COOKIE, stolen);
    expect((await send(thief, "GET", "/api/me")).status).toBe(401);
    expect((await send(second, "GET", "/api/me")).status).toBe(200);

    const stolenSecond = tokenOf(second);
    expect((await send(first, "DELETE", "/api/sessions")).status).toBe(204);
    thief.cookies.set(SESSION_COOKIE, stolenSecond);
    expect((await send(thief, "GET", "/api/me")).status).toBe(401);
    expect((await send(second, "GET", "/api/me")).status).toBe(401);
  });

  it("stores only a hash of the token, so a copy of the database opens no session", async () => {
    const c = app.client();
    await c.startAccount();
    const token = tokenOf(c);
    expect(dumpText(await dumpDatabase(app.ctx.db, kind))).not.toContain(token);
  });
});
