/**
 * Foundation figures: cold start to ready on SQLite, idle memory, the web app's initial
 * JavaScript, and the request rate of GET /api/me as a ratio to a bare Fastify route
 * measured in the same run on the same machine.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import Fastify from "fastify";
import type { Bench, BenchFigure } from "./types.js";

const root = new URL("..", import.meta.url).pathname;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function ensureBuilt(): void {
  const r = spawnSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "ignore" });
  if (r.status !== 0) throw new Error("npm run build failed");
}

interface Started {
  url: string;
  ms: number;
  pid: number;
  stop(): Promise<void>;
}

/** What `npm start` runs once built, and the compiled tree of modules it ran before (decision 0007). */
const BUNDLE = "dist/bundle/asclepiad.mjs";
const TREE = "dist/server/cli/index.js";

async function startBuilt(dataDir: string, entry = BUNDLE): Promise<Started> {
  const t0 = performance.now();
  // The built CLI with the Node flags from the bin script's shebang (the bin script itself
  // would rebuild whenever sources are newer).
  const shebang = readFileSync(join(root, "bin/asclepiad.js"), "utf8").split("\n")[0]!;
  const flags = shebang.split(/\s+/).filter((f) => f.startsWith("--"));
  const child = spawn(process.execPath, [...flags, join(root, entry), "start"], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      ASCLEPIAD_PORT: "0",
      ASCLEPIAD_DATA_DIR: dataDir,
      ASCLEPIAD_LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /"url":"([^"]+)"/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on("exit", (code) => reject(new Error(`server exited ${code}`)));
  });
  const ms = performance.now() - t0;
  return {
    url,
    ms,
    pid: child.pid!,
    stop: () =>
      new Promise((r) => {
        child.once("exit", () => r());
        child.kill("SIGTERM");
      }),
  };
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

async function rps(url: string, headers: Record<string, string> = {}): Promise<number> {
  const result = await autocannon({ url, connections: 20, duration: 5, headers });
  return result.requests.average;
}

const bench: Bench = {
  name: "Foundation (issue 2)",
  async run() {
    ensureBuilt();
    const figures: BenchFigure[] = [];

    // Cold start: a fresh data directory each time (migrations included), median of 5, the
    // bundle and the unbundled tree in turn so both see the same machine.
    const starts: number[] = [];
    const treeStarts: number[] = [];
    let idle = 0;
    for (let i = 0; i < 5; i++) {
      for (const entry of [BUNDLE, TREE]) {
        const dir = mkdtempSync(join(tmpdir(), "asclepiad-bench-"));
        const s = await startBuilt(dir, entry);
        (entry === BUNDLE ? starts : treeStarts).push(s.ms);
        if (i === 4 && entry === BUNDLE) {
          await new Promise((r) => setTimeout(r, 2000));
          idle = rssMb(s.pid);
        }
        await s.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    }
    figures.push({
      name: "cold start to ready (SQLite, fresh data dir)",
      value: median(starts),
      unit: "ms",
      target: "< 1000 ms",
      pass: median(starts) < 1000,
      note: `median of 5, process spawn to listening, ${BUNDLE}`,
    });
    figures.push({
      name: "cold start, unbundled (for comparison)",
      value: median(treeStarts),
      unit: "ms",
      note: `median of 5, ${TREE}, the same runs interleaved`,
    });
    figures.push({
      name: "idle RSS after start",
      value: Math.round(idle),
      unit: "MB",
      target: "< 120 MB",
      pass: idle < 120,
    });

    // Initial JavaScript: every script the index page loads, gzipped.
    const html = readFileSync(join(root, "dist/web/index.html"), "utf8");
    const scripts = [
      ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
      ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
    ].map((m) => m[1]!);
    const gz =
      scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(root, "dist/web", src))).length, 0) /
      1024;
    figures.push({
      name: "initial JS, gzipped",
      value: Number(gz.toFixed(1)),
      unit: "KB",
      target: "< 60 KB",
      pass: gz < 60,
      note: `${scripts.length} file(s)`,
    });

    // GET /api/me against a bare Fastify route, same machine, same load generator.
    const bare = Fastify();
    bare.get("/", async () => ({ ok: true }));
    await bare.listen({ port: 0, host: "127.0.0.1" });
    const addr = bare.server.address() as { port: number };
    const bareRps = await rps(`http://127.0.0.1:${addr.port}/`);
    await bare.close();

    const dir = mkdtempSync(join(tmpdir(), "asclepiad-bench-"));
    const s = await startBuilt(dir);
    const res = await fetch(`${s.url}/api/accounts`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ageConfirmed: true }),
    });
    const cookie = res.headers.getSetCookie()[0]!.split(";")[0]!;
    const meRps = await rps(`${s.url}/api/me`, { cookie });
    await s.stop();
    rmSync(dir, { recursive: true, force: true });
    figures.push({
      name: "GET /api/me",
      value: Math.round(meRps),
      unit: "req/s",
      note: "20 connections, 5 s, autocannon",
    });
    figures.push({
      name: "bare Fastify route",
      value: Math.round(bareRps),
      unit: "req/s",
      note: "same load, same run",
    });
    figures.push({
      name: "GET /api/me ÷ bare Fastify",
      value: Number((meRps / bareRps).toFixed(3)),
      unit: "ratio",
      note: "session lookup, headers, logging",
    });
    return figures;
  },
};

export default bench;
