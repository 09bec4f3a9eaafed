// Focus stays where a keyboard or screen-reader user is after an action: a button that is busy
// saving keeps focus (it is aria-disabled, not disabled, which would drop focus to the page), and
// a control that is replaced (Rename, Make a new key) hands focus to what takes its place.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, expectNoProblems, startAccountByApi, useHarness } from "./harness.js";
import { eventually, openNewConversation } from "./helpers.js";

const harness = useHarness();

/** The focused element's tag and accessible text, e.g. `button "Save entry"`. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return "the page itself";
    const name =
      element.getAttribute("aria-label") ||
      (element as HTMLInputElement).labels?.[0]?.textContent ||
      (element as HTMLElement).innerText;
    return `${element.tagName.toLowerCase()} "${(name ?? "").trim()}"`;
  });
}

/** Waits (briefly) for focus to land on `want`: pages move focus in an effect, after painting. */
async function expectFocus(page: Page, want: string): Promise<void> {
  let now = "";
  await eventually(async () => (now = await focused(page)) === want, 3000, `focus on ${want}`).catch(
    () => undefined,
  );
  expect(now).toBe(want);
}

describe("focus after an action", () => {
  it("keeps focus on Save entry after saving a journal entry by keyboard", async () => {
    const { page, context, problems } = await harness().openPage();
    await startAccountByApi(context);
    await page.goto("/reflect/journal");
    await page.getByRole("textbox", { name: "Your entry" }).fill("Something I didn't say.");
    const save = page.getByRole("button", { name: "Save entry" });
    await save.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Entry saved." }).waitFor();
    await expectFocus(page, 'button "Save entry"');
    expectNoProblems(problems);
  });

  it("keeps focus on Redeem voucher when a code is refused", async () => {
    const { page, context } = await harness().openPage();
    await startAccountByApi(context);
    await page.goto("/coins");
    await page.getByRole("textbox", { name: "Voucher code" }).fill("ABCD");
    await page.getByRole("button", { name: "Redeem voucher" }).click();
    await page.getByRole("alert").waitFor();
    await expectFocus(page, 'button "Redeem voucher"');
  });

  it("moves focus into the name field to rename a conversation, and to the new name after saving", async () => {
    const { page, context, problems } = await harness().openPage();
    await openNewConversation(page, context);
    await page.getByRole("button", { name: "Rename conversation" }).click();
    await expectFocus(page, 'input "Conversation name"');

    // An empty name is explained beside the field, not below the whole conversation.
    await page.getByRole("textbox", { name: "Conversation name" }).fill("");
    await page.getByRole("button", { name: "Save name" }).click();
    const form = page.locator("form.rename");
    await form.getByRole("alert").filter({ hasText: "Please give the conversation a name" }).waitFor();

    await page.getByRole("button", { name: "Cancel" }).click();
    await expectFocus(page, 'button "Rename conversation"');

    await page.getByRole("button", { name: "Rename conversation" }).click();
    await page.getByRole("textbox", { name: "Conversation name" }).fill("After the last session");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "After the last session" }).waitFor();
    await expectFocus(page, 'h1 "After the last session"');
    await expectAccessible(page, "a renamed conversation");
    expectNoProblems(problems);
  });

  it("moves focus to the account key section when a new key appears and when it is put away", async () => {
    const { page, context, problems } = await harness().openPage();
    await startAccountByApi(context);
    await page.goto("/settings");
    await page.getByRole("button", { name: "Make a new key" }).click();
    await page.getByRole("checkbox", { name: "I have saved my key" }).waitFor();
    await expectFocus(page, 'h2 "Your account key"');

    await page.getByRole("checkbox", { name: "I have saved my key" }).check();
    await page.getByRole("button", { name: "Done" }).click();
    await page.getByRole("status").filter({ hasText: "Your new key is in use." }).waitFor();
    await expectFocus(page, 'h2 "Your account key"');
    expectNoProblems(problems);
  });
});
