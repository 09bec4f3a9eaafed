import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, SETTINGS } from "./config.js";

const base = { ASCLEPIAD_SECRET: "x".repeat(32), ASCLEPIAD_MASTER_KEY: "ab".repeat(32) };

describe("configuration", () => {
  it("starts with defaults on an empty environment", () => {
    const c = loadConfig(base, { createFiles: false });
    expect(c.port).toBe(8080);
    expect(c.minAge).toBe(18);
    expect(c.trialDays).toBe(7);
    expect(c.model.provider).toBe("reflective");
    expect(c.databaseUrl).toBeUndefined();
  });

  it("lists every problem in one error", () => {
    const bad = {
      ASCLEPIAD_PORT: "eighty",
      ASCLEPIAD_MIN_AGE: "-1",
      DATABASE_URL: "mysql://x",
      ASCLEPIAD_MASTER_KEY: "short",
      ASCLEPIAD_MODEL_PROVIDER: "magic",
    };
    try {
      loadConfig(bad, { createFiles: false });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join("\n");
      for (const name of Object.keys(bad)) expect(problems).toContain(name);
    }
  });

  it("needs a model name and an address for the openai provider", () => {
    expect(() => loadConfig({ ...base, ASCLEPIAD_MODEL_PROVIDER: "openai" }, { createFiles: false })).toThrow(
      /ASCLEPIAD_MODEL/,
    );
  });

  it("is documented: the README's settings table lists every setting", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    for (const s of SETTINGS) expect(readme).toContain(`| \`${s.name}\` |`);
  });
});
