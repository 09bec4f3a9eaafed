/**
 * What an operator can see about a running instance, in Prometheus form, and nothing a
 * person wrote: request rates and latencies by route pattern (never a raw URL), replies by
 * provider and outcome, time to first token, tokens and coins spent, screener levels, the
 * fall back to offline replies, flagged replies replaced, open streams and queue depth.
 * No label ever carries content, an account id, a message id or a key.
 *
 * Each server gets its own registry (tests run several in one process). Recording is
 * cheap and always on; only the `/metrics` endpoint is switched by the token (routes.ts).
 * Other areas record through the small methods here, e.g. `ctx.metrics.coinsSpent(3)`.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** Replies end one of these ways; `handed_back` is a reply released on shutdown for another instance. */
export type ReplyOutcome = "complete" | "stopped" | "failed" | "handed_back";

export interface Metrics {
  readonly registry: Registry;
  /** One finished HTTP request; `route` is the route pattern (e.g. /api/conversations/:id). */
  request(method: string, route: string, status: number, seconds: number): void;
  /** One finished reply. `provider` is the provider's name, "safety" or "none". */
  reply(input: {
    provider: string | null;
    outcome: ReplyOutcome;
    offline: boolean;
    inputTokens: number | null;
    outputTokens: number | null;
  }): void;
  /** Seconds from the reply being queued to its first streamed word. */
  firstToken(seconds: number): void;
  /** The configured model failed before its first word and the built-in engine answered. */
  offlineFallback(provider: string): void;
  /** A model reply was flagged while streaming and replaced whole by a safe one. */
  flaggedReplyReplaced(): void;
  /** A person's message was screened; only the level is kept. */
  screened(level: string): void;
  /** Coins taken from balances (a settled reply, a purchase used up): called by the coins area. */
  coinsSpent(amount: number): void;
  /** Sampled when scraped, e.g. the reply queue's depth. Returning a map of label value to number. */
  addGauge(
    name: string,
    help: string,
    label: string,
    sample: () => Promise<Record<string, number>> | Record<string, number>,
  ): void;
  /** The Prometheus text format, with its content type. */
  render(): Promise<{ contentType: string; body: string }>;
}

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const TTFT_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60];

/** Builds one instance's metrics. `processMetrics` adds Node's own (memory, event loop, GC). */
export function createMetrics(options: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: "asclepiad_" });

  const requests = new Counter({
    name: "asclepiad_http_requests_total",
    help: "HTTP requests answered, by method, route pattern and status.",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: "asclepiad_http_request_duration_seconds",
    help: "Time to answer an HTTP request, by method and route pattern (streams excluded).",
    labelNames: ["method", "route"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const replies = new Counter({
    name: "asclepiad_replies_total",
    help: "Replies Maia finished, by provider and outcome.",
    labelNames: ["provider", "outcome", "offline"] as const,
    registers: [registry],
  });
  const ttft = new Histogram({
    name: "asclepiad_reply_first_token_seconds",
    help: "From a reply being queued to its first streamed word.",
    buckets: TTFT_BUCKETS,
    registers: [registry],
  });
  const tokens = new Counter({
    name: "asclepiad_model_tokens_total",
    help: "Tokens reported by model providers, by provider and direction.",
    labelNames: ["provider", "direction"] as const,
    registers: [registry],
  });
  const offline = new Counter({
    name: "asclepiad_offline_fallbacks_total",
    help: "Replies answered by the built-in engine because the configured model failed before its first word.",
    labelNames: ["provider"] as const,
    registers: [registry],
  });
  const replaced = new Counter({
    name: "asclepiad_flagged_replies_replaced_total",
    help: "Model replies flagged while streaming and replaced whole by a safe reply.",
    registers: [registry],
  });
  const screenings = new Counter({
    name: "asclepiad_screenings_total",
    help: "Messages screened for risk, by the level found (counts only).",
    labelNames: ["level"] as const,
    registers: [registry],
  });
  const coins = new Counter({
    name: "asclepiad_coins_spent_total",
    help: "Coins spent on replies.",
    registers: [registry],
  });

  const safe = (value: string) => (/^[\w:/.-]{1,80}$/.test(value) ? value : "other");

  return {
    registry,
    request(method, route, status, seconds) {
      requests.inc({ method, route, status: String(status) });
      latency.observe({ method, route }, seconds);
    },
    reply(r) {
      const provider = safe(r.provider ?? "none");
      replies.inc({ provider, outcome: r.outcome, offline: r.offline ? "true" : "false" });
      if (r.inputTokens) tokens.inc({ provider, direction: "input" }, r.inputTokens);
      if (r.outputTokens) tokens.inc({ provider, direction: "output" }, r.outputTokens);
    },
    firstToken(seconds) {
      ttft.observe(Math.max(0, seconds));
    },
    offlineFallback(provider) {
      offline.inc({ provider: safe(provider) });
    },
    flaggedReplyReplaced() {
      replaced.inc();
    },
    screened(level) {
      screenings.inc({ level: safe(level) });
    },
    coinsSpent(amount) {
      if (amount > 0) coins.inc(amount);
    },
    addGauge(name, help, label, sample) {
      new Gauge({
        name,
        help,
        labelNames: [label],
        registers: [registry],
        async collect() {
          this.reset();
          // A failed sample (the database unreachable) leaves the gauge empty; /readyz says why.
          const values = await Promise.resolve()
            .then(sample)
            .catch(() => ({}));
          for (const [value, n] of Object.entries(values)) this.set({ [label]: value }, n);
        },
      });
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
