// AsclepiCoins: one wallet row per account (the balance the database keeps from going
// negative), the append-only ledger of every movement, holds for replies being written,
// and vouchers stored only as hashes. See docs/decisions/0003-coins-ledger.md.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("coin_wallets")
    .addColumn("account_id", "text", (c) => c.primaryKey().references("accounts.id").onDelete("cascade"))
    // Coins the person owns, including any held for replies being written.
    .addColumn("balance", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("held", "integer", (c) => c.notNull().defaultTo(0))
    // The trial's fair-use counter: replies started on UTC day number `trial_day`.
    .addColumn("trial_day", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("trial_used", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    // The last word on "never negative": whatever the code does, the database refuses it.
    .addCheckConstraint("coin_wallets_never_negative", sql`held >= 0 AND balance >= held`)
    .addCheckConstraint("coin_wallets_trial_used", sql`trial_used >= 0`)
    .execute();

  await db.schema
    .createTable("coin_entries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    // Signed, as seen from the person's wallet: credits positive, spending negative.
    .addColumn("amount", "integer", (c) => c.notNull())
    // The other side of the movement: vouchers, purchases, grants, spending, corrections.
    .addColumn("counter_account", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("reply_id", "text")
    .addColumn("idempotency_key", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addCheckConstraint("coin_entries_nonzero", sql`amount <> 0`)
    .execute();
  await db.schema
    .createIndex("coin_entries_account")
    .on("coin_entries")
    .columns(["account_id", "created_at"])
    .execute();

  await db.schema
    .createTable("coin_holds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    // Not a foreign key: a reply deleted with its conversation leaves the hold for the
    // sweeper to release, rather than taking the held coins with it.
    .addColumn("reply_id", "text", (c) => c.notNull())
    .addColumn("amount", "integer", (c) => c.notNull())
    // Set for a free trial reply: the UTC day its fair-use count was taken from.
    .addColumn("trial_day", "integer")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("charged", "integer")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("resolved_at", "bigint")
    .addCheckConstraint("coin_holds_amount", sql`amount >= 0 AND (charged IS NULL OR charged <= amount)`)
    .execute();
  // At most one open hold per reply, kept by the database.
  await db.schema
    .createIndex("coin_holds_open_reply")
    .on("coin_holds")
    .column("reply_id")
    .unique()
    .where(sql.ref("status"), "=", "held")
    .execute();
  await db.schema
    .createIndex("coin_holds_status")
    .on("coin_holds")
    .columns(["status", "created_at"])
    .execute();

  await db.schema
    .createTable("vouchers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("code_hash", "text", (c) => c.notNull().unique())
    .addColumn("coins", "integer", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("redeemed_at", "bigint")
    .addColumn("redeemed_by", "text", (c) => c.references("accounts.id").onDelete("set null"))
    .addCheckConstraint("vouchers_coins", sql`coins > 0`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("vouchers").execute();
  await db.schema.dropTable("coin_holds").execute();
  await db.schema.dropTable("coin_entries").execute();
  await db.schema.dropTable("coin_wallets").execute();
}
