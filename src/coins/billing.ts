/**
 * AsclepiCoins as the conversations area sees them (ReplyBilling). Holding happens inside
 * the transaction that queues the reply, so a reply is queued if and only if its hold
 * exists. During the trial a reply is free but counts towards the day's fair-use cap
 * (kept in the wallet row by one conditional UPDATE, so concurrent sends cannot pass it);
 * past the cap, a person who holds coins may spend them. After the trial each reply
 * reserves its price, and is charged at most that when it completes.
 */
import type { Kysely } from "kysely";
import type { CoinsConfig } from "../config.js";
import type { ReplyBilling } from "../conversations/billing.js";
import { affectedRows, compiled } from "../storage/compiled.js";
import type { Database } from "../storage/schema.js";
import { coinErrors } from "./errors.js";
import { ensureWallet, getWallet, openHold, placeHold, resolveHold } from "./ledger.js";
import { chargeFor, nextUtcMidnight, priceFrom, utcDay } from "./pricing.js";
import { coinsDb, type CoinsDatabase } from "./schema.js";

/*
 * A trial reply's place in the day's fair-use count, taken by one conditional UPDATE; built
 * once (src/storage/compiled.ts), since every reply queued during the trial runs it.
 */
function trialPlace(db: Kysely<CoinsDatabase>, accountId: string, day: number, now: number) {
  return db
    .updateTable("coin_wallets")
    .set((eb) => ({
      trial_used: eb
        .case()
        .when("trial_day", "=", day)
        .then(eb("trial_used", "+", 1))
        .else(1)
        .end(),
      trial_day: day,
      updated_at: now,
    }))
    .where("account_id", "=", accountId);
}
const takeTrialPlace = compiled(trialPlace);

/** The same, within the day's cap. */
const takeTrialPlaceCapped = compiled(
  (db: Kysely<CoinsDatabase>, accountId: string, day: number, now: number, cap: number) =>
    trialPlace(db, accountId, day, now).where((eb) =>
      eb.or([eb("trial_day", "<>", day), eb("trial_used", "<", cap)]),
    ),
);

export function createCoinBilling(
  coins: CoinsConfig,
  hooks: { spent?: (coins: number) => void } = {},
): ReplyBilling {
  const price = priceFrom(coins);
  const cap = coins.trialDailyReplies;

  return {
    async hold(tx, { accountId, replyId, now, isNew, trialEndsAt }) {
      const db = coinsDb(tx);
      // A reply tried again while an earlier hold is still open keeps that hold (a reply
      // just created has none to keep).
      if (!isNew && (await openHold(db, replyId))) return;
      const trialEnds =
        trialEndsAt ??
        Number(
          (
            await db
              .selectFrom("accounts")
              .select("trial_ends_at")
              .where("id", "=", accountId)
              .executeTakeFirstOrThrow()
          ).trial_ends_at,
        );
      const amount = price.maxPerReply;

      if (now < trialEnds) {
        const day = utcDay(now);
        const take = async () =>
          affectedRows(
            cap > 0
              ? await takeTrialPlaceCapped(db, accountId, day, now, cap)
              : await takeTrialPlace(db, accountId, day, now),
          );
        let took = await take();
        if (took !== 1) {
          // No wallet yet (accounts start with none), or today's cap reached: make sure of
          // the wallet and try once more, in the same transaction.
          await ensureWallet(db, accountId, now);
          took = await take();
        }
        if (took === 1) {
          await placeHold(db, { accountId, replyId, amount: 0, trialDay: day, now });
          return;
        }
        // Today's free replies are used up; coins bought or redeemed can still pay.
        if (amount > 0 && (await placeHold(db, { accountId, replyId, amount, trialDay: null, now }))) return;
        throw coinErrors.trialDailyLimit(cap, nextUtcMidnight(now), now);
      }

      await ensureWallet(db, accountId, now);
      if (await placeHold(db, { accountId, replyId, amount, trialDay: null, now })) return;
      const wallet = await getWallet(db, accountId);
      throw coinErrors.insufficientCoins(amount, wallet.balance - wallet.held);
    },

    async settle(db, { replyId, outputTokens, now, replyStatus }) {
      // Only a reply that exists and completed is paid for: one deleted with its
      // conversation while it was being written, or overtaken by a Stop, costs nothing.
      const status =
        replyStatus ??
        (
          await coinsDb(db)
            .selectFrom("messages")
            .select("status")
            .where("id", "=", replyId)
            .executeTakeFirst()
        )?.status;
      if (status !== "complete") {
        await resolveHold(db, replyId, { outcome: "released", now });
        return;
      }
      const settled = await resolveHold(db, replyId, {
        outcome: "settled",
        charge: (hold) => chargeFor(price, hold.amount, outputTokens),
        now,
      });
      if (settled) hooks.spent?.(settled.charged); // counted once: only the caller that settled it
    },

    async release(db, { replyId, now }) {
      await resolveHold(db, replyId, { outcome: "released", now });
    },
  };
}

/**
 * Releases holds left behind: the reply's job is gone (the reply was deleted with its
 * conversation, stopped before it started by a process that then died, or finished by a
 * path that did not settle) and the hold is older than `graceMs`. Releasing, never
 * charging, is the rule when the outcome is unknown. Returns how many were released.
 */
export async function releaseStaleHolds(db: Kysely<Database>, now: number, graceMs: number): Promise<number> {
  const c = coinsDb(db);
  const stale = await c
    .selectFrom("coin_holds as h")
    .select("h.reply_id")
    .where("h.status", "=", "held")
    .where("h.created_at", "<", now - graceMs)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom("reply_jobs as j").select("j.message_id").whereRef("j.message_id", "=", "h.reply_id"),
        ),
      ),
    )
    .limit(500)
    .execute();
  let released = 0;
  for (const { reply_id } of stale) {
    const r = await resolveHold(c, reply_id, { outcome: "released", onlyIfNoJob: true, now });
    if (r) released++;
  }
  return released;
}
