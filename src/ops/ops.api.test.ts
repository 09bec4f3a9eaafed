import { afterEach, describe, expect, it } from "vitest";
import { startTestApp, TestClient, type TestApp } from "../../test/app.js";
import { openTestStorage, testDatabases } from "../../test/databases.js";
import { coinsArea } from "../coins/index.js";
import { createVouchers } from "../coins/vouchers.js";
import { conversationsArea } from "../conversations/index.js";
import type { CircuitState } from "../providers/resilience.js";
import type { ModelProvider, StreamEvent } from "../providers/types.js";
import { safetyArea } from "../safety/area.js";
import { startServer } from "../server/start.js";
import { opsArea } from "./area.js";

const TOKEN = "metrics-token-for-tests-0123456789";
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A network-like provider whose circuit state and pace each test sets. */
class FakeNetworkProvider implements ModelProvider {
  readonly name = "openai";
  readonly model = "fake-1";
  circuit: CircuitState = "closed";
  /** When set, each reply waits for this before its first word (or until aborted). */
  hold: Promise<void> | undefined;
  circuitState = () => this.circuit;
  stream(_request: unknown, signal: AbortSignal): AsyncIterable<StreamEvent> {
    const hold = this.hold;
    return (async function* () {
      if (hold) {
        await Promise.race([
          hold,
          new Promise((_, reject) =>
            signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
          ),
        ]);
      }
      yield { type: "delta", text: "Thank you for telling me. " };
      yield { type: "delta", text: "What matters most in that?" };
      yield { type: "usage", inputTokens: 7, outputTokens: 11 };
    })();
  }
}

async function replyDone(c: TestClient, conversationId: string, replyId: string) {
  for (let i = 0; i < 400; i++) {
    const res = await c.get(`/api/conversations/${conversationId}`);
    const m = res.body.conversation.messages.find((x: { id: string }) => x.id === replyId);
    if (m && ["complete", "stopped", "failed"].includes(m.status)) return m;
    await wait(25);
  }
  throw new Error("reply did not finish");
}

describe.each(testDatabases)("operations endpoints on %s", (kind) => {
  const apps: TestApp[] = [];
  afterEach(async () => {
    for (const a of apps.splice(0)) await a.close();
  });
  async function start(env: Record<string, string> = {}, provider = new FakeNetworkProvider()) {
    const app = await startTestApp(kind, env, {
      areas: [opsArea(), safetyArea(), conversationsArea({ provider })],
    });
    apps.push(app);
    return { app, provider };
  }

  it("says the process is up and ready, to anyone, without caching", async () => {
    const { app } = await start();
    const c = app.client();
    const health = await c.get("/healthz");
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: "ok" });
    const ready = await c.get("/readyz");
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: "ready", reasons: [] });
    expect(ready.headers.get("cache-control")).toBe("no-store");
  });

  it("has no /metrics at all until an operator sets a token", async () => {
    const { app } = await start();
    const res = await app.client().get("/metrics", { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(404);
  });

  it("serves /metrics only to the bearer of the token", async () => {
    const { app } = await start({ ASCLEPIAD_METRICS_TOKEN: TOKEN });
    const c = app.client();
    expect((await c.get("/metrics")).status).toBe(401);
    expect((await c.get("/metrics", { authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    expect((await c.get("/metrics", { authorization: `Basic ${TOKEN}` })).status).toBe(401);
    const ok = await c.get("/metrics", { authorization: `Bearer ${TOKEN}` });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toContain("text/plain");
    expect(ok.body).toContain("asclepiad_process_resident_memory_bytes");
  });

  it("counts requests by route pattern and replies by provider and outcome, never content or ids", async () => {
    const { app } = await start({ ASCLEPIAD_METRICS_TOKEN: TOKEN });
    const c = app.client();
    const { account } = await c.startAccount({ country: "GB" });
    const conv = (await c.post("/api/conversations", {})).body.conversation;
    const secret = "my-unrepeatable-worry-about-quokkas";
    const sent = await c.post(`/api/conversations/${conv.id}/messages`, { text: secret });
    expect(sent.status).toBe(202);
    await replyDone(c, conv.id, sent.body.reply.id);
    await c.get(`/api/conversations/${conv.id}`);

    const body = (await c.get("/metrics", { authorization: `Bearer ${TOKEN}` })).body as string;
    expect(body).toMatch(
      /asclepiad_http_requests_total\{method="GET",route="\/api\/conversations\/:id",status="200"\} \d+/,
    );
    expect(body).toMatch(
      /asclepiad_http_request_duration_seconds_count\{method="POST",route="\/api\/conversations\/:id\/messages"\} 1/,
    );
    expect(body).toContain('asclepiad_replies_total{provider="openai",outcome="complete",offline="false"} 1');
    expect(body).toContain('asclepiad_model_tokens_total{provider="openai",direction="output"} 11');
    expect(body).toContain("asclepiad_reply_first_token_seconds_count 1");
    expect(body).toMatch(/asclepiad_screenings_total\{level="[a-z_]+"\} 1/);
    expect(body).toContain('asclepiad_reply_jobs{status="queued"} 0');
    for (const leak of [secret, "quokka", conv.id, account.id, sent.body.reply.id, sent.body.message.id])
      expect(body).not.toContain(leak);
  });

  it("counts the coins a paid reply spent, and nothing of whose they were", async () => {
    const app = await startTestApp(
      kind,
      { ASCLEPIAD_METRICS_TOKEN: TOKEN, ASCLEPIAD_PRICE_PER_REPLY: "3" },
      {
        areas: [
          opsArea(),
          safetyArea(),
          coinsArea({ redeemAttemptsPer15Min: 1000 }),
          conversationsArea({ provider: new FakeNetworkProvider() }),
        ],
      },
    );
    apps.push(app);
    const spent = async () => {
      const body = (await app.client().get("/metrics", { authorization: `Bearer ${TOKEN}` })).body as string;
      const m = /^asclepiad_coins_spent_total (\d+)$/m.exec(body);
      expect(m, "asclepiad_coins_spent_total in /metrics").not.toBeNull();
      return { body, value: Number(m![1]) };
    };
    const c = app.client();
    const { account } = await c.startAccount({ country: "GB" });
    const conv = (await c.post("/api/conversations", {})).body.conversation;

    // A reply in the trial is free: nothing spent.
    const free = await c.post(`/api/conversations/${conv.id}/messages`, { text: "First words." });
    expect((await replyDone(c, conv.id, free.body.reply.id)).status).toBe("complete");
    expect((await spent()).value).toBe(0);

    // Trial over, coins granted: a reply costs its price, and the counter rises by it.
    await app.ctx.db
      .updateTable("accounts")
      .set({ trial_ends_at: Date.now() - 1000 })
      .where("id", "=", account.id)
      .execute();
    const [code] = await createVouchers(app.ctx.db, { coins: 10, count: 1, now: Date.now() });
    expect((await c.post("/api/vouchers/redeem", { code })).status).toBe(200);
    const paid = await c.post(`/api/conversations/${conv.id}/messages`, { text: "Second words." });
    expect(paid.status).toBe(202);
    expect((await replyDone(c, conv.id, paid.body.reply.id)).status).toBe("complete");
    const after = await spent();
    expect(after.value).toBe(3);
    expect((await c.get("/api/coins")).body.balance).toBe(7);
    expect(after.body).toMatch(/^asclepiad_coins_spent_total 3$/m);
    for (const leak of [account.id, conv.id, paid.body.reply.id, code!])
      expect(after.body).not.toContain(leak);
  });

  it("reports not ready, with the reason, while the model's circuit is open", async () => {
    const { app, provider } = await start();
    const c = app.client();
    provider.circuit = "open";
    const res = await c.get("/readyz");
    expect(res.status).toBe(503);
    expect(res.body).toEqual({
      status: "not_ready",
      reasons: ["model: circuit open after repeated failures"],
    });
    provider.circuit = "half_open";
    expect((await c.get("/readyz")).status).toBe(200);
    expect((await c.get("/healthz")).status).toBe(200);
  });

  it("reports not ready when the database cannot be reached, while still up", async () => {
    const { app } = await start();
    const c = app.client();
    await app.storage.db.destroy();
    const res = await c.get("/readyz");
    expect(res.status).toBe(503);
    expect(res.body.status).toBe("not_ready");
    expect(res.body.reasons).toHaveLength(1);
    expect(res.body.reasons[0]).toMatch(/^database: /);
    expect((await c.get("/healthz")).status).toBe(200);
  });

  it("on shutdown tells open streams to reconnect and hands an unfinished reply back", async () => {
    let release!: () => void;
    const provider = new FakeNetworkProvider();
    provider.hold = new Promise<void>((r) => (release = r));
    const storage = await openTestStorage(kind);
    try {
      const server = await startServer(
        {
          ASCLEPIAD_PORT: "0",
          ASCLEPIAD_DATA_DIR: storage.dataDir,
          ASCLEPIAD_LOG_LEVEL: "silent",
          ASCLEPIAD_MASTER_KEY: "11".repeat(32),
          ASCLEPIAD_SHUTDOWN_GRACE_SECONDS: "0",
        },
        { storage, areas: [opsArea(), safetyArea(), conversationsArea({ provider })] },
      );
      const c = new TestClient(server.url);
      await c.startAccount();
      const conv = (await c.post("/api/conversations", {})).body.conversation;
      const sent = await c.post(`/api/conversations/${conv.id}/messages`, { text: "Hello" });
      const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
      const res = await fetch(`${server.url}/api/messages/${sent.body.reply.id}/stream`, {
        headers: { cookie },
      });
      expect(res.status).toBe(200);
      const body = res.text();
      await wait(100);

      await server.close();
      const text = await body;
      expect(text).toContain("retry: 1000\n");
      expect(text).not.toContain("event: done");
      release();

      const row = await storage.db
        .selectFrom("reply_jobs")
        .select(["status", "lease_owner"])
        .where("message_id", "=", sent.body.reply.id)
        .executeTakeFirst();
      expect(row).toEqual({ status: "queued", lease_owner: null });
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    } finally {
      release();
      await storage.close();
    }
  });
});
