/**
 * What the Coins page and the Maia thread show: the spendable balance, the trial (days
 * and today's free replies left), the price of a reply, the history, and the packs on
 * sale. One read, no writes.
 */
import type { Kysely } from "kysely";
import type { CoinPack, CoinsConfig } from "../config.js";
import type { Database } from "../storage/schema.js";
import { getWallet, listEntries, type LedgerEntry } from "./ledger.js";
import { nextUtcMidnight, priceFrom, utcDay, type Price } from "./pricing.js";

export interface CoinsSummary {
  /** Coins the person can spend now (held coins excluded). */
  balance: number;
  /** Coins reserved for replies being written. */
  held: number;
  trial: {
    active: boolean;
    endsAt: number;
    daysLeft: number;
    /** Null when the operator set no daily cap. */
    repliesLeftToday: number | null;
    dailyReplies: number;
    resetsAt: number;
  };
  price: Price;
  entries: LedgerEntry[];
  /** Packs on sale by card; empty when card payments are not configured. */
  packs: CoinPack[];
}

export async function getCoinsSummary(
  db: Kysely<Database>,
  coins: CoinsConfig,
  input: { accountId: string; now: number; cardPayments: boolean },
): Promise<CoinsSummary> {
  const account = await db
    .selectFrom("accounts")
    .select("trial_ends_at")
    .where("id", "=", input.accountId)
    .executeTakeFirstOrThrow();
  const wallet = await getWallet(db, input.accountId);
  const endsAt = Number(account.trial_ends_at);
  const active = input.now < endsAt;
  const usedToday = wallet.trialDay === utcDay(input.now) ? wallet.trialUsed : 0;
  const cap = coins.trialDailyReplies;
  return {
    balance: wallet.balance - wallet.held,
    held: wallet.held,
    trial: {
      active,
      endsAt,
      daysLeft: active ? Math.ceil((endsAt - input.now) / 86_400_000) : 0,
      repliesLeftToday: !active ? 0 : cap === 0 ? null : Math.max(0, cap - usedToday),
      dailyReplies: cap,
      resetsAt: nextUtcMidnight(input.now),
    },
    price: priceFrom(coins),
    entries: await listEntries(db, input.accountId),
    packs: input.cardPayments ? coins.packs : [],
  };
}
