/**
 * Time-to-first-token overhead (issue 3): a local OpenAI-compatible server sends its first
 * token after a fixed delay; we measure what Asclepiad adds between that first token
 * leaving the model server and the first delta arriving on the browser-facing stream, and
 * the ratio of end-to-end time to first token (message posted → first delta) to the raw
 * time to first token of the model itself. Asclepiad runs in a process of its own, as in
 * production; the fake model server and the "browser" share this process and its clock.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TestClient } from "../test/app.js";
import { fakeReply, startFakeOpenAI } from "../test/fake-model-servers.js";
import { spawnServer } from "../test/process.js";
import { readSse } from "../test/sse.js";
import type { Bench } from "./types.js";

const FIRST_TOKEN_DELAY_MS = 200;
const SAMPLES = 40;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

const bench: Bench = {
  name: "Time to first token (issue 3)",
  async run() {
    const model = await startFakeOpenAI(
      fakeReply(["Thank ", "you ", "for ", "writing."], { firstTokenDelayMs: FIRST_TOKEN_DELAY_MS }),
    );
    const dir = mkdtempSync(join(tmpdir(), "asclepiad-ttft-"));
    const server = await spawnServer({
      ASCLEPIAD_DATA_DIR: dir,
      ASCLEPIAD_MODEL_PROVIDER: "openai",
      ASCLEPIAD_MODEL_BASE_URL: model.url,
      ASCLEPIAD_MODEL: "fake",
      ASCLEPIAD_SECRET: "ttft-bench-secret-ttft-bench-secret-0000",
      ASCLEPIAD_MASTER_KEY: "44".repeat(32),
    });
    const added: number[] = [];
    const ratios: number[] = [];
    try {
      let c = new TestClient(server.url);
      let cookie = "";
      // Raw: the model alone, request sent to first token received, through fetch.
      const raw: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        const res = await fetch(`${model.url}/chat/completions`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ model: "fake", stream: true, messages: [{ role: "user", content: "hi" }] }),
        });
        const reader = res.body!.getReader();
        for (;;) {
          const { value } = await reader.read();
          if (value && new TextDecoder().decode(value).includes("Thank")) break;
        }
        raw.push(performance.now() - t0);
        await reader.cancel();
      }
      const rawTtft = pct(raw, 50);
      for (let i = 0; i < SAMPLES; i++) {
        // A fresh person every 20 messages keeps each under the default sending limit.
        if (i % 20 === 0) {
          c = new TestClient(server.url);
          await c.startAccount();
          cookie = `asclepiad_session=${c.cookies.get("asclepiad_session")}`;
        }
        const id = (await c.post("/api/conversations", {})).body.conversation.id;
        const before = model.requests.length;
        const t0 = performance.now();
        const sent = await c.post(`/api/conversations/${id}/messages`, { text: `message ${i}` });
        let firstDeltaAt = 0;
        await readSse(`${server.url}/api/messages/${sent.body.reply.id}/stream`, {
          headers: { cookie },
          until: (e) => {
            if (e.event === "delta") firstDeltaAt = performance.now();
            return e.event === "delta";
          },
        });
        // This message's own model request: the first one made after it was posted.
        const tokenAt = model.requests[before]!.firstTokenAt!;
        added.push(firstDeltaAt - tokenAt);
        ratios.push((firstDeltaAt - t0) / rawTtft);
      }
    } finally {
      await server.kill("SIGTERM");
      await model.close();
      rmSync(dir, { recursive: true, force: true });
    }
    const p50 = pct(added, 50);
    const ratio = pct(ratios, 50);
    return [
      {
        name: "added between model's first token and stream's first delta, p50",
        value: Number(p50.toFixed(2)),
        unit: "ms",
        target: "<= 5 ms",
        pass: p50 <= 5,
      },
      {
        name: "added, p99",
        value: Number(pct(added, 99).toFixed(2)),
        unit: "ms",
        note: `${SAMPLES} replies`,
      },
      {
        name: "end-to-end TTFT ÷ raw model TTFT, p50",
        value: Number(ratio.toFixed(3)),
        unit: "ratio",
        target: "<= 1.03",
        pass: ratio <= 1.03,
        note: `model first token after ${FIRST_TOKEN_DELAY_MS} ms`,
      },
    ];
  },
};

export default bench;
