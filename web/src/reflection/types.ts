// Shapes of the reflection tools' JSON, as the web app relies on them (see src/reflection/routes.ts).

export interface FeelingGroup {
  id: string;
  label: string;
  words: string[];
}

export interface MoodCheckIn {
  id: string;
  rating: number;
  feelings: string[];
  note: string | null;
  at: number;
  createdAt: number;
}

export interface SessionMarker {
  id: string;
  date: string;
  attendance: string;
}

export interface JournalEntry {
  id: string;
  text: string;
  prompt: string | null;
  conversationId: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface TherapySession {
  id: string;
  date: string;
  attendance: string;
  feelings: string[];
  unsaid: string | null;
  homework: string | null;
  note: string | null;
  therapistId: string | null;
}

export interface SessionInput {
  date: string;
  attendance: string;
  feelings?: string[];
  unsaid?: string | null;
  homework?: string | null;
  note?: string | null;
  therapistId?: string | null;
}

export interface Therapist {
  id: string;
  name: string;
  approach: string | null;
  startedOn: string | null;
  endedOn: string | null;
  endReason: string | null;
  endNote: string | null;
}

export interface TherapistInput {
  name: string;
  approach?: string | null;
  startedOn?: string | null;
  endedOn?: string | null;
  endReason?: string | null;
  endNote?: string | null;
}

export interface Choice {
  value: string;
  label: string;
}

export interface TherapyOptions {
  attendance: Choice[];
  feelingsAfter: string[];
  endReasons: Choice[];
}

export type CheckKind = "stalled" | "alliance" | "readiness";

export interface CheckDefinition {
  kind: CheckKind;
  title: string;
  intro: string;
  questions: { id: string; text: string; part?: string; options: { value: number; label: string }[] }[];
}

export interface CheckResult {
  id: string;
  kind: CheckKind;
  answers: Record<string, number>;
  scores: Record<string, number>;
  headline: string;
  reflection: string;
  mightHelp: string[];
  createdAt: number;
}

export type GoalStatus = "active" | "done" | "let_go";

export interface Goal {
  id: string;
  text: string;
  why: string | null;
  status: GoalStatus;
  revisitEveryDays: number;
  revisitedAt: number;
  revisitDueAt: number;
  createdAt: number;
  updatedAt: number;
  history: { text: string; why: string | null; status: GoalStatus; changedAt: number }[];
}

export interface GoalsView {
  goals: Goal[];
  whyIStarted: Goal | null;
  revisitDue: string[];
}

export interface Insight {
  key: string;
  rule: string;
  observation: string;
  question: string;
  evidence: { count: number; outOf: number | null; dates: string[] };
  links: { kind: string; id: string; label: string; href: string }[];
}

export interface TakeItMaterial {
  insights: Insight[];
  mood: {
    days: number;
    count: number;
    average: number | null;
    lowest: number | null;
    highest: number | null;
    firstHalfAverage: number | null;
    secondHalfAverage: number | null;
    commonFeelings: string[];
  };
  checks: { kind: CheckKind; title: string; headline: string; reflection: string; createdAt: number }[];
  goals: { text: string; why: string | null }[];
  whyIStarted: string | null;
  sessions: { days: number; count: number; notKept: number; unsaid: { date: string; text: string }[] };
}
