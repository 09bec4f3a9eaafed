/**
 * "What Maia remembers" brought up to date from the clauses kept at the last refresh: the
 * summary must be exactly the one made by reading every person message above the floor,
 * whatever the points at which it was refreshed, after a "forget", and for a conversation
 * summarised before the clauses were kept (or whose kept clauses cannot be read).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { openTestStorage, testDatabases, type TestStorage } from "../../test/databases.js";
import { AccountCipher } from "../privacy/cipher.js";
import { summarise } from "../reflective/index.js";
import { createConversation } from "./store.js";
import { refreshMemory } from "./memory.js";

const SAID = [
  "I keep cancelling my sessions and I don't know why.",
  "Work was loud today and I felt small in the meeting.",
  "My sister called and we argued about mum again.",
  "I keep cancelling my sessions and I don't know why.",
  "Why do I always do this?",
  "I slept badly, and everything felt heavier than it should.",
  "hi",
  "I felt small again when my manager talked over me in the meeting.",
  "I think I am scared that my sister is right about me.",
  "I walked to the river after work and I felt a bit lighter.",
  "I told my friend about the sessions and she did not judge me.",
  "I want to stop apologising for everything I do at work.",
  "My dad used to say I was too sensitive and I still hear it.",
  "I am tired of feeling like I have to earn rest.",
];

describe.each(testDatabases)("memory refresh from the kept clauses (%s)", (kind) => {
  let storage: TestStorage;
  afterEach(async () => storage?.close());

  async function setUp() {
    storage = await openTestStorage(kind);
    const { db } = storage;
    const accountId = randomUUID();
    await db
      .insertInto("accounts")
      .values({
        id: accountId,
        key_hash: randomUUID(),
        data_key: "unused",
        created_at: 1,
        trial_ends_at: 2,
        country: null,
      })
      .execute();
    const cipher = new AccountCipher(accountId, randomBytes(32));
    const conversationId = await createConversation(db, cipher, undefined, 1);
    let seq = 0;
    const texts: { seq: number; text: string }[] = [];
    /** A person message and Maia's complete reply to it. */
    const exchange = async (text: string) => {
      for (const [author, t] of [
        ["person", text],
        ["maia", `I hear that: ${text}`],
      ] as const) {
        seq++;
        await db
          .insertInto("messages")
          .values({
            id: randomUUID(),
            conversation_id: conversationId,
            account_id: accountId,
            seq,
            author,
            text_enc: cipher.encrypt(t),
            status: "complete",
            created_at: seq,
            completed_at: seq,
            risk: null,
            themes: null,
            provider: null,
            model: null,
            prompt_version: null,
            offline: 0,
            input_tokens: null,
            output_tokens: null,
            attempt: 0,
          })
          .execute();
        if (author === "person") texts.push({ seq, text: t });
      }
      await db
        .updateTable("conversations")
        .set({ next_seq: seq + 1 })
        .where("id", "=", conversationId)
        .execute();
    };
    /** The summary made the old way: every person message above the floor, read afresh. */
    const fromScratch = (floor: number) =>
      summarise(texts.filter((t) => t.seq > floor).map((t) => ({ author: "person", text: t.text })));
    const row = () =>
      db.selectFrom("conversations").selectAll().where("id", "=", conversationId).executeTakeFirstOrThrow();
    return { db, cipher, conversationId, exchange, fromScratch, row, top: () => seq };
  }

  it("gives the summary made from every message, refreshed at any points", async () => {
    const { db, cipher, conversationId, exchange, fromScratch, row } = await setUp();
    // Refreshed after 1, 2, 3, … exchanges: every split of the history into runs.
    let n = 0;
    for (let step = 1; n < SAID.length; step++) {
      for (let i = 0; i < step && n < SAID.length; i++) await exchange(SAID[n++]!);
      const { summary } = await refreshMemory(db, cipher, conversationId, n);
      expect(summary).toBe(fromScratch(0));
      expect((await row()).summary_items_enc).not.toBeNull();
    }
    expect(fromScratch(0)).toMatch(/You said/);
  });

  it("starts again above the floor after a forget", async () => {
    const { db, cipher, conversationId, exchange, fromScratch, row, top } = await setUp();
    for (const t of SAID.slice(0, 6)) await exchange(t);
    await refreshMemory(db, cipher, conversationId, 1);
    // What `clearMemory` writes.
    const floor = top();
    await db
      .updateTable("conversations")
      .set({
        summary_enc: null,
        summary_items_enc: null,
        summary_seq: floor,
        summary_updated_at: 2,
        memory_floor: floor,
      })
      .where("id", "=", conversationId)
      .execute();
    for (const t of SAID.slice(6, 10)) await exchange(t);
    const { summary } = await refreshMemory(db, cipher, conversationId, 3);
    expect(summary).toBe(fromScratch(floor));
    expect(summary).not.toMatch(/cancelling/);
    for (const t of SAID.slice(10)) await exchange(t);
    expect((await refreshMemory(db, cipher, conversationId, 4)).summary).toBe(fromScratch(floor));
    expect((await row()).memory_floor).toBe(floor);
  });

  it("reads everything above the floor when no clauses were kept, or they cannot be read", async () => {
    const { db, cipher, conversationId, exchange, fromScratch } = await setUp();
    for (const t of SAID.slice(0, 5)) await exchange(t);
    await refreshMemory(db, cipher, conversationId, 1);
    for (const [i, kept] of [null, cipher.encrypt("not a list"), cipher.encrypt("[1,2]")].entries()) {
      // A summary written before the clauses were kept: a summary and its point, no clauses.
      await db
        .updateTable("conversations")
        .set({ summary_items_enc: kept })
        .where("id", "=", conversationId)
        .execute();
      await exchange(SAID[5 + i]!);
      expect((await refreshMemory(db, cipher, conversationId, 2 + i)).summary).toBe(fromScratch(0));
    }
    for (const t of SAID.slice(8)) await exchange(t);
    expect((await refreshMemory(db, cipher, conversationId, 9)).summary).toBe(fromScratch(0));
  });

  it("returns the kept summary when nothing new is complete", async () => {
    const { db, cipher, conversationId, exchange, fromScratch } = await setUp();
    for (const t of SAID.slice(0, 4)) await exchange(t);
    const first = await refreshMemory(db, cipher, conversationId, 5);
    const again = await refreshMemory(db, cipher, conversationId, 6);
    expect(again).toEqual({ summary: fromScratch(0), updatedAt: 5 });
    expect(first.summary).toBe(again.summary);
  });
});
