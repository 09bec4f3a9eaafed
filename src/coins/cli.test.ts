import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/app.js";
import { testDatabases } from "../../test/databases.js";
import { safetyArea } from "../safety/area.js";
import { coinsArea } from "./index.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

describe.each(testDatabases)("npx asclepiad vouchers create, beside a running server, on %s", (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(kind, {}, { areas: [safetyArea(), coinsArea({ redeemAttemptsPer15Min: 100 })] });
  });
  afterAll(async () => app?.close());

  function cliEnv(): Record<string, string> {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "",
      ASCLEPIAD_DATA_DIR: app.storage.dataDir,
      ASCLEPIAD_SECRET: "test-secret-test-secret-test-secret-0000",
      ASCLEPIAD_MASTER_KEY: "11".repeat(32),
    };
    if (kind === "postgres") {
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.searchParams.set("options", `-c search_path=${app.storage.pgSchema}`);
      env.DATABASE_URL = url.toString();
    }
    return env;
  }

  const cli = (args: string[]) =>
    run(process.execPath, ["--import", "tsx", "src/cli/index.ts", ...args], { cwd: root, env: cliEnv() });

  it("prints only the codes, one per line, and each redeems once on the running server", async () => {
    const { stdout } = await cli(["vouchers", "create", "--coins", "7", "--count", "3"]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(CODE);
    const c = app.client();
    await c.startAccount();
    for (const code of lines) expect((await c.post("/api/vouchers/redeem", { code })).status).toBe(200);
    expect((await c.get("/api/coins")).body.balance).toBe(21);
    expect((await c.post("/api/vouchers/redeem", { code: lines[0] })).status).toBe(400);
  });

  it("refuses a bad count with a message on standard error and nothing on standard output", async () => {
    const failed = await cli(["vouchers", "create", "--coins", "0", "--count", "2"]).then(
      () => expect.unreachable(),
      (err: { code: number; stdout: string; stderr: string }) => err,
    );
    expect(failed.code).toBe(2);
    expect(failed.stdout).toBe("");
    expect(failed.stderr).toMatch(/--coins/);
  });
});
