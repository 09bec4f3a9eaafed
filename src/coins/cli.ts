/**
 * `asclepiad vouchers create --coins N --count M`: mints M single-use voucher codes worth
 * N coins each and prints them, one per line and nothing else, on standard output (so the
 * output can be piped straight into a file); anything else goes to standard error. It
 * opens the database the server uses and works while the server runs, on SQLite (WAL, a
 * second writer waits its turn) and on PostgreSQL.
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { migrateToLatest, openStorage } from "../storage/db.js";
import { createVouchers, MAX_VOUCHER_COINS, MAX_VOUCHER_COUNT } from "./vouchers.js";

const USAGE = `Usage: asclepiad vouchers create --coins N --count M

Prints M single-use voucher codes worth N coins each, one per line.
  --coins N   coins per voucher (1 to ${MAX_VOUCHER_COINS})
  --count M   how many vouchers (1 to ${MAX_VOUCHER_COUNT}, default 1)`;

export async function vouchersCommand(
  args: string[],
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  let values: { coins?: string; count?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        coins: { type: "string" },
        count: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  if (positionals[0] !== "create") {
    console.error(USAGE);
    return 2;
  }
  const coins = wholeNumber(values.coins);
  const count = values.count === undefined ? 1 : wholeNumber(values.count);
  if (coins === null || count === null) {
    console.error(`--coins and --count must be whole numbers.\n\n${USAGE}`);
    return 2;
  }
  const config = loadConfig(env);
  const storage = openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(storage.db);
    let codes: string[];
    try {
      codes = await createVouchers(storage.db, { coins, count, now: Date.now() });
    } catch (err) {
      if (err instanceof RangeError) {
        console.error(err.message);
        return 2;
      }
      throw err;
    }
    process.stdout.write(codes.join("\n") + "\n");
    console.error(
      `Created ${codes.length} voucher(s) worth ${coins} coin(s) each. Keep them safe: each works once.`,
    );
    return 0;
  } finally {
    await storage.close();
  }
}

function wholeNumber(raw: string | undefined): number | null {
  return raw !== undefined && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}
