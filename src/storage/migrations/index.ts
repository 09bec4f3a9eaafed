/**
 * Every migration, in order. Listed statically (not read from the folder at run time) so
 * the same list works from TypeScript sources, compiled output and tests. Areas add their
 * own file and one line here; names sort in the order they must run.
 */
import type { Migration } from "kysely";
import * as m0001 from "./0001_accounts.js";
import * as m0002 from "./0002_conversations.js";
import * as m0003 from "./0003_coins.js";
import * as m0004 from "./0004_reflection.js";
import * as m0005 from "./0005_summary_items.js";

export const migrations: Record<string, Migration> = {
  "0001_accounts": m0001,
  "0002_conversations": m0002,
  "0003_coins": m0003,
  "0004_reflection": m0004,
  "0005_summary_items": m0005,
};
