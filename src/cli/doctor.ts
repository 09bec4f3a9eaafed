/**
 * `asclepiad doctor`: checks what an operator needs working before people arrive — the
 * configuration, the database, and the model provider (one tiny real request) — and
 * prints one pass/fail line each. Exits non-zero when any check fails.
 */
import { sql } from "kysely";
import { ConfigError, loadConfig, type Config } from "../config.js";
import { checkProvider, createProvider } from "../providers/index.js";
import { openStorage } from "../storage/db.js";

export interface DoctorLine {
  ok: boolean;
  check: string;
  detail: string;
}

export async function runDoctor(
  env: Record<string, string | undefined>,
  timeoutMs = 20_000,
): Promise<DoctorLine[]> {
  const lines: DoctorLine[] = [];
  let config: Config;
  try {
    config = loadConfig(env, { createFiles: false });
    lines.push({
      ok: true,
      check: "configuration",
      detail: `valid (${config.databaseUrl ? "PostgreSQL" : "SQLite"}, ${config.model.provider} provider)`,
    });
  } catch (err) {
    const detail = err instanceof ConfigError ? err.problems.join(" ") : (err as Error).message;
    lines.push({ ok: false, check: "configuration", detail });
    return lines;
  }

  const storage = openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const started = performance.now();
    await sql`select 1`.execute(storage.db);
    const migrated = await sql<{ n: number }>`select count(*) as n from kysely_migration`
      .execute(storage.db)
      .catch(() => undefined);
    const n = Number(migrated?.rows[0]?.n ?? 0);
    lines.push({
      ok: true,
      check: "database",
      detail: `reachable in ${Math.round(performance.now() - started)} ms; ${n ? `${n} migrations applied` : "not migrated yet (run asclepiad migrate or start the server)"}`,
    });
  } catch (err) {
    lines.push({ ok: false, check: "database", detail: `not reachable: ${(err as Error).message}` });
  } finally {
    await storage.close().catch(() => {});
  }

  try {
    const provider = await createProvider({
      provider: config.model.provider,
      baseUrl: config.model.baseUrl,
      apiKey: config.model.apiKey,
      model: config.model.model,
      modelPath: config.model.modelPath,
    });
    const signal = AbortSignal.timeout(timeoutMs);
    const { ok, detail } = await checkProvider(provider, signal);
    lines.push({ ok, check: "model provider", detail });
  } catch (err) {
    lines.push({ ok: false, check: "model provider", detail: (err as Error).message });
  }
  return lines;
}

export async function doctorCommand(): Promise<number> {
  const lines = await runDoctor(process.env);
  for (const l of lines) console.log(`${l.ok ? "PASS" : "FAIL"}  ${l.check}: ${l.detail}`);
  return lines.every((l) => l.ok) ? 0 : 1;
}
