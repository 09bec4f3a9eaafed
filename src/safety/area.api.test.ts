import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/app.js";

describe("help that needs no login", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp("sqlite");
  });
  afterAll(async () => app?.close());

  it("serves /help as a complete HTML page with the UK's numbers and a country picker", async () => {
    const res = await app.client().get("/help?country=GB");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(res.body).toContain("116 123");
    expect(res.body).toContain("999");
    expect(res.body).toMatch(/<select[^>]+name="country"/);
    // No inline script: the only one is Quick exit's, from this origin, which the CSP allows.
    expect(res.body.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi)).toEqual([
      '<script src="/help.js" defer></script>',
    ]);
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(res.headers.get("content-security-policy")).not.toMatch(/unsafe-inline/);
  });

  it("serves Quick exit's script for /help as JavaScript, with no login", async () => {
    const res = await app.client().get("/help.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/javascript");
    expect(res.body).toContain("location.replace(");
  });

  it("lists every country in the picker", async () => {
    const res = await app.client().get("/help");
    for (const c of app.ctx.helplines.countries) expect(res.body).toContain(`value="${c.code}"`);
  });

  it("follows the signed-in person's country when none is picked", async () => {
    const c = app.client();
    await c.startAccount({ country: "AU" });
    expect((await c.get("/help")).body).toContain("13 11 14");
  });

  it("guesses the country from the browser's language, never the address, and new accounts start with it", async () => {
    const config = await app.client().get("/api/config", { "accept-language": "en-GB,en;q=0.8" });
    expect(config.body.defaultCountry).toBe("GB");
    expect(config.body.countries.length).toBeGreaterThanOrEqual(30);
    const res = await app
      .client()
      .post("/api/accounts", { ageConfirmed: true }, { "accept-language": "en-GB" });
    expect(res.body.account.country).toBe("GB");
    const chosen = await app
      .client()
      .post("/api/accounts", { ageConfirmed: true, country: "IE" }, { "accept-language": "en-GB" });
    expect(chosen.body.account.country).toBe("IE");
  });

  it("gives any client a country's helplines, and the international list for an unknown one", async () => {
    const us = await app.client().get("/api/helplines?country=US");
    expect(us.body.country.emergency).toContain("911");
    expect(JSON.stringify(us.body.services)).toContain("988");
    const unknown = await app.client().get("/api/helplines?country=ZZ");
    expect(unknown.status).toBe(200);
    expect(unknown.body.services.length).toBeGreaterThan(0);
    expect((await app.client().get("/api/helplines?country=<script>")).status).toBe(400);
  });
});
