// The reflection tools in a real browser: a mood check-in shows on the chart and in the
// table; three logged sessions bring an insight; a Take it to therapy page holds what was
// chosen; and every new page passes axe.
import { describe, expect, it } from "vitest";
import { expectAccessible, expectNoProblems, startAccountByApi, useHarness } from "./harness.js";

const harness = useHarness();

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe("reflection tools", () => {
  it("logs a mood check-in and shows it on the chart and in the table", async () => {
    const { page, context, problems } = await harness().openPage();
    await startAccountByApi(context);
    await page.goto("/home");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reflect" }).click();
    await page.getByRole("heading", { level: 1, name: "Reflect" }).waitFor();
    await expectAccessible(page, "the Reflect page");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reflect" }).waitFor();
    await page.getByRole("link", { name: /^Mood/ }).first().click();
    await page.getByRole("heading", { level: 1, name: "Mood" }).waitFor();
    await expectAccessible(page, "the Mood page");

    await page.getByRole("radio", { name: "7", exact: true }).check();
    await page.getByText("Uneasy and afraid").click();
    await page.getByRole("checkbox", { name: "anxious" }).check();
    await page.getByRole("textbox", { name: "A note (optional)" }).fill("before the appointment");
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByRole("status").filter({ hasText: "Check-in saved." }).waitFor();

    const chart = page.getByRole("img", { name: /Mood over the last 7 days/ });
    await chart.waitFor();
    await expect(chart.locator("circle.mood-point").count()).resolves.toBe(1);
    await expect(chart.locator("circle.mood-point").getAttribute("data-rating")).resolves.toBe("7");
    const table = page.getByRole("table", { name: "Your check-ins over the last 7 days" });
    await expect(table.getByRole("row").nth(1).innerText()).resolves.toMatch(
      /7 out of 10[\s\S]*anxious[\s\S]*before the appointment/,
    );
    await expectAccessible(page, "the Mood page with a check-in");
    expectNoProblems(problems);
  });

  it("logs three sessions and sees an insight appear, linked to them", async () => {
    const { page, context, problems } = await harness().openPage();
    await startAccountByApi(context);
    await page.goto("/reflect/therapy");
    await page.getByRole("heading", { level: 1, name: "Therapy log" }).waitFor();
    await expectAccessible(page, "the Therapy log page");
    for (const [date, what] of [
      [daysAgo(21), "Cancelled"],
      [daysAgo(14), "Went ahead"],
      [daysAgo(7), "Rescheduled"],
    ] as const) {
      await page.getByLabel("Date of the session").fill(date);
      await page.getByRole("combobox", { name: "What happened" }).selectOption({ label: what });
      await page.getByRole("button", { name: "Save session" }).click();
      await page.getByRole("heading", { level: 3, name: new RegExp(what) }).waitFor();
    }
    await page
      .getByRole("navigation", { name: "Reflection tools" })
      .getByRole("link", { name: "Insights" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Insights" }).waitFor();
    const insight = page.getByRole("article", {
      name: /2 of your last 3 sessions didn't go ahead as planned/,
    });
    await insight.waitFor();
    await expect(insight.getByRole("link").count()).resolves.toBe(2);
    await expectAccessible(page, "the Insights page");
    await insight.getByRole("button", { name: "Dismiss this insight" }).click();
    await page.getByRole("button", { name: "Show 1 dismissed insight again" }).waitFor();
    expectNoProblems(problems);
  });

  it("reminds gently on the home page when goals are due for another look, with a link to them", async () => {
    const { page, context, problems } = await harness().openPage();
    await startAccountByApi(context);
    await context.request.post("/api/goals", { data: { text: "Say when I feel stuck" } });
    await page.goto("/home");
    await page.getByRole("heading", { level: 1, name: "Your space" }).waitFor();
    // A new goal is not due yet: no reminder.
    await page.getByRole("link", { name: "Reflect" }).first().waitFor();
    await expect(page.getByRole("link", { name: "look at your goals again" }).count()).resolves.toBe(0);

    // Weeks later (the server's answer stands in for the passing time), the reminder shows.
    await page.route("**/api/goals", async (route) => {
      const response = await route.fetch();
      const view = (await response.json()) as { goals: { id: string }[] };
      await route.fulfill({ response, json: { ...view, revisitDue: view.goals.map((g) => g.id) } });
    });
    await page.reload();
    const link = page.getByRole("link", { name: "look at your goals again" });
    await link.waitFor();
    await expect(
      page.getByText(/It's been a few weeks since you last looked at your goals/).count(),
    ).resolves.toBe(1);
    await expectAccessible(page, "the home page with the goals reminder");
    await link.click();
    await page.getByRole("heading", { level: 1, name: "Goals" }).waitFor();
    expectNoProblems(problems);
  });

  it("builds a Take it to therapy page with what was chosen, and passes axe on the other pages", async () => {
    const { page, context, problems } = await harness().openPage();
    await startAccountByApi(context);
    await context.request.post("/api/goals", { data: { text: "Say when I feel stuck" } });
    await context.request.put("/api/goals/why-i-started", { data: { text: "I want to feel things again" } });
    await context.request.post("/api/therapy/sessions", {
      data: { date: daysAgo(3), attendance: "kept", unsaid: "that I nearly didn't come" },
    });

    for (const [path, heading] of [
      ["/reflect/journal", "Journal"],
      ["/reflect/checks", "Self-checks"],
      ["/reflect/goals", "Goals"],
    ] as const) {
      await page.goto(path);
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      await expectAccessible(page, `the ${heading} page`);
    }

    await page.goto("/reflect/take-it-to-therapy");
    await page.getByRole("heading", { level: 1, name: "Take it to therapy" }).waitFor();
    await expectAccessible(page, "the Take it to therapy page");
    await page.getByRole("checkbox", { name: /Things I noted as left unsaid/ }).check();
    await page.getByRole("checkbox", { name: /My mood over the last month/ }).uncheck();
    await page.getByRole("textbox", { name: /Things I want to say/ }).fill("I'd like to slow down");
    await page.getByRole("button", { name: "Build my page" }).click();

    const summary = page.getByRole("region", { name: /For my next session/ });
    await summary.waitFor();
    const text = await summary.innerText();
    expect(text).toMatch(/I've been reflecting on how our sessions are going/);
    expect(text).toContain("Why I started: I want to feel things again");
    expect(text).toContain("Say when I feel stuck");
    expect(text).toContain("that I nearly didn't come");
    expect(text).toContain("I'd like to slow down");
    expect(text).not.toContain("My mood");
    await summary.getByRole("button", { name: "Print or save as PDF" }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      summary.getByRole("button", { name: "Download as Markdown" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("take-it-to-therapy.md");
    await expectAccessible(page, "the Take it to therapy page with a summary");
    expectNoProblems(problems);
  });

  it("offers a way back to all journal entries when a search finds nothing", async () => {
    const { page, context, problems } = await harness().openPage();
    await startAccountByApi(context);
    await page.goto("/reflect/journal");
    await page.getByRole("textbox", { name: "Your entry" }).fill("A quiet morning with tea.");
    await page.getByRole("button", { name: "Save entry" }).click();
    await page.getByText("A quiet morning with tea.", { exact: true }).waitFor();

    const search = page.getByRole("searchbox", { name: "Search your journal" });
    await search.fill("zebra");
    await search.press("Enter");
    await page.getByRole("status").filter({ hasText: "0 entries with “zebra”." }).waitFor();
    await expectAccessible(page, "the journal with a search that found nothing");

    await page.getByRole("button", { name: "Show all entries" }).click();
    await page.getByText("A quiet morning with tea.", { exact: true }).waitFor();
    await expect(search.inputValue()).resolves.toBe("");
    await expect(page.getByText("0 entries with “zebra”.").count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Show all entries" }).count()).resolves.toBe(0);
    // Focus lands on the list's heading, not lost to the page when the button goes.
    await expect(
      page
        .getByRole("heading", { name: "Your entries" })
        .evaluate((heading) => heading === document.activeElement),
    ).resolves.toBe(true);
    expectNoProblems(problems);
  });
});
