// The foundation journey in a real browser: start anonymously, keep the key, leave and come
// back with it; help and Quick exit on every page; and no accessibility violations on the way.
import { describe, expect, it } from "vitest";
import { expectAccessible, expectNoProblems, startAccountByApi, useHarness } from "./harness.js";

const harness = useHarness();

describe("foundation", () => {
  it("starts anonymously, keeps the key, logs out, and signs back in with the key typed with spaces", async () => {
    const { page, problems } = await harness().openPage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "A quiet place to reflect" }).waitFor();
    await expectAccessible(page, "the welcome page");

    // Starting without confirming age explains what is missing.
    await page.getByRole("button", { name: "Start anonymously" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/18 or older/);

    await page.getByRole("checkbox", { name: "I am 18 or older" }).check();
    await page.getByRole("combobox", { name: "Your country" }).selectOption("GB");
    await page.getByRole("button", { name: "Start anonymously" }).click();

    await page.getByRole("heading", { level: 1, name: "Save your account key" }).waitFor();
    const key = (
      await page.getByRole("figure", { name: "Your account key" }).locator("code").innerText()
    ).trim();
    expect(key.replace(/[^A-Za-z0-9]/g, "").length).toBeGreaterThanOrEqual(16);
    const proceed = page.getByRole("button", { name: "Continue" });
    expect(await proceed.isDisabled()).toBe(true);
    await expectAccessible(page, "the key page");
    await page.getByRole("checkbox", { name: "I have saved my key" }).check();
    await proceed.click();

    await page.getByRole("heading", { level: 1, name: "Your space" }).waitFor();
    await expectAccessible(page, "the home page");
    expect(
      await page.getByRole("banner").getByRole("link", { name: "Get help now" }).getAttribute("href"),
    ).toBe("/help?country=GB");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    await expectAccessible(page, "the settings page");
    // One pair of words throughout: "Sign in" on the way in, "Sign out" on the way out.
    await page.getByRole("button", { name: "Sign out", exact: true }).click();

    await page.getByRole("heading", { level: 1, name: "A quiet place to reflect" }).waitFor();
    await expect(page.getByRole("status").first().textContent()).resolves.toMatch(/signed out/);
    await page.getByRole("link", { name: "I have an account key" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in with your account key" }).waitFor();

    // A wrong key gets a plain explanation, not a code.
    await page.getByRole("textbox", { name: "Account key" }).fill("0000 0000 0000 0000 0000");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/doesn't match an account/);

    const spaced = key
      .replace(/[^A-Za-z0-9]/g, "")
      .toLowerCase()
      .replace(/(.{4})/g, "$1 ")
      .trim();
    await page.getByRole("textbox", { name: "Account key" }).fill(spaced);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Your space" }).waitFor();
    expectNoProblems(problems);
  });

  it("guesses the country from the browser's language, and Get help now opens that country's helplines", async () => {
    const { page, problems } = await harness().openPage({ locale: "en-GB" });
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "A quiet place to reflect" }).waitFor();
    await expect(
      page.getByRole("combobox", { name: "Your country" }).inputValue(),
      "the country select defaults to the server's guess",
    ).resolves.toBe("GB");
    await page.getByRole("banner").getByRole("link", { name: "Get help now" }).click();
    await page.waitForURL(/\/help\?country=GB$/);
    await page.getByText("116 123").first().waitFor();
    await expectAccessible(page, "the help page");
    expectNoProblems(problems);
  });

  it("Quick exit replaces the page and its history entry with the neutral site", async () => {
    const { page } = await harness().openPage();
    await page.goto("/");
    await page.getByRole("button", { name: "Quick exit" }).waitFor();
    const before = await page.evaluate(() => history.length);
    await page.getByRole("button", { name: "Quick exit" }).click();
    await page.waitForURL(harness().quickExitUrl);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.getByRole("heading", { name: "Weather forecast" }).waitFor();
  });

  it("pressing Escape twice within a second leaves for the neutral site", async () => {
    const { page } = await harness().openPage();
    await page.goto("/signin");
    await page.getByRole("heading", { level: 1, name: "Sign in with your account key" }).waitFor();
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await page.waitForURL(harness().quickExitUrl);
  });

  it("shows a plain 404 page for an address the app does not know", async () => {
    const { page, problems } = await harness().openPage();
    await page.goto("/no-such-place");
    await page.getByRole("heading", { level: 1, name: "We couldn't find that page" }).waitFor();
    await expectAccessible(page, "the 404 page");
    expectNoProblems(problems);
  });

  it("changes country, makes a new key that replaces the old, and deletes the account only after DELETE is typed", async () => {
    const { page, context, problems } = await harness().openPage();
    const { accountKey } = await startAccountByApi(context, "GB");
    await page.goto("/settings");
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();

    await page.getByRole("combobox", { name: "Country for helplines" }).selectOption("IE");
    await page.getByRole("button", { name: "Save country" }).click();
    await page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
    const help = page.getByRole("banner").getByRole("link", { name: "Get help now" });
    expect(await help.getAttribute("href")).toBe("/help?country=IE");

    await page.getByRole("button", { name: "Make a new key" }).click();
    const newKey = (
      await page.getByRole("figure", { name: "Your account key" }).locator("code").innerText()
    ).trim();
    expect(newKey).not.toBe(accountKey);
    await expectAccessible(page, "settings showing a new key");
    await page.getByRole("checkbox", { name: "I have saved my key" }).check();
    await page.getByRole("button", { name: "Done" }).click();
    await page.getByText("Your new key is in use").waitFor();
    const withOldKey = await context.request.post("/api/sessions", { data: { accountKey } });
    expect(withOldKey.status()).toBe(401);

    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.getByRole("alert").filter({ hasText: "type DELETE" }).waitFor();
    await page.getByRole("textbox", { name: "Type DELETE to confirm" }).fill("DELETE");
    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.getByRole("heading", { level: 1, name: "A quiet place to reflect" }).waitFor();
    await page.getByText("have been deleted").waitFor();
    const withNewKey = await context.request.post("/api/sessions", { data: { accountKey: newKey } });
    expect(withNewKey.status()).toBe(401);
    expectNoProblems(problems);
  });

  it("offers a skip link first, and moves focus to the main content with it", async () => {
    const { page } = await harness().openPage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "A quiet place to reflect" }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to main content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
  });
});
