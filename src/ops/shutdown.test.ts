/**
 * SIGTERM, as an orchestrator sends it before replacing an instance: the process stops
 * taking requests, tells every open stream to reconnect (elsewhere), lets the reply being
 * written finish within the grace period or hands it back, and exits 0. Nothing a person
 * wrote or was owed is lost.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TestClient } from "../../test/app.js";
import { fakeReply, startFakeOpenAI, type FakeServer } from "../../test/fake-model-servers.js";
import { spawnServer, type ServerProcess } from "../../test/process.js";

const CHUNKS = Array.from({ length: 20 }, (_, i) => `word${i} `);
const FULL = CHUNKS.join("");
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => Promise<boolean> | boolean, what: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await wait(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("a server told to stop with SIGTERM", () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup.length = 0;
  });

  async function setUp(graceSeconds: number, chunkDelayMs: number) {
    const model: FakeServer = await startFakeOpenAI(fakeReply(CHUNKS, { chunkDelayMs }));
    cleanup.push(() => model.close());
    const dataDir = mkdtempSync(join(tmpdir(), "asclepiad-sigterm-"));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const env = {
      ASCLEPIAD_DATA_DIR: dataDir,
      ASCLEPIAD_MODEL_PROVIDER: "openai",
      ASCLEPIAD_MODEL_BASE_URL: model.url,
      ASCLEPIAD_MODEL: "fake",
      ASCLEPIAD_SECRET: "sigterm-test-secret-sigterm-test-secret-00",
      ASCLEPIAD_MASTER_KEY: "33".repeat(32),
      ASCLEPIAD_SHUTDOWN_GRACE_SECONDS: String(graceSeconds),
    };
    const start = async () => {
      const s: ServerProcess = await spawnServer(env);
      cleanup.push(() => s.kill());
      return s;
    };
    return { model, start };
  }

  /** Sends a message, opens its reply stream, and waits until the model is writing. */
  async function midReply(server: ServerProcess, model: FakeServer) {
    const c = new TestClient(server.url);
    await c.startAccount();
    const id = (await c.post("/api/conversations", {})).body.conversation.id as string;
    const sent = await c.post(`/api/conversations/${id}/messages`, { text: "Today was long." });
    expect(sent.status).toBe(202);
    const replyId = sent.body.reply.id as string;
    const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await fetch(`${server.url}/api/messages/${replyId}/stream`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const stream = res.text();
    await until(() => model.requests[0]?.firstTokenAt !== undefined, "the model's first token");
    return { c, id, replyId, stream };
  }

  async function exitCodeAfter(server: ServerProcess, signal: NodeJS.Signals) {
    await server.kill(signal);
    return server.child.exitCode;
  }

  it("lets the reply in progress finish, tells the stream to reconnect, and exits 0", async () => {
    const { model, start } = await setUp(10, 40);
    const first = await start();
    const { c, id, replyId, stream } = await midReply(first, model);

    expect(await exitCodeAfter(first, "SIGTERM")).toBe(0);
    const text = await stream;
    expect(text).toContain("retry: 1000\n");
    expect(first.output()).not.toContain("word3");

    // The next instance on the same data finds the reply finished, whole, and only once.
    const second = await start();
    const c2 = new TestClient(second.url);
    c2.cookies = c.cookies;
    const conv = (await c2.get(`/api/conversations/${id}`)).body.conversation;
    expect(conv.messages.map((m: { author: string; status: string }) => [m.author, m.status])).toEqual([
      ["person", "complete"],
      ["maia", "complete"],
    ]);
    expect(conv.messages[1].id).toBe(replyId);
    expect(conv.messages[1].text).toBe(FULL);
    expect(model.requests).toHaveLength(1);
  });

  it("hands a reply that outlasts the grace period back, and the next instance writes it once", async () => {
    const { model, start } = await setUp(0, 300);
    const first = await start();
    const { c, id, replyId, stream } = await midReply(first, model);

    expect(await exitCodeAfter(first, "SIGTERM")).toBe(0);
    expect(await stream).toContain("retry: 1000\n");

    const second = await start();
    const c2 = new TestClient(second.url);
    c2.cookies = c.cookies;
    let conv: { messages: { id: string; author: string; status: string; text: string }[] } | undefined;
    await until(async () => {
      conv = (await c2.get(`/api/conversations/${id}`)).body.conversation;
      return conv?.messages.find((m) => m.id === replyId)?.status === "complete";
    }, "the handed-back reply to be written");
    expect(conv!.messages.map((m) => [m.author, m.status])).toEqual([
      ["person", "complete"],
      ["maia", "complete"],
    ]);
    expect(conv!.messages[1]!.text).toBe(FULL);
    expect(model.requests).toHaveLength(2);
  });

  it("exits 0 at once when idle", async () => {
    const { start } = await setUp(5, 10);
    const server = await start();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await exitCodeAfter(server, "SIGTERM")).toBe(0);
    expect(server.output()).toContain("shutting down");
  });
});
