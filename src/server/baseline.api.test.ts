import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/app.js";

describe("the security and error baseline", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp("sqlite");
  });
  afterAll(async () => app?.close());

  const countAccounts = async () =>
    Number(
      (
        await app.ctx.db
          .selectFrom("accounts")
          .select((e) => e.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("answers malformed JSON with 400 malformed_json and writes nothing", async () => {
    const before = await countAccounts();
    const res = await app.client().post("/api/accounts", '{"ageConfirmed": tru');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("malformed_json");
    expect(await countAccounts()).toBe(before);
  });

  it("refuses wrong types and unknown fields, naming the field", async () => {
    const wrong = await app.client().post("/api/accounts", { ageConfirmed: "yes" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ code: "invalid_request", field: "ageConfirmed" });
    const unknown = await app.client().post("/api/accounts", { ageConfirmed: true, email: "a@b.c" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe("email");
  });

  it("refuses oversized bodies with 413", async () => {
    const res = await app.client().post("/api/sessions", { accountKey: "x".repeat(200 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("body_too_large");
  });

  it("refuses non-JSON bodies, so a plain HTML form cannot post", async () => {
    const res = await app
      .client()
      .post("/api/accounts", "ageConfirmed=true", { "content-type": "application/x-www-form-urlencoded" });
    expect(res.status).toBe(415);
  });

  it("refuses cookie-authenticated writes from another site", async () => {
    const c = app.client();
    await c.startAccount();
    const bySite = await c.post("/api/account/key", undefined, { "sec-fetch-site": "cross-site" });
    expect(bySite.status).toBe(403);
    expect(bySite.body.error.code).toBe("cross_site_request");
    const byOrigin = await c.delete("/api/account", undefined);
    expect(byOrigin.status).toBe(204);
    const c2 = app.client();
    await c2.startAccount();
    const evil = await c2.request("DELETE", "/api/account", undefined, { origin: "https://evil.example" });
    expect(evil.status).toBe(403);
    expect((await c2.get("/api/me")).status).toBe(200);
  });

  it("answers unknown API routes with a JSON 404", async () => {
    const res = await app.client().get("/api/nothing-here");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("route_not_found");
  });

  it("sends a strict Content-Security-Policy and the standard headers", async () => {
    const res = await app.client().get("/api/openapi.json");
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("serves the OpenAPI document listing the routes", async () => {
    const res = await app.client().get("/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(["/api/accounts", "/api/sessions", "/api/me"]),
    );
  });
});
