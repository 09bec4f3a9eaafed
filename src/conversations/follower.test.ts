/**
 * The shared follower: one query per chunk of followed replies per tick (never one per
 * stream), and each subscriber hears only when its reply's saved progress changed.
 */
import { randomUUID } from "node:crypto";
import type { KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestStorage, testDatabases, type TestStorage } from "../../test/databases.js";
import { ReplyFollower, type SavedProgress } from "./follower.js";

describe.each(testDatabases)("the shared reply follower on %s", (kind) => {
  let storage: TestStorage;
  let accountId: string;
  let conversationId: string;
  let seq = 0;
  let queries = 0;
  const counting: KyselyPlugin = {
    transformQuery(args) {
      queries++;
      return args.node;
    },
    async transformResult(args) {
      return args.result;
    },
  };

  beforeAll(async () => {
    storage = await openTestStorage(kind);
    accountId = randomUUID();
    conversationId = randomUUID();
    await storage.db
      .insertInto("accounts")
      .values({
        id: accountId,
        key_hash: randomUUID(),
        data_key: "x",
        created_at: 1,
        trial_ends_at: 1,
        country: null,
      })
      .execute();
    await storage.db
      .insertInto("conversations")
      .values({ id: conversationId, account_id: accountId, created_at: 1, last_activity_at: 1 } as never)
      .execute();
  });
  afterAll(async () => {
    await storage?.close();
  });

  async function replies(n: number): Promise<string[]> {
    const rows = Array.from({ length: n }, () => ({
      id: randomUUID(),
      conversation_id: conversationId,
      account_id: accountId,
      seq: ++seq,
      author: "maia" as const,
      text_enc: "",
      status: "pending" as const,
      created_at: 1,
    }));
    for (let i = 0; i < rows.length; i += 200)
      await storage.db
        .insertInto("messages")
        .values(rows.slice(i, i + 200) as never)
        .execute();
    return rows.map((r) => r.id);
  }

  it("reads 1,200 followed replies in three queries a tick and tells only those that changed", async () => {
    const ids = await replies(1_200);
    const follower = new ReplyFollower(storage.db.withPlugin(counting), { everyMs: 3_600_000, chunk: 500 });
    const heard = new Map<string, (SavedProgress | undefined)[]>();
    const stops = ids.map((id) =>
      follower.follow(id, (row) => heard.set(id, [...(heard.get(id) ?? []), row])),
    );
    // A second stream on the same reply is served by the same read.
    const twice: (SavedProgress | undefined)[] = [];
    const stopTwice = follower.follow(ids[0]!, (row) => twice.push(row));
    expect(follower.followedCount).toBe(1_200);

    queries = 0;
    await follower.tick();
    expect(queries).toBe(3);
    expect(heard.size).toBe(1_200);
    expect([...heard.values()].every((h) => h.length === 1 && h[0]?.status === "pending")).toBe(true);
    expect(twice).toEqual([{ status: "pending", text_enc: "" }]);

    // Nothing saved since: nobody hears anything.
    await follower.tick();
    expect([...heard.values()].every((h) => h.length === 1)).toBe(true);

    // Progress saved for one reply, another reply finished, a third deleted.
    await storage.db
      .updateTable("messages")
      .set({ status: "streaming", text_enc: "saved-1" })
      .where("id", "=", ids[0]!)
      .execute();
    await storage.db
      .updateTable("messages")
      .set({ status: "complete" })
      .where("id", "=", ids[700]!)
      .execute();
    await storage.db.deleteFrom("messages").where("id", "=", ids[1_100]!).execute();
    queries = 0;
    await follower.tick();
    expect(queries).toBe(3);
    expect(heard.get(ids[0]!)?.at(-1)).toEqual({ status: "streaming", text_enc: "saved-1" });
    expect(twice.at(-1)).toEqual({ status: "streaming", text_enc: "saved-1" });
    expect(heard.get(ids[700]!)?.at(-1)).toEqual({ status: "complete", text_enc: "" });
    expect(heard.get(ids[1_100]!)?.at(-1)).toBeUndefined();
    expect(heard.get(ids[1_100]!)).toHaveLength(2);
    expect([...heard.values()].filter((h) => h.length > 1)).toHaveLength(3);

    // Unsubscribed streams are never called again, and an idle follower reads nothing.
    for (const stop of stops) stop();
    await storage.db.updateTable("messages").set({ text_enc: "saved-2" }).where("id", "=", ids[0]!).execute();
    queries = 0;
    await follower.tick();
    expect(queries).toBe(1);
    expect(twice.at(-1)).toEqual({ status: "streaming", text_enc: "saved-2" });
    expect(heard.get(ids[0]!)?.at(-1)).toEqual({ status: "streaming", text_enc: "saved-1" });
    stopTwice();
    expect(follower.followedCount).toBe(0);
    queries = 0;
    await follower.tick();
    expect(queries).toBe(0);
  });

  it("runs on its own timer while anything is followed, and stops when nothing is", async () => {
    const [id] = await replies(1);
    const follower = new ReplyFollower(storage.db, { everyMs: 20 });
    const heard = await new Promise<SavedProgress | undefined>((resolve) => {
      const stop = follower.follow(id!, (row) => {
        stop();
        resolve(row);
      });
    });
    expect(heard).toEqual({ status: "pending", text_enc: "" });
    expect(follower.followedCount).toBe(0);
  });
});
