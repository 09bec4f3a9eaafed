/**
 * The database schema as Kysely sees it. Portable types only: text ids, integer amounts,
 * integer epoch-millisecond times, and text that a person or Maia wrote always stored
 * encrypted (see src/privacy/cipher.ts) in columns whose names end in `_enc`.
 */
import type { Generated } from "kysely";

export interface AccountsTable {
  id: string;
  key_hash: string;
  /** The account's data key, wrapped by the master key. Destroyed first on deletion. */
  data_key: string;
  created_at: number;
  trial_ends_at: number;
  country: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the session token; the token itself is only ever in the cookie. */
  id: string;
  account_id: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
}

export interface ConversationsTable {
  id: string;
  account_id: string;
  title_enc: string | null;
  created_at: number;
  last_activity_at: number;
  /** Sequence number of the last message the person has seen. */
  read_seq: number;
  next_seq: number;
  summary_enc: string | null;
  summary_seq: number;
  summary_updated_at: number | null;
  /**
   * The clauses the summary is built from (sealed JSON list, src/reflective/summary.ts), all
   * of them, covering the person's messages up to `summary_seq`; null when not known.
   */
  summary_items_enc: string | null;
  /** Messages at or below this sequence number are forgotten: never sent to a model again. */
  memory_floor: number;
  /** JSON of the crisis card and flow state, or null. Holds levels and categories, never text. */
  crisis: string | null;
}

export interface MessagesTable {
  id: string;
  conversation_id: string;
  account_id: string;
  seq: number;
  author: "person" | "maia";
  text_enc: string;
  status: "pending" | "streaming" | "complete" | "stopped" | "failed";
  created_at: number;
  completed_at: number | null;
  /** JSON of the screener's result for a person's message (level, categories, subject); null for Maia. */
  risk: string | null;
  /** JSON array of detected themes with confidence (person messages). */
  themes: string | null;
  provider: string | null;
  model: string | null;
  prompt_version: string | null;
  offline: number;
  input_tokens: number | null;
  output_tokens: number | null;
  /** Increments each time generation (re)starts, so streams can tell a restart from progress. */
  attempt: number;
}

/** A reply Maia owes: durable work with a lease, claimable by any instance. */
export interface ReplyJobsTable {
  message_id: string;
  conversation_id: string;
  account_id: string;
  seq: number;
  status: "queued" | "running";
  lease_owner: string | null;
  lease_expires_at: number | null;
  available_at: number;
  /** How many of this reply's writers were lost (lease ran out, process died); see the worker. */
  attempts: number;
  created_at: number;
}

/** Reflection tools (src/reflection): a mood check-in. */
export interface MoodCheckinsTable {
  id: string;
  account_id: string;
  rating: number;
  /** JSON array of the feeling words picked. */
  feelings_enc: string;
  note_enc: string | null;
  /** When the check-in is about (epoch ms); usually when it was made. */
  at: number;
  created_at: number;
}

export interface JournalEntriesTable {
  id: string;
  account_id: string;
  text_enc: string;
  prompt_enc: string | null;
  /** JSON array of detected themes with confidence. */
  themes_enc: string | null;
  /** The conversation opened from this entry with "reflect on this with me", if any. */
  conversation_id: string | null;
  created_at: number;
  updated_at: number;
}

export interface TherapistsTable {
  id: string;
  account_id: string;
  name_enc: string;
  approach_enc: string | null;
  /** ISO dates (YYYY-MM-DD). */
  started_on: string | null;
  ended_on: string | null;
  end_reason: string | null;
  end_note_enc: string | null;
  created_at: number;
  updated_at: number;
}

export interface TherapySessionsTable {
  id: string;
  account_id: string;
  therapist_id: string | null;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  attendance: "kept" | "cancelled" | "rescheduled" | "late" | "cut_short" | "missed";
  /** JSON array of how it felt afterwards. */
  feelings_enc: string;
  unsaid_enc: string | null;
  homework_enc: string | null;
  note_enc: string | null;
  themes_enc: string | null;
  created_at: number;
  updated_at: number;
}

export interface SelfChecksTable {
  id: string;
  account_id: string;
  kind: "stalled" | "alliance" | "readiness";
  /** JSON object of question id → chosen value. */
  answers_enc: string;
  created_at: number;
}

export interface GoalsTable {
  id: string;
  account_id: string;
  kind: "goal" | "why_started";
  text_enc: string;
  why_enc: string | null;
  status: "active" | "done" | "let_go";
  revisit_every_days: number;
  revisited_at: number;
  created_at: number;
  updated_at: number;
}

export interface GoalChangesTable {
  id: string;
  goal_id: string;
  account_id: string;
  text_enc: string;
  why_enc: string | null;
  status: "active" | "done" | "let_go";
  changed_at: number;
}

export interface InsightDismissalsTable {
  account_id: string;
  insight_key: string;
  dismissed_at: number;
}

export interface Database {
  accounts: AccountsTable;
  sessions: SessionsTable;
  conversations: ConversationsTable;
  messages: MessagesTable;
  reply_jobs: ReplyJobsTable;
  mood_checkins: MoodCheckinsTable;
  journal_entries: JournalEntriesTable;
  therapists: TherapistsTable;
  therapy_sessions: TherapySessionsTable;
  self_checks: SelfChecksTable;
  goals: GoalsTable;
  goal_changes: GoalChangesTable;
  insight_dismissals: InsightDismissalsTable;
}

export type { Generated };
