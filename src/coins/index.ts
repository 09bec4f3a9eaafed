/**
 * The AsclepiCoins area: it makes replies paid (ctx.billing), serves the coins routes,
 * and runs the sweeper that releases holds a crash or a deletion left behind. It must be
 * set up before the conversations area, which reads ctx.billing when it is built.
 */
import type { AppContext } from "../server/context.js";
import type { Area } from "../server/start.js";
import { createCoinBilling, releaseStaleHolds } from "./billing.js";
import { coinRoutes } from "./routes.js";
// Type-only: the stripe package (and its start-up cost) loads only when card payments are configured.
import type { CardPayments, createCardPayments } from "./stripe.js";

export interface CoinsAreaOptions {
  /** Voucher redemptions allowed per account in 15 minutes (tests raise it). */
  redeemAttemptsPer15Min?: number;
  /** How often the sweeper looks for stale holds, and how old a hold must be to sweep. */
  sweepEveryMs?: number;
  sweepGraceMs?: number;
  /** Replaces Stripe's HTTP client (tests: no network). */
  stripeHttpClient?: NonNullable<Parameters<typeof createCardPayments>[1]>["httpClient"];
}

export function coinsArea(options: CoinsAreaOptions = {}): Area {
  let cardPayments: CardPayments | null = null;
  return {
    async setup(ctx: AppContext) {
      ctx.billing = createCoinBilling(ctx.config.coins, { spent: (n) => ctx.metrics.coinsSpent(n) });
      if (ctx.config.coins.stripe) {
        const { createCardPayments } = await import("./stripe.js");
        cardPayments = createCardPayments(ctx.config.coins, { httpClient: options.stripeHttpClient });
      }
    },
    routes: [
      (ctx) =>
        coinRoutes(ctx, {
          get cardPayments() {
            return cardPayments;
          },
          redeemAttemptsPer15Min: options.redeemAttemptsPer15Min ?? 10,
        }),
    ],
    start(ctx) {
      const every = options.sweepEveryMs ?? 60_000;
      const grace = options.sweepGraceMs ?? 5 * 60_000;
      let running: Promise<unknown> = Promise.resolve();
      const timer = setInterval(() => {
        running = releaseStaleHolds(ctx.db, ctx.now(), grace)
          .then((n) => {
            if (n > 0) ctx.log.info({ released: n }, "released stale coin holds");
          })
          .catch((err: Error) => ctx.log.warn({ err: { type: err.name } }, "sweeping coin holds failed"));
      }, every);
      timer.unref();
      return {
        async stop() {
          clearInterval(timer);
          await running;
        },
      };
    },
  };
}
