/**
 * "What Maia remembers": a short summary, in the person's own words, of everything in a
 * conversation Maia can still see (above the point where the person last cleared it). It
 * is brought up to date lazily — when the person asks to see it, or every few replies in
 * the background — so a busy conversation does not re-read its whole history per reply.
 */
import type { Kysely } from "kysely";
import type { AccountCipher } from "../privacy/cipher.js";
import { summarise } from "../reflective/index.js";
import { compiled } from "../storage/compiled.js";
import type { Database } from "../storage/schema.js";

/** The worker refreshes the summary once this many messages have passed since the last one. */
export const REFRESH_EVERY = 6;

/*
 * Built once (src/storage/compiled.ts): the worker refreshes after every few replies.
 */
const readMemory = compiled((db, conversationId: string, accountId: string) =>
  db
    .selectFrom("conversations")
    .select(["memory_floor", "summary_enc", "summary_seq", "summary_updated_at"])
    .where("id", "=", conversationId)
    .where("account_id", "=", accountId),
);

const latestComplete = compiled((db, conversationId: string) =>
  db
    .selectFrom("messages")
    .select((e) => e.fn.max("seq").as("seq"))
    .where("conversation_id", "=", conversationId)
    .where("status", "=", "complete"),
);

/** Only the person's words: the summary is made of nothing else (`summarise` skips Maia's). */
const personTexts = compiled((db, conversationId: string, floor: number, top: number) =>
  db
    .selectFrom("messages")
    .select(["seq", "author", "text_enc"])
    .where("conversation_id", "=", conversationId)
    .where("seq", ">", floor)
    .where("seq", "<=", top)
    .where("status", "=", "complete")
    .where("author", "=", "person")
    .orderBy("seq"),
);

const writeMemory = compiled(
  (db, conversationId: string, floor: number, summaryEnc: string | null, top: number, now: number) =>
    db
      .updateTable("conversations")
      .set({ summary_enc: summaryEnc, summary_seq: top, summary_updated_at: now })
      .where("id", "=", conversationId)
      .where("memory_floor", "=", floor),
);

export async function refreshMemory(
  db: Kysely<Database>,
  cipher: AccountCipher,
  conversationId: string,
  now: number,
  /** Texts of complete messages the caller has already opened, by seq (they never change). */
  opened?: ReadonlyMap<number, string>,
): Promise<{ summary: string; updatedAt: number | null }> {
  const conv = (await readMemory(db, conversationId, cipher.accountId)).rows[0];
  if (!conv) return { summary: "", updatedAt: null };
  const latest = (await latestComplete(db, conversationId)).rows[0];
  const top = Number(latest?.seq ?? 0);
  if (top <= conv.summary_seq) {
    return {
      summary: conv.summary_enc ? cipher.decrypt(conv.summary_enc) : "",
      updatedAt: conv.summary_updated_at,
    };
  }
  const { rows } = await personTexts(db, conversationId, conv.memory_floor, top);
  const summary = summarise(
    rows.map((r) => ({ author: r.author, text: opened?.get(r.seq) ?? cipher.decrypt(r.text_enc) })),
  );
  // Guarded by the floor: a "forget" that lands meanwhile is not overwritten.
  await writeMemory(
    db,
    conversationId,
    conv.memory_floor,
    summary ? cipher.encrypt(summary) : null,
    top,
    now,
  );
  return { summary, updatedAt: now };
}
