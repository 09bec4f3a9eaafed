// Safety in a real browser: a person in the UK who writes a clear risk message sees the crisis
// card with Samaritans, above a conversation that stays open; and /help works with no JavaScript.
import { describe, expect, it } from "vitest";
import { expectAccessible, expectNoProblems, useHarness } from "./harness.js";
import { eventually, openNewConversation, sendToMaia } from "./helpers.js";

const harness = useHarness();

describe("crisis support", () => {
  it("shows a UK account the crisis card with Samaritans 116 123, and the conversation carries on", async () => {
    const { page, context, problems } = await harness().openPage();
    await openNewConversation(page, context, "GB");
    await sendToMaia(page, "i want to kill myself tonight. i have the pills here");

    const card = page.getByRole("region", { name: /not alone|worried about/ });
    await card.waitFor({ timeout: 20_000 });
    await eventually(
      async () => (await card.innerText()).includes("Samaritans"),
      10_000,
      "Samaritans on the card",
    );
    const samaritans = card.getByRole("link", { name: "Call 116 123" });
    expect(await samaritans.getAttribute("href")).toBe("tel:116123");
    // At emergency level the emergency number comes before any helpline.
    const text = await card.innerText();
    expect(text.indexOf("999")).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("999")).toBeLessThan(text.indexOf("Samaritans"));
    // The country reads as English does: "for the United Kingdom", not "for United Kingdom".
    expect(text).toContain("These are for the United Kingdom.");

    // Focus stays in the message box below, so a screen reader is told the card is there.
    await eventually(
      async () =>
        (await page.locator('[aria-live="polite"][data-announces="crisis-card"]').innerText()) ===
        "The emergency number and helplines you can reach now are at the top of this conversation.",
      10_000,
      "the crisis card announced in its live region",
    );

    // The card never replaces the conversation: the message and the place to write are still there.
    await page.getByText("i want to kill myself tonight").waitFor();
    expect(await page.getByRole("textbox", { name: "Write to Maia" }).isEditable()).toBe(true);
    await expectAccessible(page, "a conversation with a crisis card");
    expectNoProblems(problems);
  });

  it("serves /help with JavaScript disabled, with Samaritans for the UK and a country picker", async () => {
    const { page, problems } = await harness().openPage({ javaScriptEnabled: false });
    await page.goto("/help?country=GB");
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    const body = await page.locator("body").innerText();
    expect(body).toContain("Samaritans");
    expect(body).toContain("116 123");
    expect(body).toMatch(/999/);

    const picker = page.getByRole("combobox", { name: "Country" });
    expect(await picker.count()).toBe(1);
    await picker.selectOption("US");
    await page.getByRole("button", { name: "Show helplines" }).click();
    await page.waitForURL(/country=US/);
    expect(await page.locator("body").innerText()).toContain("988");
    // axe itself needs JavaScript, so the help page's accessibility is checked in the foundation tests.
    expectNoProblems(problems);
  });

  it("keeps the crisis card readable and accessible in dark mode on a 360 px phone", async () => {
    const { page, context, problems } = await harness().openPage({
      colorScheme: "dark",
      viewport: { width: 360, height: 740 },
    });
    await openNewConversation(page, context, "GB");
    await sendToMaia(page, "i want to kill myself tonight");
    const card = page.getByRole("region", { name: /not alone|worried about/ });
    await card.waitFor({ timeout: 20_000 });
    const more = card.getByText(/More helplines/);
    if ((await more.count()) > 0) await more.click();
    await expectAccessible(page, "a crisis card in dark mode");
    // Nothing is wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expectNoProblems(problems);
  });
});
