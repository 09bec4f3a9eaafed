import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Stripe from "stripe";
import { startTestApp, type TestApp } from "../../test/app.js";
import { testDatabases } from "../../test/databases.js";
import { conversationsArea } from "../conversations/index.js";
import { ReplyWorker } from "../conversations/worker.js";
import type { ModelProvider, StreamEvent } from "../providers/types.js";
import { ProviderError } from "../providers/types.js";
import { safetyArea } from "../safety/area.js";
import { releaseStaleHolds } from "./billing.js";
import { coinsArea } from "./index.js";
import { getWallet, ledgerSum } from "./ledger.js";
import { coinsDb } from "./schema.js";
import { createVouchers } from "./vouchers.js";

class ScriptedProvider implements ModelProvider {
  readonly name = "openai";
  readonly model = "scripted-1";
  script: () => AsyncIterable<StreamEvent> = async function* () {
    yield { type: "delta", text: "Thank you for telling me. " };
    yield { type: "delta", text: "What feels most important about that?" };
    yield { type: "usage", inputTokens: 10, outputTokens: 12 };
  };
  stream() {
    return this.script();
  }
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const WEBHOOK_SECRET = "whsec_test_secret";
const stripeEnv = {
  STRIPE_SECRET_KEY: "sk_test_123",
  STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  ASCLEPIAD_COIN_PACKS: "50:5.00:GBP,120:10.00:GBP",
};

/** Stripe's API, answered locally: records what Checkout was asked for. */
const checkoutRequests: { url: string; body: string }[] = [];
const fakeStripeFetch = (async (url: string | URL | Request, init?: RequestInit) => {
  checkoutRequests.push({ url: String(url), body: String(init?.body ?? "") });
  return new Response(
    JSON.stringify({
      id: "cs_test_1",
      object: "checkout.session",
      url: "https://checkout.stripe.test/c/pay/cs_test_1",
    }),
    { status: 200, headers: { "content-type": "application/json", "request-id": "req_1" } },
  );
}) as typeof fetch;

describe.each(testDatabases)("AsclepiCoins over HTTP on %s", (kind) => {
  let app: TestApp;
  const provider = new ScriptedProvider();
  const conversations = conversationsArea({ provider, worker: { leaseMs: 2_000 } });
  beforeAll(async () => {
    app = await startTestApp(kind, stripeEnv, {
      areas: [
        safetyArea(),
        coinsArea({
          redeemAttemptsPer15Min: 1000,
          stripeHttpClient: Stripe.createFetchHttpClient(fakeStripeFetch),
        }),
        conversations,
      ],
    });
  });
  afterAll(async () => app?.close());

  async function account(opts: { coins?: number; trialOver?: boolean } = {}) {
    const c = app.client();
    const { account } = await c.startAccount({ country: "GB" });
    if (opts.trialOver)
      await app.ctx.db
        .updateTable("accounts")
        .set({ trial_ends_at: Date.now() - 1000 })
        .where("id", "=", account.id)
        .execute();
    if (opts.coins) {
      const [code] = await createVouchers(app.ctx.db, { coins: opts.coins, count: 1, now: Date.now() });
      expect((await c.post("/api/vouchers/redeem", { code })).status).toBe(200);
    }
    return { c, accountId: account.id as string };
  }

  async function settled(accountId: string) {
    for (let i = 0; i < 400; i++) {
      const jobs = await app.ctx.db
        .selectFrom("reply_jobs")
        .select("message_id")
        .where("account_id", "=", accountId)
        .execute();
      const open = await coinsDb(app.ctx.db)
        .selectFrom("coin_holds")
        .select("id")
        .where("account_id", "=", accountId)
        .where("status", "=", "held")
        .execute();
      if (jobs.length === 0 && open.length === 0) return;
      await wait(25);
    }
    throw new Error("replies did not finish");
  }

  it("shows a new account its trial, the price, and an empty history", async () => {
    const { c } = await account();
    const res = await c.get("/api/coins");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      balance: 0,
      held: 0,
      trial: { active: true, daysLeft: 7, repliesLeftToday: 50, dailyReplies: 50 },
      price: { mode: "per_reply", perReply: 1, maxPerReply: 1 },
      entries: [],
    });
    expect(res.body.packs.map((p: { coins: number }) => p.coins)).toEqual([50, 120]);
  });

  it("redeems a voucher once, and tells used, unknown and malformed codes apart", async () => {
    const { c } = await account();
    const [code] = await createVouchers(app.ctx.db, { coins: 12, count: 1, now: Date.now() });
    const typed = code!.toLowerCase().replace(/-/g, " ");
    expect((await c.post("/api/vouchers/redeem", { code: typed })).body).toEqual({ balance: 12, coins: 12 });
    const again = await c.post("/api/vouchers/redeem", { code });
    expect([again.status, again.body.error.code]).toEqual([400, "voucher_already_used"]);
    expect((await c.post("/api/vouchers/redeem", { code: "ZZZZ-ZZZZ-ZZZZ-ZZZZ" })).body.error.code).toBe(
      "unknown_voucher",
    );
    expect((await c.post("/api/vouchers/redeem", { code: "hello" })).body.error.code).toBe(
      "malformed_voucher",
    );
    const coins = (await c.get("/api/coins")).body;
    expect(coins.balance).toBe(12);
    expect(coins.entries).toMatchObject([{ amount: 12, kind: "voucher", counterAccount: "vouchers" }]);
  });

  it("credits once when two people redeem one voucher at the same instant", async () => {
    const a = await account();
    const b = await account();
    const [code] = await createVouchers(app.ctx.db, { coins: 9, count: 1, now: Date.now() });
    const [ra, rb] = await Promise.all([
      a.c.post("/api/vouchers/redeem", { code }),
      b.c.post("/api/vouchers/redeem", { code }),
    ]);
    expect([ra.status, rb.status].sort()).toEqual([200, 400]);
    const total =
      (await getWallet(app.ctx.db, a.accountId)).balance + (await getWallet(app.ctx.db, b.accountId)).balance;
    expect(total).toBe(9);
  });

  it("charges exactly 30 of 100 concurrent sends from an account holding 30 coins; 70 get 402 and keep their words", async () => {
    const { c, accountId } = await account({ coins: 30, trialOver: true });
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push((await c.post("/api/conversations", {})).body.conversation.id);
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        c.post(`/api/conversations/${ids[i % 10]}/messages`, { text: `Thought number ${i}` }),
      ),
    );
    const accepted = results.filter((r) => r.status === 202);
    const refused = results.filter((r) => r.status === 402);
    expect(accepted).toHaveLength(30);
    expect(refused).toHaveLength(70);
    for (const r of refused) expect(r.body.error.code).toBe("insufficient_coins");
    await settled(accountId);
    const wallet = await getWallet(app.ctx.db, accountId);
    expect(wallet).toMatchObject({ balance: 0, held: 0 });
    expect(await ledgerSum(app.ctx.db, accountId)).toBe(0);
    const spending = await coinsDb(app.ctx.db)
      .selectFrom("coin_entries")
      .select("amount")
      .where("account_id", "=", accountId)
      .where("kind", "=", "reply")
      .execute();
    expect(spending).toHaveLength(30);
    const people = await app.ctx.db
      .selectFrom("messages")
      .select("id")
      .where("account_id", "=", accountId)
      .where("author", "=", "person")
      .execute();
    expect(people).toHaveLength(100);
    expect((await c.get("/api/coins")).body.balance).toBe(0);
  });

  it("answers the kept message after topping up, and charges it", async () => {
    const { c, accountId } = await account({ trialOver: true });
    const id = (await c.post("/api/conversations", {})).body.conversation.id;
    const refused = await c.post(`/api/conversations/${id}/messages`, { text: "I almost cancelled again." });
    expect(refused.status).toBe(402);
    expect(refused.body.error.message).toMatch(/kept/);
    const [code] = await createVouchers(app.ctx.db, { coins: 3, count: 1, now: Date.now() });
    await c.post("/api/vouchers/redeem", { code });
    const asked = await c.post(`/api/conversations/${id}/replies`);
    expect(asked.status).toBe(202);
    await settled(accountId);
    expect((await c.get("/api/coins")).body).toMatchObject({ balance: 2, held: 0 });
  });

  it("never charges a reply that fails, nor one to a message the screener flagged", async () => {
    const { c, accountId } = await account({ coins: 2, trialOver: true });
    const id = (await c.post("/api/conversations", {})).body.conversation.id;
    provider.script = async function* () {
      yield { type: "delta", text: "Let me think about " };
      throw new ProviderError("server", "the model went away");
    };
    try {
      expect((await c.post(`/api/conversations/${id}/messages`, { text: "Hello" })).status).toBe(202);
      await settled(accountId);
    } finally {
      provider.script = new ScriptedProvider().script;
    }
    const conv = (await c.get(`/api/conversations/${id}`)).body.conversation;
    expect(conv.messages.at(-1).status).toBe("failed");
    expect(await getWallet(app.ctx.db, accountId)).toMatchObject({ balance: 2, held: 0 });
    // Spend everything, then write something that needs help now: it is answered, free.
    const other = (await c.post("/api/conversations", {})).body.conversation.id;
    await c.post(`/api/conversations/${other}/messages`, { text: "one" });
    await c.post(`/api/conversations/${other}/messages`, { text: "two" });
    await settled(accountId);
    expect((await getWallet(app.ctx.db, accountId)).balance).toBe(0);
    const crisis = await c.post(`/api/conversations/${other}/messages`, {
      text: "I want to kill myself tonight.",
    });
    expect(crisis.status).toBe(202);
    expect(crisis.body.crisis.services.length).toBeGreaterThan(0);
    await settled(accountId);
    const answered = (await c.get(`/api/conversations/${other}`)).body.conversation;
    expect(answered.messages.at(-1)).toMatchObject({ author: "maia", status: "complete" });
    expect(answered.messages.at(-1).text.length).toBeGreaterThan(20);
    expect(answered.crisis.level).toMatch(/urgent|emergency/);
    expect(await getWallet(app.ctx.db, accountId)).toMatchObject({ balance: 0, held: 0 });
    expect(await ledgerSum(app.ctx.db, accountId)).toBe(0);
  });

  it("answers, free, the message straight after a crisis wound down, when it takes back being fine", async () => {
    const { c, accountId } = await account({ trialOver: true });
    const id = (await c.post("/api/conversations", {})).body.conversation.id;
    for (const text of ["i want to kill myself", "jk", "i am fine honestly", "actually no im not fine"]) {
      expect((await c.post(`/api/conversations/${id}/messages`, { text })).status).toBe(202);
      await settled(accountId);
    }
    const answered = (await c.get(`/api/conversations/${id}`)).body.conversation;
    expect(answered.messages.at(-1).text).toMatch(/116 123/);
    expect(await getWallet(app.ctx.db, accountId)).toMatchObject({ balance: 0, held: 0 });
    // The one after that, with the crisis taken up again, is answered free too.
    expect((await c.post(`/api/conversations/${id}/messages`, { text: "i dont know" })).status).toBe(202);
  });

  it("settles a reply exactly once when its writer died between hold and settle and its lease expired", async () => {
    const { c, accountId } = await account({ coins: 5, trialOver: true });
    const id = (await c.post("/api/conversations", {})).body.conversation.id;
    // Freeze this server's worker on a reply that never ends, then play the crash: the
    // job is left claimed by an instance that no longer exists, its lease run out.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    provider.script = async function* () {
      await gate;
      yield { type: "delta", text: "late" };
    };
    const sent = await c.post(`/api/conversations/${id}/messages`, { text: "Are you there?" });
    expect(sent.status).toBe(202);
    const replyId = sent.body.reply.id as string;
    expect(await getWallet(app.ctx.db, accountId)).toMatchObject({ balance: 5, held: 1 });
    await app.ctx.db
      .updateTable("reply_jobs")
      .set({ status: "running", lease_owner: "crashed-instance", lease_expires_at: Date.now() - 1 })
      .where("message_id", "=", replyId)
      .execute();
    provider.script = new ScriptedProvider().script;
    // A second instance's worker takes the expired lease and finishes the reply.
    const second = new ReplyWorker(app.ctx, conversations.hub, {
      provider,
      fallback: provider,
      leaseMs: 2_000,
    });
    await second.start();
    try {
      await settled(accountId);
      release(); // the frozen first attempt now finishes too; it must not charge again
      await wait(300);
      await settled(accountId);
      expect(await releaseStaleHolds(app.ctx.db, Date.now() + 3_600_000, 0)).toBe(0);
    } finally {
      await second.stop(1000);
    }
    const holds = await coinsDb(app.ctx.db)
      .selectFrom("coin_holds")
      .selectAll()
      .where("reply_id", "=", replyId)
      .execute();
    expect(holds).toHaveLength(1);
    expect(holds[0]!.status).toBe("settled");
    expect(await getWallet(app.ctx.db, accountId)).toMatchObject({ balance: 4, held: 0 });
    expect(await ledgerSum(app.ctx.db, accountId)).toBe(4);
  });

  it("releases a hold whose reply was deleted with its conversation before it was written", async () => {
    const { c, accountId } = await account({ coins: 2, trialOver: true });
    const id = (await c.post("/api/conversations", {})).body.conversation.id;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    provider.script = async function* () {
      await gate;
      yield { type: "delta", text: "late" };
    };
    try {
      await c.post(`/api/conversations/${id}/messages`, { text: "first" });
      await c.post(`/api/conversations/${id}/messages`, { text: "second" }).catch(() => undefined);
      expect((await c.delete(`/api/conversations/${id}`)).status).toBe(204);
      release();
      await wait(200);
      await releaseStaleHolds(app.ctx.db, Date.now() + 3_600_000, 0);
      expect(await getWallet(app.ctx.db, accountId)).toMatchObject({ balance: 2, held: 0 });
    } finally {
      provider.script = new ScriptedProvider().script;
    }
  });

  describe("card payments", () => {
    function event(
      type: string,
      session: Record<string, unknown>,
      id = `evt_${Math.random().toString(36).slice(2)}`,
    ) {
      return JSON.stringify({
        id,
        object: "event",
        type,
        api_version: "2024-06-20",
        data: { object: session },
      });
    }
    function sign(payload: string) {
      return Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    }
    async function deliver(payload: string, signature = sign(payload)) {
      const res = await fetch(`${app.url}/api/coins/stripe/webhook`, {
        method: "POST",
        headers: { "content-type": "application/json; charset=utf-8", "stripe-signature": signature },
        body: payload,
      });
      return { status: res.status, body: await res.json() };
    }
    const paid = (accountId: string, sessionId: string) => ({
      id: sessionId,
      object: "checkout.session",
      payment_status: "paid",
      metadata: { accountId, packId: "50-gbp-500", coins: "50" },
    });

    it("opens Checkout for a pack with nothing personal but the anonymous account id", async () => {
      const { c, accountId } = await account();
      const res = await c.post("/api/coins/checkout", { packId: "50-gbp-500" });
      expect(res.status).toBe(200);
      expect(res.body.url).toBe("https://checkout.stripe.test/c/pay/cs_test_1");
      const sent = decodeURIComponent(checkoutRequests.at(-1)!.body);
      expect(sent).toContain("unit_amount]=500");
      expect(sent).toContain("currency]=gbp");
      expect(sent).toContain(`metadata[accountId]=${accountId}`);
      expect(sent).not.toMatch(/customer_email|phone|address/);
      expect((await c.post("/api/coins/checkout", { packId: "nope" })).body.error.code).toBe("unknown_pack");
    });

    it("credits a paid session once when the webhook is delivered five times, in turn and at once", async () => {
      const { c, accountId } = await account();
      const payload = event("checkout.session.completed", paid(accountId, "cs_test_five"));
      for (let i = 0; i < 5; i++) expect((await deliver(payload)).status).toBe(200);
      const again = await Promise.all(Array.from({ length: 5 }, () => deliver(payload)));
      expect(again.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      // The same session's async-success event is a different event for the same money.
      await deliver(event("checkout.session.async_payment_succeeded", paid(accountId, "cs_test_five")));
      const coins = (await c.get("/api/coins")).body;
      expect(coins.balance).toBe(50);
      expect(coins.entries).toMatchObject([
        { amount: 50, kind: "purchase", counterAccount: "purchases:stripe" },
      ]);
    });

    it("credits once when five deliveries arrive concurrently first", async () => {
      const { accountId } = await account();
      const payload = event("checkout.session.completed", paid(accountId, "cs_test_concurrent"));
      const res = await Promise.all(Array.from({ length: 5 }, () => deliver(payload)));
      expect(res.every((r) => r.status === 200)).toBe(true);
      expect((await getWallet(app.ctx.db, accountId)).balance).toBe(50);
      expect(await ledgerSum(app.ctx.db, accountId)).toBe(50);
    });

    it("refuses a bad signature, and acknowledges events it does not handle without crediting", async () => {
      const { accountId } = await account();
      const payload = event("checkout.session.completed", paid(accountId, "cs_test_forged"));
      const forged = await deliver(payload, sign(payload.replace("50", "500")));
      expect([forged.status, forged.body.error.code]).toEqual([400, "invalid_signature"]);
      expect((await deliver(payload, "t=1,v1=deadbeef")).status).toBe(400);
      expect((await deliver(event("customer.created", { id: "cus_1", object: "customer" }))).status).toBe(
        200,
      );
      const unpaid = { ...paid(accountId, "cs_test_unpaid"), payment_status: "unpaid" };
      expect((await deliver(event("checkout.session.completed", unpaid))).status).toBe(200);
      expect((await getWallet(app.ctx.db, accountId)).balance).toBe(0);
    });
  });
});

describe("voucher redemption limits", () => {
  it("rate-limits redemption attempts per account", async () => {
    const app = await startTestApp(
      "sqlite",
      {},
      { areas: [safetyArea(), coinsArea({ redeemAttemptsPer15Min: 3 })] },
    );
    try {
      const c = app.client();
      await c.startAccount();
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await c.post("/api/vouchers/redeem", { code: "AAAA-AAAA-AAAA-AAAA" })).status);
      expect(statuses).toEqual([400, 400, 400, 429]);
      const last = await c.post("/api/vouchers/redeem", { code: "AAAA-AAAA-AAAA-AAAA" });
      expect(last.body.error.code).toBe("too_many_voucher_attempts");
      expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });
});
