// The coins endpoints and the words for prices, shared by the Coins page and the Maia thread.
import { request } from "../api.js";
import type { Message } from "../types.js";

export interface CoinEntry {
  id: string;
  amount: number;
  kind: "voucher" | "purchase" | "grant" | "reply" | "correction" | string;
  counterAccount: string;
  createdAt: number;
}

export interface CoinPack {
  id: string;
  coins: number;
  amount: number;
  currency: string;
}

export interface CoinPrice {
  mode: "per_reply" | "per_tokens";
  maxPerReply: number;
  perReply: number | null;
  per1kTokens: number | null;
}

export interface CoinsSummary {
  balance: number;
  held: number;
  trial: {
    active: boolean;
    endsAt: number;
    daysLeft: number;
    repliesLeftToday: number | null;
    dailyReplies: number;
    resetsAt: number;
  };
  price: CoinPrice;
  entries: CoinEntry[];
  packs: CoinPack[];
}

export const coinsApi = {
  summary: () => request<CoinsSummary>("GET", "/api/coins"),
  redeem: (code: string) =>
    request<{ balance: number; coins: number }>("POST", "/api/vouchers/redeem", { code }),
  checkout: (packId: string) => request<{ url: string }>("POST", "/api/coins/checkout", { packId }),
  answerLatest: (conversationId: string) =>
    request<{ reply: Message }>("POST", `/api/conversations/${encodeURIComponent(conversationId)}/replies`),
};

export function coins(n: number): string {
  return `${n} ${n === 1 ? "coin" : "coins"}`;
}

/** "1 coin per reply", or "Up to 5 coins per reply, depending on its length (about 2 coins per 750 words)". */
export function describePrice(price: CoinPrice): string {
  if (price.mode === "per_reply")
    return price.perReply === 0 ? "Replies are free" : `${coins(price.perReply ?? 0)} per reply`;
  return `Up to ${coins(price.maxPerReply)} per reply, depending on its length (about ${coins(price.per1kTokens ?? 0)} per 750 words)`;
}

/**
 * Once the trial is over and this instance sells no coin packs, the Coins page would otherwise
 * give no hint of how to get coins: vouchers, which the operator mints, are the only way. Help
 * being free is already said at the top of the page, so only the tools are named here.
 */
export function howToGetCoins(summary: CoinsSummary): string | null {
  const { trial, price, packs } = summary;
  const free = price.mode === "per_reply" ? price.perReply === 0 : price.maxPerReply === 0;
  if (trial.active || packs.length > 0 || free) return null;
  return (
    "Maia's replies need coins now: whoever runs this service can give out voucher codes, which you " +
    "can redeem here, and your journal, mood check-ins and other reflection tools stay free."
  );
}

/** What sending one more message will cost, in a sentence for beside the Send button. */
export function priceBeforeSending(summary: CoinsSummary): string {
  const { trial, price, balance } = summary;
  if (trial.active && (trial.repliesLeftToday === null || trial.repliesLeftToday > 0)) {
    const left =
      trial.repliesLeftToday === null
        ? ""
        : ` ${trial.repliesLeftToday} free ${trial.repliesLeftToday === 1 ? "reply" : "replies"} left today.`;
    return `Maia's replies are free during your trial.${left}`;
  }
  if (price.mode === "per_reply" && price.perReply === 0) return "Maia's replies are free.";
  const cost = price.mode === "per_reply" ? coins(price.perReply ?? 0) : `up to ${coins(price.maxPerReply)}`;
  return `Maia's reply will cost ${cost}. You have ${coins(balance)}.`;
}

/**
 * A pack's price as people read it: "£5.00", "¥500", "KWD 1.250". The amount is in the
 * currency's minor unit, and how many digits that has comes from the currency itself.
 */
export function formatPrice(amount: number, currency: string): string {
  const format = new Intl.NumberFormat("en-GB", { style: "currency", currency: currency.toUpperCase() });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}

const money = (pack: CoinPack) => formatPrice(pack.amount, pack.currency);

export function describePack(pack: CoinPack): string {
  return `${coins(pack.coins)} for ${money(pack)}`;
}

export function describeEntry(entry: CoinEntry): string {
  switch (entry.kind) {
    case "voucher":
      return "Voucher redeemed";
    case "purchase":
      return "Coins bought";
    case "reply":
      return "Reply from Maia";
    case "grant":
      return "Coins given";
    case "correction":
      return "Correction";
    default:
      return entry.kind;
  }
}
