/**
 * What a reply costs, decided once from the configuration: a fixed price per reply, or
 * (when the operator prices by tokens) coins per 1,000 output tokens, rounded up, at least
 * one, never more than the cap, which is what is held while the reply is written.
 */
import type { CoinsConfig } from "../config.js";

export interface Price {
  mode: "per_reply" | "per_tokens";
  /** What one reply reserves before it is written, and the most it can cost. */
  maxPerReply: number;
  /** Per-reply pricing: what each reply costs. Token pricing: null. */
  perReply: number | null;
  /** Token pricing: coins per 1,000 output tokens. Per-reply pricing: null. */
  per1kTokens: number | null;
}

export function priceFrom(coins: CoinsConfig): Price {
  return coins.pricePer1kTokens === null
    ? {
        mode: "per_reply",
        maxPerReply: coins.pricePerReply,
        perReply: coins.pricePerReply,
        per1kTokens: null,
      }
    : {
        mode: "per_tokens",
        maxPerReply: coins.capPerReply,
        perReply: null,
        per1kTokens: coins.pricePer1kTokens,
      };
}

/**
 * What a finished reply costs, never more than was held. With token pricing and no usage
 * reported by the model, the reply costs one coin's worth of 1,000 tokens.
 */
export function chargeFor(price: Price, held: number, outputTokens: number | null): number {
  if (price.mode === "per_reply") return Math.min(held, price.perReply ?? 0);
  const per1k = price.per1kTokens ?? 0;
  const byTokens = outputTokens === null ? per1k : Math.ceil((Math.max(0, outputTokens) * per1k) / 1000);
  return Math.min(held, Math.max(1, byTokens));
}

const DAY_MS = 86_400_000;

/** The trial's fair-use count resets at midnight UTC; this is the day number it counts on. */
export function utcDay(now: number): number {
  return Math.floor(now / DAY_MS);
}

export function nextUtcMidnight(now: number): number {
  return (utcDay(now) + 1) * DAY_MS;
}
