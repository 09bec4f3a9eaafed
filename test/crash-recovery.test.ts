/**
 * Durability under the worst kind of stop: kill -9 in the middle of a reply. After a
 * restart (or, on PostgreSQL, on another instance once the lease expires) the reply is
 * finished exactly once, and the person's message is still there.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TestClient } from "./app.js";
import { openTestStorage, type TestStorage } from "./databases.js";
import { fakeReply, startFakeOpenAI, type FakeServer } from "./fake-model-servers.js";
import { spawnServer, type ServerProcess } from "./process.js";

const CHUNKS = Array.from({ length: 30 }, (_, i) => `word${i} `);
const FULL = CHUNKS.join("");
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function untilTrue(check: () => Promise<boolean> | boolean, what: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await wait(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("a server killed mid-reply", () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup.length = 0;
  });

  async function setUp(extraEnv: Record<string, string>) {
    // The first attempt is slow enough to be killed part-way; the retry is quick.
    const model: FakeServer = await startFakeOpenAI([
      fakeReply(CHUNKS, { chunkDelayMs: 400 }),
      fakeReply(CHUNKS, { chunkDelayMs: 10 }),
    ]);
    cleanup.push(() => model.close());
    const env = {
      ASCLEPIAD_MODEL_PROVIDER: "openai",
      ASCLEPIAD_MODEL_BASE_URL: model.url,
      ASCLEPIAD_MODEL: "fake",
      ASCLEPIAD_SECRET: "crash-test-secret-crash-test-secret-0000",
      ASCLEPIAD_MASTER_KEY: "22".repeat(32),
      ASCLEPIAD_REPLY_LEASE_SECONDS: "2",
      ...extraEnv,
    };
    const start = async () => {
      const s: ServerProcess = await spawnServer(env);
      cleanup.push(() => s.kill());
      return s;
    };
    return { model, start };
  }

  async function sendAndWaitForFirstToken(server: ServerProcess, model: FakeServer) {
    const c = new TestClient(server.url);
    await c.startAccount();
    const id = (await c.post("/api/conversations", {})).body.conversation.id;
    const sent = await c.post(`/api/conversations/${id}/messages`, {
      text: "I nearly didn't go to my session today.",
    });
    expect(sent.status).toBe(202);
    await untilTrue(() => model.requests[0]?.firstTokenAt !== undefined, "the model's first token");
    await wait(200);
    return { c, id, replyId: sent.body.reply.id as string };
  }

  async function expectExactlyOneCompleteReply(c: TestClient, id: string, replyId: string) {
    let conv: any;
    await untilTrue(async () => {
      conv = (await c.get(`/api/conversations/${id}`)).body.conversation;
      return conv?.messages?.find((m: any) => m.id === replyId)?.status === "complete";
    }, "the reply to complete");
    expect(conv.messages.map((m: any) => [m.author, m.status])).toEqual([
      ["person", "complete"],
      ["maia", "complete"],
    ]);
    expect(conv.messages[0].text).toBe("I nearly didn't go to my session today.");
    expect(conv.messages[1].text).toBe(FULL);
  }

  // Each test starts real server processes one after another (several seconds each on a
  // busy machine) and waits out a lease: give them room, as many-instances does.
  it("finishes the reply exactly once after a restart (SQLite)", { timeout: 60_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "asclepiad-crash-"));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const { model, start } = await setUp({ ASCLEPIAD_DATA_DIR: dataDir });
    const first = await start();
    const { c, id, replyId } = await sendAndWaitForFirstToken(first, model);
    await first.kill("SIGKILL");
    const second = await start();
    const c2 = new TestClient(second.url);
    c2.cookies = c.cookies;
    await expectExactlyOneCompleteReply(c2, id, replyId);
    expect(model.requests).toHaveLength(2);
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    "is finished by another instance once its lease expires (PostgreSQL)",
    { timeout: 60_000 },
    async () => {
      const storage: TestStorage = await openTestStorage("postgres");
      cleanup.push(() => storage.close());
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.searchParams.set("options", `-c search_path=${storage.pgSchema}`);
      const dataDir = mkdtempSync(join(tmpdir(), "asclepiad-pg-"));
      cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
      const { model, start } = await setUp({ DATABASE_URL: url.toString(), ASCLEPIAD_DATA_DIR: dataDir });
      const a = await start();
      const { c, id, replyId } = await sendAndWaitForFirstToken(a, model);
      // A second instance runs beside the first while it writes; then the first dies.
      const b = await start();
      await a.kill("SIGKILL");
      const cb = new TestClient(b.url);
      cb.cookies = c.cookies;
      await expectExactlyOneCompleteReply(cb, id, replyId);
      expect(model.requests).toHaveLength(2);
    },
  );
});
