/**
 * Load and soak (`npm run bench:load`, issue 9). This process is the load generator; each
 * server under test runs in a child process on loopback (bench/load-server.ts), Asclepiad
 * with the built-in engine or, for comparison in the same run, a bare Fastify serving the
 * same endpoints with no work behind them. Measured, each beside its bare figure:
 *
 * - sustained messages per second accepted (202) and answered (the reply streamed to
 *   `done`), closed loop, on SQLite and on PostgreSQL with one and two instances;
 * - p50/p99 latency of accepting a message and of the first streamed byte (message sent →
 *   first delta) at a fixed open-loop rate (half the 1,000/s target);
 * - open streams held at once, with the server's RSS;
 * - memory over a soak (LOAD_SOAK_SECONDS, default 60; the issue's soak is 600).
 *
 * Settings: LOAD_SECONDS (each throughput window, default 10), LOAD_USERS (closed-loop
 * people, default 64), LOAD_RATE (open-loop messages/s, default 500), LOAD_STREAMS
 * (default 5000), LOAD_SOAK_SECONDS, LOAD_PROFILE=1 (servers write --cpu-prof files to
 * bench/profiles), LOAD_WARM=0 (the server skips warmScreener, which `npm start` runs),
 * DATABASE_URL or TEST_DATABASE_URL (PostgreSQL runs; skipped without).
 * Bounded: every phase has a deadline.
 */
import { fork, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { cpus, loadavg, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { startFakeOpenAI, fakeReply, type FakeServer } from "../test/fake-model-servers.js";
import type { BenchFigure } from "./types.js";

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SECONDS = num("LOAD_SECONDS", 10);
const USERS = num("LOAD_USERS", 64);
const RATE = num("LOAD_RATE", 500);
const STREAMS = num("LOAD_STREAMS", 5000);
const SOAK_SECONDS = num("LOAD_SOAK_SECONDS", 60);
const PROFILE = process.env.LOAD_PROFILE === "1";
const PG_URL = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const ONLY = (process.env.LOAD_ONLY ?? "").split(",").filter(Boolean);
const root = fileURLToPath(new URL("..", import.meta.url));
const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) =>
  xs.length
    ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!
    : NaN;
const round = (x: number, d = 1) => Number(x.toFixed(d));

// ---------------------------------------------------------------- servers under test

interface Server {
  url: string;
  pid: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();

async function startChild(mode: "app" | "bare", env: Record<string, string>): Promise<Server> {
  const execArgv = ["--import", "tsx"];
  if (PROFILE) execArgv.push("--cpu-prof", `--cpu-prof-dir=${join(root, "bench", "profiles")}`);
  const child = fork(join(root, "bench", "load-server.ts"), [mode], {
    cwd: root,
    execArgv,
    env: {
      PATH: process.env.PATH ?? "",
      ASCLEPIAD_PORT: "0",
      ASCLEPIAD_LOG_LEVEL: "info",
      ...(process.env.LOAD_WARM ? { LOAD_WARM: process.env.LOAD_WARM } : {}),
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  const { url, pid } = await new Promise<{ url: string; pid: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${mode} server did not start`)), 60_000);
    child.once("message", (m) => {
      clearTimeout(timer);
      resolve(m as { url: string; pid: number });
    });
    child.once("exit", (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
  return {
    url,
    pid,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

/** Resident memory and CPU time (user + system, seconds) of a process, from /proc. */
function usage(pid: number): { rssMb: number; cpuSeconds: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { rssMb: rssKb / 1024, cpuSeconds: ticks / 100 };
}

// ---------------------------------------------------------------- a small HTTP client

interface Res {
  status: number;
  body: string;
  cookie?: string;
}

function call(base: string, method: string, path: string, cookie?: string, body?: unknown): Promise<Res> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = httpRequest(
      new URL(path, base),
      {
        method,
        agent,
        headers: {
          ...(payload
            ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }
            : {}),
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        let data = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (data += c));
        res.on("end", () => {
          const set = res.headers["set-cookie"]?.find((c) => c.startsWith("asclepiad_session="));
          resolve({ status: res.statusCode ?? 0, body: data, cookie: set?.split(";")[0] });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

/** Follows a reply stream; resolves when `done` arrives (or the stream ends). */
function follow(
  base: string,
  replyId: string,
  cookie: string,
  onFirstDelta: () => void,
): Promise<{ done: boolean }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      new URL(`/api/messages/${replyId}/stream`, base),
      { agent, headers: { cookie, accept: "text/event-stream" } },
      (res) => {
        let first = true;
        let done = false;
        res.setEncoding("utf8");
        res.on("data", (c: string) => {
          if (first && c.includes("event: delta")) {
            first = false;
            onFirstDelta();
          }
          if (c.includes("event: done")) done = true;
        });
        res.on("end", () => resolve({ done }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end();
  });
}

interface Person {
  base: string;
  cookie: string;
  conversationId: string;
  busy: boolean;
}

async function makePeople(bases: string[], n: number): Promise<Person[]> {
  const people: Person[] = [];
  for (let i = 0; i < n; i += 32) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(32, n - i) }, async (_, k) => {
        const base = bases[(i + k) % bases.length]!;
        const acc = await call(base, "POST", "/api/accounts", undefined, { ageConfirmed: true });
        if (acc.status !== 201 || !acc.cookie) throw new Error(`account: ${acc.status} ${acc.body}`);
        const conv = await call(base, "POST", "/api/conversations", acc.cookie, {});
        const conversationId = (JSON.parse(conv.body) as { conversation: { id: string } }).conversation.id;
        return { base, cookie: acc.cookie, conversationId, busy: false };
      }),
    );
    people.push(...batch);
  }
  return people;
}

interface Sample {
  acceptMs: number;
  firstByteMs: number;
  ok: boolean;
}

/** One message: send it, then follow its reply to `done`. */
async function converse(p: Person, text: string): Promise<Sample> {
  const t0 = performance.now();
  const sent = await call(p.base, "POST", `/api/conversations/${p.conversationId}/messages`, p.cookie, {
    text,
  });
  const acceptMs = performance.now() - t0;
  if (sent.status !== 202) return { acceptMs, firstByteMs: NaN, ok: false };
  const replyId = (JSON.parse(sent.body) as { reply: { id: string } }).reply.id;
  let firstByteMs = NaN;
  const { done } = await follow(p.base, replyId, p.cookie, () => (firstByteMs = performance.now() - t0));
  return { acceptMs, firstByteMs, ok: done };
}

const TEXTS = [
  "I keep cancelling my sessions and I don't know why.",
  "Work was loud today and I felt small in the meeting.",
  "My sister called and we argued about mum again.",
  "I slept badly, and everything felt heavier than it should.",
];

/** Closed loop: every person sends, follows the reply to done, and sends again. */
async function closedLoop(people: Person[], seconds: number, pids: number[] = []) {
  const warmEnd = performance.now() + 2_000;
  let cpuAtWarmEnd = 0;
  const cpu = () => pids.reduce((n, pid) => n + usage(pid).cpuSeconds, 0);
  setTimeout(() => (cpuAtWarmEnd = cpu()), 2_000);
  const end = warmEnd + seconds * 1000;
  let answered = 0;
  let failed = 0;
  const accept: number[] = [];
  await Promise.all(
    people.map(async (p, i) => {
      let n = i;
      while (performance.now() < end) {
        const s = await converse(p, TEXTS[n++ % TEXTS.length]!).catch(() => ({
          ok: false,
          acceptMs: NaN,
          firstByteMs: NaN,
        }));
        const now = performance.now();
        if (now < warmEnd || now > end) continue;
        if (s.ok) {
          answered++;
          accept.push(s.acceptMs);
        } else failed++;
      }
    }),
  );
  const cpuMsPerMessage = pids.length ? ((cpu() - cpuAtWarmEnd) * 1000) / Math.max(1, answered) : NaN;
  return { perSecond: answered / seconds, failed, acceptP99: pct(accept, 99), cpuMsPerMessage };
}

/** Open loop at a fixed rate: a message every 1/rate s, from whoever is not mid-conversation. */
async function openLoop(people: Person[], rate: number, seconds: number) {
  const samples: Sample[] = [];
  let skipped = 0;
  const inflight = new Set<Promise<void>>();
  const start = performance.now();
  const total = Math.round(rate * seconds);
  let cursor = 0;
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const delay = due - performance.now();
    if (delay > 1) await wait(delay);
    let p: Person | undefined;
    for (let k = 0; k < people.length && !p; k++) {
      const candidate = people[(cursor + k) % people.length]!;
      if (!candidate.busy) p = candidate;
    }
    cursor++;
    if (!p) {
      skipped++;
      continue;
    }
    const who = p;
    who.busy = true;
    const task = converse(who, TEXTS[i % TEXTS.length]!)
      .catch(() => ({ ok: false, acceptMs: NaN, firstByteMs: NaN }))
      .then((s) => {
        samples.push(s);
        who.busy = false;
      });
    inflight.add(task);
    void task.finally(() => inflight.delete(task));
  }
  const sendEnd = performance.now();
  await Promise.all(inflight);
  const ok = samples.filter((s) => s.ok);
  return {
    achieved: samples.length / ((sendEnd - start) / 1000),
    acceptP50: pct(
      ok.map((s) => s.acceptMs),
      50,
    ),
    acceptP99: pct(
      ok.map((s) => s.acceptMs),
      99,
    ),
    firstP50: pct(
      ok.map((s) => s.firstByteMs),
      50,
    ),
    firstP99: pct(
      ok.map((s) => s.firstByteMs),
      99,
    ),
    failed: samples.length - ok.length,
    skipped,
  };
}

/** Opens `n` reply streams at once and holds them; returns the server's RSS while held. */
async function holdStreams(server: Server, ids: { replyId: string; cookie: string }[]) {
  const before = usage(server.pid);
  const requests: ReturnType<typeof httpRequest>[] = [];
  let open = 0;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`only ${open} of ${ids.length} streams opened`)),
      120_000,
    );
    for (const { replyId, cookie } of ids) {
      const req = httpRequest(
        new URL(`/api/messages/${replyId}/stream`, server.url),
        { agent: false, headers: { cookie } },
        (res) => {
          res.resume();
          if (res.statusCode === 200 && ++open === ids.length) {
            clearTimeout(timer);
            resolve();
          }
        },
      );
      req.on("error", () => {});
      req.end();
      requests.push(req);
    }
  });
  await wait(3_000);
  const c0 = usage(server.pid);
  await wait(5_000);
  const held = usage(server.pid);
  for (const r of requests) r.destroy();
  return {
    open,
    rssMb: held.rssMb,
    rssBeforeMb: before.rssMb,
    cpuWhileHeld: (held.cpuSeconds - c0.cpuSeconds) / 5,
  };
}

// ---------------------------------------------------------------- PostgreSQL schemas

async function pgSchema(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  if (!PG_URL) return undefined;
  const schema = `bench_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

// ---------------------------------------------------------------- the run

const appEnv = (dataDir: string): Record<string, string> => ({
  ASCLEPIAD_DATA_DIR: dataDir,
  ASCLEPIAD_SECRET: "load-bench-secret-load-bench-secret-00000",
  ASCLEPIAD_MASTER_KEY: "55".repeat(32),
  // Throughput is the subject: the trial's fair-use cap would otherwise refuse replies.
  ASCLEPIAD_TRIAL_DAILY_REPLIES: "0",
  // `ASCLEPIAD_REPLY_THREAD=true npm run bench:load` measures replies written in a worker thread.
  ...(process.env.ASCLEPIAD_REPLY_THREAD
    ? { ASCLEPIAD_REPLY_THREAD: process.env.ASCLEPIAD_REPLY_THREAD }
    : {}),
});

const figures: BenchFigure[] = [];
const add = (f: BenchFigure) => {
  figures.push(f);
  console.error(`  ${f.name}: ${f.value} ${f.unit}${f.note ? ` (${f.note})` : ""}`);
};
const want = (phase: string) => ONLY.length === 0 || ONLY.includes(phase);
const tmp = mkdtempSync(join(tmpdir(), "asclepiad-load-"));
const started = Date.now();
const loadStart = loadavg()[0]!.toFixed(2);

try {
  // 1. The bare baseline.
  console.error("bare Fastify baseline…");
  const bare = await startChild("bare", {});
  const bareUsers = await makePeople([bare.url], USERS);
  const bareMax = await closedLoop(bareUsers, SECONDS, [bare.pid]);
  const bareOpen = await openLoop(bareUsers, RATE, SECONDS);
  let bareStreams: Awaited<ReturnType<typeof holdStreams>> | undefined;
  if (want("streams"))
    bareStreams = await holdStreams(
      bare,
      Array.from({ length: STREAMS }, (_, i) => ({ replyId: `hold${i}`, cookie: "asclepiad_session=bare" })),
    );
  const bareIdle = usage(bare.pid);
  await bare.stop();

  // 2. Asclepiad on SQLite.
  let sqliteRate = NaN;
  if (want("sqlite")) {
    console.error("Asclepiad on SQLite…");
    const dir = mkdtempSync(join(tmp, "sqlite-"));
    const app = await startChild("app", appEnv(dir));
    const users = await makePeople([app.url], USERS);
    const max = await closedLoop(users, SECONDS, [app.pid]);
    sqliteRate = max.perSecond;
    add({
      name: "SQLite: messages accepted and answered per second (closed loop)",
      value: round(max.perSecond),
      unit: "msg/s",
      target: ">= 1000",
      pass: max.perSecond >= 1000,
      note: `${USERS} people, ${SECONDS} s; ${round(max.perSecond / bareMax.perSecond, 3)} of bare Fastify (${round(bareMax.perSecond)}/s); ${max.failed} failed`,
    });
    add({
      name: "SQLite: server CPU per answered message",
      value: round(max.cpuMsPerMessage, 2),
      unit: "ms",
      note: `${round(max.cpuMsPerMessage / bareMax.cpuMsPerMessage, 1)}x bare Fastify (${round(bareMax.cpuMsPerMessage, 3)} ms); less sensitive than rates to other work on the machine`,
    });
    const open = await openLoop(users, RATE, SECONDS);
    add({
      name: `SQLite: accept latency p50 at ${RATE} msg/s`,
      value: round(open.acceptP50, 2),
      unit: "ms",
      note: `bare ${round(bareOpen.acceptP50, 2)} ms; achieved ${round(open.achieved)}/s, ${open.skipped} not sent (everyone busy), ${open.failed} failed`,
    });
    add({
      name: `SQLite: accept latency p99 at ${RATE} msg/s`,
      value: round(open.acceptP99, 2),
      unit: "ms",
      target: "< 20 ms",
      pass: open.acceptP99 < 20,
      note: `${round(open.acceptP99 / bareOpen.acceptP99, 1)}x bare (${round(bareOpen.acceptP99, 2)} ms)`,
    });
    add({
      name: `SQLite: first streamed byte (message sent → first delta) p50 / p99 at ${RATE} msg/s`,
      value: round(open.firstP50, 2),
      unit: "ms (p50)",
      note: `p99 ${round(open.firstP99, 2)} ms; bare p50 ${round(bareOpen.firstP50, 2)} / p99 ${round(bareOpen.firstP99, 2)} ms`,
    });
    if (want("soak")) {
      console.error(`soak, ${SOAK_SECONDS} s…`);
      const soakRate = Math.max(50, Math.round(Math.min(RATE, max.perSecond) / 2));
      const rss: number[] = [];
      const end = Date.now() + SOAK_SECONDS * 1000;
      let sent = 0;
      while (Date.now() < end) {
        const window = Math.min(10, (end - Date.now()) / 1000);
        if (window < 1) break;
        const r = await openLoop(users, soakRate, window);
        sent += Math.round(r.achieved * window);
        rss.push(usage(app.pid).rssMb);
      }
      const third = Math.max(1, Math.floor(rss.length / 3));
      const early = pct(rss.slice(0, third), 50);
      const late = pct(rss.slice(-third), 50);
      add({
        name: `SQLite soak: RSS over ${SOAK_SECONDS} s at ${soakRate} msg/s`,
        value: round(late - early),
        unit: "MB growth (median of last third − median of first third)",
        note: `RSS samples every 10 s: ${rss.map((x) => Math.round(x)).join(", ")} MB; ~${sent} messages; bare idle RSS ${round(bareIdle.rssMb)} MB`,
      });
    }
    await app.stop();
  }

  // 3. Open streams held at once (replies a stalled model never finishes).
  if (want("streams")) {
    console.error(`${STREAMS} open streams…`);
    const model: FakeServer = await startFakeOpenAI(fakeReply(["…"], { firstTokenDelayMs: 600_000 }));
    const dir = mkdtempSync(join(tmp, "streams-"));
    const app = await startChild("app", {
      ...appEnv(dir),
      ASCLEPIAD_MODEL_PROVIDER: "openai",
      ASCLEPIAD_MODEL_BASE_URL: model.url,
      ASCLEPIAD_MODEL: "stalled",
    });
    const people = await makePeople([app.url], Math.min(STREAMS, 500));
    const ids: { replyId: string; cookie: string }[] = [];
    for (let i = 0; ids.length < STREAMS; i++) {
      const p = people[i % people.length]!;
      const conv = await call(app.url, "POST", "/api/conversations", p.cookie, {});
      const cid = (JSON.parse(conv.body) as { conversation: { id: string } }).conversation.id;
      const sent = await call(app.url, "POST", `/api/conversations/${cid}/messages`, p.cookie, {
        text: "Hello.",
      });
      if (sent.status !== 202) throw new Error(`message: ${sent.status} ${sent.body}`);
      ids.push({ replyId: (JSON.parse(sent.body) as { reply: { id: string } }).reply.id, cookie: p.cookie });
    }
    const held = await holdStreams(app, ids);
    add({
      name: "open reply streams held at once: server RSS",
      value: round(held.rssMb),
      unit: "MB",
      target: `${STREAMS} streams < 500 MB`,
      pass: held.open >= 5000 && held.rssMb < 500,
      note: `${held.open} streams; RSS ${round(held.rssMb / (bareStreams?.rssMb ?? NaN), 2)}x bare Fastify holding as many (${round(bareStreams?.rssMb ?? NaN)} MB); RSS before opening ${round(held.rssBeforeMb)} MB; server CPU while held ${round(held.cpuWhileHeld * 100)}% of a core (bare ${round((bareStreams?.cpuWhileHeld ?? NaN) * 100)}%)`,
    });
    await app.stop();
    await model.close();
  }

  // 4. PostgreSQL: one instance, then two on the same database.
  if (want("postgres")) {
    if (!PG_URL) console.error("PostgreSQL skipped: set DATABASE_URL or TEST_DATABASE_URL.");
    else {
      for (const instances of [1, 2]) {
        console.error(`Asclepiad on PostgreSQL, ${instances} instance(s)…`);
        const schema = (await pgSchema())!;
        const dir = mkdtempSync(join(tmp, "pg-"));
        const apps: Server[] = [];
        for (let i = 0; i < instances; i++)
          apps.push(await startChild("app", { ...appEnv(dir), DATABASE_URL: schema.url }));
        const users = await makePeople(
          apps.map((a) => a.url),
          USERS,
        );
        const max = await closedLoop(
          users,
          SECONDS,
          apps.map((a) => a.pid),
        );
        const perInstance = max.perSecond / instances;
        add({
          name: `PostgreSQL, ${instances} instance${instances > 1 ? "s" : ""}: messages accepted and answered per second`,
          value: round(max.perSecond),
          unit: "msg/s",
          ...(Number.isFinite(sqliteRate) && instances === 1
            ? { target: ">= half of SQLite per instance", pass: perInstance >= sqliteRate / 2 }
            : {}),
          note: `${round(max.perSecond / bareMax.perSecond, 3)} of bare Fastify; ${round(perInstance)}/s per instance; app CPU ${round(max.cpuMsPerMessage, 2)} ms per message (PostgreSQL's own CPU not counted); ${Number.isFinite(sqliteRate) ? `${round(perInstance / sqliteRate, 2)} of SQLite per instance; ` : ""}${max.failed} failed`,
        });
        for (const a of apps) await a.stop();
        await schema.drop();
        (figures.at(-1) as BenchFigure & { _rate?: number })._rate = max.perSecond;
      }
      const [one, two] = figures.slice(-2) as (BenchFigure & { _rate?: number })[];
      if (one?._rate && two?._rate) {
        add({
          name: "PostgreSQL: second instance rises throughput",
          value: round(two._rate / one._rate, 2),
          unit: "x one instance",
          target: "> 1",
          pass: two._rate > one._rate,
          note: "both instances and the load generator share this machine's cores with PostgreSQL",
        });
      }
    }
  }

  add({
    name: "bare Fastify: messages accepted and 'answered' per second (closed loop)",
    value: round(bareMax.perSecond),
    unit: "msg/s",
    note: `accept p50/p99 at ${RATE}/s: ${round(bareOpen.acceptP50, 2)}/${round(bareOpen.acceptP99, 2)} ms`,
  });
} finally {
  for (const child of children) child.kill("SIGKILL");
  rmSync(tmp, { recursive: true, force: true });
  agent.destroy();
}

console.log(
  `# Asclepiad load, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ` +
    `${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${Math.round((Date.now() - started) / 1000)} s, ` +
    `load average at start ${loadStart} and end ${loadavg()[0]!.toFixed(2)} (other work on the machine skews absolute rates)\n`,
);
console.log("| figure | value | target | met | note |\n|---|---|---|---|---|");
let missed = 0;
for (const f of figures) {
  const met = f.pass === undefined ? "" : f.pass ? "yes" : "NO";
  if (f.pass === false) missed++;
  console.log(`| ${f.name} | ${f.value} ${f.unit} | ${f.target ?? ""} | ${met} | ${f.note ?? ""} |`);
}
console.log(missed === 0 ? "\nAll targets met." : `\n${missed} figure(s) missed their target.`);
process.exitCode = missed === 0 ? 0 : 1;
