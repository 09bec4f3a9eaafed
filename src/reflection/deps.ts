/**
 * What the reflection tools need from the app: the database, the keyring that seals what a
 * person writes, and the clock. Kept narrow so the tools can be called from routes, export
 * and tests alike.
 */
import type { AppContext } from "../server/context.js";

export type Deps = Pick<AppContext, "db" | "keyring" | "now">;

export function parseJsonArray(raw: string | null): string[] {
  if (!raw) return [];
  const parsed: unknown = JSON.parse(raw);
  return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : [];
}
