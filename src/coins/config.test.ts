import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config.js";

const base = { ASCLEPIAD_SECRET: "x".repeat(32), ASCLEPIAD_MASTER_KEY: "ab".repeat(32) };
const load = (env: Record<string, string>) => loadConfig({ ...base, ...env }, { createFiles: false }).coins;

describe("coins settings", () => {
  it("defaults to a 50-reply daily trial cap, 1 coin a reply, and no card payments", () => {
    expect(load({})).toEqual({
      trialDailyReplies: 50,
      pricePerReply: 1,
      pricePer1kTokens: null,
      capPerReply: 5,
      packs: [],
      stripe: null,
    });
  });

  it("reads coin packs in minor units and turns card payments on only with all three settings", () => {
    const c = load({
      ASCLEPIAD_COIN_PACKS: "50:5.00:GBP, 120:10:eur",
      STRIPE_SECRET_KEY: "sk_test_1",
      STRIPE_WEBHOOK_SECRET: "whsec_1",
    });
    expect(c.packs).toEqual([
      { id: "50-gbp-500", coins: 50, amount: 500, currency: "gbp" },
      { id: "120-eur-1000", coins: 120, amount: 1000, currency: "eur" },
    ]);
    expect(c.stripe).toEqual({ secretKey: "sk_test_1", webhookSecret: "whsec_1" });
  });

  it("lists every coins problem at once", () => {
    try {
      load({
        ASCLEPIAD_COIN_PACKS: "fifty:5:GBP",
        STRIPE_SECRET_KEY: "pk_live_oops",
        ASCLEPIAD_PRICE_PER_REPLY: "-1",
        ASCLEPIAD_PRICE_PER_1K_TOKENS: "0",
      });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const text = (err as ConfigError).problems.join("\n");
      for (const name of [
        "ASCLEPIAD_COIN_PACKS",
        "STRIPE_SECRET_KEY",
        "STRIPE_WEBHOOK_SECRET",
        "ASCLEPIAD_PRICE_PER_REPLY",
        "ASCLEPIAD_PRICE_PER_1K_TOKENS",
      ])
        expect(text).toContain(name);
    }
  });
});
