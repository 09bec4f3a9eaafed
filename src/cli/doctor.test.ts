import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPortUrl, fakeReply, startFakeOpenAI, type FakeServer } from "../../test/fake-model-servers.js";
import { runDoctor } from "./doctor.js";

describe("asclepiad doctor", () => {
  let dir: string;
  let model: FakeServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "asclepiad-doctor-"));
    model = await startFakeOpenAI(fakeReply(["ok"]));
  });
  afterAll(async () => {
    await model.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const base = () => ({
    ASCLEPIAD_DATA_DIR: dir,
    ASCLEPIAD_SECRET: "s".repeat(32),
    ASCLEPIAD_MASTER_KEY: "33".repeat(32),
  });

  it("passes every check with the built-in engine and SQLite", async () => {
    const lines = await runDoctor(base());
    expect(lines.map((l) => [l.check, l.ok])).toEqual([
      ["configuration", true],
      ["database", true],
      ["model provider", true],
    ]);
  });

  it("sends one tiny real request to a configured model server", async () => {
    const before = model.requests.length;
    const lines = await runDoctor({
      ...base(),
      ASCLEPIAD_MODEL_PROVIDER: "openai",
      ASCLEPIAD_MODEL_BASE_URL: model.url,
      ASCLEPIAD_MODEL: "m",
    });
    expect(lines.at(-1)).toMatchObject({ check: "model provider", ok: true });
    expect(model.requests.length).toBe(before + 1);
  });

  it("fails the provider check when the model server is down", async () => {
    const lines = await runDoctor(
      {
        ...base(),
        ASCLEPIAD_MODEL_PROVIDER: "openai",
        ASCLEPIAD_MODEL_BASE_URL: await closedPortUrl("/v1"),
        ASCLEPIAD_MODEL: "m",
      },
      15_000,
    );
    expect(lines.at(-1)).toMatchObject({ check: "model provider", ok: false });
  });

  it("fails on a bad configuration and stops there", async () => {
    const lines = await runDoctor({ ...base(), ASCLEPIAD_PORT: "many" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ check: "configuration", ok: false });
    expect(lines[0]!.detail).toContain("ASCLEPIAD_PORT");
  });
});
