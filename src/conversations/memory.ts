/**
 * "What Maia remembers": a short summary, in the person's own words, of everything in a
 * conversation Maia can still see (above the point where the person last cleared it). It
 * is brought up to date lazily — when the person asks to see it, or every few replies in
 * the background — so a busy conversation does not re-read its whole history per reply.
 */
import type { Kysely } from "kysely";
import type { AccountCipher } from "../privacy/cipher.js";
import { summarise } from "../reflective/index.js";
import type { Database } from "../storage/schema.js";

/** The worker refreshes the summary once this many messages have passed since the last one. */
export const REFRESH_EVERY = 6;

export async function refreshMemory(
  db: Kysely<Database>,
  cipher: AccountCipher,
  conversationId: string,
  now: number,
  /** Texts of complete messages the caller has already opened, by seq (they never change). */
  opened?: ReadonlyMap<number, string>,
): Promise<{ summary: string; updatedAt: number | null }> {
  const conv = await db
    .selectFrom("conversations")
    .select(["memory_floor", "summary_enc", "summary_seq", "summary_updated_at"])
    .where("id", "=", conversationId)
    .where("account_id", "=", cipher.accountId)
    .executeTakeFirst();
  if (!conv) return { summary: "", updatedAt: null };
  const latest = await db
    .selectFrom("messages")
    .select((e) => e.fn.max("seq").as("seq"))
    .where("conversation_id", "=", conversationId)
    .where("status", "=", "complete")
    .executeTakeFirst();
  const top = Number(latest?.seq ?? 0);
  if (top <= conv.summary_seq) {
    return {
      summary: conv.summary_enc ? cipher.decrypt(conv.summary_enc) : "",
      updatedAt: conv.summary_updated_at,
    };
  }
  const rows = await db
    .selectFrom("messages")
    .select(["seq", "author", "text_enc"])
    .where("conversation_id", "=", conversationId)
    .where("seq", ">", conv.memory_floor)
    .where("seq", "<=", top)
    .where("status", "=", "complete")
    .orderBy("seq")
    .execute();
  const summary = summarise(
    rows.map((r) => ({ author: r.author, text: opened?.get(r.seq) ?? cipher.decrypt(r.text_enc) })),
  );
  // Guarded by the floor: a "forget" that lands meanwhile is not overwritten.
  await db
    .updateTable("conversations")
    .set({ summary_enc: summary ? cipher.encrypt(summary) : null, summary_seq: top, summary_updated_at: now })
    .where("id", "=", conversationId)
    .where("memory_floor", "=", conv.memory_floor)
    .execute();
  return { summary, updatedAt: now };
}
