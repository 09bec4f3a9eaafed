// Nothing is deleted by one stray tap: deleting a mood check-in and clearing what Maia remembers
// ask first in the same dialog as the journal, the therapy log and conversations, "Keep it"
// keeps it, and focus lands somewhere sensible afterwards.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, expectNoProblems, startAccountByApi, useHarness } from "./harness.js";
import { openNewConversation } from "./helpers.js";

const harness = useHarness();

const focusedText = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? "");

describe("asking before deleting", () => {
  it("asks before deleting a mood check-in, keeps it on Keep it, and deletes it on confirming", async () => {
    const { page, context, problems } = await harness().openPage();
    await startAccountByApi(context);
    await context.request.post("/api/moods", { data: { rating: 4, feelings: [], note: "a heavy day" } });
    const deletes: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "DELETE") deletes.push(request.url());
    });

    await page.goto("/reflect/mood");
    await page.getByRole("heading", { level: 1, name: "Mood" }).waitFor();
    const table = page.getByRole("table", { name: "Your check-ins over the last 7 days" });
    await table.getByText("a heavy day").waitFor();

    await table.getByRole("button", { name: /^Delete check-in from / }).click();
    const dialog = page.getByRole("dialog", { name: "Delete this check-in?" });
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toMatch(/will be gone for good/);
    await expectAccessible(page, "the Mood page asking before deleting");
    await dialog.getByRole("button", { name: "Keep it" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(deletes).toEqual([]);
    await table.getByText("a heavy day").waitFor();

    // Escape closes the dialog the same way.
    await table.getByRole("button", { name: /^Delete check-in from / }).click();
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(deletes).toEqual([]);

    await table.getByRole("button", { name: /^Delete check-in from / }).click();
    await dialog.getByRole("button", { name: "Delete check-in" }).click();
    await page.getByRole("status").filter({ hasText: "Check-in deleted." }).waitFor();
    await page.getByText("No check-ins in the last 7 days. When you check in, it will show here.").waitFor();
    expect(deletes).toHaveLength(1);
    await expect.poll(() => focusedText(page)).toBe("Over time");
    await expectAccessible(page, "the Mood page after deleting a check-in");
    expectNoProblems(problems);
  });

  it("asks before clearing what Maia remembers", async () => {
    const { page, context, problems } = await harness().openPage();
    // A summary only exists after a long conversation; the server's answer stands in for one.
    let cleared = false;
    await page.route("**/api/conversations/*/memory", async (route) => {
      if (route.request().method() === "DELETE") {
        cleared = true;
        await route.fulfill({ status: 204 });
        return;
      }
      await route.fulfill({
        json: { summary: "Talked about the appointment on Thursday.", updatedAt: Date.now() },
      });
    });
    await openNewConversation(page, context);
    await page.getByText("What Maia remembers").click();
    await page.getByText("Talked about the appointment on Thursday.").waitFor();

    await page.getByRole("button", { name: "Clear", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Clear Maia's summary of this conversation?" });
    await dialog.waitFor();
    await expectAccessible(page, "the conversation asking before clearing Maia's summary");
    await dialog.getByRole("button", { name: "Keep it" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(cleared).toBe(false);
    await page.getByText("Talked about the appointment on Thursday.").waitFor();

    await page.getByRole("button", { name: "Clear", exact: true }).click();
    await dialog.getByRole("button", { name: "Clear it" }).click();
    await page.getByRole("status").filter({ hasText: "Maia no longer holds a summary" }).waitFor();
    expect(cleared).toBe(true);
    await expect.poll(() => focusedText(page)).toBe("What Maia remembers");
    expectNoProblems(problems);
  });
});
