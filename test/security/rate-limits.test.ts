/**
 * Rate limits with the product's own defaults: account creation, sign-in, sending and
 * voucher redemption each refuse a burst with 429 before it gets far.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/server/context.js";
import { startTestApp, type TestApp } from "../app.js";
import { testDatabases } from "../databases.js";
import { exampleFor, IdBook, listOperations, Plants, send } from "./walker.js";

describe.each(testDatabases)("rate limits on %s", (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    // Behind a (pretend) proxy: each test comes from its own address, so their limits are apart.
    app = await startTestApp(kind, { ASCLEPIAD_TRUST_PROXY: "true" }, { limits: { ...DEFAULT_LIMITS } });
  });
  afterAll(async () => app?.close());

  const from = (address: string) => ({ "x-forwarded-for": address });

  async function burst(n: number, call: () => Promise<{ status: number }>): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < n; i++) statuses.push((await call()).status);
    return statuses;
  }

  it("limits account creation", async () => {
    const c = app.client();
    const statuses = await burst(DEFAULT_LIMITS.accountCreationsPerHour + 1, () =>
      send(c, "POST", "/api/accounts", { ageConfirmed: true }, from("192.0.2.1")),
    );
    expect(statuses.slice(0, -1).every((s) => s === 201)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it("limits sign-in attempts, and then refuses even the right key", async () => {
    const owner = app.client();
    const { accountKey } = await import("../../src/accounts/accounts.js").then((m) =>
      m.createAccount(
        { db: app.ctx.db, keyring: app.ctx.keyring, secret: app.ctx.config.secret, trialDays: 7 },
        {},
      ),
    );
    const guesses = await burst(DEFAULT_LIMITS.signInAttemptsPer15Min, () =>
      send(owner, "POST", "/api/sessions", { accountKey: "AAAA-BBBB-CCCC-DDDD-EEEE" }, from("192.0.2.2")),
    );
    expect(guesses.every((s) => s === 401)).toBe(true);
    const right = await send(owner, "POST", "/api/sessions", { accountKey }, from("192.0.2.2"));
    expect(right.status).toBe(429);
    expect(right.body.error.code).toBe("too_many_attempts");
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("limits sending messages", async () => {
    {
      const c = app.client();
      expect((await send(c, "POST", "/api/accounts", { ageConfirmed: true }, from("192.0.2.3"))).status).toBe(
        201,
      );
      const conv = await send(c, "POST", "/api/conversations", {});
      const id = conv.body.conversation.id as string;
      const statuses = await burst(DEFAULT_LIMITS.messagesPerMinute + 1, () =>
        send(c, "POST", `/api/conversations/${id}/messages`, { text: "A short line." }),
      );
      expect(statuses).toContain(429);
      expect(statuses.filter((s) => s >= 200 && s < 300).length).toBeLessThanOrEqual(
        DEFAULT_LIMITS.messagesPerMinute,
      );
    }
  });

  it("limits voucher redemption (every route that redeems a voucher)", async () => {
    {
      const c = app.client();
      expect((await send(c, "POST", "/api/accounts", { ageConfirmed: true }, from("192.0.2.4"))).status).toBe(
        201,
      );
      const routes = (await listOperations(c)).filter(
        (op) => op.method === "POST" && /voucher|redeem/i.test(op.path),
      );
      expect(routes.length, "no voucher redemption route was found in the OpenAPI document").toBeGreaterThan(
        0,
      );
      for (const op of routes) {
        const body = op.body ? exampleFor(op.body, { ids: new IdBook(), plants: new Plants() }) : undefined;
        const statuses = await burst(60, () => send(c, "POST", op.path, body, from("192.0.2.4")));
        expect(statuses, `${op.path} never answered 429`).toContain(429);
        expect(statuses.some((s) => s >= 500)).toBe(false);
      }
    }
  });
});
