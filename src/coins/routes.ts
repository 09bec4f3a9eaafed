/**
 * HTTP routes for AsclepiCoins: the summary, voucher redemption (rate-limited per
 * account), and, when the operator configured Stripe, Checkout and its webhook. The
 * webhook lives in a plugin of its own whose only body parser keeps the raw bytes, since
 * Stripe's signature is over exactly what was sent; every other route parses JSON as usual.
 */
import rateLimit from "@fastify/rate-limit";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import { requireAccount } from "../server/auth.js";
import type { AppContext } from "../server/context.js";
import { ErrorBody, errorResponses } from "../server/schemas.js";
import { coinErrors } from "./errors.js";
import type { CardPayments } from "./stripe.js";
import { getCoinsSummary } from "./summary.js";
import { redeemVoucher } from "./vouchers.js";

const Entry = Type.Object({
  id: Type.String(),
  amount: Type.Integer(),
  kind: Type.String(),
  counterAccount: Type.String(),
  createdAt: Type.Integer(),
});

const Pack = Type.Object({
  id: Type.String(),
  coins: Type.Integer(),
  amount: Type.Integer({ description: "Price in the currency's minor unit (pence, cents)" }),
  currency: Type.String(),
});

const Summary = Type.Object({
  balance: Type.Integer(),
  held: Type.Integer(),
  trial: Type.Object({
    active: Type.Boolean(),
    endsAt: Type.Integer(),
    daysLeft: Type.Integer(),
    repliesLeftToday: Type.Union([Type.Integer(), Type.Null()]),
    dailyReplies: Type.Integer(),
    resetsAt: Type.Integer(),
  }),
  price: Type.Object({
    mode: Type.Union([Type.Literal("per_reply"), Type.Literal("per_tokens")]),
    maxPerReply: Type.Integer(),
    perReply: Type.Union([Type.Integer(), Type.Null()]),
    per1kTokens: Type.Union([Type.Integer(), Type.Null()]),
  }),
  entries: Type.Array(Entry),
  packs: Type.Array(Pack),
});

/** The webhook may carry a whole Checkout session; allow more than the usual 64 KiB. */
const WEBHOOK_BODY_LIMIT = 1024 * 1024;

export interface CoinRouteOptions {
  cardPayments: CardPayments | null;
  redeemAttemptsPer15Min: number;
}

export function coinRoutes(ctx: AppContext, options: CoinRouteOptions): FastifyPluginAsyncTypebox {
  const { cardPayments } = options;
  return async (app) => {
    const tags = ["coins"];

    // Stripe calls this server to server: no session, no JSON parsing, only a signature.
    await app.register(async (hook) => {
      hook.removeAllContentTypeParsers();
      hook.addContentTypeParser(
        "*",
        { parseAs: "buffer", bodyLimit: WEBHOOK_BODY_LIMIT },
        (_req, body, done) => done(null, body),
      );
      hook.post(
        "/api/coins/stripe/webhook",
        {
          schema: {
            summary: "Stripe webhook: credits a paid Checkout session once; other events are acknowledged",
            tags,
            response: { 200: Type.Object({ received: Type.Boolean() }), 400: ErrorBody, 404: ErrorBody },
          },
        },
        async (request) => {
          if (!cardPayments) throw coinErrors.paymentsOff();
          const body = request.body;
          if (!Buffer.isBuffer(body)) throw coinErrors.invalidSignature();
          const sig = request.headers["stripe-signature"];
          await cardPayments.webhook(ctx.db, body, typeof sig === "string" ? sig : undefined, ctx.now());
          return { received: true };
        },
      );
    });

    const signedIn: FastifyPluginAsyncTypebox = async (priv) => {
      priv.addHook("preHandler", requireAccount(ctx));
      await priv.register(rateLimit, {
        global: false,
        hook: "preHandler",
        keyGenerator: (req) => req.accountId || req.ip,
      });

      priv.get(
        "/api/coins",
        {
          schema: {
            summary: "Balance, trial, price of a reply, history, and packs on sale",
            tags,
            response: { 200: Summary, ...errorResponses },
          },
        },
        async (request) =>
          getCoinsSummary(ctx.db, ctx.config.coins, {
            accountId: request.accountId,
            now: ctx.now(),
            cardPayments: cardPayments !== null,
          }),
      );

      priv.post(
        "/api/vouchers/redeem",
        {
          config: {
            rateLimit: {
              max: options.redeemAttemptsPer15Min,
              timeWindow: "15 minutes",
              errorResponseBuilder: (_req, context) => coinErrors.tooManyRedemptions(context.ttl / 1000),
            },
          },
          schema: {
            summary: "Redeem a voucher code for coins",
            tags,
            body: Type.Object({ code: Type.String({ maxLength: 64 }) }, { additionalProperties: false }),
            response: {
              200: Type.Object({ balance: Type.Integer(), coins: Type.Integer() }),
              ...errorResponses,
            },
          },
        },
        async (request) =>
          redeemVoucher(ctx.db, { accountId: request.accountId, code: request.body.code, now: ctx.now() }),
      );

      priv.post(
        "/api/coins/checkout",
        {
          config: { rateLimit: { max: 20, timeWindow: "15 minutes" } },
          schema: {
            summary: "Start buying a coin pack by card (Stripe Checkout); returns where to go",
            tags,
            body: Type.Object({ packId: Type.String({ maxLength: 64 }) }, { additionalProperties: false }),
            response: { 200: Type.Object({ url: Type.String() }), ...errorResponses },
          },
        },
        async (request) => {
          if (!cardPayments) throw coinErrors.paymentsOff();
          const returnUrl = `${request.protocol}://${request.host}/coins`;
          return cardPayments.checkout({
            accountId: request.accountId,
            packId: request.body.packId,
            returnUrl,
          });
        },
      );
    };
    await app.register(signedIn);
  };
}
