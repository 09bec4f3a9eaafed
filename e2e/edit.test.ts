// Changing what was written, where it stands: a journal entry, a logged session and a therapist
// are edited in place with the same forms that made them. Focus goes into the form on Edit,
// back to Edit on Cancel and to the changed item on Save; errors are spoken and keep the words;
// deleting asks first; every state passes axe.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, expectNoProblems, startAccountByApi, useHarness } from "./harness.js";

const harness = useHarness();

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const focusedText = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? "");
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLInputElement | null;
    return active?.labels?.[0]?.textContent ?? active?.textContent ?? "";
  });

describe("editing what was written", () => {
  it("edits a journal entry in place, keeps it on a refused save, and confirms before deleting", async () => {
    const { page, context, problems } = await harness().openPage();
    await startAccountByApi(context);
    await page.goto("/reflect/journal");
    await page.getByRole("heading", { level: 1, name: "Journal" }).waitFor();
    await page.getByRole("textbox", { name: "Your entry" }).fill("I didn't say how tired I was.");
    await page.getByRole("button", { name: "Save entry" }).click();
    await page.getByRole("status").filter({ hasText: "Entry saved." }).waitFor();

    const entries = page.getByRole("list").filter({ has: page.getByRole("article") });
    await entries.getByText("I didn't say how tired I was.").waitFor();
    await page.getByRole("button", { name: /^Edit entry from / }).click();

    const form = page.getByRole("form", { name: /^Edit your entry from / });
    await form.waitFor();
    const box = form.getByRole("textbox", { name: "Your entry" });
    await expect(box.inputValue()).resolves.toBe("I didn't say how tired I was.");
    await expect.poll(() => focusedLabel(page)).toBe("Your entry");
    await expectAccessible(page, "the Journal page while editing an entry");

    // Cancel leaves the words as they were and puts focus back on Edit.
    await box.fill("Something I changed my mind about");
    await form.getByRole("button", { name: "Cancel" }).click();
    await entries.getByText("I didn't say how tired I was.").waitFor();
    await expect.poll(() => focusedText(page)).toMatch(/^Edit/);

    // An empty entry is not saved; the reason is spoken and the form stays open.
    await page.getByRole("button", { name: /^Edit entry from / }).click();
    await box.fill("   ");
    await form.getByRole("button", { name: "Save changes" }).click();
    await form.getByRole("alert").filter({ hasText: "Your entry needs a few words" }).waitFor();
    await expectAccessible(page, "the Journal page with an error in the edit form");

    await box.fill("I didn't say how tired I was, or how angry.");
    await form.getByRole("button", { name: "Save changes" }).click();
    await form.waitFor({ state: "detached" });
    const article = page.getByRole("article", { name: /^Entry from / });
    await article.getByText("I didn't say how tired I was, or how angry.").waitFor();
    await article.getByRole("status").filter({ hasText: "Changes saved." }).waitFor();
    await expect.poll(() => focusedText(page)).toContain("or how angry.");
    await expectAccessible(page, "the Journal page after editing an entry");

    // The change is kept on the server, not just on screen.
    await page.reload();
    await page.getByText("I didn't say how tired I was, or how angry.").waitFor();

    // Deleting asks first, and "Keep it" keeps it.
    await page.getByRole("button", { name: /^Delete entry from / }).click();
    const dialog = page.getByRole("dialog", { name: "Delete this entry?" });
    await dialog.waitFor();
    await expectAccessible(page, "the Journal page asking before deleting");
    await dialog.getByRole("button", { name: "Keep it" }).click();
    await page.getByText("I didn't say how tired I was, or how angry.").waitFor();
    await page.getByRole("button", { name: /^Delete entry from / }).click();
    await dialog.getByRole("button", { name: "Delete entry" }).click();
    await page.getByRole("status").filter({ hasText: "Entry deleted." }).waitFor();
    await page.getByText("Nothing written yet.").waitFor();
    expectNoProblems(problems);
  });

  it("edits a logged session and a therapist, and shows the change", async () => {
    const { page, context, problems } = await harness().openPage();
    await startAccountByApi(context);
    await context.request.post("/api/therapy/therapists", {
      data: { name: "Dr A", approach: "CBT", startedOn: daysAgo(60) },
    });
    await context.request.post("/api/therapy/sessions", {
      data: { date: daysAgo(7), attendance: "kept", feelings: ["numb"], unsaid: "the argument" },
    });
    await page.goto("/reflect/therapy");
    await page.getByRole("heading", { level: 1, name: "Therapy log" }).waitFor();
    const sessionHeading = page.getByRole("heading", { level: 3, name: /: Went ahead$/ });
    await sessionHeading.waitFor();

    await page.getByRole("button", { name: /^Edit session on / }).click();
    const form = page.getByRole("form", { name: /^Edit the session on / });
    await form.waitFor();
    await expect.poll(() => focusedLabel(page)).toBe("Date of the session");
    await expect(form.getByLabel("Date of the session").inputValue()).resolves.toBe(daysAgo(7));
    await expect(form.getByRole("checkbox", { name: "numb" }).isChecked()).resolves.toBe(true);
    await expect(
      form.getByRole("textbox", { name: "Anything avoided or left unsaid? (optional)" }).inputValue(),
    ).resolves.toBe("the argument");
    await expectAccessible(page, "the Therapy log while editing a session");

    // A date in the future is refused with a plain reason, and nothing typed is lost.
    await form.getByLabel("Date of the session").evaluate((input: HTMLInputElement) => {
      input.removeAttribute("max");
    });
    await form.getByLabel("Date of the session").fill("2999-01-01");
    await form.getByRole("button", { name: "Save changes" }).click();
    await form.getByRole("alert").filter({ hasText: "in the future" }).waitFor();
    await expect(
      form.getByRole("textbox", { name: "Anything avoided or left unsaid? (optional)" }).inputValue(),
    ).resolves.toBe("the argument");

    await form.getByLabel("Date of the session").fill(daysAgo(6));
    await form.getByRole("combobox", { name: "What happened" }).selectOption({ label: "Cut short" });
    await form.getByRole("combobox", { name: "Who it was with (optional)" }).selectOption({ label: "Dr A" });
    await form.getByRole("checkbox", { name: "numb" }).uncheck();
    await form.getByRole("checkbox", { name: "relieved" }).check();
    await form
      .getByRole("textbox", { name: "Anything avoided or left unsaid? (optional)" })
      .fill("the argument with my sister");
    await form.getByRole("button", { name: "Save changes" }).click();
    await form.waitFor({ state: "detached" });

    const item = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: /: Cut short$/ }) });
    await item.waitFor();
    const text = await item.innerText();
    expect(text).toContain("With Dr A");
    expect(text).toContain("Afterwards: relieved");
    expect(text).toContain("Left unsaid: the argument with my sister");
    expect(text).toContain("Changes saved.");
    await expect.poll(() => focusedText(page)).toContain("Cut short");
    await expectAccessible(page, "the Therapy log after editing a session");

    // The therapist: the same form, filled in, and the change shows in the list.
    await page.getByRole("button", { name: "Edit Dr A" }).click();
    const tForm = page.getByRole("form", { name: "Edit what you noted about Dr A" });
    await tForm.waitFor();
    await expect(tForm.getByRole("textbox", { name: /^Kind of therapy/ }).inputValue()).resolves.toBe("CBT");
    await tForm.getByRole("textbox", { name: /^Name or description/ }).fill("Dr A at the clinic");
    await tForm.getByLabel("Ended (optional)", { exact: true }).fill(daysAgo(1));
    await tForm.getByRole("combobox", { name: "Why it ended (optional)" }).selectOption({ index: 1 });
    await expectAccessible(page, "the Therapy log while editing a therapist");
    await tForm.getByRole("button", { name: "Save changes" }).click();
    await tForm.waitFor({ state: "detached" });
    await page.getByRole("heading", { level: 3, name: "Dr A at the clinic" }).waitFor();
    await expect.poll(() => focusedText(page)).toContain("Why it ended:");

    await page.reload();
    await page.getByRole("heading", { level: 3, name: /: Cut short$/ }).waitFor();
    await page.getByText("Left unsaid: the argument with my sister").waitFor();
    await page.getByRole("heading", { level: 3, name: "Dr A at the clinic" }).waitFor();
    await page.getByText("With Dr A at the clinic").waitFor();

    // Deleting a session asks first.
    await page.getByRole("button", { name: /^Delete session on / }).click();
    const dialog = page.getByRole("dialog", { name: "Delete this session?" });
    await dialog.getByRole("button", { name: "Delete session" }).click();
    await page.getByRole("status").filter({ hasText: "Session deleted." }).waitFor();
    await page.getByText("No sessions logged yet.").waitFor();
    await expectAccessible(page, "the Therapy log after deleting a session");
    expectNoProblems(problems);
  });
});
