// Steps several end-to-end tests share, written the way a person would do them.
import type { BrowserContext, Locator, Page } from "playwright-core";
import { startAccountByApi } from "./harness.js";

/** Signs the browser in as a new account and opens a fresh conversation with Maia. */
export async function openNewConversation(
  page: Page,
  context: BrowserContext,
  country = "GB",
): Promise<void> {
  await startAccountByApi(context, country);
  await page.goto("/maia");
  await page.getByRole("button", { name: "New conversation" }).click();
  await page.getByRole("textbox", { name: "Write to Maia" }).waitFor();
}

/** Types a message and sends it with Enter, as most people will. */
export async function sendToMaia(page: Page, text: string): Promise<void> {
  const box = page.getByRole("textbox", { name: "Write to Maia" });
  await box.fill(text);
  await box.press("Enter");
}

/** The last message in the thread (Maia's reply, once one is on its way). */
export function lastMessage(page: Page): Locator {
  return page.getByRole("list", { name: "Messages" }).getByRole("listitem").last();
}

/** Polls until `check` passes or the time runs out; returns how many polls it took. */
export async function eventually(
  check: () => Promise<boolean>,
  timeoutMs = 20_000,
  what = "condition",
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}.`);
}
