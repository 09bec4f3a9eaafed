/**
 * Anonymous accounts and sessions: start with one tap, come back with the key, log out
 * here or everywhere, rotate the key, delete everything.
 */
import rateLimit from "@fastify/rate-limit";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import {
  createAccount,
  deleteAccount,
  findAccountByKey,
  getAccount,
  rotateAccountKey,
  updateAccount,
} from "../../accounts/accounts.js";
import { createSession, endAllSessions, endSession } from "../../accounts/sessions.js";
import { errors } from "../../errors.js";
import { countryFromAcceptLanguage } from "../../safety/helplines.js";
import { clearSessionCookie, requireAccount, sessionToken, setSessionCookie } from "../auth.js";
import type { AppContext } from "../context.js";
import { Account, CountryCode, errorResponses } from "../schemas.js";

export function accountRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    const deps = {
      db: ctx.db,
      keyring: ctx.keyring,
      secret: ctx.config.secret,
      trialDays: ctx.config.trialDays,
      now: ctx.now,
    };
    const auth = requireAccount(ctx);
    await app.register(rateLimit, { global: false });

    app.post(
      "/api/accounts",
      {
        config: { rateLimit: { max: ctx.limits.accountCreationsPerHour, timeWindow: "1 hour" } },
        schema: {
          summary: "Start an anonymous account",
          tags: ["accounts"],
          body: Type.Object(
            { ageConfirmed: Type.Boolean(), country: Type.Optional(Type.Union([CountryCode, Type.Null()])) },
            { additionalProperties: false },
          ),
          response: { 201: Type.Object({ accountKey: Type.String(), account: Account }), ...errorResponses },
        },
      },
      async (request, reply) => {
        if (request.body.ageConfirmed !== true) throw errors.ageNotConfirmed(ctx.config.minAge);
        // The country is the person's choice; when they give none, a guess from the browser's
        // language (never the IP address) that they can change in settings.
        const guess = countryFromAcceptLanguage(request.headers["accept-language"]);
        const country =
          request.body.country !== undefined
            ? request.body.country
            : guess && ctx.helplines.has(guess)
              ? guess
              : null;
        const { account, accountKey } = await createAccount(deps, { country });
        setSessionCookie(request, reply, await createSession(ctx.db, account.id, ctx.now()));
        return reply.code(201).send({ accountKey, account });
      },
    );

    app.post(
      "/api/sessions",
      {
        config: {
          rateLimit: {
            max: ctx.limits.signInAttemptsPer15Min,
            timeWindow: "15 minutes",
            errorResponseBuilder: (_req, context) => errors.tooManyAttempts(context.ttl / 1000),
          },
        },
        schema: {
          summary: "Sign in with an account key",
          tags: ["accounts"],
          body: Type.Object({ accountKey: Type.String({ maxLength: 200 }) }, { additionalProperties: false }),
          response: { 200: Type.Object({ account: Account }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const account = await findAccountByKey(deps, request.body.accountKey);
        // A new token on every sign-in, and the old one ended: a planted session cannot be adopted.
        const previous = sessionToken(request);
        if (previous) await endSession(ctx.db, previous);
        setSessionCookie(request, reply, await createSession(ctx.db, account.id, ctx.now()));
        return { account };
      },
    );

    app.get(
      "/api/me",
      {
        preHandler: auth,
        schema: {
          summary: "The signed-in account",
          tags: ["accounts"],
          response: { 200: Type.Object({ account: Account }), ...errorResponses },
        },
      },
      async (request) => {
        const account = await getAccount(ctx, request.accountId);
        if (!account) throw errors.notSignedIn();
        return { account };
      },
    );

    app.patch(
      "/api/account",
      {
        preHandler: auth,
        schema: {
          summary: "Change account settings",
          tags: ["accounts"],
          body: Type.Object(
            { country: Type.Union([CountryCode, Type.Null()]) },
            { additionalProperties: false },
          ),
          response: { 200: Type.Object({ account: Account }), ...errorResponses },
        },
      },
      async (request) => ({
        account: await updateAccount(ctx, request.accountId, { country: request.body.country }),
      }),
    );

    app.delete(
      "/api/sessions/current",
      {
        schema: {
          summary: "Log out on this device",
          tags: ["accounts"],
          response: { 204: Type.Null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        const token = sessionToken(request);
        if (token) await endSession(ctx.db, token);
        clearSessionCookie(request, reply);
        return reply.code(204).send(null);
      },
    );

    app.delete(
      "/api/sessions",
      {
        preHandler: auth,
        schema: {
          summary: "Log out everywhere",
          tags: ["accounts"],
          response: { 204: Type.Null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await endAllSessions(ctx.db, request.accountId);
        clearSessionCookie(request, reply);
        return reply.code(204).send(null);
      },
    );

    app.post(
      "/api/account/key",
      {
        preHandler: auth,
        schema: {
          summary: "Replace the account key; the old key stops working",
          tags: ["accounts"],
          response: { 200: Type.Object({ accountKey: Type.String() }), ...errorResponses },
        },
      },
      async (request) => ({ accountKey: await rotateAccountKey(deps, request.accountId) }),
    );

    app.delete(
      "/api/account",
      {
        preHandler: auth,
        schema: {
          summary: "Delete the account and everything it owns",
          tags: ["accounts"],
          response: { 204: Type.Null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await deleteAccount(ctx, request.accountId, ctx.deletionHooks);
        clearSessionCookie(request, reply);
        return reply.code(204).send(null);
      },
    );
  };
}
