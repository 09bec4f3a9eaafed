import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestStorage, testDatabases, type TestStorage } from "../../test/databases.js";
import type { CoinsConfig } from "../config.js";
import type { AppError } from "../errors.js";
import { createCoinBilling, releaseStaleHolds } from "./billing.js";
import { getWallet, ledgerSum, move, openHold, resolveHold } from "./ledger.js";
import { coinsDb } from "./schema.js";
import { createVouchers, normaliseVoucherCode, redeemVoucher } from "./vouchers.js";

const coins: CoinsConfig = {
  trialDailyReplies: 50,
  pricePerReply: 1,
  pricePer1kTokens: null,
  capPerReply: 5,
  packs: [],
  stripe: null,
};
const DAY = 86_400_000;

describe.each(testDatabases)("coins ledger on %s", (kind) => {
  let storage: TestStorage;
  beforeAll(async () => {
    storage = await openTestStorage(kind);
  });
  afterAll(async () => {
    await storage?.close();
  });

  async function newAccount(trialEndsAt = Date.now() - 1): Promise<string> {
    const id = randomUUID();
    await storage.db
      .insertInto("accounts")
      .values({
        id,
        key_hash: randomUUID(),
        data_key: "x",
        created_at: Date.now() - 8 * DAY,
        trial_ends_at: trialEndsAt,
        country: null,
      })
      .execute();
    return id;
  }

  /** A completed reply from Maia, as the worker leaves it before settling. */
  let seq = 0;
  async function completedReply(accountId: string): Promise<string> {
    const conversationId = randomUUID();
    const id = randomUUID();
    await storage.db
      .insertInto("conversations")
      .values({ id: conversationId, account_id: accountId, created_at: 1, last_activity_at: 1 } as never)
      .execute();
    await storage.db
      .insertInto("messages")
      .values({
        id,
        conversation_id: conversationId,
        account_id: accountId,
        seq: ++seq,
        author: "maia",
        text_enc: "x",
        status: "complete",
        created_at: 1,
      } as never)
      .execute();
    return id;
  }

  async function grant(accountId: string, amount: number) {
    return move(storage.db, {
      accountId,
      amount,
      kind: "grant",
      counterAccount: "grants",
      idempotencyKey: `test:${randomUUID()}`,
      now: Date.now(),
    });
  }

  it("credits once per idempotency key, even when tried ten times at once", async () => {
    const a = await newAccount();
    const key = `test:${randomUUID()}`;
    const m = {
      accountId: a,
      amount: 7,
      kind: "grant" as const,
      counterAccount: "grants",
      idempotencyKey: key,
      now: 1,
    };
    const results = await Promise.all(Array.from({ length: 10 }, () => move(storage.db, m)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await getWallet(storage.db, a)).balance).toBe(7);
    expect(await ledgerSum(storage.db, a)).toBe(7);
  });

  it("refuses, in the database itself, any update that would make a balance negative", async () => {
    const a = await newAccount();
    await grant(a, 2);
    await expect(
      coinsDb(storage.db)
        .updateTable("coin_wallets")
        .set({ balance: -1 })
        .where("account_id", "=", a)
        .execute(),
    ).rejects.toThrow();
    await expect(
      coinsDb(storage.db).updateTable("coin_wallets").set({ held: 3 }).where("account_id", "=", a).execute(),
    ).rejects.toThrow();
    await expect(
      move(storage.db, {
        accountId: a,
        amount: -3,
        kind: "correction",
        counterAccount: "corrections",
        idempotencyKey: `t:${randomUUID()}`,
        now: 1,
      }),
    ).rejects.toThrow();
    expect((await getWallet(storage.db, a)).balance).toBe(2);
    expect(await ledgerSum(storage.db, a)).toBe(2);
  });

  it("holds exactly 30 of 100 concurrent replies for 30 coins, charges them once, and the ledger sums to the balance", async () => {
    const a = await newAccount();
    await grant(a, 30);
    const billing = createCoinBilling(coins);
    const replies: string[] = [];
    for (let i = 0; i < 100; i++) replies.push(await completedReply(a));
    const outcomes = await Promise.allSettled(
      replies.map((replyId) =>
        storage.db
          .transaction()
          .execute((tx) => billing.hold(tx, { accountId: a, replyId, now: Date.now() })),
      ),
    );
    const held = replies.filter((_, i) => outcomes[i]!.status === "fulfilled");
    const refused = outcomes.filter((o) => o.status === "rejected") as PromiseRejectedResult[];
    expect(held).toHaveLength(30);
    expect(refused).toHaveLength(70);
    for (const r of refused) expect((r.reason as AppError).code).toBe("insufficient_coins");
    expect(await getWallet(storage.db, a)).toMatchObject({ balance: 30, held: 30 });
    // Settle every hold twice at once, as two workers finishing the same reply would.
    await Promise.all(
      held.flatMap((replyId) => [
        billing.settle(storage.db, { accountId: a, replyId, outputTokens: 100, now: Date.now() }),
        billing.settle(storage.db, { accountId: a, replyId, outputTokens: 100, now: Date.now() }),
      ]),
    );
    expect(await getWallet(storage.db, a)).toMatchObject({ balance: 0, held: 0 });
    expect(await ledgerSum(storage.db, a)).toBe(0);
  });

  it("settles or releases a hold exactly once when both race, never both", async () => {
    const a = await newAccount();
    await grant(a, 10);
    const billing = createCoinBilling(coins);
    const replies: string[] = [];
    for (let i = 0; i < 10; i++) replies.push(await completedReply(a));
    for (const replyId of replies)
      await storage.db
        .transaction()
        .execute((tx) => billing.hold(tx, { accountId: a, replyId, now: Date.now() }));
    await Promise.all(
      replies.flatMap((replyId) => [
        billing.settle(storage.db, { accountId: a, replyId, outputTokens: null, now: Date.now() }),
        billing.release(storage.db, { accountId: a, replyId, now: Date.now() }),
        resolveHold(storage.db, replyId, { outcome: "released", now: Date.now() }),
      ]),
    );
    const holds = await coinsDb(storage.db)
      .selectFrom("coin_holds")
      .selectAll()
      .where("account_id", "=", a)
      .execute();
    expect(holds).toHaveLength(10);
    expect(holds.every((h) => h.status !== "held")).toBe(true);
    const settled = holds.filter((h) => h.status === "settled").length;
    const wallet = await getWallet(storage.db, a);
    expect(wallet).toMatchObject({ balance: 10 - settled, held: 0 });
    expect(await ledgerSum(storage.db, a)).toBe(wallet.balance);
  });

  it("charges nothing when the reply to settle is gone or did not complete", async () => {
    const a = await newAccount();
    await grant(a, 3);
    const billing = createCoinBilling(coins);
    const gone = randomUUID();
    const failed = await completedReply(a);
    await storage.db.updateTable("messages").set({ status: "failed" }).where("id", "=", failed).execute();
    for (const replyId of [gone, failed])
      await storage.db
        .transaction()
        .execute((tx) => billing.hold(tx, { accountId: a, replyId, now: Date.now() }));
    for (const replyId of [gone, failed])
      await billing.settle(storage.db, { accountId: a, replyId, outputTokens: 5, now: Date.now() });
    expect(await getWallet(storage.db, a)).toMatchObject({ balance: 3, held: 0 });
    expect(await ledgerSum(storage.db, a)).toBe(3);
  });

  it("charges by tokens at most what was held", async () => {
    const a = await newAccount();
    await grant(a, 20);
    const billing = createCoinBilling({ ...coins, pricePer1kTokens: 2, capPerReply: 5 });
    const [r1, r2, r3] = [await completedReply(a), await completedReply(a), await completedReply(a)];
    for (const replyId of [r1, r2, r3])
      await storage.db
        .transaction()
        .execute((tx) => billing.hold(tx, { accountId: a, replyId: replyId!, now: Date.now() }));
    expect((await getWallet(storage.db, a)).held).toBe(15);
    await billing.settle(storage.db, { accountId: a, replyId: r1!, outputTokens: 1200, now: Date.now() }); // 2.4 → 3
    await billing.settle(storage.db, { accountId: a, replyId: r2!, outputTokens: 90_000, now: Date.now() }); // capped at 5
    await billing.settle(storage.db, { accountId: a, replyId: r3!, outputTokens: 0, now: Date.now() }); // at least 1
    expect(await getWallet(storage.db, a)).toMatchObject({ balance: 20 - 3 - 5 - 1, held: 0 });
    expect(await ledgerSum(storage.db, a)).toBe(11);
  });

  it("lets exactly the trial's daily cap through at once, says when it resets, and gives a failed reply's place back", async () => {
    const now = Date.UTC(2030, 0, 1, 20, 0);
    const a = await newAccount(now + 3 * DAY);
    const billing = createCoinBilling({ ...coins, trialDailyReplies: 50 });
    const replies = Array.from({ length: 80 }, () => randomUUID());
    const outcomes = await Promise.allSettled(
      replies.map((replyId) =>
        storage.db.transaction().execute((tx) => billing.hold(tx, { accountId: a, replyId, now })),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(50);
    const refusal = (outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult)
      .reason as AppError;
    expect(refusal.status).toBe(429);
    expect(refusal.code).toBe("trial_daily_limit");
    expect(refusal.message).toContain("2030-01-02 00:00 UTC");
    expect(refusal.headers["retry-after"]).toBe(String(4 * 3600));
    // Free replies cost nothing, settled or released, and a released one frees a place.
    const first = replies[0]!;
    await billing.release(storage.db, { accountId: a, replyId: first, now });
    const again = await completedReply(a);
    await storage.db.transaction().execute((tx) => billing.hold(tx, { accountId: a, replyId: again, now }));
    await billing.settle(storage.db, { accountId: a, replyId: again, outputTokens: 10, now });
    expect(await getWallet(storage.db, a)).toMatchObject({ balance: 0, held: 0, trialUsed: 50 });
    // A new UTC day brings a new allowance.
    await storage.db
      .transaction()
      .execute((tx) => billing.hold(tx, { accountId: a, replyId: randomUUID(), now: now + 4 * 3600_000 }));
    expect((await getWallet(storage.db, a)).trialUsed).toBe(1);
  });

  it("past the trial's daily cap, spends coins the person holds", async () => {
    const now = Date.UTC(2030, 0, 1, 12);
    const a = await newAccount(now + DAY);
    await grant(a, 1);
    const billing = createCoinBilling({ ...coins, trialDailyReplies: 1 });
    await storage.db
      .transaction()
      .execute((tx) => billing.hold(tx, { accountId: a, replyId: randomUUID(), now }));
    await storage.db
      .transaction()
      .execute((tx) => billing.hold(tx, { accountId: a, replyId: randomUUID(), now }));
    expect((await getWallet(storage.db, a)).held).toBe(1);
    await expect(
      storage.db
        .transaction()
        .execute((tx) => billing.hold(tx, { accountId: a, replyId: randomUUID(), now })),
    ).rejects.toMatchObject({ code: "trial_daily_limit" });
  });

  it("the sweeper releases a hold whose reply job is gone, once, and leaves live ones alone", async () => {
    const a = await newAccount();
    await grant(a, 5);
    const billing = createCoinBilling(coins);
    const t = Date.UTC(2040, 0, 1);
    const orphan = randomUUID();
    await storage.db
      .transaction()
      .execute((tx) => billing.hold(tx, { accountId: a, replyId: orphan, now: t }));
    const fresh = randomUUID();
    await storage.db
      .transaction()
      .execute((tx) => billing.hold(tx, { accountId: a, replyId: fresh, now: t + 9000 }));
    await Promise.all([
      releaseStaleHolds(storage.db, t + 10_000, 5000),
      releaseStaleHolds(storage.db, t + 10_000, 5000),
    ]);
    const holds = await coinsDb(storage.db)
      .selectFrom("coin_holds")
      .selectAll()
      .where("account_id", "=", a)
      .execute();
    expect(holds.find((h) => h.reply_id === orphan)).toMatchObject({ status: "released", charged: 0 });
    expect(await openHold(storage.db, fresh)).toBeDefined();
    expect(await getWallet(storage.db, a)).toMatchObject({ balance: 5, held: 1 });
  });

  it("credits a voucher once when twenty requests redeem it at the same instant", async () => {
    const a = await newAccount();
    const b = await newAccount();
    const [code] = await createVouchers(storage.db, { coins: 25, count: 1, now: 1 });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        redeemVoucher(storage.db, { accountId: i % 2 ? a : b, code: code!.toLowerCase(), now: 2 }),
      ),
    );
    const ok = outcomes.filter((o) => o.status === "fulfilled");
    expect(ok).toHaveLength(1);
    for (const o of outcomes)
      if (o.status === "rejected") expect((o.reason as AppError).code).toBe("voucher_already_used");
    const total = (await getWallet(storage.db, a)).balance + (await getWallet(storage.db, b)).balance;
    expect(total).toBe(25);
    expect((await ledgerSum(storage.db, a)) + (await ledgerSum(storage.db, b))).toBe(25);
  });

  it("stores vouchers only as hashes and tells unknown from malformed", async () => {
    const codes = await createVouchers(storage.db, { coins: 3, count: 5, now: 1 });
    expect(new Set(codes).size).toBe(5);
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const rows = await coinsDb(storage.db).selectFrom("vouchers").select("code_hash").execute();
    const stored = JSON.stringify(rows);
    for (const c of codes) expect(stored).not.toContain(normaliseVoucherCode(c)!);
    const a = await newAccount();
    await expect(
      redeemVoucher(storage.db, { accountId: a, code: "not a code", now: 1 }),
    ).rejects.toMatchObject({
      code: "malformed_voucher",
    });
    await expect(
      redeemVoucher(storage.db, { accountId: a, code: "0000-0000-0000-0000", now: 1 }),
    ).rejects.toMatchObject({ code: "unknown_voucher" });
  });

  it("keeps the wallet's CHECK constraint in the schema", async () => {
    const a = await newAccount();
    await expect(
      coinsDb(storage.db)
        .insertInto("coin_wallets")
        .values({ account_id: a, balance: 0, held: 1, trial_day: 0, trial_used: 0, updated_at: 1 })
        .execute(),
    ).rejects.toThrow();
    expect(await sql`select 1 as one`.execute(storage.db)).toBeTruthy();
  });
});
