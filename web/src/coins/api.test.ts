// Coin pack prices as people read them on the Coins page, whatever the currency's decimal places.
import { describe, expect, it } from "vitest";
import { describePack, formatPrice } from "./api.js";

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
