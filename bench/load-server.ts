/**
 * The server side of the load benchmark, run as its own process so the load generator
 * (bench/load.ts) never shares its event loop. `app` is Asclepiad exactly as `npm start`
 * runs it (settings from the environment; request limits raised, since one load
 * generator address stands for thousands of people); `bare` is the baseline: a bare
 * Fastify with the same two endpoints doing no work (202 on a message, an SSE stream that
 * sends one delta and done, or holds open). The URL is reported over IPC.
 */
import Fastify from "fastify";

const mode = process.argv[2] ?? "app";
const NO_LIMITS = { accountCreationsPerHour: 1e9, signInAttemptsPer15Min: 1e9, messagesPerMinute: 1e9 };

async function bare(): Promise<{ url: string; close(): Promise<void> }> {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });
  let next = 0;
  app.post("/api/accounts", async (_req, reply) =>
    reply
      .code(201)
      .header("set-cookie", "asclepiad_session=bare; Path=/; HttpOnly")
      .send({ account: { id: "a" } }),
  );
  app.post("/api/conversations", async (_req, reply) => reply.code(201).send({ conversation: { id: "c" } }));
  app.post("/api/conversations/:id/messages", async (_req, reply) => {
    const n = ++next;
    return reply.code(202).send({ message: { id: `m${n}` }, reply: { id: `r${n}` } });
  });
  app.get<{ Params: { id: string } }>("/api/messages/:id/stream", (req, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
    });
    if (req.params.id.startsWith("hold")) return void reply.raw.flushHeaders(); // held open until the client leaves
    reply.raw.write(`id: 5\nevent: delta\ndata: {"text":"Hello"}\n\n`);
    reply.raw.end(`event: done\ndata: {"message":{"status":"complete"}}\n\n`);
  });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return { url, close: () => app.close() };
}

const server =
  mode === "bare"
    ? await bare()
    : await (await import("../src/server/start.js")).startServer(process.env, { limits: NO_LIMITS });
// As `npm start` does (src/cli/index.ts), the crisis screener's patterns are compiled before
// the load begins (`npm start` runs this in the background once listening). Until 2026-12-06 the
// benchmark left it out, so it measured a screener whose patterns had been compiled on the
// benchmark's own messages, not the one `npm start` runs. LOAD_WARM=0 leaves it out still.
if (mode !== "bare" && process.env.LOAD_WARM !== "0") {
  const { warmScreener } = await import("../src/safety/screener.js");
  await warmScreener();
}
process.send?.({ url: server.url, pid: process.pid });
process.on("SIGTERM", () => {
  void server.close().then(() => process.exit(0));
});
