/**
 * Replies written in the reply thread (thread.ts): the server as `npm start` runs it on
 * SQLite with the built-in engine, driven through HTTP. Every message gets exactly one
 * complete reply, in order; the stream carries it; the counts reach this thread's metrics;
 * closing drains; and no log line carries what anyone wrote.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TestClient } from "../../test/app.js";
import { readSse, type SseEvent } from "../../test/sse.js";
import { startServer, type RunningServer } from "../server/start.js";
import { openStorage } from "../storage/db.js";

/** The text a browser would show after these events. */
function shown(events: SseEvent[]): string {
  let text = "";
  for (const e of events) {
    if (e.event === "delta") text += (JSON.parse(e.data) as { text: string }).text;
    if (e.event === "reset") text = (JSON.parse(e.data) as { text: string }).text;
  }
  return text;
}

const TEXTS = [
  "I cancelled my session again and told myself it was the traffic.",
  "My sister says I never listen, and maybe she is right.",
  "Work was loud today and I felt very small in the meeting.",
  "I slept badly and everything felt heavier than it should.",
];

describe("replies written in the reply thread", () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup.length = 0;
  });

  async function start(env: Record<string, string> = {}) {
    const dataDir = mkdtempSync(join(tmpdir(), "asclepiad-thread-"));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const lines: string[] = [];
    const server: RunningServer = await startServer(
      {
        ASCLEPIAD_PORT: "0",
        ASCLEPIAD_DATA_DIR: dataDir,
        ASCLEPIAD_MASTER_KEY: "33".repeat(32),
        ASCLEPIAD_SECRET: "thread-test-secret-thread-test-secret-00",
        ASCLEPIAD_REPLY_THREAD: "true",
        ASCLEPIAD_LOG_LEVEL: "debug",
        ...env,
      },
      { logStream: { write: (line: string) => void lines.push(line) } },
    );
    cleanup.push(() => server.close());
    return { server, lines };
  }

  it(
    "answers every message exactly once, in order, streamed, counted, and drains on close",
    { timeout: 60_000 },
    async () => {
      const { server, lines } = await start();
      expect(lines.join("")).toContain("replies are written in a worker thread");
      const c = new TestClient(server.url);
      await c.startAccount();
      const id = (await c.post("/api/conversations", {})).body.conversation.id as string;
      const replies: string[] = [];
      for (const text of TEXTS) {
        const sent = await c.post(`/api/conversations/${id}/messages`, { text });
        expect(sent.status).toBe(202);
        const replyId = sent.body.reply.id as string;
        const events = await readSse(`${server.url}/api/messages/${replyId}/stream`, {
          headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
        });
        const done = events.at(-1)!;
        expect(done.event).toBe("done");
        const message = (JSON.parse(done.data) as { message: { id: string; status: string; text: string } })
          .message;
        expect(message).toMatchObject({ id: replyId, status: "complete" });
        expect(message.text.length).toBeGreaterThan(0);
        expect(shown(events)).toBe(message.text);
        replies.push(message.text);
      }
      const conv = (await c.get(`/api/conversations/${id}`)).body.conversation;
      expect(conv.messages.map((m: { author: string; status: string }) => [m.author, m.status])).toEqual(
        TEXTS.flatMap(() => [
          ["person", "complete"],
          ["maia", "complete"],
        ]),
      );
      expect(
        conv.messages
          .filter((m: { author: string }) => m.author === "maia")
          .map((m: { text: string }) => m.text),
      ).toEqual(replies);
      const { body } = await server.ctx.metrics.render();
      expect(body).toContain(
        `asclepiad_replies_total{provider="reflective",outcome="complete",offline="false"} ${TEXTS.length}`,
      );
      expect(body).toMatch(/asclepiad_reply_first_token_seconds_count \d+/);
      await server.close();
      const log = lines.join("");
      for (const text of [...TEXTS, ...replies]) expect(log).not.toContain(text);
    },
  );

  it("stays in the serving thread when asked to, or without a database file", async () => {
    const { server, lines } = await start({ ASCLEPIAD_REPLY_THREAD: "false" });
    expect(lines.join("")).not.toContain("worker thread");
    const c = new TestClient(server.url);
    await c.startAccount();
    const id = (await c.post("/api/conversations", {})).body.conversation.id as string;
    const sent = await c.post(`/api/conversations/${id}/messages`, { text: TEXTS[0] });
    const events = await readSse(`${server.url}/api/messages/${sent.body.reply.id}/stream`, {
      headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    expect(events.at(-1)!.event).toBe("done");
    const memory = openStorage({ sqliteFile: ":memory:" });
    expect(memory.file).toBeUndefined();
    expect(memory.writeLock).toBeUndefined();
    await memory.close();
  });
});
