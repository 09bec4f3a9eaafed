/**
 * The journal: free writing, optionally started from a prompt, searchable, and able to be
 * handed to Maia. Search decrypts the account's own entries in memory and matches there
 * (see docs/decisions/0004-journal-search-in-memory.md): nothing searchable about an entry
 * is ever stored in the clear.
 */
import { randomUUID } from "node:crypto";
import type { ConversationService } from "../conversations/service.js";
import { AppError } from "../errors.js";
import type { Deps } from "./deps.js";
import { themesOf } from "./themes.js";
import { optionalText, reflectionErrors, requiredText } from "./validate.js";
import { LIMITS } from "./vocabulary.js";

export interface JournalEntry {
  id: string;
  text: string;
  prompt: string | null;
  conversationId: string | null;
  createdAt: number;
  updatedAt: number;
}

/** Lower case, accents and repeated spaces removed: "Café  Noir" → "cafe noir". */
export function foldForSearch(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ");
}

/** True when every word of the query appears somewhere in the entry or its prompt. */
export function matchesSearch(entry: Pick<JournalEntry, "text" | "prompt">, query: string): boolean {
  const words = foldForSearch(query).split(" ").filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldForSearch(`${entry.prompt ?? ""} ${entry.text}`);
  return words.every((word) => haystack.includes(word));
}

async function rows(deps: Deps, accountId: string) {
  const cipher = await deps.keyring.forAccount(accountId);
  const found = await deps.db
    .selectFrom("journal_entries")
    .selectAll()
    .where("account_id", "=", accountId)
    .orderBy("created_at", "desc")
    .execute();
  return found.map((row): JournalEntry => ({
    id: row.id,
    text: cipher.decrypt(row.text_enc),
    prompt: cipher.decryptNullable(row.prompt_enc),
    conversationId: row.conversation_id,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  }));
}

export async function listJournal(deps: Deps, accountId: string, query?: string): Promise<JournalEntry[]> {
  const entries = await rows(deps, accountId);
  return query ? entries.filter((entry) => matchesSearch(entry, query)) : entries;
}

export async function getJournalEntry(deps: Deps, accountId: string, id: string): Promise<JournalEntry> {
  const cipher = await deps.keyring.forAccount(accountId);
  const row = await deps.db
    .selectFrom("journal_entries")
    .selectAll()
    .where("id", "=", id)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  if (!row) throw reflectionErrors.notFound("That journal entry", "journal_entry_not_found");
  return {
    id: row.id,
    text: cipher.decrypt(row.text_enc),
    prompt: cipher.decryptNullable(row.prompt_enc),
    conversationId: row.conversation_id,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

export async function addJournalEntry(
  deps: Deps,
  accountId: string,
  input: { text: string; prompt?: string | null },
): Promise<JournalEntry> {
  const text = requiredText(input.text, "entry", LIMITS.journal);
  const prompt = optionalText(input.prompt, "prompt", LIMITS.prompt);
  const cipher = await deps.keyring.forAccount(accountId);
  const now = deps.now();
  const id = randomUUID();
  const themes = themesOf(text);
  await deps.db
    .insertInto("journal_entries")
    .values({
      id,
      account_id: accountId,
      text_enc: cipher.encrypt(text),
      prompt_enc: cipher.encryptNullable(prompt),
      themes_enc: themes.length ? cipher.encrypt(JSON.stringify(themes)) : null,
      conversation_id: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, text, prompt, conversationId: null, createdAt: now, updatedAt: now };
}

export async function updateJournalEntry(
  deps: Deps,
  accountId: string,
  id: string,
  input: { text: string },
): Promise<JournalEntry> {
  await getJournalEntry(deps, accountId, id);
  const text = requiredText(input.text, "entry", LIMITS.journal);
  const cipher = await deps.keyring.forAccount(accountId);
  const themes = themesOf(text);
  await deps.db
    .updateTable("journal_entries")
    .set({
      text_enc: cipher.encrypt(text),
      themes_enc: themes.length ? cipher.encrypt(JSON.stringify(themes)) : null,
      updated_at: deps.now(),
    })
    .where("id", "=", id)
    .where("account_id", "=", accountId)
    .execute();
  return getJournalEntry(deps, accountId, id);
}

export async function removeJournalEntry(deps: Deps, accountId: string, id: string): Promise<void> {
  const result = await deps.db
    .deleteFrom("journal_entries")
    .where("id", "=", id)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0)
    throw reflectionErrors.notFound("That journal entry", "journal_entry_not_found");
}

/**
 * "Reflect on this with me": opens a conversation whose first message is the entry, so
 * Maia answers it like anything else the person writes (screened, themed, paid the same
 * way). If the reply cannot be paid for yet, the conversation still opens with the entry in
 * it, and the person can ask for the reply later from there.
 */
export async function reflectOnEntry(
  deps: Deps,
  conversations: ConversationService,
  accountId: string,
  id: string,
): Promise<{ conversationId: string }> {
  const entry = await getJournalEntry(deps, accountId, id);
  const title = entry.prompt ? entry.prompt.slice(0, 120) : "From my journal";
  const conversation = await conversations.create(accountId, title);
  await deps.db
    .updateTable("journal_entries")
    .set({ conversation_id: conversation.id })
    .where("id", "=", id)
    .where("account_id", "=", accountId)
    .execute();
  try {
    await conversations.send(accountId, conversation.id, entry.text);
  } catch (error) {
    if (!(error instanceof AppError && error.status === 402)) throw error;
  }
  return { conversationId: conversation.id };
}
