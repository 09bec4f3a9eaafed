/**
 * Request size and shape limits: oversized bodies, deeply nested JSON, unknown fields and
 * wrong types are refused with a clear 4xx, never a 5xx, and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BODY_LIMIT } from "../../src/server/app.js";
import { MAX_JSON_DEPTH, jsonNestingDepth } from "../../src/privacy/request-limits.js";
import { startTestApp, type TestApp } from "../app.js";
import { testDatabases } from "../databases.js";
import { rowCounts } from "./dump.js";
import { send } from "./walker.js";

describe("JSON nesting depth", () => {
  it("counts brackets outside strings only", () => {
    expect(jsonNestingDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonNestingDepth('{"a":"[[[[{{{{\\"[["}')).toBe(1);
    expect(jsonNestingDepth("[".repeat(50) + "]".repeat(50))).toBe(50);
  });
});

describe.each(testDatabases)("request limits on %s", (kind) => {
  let app: TestApp;
  let c: ReturnType<TestApp["client"]>;
  let conversation: string;
  beforeAll(async () => {
    app = await startTestApp(kind);
    c = app.client();
    await c.startAccount();
    conversation = (await send(c, "POST", "/api/conversations", {})).body.conversation.id;
  });
  afterAll(async () => app?.close());

  it("refuses a body over the size limit with 413 and writes nothing", async () => {
    const before = await rowCounts(app.ctx.db, kind);
    const res = await send(c, "POST", `/api/conversations/${conversation}/messages`, {
      text: "x".repeat(BODY_LIMIT + 10),
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("body_too_large");
    expect(await rowCounts(app.ctx.db, kind)).toEqual(before);
  });

  it("refuses deeply nested JSON with 400 before parsing it, on every route", async () => {
    const before = await rowCounts(app.ctx.db, kind);
    for (const depth of [MAX_JSON_DEPTH + 1, 1000, 30_000]) {
      const nested = `{"text":${"[".repeat(depth)}${"]".repeat(depth)}}`;
      for (const path of ["/api/accounts", `/api/conversations/${conversation}/messages`, "/api/account"]) {
        const res = await send(c, path === "/api/account" ? "PATCH" : "POST", path, nested);
        expect(res.status, `${path} at depth ${depth}`).toBe(400);
        expect(res.body.error.code).toBe("too_deeply_nested");
      }
    }
    expect(await rowCounts(app.ctx.db, kind)).toEqual(before);
    expect((await send(c, "GET", "/api/me")).status).toBe(200);
  });

  it("refuses unknown fields, wrong types, prototype keys and non-JSON bodies with 4xx", async () => {
    const before = await rowCounts(app.ctx.db, kind);
    const path = `/api/conversations/${conversation}/messages`;
    const cases: [unknown, Record<string, string>?][] = [
      [{ text: "hello", extra: 1 }],
      [{ text: 42 }],
      ['{"text":"hi","__proto__":{"admin":true}}'],
      ['{"text":"hi","constructor":{"prototype":{"admin":true}}}'],
      ["text=hello", { "content-type": "application/x-www-form-urlencoded" }],
      ["text=hello", { "content-type": "text/plain" }],
      ["{not json"],
    ];
    for (const [body, headers] of cases) {
      const res = await send(c, "POST", path, body, headers);
      expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.status, JSON.stringify(body)).toBeLessThan(500);
    }
    expect(await rowCounts(app.ctx.db, kind)).toEqual(before);
  });
});
