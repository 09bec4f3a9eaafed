/**
 * The coins area's tables as Kysely sees them (migration 0003_coins). They extend the
 * shared schema here, beside the only code that queries them, so the rest of the product
 * never reaches into the ledger directly.
 */
import type { Kysely } from "kysely";
import type { Database } from "../storage/schema.js";

export interface CoinWalletsTable {
  account_id: string;
  /** Coins owned, including those held for replies being written. */
  balance: number;
  /** Coins reserved by open holds; spendable = balance - held. */
  held: number;
  trial_day: number;
  trial_used: number;
  updated_at: number;
}

export type EntryKind = "voucher" | "purchase" | "grant" | "reply" | "correction";

export interface CoinEntriesTable {
  id: string;
  account_id: string;
  /** Signed, from the wallet's side: credits positive, spending negative. Never zero. */
  amount: number;
  /** The other side: "vouchers", "purchases:stripe", "grants", "spending", "corrections". */
  counter_account: string;
  kind: EntryKind;
  reply_id: string | null;
  idempotency_key: string;
  created_at: number;
}

export interface CoinHoldsTable {
  id: string;
  account_id: string;
  reply_id: string;
  amount: number;
  trial_day: number | null;
  status: "held" | "settled" | "released";
  charged: number | null;
  created_at: number;
  resolved_at: number | null;
}

export interface VouchersTable {
  id: string;
  code_hash: string;
  coins: number;
  created_at: number;
  redeemed_at: number | null;
  redeemed_by: string | null;
}

export interface CoinsDatabase extends Database {
  coin_wallets: CoinWalletsTable;
  coin_entries: CoinEntriesTable;
  coin_holds: CoinHoldsTable;
  vouchers: VouchersTable;
}

/** The same connection or transaction, typed to see the coins tables. */
export function coinsDb(db: Kysely<Database>): Kysely<CoinsDatabase> {
  return db as unknown as Kysely<CoinsDatabase>;
}
