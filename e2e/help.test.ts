// Quick exit on the server-rendered /help page, in a real browser: the first thing Tab reaches,
// it leaves the way the app's does (replacing this page in the history, so Back does not come
// back here), Escape twice leaves too, and with JavaScript off it still works as a plain link.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, expectNoProblems, useHarness } from "./harness.js";

const harness = useHarness();

const focusedName = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? "");

describe("Quick exit on /help", () => {
  it("is the first thing Tab reaches, and leaves without adding to the history", async () => {
    const { page, problems } = await harness().openPage();
    await page.goto("/help?country=GB");
    await page.getByRole("heading", { level: 1, name: "Get help now" }).waitFor();
    // The shortcut is mentioned once the script is running, and the page still passes axe.
    await page.getByText("Press Escape twice to leave this page quickly.").waitFor();
    await expectAccessible(page, "the help page with Quick exit's script running");
    expectNoProblems(problems);

    const before = await page.evaluate(() => history.length);
    await page.keyboard.press("Tab");
    await expect.poll(() => focusedName(page)).toBe("Quick exit");
    await page.keyboard.press("Enter");
    await page.waitForURL(harness().quickExitUrl);
    await page.getByRole("heading", { name: "Weather forecast" }).waitFor();
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  it("leaves when Escape is pressed twice within a second", async () => {
    const { page } = await harness().openPage();
    await page.goto("/help?country=GB");
    await page.getByRole("heading", { level: 1, name: "Get help now" }).waitFor();
    const before = await page.evaluate(() => history.length);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await page.waitForURL(harness().quickExitUrl);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  it("still works as a plain link with JavaScript off, and does not promise the shortcut", async () => {
    const { page, problems } = await harness().openPage({ javaScriptEnabled: false });
    await page.goto("/help?country=GB");
    await page.getByRole("heading", { level: 1, name: "Get help now" }).waitFor();
    expect(await page.getByText("Press Escape twice").isVisible()).toBe(false);
    const quickExit = page.getByRole("link", { name: "Quick exit" });
    expect(await quickExit.getAttribute("href")).toBe(harness().quickExitUrl);
    await quickExit.click();
    await page.waitForURL(harness().quickExitUrl);
    await page.getByRole("heading", { name: "Weather forecast" }).waitFor();
    expectNoProblems(problems);
  });
});
