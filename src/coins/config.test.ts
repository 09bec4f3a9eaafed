import { describe, expect, it } from "vitest";
import { ConfigError, currencyDigits, loadConfig, parseCoinPacks } from "../config.js";

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

  it("reads each price in its currency's own minor unit: none for JPY and KRW, two for EUR, three for KWD", () => {
    const problems: string[] = [];
    const packs = parseCoinPacks(
      "50:500:JPY, 60:7000:krw, 70:4.5:EUR, 80:9.99:eur, 90:1.250:KWD, 100:2:BHD",
      problems,
    );
    expect(problems).toEqual([]);
    expect(packs.map((p) => [p.currency, p.amount])).toEqual([
      ["jpy", 500],
      ["krw", 7000],
      ["eur", 450],
      ["eur", 999],
      ["kwd", 1250],
      ["bhd", 2000],
    ]);
    expect(packs[0]!.id).toBe("50-jpy-500");
    expect([
      currencyDigits("JPY"),
      currencyDigits("eur"),
      currencyDigits("KWD"),
      currencyDigits("ABC"),
    ]).toEqual([0, 2, 3, undefined]);
  });

  it("refuses prices a currency can't have, saying what to write instead, all at once", () => {
    const problems: string[] = [];
    const packs = parseCoinPacks(
      "50:5.00:JPY,50:5.001:EUR,50:1.2345:KWD,50:1.255:KWD,50:5:ABC,50:1000:ISK,0:5:GBP,50:0.00:EUR,50:5,00:GBP",
      problems,
    );
    expect(packs).toEqual([]);
    expect(problems).toEqual([
      'ASCLEPIAD_COIN_PACKS has "50:5.00:JPY"; JPY prices are whole numbers, with no decimal places, e.g. 50:500:JPY.',
      'ASCLEPIAD_COIN_PACKS has "50:5.001:EUR"; EUR prices have at most 2 decimal places, e.g. 50:5.00:EUR.',
      'ASCLEPIAD_COIN_PACKS has "50:1.2345:KWD"; KWD prices have at most 3 decimal places, e.g. 50:5.000:KWD.',
      'ASCLEPIAD_COIN_PACKS has "50:1.255:KWD"; Stripe takes KWD prices with 0 as the third decimal, e.g. 50:1.250:KWD.',
      'ASCLEPIAD_COIN_PACKS has "50:5:ABC"; ABC is not a currency code. Use an ISO 4217 code such as GBP, EUR or JPY.',
      'ASCLEPIAD_COIN_PACKS has "50:1000:ISK"; coin packs can\'t be priced in ISK yet: Stripe counts ISK in hundredths, so the price would be wrong.',
      'ASCLEPIAD_COIN_PACKS has "0:5:GBP"; a pack needs at least 1 coin and a price above 0, e.g. 50:5.00:GBP.',
      'ASCLEPIAD_COIN_PACKS has "50:0.00:EUR"; a pack needs at least 1 coin and a price above 0, e.g. 50:5.00:GBP.',
      'ASCLEPIAD_COIN_PACKS has "50:5"; write each pack as coins:price:currency, e.g. 50:5.00:GBP or 50:500:JPY.',
      'ASCLEPIAD_COIN_PACKS has "00:GBP"; write each pack as coins:price:currency, e.g. 50:5.00:GBP or 50:500:JPY.',
    ]);
  });

  it("stops the start with one message listing every bad pack", () => {
    expect(() =>
      load({
        ASCLEPIAD_COIN_PACKS: "50:5.00:JPY,50:5:XYZ",
        STRIPE_SECRET_KEY: "sk_test_1",
        STRIPE_WEBHOOK_SECRET: "whsec_1",
      }),
    ).toThrow(
      /configuration has 2 problem\(s\):\n- ASCLEPIAD_COIN_PACKS has "50:5.00:JPY"; JPY prices are whole numbers[^\n]*\n- ASCLEPIAD_COIN_PACKS has "50:5:XYZ"; XYZ is not a currency code/,
    );
  });
});
