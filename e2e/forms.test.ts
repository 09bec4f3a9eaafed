// Small forms, as a first-time visitor meets them: a missed step is explained next to the
// field that needs it (and announced with it), and an empty list says what will appear there.
import { describe, expect, it } from "vitest";
import { expectAccessible, expectNoProblems, startAccountByApi, useHarness } from "./harness.js";
import { eventually } from "./helpers.js";

const harness = useHarness();

describe("forms and empty states", () => {
  it("welcome: the country hint is announced with the picker, and a missed age box gets focus and its message", async () => {
    const { page, problems } = await harness().openPage({ viewport: { width: 360, height: 740 } });
    await page.goto("/");
    const country = page.getByRole("combobox", { name: "Your country" });
    await country.waitFor();
    const hintId = await country.getAttribute("aria-describedby");
    expect(hintId).toBeTruthy();
    expect(await page.locator(`[id="${hintId}"]`).innerText()).toMatch(/helplines near you/);

    await page.getByRole("button", { name: "Start anonymously" }).click();
    const age = page.getByRole("checkbox", { name: /or older/ });
    await eventually(
      () => age.evaluate((box) => box === document.activeElement),
      3000,
      "focus on the age box",
    );
    expect(await age.getAttribute("aria-invalid")).toBe("true");
    const errorId = await age.getAttribute("aria-describedby");
    expect(await page.locator(`[id="${errorId}"]`).innerText()).toMatch(/confirm that you are 18 or older/);
    await expectAccessible(page, "the welcome page with a missed age box");
    expectNoProblems(problems);
  });

  it("sign in and vouchers: a refused key or code is tied to its field, so it is read with it", async () => {
    const { page, context, problems } = await harness().openPage();
    await page.goto("/signin");
    const key = page.getByRole("textbox", { name: "Account key" });
    await key.fill("0000 0000 0000 0000 0000");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").waitFor();
    const describedBy = (await key.getAttribute("aria-describedby")) ?? "";
    const description = await page
      .locator(
        describedBy
          .split(" ")
          .map((part) => `[id="${part}"]`)
          .join(", "),
      )
      .allInnerTexts();
    expect(description.join(" ")).toMatch(/doesn't match an account/);
    await expectAccessible(page, "sign in with a refused key");

    await startAccountByApi(context);
    await page.goto("/coins");
    const code = page.getByRole("textbox", { name: "Voucher code" });
    await code.fill("ABCD");
    await page.getByRole("button", { name: "Redeem voucher" }).click();
    await page.getByRole("alert").waitFor();
    expect(await code.getAttribute("aria-invalid")).toBe("true");
    const codeIds = ((await code.getAttribute("aria-describedby")) ?? "").split(" ");
    const codeText = await page.locator(codeIds.map((part) => `[id="${part}"]`).join(", ")).allInnerTexts();
    expect(codeText.join(" ")).toMatch(/whole voucher code/);
    await expectAccessible(page, "a refused voucher code");
    expectNoProblems(problems);
  });

  it("mood: an empty chart says which days it covers and what will appear", async () => {
    const { page, context } = await harness().openPage();
    await startAccountByApi(context);
    await page.goto("/reflect/mood");
    await page.getByText("No check-ins in the last 7 days. When you check in, it will show here.").waitFor();
    await page.getByRole("radio", { name: "30 days" }).check();
    await page.getByText("No check-ins in the last 30 days. When you check in, it will show here.").waitFor();
  });

  it("goals: an empty 'why I started' or goal is explained in its own form, in plain words", async () => {
    const { page, context, problems } = await harness().openPage();
    await startAccountByApi(context);
    await page.goto("/reflect/goals");
    await page.getByRole("heading", { level: 2, name: "Why I started" }).waitFor();

    await page.getByRole("button", { name: "Save why I started" }).click();
    const whyForm = page
      .locator("form")
      .filter({ has: page.getByRole("button", { name: "Save why I started" }) });
    await whyForm.getByRole("alert").filter({ hasText: "Write a few words about why you started" }).waitFor();

    await page.getByRole("textbox", { name: "Something you'd like to be different" }).fill("Stop cancelling");
    await page.getByRole("button", { name: "Add goal" }).click();
    await page.getByRole("heading", { level: 3, name: "Stop cancelling" }).waitFor();
    await page.getByRole("button", { name: "Add goal" }).click();
    const goalForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Add goal" }) });
    await goalForm.getByRole("alert").filter({ hasText: "what you'd like to be different" }).waitFor();
    // The earlier "Goal added." does not linger beside the new problem.
    expect(await page.getByRole("status").filter({ hasText: "Goal added." }).count()).toBe(0);
    expect(await page.locator("main").innerText()).not.toMatch(/in the reason/);
    await expectAccessible(page, "the goals page with a form problem");
    expectNoProblems(problems);
  });
});
