// AsclepiCoins in a real browser: redeem a voucher minted with the operator's CLI and see the
// balance and history; and in a Maia thread, the price before sending, the kind out-of-coins
// state that keeps the message, and Maia answering it once the person has topped up.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, describe, expect, it, vi } from "vitest";
import { vouchersCommand } from "../src/coins/cli.js";
import { openStorage } from "../src/storage/db.js";
import { expectAccessible, expectNoProblems, startAccountByApi, useHarness } from "./harness.js";
import { eventually } from "./helpers.js";

const dataDir = mkdtempSync(join(tmpdir(), "asclepiad-e2e-coins-"));

// Registered first, so it runs last: after the harness has closed.
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const harness = useHarness({ ASCLEPIAD_DATA_DIR: dataDir });

/** Ends the signed-in account's free trial, as time would, straight in the database. */
async function endTrial(context: BrowserContext): Promise<void> {
  const me = await (await context.request.get("/api/me")).json();
  const storage = openStorage({ dataDir });
  try {
    await storage.db
      .updateTable("accounts")
      .set({ trial_ends_at: Date.now() - 1000 })
      .where("id", "=", me.account.id)
      .execute();
  } finally {
    await storage.close();
  }
}

/** Runs `asclepiad vouchers create` as the operator would, and returns what it printed. */
async function mintVoucher(coins: number): Promise<string> {
  let out = "";
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const err = vi.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    const code = await vouchersCommand(["create", "--coins", String(coins), "--count", "1"], {
      ASCLEPIAD_DATA_DIR: dataDir,
    });
    expect(code).toBe(0);
  } finally {
    write.mockRestore();
    err.mockRestore();
  }
  return out.trim();
}

describe("coins", () => {
  it("redeems a voucher from the CLI and shows the balance, the trial, the price and the history", async () => {
    const { page, context, problems } = await harness().openPage();
    await startAccountByApi(context);
    await page.goto("/home");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Coins" }).click();
    await page.getByRole("heading", { level: 1, name: "AsclepiCoins" }).waitFor();
    await expect(page.getByText(/7 days left/).count()).resolves.toBe(1);
    await expect(page.getByText("1 coin per reply", { exact: false }).count()).resolves.toBe(1);
    await expect(page.getByText("No coins have come in or gone out yet.").count()).resolves.toBe(1);
    await expectAccessible(page, "the coins page");

    const code = await mintVoucher(20);
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    // Typed the way a person might: lower case, spaces instead of dashes.
    await page.getByRole("textbox", { name: "Voucher code" }).fill(code.toLowerCase().replace(/-/g, " "));
    await page.getByRole("button", { name: "Redeem voucher" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Voucher redeemed" }).textContent(),
    ).resolves.toMatch(/20 coins added/);
    const history = page.getByRole("table", { name: "Coins in and out, newest first" });
    await history.waitFor();
    await expect(history.getByRole("row").nth(1).textContent()).resolves.toMatch(/Voucher redeemed.*\+20/);
    await expect(page.getByText(/^20 coins/).count()).resolves.toBe(1);
    await expectAccessible(page, "the coins page after redeeming");

    await page.getByRole("textbox", { name: "Voucher code" }).fill(code);
    await page.getByRole("button", { name: "Redeem voucher" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/already been used/);
    expectNoProblems(problems);
  });

  it("shows the price before sending, keeps the message when coins run out, and answers it after a top-up", async () => {
    const { page, context, problems } = await harness().openPage();
    await startAccountByApi(context);
    await endTrial(context);
    const created = await (await context.request.post("/api/conversations", { data: {} })).json();
    await page.goto(`/maia/${created.conversation.id}`);
    await page.getByText("Maia's reply will cost 1 coin. You have 0 coins.").waitFor();

    await page.getByRole("textbox", { name: "Write to Maia" }).fill("I keep cancelling my sessions.");
    await page.getByRole("button", { name: "Send" }).click();
    const panel = page.getByRole("region", { name: "Maia can answer once you top up" });
    await panel.waitFor();
    // Said once, plainly: not "kept" and then "saved" again a line later.
    const said = await panel.innerText();
    expect(said.match(/is kept|is saved/g)).toHaveLength(1);
    expect(said).toContain("Nothing was charged.");
    // The panel comes from the refusal; the kept message shows once the thread is re-read.
    await page.getByRole("list", { name: "Messages" }).getByText("I keep cancelling my sessions.").waitFor();
    await expect(page.getByRole("textbox", { name: "Write to Maia" }).inputValue()).resolves.toBe("");
    await expect(page.getByRole("link", { name: "Get help now" }).count()).resolves.toBeGreaterThan(0);
    await expectAccessible(page, "the thread when coins have run out");

    await context.request.post("/api/vouchers/redeem", { data: { code: await mintVoucher(3) } });
    // Pressed by keyboard: the button goes once Maia answers, and focus moves to the message box.
    await page.getByRole("button", { name: "Ask Maia to answer my message" }).focus();
    await page.keyboard.press("Enter");
    await page.locator(".from-maia .message-text").first().waitFor();
    await page.getByText("You have 2 coins.", { exact: false }).waitFor();
    await expect(page.getByRole("button", { name: "Ask Maia to answer my message" }).count()).resolves.toBe(
      0,
    );
    const box = page.getByRole("textbox", { name: "Write to Maia" });
    await eventually(
      () => box.evaluate((element) => element === document.activeElement),
      5_000,
      "focus to move to the message box",
    );
    expectNoProblems(problems);
  });

  it("says how to get coins once the trial is over and no coin packs are sold", async () => {
    const { page, context, problems } = await harness().openPage({ viewport: { width: 360, height: 740 } });
    await startAccountByApi(context);
    await endTrial(context);
    await page.goto("/coins");
    await page.getByText("Your free trial has ended.").waitFor();
    const redeem = page.getByRole("region", { name: "Redeem a voucher" });
    await redeem
      .getByText(/^Maia's replies need coins now: .*voucher codes.*reflection tools stay free\.$/)
      .waitFor();
    await expect(page.getByRole("heading", { name: "Buy coins" }).count()).resolves.toBe(0);
    await expectAccessible(page, "the coins page after the trial, with no coin packs");
    expectNoProblems(problems);
  });
});
