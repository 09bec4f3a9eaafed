/**
 * Card payments through Stripe Checkout, using the official `stripe` package. We ask for
 * nothing personal: the Checkout session carries only the pack and the anonymous account
 * id (in metadata, so the webhook knows whose wallet to credit). The webhook verifies
 * Stripe's signature over the raw body, credits a paid session exactly once (the session
 * id is the credit's idempotency key, unique in the database, so retries, concurrent
 * deliveries and the completed/async-succeeded pair all land once), and acknowledges
 * every event it does not handle.
 */
import type { Kysely } from "kysely";
import Stripe from "stripe";
import type { CoinPack, CoinsConfig } from "../config.js";
import type { Database } from "../storage/schema.js";
import { coinErrors } from "./errors.js";
import { move } from "./ledger.js";

export interface CardPayments {
  packs: CoinPack[];
  /** Opens a Checkout session for a pack; returns the URL to send the browser to. */
  checkout(input: { accountId: string; packId: string; returnUrl: string }): Promise<{ url: string }>;
  /** Verifies and applies a webhook delivery. Throws AppError 400 invalid_signature. */
  webhook(
    db: Kysely<Database>,
    rawBody: Buffer,
    signature: string | undefined,
    now: number,
  ): Promise<{ handled: boolean; credited: boolean }>;
}

export function createCardPayments(
  coins: CoinsConfig,
  options: { httpClient?: ReturnType<typeof Stripe.createFetchHttpClient> } = {},
): CardPayments | null {
  if (!coins.stripe) return null;
  const { secretKey, webhookSecret } = coins.stripe;
  const stripe = new Stripe(secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    ...(options.httpClient ? { httpClient: options.httpClient } : {}),
  });

  return {
    packs: coins.packs,

    async checkout({ accountId, packId, returnUrl }) {
      const pack = coins.packs.find((p) => p.id === packId);
      if (!pack) throw coinErrors.unknownPack();
      const session = await stripe.checkout.sessions.create({
        mode: "payment",
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: pack.currency,
              unit_amount: pack.amount,
              product_data: { name: `${pack.coins} AsclepiCoins` },
            },
          },
        ],
        client_reference_id: accountId,
        metadata: { accountId, packId: pack.id, coins: String(pack.coins) },
        success_url: `${returnUrl}?paid=1`,
        cancel_url: `${returnUrl}?cancelled=1`,
      });
      if (!session.url) throw new Error("Stripe returned a Checkout session without a URL.");
      return { url: session.url };
    },

    async webhook(db, rawBody, signature, now) {
      let event: Stripe.Event;
      try {
        if (!signature) throw new Error("missing signature");
        event = stripe.webhooks.constructEvent(rawBody, signature, webhookSecret);
      } catch {
        throw coinErrors.invalidSignature();
      }
      if (
        event.type !== "checkout.session.completed" &&
        event.type !== "checkout.session.async_payment_succeeded"
      )
        return { handled: false, credited: false };
      const session = event.data.object;
      // A delayed payment method completes the session unpaid; its async success follows.
      if (session.payment_status !== "paid") return { handled: true, credited: false };
      const accountId = session.metadata?.accountId;
      const coinsBought = Number(session.metadata?.coins);
      if (!accountId || !Number.isSafeInteger(coinsBought) || coinsBought < 1)
        return { handled: true, credited: false };
      const exists = await db
        .selectFrom("accounts")
        .select("id")
        .where("id", "=", accountId)
        .executeTakeFirst();
      // The account was deleted after paying: there is no wallet left to credit.
      if (!exists) return { handled: true, credited: false };
      const credited = await move(db, {
        accountId,
        amount: coinsBought,
        kind: "purchase",
        counterAccount: "purchases:stripe",
        idempotencyKey: `stripe:checkout:${session.id}`,
        now,
      });
      return { handled: true, credited };
    },
  };
}
