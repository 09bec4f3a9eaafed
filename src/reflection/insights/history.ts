/**
 * What insights are drawn from: a plain, decrypted picture of one account's reflection
 * history, assembled in memory for the request and never stored. Rules (rules.ts) are
 * pure functions over this shape, so each can be tested on a constructed history.
 */
import type { CheckKind } from "../checks.js";
import type { EndReason } from "../vocabulary.js";
import type { Attendance } from "../vocabulary.js";

export interface HistoryMood {
  id: string;
  rating: number;
  at: number;
}

export interface HistorySession {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  attendance: Attendance;
  feelings: string[];
  hasUnsaid: boolean;
  /** Themes in what the person noted about the session. */
  themes: string[];
}

export interface HistoryTherapist {
  id: string;
  name: string;
  startedOn: string | null;
  endedOn: string | null;
  endReason: EndReason | null;
}

export interface HistoryCheck {
  id: string;
  kind: CheckKind;
  scores: Record<string, number>;
  createdAt: number;
}

/** Something the person wrote (a journal entry or a message to Maia) and its themes. */
export interface HistoryWriting {
  id: string;
  kind: "journal" | "message";
  /** For messages, the conversation they belong to. */
  conversationId?: string;
  at: number;
  themes: string[];
}

export interface History {
  now: number;
  /** Oldest first. */
  moods: HistoryMood[];
  /** Oldest first. */
  sessions: HistorySession[];
  therapists: HistoryTherapist[];
  /** Oldest first. */
  checks: HistoryCheck[];
  /** Oldest first. */
  writing: HistoryWriting[];
}

export interface InsightLink {
  kind: "session" | "journal" | "conversation" | "mood" | "check" | "therapist";
  id: string;
  label: string;
  href: string;
}

export interface Insight {
  /** Stable for the same evidence: dismissing hides it until the evidence changes. */
  key: string;
  rule: string;
  observation: string;
  question: string;
  evidence: { count: number; outOf: number | null; dates: string[] };
  links: InsightLink[];
}
