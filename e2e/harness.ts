/**
 * End-to-end harness: Debian's Chromium driven by playwright-core, against the real server
 * started in-process on a fresh temporary data directory, plus a tiny local "neutral site" for
 * Quick exit to land on (the tests never reach the internet). Helpers check pages with axe
 * (WCAG 2.x A and AA) and collect CSP violations, uncaught errors and console errors.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "playwright-core";
import { afterAll, beforeAll } from "vitest";

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Where Chromium is; a clear, actionable failure (never a skip) when it is missing. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || "/usr/bin/chromium";
  if (!existsSync(path)) {
    throw new Error(
      `Chromium was not found at ${path}. The end-to-end tests need it: install it with ` +
        "`apt-get install -y chromium` (Debian/Ubuntu), or set CHROME_PATH to a Chromium or Chrome binary.",
    );
  }
  return path;
}

/** The server serves dist/web; build it once if nobody has yet (npm test builds it first). */
async function ensureWebBuilt(): Promise<void> {
  if (existsSync(join(root, "dist", "web", "index.html"))) return;
  const { build } = await import("vite");
  await build({ configFile: join(root, "vite.config.ts"), logLevel: "warn" });
}

interface Closeable {
  url: string;
  close(): Promise<void>;
}

/** A stand-in for the neutral site Quick exit goes to. */
async function startNeutralSite(): Promise<Closeable> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end("<!doctype html><html lang=en><title>Weather</title><h1>Weather forecast</h1></html>");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/weather`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  /** CSP violations, uncaught exceptions and console errors seen so far. */
  problems: string[];
}

export interface Harness {
  /** The app's base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Where Quick exit should land. */
  quickExitUrl: string;
  browser: Browser;
  /** A fresh browser context (own cookies and storage) with one page, watched for problems. */
  openPage(options?: BrowserContextOptions): Promise<OpenPage>;
  close(): Promise<void>;
}

/**
 * Starts Chromium, a neutral site and the Asclepiad server. `env` adds or overrides server
 * settings (e.g. a slow model provider for the streaming tests).
 */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const executablePath = chromiumPath();
  await ensureWebBuilt();
  const dataDir = await mkdtemp(join(tmpdir(), "asclepiad-e2e-"));
  const neutral = await startNeutralSite();
  const { startServer } = await import("../src/server/index.js");
  const contexts: BrowserContext[] = [];
  const cleanUp = async () => {
    await neutral.close();
    await rm(dataDir, { recursive: true, force: true });
  };
  let running: Closeable;
  try {
    running = await startServer({
      ASCLEPIAD_PORT: "0",
      ASCLEPIAD_HOST: "127.0.0.1",
      ASCLEPIAD_DATA_DIR: dataDir,
      ASCLEPIAD_LOG_LEVEL: "warn",
      ASCLEPIAD_QUICK_EXIT_URL: neutral.url,
      ...env,
    });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  let openBrowser: Browser;
  try {
    openBrowser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    await running.close();
    await cleanUp();
    throw error;
  }

  return {
    url: running.url,
    quickExitUrl: neutral.url,
    browser: openBrowser,
    async openPage(options = {}) {
      const context = await openBrowser.newContext({ baseURL: running.url, ...options });
      contexts.push(context);
      const page = await context.newPage();
      const problems = watchForProblems(page);
      return { page, context, problems };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await openBrowser.close();
      await running.close();
      await cleanUp();
    },
  };
}

/**
 * The harness a test file shares: started before its first test, closed after its last. Returns
 * a getter, as the harness exists only once the file's `beforeAll` has run. `env` may be a
 * function, read when the harness starts (after the hooks registered before this call, e.g. a
 * fake model server whose address goes into it; vitest runs `afterAll` hooks in reverse, so the
 * harness closes before them).
 */
export function useHarness(env: Record<string, string> | (() => Record<string, string>) = {}): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(typeof env === "function" ? env() : env);
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error("the end-to-end harness has not started");
    return harness;
  };
}

/**
 * Records what should never happen on our pages. The browser's own "Failed to load resource"
 * lines are left out: a 401 from /api/me when nobody is signed in is expected, not a fault.
 */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`Uncaught error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (text.startsWith("Failed to load resource")) return;
    problems.push(`Console error: ${text}`);
  });
  // Violations are also reported as events; record them even if the console wording changes.
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`);
    });
  });
  return problems;
}

/** Fails with a readable list when axe finds WCAG 2.x A/AA violations on the page as it is now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  if (results.violations.length === 0) return;
  const report = results.violations
    .map(
      (violation) =>
        `- ${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes
          .map((node) => `    ${node.target.join(" ")}: ${node.failureSummary ?? ""}`)
          .join("\n"),
    )
    .join("\n");
  throw new Error(`axe found accessibility problems on ${where}:\n${report}`);
}

/** Fails if the page logged CSP violations, uncaught errors or console errors. */
export function expectNoProblems(problems: string[]): void {
  if (problems.length > 0) throw new Error(`The page reported problems:\n${problems.join("\n")}`);
}

/** Creates an account straight through the API, sharing the context's cookies (a signed-in browser). */
export async function startAccountByApi(
  context: BrowserContext,
  country = "GB",
): Promise<{ accountKey: string }> {
  const response = await context.request.post("/api/accounts", { data: { ageConfirmed: true, country } });
  if (response.status() !== 201) {
    throw new Error(`Creating an account failed: ${response.status()} ${await response.text()}`);
  }
  return (await response.json()) as { accountKey: string };
}
