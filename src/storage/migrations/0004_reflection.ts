// Reflection tools: mood check-ins, journal, therapy log, self-checks, goals and dismissed
// insights. Everything a person writes or picks about themselves is sealed (`*_enc`); only
// what the database must sort or count by (dates, ratings, kinds, statuses) stays in the clear.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("mood_checkins")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("rating", "integer", (c) => c.notNull())
    .addColumn("feelings_enc", "text", (c) => c.notNull())
    .addColumn("note_enc", "text")
    .addColumn("at", "bigint", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("mood_checkins_account_at")
    .on("mood_checkins")
    .columns(["account_id", "at"])
    .execute();

  await db.schema
    .createTable("journal_entries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("text_enc", "text", (c) => c.notNull())
    .addColumn("prompt_enc", "text")
    .addColumn("themes_enc", "text")
    .addColumn("conversation_id", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("journal_entries_account_created")
    .on("journal_entries")
    .columns(["account_id", "created_at"])
    .execute();

  await db.schema
    .createTable("therapists")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("name_enc", "text", (c) => c.notNull())
    .addColumn("approach_enc", "text")
    .addColumn("started_on", "text")
    .addColumn("ended_on", "text")
    .addColumn("end_reason", "text")
    .addColumn("end_note_enc", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("therapists_account").on("therapists").column("account_id").execute();

  await db.schema
    .createTable("therapy_sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("therapist_id", "text", (c) => c.references("therapists.id").onDelete("set null"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("attendance", "text", (c) => c.notNull())
    .addColumn("feelings_enc", "text", (c) => c.notNull())
    .addColumn("unsaid_enc", "text")
    .addColumn("homework_enc", "text")
    .addColumn("note_enc", "text")
    .addColumn("themes_enc", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("therapy_sessions_account_date")
    .on("therapy_sessions")
    .columns(["account_id", "date"])
    .execute();

  await db.schema
    .createTable("self_checks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("answers_enc", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("self_checks_account_created")
    .on("self_checks")
    .columns(["account_id", "created_at"])
    .execute();

  await db.schema
    .createTable("goals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("text_enc", "text", (c) => c.notNull())
    .addColumn("why_enc", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("revisit_every_days", "integer", (c) => c.notNull())
    .addColumn("revisited_at", "bigint", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("goals_account").on("goals").column("account_id").execute();

  await db.schema
    .createTable("goal_changes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("goal_id", "text", (c) => c.notNull().references("goals.id").onDelete("cascade"))
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("text_enc", "text", (c) => c.notNull())
    .addColumn("why_enc", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("changed_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("goal_changes_goal")
    .on("goal_changes")
    .columns(["goal_id", "changed_at"])
    .execute();

  await db.schema
    .createTable("insight_dismissals")
    .addColumn("account_id", "text", (c) => c.notNull().references("accounts.id").onDelete("cascade"))
    .addColumn("insight_key", "text", (c) => c.notNull())
    .addColumn("dismissed_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("insight_dismissals_pk", ["account_id", "insight_key"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "insight_dismissals",
    "goal_changes",
    "goals",
    "self_checks",
    "therapy_sessions",
    "therapists",
    "journal_entries",
    "mood_checkins",
  ])
    await db.schema.dropTable(table).execute();
}
