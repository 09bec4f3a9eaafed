/**
 * The AsclepiCoins ledger: the only code that moves coins. Every movement is one
 * append-only entry naming its counter-account, written in the same transaction as the
 * wallet row it changes; the wallet's CHECK constraint and conditional updates mean a
 * balance can never go below zero on SQLite or PostgreSQL, whatever runs at once.
 * Spending is two-phase: a hold reserves coins, then is settled (for at most what was
 * held) or released, exactly once, because only one UPDATE can move it out of "held".
 */
import { randomUUID } from "node:crypto";
import { sql, type Kysely } from "kysely";
import { compiled } from "../storage/compiled.js";
import type { Database } from "../storage/schema.js";
import { coinsDb, type CoinHoldsTable, type CoinsDatabase, type EntryKind } from "./schema.js";

type Db = Kysely<Database> | Kysely<CoinsDatabase>;

/** Runs `fn` in `db` if it is already a transaction, else in a new one. */
export async function inTransaction<T>(db: Db, fn: (tx: Kysely<CoinsDatabase>) => Promise<T>): Promise<T> {
  const c = coinsDb(db as Kysely<Database>);
  return c.isTransaction ? fn(c) : c.transaction().execute(fn);
}

/** Creates the account's wallet row if it has none yet (accounts start with none). */
export async function ensureWallet(db: Db, accountId: string, now: number): Promise<void> {
  await coinsDb(db as Kysely<Database>)
    .insertInto("coin_wallets")
    .values({ account_id: accountId, balance: 0, held: 0, trial_day: 0, trial_used: 0, updated_at: now })
    .onConflict((oc) => oc.column("account_id").doNothing())
    .execute();
}

export interface Movement {
  accountId: string;
  /** Signed coins from the wallet's side; a negative one (a correction) never overdraws. */
  amount: number;
  kind: EntryKind;
  counterAccount: string;
  /** Unique in the database: the same key moves coins once, however often it is tried. */
  idempotencyKey: string;
  replyId?: string | null;
  now: number;
}

/**
 * Records a movement and applies it to the wallet, once per idempotency key. Returns
 * false when the key was already used (nothing changes). A negative movement larger
 * than the spendable balance throws InsufficientCoins and changes nothing.
 */
export async function move(db: Db, m: Movement): Promise<boolean> {
  if (!Number.isSafeInteger(m.amount) || m.amount === 0)
    throw new Error("A movement is a non-zero whole number of coins.");
  return inTransaction(db, async (tx) => {
    await ensureWallet(tx, m.accountId, m.now);
    const inserted = await tx
      .insertInto("coin_entries")
      .values({
        id: randomUUID(),
        account_id: m.accountId,
        amount: m.amount,
        counter_account: m.counterAccount,
        kind: m.kind,
        reply_id: m.replyId ?? null,
        idempotency_key: m.idempotencyKey,
        created_at: m.now,
      })
      .onConflict((oc) => oc.column("idempotency_key").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!inserted) return false;
    let update = tx
      .updateTable("coin_wallets")
      .set((eb) => ({ balance: eb("balance", "+", m.amount), updated_at: m.now }))
      .where("account_id", "=", m.accountId);
    if (m.amount < 0) update = update.where(sql<boolean>`balance - held >= ${-m.amount}`);
    const res = await update.executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new InsufficientCoins();
    return true;
  });
}

export class InsufficientCoins extends Error {
  constructor() {
    super("Not enough spendable coins.");
    this.name = "InsufficientCoins";
  }
}

/**
 * Reserves `amount` spendable coins for a reply, in the caller's transaction. Returns
 * false (and reserves nothing) when the spendable balance is short. An amount of zero (a
 * trial reply, or a free instance) records the hold without touching the balance.
 */
export async function placeHold(
  db: Db,
  h: { accountId: string; replyId: string; amount: number; trialDay: number | null; now: number },
): Promise<boolean> {
  const tx = coinsDb(db as Kysely<Database>);
  if (h.amount > 0) {
    const res = await tx
      .updateTable("coin_wallets")
      .set((eb) => ({ held: eb("held", "+", h.amount), updated_at: h.now }))
      .where("account_id", "=", h.accountId)
      .where(sql<boolean>`balance - held >= ${h.amount}`)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) return false;
  }
  await insertHold(tx, randomUUID(), h.accountId, h.replyId, h.amount, h.trialDay, h.now);
  return true;
}

/*
 * Every reply places a hold and resolves it: these statements are built once
 * (src/storage/compiled.ts) rather than per reply.
 */
const insertHold = compiled(
  (
    db: Kysely<CoinsDatabase>,
    id: string,
    accountId: string,
    replyId: string,
    amount: number,
    trialDay: number | null,
    now: number,
  ) =>
    db.insertInto("coin_holds").values({
      id,
      account_id: accountId,
      reply_id: replyId,
      amount,
      trial_day: trialDay,
      status: "held",
      charged: null,
      created_at: now,
      resolved_at: null,
    }),
);

/**
 * `status = 'held'` written as a literal, not a bound parameter: only then can SQLite see at
 * prepare time that the partial index coin_holds_open_reply (WHERE status = 'held') applies.
 * With a parameter it re-prepares the statement on every run to check the bound value
 * (~140 µs of the ~190 µs a reply's settlement cost under load).
 */
const HELD = sql.lit<"held">("held");

/** Moves the reply's open hold out of "held" (see resolveHold). */
function closeHoldQuery(
  db: Kysely<CoinsDatabase>,
  replyId: string,
  outcome: Resolution["outcome"],
  now: number,
) {
  return db
    .updateTable("coin_holds")
    .set({ status: outcome, charged: 0, resolved_at: now })
    .where("reply_id", "=", replyId)
    .where("status", "=", HELD);
}
const closeHold = compiled(
  (db: Kysely<CoinsDatabase>, replyId: string, outcome: Resolution["outcome"], now: number) =>
    closeHoldQuery(db, replyId, outcome, now).returningAll(),
);

/** Takes a resolved hold off the wallet, charging `charged` (see resolveHold). */
function unholdWalletQuery(
  db: Kysely<CoinsDatabase>,
  accountId: string,
  amount: number,
  charged: number,
  now: number,
) {
  return db
    .updateTable("coin_wallets")
    .set((eb) => ({ held: eb("held", "-", amount), balance: eb("balance", "-", charged), updated_at: now }))
    .where("account_id", "=", accountId);
}
const unholdWallet = compiled(unholdWalletQuery);

export async function openHold(db: Db, replyId: string): Promise<CoinHoldsTable | undefined> {
  return coinsDb(db as Kysely<Database>)
    .selectFrom("coin_holds")
    .selectAll()
    .where("reply_id", "=", replyId)
    .where("status", "=", HELD)
    .executeTakeFirst();
}

export interface Resolution {
  /** "settled" charges what `charge` returns (clamped to 0…held); "released" charges nothing. */
  outcome: "settled" | "released";
  charge?: (hold: CoinHoldsTable) => number;
  /** Resolve only if no reply job remains for the reply (the sweeper's guard). */
  onlyIfNoJob?: boolean;
  now: number;
}

/**
 * Settles or releases the reply's open hold, exactly once: of any number of callers at
 * once, only the one whose UPDATE moves the hold out of "held" changes the wallet. Returns
 * what was charged, or null when there was no open hold (already resolved, or never held).
 * A released trial reply gives its place in the day's fair-use count back.
 */
export async function resolveHold(
  db: Db,
  replyId: string,
  r: Resolution,
): Promise<{ charged: number } | null> {
  return inTransaction(db, async (tx) => {
    // One conditional UPDATE both finds the open hold and moves it out of "held" (at most
    // one per reply, by the unique index), so no read precedes it; what it charged is
    // filled in after, in the same transaction, when it is not nothing.
    const resolved = r.onlyIfNoJob
      ? await closeHoldQuery(tx, replyId, r.outcome, r.now)
          .where((eb) =>
            eb.not(
              eb.exists(eb.selectFrom("reply_jobs").select("message_id").where("message_id", "=", replyId)),
            ),
          )
          .returningAll()
          .executeTakeFirst()
      : (await closeHold(tx, replyId, r.outcome, r.now)).rows[0];
    if (!resolved) return null;
    // The hold as it was before this resolution, for the charge rule.
    const hold: CoinHoldsTable = { ...resolved, status: "held", charged: null, resolved_at: null };
    const charged =
      r.outcome === "settled"
        ? Math.min(hold.amount, Math.max(0, Math.floor(r.charge?.(hold) ?? hold.amount)))
        : 0;
    if (charged > 0) await tx.updateTable("coin_holds").set({ charged }).where("id", "=", hold.id).execute();
    const giveBackTrial = r.outcome === "released" && hold.trial_day !== null;
    // A released trial reply also gives its place in the day's count back.
    if (!giveBackTrial) await unholdWallet(tx, hold.account_id, hold.amount, charged, r.now);
    else
      await unholdWalletQuery(tx, hold.account_id, hold.amount, charged, r.now)
        .set({
          trial_used: sql<number>`CASE WHEN trial_day = ${hold.trial_day} AND trial_used > 0 THEN trial_used - 1 ELSE trial_used END`,
        })
        .execute();
    if (charged > 0)
      await tx
        .insertInto("coin_entries")
        .values({
          id: randomUUID(),
          account_id: hold.account_id,
          amount: -charged,
          counter_account: "spending",
          kind: "reply",
          reply_id: replyId,
          idempotency_key: `hold:${hold.id}`,
          created_at: r.now,
        })
        .execute();
    return { charged };
  });
}

export interface Wallet {
  balance: number;
  held: number;
  trialDay: number;
  trialUsed: number;
}

export async function getWallet(db: Db, accountId: string): Promise<Wallet> {
  const row = await coinsDb(db as Kysely<Database>)
    .selectFrom("coin_wallets")
    .selectAll()
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  return {
    balance: row?.balance ?? 0,
    held: row?.held ?? 0,
    trialDay: row?.trial_day ?? 0,
    trialUsed: row?.trial_used ?? 0,
  };
}

export interface LedgerEntry {
  id: string;
  amount: number;
  kind: EntryKind;
  counterAccount: string;
  createdAt: number;
}

/** The account's history, newest first. */
export async function listEntries(db: Db, accountId: string, limit = 50): Promise<LedgerEntry[]> {
  const rows = await coinsDb(db as Kysely<Database>)
    .selectFrom("coin_entries")
    .select(["id", "amount", "kind", "counter_account", "created_at"])
    .where("account_id", "=", accountId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    amount: Number(r.amount),
    kind: r.kind,
    counterAccount: r.counter_account,
    createdAt: Number(r.created_at),
  }));
}

/** The sum of every entry: always equal to the wallet's balance (the tests check it). */
export async function ledgerSum(db: Db, accountId: string): Promise<number> {
  const row = await coinsDb(db as Kysely<Database>)
    .selectFrom("coin_entries")
    .select((eb) => eb.fn.sum<number>("amount").as("total"))
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  return Number(row?.total ?? 0);
}
