/**
 * Streams of replies written by another instance (PostgreSQL: two servers on one
 * database): the stream follows the progress the writing instance saves, through the
 * shared follower, resumes from Last-Event-ID, and ends with `done`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ModelProvider, StreamEvent } from "../providers/types.js";
import { safetyArea } from "../safety/area.js";
import { startServer, type RunningServer } from "../server/start.js";
import { startTestApp, type TestApp, type TestClient } from "../../test/app.js";
import { readSse, textFrom } from "../../test/sse.js";
import { conversationsArea } from "./index.js";

const WORDS = Array.from({ length: 16 }, (_, i) => `word${i} `);
const FULL = WORDS.join("");
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Writes the reply a word every 80 ms, so it is saved (every 50 ms) many times on the way. */
class PacedProvider implements ModelProvider {
  readonly name = "openai";
  readonly model = "paced-1";
  calls = 0;
  async *stream(_request: unknown, signal: AbortSignal): AsyncIterable<StreamEvent> {
    this.calls++;
    for (const w of WORDS) {
      await wait(80);
      if (signal.aborted) return;
      yield { type: "delta", text: w };
    }
    yield { type: "usage", inputTokens: 5, outputTokens: WORDS.length };
  }
}

/** The second instance never writes: it runs no worker, only the routes and streams. */
const idle: ModelProvider = {
  name: "openai",
  model: "idle-1",
  stream() {
    throw new Error("the second instance should not write this reply");
  },
};
const readerOnly = () => ({ ...conversationsArea({ provider: idle }), start: undefined });

describe.runIf(process.env.TEST_DATABASE_URL)("a reply streamed from the instance not writing it", () => {
  let writer: TestApp;
  let reader: RunningServer;
  let dataDir: string;
  const provider = new PacedProvider();

  beforeAll(async () => {
    writer = await startTestApp(
      "postgres",
      {},
      {
        areas: [safetyArea(), conversationsArea({ provider, worker: { saveEveryMs: 50 } })],
      },
    );
    dataDir = mkdtempSync(join(tmpdir(), "asclepiad-reader-"));
    reader = await startServer(
      {
        ASCLEPIAD_PORT: "0",
        ASCLEPIAD_DATA_DIR: dataDir,
        ASCLEPIAD_LOG_LEVEL: "silent",
        ASCLEPIAD_SECRET: "test-secret-test-secret-test-secret-0000",
        ASCLEPIAD_MASTER_KEY: "11".repeat(32),
      },
      {
        storage: writer.storage.reopen(),
        areas: [safetyArea(), readerOnly()],
      },
    );
  });
  afterAll(async () => {
    await reader?.close();
    await writer?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function replyBeingWritten(): Promise<{ c: TestClient; replyId: string; cookie: string }> {
    const c = writer.client();
    await c.startAccount({ country: "GB" });
    const id = (await c.post("/api/conversations", {})).body.conversation.id as string;
    const calls = provider.calls;
    const sent = await c.post(`/api/conversations/${id}/messages`, { text: "Work was long today." });
    expect(sent.status).toBe(202);
    for (let i = 0; i < 1_000 && provider.calls === calls; i++) await wait(10);
    expect(provider.calls).toBe(calls + 1);
    return {
      c,
      replyId: sent.body.reply.id as string,
      cookie: `asclepiad_session=${c.cookies.get("asclepiad_session")}`,
    };
  }

  it("follows the saved progress as it grows, then sends done", async () => {
    const { replyId, cookie } = await replyBeingWritten();
    const events = await readSse(`${reader.url}/api/messages/${replyId}/stream`, { headers: { cookie } });
    const done = events.at(-1)!;
    expect(done.event).toBe("done");
    expect(JSON.parse(done.data).message).toMatchObject({ id: replyId, status: "complete", text: FULL });
    expect(textFrom(events)).toBe(FULL);
    // Several pieces, not the finished reply sent whole: progress was followed on the way.
    expect(events.filter((e) => e.event === "delta").length).toBeGreaterThan(2);
  });

  it("resumes from Last-Event-ID with only what was missed", async () => {
    const { replyId, cookie } = await replyBeingWritten();
    const from = WORDS.slice(0, 2).join("").length;
    const [whole, resumed] = await Promise.all([
      readSse(`${reader.url}/api/messages/${replyId}/stream`, { headers: { cookie } }),
      readSse(`${reader.url}/api/messages/${replyId}/stream`, {
        headers: { cookie, "last-event-id": String(from) },
      }),
    ]);
    expect(textFrom(whole)).toBe(FULL);
    expect(textFrom(resumed, FULL.slice(0, from))).toBe(FULL);
    const ids = resumed.filter((e) => e.event === "delta").map((e) => Number(e.id));
    expect(ids.every((n) => n > from)).toBe(true);
    expect(resumed.at(-1)?.event).toBe("done");
  });

  it("is never shown to another account", async () => {
    const { replyId } = await replyBeingWritten();
    const other = writer.client();
    await other.startAccount();
    const res = await fetch(`${reader.url}/api/messages/${replyId}/stream`, {
      headers: { cookie: `asclepiad_session=${other.cookies.get("asclepiad_session")}` },
    });
    expect(res.status).toBe(404);
  });
});
