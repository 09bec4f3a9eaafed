/**
 * A strict Content Security Policy, verified in a real browser: every page of the app (read
 * from the web app's own route table, so new pages are covered), signed out and signed in,
 * plus the server-rendered help page, is visited in Chromium. No page may report a
 * `securitypolicyviolation` event or a CSP error on the console, and every document must be
 * served with the strict policy (no inline script or style, nothing from another origin).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { startAccountByApi, useHarness } from "./harness.js";

const routeTable = readFileSync(new URL("../web/src/routes.tsx", import.meta.url), "utf8");
const APP_PATHS = [...routeTable.matchAll(/path:\s*"(\/[^"]*)"/g)].map((m) => m[1]!);

describe("Content Security Policy in the browser", () => {
  const harness = useHarness();

  it("finds the app's pages in its route table", () => {
    expect(APP_PATHS).toContain("/settings");
    expect(APP_PATHS.length).toBeGreaterThan(5);
  });

  it("visits every page with no CSP violation, and serves each with the strict policy", async () => {
    const { page, context, problems } = await harness().openPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const consoleCsp: string[] = [];
    page.on("console", (m) => {
      if (/content security policy|refused to (load|execute|apply)/i.test(m.text()))
        consoleCsp.push(m.text());
    });

    const visit = async (path: string) => {
      const response = await page.goto(path, { waitUntil: "networkidle" });
      const policy = response?.headers()["content-security-policy"] ?? "";
      expect(policy, `${path} has no CSP header`).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
      await page.waitForTimeout(150);
      const violations = await page.evaluate(
        () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
      );
      expect(violations, `CSP violations on ${path}`).toEqual([]);
    };

    // Signed out: the public pages and the server-rendered help page.
    for (const path of ["/", "/signin", "/key", "/help"]) await visit(path);

    // Signed in, with something in it so the thread page has a real id.
    await startAccountByApi(context);
    const created = await context.request.post("/api/conversations", { data: {} });
    const conversationId = ((await created.json()) as { conversation: { id: string } }).conversation.id;
    await context.request.post(`/api/conversations/${conversationId}/messages`, {
      data: { text: "Writing something so the thread has a reply to stream." },
    });
    for (const path of APP_PATHS) await visit(path.replace(/:id\b/, conversationId));

    expect(consoleCsp).toEqual([]);
    expect(problems.filter((p) => /CSP|Content Security Policy/i.test(p))).toEqual([]);
  });
});
