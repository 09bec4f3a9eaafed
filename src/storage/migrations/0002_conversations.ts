// Conversations with Maia, their messages, and the durable queue of replies Maia owes.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("conversations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("title_enc", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("last_activity_at", "bigint", (c) => c.notNull())
    .addColumn("read_seq", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_seq", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("summary_enc", "text")
    .addColumn("summary_seq", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("summary_updated_at", "bigint")
    .addColumn("memory_floor", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("crisis", "text")
    .execute();
  await db.schema
    .createIndex("conversations_account_activity")
    .on("conversations")
    .columns(["account_id", "last_activity_at"])
    .execute();

  await db.schema
    .createTable("messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("conversation_id", "text", (c) =>
      c.notNull().references("conversations.id").onDelete("cascade"),
    )
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("author", "text", (c) => c.notNull())
    .addColumn("text_enc", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("completed_at", "bigint")
    .addColumn("risk", "text")
    .addColumn("themes", "text")
    .addColumn("provider", "text")
    .addColumn("model", "text")
    .addColumn("prompt_version", "text")
    .addColumn("offline", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("input_tokens", "integer")
    .addColumn("output_tokens", "integer")
    .addColumn("attempt", "integer", (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint("messages_conversation_seq", ["conversation_id", "seq"])
    .execute();
  await db.schema.createIndex("messages_account").on("messages").column("account_id").execute();

  await db.schema
    .createTable("reply_jobs")
    .addColumn("message_id", "text", (c) => c.primaryKey().references("messages.id").onDelete("cascade"))
    .addColumn("conversation_id", "text", (c) =>
      c.notNull().references("conversations.id").onDelete("cascade"),
    )
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("lease_owner", "text")
    .addColumn("lease_expires_at", "bigint")
    .addColumn("available_at", "bigint", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("reply_jobs_available")
    .on("reply_jobs")
    .columns(["status", "available_at"])
    .execute();
  await db.schema
    .createIndex("reply_jobs_conversation")
    .on("reply_jobs")
    .columns(["conversation_id", "seq"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("reply_jobs").execute();
  await db.schema.dropTable("messages").execute();
  await db.schema.dropTable("conversations").execute();
}
