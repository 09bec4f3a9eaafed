import { describe, expect, it } from "vitest";
import { Lifecycle, SSE_GOODBYE } from "./lifecycle.js";
import { createMetrics } from "./metrics.js";
import { sameSecret } from "./routes.js";

describe("metrics", () => {
  it("renders Prometheus text whose every metric name starts with asclepiad_", async () => {
    const m = createMetrics({ processMetrics: true });
    m.request("GET", "/api/conversations/:id", 200, 0.004);
    m.reply({
      provider: "reflective",
      outcome: "complete",
      offline: false,
      inputTokens: 10,
      outputTokens: 20,
    });
    m.firstToken(0.02);
    m.offlineFallback("openai");
    m.flaggedReplyReplaced();
    m.screened("high");
    m.coinsSpent(3);
    m.addGauge("asclepiad_reply_jobs", "jobs", "status", () => ({ queued: 2, running: 1 }));
    const { contentType, body } = await m.render();
    expect(contentType).toContain("text/plain");
    const names = body
      .split("\n")
      .filter((l) => l && !l.startsWith("#"))
      .map((l) => l.split(/[{ ]/)[0]!);
    expect(names.length).toBeGreaterThan(20);
    for (const n of names) expect(n).toMatch(/^asclepiad_/);
    expect(body).toContain(
      'asclepiad_http_requests_total{method="GET",route="/api/conversations/:id",status="200"} 1',
    );
    expect(body).toContain(
      'asclepiad_replies_total{provider="reflective",outcome="complete",offline="false"} 1',
    );
    expect(body).toContain('asclepiad_model_tokens_total{provider="reflective",direction="output"} 20');
    expect(body).toContain('asclepiad_offline_fallbacks_total{provider="openai"} 1');
    expect(body).toContain("asclepiad_flagged_replies_replaced_total 1");
    expect(body).toContain('asclepiad_screenings_total{level="high"} 1');
    expect(body).toContain("asclepiad_coins_spent_total 3");
    expect(body).toContain('asclepiad_reply_jobs{status="queued"} 2');
    expect(body).toContain("asclepiad_reply_first_token_seconds_count 1");
  });

  it("keeps odd label values (anything that could be text) out of the output", async () => {
    const m = createMetrics();
    m.screened("I feel awful today");
    m.offlineFallback('evil"provider\nname');
    const { body } = await m.render();
    expect(body).not.toContain("awful");
    expect(body).not.toContain("evil");
    expect(body).toContain('asclepiad_screenings_total{level="other"} 1');
  });

  it("still answers a scrape when a sampled gauge fails", async () => {
    const m = createMetrics();
    m.addGauge("asclepiad_reply_jobs", "jobs", "status", () => Promise.reject(new Error("database down")));
    const { body } = await m.render();
    expect(body).toContain("# TYPE asclepiad_reply_jobs gauge");
  });

  it("gives two servers in one process their own counts", async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.coinsSpent(5);
    expect((await b.render()).body).toContain("asclepiad_coins_spent_total 0");
  });
});

describe("lifecycle", () => {
  it("is ready when every check passes, and says which failed otherwise", async () => {
    const l = new Lifecycle();
    expect(await l.readiness()).toEqual({ ready: true, reasons: [] });
    l.addReadinessCheck("database", () => undefined);
    l.addReadinessCheck("model", () => "circuit open");
    l.addReadinessCheck("cache", () => Promise.reject(new TypeError("boom")));
    expect(await l.readiness()).toEqual({
      ready: false,
      reasons: ["cache: TypeError", "model: circuit open"],
    });
  });

  it("says goodbye to every open stream on shutdown, and to any opened after", async () => {
    const l = new Lifecycle();
    const said: string[] = [];
    l.trackStream(() => said.push("a"));
    const untrack = l.trackStream(() => said.push("b"));
    l.trackStream(() => said.push("c"));
    untrack();
    expect(l.openStreams).toBe(2);
    expect(l.beginShutdown()).toBe(2);
    expect(said).toEqual(["a", "c"]);
    expect(await l.readiness()).toEqual({ ready: false, reasons: ["shutting down"] });
    l.trackStream(() => said.push("late"));
    await Promise.resolve();
    expect(said).toEqual(["a", "c", "late"]);
  });

  it("asks the browser to reconnect soon", () => {
    expect(SSE_GOODBYE).toMatch(/^retry: \d+\n/);
    expect(SSE_GOODBYE.endsWith("\n\n")).toBe(true);
  });
});

describe("sameSecret", () => {
  it("accepts only the exact token", () => {
    expect(sameSecret("a-long-metrics-token", "a-long-metrics-token")).toBe(true);
    expect(sameSecret("a-long-metrics-token ", "a-long-metrics-token")).toBe(false);
    expect(sameSecret("", "a-long-metrics-token")).toBe(false);
  });
});
