/**
 * Lost writers (docs/decisions/0001): a reply whose writer vanishes (its process dies, or
 * it loses its database and its lease runs out) is taken over and written again. Only such
 * losses count towards giving a reply up, and only past their own limit; a reply handed
 * back at shutdown lost nobody.
 *
 * A writer is "lost" here the way a killed process is, as far as the database can tell:
 * it claims the reply, begins writing, and then its connection to the database is closed,
 * so it can neither renew its lease nor finish.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { ModelProvider, StreamEvent } from "../providers/types.js";
import type { Storage } from "../storage/db.js";
import { safetyArea } from "../safety/area.js";
import { testDatabases } from "../../test/databases.js";
import { startTestApp, type TestApp, type TestClient } from "../../test/app.js";
import { ReplyHub } from "./hub.js";
import { conversationsArea } from "./index.js";
import { ReplyWorker, type WorkerOptions } from "./worker.js";

const WORDS = ["I ", "hear ", "how ", "long ", "today ", "was."];
const FULL = WORDS.join("");
const LEASE_MS = 300;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 10_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await wait(20);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Writes one word, then waits until it is stopped (an AbortError) or the test releases it. */
class StallingProvider implements ModelProvider {
  readonly name = "openai";
  readonly model = "stalls-1";
  calls = 0;
  private release!: () => void;
  private released = new Promise<void>((r) => (this.release = r));
  async *stream(_request: unknown, signal: AbortSignal): AsyncIterable<StreamEvent> {
    this.calls++;
    yield { type: "delta", text: "I " };
    await Promise.race([
      this.released,
      new Promise<void>((r) => signal.addEventListener("abort", () => r(), { once: true })),
    ]);
    if (signal.aborted) throw new DOMException("The call was stopped.", "AbortError");
  }
  releaseAll() {
    this.release();
  }
}

class WholeProvider implements ModelProvider {
  readonly name = "openai";
  readonly model = "whole-1";
  calls = 0;
  async *stream(): AsyncIterable<StreamEvent> {
    this.calls++;
    for (const w of WORDS) yield { type: "delta", text: w };
    yield { type: "usage", inputTokens: 5, outputTokens: WORDS.length };
  }
}

describe.each(testDatabases)("writers lost while replying (%s)", (kind) => {
  let app: TestApp;
  let stalling: StallingProvider;
  const workers: ReplyWorker[] = [];
  const extraStorages: { close(): Promise<void> }[] = [];

  afterEach(async () => {
    stalling?.releaseAll();
    for (const w of workers.splice(0)) await w.stop(0);
    for (const s of extraStorages.splice(0)) await s.close().catch(() => {});
    await app?.close();
  });

  /** An app whose own worker never runs: the test decides who writes each reply. */
  async function setUp(): Promise<{ c: TestClient; conversationId: string; replyId: string }> {
    stalling = new StallingProvider();
    const area = { ...conversationsArea({ provider: stalling }), start: undefined };
    app = await startTestApp(kind, {}, { areas: [safetyArea(), area] });
    const c = app.client();
    await c.startAccount({ country: "GB" });
    const conversationId = (await c.post("/api/conversations", {})).body.conversation.id as string;
    const sent = await c.post(`/api/conversations/${conversationId}/messages`, {
      text: "Work was long today.",
    });
    expect(sent.status).toBe(202);
    return { c, conversationId, replyId: sent.body.reply.id as string };
  }

  function worker(
    provider: ModelProvider,
    options: Partial<WorkerOptions> = {},
    storage: Storage = app.storage,
  ) {
    const ctx = { ...app.ctx, db: storage.db, storage };
    const w = new ReplyWorker(ctx, new ReplyHub(), {
      provider,
      fallback: provider,
      leaseMs: LEASE_MS,
      ...options,
    });
    workers.push(w);
    return w;
  }

  /** A writer claims the reply, begins it, and is lost. */
  async function loseWriter(options: Partial<WorkerOptions> = {}) {
    const storage = app.storage.reopen();
    extraStorages.push(storage);
    const calls = stalling.calls;
    await worker(stalling, options, storage).start();
    await until(() => stalling.calls > calls, "the writer to begin");
    await storage.close();
  }

  async function reply(c: TestClient, conversationId: string, replyId: string) {
    const res = await c.get(`/api/conversations/${conversationId}`);
    return (res.body.conversation.messages as { id: string; status: string; text: string }[]).find(
      (m) => m.id === replyId,
    );
  }

  async function settled(c: TestClient, conversationId: string, replyId: string) {
    let found: Awaited<ReturnType<typeof reply>>;
    await until(async () => {
      found = await reply(c, conversationId, replyId);
      return found?.status !== "pending" && found?.status !== "streaming";
    }, "the reply to settle");
    const jobs = await app.storage.db.selectFrom("reply_jobs").select("message_id").execute();
    expect(jobs).toEqual([]);
    return found!;
  }

  it("answers a reply whose writer vanished three times", async () => {
    const { c, conversationId, replyId } = await setUp();
    for (let i = 0; i < 3; i++) await loseWriter();
    const whole = new WholeProvider();
    await worker(whole).start();
    expect(await settled(c, conversationId, replyId)).toMatchObject({ status: "complete", text: FULL });
    expect(whole.calls).toBe(1);
  });

  it("gives a reply up once its writers have vanished as often as allowed", async () => {
    const { c, conversationId, replyId } = await setUp();
    for (let i = 0; i < 2; i++) await loseWriter({ maxLostWriters: 2 });
    const whole = new WholeProvider();
    await worker(whole, { maxLostWriters: 2 }).start();
    expect((await settled(c, conversationId, replyId)).status).toBe("failed");
    expect(whole.calls).toBe(0);
  });

  it("writes the reply its finishing transaction claimed, one slot at a time", async () => {
    const { c, conversationId, replyId } = await setUp();
    // A second conversation whose reply is queued behind the first: with one slot, the
    // first reply's finishing transaction claims it.
    const other = (await c.post("/api/conversations", {})).body.conversation.id as string;
    const sent = await c.post(`/api/conversations/${other}/messages`, { text: "And I slept badly." });
    expect(sent.status).toBe(202);
    const whole = new WholeProvider();
    const ctx = { ...app.ctx, config: { ...app.ctx.config, replyWorkers: 1 } };
    const w = new ReplyWorker(ctx, new ReplyHub(), { provider: whole, fallback: whole, leaseMs: LEASE_MS });
    workers.push(w);
    await w.start();
    // Not settled(): while the first reply finishes, the second one's job is already claimed,
    // so the jobs table is only empty once both are written.
    await until(
      async () => (await reply(c, other, sent.body.reply.id as string))?.status === "complete",
      "the second reply",
    );
    expect(await settled(c, conversationId, replyId)).toMatchObject({ status: "complete", text: FULL });
    expect(whole.calls).toBe(2);
  });

  it("records replies that finish together each as its own, even when one cannot be recorded at first", async () => {
    const { c, conversationId, replyId } = await setUp();
    const replies = [{ conversationId, replyId }];
    for (const text of ["And I slept badly.", "My sister called.", "Work was loud."]) {
      const other = (await c.post("/api/conversations", {})).body.conversation.id as string;
      const sent = await c.post(`/api/conversations/${other}/messages`, { text });
      expect(sent.status).toBe(202);
      replies.push({ conversationId: other, replyId: sent.body.reply.id as string });
    }
    // Settling one reply's coins fails once: on SQLite, where replies finishing in the same
    // turn share a transaction, that must cost the others nothing.
    const failing = replies[2]!.replyId;
    let failed = false;
    const settledIds: string[] = [];
    const billing = {
      ...app.ctx.billing,
      settle: async (...args: Parameters<typeof app.ctx.billing.settle>) => {
        if (args[1].replyId === failing && !failed) {
          failed = true;
          throw new Error("settling failed");
        }
        await app.ctx.billing.settle(...args);
        settledIds.push(args[1].replyId);
      },
    };
    const whole = new WholeProvider();
    const ctx = { ...app.ctx, billing, config: { ...app.ctx.config, replyWorkers: 4 } };
    const w = new ReplyWorker(ctx, new ReplyHub(), { provider: whole, fallback: whole, leaseMs: LEASE_MS });
    workers.push(w);
    await w.start();
    // Where the failure is the reply's alone (PostgreSQL, or a group of one) its writer is lost
    // and the reply written again once the lease lapses, as before group commit.
    await until(async () => {
      for (const r of replies)
        if ((await reply(c, r.conversationId, r.replyId))?.status !== "complete") return false;
      return true;
    }, "every reply");
    for (const r of replies)
      expect(await settled(c, r.conversationId, r.replyId)).toMatchObject({ status: "complete", text: FULL });
    expect(failed).toBe(true);
    // Every reply's coins were settled (in a group that failed, and again on its own).
    expect(new Set(settledIds)).toEqual(new Set(replies.map((r) => r.replyId)));
  });

  it("does not count a reply handed back at shutdown as a lost writer", async () => {
    const { c, conversationId, replyId } = await setUp();
    for (let i = 0; i < 3; i++) {
      const calls = stalling.calls;
      const w = worker(stalling, { maxLostWriters: 1 });
      await w.start();
      await until(() => stalling.calls > calls, "the writer to begin");
      await w.stop(0);
      expect((await reply(c, conversationId, replyId))?.status).toBe("pending");
    }
    const whole = new WholeProvider();
    await worker(whole, { maxLostWriters: 1 }).start();
    expect(await settled(c, conversationId, replyId)).toMatchObject({ status: "complete", text: FULL });
  });
});
