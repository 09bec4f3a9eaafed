/**
 * The privacy area: the export route. (Encryption lives in cipher.ts and keyring.ts and is
 * used by every area; deletion is the accounts area's, with each area's deletion hooks.)
 */
import rateLimit from "@fastify/rate-limit";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import { requireAccount } from "../server/auth.js";
import type { AppContext } from "../server/context.js";
import { errorResponses } from "../server/schemas.js";
import type { Area } from "../server/start.js";
import { allExporters, exportAccount, exportToMarkdown } from "./export.js";

export function privacyArea(): Area {
  return { routes: [exportRoutes] };
}

export function exportRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    const exporters = allExporters(ctx.exporters);
    await app.register(rateLimit, {
      global: false,
      hook: "preHandler",
      keyGenerator: (req) => req.accountId || req.ip,
    });
    app.get(
      "/api/account/export",
      {
        preHandler: requireAccount(ctx),
        config: { rateLimit: { max: 20, timeWindow: "1 minute" } },
        schema: {
          summary: "Download everything held about you (JSON, or readable Markdown)",
          description: "The JSON document's schema is docs/export-schema.md; its `version` field says which.",
          tags: ["privacy"],
          querystring: Type.Object(
            { format: Type.Optional(Type.Union([Type.Literal("json"), Type.Literal("markdown")])) },
            { additionalProperties: false },
          ),
          response: { 200: Type.Unknown(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const doc = await exportAccount(ctx, request.accountId, exporters);
        const day = doc.exportedAt.slice(0, 10);
        // Never cached anywhere: this is the most private response the server gives.
        reply.header("cache-control", "no-store");
        if (request.query.format === "markdown") {
          return reply
            .type("text/markdown; charset=utf-8")
            .header("content-disposition", `attachment; filename="asclepiad-${day}.md"`)
            .send(exportToMarkdown(doc, exporters));
        }
        return reply
          .type("application/json; charset=utf-8")
          .header("content-disposition", `attachment; filename="asclepiad-export-${day}.json"`)
          .send(JSON.stringify(doc, null, 2));
      },
    );
  };
}
