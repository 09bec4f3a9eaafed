// When the configured model is down, Maia still answers from the built-in engine, and the
// reply says so plainly: "Maia is in offline mode".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeStatus, startFakeOpenAI, type FakeServer } from "../test/fake-model-servers.js";
import { expectAccessible, expectNoProblems, useHarness } from "./harness.js";
import { eventually, lastMessage, openNewConversation, sendToMaia } from "./helpers.js";

let fake: FakeServer;
beforeAll(async () => {
  fake = await startFakeOpenAI(fakeStatus(401));
});

afterAll(async () => {
  await fake?.close();
});

const harness = useHarness(() => ({
  ASCLEPIAD_MODEL_PROVIDER: "openai",
  ASCLEPIAD_MODEL_BASE_URL: fake.url,
  ASCLEPIAD_MODEL_API_KEY: "e2e-test",
  ASCLEPIAD_MODEL: "fake-broken-model",
}));

describe("offline mode", () => {
  it("marks a reply written by the built-in engine when the model is unavailable", async () => {
    const { page, context, problems } = await harness().openPage();
    await openNewConversation(page, context);
    await sendToMaia(page, "I'm not sure therapy is for me any more.");
    await eventually(
      async () => (await lastMessage(page).innerText()).includes("Maia is in offline mode"),
      30_000,
      "the offline note",
    );
    await eventually(
      async () => !(await lastMessage(page).innerText()).includes("Maia is writing"),
      30_000,
      "the reply to finish",
    );
    expect((await lastMessage(page).innerText()).length).toBeGreaterThan(40);
    await expectAccessible(page, "a thread with an offline reply");
    expectNoProblems(problems);
  });
});
