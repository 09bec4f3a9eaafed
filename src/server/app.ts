/**
 * Builds the Fastify application: security baseline, error shape, OpenAPI document, the
 * API routes of every area, the public help page, and the built web app. Routes are thin:
 * they validate, call one function of their area, and answer.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import cookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import Fastify, { LogController, type FastifyInstance } from "fastify";
import type { AppContext } from "./context.js";
import { registerErrorHandling } from "./errors.js";
import { packageRoot } from "./paths.js";
import { accountRoutes } from "./routes/accounts.js";
import { registerJsonDepthLimit } from "../privacy/request-limits.js";
import { registerSecurity } from "./security.js";

/** Request bodies are small: the longest is one 8,000-character message. */
export const BODY_LIMIT = 64 * 1024;

export type Route = (ctx: AppContext) => FastifyPluginAsyncTypebox;

export async function buildApp(ctx: AppContext, extraRoutes: Route[] = []): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.log,
    // Fastify's own per-request lines carry addresses and URLs; we write our own (below).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT,
    // Fastify accepts a hop count at run time; its types only list the other forms.
    trustProxy: ctx.config.trustProxy as boolean | string,
    return503OnClosing: true,
    ajv: {
      // Unknown fields and wrong types are refused, never silently dropped or coerced.
      customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: true, allErrors: false },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // One log line per request, with no body, query, headers or address.
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    ctx.metrics.request(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    request.log.info(
      {
        method: request.method,
        route,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      "request",
    );
  });

  registerErrorHandling(app);
  await registerSecurity(app);
  registerJsonDepthLimit(app);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Asclepiad API",
        version: "1",
        description:
          'The API of Asclepiad, an anonymous reflection companion. Errors are {"error": {"code", "message"}}.',
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "asclepiad_session" } },
      },
    },
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  await app.register(accountRoutes(ctx));
  for (const route of extraRoutes) await app.register(route(ctx));

  await registerWebApp(app, ctx);
  return app;
}

/** Serves the built web app; any non-API page path gets index.html so the app can route. */
async function registerWebApp(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const webDir = join(packageRoot(), "dist", "web");
  const indexPath = join(webDir, "index.html");
  const index = existsSync(indexPath)
    ? readFileSync(indexPath, "utf8").replace(
        "</head>",
        `<meta name="quick-exit-url" content="${escapeAttribute(ctx.config.quickExitUrl)}"></head>`,
      )
    : undefined;
  if (existsSync(webDir)) {
    await app.register(fastifyStatic, {
      root: webDir,
      index: false,
      wildcard: false,
      setHeaders: (res, path) => {
        if (path.includes(join("dist", "web", "assets")))
          res.header("cache-control", "public, max-age=31536000, immutable");
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    if (path.startsWith("/api/") || path === "/api" || request.method !== "GET" || !index) {
      return reply
        .code(404)
        .send({ error: { code: "route_not_found", message: `There is no ${request.method} ${path} here.` } });
    }
    return reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(index);
  });
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
