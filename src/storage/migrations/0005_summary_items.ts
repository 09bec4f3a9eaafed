// "What Maia remembers" is brought up to date from where it was rather than from the whole
// conversation: the clauses it is built from are kept, sealed like the summary itself, so a
// refresh reads only the person's messages since (src/conversations/memory.ts). Null means
// not known (conversations summarised before this migration, or just forgotten): the next
// refresh reads everything above the memory floor, as every refresh did before.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("conversations").addColumn("summary_items_enc", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("conversations").dropColumn("summary_items_enc").execute();
}
