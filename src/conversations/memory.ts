/**
 * "What Maia remembers": a short summary, in the person's own words, of everything in a
 * conversation Maia can still see (above the point where the person last cleared it). It
 * is brought up to date lazily — when the person asks to see it, or every few replies in
 * the background — so a busy conversation does not re-read its whole history per reply.
 * It is brought up to date from where it was: the clauses it is built from are kept (sealed,
 * `summary_items_enc`), so a refresh opens only the person's messages since the last one,
 * not every message above the floor; the summary is the same either way.
 */
import type { Kysely } from "kysely";
import type { AccountCipher } from "../privacy/cipher.js";
import { renderSummary, summaryItems } from "../reflective/index.js";
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
    .select(["memory_floor", "summary_enc", "summary_seq", "summary_updated_at", "summary_items_enc"])
    .where("id", "=", conversationId)
    .where("account_id", "=", accountId)
    // One row: `limit 1` reads it with libsql's `get` (src/storage/db.ts).
    .limit(1),
);

const latestComplete = compiled((db, conversationId: string) =>
  db
    .selectFrom("messages")
    .select((e) => e.fn.max("seq").as("seq"))
    .where("conversation_id", "=", conversationId)
    .where("status", "=", "complete")
    .limit(1),
);

/**
 * Only the person's words above `from`: the summary is made of nothing else (`summaryItems`
 * skips Maia's). A person's message is stored complete, in the transaction that takes its
 * place, so none can appear later at or below a `top` already summarised.
 */
const personTexts = compiled((db, conversationId: string, from: number, top: number) =>
  db
    .selectFrom("messages")
    .select(["seq", "author", "text_enc"])
    .where("conversation_id", "=", conversationId)
    .where("seq", ">", from)
    .where("seq", "<=", top)
    .where("status", "=", "complete")
    .where("author", "=", "person")
    .orderBy("seq"),
);

const writeMemory = compiled(
  (
    db,
    conversationId: string,
    floor: number,
    summaryEnc: string | null,
    itemsEnc: string,
    top: number,
    now: number,
  ) =>
    db
      .updateTable("conversations")
      .set({
        summary_enc: summaryEnc,
        summary_items_enc: itemsEnc,
        summary_seq: top,
        summary_updated_at: now,
      })
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
  // From the clauses kept at the last refresh when there are any (null after a "forget", or
  // for a summary made before they were kept), else from the floor.
  const kept =
    conv.summary_items_enc !== null && conv.summary_seq >= conv.memory_floor
      ? parseItems(cipher.decrypt(conv.summary_items_enc))
      : undefined;
  const from = kept ? conv.summary_seq : conv.memory_floor;
  const { rows } = await personTexts(db, conversationId, from, top);
  const items = summaryItems(
    kept ?? [],
    rows.map((r) => ({ author: r.author, text: opened?.get(r.seq) ?? cipher.decrypt(r.text_enc) })),
  );
  const summary = renderSummary(items);
  // Guarded by the floor: a "forget" that lands meanwhile is not overwritten. The summary,
  // its clauses and the point they cover are written together, so they always agree.
  await writeMemory(
    db,
    conversationId,
    conv.memory_floor,
    summary ? cipher.encrypt(summary) : null,
    cipher.encrypt(JSON.stringify(items)),
    top,
    now,
  );
  return { summary, updatedAt: now };
}

/** The kept clauses; undefined (a refresh from the floor) should they not read as a list of texts. */
function parseItems(json: string): string[] | undefined {
  try {
    const items: unknown = JSON.parse(json);
    if (Array.isArray(items) && items.every((i) => typeof i === "string")) return items;
  } catch {
    // refreshed from the floor instead
  }
  return undefined;
}
