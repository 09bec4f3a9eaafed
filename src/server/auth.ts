/**
 * Who is asking: reads the session cookie, resolves it to an account, and refuses the
 * request with 401 when there is none. Every authenticated query is then scoped by
 * `request.accountId`, never by an id taken from the request.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { resolveSession, SESSION_ABSOLUTE_MS } from "../accounts/sessions.js";
import { errors } from "../errors.js";
import type { AppContext } from "./context.js";

export const SESSION_COOKIE = "asclepiad_session";

declare module "fastify" {
  interface FastifyRequest {
    accountId: string;
  }
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: request.protocol === "https",
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: request.protocol === "https",
  });
}

export function sessionToken(request: FastifyRequest): string | undefined {
  const token = request.cookies[SESSION_COOKIE];
  return typeof token === "string" && token.length > 0 ? token : undefined;
}

/** preHandler for routes that need a signed-in person. */
export function requireAccount(ctx: AppContext) {
  return async (request: FastifyRequest): Promise<void> => {
    const token = sessionToken(request);
    const accountId = token ? await resolveSession(ctx.db, token, ctx.now()) : undefined;
    if (!accountId) throw errors.notSignedIn();
    request.accountId = accountId;
  };
}
