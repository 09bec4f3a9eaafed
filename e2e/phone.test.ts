// On a 360 px phone: the mood chart's labels stay readable when the chart shrinks, and
// buttons repeated in a list say which item they act on.
import { describe, expect, it } from "vitest";
import { expectAccessible, expectNoProblems, startAccountByApi, useHarness } from "./harness.js";

const harness = useHarness();

const phone = { viewport: { width: 360, height: 740 } };

describe("on a phone", () => {
  it("draws the mood chart's numbers and dates at a readable size", async () => {
    const { page, context, problems } = await harness().openPage(phone);
    await startAccountByApi(context);
    await page.goto("/reflect/mood");
    const chart = page.getByRole("img", { name: /Mood over the last 7 days/ });
    await chart.waitFor();
    const heights = await chart
      .locator("text")
      .evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().height));
    expect(heights.length).toBe(6);
    // 13 units in a 640-unit drawing shown 330 px wide came out under 7 px; 10 px is the least
    // that reads on a phone.
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(10);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expectNoProblems(problems);
  });

  it("shows the suggested opening sentence whole on Take it to therapy", async () => {
    const { page, context, problems } = await harness().openPage(phone);
    await startAccountByApi(context);
    await page.goto("/reflect/take-it-to-therapy");
    const opener = page.getByRole("textbox", { name: "An opening sentence you could start with" });
    await opener.waitFor();
    const { scroll, visible } = await opener.evaluate((box) => ({
      scroll: box.scrollHeight,
      visible: box.clientHeight,
    }));
    // Nothing of the sentence hides below the box's edge.
    expect(scroll).toBeLessThanOrEqual(visible);
    expectNoProblems(problems);
  });

  it("names which journal entry 'Reflect on this with Maia' opens", async () => {
    const { page, context, problems } = await harness().openPage(phone);
    await startAccountByApi(context);
    await page.goto("/reflect/journal");
    for (const text of ["First entry", "Second entry"]) {
      await page.getByRole("textbox", { name: "Your entry" }).fill(text);
      await page.getByRole("button", { name: "Save entry" }).click();
      await page.getByText(text, { exact: true }).waitFor();
    }
    const reflect = page.getByRole("button", { name: /^Reflect on this with Maia \(entry from .+\)$/ });
    expect(await reflect.count()).toBe(2);
    await expectAccessible(page, "the journal with two entries");
    expectNoProblems(problems);
  });
});

describe("mood check-ins on a phone", () => {
  it("shows every part of a check-in, Delete button included, without sideways scrolling", async () => {
    const { page, context, problems } = await harness().openPage(phone);
    await startAccountByApi(context);
    await page.goto("/reflect/mood");
    await page.getByRole("radio", { name: "7", exact: true }).check();
    await page.getByText("Uneasy and afraid").click();
    await page.getByRole("checkbox", { name: "anxious" }).check();
    const note =
      "A long note about a hard week at work, a good walk on Sunday and a phone call with my sister that helped.";
    await page.getByRole("textbox", { name: "A note (optional)" }).fill(note);
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByText("Check-in saved.").waitFor();

    const table = page.getByRole("table", { name: /Your check-ins over the last 7 days/ });
    await table.waitFor();
    const remove = table.getByRole("button", { name: /^Delete check-in from / });
    await remove.scrollIntoViewIfNeeded();
    const box = await remove.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    // Nothing hides in a sideways scroller: the check-ins fit the screen's width.
    const overflow = await table.evaluate((element) => {
      const wrap = element.parentElement!;
      return { scroll: wrap.scrollWidth, client: wrap.clientWidth };
    });
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    // The note reads as lines of text, not one word a line.
    const noteHeight = await page
      .getByText(note, { exact: true })
      .evaluate((el) => el.getBoundingClientRect().height);
    expect(noteHeight).toBeLessThan(120);
    await expectAccessible(page, "mood check-ins on a phone");
    expectNoProblems(problems);
  });
});
