/**
 * Reading and writing conversations and messages. Every query is scoped by the account
 * that owns the rows; texts are sealed with that account's key on the way in and opened
 * on the way out, so nothing above this file sees ciphertext and nothing below sees text.
 */
import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import { errors } from "../errors.js";
import type { AccountCipher } from "../privacy/cipher.js";
import { compiled } from "../storage/compiled.js";
import type { Database, MessagesTable } from "../storage/schema.js";
import type { ConversationSummary, Message } from "./types.js";

export const DEFAULT_TITLE = "A conversation with Maia";

export function toMessage(row: Selectable<MessagesTable>, cipher: AccountCipher): Message {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    author: row.author,
    text: cipher.decrypt(row.text_enc),
    status: row.status,
    createdAt: row.created_at,
    completedAt: row.completed_at,
    offline: row.offline === 1,
  };
}

export async function createConversation(
  db: Kysely<Database>,
  cipher: AccountCipher,
  title: string | undefined,
  now: number,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("conversations")
    .values({
      id,
      account_id: cipher.accountId,
      title_enc: title ? cipher.encrypt(title) : null,
      created_at: now,
      last_activity_at: now,
      read_seq: 0,
      next_seq: 1,
      summary_enc: null,
      summary_seq: 0,
      summary_updated_at: null,
      summary_items_enc: null,
      memory_floor: 0,
      crisis: null,
    })
    .execute();
  return id;
}

export async function getConversationRow(db: Kysely<Database>, accountId: string, id: string) {
  const row = await db
    .selectFrom("conversations")
    .selectAll()
    .where("id", "=", id)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  if (!row) throw errors.notFound("That conversation", "conversation_not_found");
  return row;
}

export async function listConversations(
  db: Kysely<Database>,
  cipher: AccountCipher,
): Promise<ConversationSummary[]> {
  const rows = await db
    .selectFrom("conversations as c")
    .select((eb) => [
      "c.id",
      "c.title_enc",
      "c.created_at",
      "c.last_activity_at",
      eb
        .selectFrom("messages as m")
        .select((e) => e.fn.countAll<number>().as("n"))
        .whereRef("m.conversation_id", "=", "c.id")
        .where("m.author", "=", "maia")
        .where("m.status", "in", ["complete", "stopped", "failed"])
        .whereRef("m.seq", ">", "c.read_seq")
        .as("unread"),
      eb
        .selectFrom("messages as m")
        .select("m.text_enc")
        .whereRef("m.conversation_id", "=", "c.id")
        .orderBy("m.seq", "desc")
        .limit(1)
        .as("last_text"),
    ])
    .where("c.account_id", "=", cipher.accountId)
    .orderBy("c.last_activity_at", "desc")
    .orderBy("c.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title_enc ? cipher.decrypt(r.title_enc) : DEFAULT_TITLE,
    createdAt: r.created_at,
    lastActivityAt: r.last_activity_at,
    unread: Number(r.unread ?? 0),
    preview: r.last_text ? preview(cipher.decrypt(r.last_text)) : "",
  }));
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 90 ? `${flat.slice(0, 89)}…` : flat;
}

export async function listMessages(
  db: Kysely<Database>,
  cipher: AccountCipher,
  conversationId: string,
): Promise<Message[]> {
  const rows = await db
    .selectFrom("messages")
    .selectAll()
    .where("conversation_id", "=", conversationId)
    .where("account_id", "=", cipher.accountId)
    .orderBy("seq")
    .execute();
  return rows.map((r) => toMessage(r, cipher));
}

/** Built once (src/storage/compiled.ts): every stream opens with this read. */
// `limit 1`: one row by its key, read with libsql's `get` (src/storage/db.ts).
const messageRow = compiled((db, id: string, accountId: string) =>
  db.selectFrom("messages").selectAll().where("id", "=", id).where("account_id", "=", accountId).limit(1),
);

export async function getMessageRow(db: Kysely<Database>, accountId: string, id: string) {
  const row = (await messageRow(db, id, accountId)).rows[0];
  if (!row) throw errors.notFound("That message", "message_not_found");
  return row;
}

export async function countUnread(
  db: Kysely<Database>,
  conversationId: string,
  readSeq: number,
): Promise<number> {
  const row = await db
    .selectFrom("messages")
    .select((e) => e.fn.countAll<number>().as("n"))
    .where("conversation_id", "=", conversationId)
    .where("author", "=", "maia")
    .where("status", "in", ["complete", "stopped", "failed"])
    .where("seq", ">", readSeq)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
