/**
 * The worst stop for billing: kill -9 of a real server process between placing a reply's
 * hold and settling it. After a restart (SQLite) or on another instance once the lease
 * expires (PostgreSQL) the reply is finished and its hold settled exactly once: one
 * charge, nothing left held, and the ledger still sums to the balance.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TestClient } from "../../test/app.js";
import { openTestStorage } from "../../test/databases.js";
import { fakeReply, startFakeOpenAI } from "../../test/fake-model-servers.js";
import { spawnServer, type ServerProcess } from "../../test/process.js";
import { openStorage, type Storage } from "../storage/db.js";
import { getWallet, ledgerSum } from "./ledger.js";
import { coinsDb } from "./schema.js";
import { createVouchers } from "./vouchers.js";

const CHUNKS = Array.from({ length: 30 }, (_, i) => `word${i} `);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => Promise<boolean>, what: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await wait(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("a server killed between hold and settle", () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup.length = 0;
  });

  async function scenario(env: Record<string, string>, storage: Storage, secondBeforeKill: boolean) {
    const model = await startFakeOpenAI(fakeReply(CHUNKS, { chunkDelayMs: 60 }));
    cleanup.push(() => model.close());
    const fullEnv = {
      ASCLEPIAD_MODEL_PROVIDER: "openai",
      ASCLEPIAD_MODEL_BASE_URL: model.url,
      ASCLEPIAD_MODEL: "fake",
      ASCLEPIAD_SECRET: "coins-crash-secret-coins-crash-secret-00",
      ASCLEPIAD_MASTER_KEY: "33".repeat(32),
      ASCLEPIAD_REPLY_LEASE_SECONDS: "2",
      ...env,
    };
    const start = async () => {
      const s: ServerProcess = await spawnServer(fullEnv);
      cleanup.push(() => s.kill());
      return s;
    };
    const first = await start();
    const c = new TestClient(first.url);
    const { account } = await c.startAccount();
    await storage.db
      .updateTable("accounts")
      .set({ trial_ends_at: Date.now() - 1000 })
      .where("id", "=", account.id)
      .execute();
    const [code] = await createVouchers(storage.db, { coins: 5, count: 1, now: Date.now() });
    expect((await c.post("/api/vouchers/redeem", { code })).status).toBe(200);
    const id = (await c.post("/api/conversations", {})).body.conversation.id;
    const sent = await c.post(`/api/conversations/${id}/messages`, { text: "I nearly didn't go today." });
    expect(sent.status).toBe(202);
    const replyId = sent.body.reply.id as string;
    await until(async () => model.requests[0]?.firstTokenAt !== undefined, "the model's first token");
    expect(await getWallet(storage.db, account.id)).toMatchObject({ balance: 5, held: 1 });

    const second = secondBeforeKill ? await start() : undefined;
    await first.kill("SIGKILL");
    const survivor = second ?? (await start());
    const c2 = new TestClient(survivor.url);
    c2.cookies = c.cookies;
    await until(async () => {
      const open = await coinsDb(storage.db)
        .selectFrom("coin_holds")
        .select("id")
        .where("reply_id", "=", replyId)
        .where("status", "=", "held")
        .execute();
      return open.length === 0;
    }, "the hold to be resolved");
    const conv = (await c2.get(`/api/conversations/${id}`)).body.conversation;
    expect(conv.messages.map((m: { status: string }) => m.status)).toEqual(["complete", "complete"]);

    const holds = await coinsDb(storage.db)
      .selectFrom("coin_holds")
      .selectAll()
      .where("reply_id", "=", replyId)
      .execute();
    expect(holds).toHaveLength(1);
    expect(holds[0]).toMatchObject({ status: "settled", charged: 1 });
    const charges = await coinsDb(storage.db)
      .selectFrom("coin_entries")
      .select("amount")
      .where("reply_id", "=", replyId)
      .execute();
    expect(charges).toEqual([{ amount: -1 }]);
    expect(await getWallet(storage.db, account.id)).toMatchObject({ balance: 4, held: 0 });
    expect(await ledgerSum(storage.db, account.id)).toBe(4);
    expect((await c2.get("/api/coins")).body.balance).toBe(4);
  }

  it("settles the reply's hold exactly once after a restart (SQLite)", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "asclepiad-coins-crash-"));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const storage = openStorage({ dataDir });
    cleanup.push(() => storage.close());
    await scenario({ ASCLEPIAD_DATA_DIR: dataDir }, storage, false);
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    "settles the reply's hold exactly once on another instance after the lease expires (PostgreSQL)",
    async () => {
      const storage = await openTestStorage("postgres");
      cleanup.push(() => storage.close());
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.searchParams.set("options", `-c search_path=${storage.pgSchema}`);
      const dataDir = mkdtempSync(join(tmpdir(), "asclepiad-coins-pg-"));
      cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
      await scenario({ DATABASE_URL: url.toString(), ASCLEPIAD_DATA_DIR: dataDir }, storage, true);
    },
  );
});
