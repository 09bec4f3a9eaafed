/**
 * What a person can do with a conversation: start one, write to Maia, stop or retry a
 * reply, rename, delete, read, and see or clear what Maia remembers. Sending commits the
 * person's message first, screens it, and then queues the reply Maia owes as durable
 * work (see worker.ts): the reply is never written inside the request.
 */
import { randomUUID } from "node:crypto";
import type { Insertable, Kysely } from "kysely";
import { AppError, errors } from "../errors.js";
import { detectThemes } from "../reflective/index.js";
import { levelRank, type Screening } from "../safety/types.js";
import type { AppContext } from "../server/context.js";
import { compiled } from "../storage/compiled.js";
import type { Database, MessagesTable } from "../storage/schema.js";
import type { ReplyHub } from "./hub.js";
import { refreshMemory } from "./memory.js";
import type { CrisisRecord } from "./safety-gate.js";
import {
  countUnread,
  createConversation,
  DEFAULT_TITLE,
  getConversationRow,
  getMessageRow,
  listConversations,
  listMessages,
  toMessage,
} from "./store.js";
import type { Conversation, Message } from "./types.js";

export const MAX_TEXT = 8000;
export const MAX_TITLE = 120;

export interface ConversationService {
  create(accountId: string, title?: string): Promise<Conversation>;
  list(accountId: string): ReturnType<typeof listConversations>;
  get(accountId: string, id: string): Promise<Conversation>;
  rename(accountId: string, id: string, title: string): Promise<Conversation>;
  remove(accountId: string, id: string): Promise<void>;
  markRead(accountId: string, id: string): Promise<void>;
  send(
    accountId: string,
    id: string,
    text: unknown,
  ): Promise<{ message: Message; reply: Message; crisis: Conversation["crisis"] }>;
  requestReply(accountId: string, id: string): Promise<Message>;
  stop(accountId: string, messageId: string): Promise<Message>;
  retry(accountId: string, messageId: string): Promise<Message>;
  memory(accountId: string, id: string): Promise<{ summary: string; updatedAt: number | null }>;
  clearMemory(accountId: string, id: string): Promise<void>;
}

export function parseScreening(raw: string | null): Screening {
  return raw ? (JSON.parse(raw) as Screening) : { level: "none", categories: [], subject: "self" };
}

export function parseCrisis(raw: string | null): CrisisRecord | null {
  return raw ? (JSON.parse(raw) as CrisisRecord) : null;
}

/** Whether replies are free: inside a crisis flow, or straight after one wound down (that message
 * may take it up again, and must not wait on coins). */
function crisisUnderWay(record: CrisisRecord | null): boolean {
  return record?.flow != null || record?.closed != null;
}

/*
 * The statements of every send, built once (src/storage/compiled.ts): Kysely's building and
 * compiling cost about as much as SQLite's running them.
 */

/** The conversation (scoped to the account), the person's country and trial end. */
const readForSend = compiled((db, conversationId: string, accountId: string) =>
  db
    .selectFrom("conversations as c")
    .innerJoin("accounts as a", "a.id", "c.account_id")
    .select(["c.crisis", "a.country", "a.trial_ends_at"])
    .where("c.id", "=", conversationId)
    .where("c.account_id", "=", accountId)
    // One row by its key: `limit 1` reads it with libsql's `get` (src/storage/db.ts).
    .limit(1),
);

/** The person's two latest messages, newest first. */
const readEarlier = compiled((db, conversationId: string) =>
  db
    .selectFrom("messages")
    .select("text_enc")
    .where("conversation_id", "=", conversationId)
    .where("author", "=", "person")
    .orderBy("seq", "desc")
    .limit(2),
);

/** Takes `places` places in the conversation; returns the next free one after them. */
function placesQuery(
  db: Kysely<Database>,
  conversationId: string,
  accountId: string,
  places: number,
  now: number,
) {
  return db
    .updateTable("conversations")
    .set((eb) => ({ next_seq: eb("next_seq", "+", places), last_activity_at: now }))
    .where("id", "=", conversationId)
    .where("account_id", "=", accountId);
}
const takePlaces = compiled((db, conversationId: string, accountId: string, places: number, now: number) =>
  placesQuery(db, conversationId, accountId, places, now).returning(["next_seq"]),
);
/** The same, pinning the crisis card to the conversation. */
const takePlacesInCrisis = compiled(
  (db, conversationId: string, accountId: string, places: number, now: number, crisis: string) =>
    placesQuery(db, conversationId, accountId, places, now).set({ crisis }).returning(["next_seq"]),
);

type NewMessage = Insertable<MessagesTable>;
const insertMessage = compiled(
  (
    db,
    id: string,
    conversationId: string,
    accountId: string,
    seq: number,
    author: NewMessage["author"],
    textEnc: string,
    status: NewMessage["status"],
    createdAt: number,
    completedAt: number | null,
    risk: string | null,
    themes: string | null,
  ) =>
    db.insertInto("messages").values({
      id,
      conversation_id: conversationId,
      account_id: accountId,
      seq,
      author,
      text_enc: textEnc,
      status,
      created_at: createdAt,
      completed_at: completedAt,
      risk,
      themes,
      provider: null,
      model: null,
      prompt_version: null,
      offline: 0,
      input_tokens: null,
      output_tokens: null,
      attempt: 0,
    }),
);

const insertJob = compiled(
  (db, messageId: string, conversationId: string, accountId: string, seq: number, now: number) =>
    db.insertInto("reply_jobs").values({
      message_id: messageId,
      conversation_id: conversationId,
      account_id: accountId,
      seq,
      status: "queued",
      lease_owner: null,
      lease_expires_at: null,
      available_at: now,
      attempts: 0,
      created_at: now,
    }),
);

export function createConversationService(ctx: AppContext, hub: ReplyHub): ConversationService {
  const { db, keyring } = ctx;

  async function get(accountId: string, id: string): Promise<Conversation> {
    const cipher = await keyring.forAccount(accountId);
    const row = await getConversationRow(db, accountId, id);
    const messages = await listMessages(db, cipher, id);
    return {
      id: row.id,
      title: row.title_enc ? cipher.decrypt(row.title_enc) : DEFAULT_TITLE,
      createdAt: row.created_at,
      lastActivityAt: row.last_activity_at,
      unread: await countUnread(db, id, row.read_seq),
      crisis: parseCrisis(row.crisis)?.card ?? null,
      messages,
    };
  }

  /** Queues Maia's reply to the conversation's latest person message, inside `tx`. */
  async function queueReply(
    tx: Kysely<Database>,
    input: {
      accountId: string;
      conversationId: string;
      encryptedEmpty: string;
      free: boolean;
      now: number;
      /** The reply's place, when the caller has already taken it (and set the activity time). */
      seq?: number;
      /** The account's trial end, when the caller has already read it (for the coin hold). */
      trialEndsAt?: number;
    },
  ): Promise<string> {
    const replyId = randomUUID();
    const seq =
      input.seq ??
      (
        await tx
          .updateTable("conversations")
          .set((eb) => ({ next_seq: eb("next_seq", "+", 1), last_activity_at: input.now }))
          .where("id", "=", input.conversationId)
          .returning(["next_seq"])
          .executeTakeFirstOrThrow()
      ).next_seq - 1;
    if (!input.free)
      await ctx.billing.hold(tx, {
        accountId: input.accountId,
        replyId,
        now: input.now,
        isNew: true,
        ...(input.trialEndsAt !== undefined ? { trialEndsAt: input.trialEndsAt } : {}),
      });
    await insertMessage(
      tx,
      replyId,
      input.conversationId,
      input.accountId,
      seq,
      "maia",
      input.encryptedEmpty,
      "pending",
      input.now,
      null,
      null,
      null,
    );
    await insertJob(tx, replyId, input.conversationId, input.accountId, seq, input.now);
    return replyId;
  }

  async function loadMessage(accountId: string, id: string): Promise<Message> {
    const cipher = await keyring.forAccount(accountId);
    return toMessage(await getMessageRow(db, accountId, id), cipher);
  }

  return {
    async create(accountId, title) {
      const cipher = await keyring.forAccount(accountId);
      const id = await createConversation(db, cipher, cleanTitle(title), ctx.now());
      return get(accountId, id);
    },

    async list(accountId) {
      return listConversations(db, await keyring.forAccount(accountId));
    },

    get,

    async rename(accountId, id, title) {
      const cipher = await keyring.forAccount(accountId);
      await getConversationRow(db, accountId, id);
      const clean = cleanTitle(title);
      if (!clean)
        throw errors.badRequest(
          "invalid_title",
          `Give the conversation a title of 1 to ${MAX_TITLE} characters.`,
        );
      await db
        .updateTable("conversations")
        .set({ title_enc: cipher.encrypt(clean) })
        .where("id", "=", id)
        .where("account_id", "=", accountId)
        .execute();
      return get(accountId, id);
    },

    async remove(accountId, id) {
      await getConversationRow(db, accountId, id);
      const live = await db
        .selectFrom("messages")
        .select("id")
        .where("conversation_id", "=", id)
        .where("status", "in", ["pending", "streaming"])
        .execute();
      await db.deleteFrom("conversations").where("id", "=", id).where("account_id", "=", accountId).execute();
      for (const m of live) hub.abort(m.id);
    },

    async markRead(accountId, id) {
      await getConversationRow(db, accountId, id);
      const top = await db
        .selectFrom("messages")
        .select((e) => e.fn.max("seq").as("seq"))
        .where("conversation_id", "=", id)
        .where("status", "in", ["complete", "stopped", "failed"])
        .executeTakeFirst();
      await db
        .updateTable("conversations")
        .set({ read_seq: Number(top?.seq ?? 0) })
        .where("id", "=", id)
        .where("account_id", "=", accountId)
        .execute();
    },

    async send(accountId, id, rawText) {
      if (typeof rawText !== "string") throw errors.invalidText(MAX_TEXT);
      const text = rawText.trim();
      if (text.length < 1 || text.length > MAX_TEXT) throw errors.invalidText(MAX_TEXT);
      const cipher = await keyring.forAccount(accountId);
      // The conversation (scoped to the account), the person's country and trial end in one read.
      const conv = (await readForSend(db, id, accountId)).rows[0];
      if (!conv) throw errors.notFound("That conversation", "conversation_not_found");
      const account = { country: conv.country };
      const now = ctx.now();

      // Screen before anything else sees the text, with the person's recent messages so
      // intent stated across two messages is caught.
      const { rows: earlier } = await readEarlier(db, id);
      const previous = earlier.map((m) => cipher.decrypt(m.text_enc)).reverse();
      const screening: Screening = ctx.safety.screenMessage(text, previous);
      const flagged = levelRank(screening.level) > 0;
      const record = parseCrisis(conv.crisis);
      let crisis = record?.card ?? null;
      if (flagged) crisis = ctx.safety.cardFor(screening, account.country, now, crisis);
      const themes = flagged ? [] : detectThemes(text).slice(0, 5);

      // The person's message and the reply Maia owes are committed together, so no crash can
      // leave one without the other. When the reply cannot be paid for (no coins, the trial's
      // daily cap), the message is still kept, unanswered, to be answered after topping up.
      const messageId = randomUUID();
      // `places` is how many places in the conversation to take: the message's, and the
      // reply's when it is queued in the same transaction (one UPDATE for both).
      const insertPerson = async (tx: Kysely<Database>, places: 1 | 2): Promise<number> => {
        const taken = flagged
          ? await takePlacesInCrisis(
              tx,
              id,
              accountId,
              places,
              now,
              JSON.stringify({ card: crisis, flow: record?.flow ?? null } satisfies CrisisRecord),
            )
          : await takePlaces(tx, id, accountId, places, now);
        const c = taken.rows[0];
        // Deleted since it was read (what executeTakeFirstOrThrow reported): a server error, as before.
        if (!c) throw new Error("no result");
        const seq = c.next_seq - places;
        await insertMessage(
          tx,
          messageId,
          id,
          accountId,
          seq,
          "person",
          cipher.encrypt(text),
          "complete",
          now,
          now,
          JSON.stringify(screening),
          themes.length ? JSON.stringify(themes) : null,
        );
        return seq;
      };

      // A reply to a flagged message, or within a crisis flow, is never charged.
      const free = flagged || crisisUnderWay(record);
      let replyId: string;
      try {
        replyId = await db.transaction().execute(async (tx) => {
          const seq = await insertPerson(tx, 2);
          return queueReply(tx, {
            accountId,
            conversationId: id,
            encryptedEmpty: cipher.encrypt(""),
            free,
            now,
            seq: seq + 1,
            trialEndsAt: Number(conv.trial_ends_at),
          });
        });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        await db.transaction().execute((tx) => insertPerson(tx, 1));
        throw err;
      }
      hub.work.emit("queued");
      const common = { conversationId: id, createdAt: now, offline: false };
      return {
        message: { ...common, id: messageId, author: "person", text, status: "complete", completedAt: now },
        reply: { ...common, id: replyId, author: "maia", text: "", status: "pending", completedAt: null },
        crisis,
      };
    },

    async requestReply(accountId, id) {
      const cipher = await keyring.forAccount(accountId);
      const conv = await getConversationRow(db, accountId, id);
      const last = await db
        .selectFrom("messages")
        .select(["author", "risk"])
        .where("conversation_id", "=", id)
        .orderBy("seq", "desc")
        .limit(1)
        .executeTakeFirst();
      if (!last || last.author !== "person")
        throw errors.conflict(
          "nothing_to_answer",
          "Maia has already answered everything in this conversation.",
        );
      const free = levelRank(parseScreening(last.risk).level) > 0 || crisisUnderWay(parseCrisis(conv.crisis));
      const now = ctx.now();
      const replyId = await db
        .transaction()
        .execute((tx) =>
          queueReply(tx, { accountId, conversationId: id, encryptedEmpty: cipher.encrypt(""), free, now }),
        );
      hub.work.emit("queued");
      return loadMessage(accountId, replyId);
    },

    async stop(accountId, messageId) {
      const row = await getMessageRow(db, accountId, messageId);
      if (row.author !== "maia") throw errors.conflict("not_a_reply", "Only Maia's replies can be stopped.");
      const now = ctx.now();
      // Written here: keep exactly what has streamed so far, not just its last save.
      const live = hub.snapshot(messageId);
      const cipher = live === undefined ? undefined : await keyring.forAccount(accountId);
      const stopped = await db
        .updateTable("messages")
        .set({
          status: "stopped",
          completed_at: now,
          ...(cipher && live !== undefined ? { text_enc: cipher.encrypt(live) } : {}),
        })
        .where("id", "=", messageId)
        .where("status", "in", ["pending", "streaming"])
        .executeTakeFirst();
      if (Number(stopped.numUpdatedRows) > 0 && row.status === "pending") {
        // Never started: take it off the queue and give back anything held for it.
        const removed = await db
          .deleteFrom("reply_jobs")
          .where("message_id", "=", messageId)
          .where("status", "=", "queued")
          .executeTakeFirst();
        if (Number(removed.numDeletedRows) > 0)
          await ctx.billing.release(db, { accountId, replyId: messageId, now });
      }
      // If it is being written here, cut the model off now; elsewhere, the writer notices
      // the status change at its next save and stops.
      hub.abort(messageId);
      return loadMessage(accountId, messageId);
    },

    async retry(accountId, messageId) {
      const cipher = await keyring.forAccount(accountId);
      const row = await getMessageRow(db, accountId, messageId);
      if (row.author !== "maia" || (row.status !== "failed" && row.status !== "stopped"))
        throw errors.conflict("not_retryable", "Only a reply that failed or was stopped can be tried again.");
      const conv = await getConversationRow(db, accountId, row.conversation_id);
      const now = ctx.now();
      await db.transaction().execute(async (tx) => {
        const reset = await tx
          .updateTable("messages")
          .set({ status: "pending", text_enc: cipher.encrypt(""), completed_at: null, offline: 0 })
          .where("id", "=", messageId)
          .where("status", "in", ["failed", "stopped"])
          .executeTakeFirst();
        if (Number(reset.numUpdatedRows) === 0)
          throw errors.conflict("not_retryable", "That reply is already being written.");
        const free = crisisUnderWay(parseCrisis(conv.crisis));
        if (!free) await ctx.billing.hold(tx, { accountId, replyId: messageId, now });
        await insertJob(tx, messageId, row.conversation_id, accountId, row.seq, now);
        await tx
          .updateTable("conversations")
          .set({ last_activity_at: now })
          .where("id", "=", row.conversation_id)
          .execute();
      });
      hub.work.emit("queued");
      return loadMessage(accountId, messageId);
    },

    async memory(accountId, id) {
      const cipher = await keyring.forAccount(accountId);
      await getConversationRow(db, accountId, id);
      return refreshMemory(db, cipher, id, ctx.now());
    },

    async clearMemory(accountId, id) {
      await getConversationRow(db, accountId, id);
      const top = await db
        .selectFrom("messages")
        .select((e) => e.fn.max("seq").as("seq"))
        .where("conversation_id", "=", id)
        .executeTakeFirst();
      const floor = Number(top?.seq ?? 0);
      await db
        .updateTable("conversations")
        .set({
          summary_enc: null,
          summary_items_enc: null,
          summary_seq: floor,
          summary_updated_at: ctx.now(),
          memory_floor: floor,
        })
        .where("id", "=", id)
        .where("account_id", "=", accountId)
        .execute();
    },
  };
}

function cleanTitle(title: string | undefined): string | undefined {
  const t = title?.replace(/\s+/g, " ").trim();
  return t ? t.slice(0, MAX_TITLE) : undefined;
}
