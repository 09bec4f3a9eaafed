// Talking with Maia in a real browser: the reply streams in word by word, survives a reload
// mid-stream, can be stopped, and the thread stays accessible. A local OpenAI-compatible fake
// writes slowly, so there is time to watch, reload and stop.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeReply, startFakeOpenAI, type FakeServer } from "../test/fake-model-servers.js";
import { expectAccessible, expectNoProblems, useHarness } from "./harness.js";
import { eventually, lastMessage, openNewConversation, sendToMaia } from "./helpers.js";

const CHUNKS = [
  "It sounds ",
  "like cancelling ",
  "has become ",
  "a way of ",
  "keeping some ",
  "distance from ",
  "what feels ",
  "hard to say. ",
  "When you picture ",
  "the next session, ",
  "what comes up ",
  "for you first?",
];
const FIRST = CHUNKS[0]!.trim();
const LAST = "what comes up for you first?";

let fake: FakeServer;
beforeAll(async () => {
  fake = await startFakeOpenAI(() => fakeReply(CHUNKS, { firstTokenDelayMs: 200, chunkDelayMs: 250 }));
});

afterAll(async () => {
  await fake?.close();
});

const harness = useHarness(() => ({
  ASCLEPIAD_MODEL_PROVIDER: "openai",
  ASCLEPIAD_MODEL_BASE_URL: fake.url,
  ASCLEPIAD_MODEL_API_KEY: "e2e-test",
  ASCLEPIAD_MODEL: "fake-slow-model",
}));

describe("conversation with Maia", () => {
  it("streams Maia's reply in piece by piece, and announces it once, when complete", async () => {
    const { page, context, problems } = await harness().openPage();
    await openNewConversation(page, context);
    await expectAccessible(page, "an empty conversation");
    await sendToMaia(page, "I keep cancelling my sessions and I don't really know why.");
    await expect(page.getByRole("textbox", { name: "Write to Maia" }).inputValue()).resolves.toBe("");

    const live = page.locator('[aria-live="polite"][data-announces="replies"]');
    const partials = new Set<string>();
    let announcedEarly = false;
    await eventually(
      async () => {
        // Read the live region first: if it already holds the reply while the thread still
        // lacks the reply's end, it spoke before the reply was complete.
        const spoken = await live.innerText();
        const text = await lastMessage(page).innerText();
        if (text.includes(LAST)) return true;
        if (text.includes(FIRST)) {
          partials.add(text);
          if (spoken.includes(FIRST)) announcedEarly = true;
        }
        return false;
      },
      30_000,
      "the whole reply",
    );
    // Several different partial states were on screen before the end: it streamed.
    expect(partials.size).toBeGreaterThanOrEqual(3);
    // The live region stayed quiet while the reply was being written, then spoke once.
    expect(announcedEarly).toBe(false);
    await eventually(
      async () => (await live.innerText()).startsWith("Maia replied:"),
      5_000,
      "the announcement",
    );
    expect(await live.innerText()).toContain(LAST);

    await expectAccessible(page, "a conversation thread");
    expectNoProblems(problems);
  });

  it("keeps following a reply after the page is reloaded mid-stream, without repeating words", async () => {
    const { page, context, problems } = await harness().openPage();
    await openNewConversation(page, context);
    await sendToMaia(page, "Sometimes I say what I think my therapist wants to hear.");
    await eventually(
      async () => (await lastMessage(page).innerText()).includes(FIRST),
      15_000,
      "the first words",
    );
    expect(await lastMessage(page).innerText()).not.toContain(LAST);

    await page.reload();
    await eventually(
      async () => (await lastMessage(page).innerText()).includes(LAST),
      30_000,
      "the reply to finish",
    );
    const text = await lastMessage(page).innerText();
    expect(text.split(FIRST).length - 1).toBe(1);
    expect(text).toContain(CHUNKS.join("").trim());
    expectNoProblems(problems);
  });

  it("stops a reply part-way and keeps what was written", async () => {
    const { page, context, problems } = await harness().openPage();
    await openNewConversation(page, context);
    await sendToMaia(page, "I don't know where to start.");
    await eventually(
      async () => (await lastMessage(page).innerText()).includes(FIRST),
      15_000,
      "the first words",
    );
    await page.getByRole("button", { name: "Stop" }).click();
    await eventually(
      async () => (await lastMessage(page).innerText()).includes("This reply was stopped."),
      10_000,
      "the stopped reply",
    );
    const text = await lastMessage(page).innerText();
    expect(text).toContain(FIRST);
    expect(text).not.toContain(LAST);
    // Nothing more arrives after stopping.
    await page.waitForTimeout(1_000);
    expect(await lastMessage(page).innerText()).not.toContain(LAST);
    expect(await page.getByRole("button", { name: "Stop" }).count()).toBe(0);
    expectNoProblems(problems);
  });

  it("says what Stop stops, and hands focus to the message box when Stop goes away", async () => {
    const { page, context, problems } = await harness().openPage();
    await openNewConversation(page, context);
    await sendToMaia(page, "Where do I even begin.");
    const stop = page.getByRole("button", { name: "Stop Maia's reply" });
    await stop.waitFor();
    await stop.focus();
    await page.keyboard.press("Enter");
    await eventually(
      async () => (await lastMessage(page).innerText()).includes("This reply was stopped."),
      10_000,
      "the stopped reply",
    );
    // The button pressed is gone; focus is where the next words go, not lost on the page.
    await eventually(
      () =>
        page
          .getByRole("textbox", { name: "Write to Maia" })
          .evaluate((box) => box === document.activeElement),
      3_000,
      "focus in the message box",
    );
    expectNoProblems(problems);
  });

  it("keeps an unsent draft across a reload, and Shift+Enter adds a line instead of sending", async () => {
    const { page, context, problems } = await harness().openPage();
    await openNewConversation(page, context);
    const box = page.getByRole("textbox", { name: "Write to Maia" });
    await box.fill("First line");
    await box.press("Shift+Enter");
    await box.pressSequentially("second line");
    await page.reload();
    await expect(page.getByRole("textbox", { name: "Write to Maia" }).inputValue()).resolves.toBe(
      "First line\nsecond line",
    );
    expectNoProblems(problems);
  });

  it("tells the person when a reply arrived while they were away", async () => {
    const { page, context, problems } = await harness().openPage();
    await openNewConversation(page, context);
    const thread = page.url();
    await sendToMaia(page, "I'll come back to this later.");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Maia" }).click();
    await page.getByRole("heading", { level: 1, name: "Maia" }).waitFor();
    await eventually(
      async () => {
        await page.reload();
        await page.getByRole("heading", { name: "Your conversations" }).waitFor();
        return (await page.getByRole("link", { name: /New reply/ }).count()) === 1;
      },
      30_000,
      "the unread marker",
    );
    await page.getByRole("link", { name: /New reply/ }).click();
    await page.waitForURL(thread);
    await page.getByRole("status").filter({ hasText: "Maia replied while you were away." }).waitFor();
    expect(await lastMessage(page).innerText()).toContain(LAST);
    expectNoProblems(problems);
  });

  it("renames a conversation, shows what Maia remembers, and deletes it only after confirming", async () => {
    const { page, context, problems } = await harness().openPage();
    await openNewConversation(page, context);
    await page.getByRole("button", { name: "Rename conversation" }).click();
    await page.getByRole("textbox", { name: "Conversation name" }).fill("Before Thursday's session");
    await page.getByRole("button", { name: "Save name" }).click();
    await page.getByRole("heading", { level: 1, name: "Before Thursday's session" }).waitFor();

    await page.getByText("What Maia remembers").click();
    await page
      .getByText(/hasn't kept a summary|Updated/)
      .first()
      .waitFor();

    await page.getByRole("button", { name: "Delete conversation" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete this conversation?" });
    await dialog.waitFor();
    await expectAccessible(page, "the delete confirmation");
    await dialog.getByRole("button", { name: "Keep it" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByRole("heading", { level: 1, name: "Before Thursday's session" }).waitFor();

    await page.getByRole("button", { name: "Delete conversation" }).click();
    await dialog.getByRole("button", { name: "Yes, delete it" }).click();
    await page.getByRole("heading", { level: 1, name: "Maia" }).waitFor();
    await page.getByText("The conversation has been deleted.").waitFor();
    expect(await page.getByRole("link", { name: "Before Thursday's session" }).count()).toBe(0);
    expectNoProblems(problems);
  });
});
