/**
 * The operations area: health and readiness for load balancers, Prometheus metrics for
 * operators, and the gauges sampled when they scrape (reply queue depth, open streams).
 * Screening levels and replaced replies are counted where the safety gate is called, by
 * wrapping ctx.safety once here, so the conversation code stays as it is.
 */
import { sql } from "kysely";
import type { SafetyGate } from "../conversations/safety-gate.js";
import type { AppContext } from "../server/context.js";
import type { Area } from "../server/start.js";
import type { Metrics } from "./metrics.js";
import { opsRoutes } from "./routes.js";

export function opsArea(): Area {
  return {
    setup(ctx: AppContext) {
      ctx.lifecycle.addReadinessCheck("database", async () => {
        await sql`select 1`.execute(ctx.db);
        return undefined;
      });
      ctx.safety = countSafetyEvents(ctx.safety, ctx.metrics);
      ctx.metrics.addGauge(
        "asclepiad_reply_jobs",
        "Replies owed, by status: queued (waiting for a worker) or running (being written).",
        "status",
        async () => {
          const rows = await ctx.db
            .selectFrom("reply_jobs")
            .select(["status", (eb) => eb.fn.countAll<number | string>().as("n")])
            .groupBy("status")
            .execute();
          const counts: Record<string, number> = { queued: 0, running: 0 };
          for (const r of rows) counts[r.status] = Number(r.n);
          return counts;
        },
      );
      ctx.metrics.addGauge(
        "asclepiad_open_streams",
        "Reply streams (Server-Sent Events) this instance holds open.",
        "kind",
        () => ({ sse: ctx.lifecycle.openStreams }),
      );
    },
    routes: [opsRoutes],
  };
}

/** The same gate, counting screening levels and flagged replies replaced (no text kept). */
export function countSafetyEvents(gate: SafetyGate, metrics: Metrics): SafetyGate {
  return {
    ...gate,
    screenMessage(text, previous) {
      const screening = gate.screenMessage(text, previous);
      metrics.screened(screening.level);
      return screening;
    },
    cardFor: (...args) => gate.cardFor(...args),
    respond: (input) => gate.respond(input),
    screenReply: (text) => gate.screenReply(text),
    replacement(input) {
      metrics.flaggedReplyReplaced();
      return gate.replacement(input);
    },
  };
}
