/**
 * The fixed words the reflection tools offer: feeling words in groups (an emotion-wheel
 * style picker, so a person can tap rather than type), how a session felt afterwards, how a
 * session went ahead, and why a therapy ended. Kept in one place so the server can refuse
 * anything else and the web app can show exactly these.
 */

export interface FeelingGroup {
  id: string;
  label: string;
  words: string[];
}

export const FEELING_GROUPS: FeelingGroup[] = [
  { id: "calm", label: "Calm and settled", words: ["calm", "content", "relieved", "safe", "grateful"] },
  {
    id: "bright",
    label: "Bright and energised",
    words: ["happy", "hopeful", "proud", "excited", "connected"],
  },
  { id: "low", label: "Low and sad", words: ["sad", "lonely", "disappointed", "hurt", "empty", "grieving"] },
  {
    id: "uneasy",
    label: "Uneasy and afraid",
    words: ["anxious", "worried", "scared", "overwhelmed", "tense", "restless"],
  },
  { id: "cross", label: "Cross and on edge", words: ["angry", "frustrated", "irritated", "resentful"] },
  { id: "exposed", label: "Exposed", words: ["ashamed", "guilty", "embarrassed", "vulnerable"] },
  { id: "flat", label: "Flat and far away", words: ["numb", "tired", "flat", "detached", "stuck"] },
  { id: "unsure", label: "Unsure", words: ["confused", "mixed", "unsettled"] },
];

export const FEELING_WORDS: ReadonlySet<string> = new Set(FEELING_GROUPS.flatMap((g) => g.words));

/** How a session felt afterwards: the words the issue names first, then a few more. */
export const AFTER_SESSION_FEELINGS = [
  "connected",
  "heard",
  "understood",
  "relieved",
  "hopeful",
  "lighter",
  "numb",
  "frustrated",
  "drained",
  "misunderstood",
  "exposed",
  "anxious",
  "stuck",
  "confused",
  "angry",
  "sad",
] as const;
export const AFTER_SESSION_SET: ReadonlySet<string> = new Set(AFTER_SESSION_FEELINGS);

/** Feelings after a session that suggest it was hard to stay with; used by insights. */
export const HARD_AFTER_FEELINGS: ReadonlySet<string> = new Set([
  "numb",
  "frustrated",
  "drained",
  "misunderstood",
  "exposed",
  "stuck",
  "confused",
  "angry",
]);

export const ATTENDANCE = ["kept", "cancelled", "rescheduled", "late", "cut_short", "missed"] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  kept: "Went ahead",
  cancelled: "Cancelled",
  rescheduled: "Rescheduled",
  late: "Arrived late",
  cut_short: "Cut short",
  missed: "Missed",
};

/** Sessions that did not happen as planned. */
export const NOT_KEPT: ReadonlySet<Attendance> = new Set(["cancelled", "rescheduled", "missed"]);

export const END_REASONS = [
  "finished",
  "felt_stuck",
  "no_connection",
  "got_too_close",
  "practical",
  "cost",
  "therapist_ended",
  "other",
] as const;
export type EndReason = (typeof END_REASONS)[number];

export const END_REASON_LABELS: Record<EndReason, string> = {
  finished: "We finished what we set out to do",
  felt_stuck: "It felt stuck",
  no_connection: "I didn't feel a connection",
  got_too_close: "It was getting close to hard things",
  practical: "Time, travel or other practical reasons",
  cost: "Cost",
  therapist_ended: "The therapist or service ended it",
  other: "Something else",
};

/** Limits on what a person can write in one field. */
export const LIMITS = {
  note: 2000,
  journal: 8000,
  prompt: 500,
  sessionText: 4000,
  name: 120,
  goal: 1000,
  feelings: 12,
} as const;
