/**
 * The `asclepiad` command: start the server, run migrations, and the operator's tools.
 * Each command reads the same validated configuration the server does.
 */
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.js";
import { migrateToLatest, openStorage } from "../storage/db.js";

const USAGE = `Usage: asclepiad <command> [options]

Commands:
  start                 Serve the app (builds nothing; use npm start to build first)
  migrate               Bring the database schema up to date
  screen                Screen one message per line of standard input; one JSON result per line out
  doctor                Check the configuration, the database and the model provider
  keys generate         Print a new master key (64 hex characters)
  keys status           Count accounts by the master key that wraps their data key
  keys rotate           Re-wrap every data key under a new master key, while servers run
  vouchers create --coins N --count M
                        Print M single-use voucher codes worth N coins each
  help                  Show this help

Settings are read from the environment; see the README's settings table.`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  async start() {
    const { startServer } = await import("../server/start.js");
    const server = await startServer(process.env);
    // Compile the crisis screener's patterns now, in the background, rather than on the
    // first message someone sends (about 0.6 s of work).
    const { warmScreener } = await import("../safety/screener.js");
    void warmScreener().catch((error: unknown) =>
      server.ctx.log.error({ err: error }, "warming the screener failed"),
    );
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      server.ctx.log.info({ signal }, "shutting down");
      await server.close();
      process.exit(0);
    };
    process.on("SIGTERM", () => void stop("SIGTERM"));
    process.on("SIGINT", () => void stop("SIGINT"));
    return new Promise<number>(() => {});
  },

  async doctor() {
    const { doctorCommand } = await import("./doctor.js");
    return doctorCommand();
  },

  async screen() {
    const { runScreenCli } = await import("../safety/screen-cli.js");
    await runScreenCli(process.stdin, process.stdout);
    return 0;
  },

  async migrate() {
    const config = loadConfig(process.env);
    const storage = openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const results = await migrateToLatest(storage.db);
      const applied = results.filter((r) => r.status === "Success").map((r) => r.migrationName);
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
      return 0;
    } finally {
      await storage.close();
    }
  },

  async keys(args) {
    const { keysCommand } = await import("./keys.js");
    return keysCommand(args);
  },

  async vouchers(args) {
    const { vouchersCommand } = await import("../coins/cli.js");
    return vouchersCommand(args);
  },

  async help() {
    console.log(USAGE);
    return 0;
  },
};

export async function main(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: false });
  const name = positionals[0] ?? "help";
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(argv.slice(argv.indexOf(name) + 1));
  } catch (err) {
    if (err instanceof ConfigError) console.error(err.message);
    else console.error(`asclepiad ${name}: ${(err as Error).message}`);
    return 1;
  }
}

const exitCode = await main(process.argv.slice(2));
process.exitCode = exitCode;
