/**
 * The security baseline every response gets: strict headers (no inline script, no third
 * party anywhere), and a cross-site request check on every cookie-authenticated write.
 * A write is refused when the browser says it came from another site (Sec-Fetch-Site) or
 * its Origin names another host; JSON-only bodies close the remaining form-post route.
 */
import type { FastifyInstance } from "fastify";
import helmet from "helmet";
import { errors } from "../errors.js";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export async function registerSecurity(app: FastifyInstance): Promise<void> {
  // Helmet's headers are the same on every response (no nonces, no per-route options), so its
  // middleware is built once here. @fastify/helmet built it afresh for every request, parsing
  // the policy each time: ~25 µs a request, twice for every message sent (POST and stream).
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
      },
    },
    referrerPolicy: { policy: "no-referrer" },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook("onRequest", (request, reply, done) =>
    headers(request.raw, reply.raw, (err?: unknown) => done(err as Error | undefined)),
  );
  app.addHook("onSend", async (_request, reply) => {
    reply.header("permissions-policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  });

  app.addHook("onRequest", async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const site = request.headers["sec-fetch-site"];
    if (typeof site === "string" && site !== "same-origin" && site !== "none") throw errors.crossSite();
    const origin = request.headers.origin;
    if (typeof origin === "string" && origin !== "null") {
      let host: string;
      try {
        host = new URL(origin).host;
      } catch {
        throw errors.crossSite();
      }
      if (host !== request.headers.host) throw errors.crossSite();
    } else if (origin === "null") {
      throw errors.crossSite();
    }
  });
}
