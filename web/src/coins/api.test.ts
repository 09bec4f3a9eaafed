// Coin pack prices as people read them on the Coins page, whatever the currency's decimal places,
// and the hint of how to get coins when the trial is over and no packs are sold.
import { describe, expect, it } from "vitest";
import { describePack, formatPrice, howToGetCoins, type CoinsSummary } from "./api.js";

describe("coin pack prices", () => {
  it("shows each currency with its own decimal places", () => {
    expect(formatPrice(500, "jpy")).toBe("JP¥500");
    expect(formatPrice(7000, "KRW")).toBe("₩7,000");
    expect(formatPrice(450, "eur")).toBe("€4.50");
    expect(formatPrice(999, "gbp")).toBe("£9.99");
    expect(formatPrice(1250, "kwd")).toBe("KWD\u00a01.250");
  });

  it("says what a pack holds and what it costs", () => {
    expect(describePack({ id: "50-jpy-500", coins: 50, amount: 500, currency: "jpy" })).toBe(
      "50 coins for JP¥500",
    );
    expect(describePack({ id: "1-kwd-1250", coins: 1, amount: 1250, currency: "kwd" })).toBe(
      "1 coin for KWD\u00a01.250",
    );
  });
});

describe("how to get coins once the trial is over", () => {
  const summary = (change: Partial<CoinsSummary> = {}): CoinsSummary => ({
    balance: 0,
    held: 0,
    trial: { active: false, endsAt: 0, daysLeft: 0, repliesLeftToday: null, dailyReplies: 0, resetsAt: 0 },
    price: { mode: "per_reply", maxPerReply: 1, perReply: 1, per1kTokens: null },
    entries: [],
    packs: [],
    ...change,
  });

  it("says replies need coins, that a voucher can be redeemed here, and that the tools stay free", () => {
    const hint = howToGetCoins(summary());
    expect(hint).toMatch(/Maia's replies need coins now/);
    expect(hint).toMatch(/voucher code/);
    expect(hint).toMatch(/reflection tools stay free/);
  });

  it("says nothing while the trial lasts, when packs are for sale, or when replies are free", () => {
    const trial = summary().trial;
    expect(howToGetCoins(summary({ trial: { ...trial, active: true } }))).toBeNull();
    expect(
      howToGetCoins(summary({ packs: [{ id: "10-gbp-300", coins: 10, amount: 300, currency: "gbp" }] })),
    ).toBeNull();
    expect(
      howToGetCoins(
        summary({ price: { mode: "per_reply", maxPerReply: 0, perReply: 0, per1kTokens: null } }),
      ),
    ).toBeNull();
  });
});
