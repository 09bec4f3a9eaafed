/**
 * Builds an account's History from storage: every row scoped to the account and opened
 * with its key, in memory, for this request only.
 */
import type { Deps } from "../deps.js";
import { listChecks } from "../self-checks.js";
import { parseThemes } from "../themes.js";
import { listTherapists } from "../therapy.js";
import { parseJsonArray } from "../deps.js";
import type { History } from "./history.js";

export async function loadHistory(deps: Deps, accountId: string): Promise<History> {
  const cipher = await deps.keyring.forAccount(accountId);
  const { db } = deps;
  const [moods, sessions, journal, messages, therapists, checks] = await Promise.all([
    db
      .selectFrom("mood_checkins")
      .select(["id", "rating", "at"])
      .where("account_id", "=", accountId)
      .orderBy("at", "asc")
      .execute(),
    db
      .selectFrom("therapy_sessions")
      .select(["id", "date", "attendance", "feelings_enc", "unsaid_enc", "themes_enc", "created_at"])
      .where("account_id", "=", accountId)
      .orderBy("date", "asc")
      .orderBy("created_at", "asc")
      .execute(),
    db
      .selectFrom("journal_entries")
      .select(["id", "created_at", "themes_enc"])
      .where("account_id", "=", accountId)
      .where("themes_enc", "is not", null)
      .execute(),
    db
      .selectFrom("messages")
      .select(["id", "conversation_id", "created_at", "themes"])
      .where("account_id", "=", accountId)
      .where("author", "=", "person")
      .where("themes", "is not", null)
      .execute(),
    listTherapists(deps, accountId),
    listChecks(deps, accountId),
  ]);
  const themeIds = (raw: string | null) => parseThemes(raw).map((t) => t.theme);
  return {
    now: deps.now(),
    moods: moods.map((m) => ({ id: m.id, rating: m.rating, at: Number(m.at) })),
    sessions: sessions.map((s) => ({
      id: s.id,
      date: s.date,
      attendance: s.attendance,
      feelings: parseJsonArray(cipher.decrypt(s.feelings_enc)),
      hasUnsaid: s.unsaid_enc !== null && cipher.decrypt(s.unsaid_enc).trim() !== "",
      themes: themeIds(s.themes_enc ? cipher.decrypt(s.themes_enc) : null),
    })),
    therapists: therapists.map((t) => ({
      id: t.id,
      name: t.name,
      startedOn: t.startedOn,
      endedOn: t.endedOn,
      endReason: t.endReason,
    })),
    checks: checks.map((c) => ({ id: c.id, kind: c.kind, scores: c.scores, createdAt: c.createdAt })),
    writing: [
      ...journal.map((j) => ({
        id: j.id,
        kind: "journal" as const,
        at: Number(j.created_at),
        themes: themeIds(j.themes_enc ? cipher.decrypt(j.themes_enc) : null),
      })),
      ...messages.map((m) => ({
        id: m.id,
        kind: "message" as const,
        conversationId: m.conversation_id,
        at: Number(m.created_at),
        themes: themeIds(m.themes),
      })),
    ]
      .filter((w) => w.themes.length > 0)
      .sort((a, b) => a.at - b.at),
  };
}
