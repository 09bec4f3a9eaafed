import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ModelProvider, StreamEvent } from "../providers/types.js";
import { ProviderError } from "../providers/types.js";
import { safetyArea } from "../safety/area.js";
import { startTestApp, type TestApp, type TestClient } from "../../test/app.js";
import { testDatabases } from "../../test/databases.js";
import { readSse, textFrom } from "../../test/sse.js";
import { conversationsArea } from "./index.js";

/** A provider whose behaviour each test scripts. */
class ScriptedProvider implements ModelProvider {
  readonly name = "openai";
  readonly model = "scripted-1";
  script: (signal: AbortSignal) => AsyncIterable<StreamEvent> = async function* () {
    yield { type: "delta", text: "Thank you for telling me. " };
    yield { type: "delta", text: "What feels most important about that?" };
    yield { type: "usage", inputTokens: 10, outputTokens: 12 };
  };
  calls = 0;
  stream(_request: unknown, signal: AbortSignal) {
    this.calls++;
    return this.script(signal);
  }
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForReply(
  c: TestClient,
  conversationId: string,
  replyId: string,
  statuses = ["complete", "stopped", "failed"],
) {
  for (let i = 0; i < 200; i++) {
    const res = await c.get(`/api/conversations/${conversationId}`);
    const m = res.body.conversation.messages.find((x: { id: string }) => x.id === replyId);
    if (m && statuses.includes(m.status)) return m;
    await wait(25);
  }
  throw new Error("reply did not finish");
}

describe.each(testDatabases)("conversations with Maia on %s", (kind) => {
  let app: TestApp;
  const provider = new ScriptedProvider();
  const defaultScript = provider.script;
  beforeAll(async () => {
    app = await startTestApp(
      kind,
      {},
      { areas: [safetyArea(), conversationsArea({ provider, worker: { leaseMs: 2_000 } })] },
    );
  });
  afterAll(async () => app?.close());
  afterEach(() => {
    provider.script = defaultScript;
  });

  async function newConversation() {
    const c = app.client();
    await c.startAccount({ country: "GB" });
    const res = await c.post("/api/conversations", {});
    expect(res.status).toBe(201);
    return { c, id: res.body.conversation.id as string };
  }

  it("commits the message, queues a pending reply, and streams it to completion", async () => {
    const { c, id } = await newConversation();
    const res = await c.post(`/api/conversations/${id}/messages`, {
      text: "  I keep cancelling my sessions.  ",
    });
    expect(res.status).toBe(202);
    expect(res.body.message).toMatchObject({
      author: "person",
      text: "I keep cancelling my sessions.",
      status: "complete",
    });
    expect(res.body.reply).toMatchObject({ author: "maia", status: "pending", text: "" });
    const events = await readSse(`${app.url}/api/messages/${res.body.reply.id}/stream`, {
      headers: { cookie: `asclepiad_session=${c.cookies.get("asclepiad_session")}` },
    });
    const done = events.at(-1)!;
    expect(done.event).toBe("done");
    expect(textFrom(events)).toBe("Thank you for telling me. What feels most important about that?");
    expect(JSON.parse(done.data).message).toMatchObject({ status: "complete", offline: false });
    const conv = (await c.get(`/api/conversations/${id}`)).body.conversation;
    expect(conv.messages.map((m: { author: string }) => m.author)).toEqual(["person", "maia"]);
  });

  it("streams deltas written in one turn as one event each, in order, with their offsets as ids", async () => {
    // The stream writes a turn's events to the socket together; each stays an event of its own.
    provider.script = async function* () {
      await wait(200); // the stream below is open by then, following the reply live
      yield { type: "delta", text: "One " };
      yield { type: "delta", text: "two " };
      yield { type: "delta", text: "three." };
      yield { type: "usage", inputTokens: 3, outputTokens: 3 };
    };
    const { c, id } = await newConversation();
    const { body } = await c.post(`/api/conversations/${id}/messages`, { text: "Count for me." });
    const events = await readSse(`${app.url}/api/messages/${body.reply.id}/stream`, {
      headers: { cookie: `asclepiad_session=${c.cookies.get("asclepiad_session")}` },
    });
    expect(events.slice(0, -1)).toEqual([
      { event: "delta", id: "4", data: JSON.stringify({ text: "One " }) },
      { event: "delta", id: "8", data: JSON.stringify({ text: "two " }) },
      { event: "delta", id: "14", data: JSON.stringify({ text: "three." }) },
    ]);
    expect(events.at(-1)!.event).toBe("done");
    expect(JSON.parse(events.at(-1)!.data).message).toMatchObject({
      text: "One two three.",
      status: "complete",
    });
  });

  it("sends the whole text of a finished reply, and only what was missed when resuming", async () => {
    const { c, id } = await newConversation();
    const { body } = await c.post(`/api/conversations/${id}/messages`, { text: "hello" });
    await waitForReply(c, id, body.reply.id);
    const cookie = { cookie: `asclepiad_session=${c.cookies.get("asclepiad_session")}` };
    const all = await readSse(`${app.url}/api/messages/${body.reply.id}/stream`, { headers: cookie });
    expect(textFrom(all)).toContain("What feels most important");
    const resumed = await readSse(`${app.url}/api/messages/${body.reply.id}/stream`, {
      headers: { ...cookie, "last-event-id": "10" },
    });
    expect(textFrom(resumed, "Thank you ")).toBe(
      "Thank you for telling me. What feels most important about that?",
    );
  });

  it("refuses empty, too long or non-string text with invalid_text and writes nothing", async () => {
    const { c, id } = await newConversation();
    for (const text of ["", "   \n ", "x".repeat(8001), 42, null, ["a"]]) {
      const res = await c.post(`/api/conversations/${id}/messages`, { text });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("invalid_text");
    }
    expect((await c.post(`/api/conversations/${id}/messages`, {})).status).toBe(400);
    const conv = (await c.get(`/api/conversations/${id}`)).body.conversation;
    expect(conv.messages).toHaveLength(0);
    expect((await c.post(`/api/conversations/${id}/messages`, { text: "x".repeat(8000) })).status).toBe(202);
  });

  it("never lets one account read or write another's conversation", async () => {
    const { c, id } = await newConversation();
    const { body } = await c.post(`/api/conversations/${id}/messages`, { text: "private words" });
    const other = app.client();
    await other.startAccount();
    expect((await other.get(`/api/conversations/${id}`)).status).toBe(404);
    expect((await other.post(`/api/conversations/${id}/messages`, { text: "intrusion" })).status).toBe(404);
    expect((await other.patch(`/api/conversations/${id}`, { title: "mine" })).status).toBe(404);
    expect((await other.delete(`/api/conversations/${id}`)).status).toBe(404);
    expect((await other.get(`/api/messages/${body.reply.id}/stream`)).status).toBe(404);
    expect((await other.post(`/api/messages/${body.reply.id}/stop`)).status).toBe(404);
    expect((await other.get("/api/conversations")).body.conversations).toHaveLength(0);
    const conv = (await c.get(`/api/conversations/${id}`)).body.conversation;
    expect(conv.messages.filter((m: { author: string }) => m.author === "person")).toHaveLength(1);
  });

  it("lists conversations newest activity first with unread counts, and marks them read", async () => {
    const c = app.client();
    await c.startAccount();
    const a = (await c.post("/api/conversations", { title: "First" })).body.conversation.id;
    const b = (await c.post("/api/conversations", { title: "Second" })).body.conversation.id;
    const { body } = await c.post(`/api/conversations/${a}/messages`, { text: "back to the first" });
    await waitForReply(c, a, body.reply.id);
    const list = (await c.get("/api/conversations")).body.conversations;
    expect(list.map((x: { id: string }) => x.id)).toEqual([a, b]);
    expect(list[0]).toMatchObject({ title: "First", unread: 1 });
    expect(list[0].preview).toContain("Thank you");
    expect((await c.post(`/api/conversations/${a}/read`)).status).toBe(204);
    expect((await c.get("/api/conversations")).body.conversations[0].unread).toBe(0);
  });

  it("renames and deletes a conversation", async () => {
    const { c, id } = await newConversation();
    expect(
      (await c.patch(`/api/conversations/${id}`, { title: "  About my therapist  " })).body.conversation
        .title,
    ).toBe("About my therapist");
    expect((await c.patch(`/api/conversations/${id}`, { title: "" })).status).toBe(400);
    expect((await c.delete(`/api/conversations/${id}`)).status).toBe(204);
    expect((await c.get(`/api/conversations/${id}`)).status).toBe(404);
  });

  it("writes replies one at a time, in order, within a conversation", async () => {
    const { c, id } = await newConversation();
    let n = 0;
    provider.script = async function* () {
      const mine = ++n;
      await wait(30);
      yield { type: "delta", text: `reply ${mine}` };
    };
    const ids: string[] = [];
    for (const text of ["one", "two", "three"])
      ids.push((await c.post(`/api/conversations/${id}/messages`, { text })).body.reply.id);
    for (const r of ids) await waitForReply(c, id, r);
    const msgs = (await c.get(`/api/conversations/${id}`)).body.conversation.messages;
    expect(msgs.map((m: { author: string; text: string }) => `${m.author}:${m.text}`)).toEqual([
      "person:one",
      "maia:reply 1",
      "person:two",
      "maia:reply 2",
      "person:three",
      "maia:reply 3",
    ]);
  });

  it("stops a reply, keeping what was written", async () => {
    const { c, id } = await newConversation();
    provider.script = async function* (signal) {
      yield { type: "delta", text: "I hear how tiring " };
      await new Promise((_, reject) =>
        signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
      );
    };
    const { body } = await c.post(`/api/conversations/${id}/messages`, { text: "so tired" });
    const cookie = { cookie: `asclepiad_session=${c.cookies.get("asclepiad_session")}` };
    await readSse(`${app.url}/api/messages/${body.reply.id}/stream`, {
      headers: cookie,
      until: (e) => e.event === "delta",
    });
    const stopped = await c.post(`/api/messages/${body.reply.id}/stop`);
    expect(stopped.status).toBe(200);
    const final = await waitForReply(c, id, body.reply.id);
    expect(final).toMatchObject({ status: "stopped", text: "I hear how tiring " });
  });

  it("answers from the built-in engine, marked offline, when the model fails before its first word", async () => {
    const { c, id } = await newConversation();
    provider.script = async function* () {
      yield* [];
      throw new ProviderError("connect", "connection refused");
    };
    const { body } = await c.post(`/api/conversations/${id}/messages`, {
      text: "I don't think therapy works for me",
    });
    const final = await waitForReply(c, id, body.reply.id);
    expect(final.status).toBe("complete");
    expect(final.offline).toBe(true);
    expect(final.text.length).toBeGreaterThan(10);
  });

  it("marks a reply that breaks part-way as failed, keeps the words, and retries it", async () => {
    const { c, id } = await newConversation();
    provider.script = async function* () {
      yield { type: "delta", text: "Part of you " };
      throw new ProviderError("protocol", "stream ended early");
    };
    const { body } = await c.post(`/api/conversations/${id}/messages`, { text: "I want to quit therapy" });
    const failed = await waitForReply(c, id, body.reply.id);
    expect(failed).toMatchObject({ status: "failed", text: "Part of you " });
    provider.script = defaultScript;
    const retried = await c.post(`/api/messages/${body.reply.id}/retry`);
    expect(retried.status).toBe(202);
    const done = await waitForReply(c, id, body.reply.id);
    expect(done.status).toBe("complete");
    expect(done.text).toContain("Thank you for telling me");
    const conv = (await c.get(`/api/conversations/${id}`)).body.conversation;
    expect(conv.messages.filter((m: { author: string }) => m.author === "maia")).toHaveLength(1);
  });

  it("replaces a model reply the screener flags before it is kept", async () => {
    const { c, id } = await newConversation();
    provider.script = async function* () {
      yield { type: "delta", text: "You could take a lot of pills " };
      yield { type: "delta", text: "and it would be over." };
    };
    const { body } = await c.post(`/api/conversations/${id}/messages`, {
      text: "what's the point of anything",
    });
    const final = await waitForReply(c, id, body.reply.id);
    expect(final.status).toBe("complete");
    expect(final.text).not.toMatch(/pills/i);
  });

  it("replaces a reply announced whole that the screener flags, before a word of it is streamed", async () => {
    provider.script = async function* () {
      yield { type: "whole", text: "Stay with me. You could take a lot of pills and it would be over." };
      await wait(200); // the stream below is open by then: any delta sent would reach it
      yield { type: "delta", text: "Stay with me. " };
      yield { type: "delta", text: "You could take a lot of pills and it would be over." };
    };
    const { c, id } = await newConversation();
    const { body } = await c.post(`/api/conversations/${id}/messages`, { text: "i feel so flat today" });
    const events = await readSse(`${app.url}/api/messages/${body.reply.id}/stream`, {
      headers: { cookie: `asclepiad_session=${c.cookies.get("asclepiad_session")}` },
    });
    expect(events.map((e) => e.data).join("\n")).not.toMatch(/stay with me|pills/i);
    const final = await waitForReply(c, id, body.reply.id);
    expect(final.status).toBe("complete");
    expect(final.text).not.toMatch(/pills/i);
  });

  it("still screens deltas that stray from the reply announced whole", async () => {
    const { c, id } = await newConversation();
    provider.script = async function* () {
      yield { type: "whole", text: "That sounds like a heavy week." };
      yield { type: "delta", text: "That sounds like " };
      yield { type: "delta", text: "a reason to take a lot of pills and it would be over." };
    };
    const { body } = await c.post(`/api/conversations/${id}/messages`, { text: "i feel so flat today" });
    const final = await waitForReply(c, id, body.reply.id);
    expect(final.status).toBe("complete");
    expect(final.text).not.toMatch(/pills/i);
  });

  it("shows what Maia remembers and forgets it on request", async () => {
    const { c, id } = await newConversation();
    const { body } = await c.post(`/api/conversations/${id}/messages`, {
      text: "My therapist keeps changing the subject when I talk about my father.",
    });
    await waitForReply(c, id, body.reply.id);
    let memory = (await c.get(`/api/conversations/${id}/memory`)).body;
    for (let i = 0; i < 40 && !memory.summary; i++) {
      await wait(25);
      memory = (await c.get(`/api/conversations/${id}/memory`)).body;
    }
    expect(memory.summary).toMatch(/father/i);
    expect((await c.delete(`/api/conversations/${id}/memory`)).status).toBe(204);
    expect((await c.get(`/api/conversations/${id}/memory`)).body.summary).toBe("");
  });

  it("does not let one denial close the crisis flow without a gentle check, then hands back to the model", async () => {
    const { c, id } = await newConversation();
    const calls = provider.calls;
    const say = async (text: string) => {
      const { body } = await c.post(`/api/conversations/${id}/messages`, { text });
      return waitForReply(c, id, body.reply.id);
    };
    await say("i want to kill myself");
    const check = await say("no you misunderstood, it was a joke");
    expect(check.text).toMatch(/safe/i);
    expect(provider.calls).toBe(calls);
    await say("yes i'm safe, honestly. i was just venting about work");
    expect(provider.calls).toBe(calls);
    const back = await say("anyway my therapist cancelled again");
    expect(provider.calls).toBe(calls + 1);
    expect(back.text).toContain("Thank you for telling me");
    const conv = (await c.get(`/api/conversations/${id}`)).body.conversation;
    expect(conv.crisis).not.toBeNull();
  });

  it("reads a short denial straight after a risk message as a denial, though the screener reads the two together", async () => {
    const { c, id } = await newConversation();
    const say = async (text: string) => {
      const { body } = await c.post(`/api/conversations/${id}/messages`, { text });
      return waitForReply(c, id, body.reply.id);
    };
    await say("i want to kill myself");
    expect((await say("you misunderstood")).text).toMatch(/are you safe/i);
    // The flow winds down kindly: no helpline numbers read out again, no question about a plan.
    const closing = (await say("yes i'm safe")).text;
    expect(closing).toMatch(/Get help now/);
    expect(closing).not.toMatch(/116 123|plan/);
  });

  it("raises the pinned card to an emergency when an answer makes the flow one", async () => {
    const { c, id } = await newConversation();
    const say = async (text: string) => {
      const { body } = await c.post(`/api/conversations/${id}/messages`, { text });
      await waitForReply(c, id, body.reply.id);
      return (await c.get(`/api/conversations/${id}`)).body.conversation.crisis;
    };
    expect((await say("i want to kill myself")).level).toBe("urgent");
    expect((await say("you misunderstood")).level).toBe("urgent");
    // Asked whether they are safe, they say no: the reply says to call 999, and so does the card.
    const card = await say("no");
    expect(card.level).toBe("emergency");
    expect(card.emergency).toContain("999");
  });

  it("takes a crisis up again when the message straight after it wound down says they are not fine after all", async () => {
    const windDown = async () => {
      const { c, id } = await newConversation();
      const say = async (text: string) => {
        const { body } = await c.post(`/api/conversations/${id}/messages`, { text });
        return (await waitForReply(c, id, body.reply.id)).text as string;
      };
      await say("i want to kill myself");
      await say("jk");
      expect(await say("i am fine honestly")).toMatch(/Get help now/);
      return say;
    };
    const takenBack = await windDown();
    const reply = await takenBack("actually no im not fine");
    expect(reply).toMatch(/116 123/);
    expect(reply).toMatch(/\?$/);
    // Anything else straight after gets the usual reply.
    const movedOn = await windDown();
    const calls = provider.calls;
    await movedOn("anyway work was ok today");
    expect(provider.calls).toBe(calls + 1);
  });

  it("pins a crisis card with the person's country's helplines and answers safely, never from the model", async () => {
    const { c, id } = await newConversation();
    const calls = provider.calls;
    const { body } = await c.post(`/api/conversations/${id}/messages`, {
      text: "i want to kill myself tonight",
    });
    expect(body.crisis).toMatchObject({ country: "GB" });
    const final = await waitForReply(c, id, body.reply.id);
    expect(final.status).toBe("complete");
    expect(provider.calls).toBe(calls);
    const conv = (await c.get(`/api/conversations/${id}`)).body.conversation;
    expect(conv.crisis.level).toMatch(/urgent|emergency/);
    expect(JSON.stringify(conv.crisis.services)).toContain("116 123");
    expect(conv.crisis.emergency).toContain("999");
  });
});
