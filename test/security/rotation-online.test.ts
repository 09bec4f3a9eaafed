/**
 * Master-key rotation under a running server: the server is switched to the new key (and
 * still accepts the old one), `rotateMasterKey` re-wraps every data key while people keep
 * writing and reading, no request fails, and afterwards a server that holds only the new
 * key reads every old message, while the old key unwraps nothing.
 */
import { afterEach, describe, expect, it } from "vitest";
import { unwrapDataKey } from "../../src/privacy/cipher.js";
import { MasterKeys } from "../../src/privacy/keyring.js";
import { countByMasterKey, rotateMasterKey } from "../../src/privacy/rotation.js";
import { masterKeyId } from "../../src/privacy/cipher.js";
import { startServer, type RunningServer } from "../../src/server/start.js";
import { TestClient } from "../app.js";
import { openTestStorage, testDatabases, type TestStorage } from "../databases.js";
import { send, settle } from "./walker.js";

const K1 = "a1".repeat(32);
const K2 = "b2".repeat(32);

describe.each(testDatabases)("key rotation under a running server on %s", (kind) => {
  let storage: TestStorage | undefined;
  const servers: RunningServer[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
    await storage?.close();
  });

  const start = async (env: Record<string, string>) => {
    const server = await startServer(
      {
        ASCLEPIAD_PORT: "0",
        ASCLEPIAD_DATA_DIR: storage!.dataDir,
        ASCLEPIAD_LOG_LEVEL: "silent",
        ASCLEPIAD_SECRET: "rotation-test-secret-rotation-test-secret",
        ...env,
      },
      {
        storage: storage!,
        limits: {
          accountCreationsPerHour: 10_000,
          signInAttemptsPer15Min: 10_000,
          messagesPerMinute: 10_000,
        },
      },
    );
    servers.push(server);
    return server;
  };

  it("re-wraps every data key while serving, and old ciphertext reads under the new key alone", async () => {
    storage = await openTestStorage(kind);
    const before = await start({ ASCLEPIAD_MASTER_KEY: K1 });
    const people: { key: string; conversation: string; text: string }[] = [];
    for (let i = 0; i < 5; i++) {
      const c = new TestClient(before.url);
      const { accountKey } = await c.startAccount();
      const conv = await send(c, "POST", "/api/conversations", {});
      const text = `Before the rotation, person ${i} wrote this down.`;
      expect(
        (await send(c, "POST", `/api/conversations/${conv.body.conversation.id}/messages`, { text })).status,
      ).toBe(202);
      people.push({ key: accountKey, conversation: conv.body.conversation.id, text });
    }
    await settle(before.ctx.db);
    await before.close();

    // Switched: wraps new data keys with K2, still unwraps K1 (ASCLEPIAD_MASTER_KEYS_PREVIOUS).
    const during = await start({ ASCLEPIAD_MASTER_KEY: K2, ASCLEPIAD_MASTER_KEYS_PREVIOUS: K1 });
    let stop = false;
    const failures: string[] = [];
    const traffic = (async () => {
      let n = 0;
      while (!stop) {
        const p = people[n++ % people.length]!;
        const c = new TestClient(during.url);
        const signIn = await send(c, "POST", "/api/sessions", { accountKey: p.key });
        const read = await send(c, "GET", `/api/conversations/${p.conversation}`);
        if (signIn.status !== 200 || read.status !== 200 || !JSON.stringify(read.body).includes(p.text))
          failures.push(`${signIn.status}/${read.status}`);
        const fresh = new TestClient(during.url);
        if ((await send(fresh, "POST", "/api/accounts", { ageConfirmed: true })).status !== 201)
          failures.push("create");
      }
    })();
    const report = await rotateMasterKey(
      during.ctx.db,
      new MasterKeys(Buffer.from(K2, "hex"), [Buffer.from(K1, "hex")]),
      Buffer.from(K2, "hex"),
      { batchSize: 2 },
    );
    await new Promise((r) => setTimeout(r, 200));
    stop = true;
    await traffic;
    expect(failures).toEqual([]);
    expect(report.failed).toEqual([]);
    expect(report.rewrapped).toBeGreaterThanOrEqual(5);
    expect(Object.keys(await countByMasterKey(during.ctx.db))).toEqual([masterKeyId(Buffer.from(K2, "hex"))]);
    await settle(during.ctx.db);
    await during.close();

    // Finished: a server with only the new key reads everything written before.
    const after = await start({ ASCLEPIAD_MASTER_KEY: K2 });
    for (const p of people) {
      const c = new TestClient(after.url);
      expect((await send(c, "POST", "/api/sessions", { accountKey: p.key })).status).toBe(200);
      const read = await send(c, "GET", `/api/conversations/${p.conversation}`);
      expect(read.status).toBe(200);
      expect(read.body.conversation.messages[0].text).toBe(p.text);
    }
    const rows = await after.ctx.db.selectFrom("accounts").select(["id", "data_key"]).execute();
    for (const row of rows)
      expect(() => unwrapDataKey(Buffer.from(K1, "hex"), row.data_key, row.id)).toThrow();
  }, 60_000);
});
