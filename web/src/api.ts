// The one place the web app talks to the server: same-origin JSON fetches, and errors turned into
// sentences a person can act on (the raw code is kept for logic, never shown on its own).
import type {
  Account,
  Config,
  Conversation,
  ConversationSummary,
  CrisisCard,
  HelplineService,
  Memory,
  Message,
} from "./types.js";
import type {
  CheckDefinition,
  CheckKind,
  CheckResult,
  FeelingGroup,
  Goal,
  GoalStatus,
  GoalsView,
  Insight,
  JournalEntry,
  MoodCheckIn,
  SessionInput,
  SessionMarker,
  TakeItMaterial,
  Therapist,
  TherapistInput,
  TherapyOptions,
  TherapySession,
} from "./reflection/types.js";

/** An API failure with a plain-language `message`; `code` is the server's stable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds to wait before trying again, when the server said so. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

const clockTime = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });

/** "at 00:00 your time": when something `seconds` from now happens, on the person's own clock. */
export function atLocalTime(seconds: number, now = Date.now()): string {
  return `at ${clockTime.format(new Date(now + seconds * 1000))} your time`;
}

/** The trial's daily fair-use cap, in plain words: what happened, when it resets, what stays free. */
export function trialLimitMessage(retryAfter: number | null): string {
  const when = retryAfter
    ? `They start again ${waitPhrase(retryAfter)} (${atLocalTime(retryAfter)}).`
    : "They start again within a day.";
  return (
    `You've had all of today's free replies from Maia in your trial, so Maia can't answer just now. ${when} ` +
    "What you wrote is kept. Get help now, your journal and the other reflection tools stay free, with no limit."
  );
}

/** "in 5 minutes", "in 30 seconds": for telling people when they can try again. */
export function waitPhrase(seconds: number): string {
  if (seconds <= 60) return `in ${Math.max(1, Math.ceil(seconds))} second${seconds > 1 ? "s" : ""}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return `in ${minutes} minute${minutes > 1 ? "s" : ""}`;
  const hours = Math.ceil(minutes / 60);
  return `in about ${hours} hours`;
}

// Our own words for the codes a person is likely to meet; anything else falls back to the
// server's message, which is written for people too.
function friendlyMessage(status: number, code: string, serverMessage: string, retryAfter: number | null) {
  switch (code) {
    case "invalid_account_key":
      return "That key doesn't match an account. Check it and try again. Spaces, dashes and capital letters don't matter.";
    case "too_many_attempts":
      return retryAfter
        ? `There have been too many tries with this key. Please try again ${waitPhrase(retryAfter)}.`
        : "There have been too many tries with this key. Please wait a little while and try again.";
    case "age_not_confirmed":
      return "Please confirm your age before starting.";
    case "not_signed_in":
      return "You're not signed in, or your session has ended. Please sign in with your account key.";
    case "invalid_text":
      return "Your message needs some words in it, and can be up to 8,000 characters.";
    case "insufficient_coins":
      return "You don't have enough AsclepiCoins for Maia to reply right now. What you wrote is kept. Get help now, the helplines and your free tools are always here, at no cost.";
    case "trial_daily_limit":
      return trialLimitMessage(retryAfter);
    case "not_found":
    case "conversation_not_found":
    case "message_not_found":
      return "We couldn't find that. It may have been deleted.";
  }
  if (status === 429) {
    return retryAfter
      ? `That was a lot of requests in a short time. Please try again ${waitPhrase(retryAfter)}.`
      : "That was a lot of requests in a short time. Please wait a moment and try again.";
  }
  if (status >= 500)
    return "Something went wrong on our side. Your words are safe; please try again in a moment.";
  return serverMessage || "Something didn't work. Please try again.";
}

/** Calls the API and returns its JSON body (or undefined for 204). Throws ApiError. */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: "same-origin", headers: { Accept: "application/json" } };
  if (body !== undefined) {
    init.headers = { Accept: "application/json", "Content-Type": "application/json" };
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(
      0,
      "network_error",
      "We couldn't reach Asclepiad. Check your connection and try again. If you need help now, the helplines are on the help page.",
    );
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string } } | undefined)?.error;
    const header = response.headers.get("Retry-After");
    const retryAfter = header && /^\d+$/.test(header) ? Number(header) : null;
    const code = error?.code ?? `http_${response.status}`;
    throw new ApiError(
      response.status,
      code,
      friendlyMessage(response.status, code, error?.message ?? "", retryAfter),
      retryAfter,
    );
  }
  return data as T;
}

/** The typed endpoints, named for what they do in the product. */
export const api = {
  config: () => request<Config>("GET", "/api/config"),
  me: () => request<{ account: Account }>("GET", "/api/me"),
  startAccount: (country: string | null) =>
    request<{ accountKey: string; account: Account }>("POST", "/api/accounts", {
      ageConfirmed: true,
      ...(country ? { country } : {}),
    }),
  signIn: (accountKey: string) => request<{ account: Account }>("POST", "/api/sessions", { accountKey }),
  setCountry: (country: string) => request<{ account: Account }>("PATCH", "/api/account", { country }),
  logOut: () => request<void>("DELETE", "/api/sessions/current"),
  logOutEverywhere: () => request<void>("DELETE", "/api/sessions"),
  rotateKey: () => request<{ accountKey: string }>("POST", "/api/account/key"),
  deleteAccount: () => request<void>("DELETE", "/api/account"),
  helplines: (country: string) =>
    request<{ country: { code: string; name: string; emergency: string[] }; services: HelplineService[] }>(
      "GET",
      `/api/helplines?country=${encodeURIComponent(country)}`,
    ),

  conversations: () => request<{ conversations: ConversationSummary[] }>("GET", "/api/conversations"),
  newConversation: () => request<{ conversation: Conversation }>("POST", "/api/conversations", {}),
  conversation: (id: string) =>
    request<{ conversation: Conversation }>("GET", `/api/conversations/${encodeURIComponent(id)}`),
  renameConversation: (id: string, title: string) =>
    request<{ conversation: Conversation }>("PATCH", `/api/conversations/${encodeURIComponent(id)}`, {
      title,
    }),
  deleteConversation: (id: string) => request<void>("DELETE", `/api/conversations/${encodeURIComponent(id)}`),
  markRead: (id: string) => request<void>("POST", `/api/conversations/${encodeURIComponent(id)}/read`),
  send: (id: string, text: string) =>
    request<{ message: Message; reply: Message; crisis?: CrisisCard | null }>(
      "POST",
      `/api/conversations/${encodeURIComponent(id)}/messages`,
      { text },
    ),
  stop: (messageId: string) =>
    request<{ message: Message }>("POST", `/api/messages/${encodeURIComponent(messageId)}/stop`),
  retry: (messageId: string) =>
    request<{ reply: Message }>("POST", `/api/messages/${encodeURIComponent(messageId)}/retry`),
  memory: (id: string) => request<Memory>("GET", `/api/conversations/${encodeURIComponent(id)}/memory`),
  clearMemory: (id: string) => request<void>("DELETE", `/api/conversations/${encodeURIComponent(id)}/memory`),

  // Reflection tools: mood, journal, therapy log, self-checks, goals, insights, take it to therapy.
  feelingGroups: () => request<{ groups: FeelingGroup[] }>("GET", "/api/moods/feelings"),
  moods: (days: 7 | 30 | 90) =>
    request<{ checkIns: MoodCheckIn[]; sessions: SessionMarker[] }>("GET", `/api/moods?days=${days}`),
  addMood: (input: { rating: number; feelings: string[]; note: string | null }) =>
    request<{ checkIn: MoodCheckIn }>("POST", "/api/moods", input),
  deleteMood: (id: string) => request<void>("DELETE", `/api/moods/${encodeURIComponent(id)}`),
  journalPrompts: () =>
    request<{ prompts: { text: string; theme: string | null }[] }>("GET", "/api/journal/prompts"),
  journal: (q?: string) =>
    request<{ entries: JournalEntry[] }>(
      "GET",
      q ? `/api/journal?q=${encodeURIComponent(q)}` : "/api/journal",
    ),
  addJournalEntry: (text: string, prompt: string | null) =>
    request<{ entry: JournalEntry }>("POST", "/api/journal", { text, prompt }),
  updateJournalEntry: (id: string, text: string) =>
    request<{ entry: JournalEntry }>("PATCH", `/api/journal/${encodeURIComponent(id)}`, { text }),
  deleteJournalEntry: (id: string) => request<void>("DELETE", `/api/journal/${encodeURIComponent(id)}`),
  reflectOnEntry: (id: string) =>
    request<{ conversationId: string }>("POST", `/api/journal/${encodeURIComponent(id)}/reflect`),
  therapyOptions: () => request<TherapyOptions>("GET", "/api/therapy/options"),
  sessions: () => request<{ sessions: TherapySession[] }>("GET", "/api/therapy/sessions"),
  addSession: (input: SessionInput) =>
    request<{ session: TherapySession }>("POST", "/api/therapy/sessions", input),
  updateSession: (id: string, input: SessionInput) =>
    request<{ session: TherapySession }>("PUT", `/api/therapy/sessions/${encodeURIComponent(id)}`, input),
  deleteSession: (id: string) => request<void>("DELETE", `/api/therapy/sessions/${encodeURIComponent(id)}`),
  therapists: () => request<{ therapists: Therapist[] }>("GET", "/api/therapy/therapists"),
  addTherapist: (input: TherapistInput) =>
    request<{ therapist: Therapist }>("POST", "/api/therapy/therapists", input),
  updateTherapist: (id: string, input: TherapistInput) =>
    request<{ therapist: Therapist }>("PUT", `/api/therapy/therapists/${encodeURIComponent(id)}`, input),
  deleteTherapist: (id: string) =>
    request<void>("DELETE", `/api/therapy/therapists/${encodeURIComponent(id)}`),
  checkQuestions: () => request<{ checks: CheckDefinition[] }>("GET", "/api/checks/questions"),
  checks: () => request<{ checks: CheckResult[] }>("GET", "/api/checks"),
  addCheck: (kind: CheckKind, answers: Record<string, number>) =>
    request<{ check: CheckResult }>("POST", "/api/checks", { kind, answers }),
  goals: () => request<GoalsView>("GET", "/api/goals"),
  addGoal: (text: string, why: string | null) => request<{ goal: Goal }>("POST", "/api/goals", { text, why }),
  updateGoal: (id: string, change: { text?: string; why?: string | null; status?: GoalStatus }) =>
    request<{ goal: Goal }>("PATCH", `/api/goals/${encodeURIComponent(id)}`, change),
  goalRevisited: (id: string) =>
    request<{ goal: Goal }>("POST", `/api/goals/${encodeURIComponent(id)}/revisited`),
  deleteGoal: (id: string) => request<void>("DELETE", `/api/goals/${encodeURIComponent(id)}`),
  setWhyIStarted: (text: string) => request<{ goal: Goal }>("PUT", "/api/goals/why-i-started", { text }),
  insights: () => request<{ insights: Insight[]; dismissed: number }>("GET", "/api/insights"),
  dismissInsight: (key: string) => request<void>("POST", `/api/insights/${encodeURIComponent(key)}/dismiss`),
  restoreInsights: () => request<void>("DELETE", "/api/insights/dismissals"),
  takeItMaterial: () => request<TakeItMaterial>("GET", "/api/take-it-to-therapy"),
};

/** Turns anything thrown into a sentence fit for a person. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return "Something didn't work. Please try again.";
}
