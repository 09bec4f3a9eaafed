/**
 * Every setting Asclepiad reads, in one place. The environment is read once, at start,
 * validated as a whole (a bad configuration stops the process with one message listing
 * every problem) and passed down as a plain object; nothing else reads process.env.
 * The README's settings table is checked against SETTINGS by a test.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";

export type Env = Record<string, string | undefined>;

export interface Setting {
  name: string;
  default: string;
  description: string;
}

/** The documented settings, in the order the README lists them. */
export const SETTINGS: readonly Setting[] = [
  { name: "ASCLEPIAD_PORT", default: "8080", description: "TCP port to listen on (0 picks a free one)." },
  {
    name: "ASCLEPIAD_HOST",
    default: "127.0.0.1",
    description: "Interface to listen on; `0.0.0.0` to accept outside connections.",
  },
  {
    name: "ASCLEPIAD_DATA_DIR",
    default: "./data",
    description: "Where the SQLite database, the generated secret and the generated master key live.",
  },
  {
    name: "DATABASE_URL",
    default: "(unset: SQLite)",
    description: "A `postgres://` URL to use PostgreSQL instead of SQLite; many instances can share it.",
  },
  {
    name: "ASCLEPIAD_SECRET",
    default: "(generated)",
    description:
      "Server secret (at least 32 characters) keying account-key hashes. Generated into the data dir on first start when unset; set it explicitly when several instances share PostgreSQL.",
  },
  {
    name: "ASCLEPIAD_MASTER_KEY",
    default: "(key file)",
    description:
      "64 hex characters wrapping every account's data key. When unset, `ASCLEPIAD_MASTER_KEY_FILE` is used, generated on first start with a warning.",
  },
  {
    name: "ASCLEPIAD_MASTER_KEY_FILE",
    default: "<data dir>/master.key",
    description:
      "File holding the master key when `ASCLEPIAD_MASTER_KEY` is unset. Keep it apart from the database and its backups.",
  },
  {
    name: "ASCLEPIAD_MASTER_KEYS_PREVIOUS",
    default: "(unset)",
    description:
      "During a key rotation: other master keys (64 hex characters each, comma-separated) this server may unwrap with but never wraps with. See SECURITY.md.",
  },
  {
    name: "ASCLEPIAD_MASTER_KEY_NEW",
    default: "(unset)",
    description:
      "Read only by `asclepiad keys rotate`: the master key to re-wrap every data key under (or pass `--new-key-file`).",
  },
  { name: "ASCLEPIAD_MIN_AGE", default: "18", description: "Minimum age a person confirms before starting." },
  {
    name: "ASCLEPIAD_TRIAL_DAYS",
    default: "7",
    description: "Length of the free trial, in days from account creation.",
  },
  {
    name: "ASCLEPIAD_TRIAL_DAILY_REPLIES",
    default: "50",
    description: "Fair-use cap on Maia's free replies per day (UTC) during the trial; 0 means no cap.",
  },
  {
    name: "ASCLEPIAD_PRICE_PER_REPLY",
    default: "1",
    description: "AsclepiCoins one Maia reply costs after the trial (0 makes replies free).",
  },
  {
    name: "ASCLEPIAD_PRICE_PER_1K_TOKENS",
    default: "(unset: per reply)",
    description:
      "Set to price replies by the model's output tokens instead: coins per 1,000 tokens, rounded up, at least 1, capped per reply.",
  },
  {
    name: "ASCLEPIAD_PRICE_CAP_PER_REPLY",
    default: "5",
    description:
      "With token pricing, the most one reply can cost; this much is held while the reply is written.",
  },
  {
    name: "ASCLEPIAD_COIN_PACKS",
    default: "(unset)",
    description:
      "Coin packs sold by card, as `coins:price:currency` pairs, e.g. `50:5.00:GBP,120:10.00:GBP`; the price has the currency's own decimal places (`50:500:JPY`, `50:1.250:KWD`). Needs the two Stripe settings.",
  },
  {
    name: "STRIPE_SECRET_KEY",
    default: "(unset)",
    description:
      "Stripe secret key (`sk_…`) for Checkout. Card payments are offered only when all three payment settings are set.",
  },
  {
    name: "STRIPE_WEBHOOK_SECRET",
    default: "(unset)",
    description:
      "Signing secret (`whsec_…`) of the Stripe webhook endpoint pointed at `/api/coins/stripe/webhook`.",
  },
  {
    name: "ASCLEPIAD_QUICK_EXIT_URL",
    default: "https://www.bbc.co.uk/weather",
    description: "Neutral page that Quick exit replaces the app with.",
  },
  {
    name: "ASCLEPIAD_TRUST_PROXY",
    default: "false",
    description:
      "`true` (or a hop count / CIDR list) when behind a reverse proxy, so HTTPS and client addresses are read from it.",
  },
  {
    name: "ASCLEPIAD_LOG_LEVEL",
    default: "info",
    description:
      "Log level: fatal, error, warn, info, debug, trace or silent. Logs never carry content, keys or tokens.",
  },
  {
    name: "ASCLEPIAD_HELPLINES_FILE",
    default: "(unset)",
    description: "A JSON file of helpline entries that add to or override the built-in directory.",
  },
  {
    name: "ASCLEPIAD_MODEL_PROVIDER",
    default: "reflective",
    description:
      "Who writes Maia's replies: `reflective` (built in, offline), `openai` (any OpenAI-compatible server), `anthropic`, or `local` (a GGUF file).",
  },
  {
    name: "ASCLEPIAD_MODEL_BASE_URL",
    default: "(per provider)",
    description:
      "Base URL of the model server, e.g. `http://127.0.0.1:11434/v1` for Ollama; defaults to the provider's public API.",
  },
  {
    name: "ASCLEPIAD_MODEL_API_KEY",
    default: "(unset)",
    description: "API key for the model server; optional for local servers.",
  },
  { name: "ASCLEPIAD_MODEL", default: "(per provider)", description: "Model name sent to the model server." },
  {
    name: "ASCLEPIAD_MODEL_PATH",
    default: "(unset)",
    description: "Path to a GGUF model file for the `local` provider (needs `npm install node-llama-cpp`).",
  },
  {
    name: "ASCLEPIAD_CONTEXT_TOKENS",
    default: "3000",
    description: "Token budget for the conversation context sent to a model (summary plus recent turns).",
  },
  {
    name: "ASCLEPIAD_REPLY_WORKERS",
    default: "4",
    description: "How many replies one instance writes at once.",
  },
  {
    name: "ASCLEPIAD_REPLY_THREAD",
    default: "false",
    description:
      "`true`: on SQLite with the built-in engine, write replies in a worker thread of their own, so they can use a second core while requests are served. Off by default: it wins only where a second core is free (see BENCHMARKS.md).",
  },
  {
    name: "ASCLEPIAD_REPLY_LEASE_SECONDS",
    default: "30",
    description:
      "How long a reply being written stays claimed without a sign of life; after that another instance takes it over.",
  },
  {
    name: "ASCLEPIAD_SHUTDOWN_GRACE_SECONDS",
    default: "5",
    description:
      "On SIGTERM, how long replies being written may take to finish before they are handed back for another instance to write.",
  },
  {
    name: "ASCLEPIAD_METRICS_TOKEN",
    default: "(unset: off)",
    description:
      "Serves Prometheus metrics at `/metrics` to requests bearing `Authorization: Bearer <token>` (at least 16 characters). Metrics carry no content or account ids.",
  },
] as const;

export type ModelProviderName = "reflective" | "openai" | "anthropic" | "local";

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  secret: string;
  masterKey: Buffer;
  /** Other master keys accepted for unwrapping only (during a rotation). */
  previousMasterKeys: Buffer[];
  /** The rotation target for `asclepiad keys rotate`, when given. */
  masterKeyNew: Buffer | undefined;
  /** Set when the master key was generated on this start: the caller warns loudly. */
  masterKeyGenerated: string | undefined;
  minAge: number;
  trialDays: number;
  quickExitUrl: string;
  trustProxy: boolean | number | string;
  logLevel: string;
  helplinesFile: string | undefined;
  model: {
    provider: ModelProviderName;
    baseUrl: string | undefined;
    apiKey: string | undefined;
    model: string | undefined;
    modelPath: string | undefined;
  };
  contextTokens: number;
  replyWorkers: number;
  /** Write replies in a worker thread (SQLite and the built-in engine only; see conversations/thread.ts). */
  replyThread: boolean;
  replyLeaseMs: number;
  shutdownGraceMs: number;
  /** When set, /metrics is served to requests bearing it. */
  metricsToken: string | undefined;
  coins: CoinsConfig;
}

/**
 * A pack of coins sold by card: `amount` in the currency's minor unit, however many digits
 * that has (pence for GBP, whole yen for JPY, fils for KWD).
 */
export interface CoinPack {
  id: string;
  coins: number;
  amount: number;
  currency: string;
}

export interface CoinsConfig {
  trialDailyReplies: number;
  pricePerReply: number;
  /** Coins per 1,000 output tokens; null prices by reply. */
  pricePer1kTokens: number | null;
  capPerReply: number;
  packs: CoinPack[];
  /** Present only when the secret key, webhook secret and packs are all set. */
  stripe: { secretKey: string; webhookSecret: string } | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Asclepiad cannot start: the configuration has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`,
    );
    this.name = "ConfigError";
  }
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
const PROVIDERS: ModelProviderName[] = ["reflective", "openai", "anthropic", "local"];

/**
 * Reads and validates the configuration. Files the configuration needs (the data
 * directory, a generated secret or master key) are created here, so a fresh clone starts
 * with no setup; pass `{ createFiles: false }` to validate without touching the disk.
 */
export function loadConfig(env: Env, options: { cwd?: string; createFiles?: boolean } = {}): Config {
  const cwd = options.cwd ?? process.cwd();
  const createFiles = options.createFiles ?? true;
  const problems: string[] = [];
  const get = (name: string) => {
    const v = env[name]?.trim();
    return v === "" ? undefined : v;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
      return fallback;
    }
    return Number(raw);
  };
  const url = (name: string, fallback: string | undefined, protocols: string[]): string | undefined => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    try {
      const u = new URL(raw);
      if (!protocols.includes(u.protocol)) throw new Error("protocol");
      return raw;
    } catch {
      problems.push(`${name} must be a ${protocols.join(" or ")} URL (got "${raw}").`);
      return fallback;
    }
  };

  const port = int("ASCLEPIAD_PORT", 8080, 0, 65535);
  const host = get("ASCLEPIAD_HOST") ?? "127.0.0.1";
  const dataDirRaw = get("ASCLEPIAD_DATA_DIR") ?? "./data";
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : resolve(cwd, dataDirRaw);
  const databaseUrl = url("DATABASE_URL", undefined, ["postgres:", "postgresql:"]);
  const minAge = int("ASCLEPIAD_MIN_AGE", 18, 13, 120);
  const trialDays = int("ASCLEPIAD_TRIAL_DAYS", 7, 0, 365);
  const quickExitUrl = url("ASCLEPIAD_QUICK_EXIT_URL", "https://www.bbc.co.uk/weather", ["https:", "http:"])!;
  const contextTokens = int("ASCLEPIAD_CONTEXT_TOKENS", 3000, 256, 1_000_000);
  const replyWorkers = int("ASCLEPIAD_REPLY_WORKERS", 4, 1, 256);
  const replyThreadRaw = get("ASCLEPIAD_REPLY_THREAD") ?? "false";
  if (replyThreadRaw !== "true" && replyThreadRaw !== "false")
    problems.push(`ASCLEPIAD_REPLY_THREAD must be true or false (got "${replyThreadRaw}").`);
  const replyThread = replyThreadRaw === "true";
  const coins = readCoins(get, int, problems);
  const replyLeaseMs = int("ASCLEPIAD_REPLY_LEASE_SECONDS", 30, 1, 3600) * 1000;
  const shutdownGraceMs = int("ASCLEPIAD_SHUTDOWN_GRACE_SECONDS", 5, 0, 600) * 1000;
  const metricsToken = get("ASCLEPIAD_METRICS_TOKEN");
  if (metricsToken !== undefined && metricsToken.length < 16)
    problems.push("ASCLEPIAD_METRICS_TOKEN must be at least 16 characters (e.g. `openssl rand -hex 32`).");

  const trustRaw = get("ASCLEPIAD_TRUST_PROXY") ?? "false";
  let trustProxy: boolean | number | string = false;
  if (trustRaw === "true" || trustRaw === "false") trustProxy = trustRaw === "true";
  else if (/^\d+$/.test(trustRaw)) trustProxy = Number(trustRaw);
  else if (/^[\d.:/a-fA-F, ]+$/.test(trustRaw)) trustProxy = trustRaw;
  else
    problems.push(
      `ASCLEPIAD_TRUST_PROXY must be true, false, a hop count or a list of addresses (got "${trustRaw}").`,
    );

  const logLevel = get("ASCLEPIAD_LOG_LEVEL") ?? "info";
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`ASCLEPIAD_LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")} (got "${logLevel}").`);

  const helplinesFile = get("ASCLEPIAD_HELPLINES_FILE");
  if (helplinesFile !== undefined && !existsSync(resolve(cwd, helplinesFile)))
    problems.push(`ASCLEPIAD_HELPLINES_FILE points at "${helplinesFile}", which does not exist.`);

  const provider = (get("ASCLEPIAD_MODEL_PROVIDER") ?? "reflective") as ModelProviderName;
  if (!PROVIDERS.includes(provider))
    problems.push(`ASCLEPIAD_MODEL_PROVIDER must be one of ${PROVIDERS.join(", ")} (got "${provider}").`);
  const model = {
    provider,
    baseUrl: url("ASCLEPIAD_MODEL_BASE_URL", undefined, ["http:", "https:"]),
    apiKey: get("ASCLEPIAD_MODEL_API_KEY"),
    model: get("ASCLEPIAD_MODEL"),
    modelPath: get("ASCLEPIAD_MODEL_PATH"),
  };
  if (provider === "openai" && !model.model)
    problems.push("ASCLEPIAD_MODEL is required with the openai provider.");
  if (provider === "openai" && !model.baseUrl && !model.apiKey)
    problems.push(
      "The openai provider needs ASCLEPIAD_MODEL_BASE_URL (a local server) or ASCLEPIAD_MODEL_API_KEY (OpenAI).",
    );
  if (provider === "anthropic" && !model.apiKey && !model.baseUrl)
    problems.push("ASCLEPIAD_MODEL_API_KEY is required with the anthropic provider.");
  if (provider === "local" && !model.modelPath)
    problems.push("ASCLEPIAD_MODEL_PATH is required with the local provider.");

  const secretRaw = get("ASCLEPIAD_SECRET");
  if (secretRaw !== undefined && secretRaw.length < 32)
    problems.push(
      "ASCLEPIAD_SECRET must be at least 32 characters (generate one with `openssl rand -hex 32`).",
    );

  const masterRaw = get("ASCLEPIAD_MASTER_KEY");
  if (masterRaw !== undefined && !/^[0-9a-fA-F]{64}$/.test(masterRaw))
    problems.push(
      "ASCLEPIAD_MASTER_KEY must be exactly 64 hex characters (`npx asclepiad keys generate` prints one).",
    );
  const previousRaw = (get("ASCLEPIAD_MASTER_KEYS_PREVIOUS") ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean);
  if (previousRaw.some((k) => !/^[0-9a-fA-F]{64}$/.test(k)))
    problems.push("ASCLEPIAD_MASTER_KEYS_PREVIOUS must be a comma-separated list of 64-hex-character keys.");
  const newRaw = get("ASCLEPIAD_MASTER_KEY_NEW");
  if (newRaw !== undefined && !/^[0-9a-fA-F]{64}$/.test(newRaw))
    problems.push("ASCLEPIAD_MASTER_KEY_NEW must be exactly 64 hex characters.");
  const masterKeyFileRaw = get("ASCLEPIAD_MASTER_KEY_FILE");
  const masterKeyFile = masterKeyFileRaw ? resolve(cwd, masterKeyFileRaw) : join(dataDir, "master.key");

  if (problems.length > 0) throw new ConfigError(problems);

  if (createFiles) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret =
    secretRaw ??
    readOrCreate(join(dataDir, "secret"), () => randomBytes(32).toString("hex"), createFiles).value;

  let masterKey: Buffer;
  let masterKeyGenerated: string | undefined;
  if (masterRaw) masterKey = Buffer.from(masterRaw, "hex");
  else {
    const { value, created } = readOrCreate(
      masterKeyFile,
      () => randomBytes(32).toString("hex"),
      createFiles,
    );
    if (!/^[0-9a-fA-F]{64}$/.test(value))
      throw new ConfigError([`The master key file ${masterKeyFile} does not hold 64 hex characters.`]);
    masterKey = Buffer.from(value, "hex");
    if (created) masterKeyGenerated = masterKeyFile;
  }

  return {
    port,
    host,
    dataDir,
    databaseUrl,
    secret,
    masterKey,
    previousMasterKeys: previousRaw.map((k) => Buffer.from(k, "hex")),
    masterKeyNew: newRaw ? Buffer.from(newRaw, "hex") : undefined,
    masterKeyGenerated,
    minAge,
    trialDays,
    quickExitUrl,
    trustProxy,
    logLevel,
    helplinesFile: helplinesFile ? resolve(cwd, helplinesFile) : undefined,
    model,
    contextTokens,
    replyWorkers,
    replyThread,
    replyLeaseMs,
    shutdownGraceMs,
    metricsToken,
    coins,
  };
}

/** Prices, the trial's daily cap, coin packs and Stripe: all or none of the payment settings. */
function readCoins(
  get: (name: string) => string | undefined,
  int: (name: string, fallback: number, min: number, max: number) => number,
  problems: string[],
): CoinsConfig {
  const trialDailyReplies = int("ASCLEPIAD_TRIAL_DAILY_REPLIES", 50, 0, 100_000);
  const pricePerReply = int("ASCLEPIAD_PRICE_PER_REPLY", 1, 0, 1_000_000);
  const per1k = get("ASCLEPIAD_PRICE_PER_1K_TOKENS");
  const pricePer1kTokens = per1k === undefined ? null : int("ASCLEPIAD_PRICE_PER_1K_TOKENS", 1, 1, 1_000_000);
  const capPerReply = int("ASCLEPIAD_PRICE_CAP_PER_REPLY", 5, 1, 1_000_000);
  const packsRaw = get("ASCLEPIAD_COIN_PACKS");
  const packs = parseCoinPacks(packsRaw, problems);
  const secretKey = get("STRIPE_SECRET_KEY");
  const webhookSecret = get("STRIPE_WEBHOOK_SECRET");
  const payment = {
    STRIPE_SECRET_KEY: secretKey,
    STRIPE_WEBHOOK_SECRET: webhookSecret,
    ASCLEPIAD_COIN_PACKS: packsRaw,
  };
  const missing = Object.entries(payment)
    .filter(([, v]) => v === undefined)
    .map(([k]) => k);
  if (missing.length > 0 && missing.length < 3)
    problems.push(
      `Card payments need all of STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET and ASCLEPIAD_COIN_PACKS; missing ${missing.join(", ")}.`,
    );
  if (secretKey !== undefined && !/^(sk|rk)_/.test(secretKey))
    problems.push("STRIPE_SECRET_KEY must be a Stripe secret key starting sk_ (or a restricted key rk_).");
  if (webhookSecret !== undefined && !webhookSecret.startsWith("whsec_"))
    problems.push("STRIPE_WEBHOOK_SECRET must be a webhook signing secret starting whsec_.");
  const stripe = secretKey && webhookSecret && packs.length ? { secretKey, webhookSecret } : null;
  return { trialDailyReplies, pricePerReply, pricePer1kTokens, capPerReply, packs, stripe };
}

/** Every currency code this runtime's Intl knows (ISO 4217). */
const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

/**
 * Currencies whose amounts Stripe counts in hundredths although they have no minor unit in
 * ISO 4217 (its "special cases"): a price here would reach Stripe 100 times too small.
 */
const STRIPE_HUNDREDTHS = new Set(["HUF", "ISK"]);

/**
 * How many decimal places a currency's prices have (JPY 0, GBP 2, KWD 3), from Intl's currency
 * data; undefined for a code that is not a currency.
 */
export function currencyDigits(code: string): number | undefined {
  const currency = code.toUpperCase();
  if (!KNOWN_CURRENCIES.has(currency)) return undefined;
  return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits;
}

/** Why one `coins:price:currency` part cannot be a pack, or its pack. */
function parseCoinPack(part: string): CoinPack | string {
  const problem = (why: string) => `ASCLEPIAD_COIN_PACKS has "${part}"; ${why}`;
  const m = /^(\d{1,7}):(\d{1,8})(?:\.(\d+))?:([A-Za-z]{3})$/.exec(part);
  if (!m) return problem("write each pack as coins:price:currency, e.g. 50:5.00:GBP or 50:500:JPY.");
  const [, coinsText = "", whole = "", fraction = "", code = ""] = m;
  const currency = code.toUpperCase();
  const digits = currencyDigits(currency);
  if (digits === undefined)
    return problem(`${currency} is not a currency code. Use an ISO 4217 code such as GBP, EUR or JPY.`);
  if (STRIPE_HUNDREDTHS.has(currency))
    return problem(
      `coin packs can't be priced in ${currency} yet: Stripe counts ${currency} in hundredths, so the price would be wrong.`,
    );
  if (fraction.length > digits)
    return problem(
      digits === 0
        ? `${currency} prices are whole numbers, with no decimal places, e.g. 50:500:${currency}.`
        : `${currency} prices have at most ${digits} decimal places, e.g. 50:${(5).toFixed(digits)}:${currency}.`,
    );
  const amount = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  if (Number(coinsText) < 1 || amount < 1)
    return problem("a pack needs at least 1 coin and a price above 0, e.g. 50:5.00:GBP.");
  if (digits === 3 && amount % 10 !== 0)
    return problem(
      `Stripe takes ${currency} prices with 0 as the third decimal, e.g. 50:${((amount - (amount % 10)) / 1000).toFixed(3)}:${currency}.`,
    );
  const lower = currency.toLowerCase();
  return { id: `${coinsText}-${lower}-${amount}`, coins: Number(coinsText), amount, currency: lower };
}

/**
 * Parses `50:5.00:GBP,120:10.00:GBP` into packs, each price in its currency's minor unit;
 * each problem is added to `problems`.
 */
export function parseCoinPacks(raw: string | undefined, problems: string[]): CoinPack[] {
  if (raw === undefined) return [];
  const packs: CoinPack[] = [];
  let bad = false;
  for (const part of raw
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const pack = parseCoinPack(part);
    if (typeof pack === "string") {
      problems.push(pack);
      bad = true;
    } else packs.push(pack);
  }
  if (packs.length === 0 && !bad) problems.push("ASCLEPIAD_COIN_PACKS is set but lists no packs.");
  return packs;
}

function readOrCreate(
  path: string,
  make: () => string,
  create: boolean,
): { value: string; created: boolean } {
  if (existsSync(path)) return { value: readFileSync(path, "utf8").trim(), created: false };
  const value = make();
  if (create) {
    try {
      writeFileSync(path, value + "\n", { mode: 0o600, flag: "wx" });
    } catch (err) {
      // Another process created it first: use theirs so both agree.
      if ((err as NodeJS.ErrnoException).code === "EEXIST")
        return { value: readFileSync(path, "utf8").trim(), created: false };
      throw err;
    }
  }
  return { value, created: true };
}
