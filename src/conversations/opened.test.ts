/**
 * The texts a conversation's last reply opened, kept for its next (opened.ts): reused only
 * with the same key object, for a row still holding the very same sealed text, within the
 * idle limit and the size bound; and a reply's context is the same as if every text had
 * been opened afresh.
 */
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/app.js";
import { testDatabases } from "../../test/databases.js";
import { AccountCipher } from "../privacy/cipher.js";
import type { ModelProvider, ModelRequest, StreamEvent } from "../providers/types.js";
import { safetyArea } from "../safety/area.js";
import { conversationsArea } from "./index.js";
import { OpenedTexts, type OpenedText } from "./opened.js";

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function texts(...pairs: [number, string, string][]): Map<number, OpenedText> {
  return new Map(pairs.map(([seq, sealed, text]) => [seq, { sealed, text }]));
}

describe("OpenedTexts", () => {
  const a = new AccountCipher("a", randomBytes(32));
  const b = new AccountCipher("a", randomBytes(32));
  let kept: OpenedTexts | undefined;
  afterEach(() => kept?.clear());

  it("gives back what was kept, once, and only to the same key object", () => {
    kept = new OpenedTexts();
    const t = texts([1, "s1", "one"]);
    kept.keep("c", a, t);
    expect(kept.take("c", a)).toBe(t);
    expect(kept.take("c", a)).toBeUndefined();
    kept.keep("c", a, t);
    // The keyring's next key object for the same account (re-read, or the account deleted).
    expect(kept.take("c", b)).toBeUndefined();
    expect(kept.size).toBe(0);
  });

  it("forgets a conversation idle past the limit, and sweeps it", () => {
    let now = 1_000;
    kept = new OpenedTexts(60_000, 1_000_000, () => now);
    kept.keep("old", a, texts([1, "s1", "one"]));
    now += 30_000;
    kept.keep("new", a, texts([1, "s2", "two"]));
    now += 30_001;
    kept.sweep();
    expect(kept.size).toBe(1);
    expect(kept.take("old", a)).toBeUndefined();
    kept.keep("new", a, texts([1, "s2", "two"]));
    now += 60_001;
    expect(kept.take("new", a)).toBeUndefined();
  });

  it("keeps within its size, least recently answered first out", () => {
    kept = new OpenedTexts(60_000, 20);
    kept.keep("c1", a, texts([1, "sssss", "ttttt"])); // 10 characters
    kept.keep("c2", a, texts([1, "sssss", "ttttt"]));
    kept.keep("c3", a, texts([1, "sssss", "ttttt"]));
    expect(kept.size).toBe(2);
    expect(kept.take("c1", a)).toBeUndefined();
    expect(kept.take("c3", a)).toBeDefined();
    kept.keep("big", a, texts([1, "s".repeat(15), "t".repeat(15)]));
    expect(kept.take("big", a)).toBeUndefined();
  });
});

/** Records every request; answers with a fixed reply. */
class Recording implements ModelProvider {
  readonly name = "openai";
  readonly model = "records-1";
  readonly requests: ModelRequest[] = [];
  async *stream(request: ModelRequest): AsyncIterable<StreamEvent> {
    this.requests.push(request);
    yield { type: "delta", text: `Reply ${this.requests.length}.` };
    yield { type: "usage", inputTokens: 1, outputTokens: 1 };
  }
}

describe.each(testDatabases)("a reply's context with texts kept from the last (%s)", (kind) => {
  let app: TestApp;
  afterEach(async () => app?.close());

  it("is the conversation as stored, a changed message included", async () => {
    const provider = new Recording();
    app = await startTestApp(kind, {}, { areas: [safetyArea(), conversationsArea({ provider })] });
    const c = app.client();
    await c.startAccount({ country: "GB" });
    const id = (await c.post("/api/conversations", {})).body.conversation.id as string;
    const send = async (text: string) => {
      const sent = await c.post(`/api/conversations/${id}/messages`, { text });
      expect(sent.status).toBe(202);
      const replyId = sent.body.reply.id as string;
      for (let i = 0; i < 500; i++) {
        const row = await app.storage.db
          .selectFrom("messages")
          .select("status")
          .where("id", "=", replyId)
          .executeTakeFirstOrThrow();
        if (row.status === "complete") return replyId;
        await wait(10);
      }
      throw new Error("the reply did not complete");
    };
    const first = await send("Work was long today.");
    await send("I felt small in the meeting.");
    // A message changed after a reply opened it (as a Stop, a retry or a replacement would
    // change a reply): the next context must have it as it is now.
    const { account_id } = await app.storage.db
      .selectFrom("messages")
      .select("account_id")
      .where("id", "=", first)
      .executeTakeFirstOrThrow();
    const cipher = await app.ctx.keyring.forAccount(account_id);
    await app.storage.db
      .updateTable("messages")
      .set({ text_enc: cipher.encrypt("Something else entirely.") })
      .where("id", "=", first)
      .execute();
    await send("My sister called.");
    await send("We argued about mum again.");
    const contents = provider.requests.map((r) => r.messages.map((m) => m.content));
    expect(contents[1]).toEqual(["Work was long today.", "Reply 1.", "I felt small in the meeting."]);
    expect(contents[2]).toEqual([
      "Work was long today.",
      "Something else entirely.",
      "I felt small in the meeting.",
      "Reply 2.",
      "My sister called.",
    ]);
    expect(contents[3]).toEqual([...contents[2]!, "Reply 3.", "We argued about mum again."]);
  });
});
