/**
 * The operator's endpoints: `/healthz` (the process answers), `/readyz` (it can serve:
 * the database answers and, with a network model, its circuit is not open) and
 * `/metrics` (Prometheus text, only with the configured bearer token). None of them carry
 * content or account ids, and none sit under /api: they are for load balancers and
 * scrapers, not for the app.
 */
import { timingSafeEqual, createHash } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { AppContext } from "../server/context.js";

const Health = Type.Object({ status: Type.Literal("ok") });
const Ready = Type.Object({
  status: Type.Union([Type.Literal("ready"), Type.Literal("not_ready")]),
  reasons: Type.Array(Type.String()),
});

/** Compares two secrets in time that does not depend on where they differ (hashes first, so lengths match). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

export function opsRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    const hide = { hide: true };

    app.get("/healthz", { schema: { ...hide, response: { 200: Health } } }, async (_request, reply) => {
      reply.header("cache-control", "no-store");
      return { status: "ok" as const };
    });

    app.get(
      "/readyz",
      { schema: { ...hide, response: { 200: Ready, 503: Ready } } },
      async (_request, reply) => {
        const { ready, reasons } = await ctx.lifecycle.readiness();
        reply.header("cache-control", "no-store");
        return reply.code(ready ? 200 : 503).send({ status: ready ? "ready" : "not_ready", reasons });
      },
    );

    app.get("/metrics", { schema: hide }, async (request, reply) => {
      const token = ctx.config.metricsToken;
      if (!token) {
        return reply
          .code(404)
          .send({ error: { code: "route_not_found", message: "There is no GET /metrics here." } });
      }
      const header = request.headers.authorization ?? "";
      const given = header.startsWith("Bearer ") ? header.slice("Bearer ".length).trim() : "";
      if (!given || !sameSecret(given, token)) {
        return reply
          .code(401)
          .header("www-authenticate", 'Bearer realm="metrics"')
          .send({
            error: { code: "metrics_unauthorized", message: "Metrics need the operator's bearer token." },
          });
      }
      const { contentType, body } = await ctx.metrics.render();
      return reply.header("cache-control", "no-store").type(contentType).send(body);
    });
  };
}
