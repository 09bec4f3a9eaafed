/**
 * Insight rules: each looks at one kind of pattern in a History and, only when there is
 * enough to go on, states it as an observation with its evidence (counts, dates, links to
 * the entries behind it) and an open question. Never a label, never a verdict: the words
 * describe what happened and hand the meaning back to the person.
 */
import { createHash } from "node:crypto";
import { themeName } from "../themes.js";
import { DAY_MS, dayStart } from "../validate.js";
import { HARD_AFTER_FEELINGS, NOT_KEPT, type Attendance, type EndReason } from "../vocabulary.js";
import type { History, HistorySession, HistoryWriting, Insight, InsightLink } from "./history.js";

export type Rule = (history: History) => Insight | null;

const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const fullDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

const ATTENDED: ReadonlySet<Attendance> = new Set(["kept", "late", "cut_short"]);
const ATTENDANCE_WORDS: Record<Attendance, string> = {
  kept: "went ahead",
  cancelled: "cancelled",
  rescheduled: "rescheduled",
  late: "arrived late",
  cut_short: "cut short",
  missed: "missed",
};
/** How many of the latest sessions a rule looks at. */
const RECENT = 6;

function key(rule: string, parts: string[]): string {
  return `${rule}-${createHash("sha256").update(parts.join("|")).digest("base64url").slice(0, 12)}`;
}

function timeLabel(at: number): string {
  return shortDate.format(new Date(at));
}

function sessionLink(s: HistorySession): InsightLink {
  return {
    kind: "session",
    id: s.id,
    label: `Session on ${fullDate.format(new Date(dayStart(s.date)))} (${ATTENDANCE_WORDS[s.attendance]})`,
    href: `/reflect/therapy#session-${s.id}`,
  };
}

function writingLink(w: HistoryWriting): InsightLink {
  return w.kind === "journal"
    ? {
        kind: "journal",
        id: w.id,
        label: `Journal entry, ${fullDate.format(new Date(w.at))}`,
        href: `/reflect/journal#entry-${w.id}`,
      }
    : {
        kind: "conversation",
        id: w.conversationId ?? w.id,
        label: `Conversation with Maia, ${fullDate.format(new Date(w.at))}`,
        href: `/maia/${w.conversationId ?? ""}`,
      };
}

function uniqueLinks(links: InsightLink[]): InsightLink[] {
  const seen = new Set<string>();
  return links.filter((l) => (seen.has(l.href) ? false : (seen.add(l.href), true)));
}

const times = (n: number) => (n === 2 ? "twice" : `${n} times`);
const average = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

function breakdown(sessions: HistorySession[]): string {
  const counts = new Map<Attendance, number>();
  for (const s of sessions) counts.set(s.attendance, (counts.get(s.attendance) ?? 0) + 1);
  return [...counts].map(([a, n]) => `${n} ${ATTENDANCE_WORDS[a]}`).join(", ");
}

/** Themes the person wrote about from `daysBefore` days before a session's day to `daysAfter` days after it. */
function themesAround(history: History, session: HistorySession, daysBefore: number, daysAfter: number) {
  const start = dayStart(session.date) - daysBefore * DAY_MS;
  const end = dayStart(session.date) + daysAfter * DAY_MS;
  const items = history.writing.filter((w) => w.at >= start && w.at < end);
  return { items, themes: new Set(items.flatMap((w) => w.themes)) };
}

/** Several recent sessions did not go ahead as planned. */
export const sessionsNotKept: Rule = (h) => {
  if (h.sessions.length < 3) return null;
  const recent = h.sessions.slice(-RECENT);
  const notKept = recent.filter((s) => NOT_KEPT.has(s.attendance));
  if (notKept.length < 2 || notKept.length * 3 < recent.length) return null;
  return {
    key: key(
      "sessions_not_kept",
      notKept.map((s) => s.id),
    ),
    rule: "sessions_not_kept",
    observation: `${notKept.length} of your last ${recent.length} sessions didn't go ahead as planned (${breakdown(notKept)}).`,
    question: "What was going on for you around those sessions?",
    evidence: { count: notKept.length, outOf: recent.length, dates: notKept.map((s) => s.date) },
    links: notKept.map(sessionLink),
  };
};

/** Sessions that did not go ahead tended to fall in weeks the person wrote about one theme. */
export const notKeptWithTheme: Rule = (h) => {
  if (h.sessions.length < 3) return null;
  const recent = h.sessions.slice(-RECENT);
  const notKept = recent.filter((s) => NOT_KEPT.has(s.attendance));
  const kept = recent.filter((s) => !NOT_KEPT.has(s.attendance));
  if (notKept.length < 2) return null;
  const around = new Map(recent.map((s) => [s.id, themesAround(h, s, 7, 1)]));
  let best: { theme: string; sessions: HistorySession[] } | null = null;
  const themes = new Set(notKept.flatMap((s) => [...around.get(s.id)!.themes]));
  for (const theme of [...themes].sort()) {
    const withTheme = notKept.filter((s) => around.get(s.id)!.themes.has(theme));
    if (withTheme.length < 2 || withTheme.length * 3 < notKept.length * 2) continue;
    const keptRate = kept.length
      ? kept.filter((s) => around.get(s.id)!.themes.has(theme)).length / kept.length
      : 0;
    if (keptRate >= withTheme.length / notKept.length) continue;
    if (!best || withTheme.length > best.sessions.length) best = { theme, sessions: withTheme };
  }
  if (!best) return null;
  const name = themeName(best.theme);
  const every = best.sessions.length === notKept.length;
  const writing = best.sessions.flatMap((s) =>
    around.get(s.id)!.items.filter((w) => w.themes.includes(best.theme)),
  );
  return {
    key: key("not_kept_with_theme", [best.theme, ...best.sessions.map((s) => s.id)]),
    rule: "not_kept_with_theme",
    observation: every
      ? `${best.sessions.length} of your last ${recent.length} sessions didn't go ahead (${breakdown(best.sessions)}), each in a week when you had written about ${name}.`
      : `${best.sessions.length} of the ${notKept.length} sessions that didn't go ahead lately fell in a week when you had written about ${name}.`,
    question: `Is there something about ${name} that feels hard to bring into the room?`,
    evidence: { count: best.sessions.length, outOf: recent.length, dates: best.sessions.map((s) => s.date) },
    links: uniqueLinks([...best.sessions.map(sessionLink), ...writing.map(writingLink)]),
  };
};

/** One hard feeling keeps following sessions. */
export const hardFeelingAfter: Rule = (h) => {
  const recent = h.sessions.filter((s) => ATTENDED.has(s.attendance) && s.feelings.length > 0).slice(-RECENT);
  if (recent.length < 3) return null;
  let best: { feeling: string; sessions: HistorySession[] } | null = null;
  for (const feeling of [...HARD_AFTER_FEELINGS].sort()) {
    const withIt = recent.filter((s) => s.feelings.includes(feeling));
    if (
      withIt.length >= 3 &&
      withIt.length * 2 >= recent.length &&
      (!best || withIt.length > best.sessions.length)
    )
      best = { feeling, sessions: withIt };
  }
  if (!best) return null;
  return {
    key: key("hard_feeling_after", [best.feeling, ...best.sessions.map((s) => s.id)]),
    rule: "hard_feeling_after",
    observation: `You felt ${best.feeling} after ${best.sessions.length} of your last ${recent.length} sessions.`,
    question: "What do you think happens for you in those sessions, or just after them?",
    evidence: { count: best.sessions.length, outOf: recent.length, dates: best.sessions.map((s) => s.date) },
    links: best.sessions.map(sessionLink),
  };
};

/** A hard feeling after sessions goes with one theme more than without it. */
export const feelingAfterWithTheme: Rule = (h) => {
  const sessions = h.sessions.filter((s) => ATTENDED.has(s.attendance) && s.feelings.length > 0);
  if (sessions.length < 3) return null;
  const topics = new Map(
    sessions.map((s) => {
      const around = themesAround(h, s, 3, 2);
      return [s.id, { items: around.items, themes: new Set([...s.themes, ...around.themes]) }];
    }),
  );
  let best: { feeling: string; theme: string; hits: HistorySession[]; withTheme: HistorySession[] } | null =
    null;
  const allThemes = new Set(sessions.flatMap((s) => [...topics.get(s.id)!.themes]));
  for (const theme of [...allThemes].sort()) {
    const withTheme = sessions.filter((s) => topics.get(s.id)!.themes.has(theme));
    const without = sessions.filter((s) => !topics.get(s.id)!.themes.has(theme));
    if (withTheme.length < 2 || without.length < 1) continue;
    for (const feeling of [...HARD_AFTER_FEELINGS].sort()) {
      const hits = withTheme.filter((s) => s.feelings.includes(feeling));
      const rateWith = hits.length / withTheme.length;
      const rateWithout = without.filter((s) => s.feelings.includes(feeling)).length / without.length;
      if (hits.length < 2 || rateWith < 2 / 3 || rateWith - rateWithout < 0.5) continue;
      if (!best || hits.length > best.hits.length) best = { feeling, theme, hits, withTheme };
    }
  }
  if (!best) return null;
  const name = themeName(best.theme);
  const writing = best.hits.flatMap((s) =>
    topics.get(s.id)!.items.filter((w) => w.themes.includes(best.theme)),
  );
  return {
    key: key("feeling_after_with_theme", [best.feeling, best.theme, ...best.hits.map((s) => s.id)]),
    rule: "feeling_after_with_theme",
    observation: `You felt ${best.feeling} after ${best.hits.length} of the ${best.withTheme.length} sessions around which ${name} came up in your writing.`,
    question: `What is it like to talk about ${name} in therapy?`,
    evidence: { count: best.hits.length, outOf: best.withTheme.length, dates: best.hits.map((s) => s.date) },
    links: uniqueLinks([...best.hits.map(sessionLink), ...writing.map(writingLink)]),
  };
};

/** Something is often left unsaid. */
export const unsaidRecurring: Rule = (h) => {
  const recent = h.sessions.filter((s) => ATTENDED.has(s.attendance)).slice(-RECENT);
  if (recent.length < 3) return null;
  const withUnsaid = recent.filter((s) => s.hasUnsaid);
  if (withUnsaid.length < 3 || withUnsaid.length * 2 < recent.length) return null;
  return {
    key: key(
      "unsaid_recurring",
      withUnsaid.map((s) => s.id),
    ),
    rule: "unsaid_recurring",
    observation: `After ${withUnsaid.length} of your last ${recent.length} sessions, you noted something left unsaid.`,
    question: "Of the things left unsaid, which would you most want your therapist to know?",
    evidence: { count: withUnsaid.length, outOf: recent.length, dates: withUnsaid.map((s) => s.date) },
    links: withUnsaid.map(sessionLink),
  };
};

const PART_WORDS: Record<string, string> = {
  bond: "the bond between you",
  goals: "agreeing on goals",
  tasks: "how you work together",
};

/** The alliance check dropped on the same part more than once. */
export const allianceDip: Rule = (h) => {
  const checks = h.checks.filter((c) => c.kind === "alliance");
  if (checks.length < 3) return null;
  let best: { part: string; dips: typeof checks } | null = null;
  for (const part of ["bond", "goals", "tasks"]) {
    const dips = checks.filter(
      (c, i) => i > 0 && (checks[i - 1]!.scores[part] ?? 0) - (c.scores[part] ?? 0) >= 1,
    );
    if (dips.length >= 2 && (!best || dips.length > best.dips.length)) best = { part, dips };
  }
  if (!best) return null;
  return {
    key: key("alliance_dip", [best.part, ...best.dips.map((c) => c.id)]),
    rule: "alliance_dip",
    observation: `Your check on you and your therapist dipped ${times(best.dips.length)} on ${PART_WORDS[best.part]} (${best.dips.map((c) => timeLabel(c.createdAt)).join(", ")}).`,
    question: "What changed around those times?",
    evidence: {
      count: best.dips.length,
      outOf: checks.length,
      dates: best.dips.map((c) => new Date(c.createdAt).toISOString().slice(0, 10)),
    },
    links: best.dips.map((c) => ({
      kind: "check" as const,
      id: c.id,
      label: `Check on ${fullDate.format(new Date(c.createdAt))}`,
      href: `/reflect/checks#check-${c.id}`,
    })),
  };
};

/** Recent checks on how therapy feels show many signs of feeling stuck, or rising ones. */
export const stalledSigns: Rule = (h) => {
  const checks = h.checks.filter((c) => c.kind === "stalled");
  if (checks.length < 2) return null;
  const total = (c: (typeof checks)[number]) => c.scores.total ?? 0;
  const lastTwo = checks.slice(-2);
  const lastThree = checks.slice(-3);
  let observation: string;
  let used: typeof checks;
  if (lastTwo.every((c) => total(c) >= 12)) {
    used = lastTwo;
    observation = "Your last 2 checks on how therapy is feeling both showed many signs of feeling stuck.";
  } else if (
    lastThree.length === 3 &&
    total(lastThree[1]!) > total(lastThree[0]!) &&
    total(lastThree[2]!) > total(lastThree[1]!) &&
    total(lastThree[2]!) - total(lastThree[0]!) >= 4
  ) {
    used = lastThree;
    observation = `Signs of feeling stuck went up across your last 3 checks on how therapy is feeling (${lastThree.map(total).join(", then ")} out of 18).`;
  } else return null;
  return {
    key: key(
      "stalled_signs",
      used.map((c) => c.id),
    ),
    rule: "stalled_signs",
    observation,
    question: "What would you want your therapist to know about how it has felt lately?",
    evidence: {
      count: used.length,
      outOf: checks.length,
      dates: used.map((c) => new Date(c.createdAt).toISOString().slice(0, 10)),
    },
    links: used.map((c) => ({
      kind: "check" as const,
      id: c.id,
      label: `Check on ${fullDate.format(new Date(c.createdAt))}`,
      href: `/reflect/checks#check-${c.id}`,
    })),
  };
};

/** Mood on the day of a session and the day after differs clearly from other days. */
export const moodAroundSessions: Rule = (h) => {
  const attended = h.sessions.filter((s) => ATTENDED.has(s.attendance));
  if (attended.length < 3) return null;
  const near = (at: number) =>
    attended.find((s) => at >= dayStart(s.date) && at < dayStart(s.date) + 2 * DAY_MS);
  const after = h.moods.filter((m) => near(m.at));
  const other = h.moods.filter((m) => !near(m.at));
  if (after.length < 3 || other.length < 3) return null;
  const a = average(after.map((m) => m.rating));
  const b = average(other.map((m) => m.rating));
  if (Math.abs(a - b) < 1.5) return null;
  const lower = a < b;
  const sessions = attended.filter((s) => after.some((m) => near(m.at) === s));
  return {
    key: key(
      "mood_around_sessions",
      after.map((m) => m.id),
    ),
    rule: "mood_around_sessions",
    observation: `On the day of a session and the day after, your mood averaged ${oneDecimal(a)} out of 10, against ${oneDecimal(b)} on other days (${after.length} and ${other.length} check-ins).`,
    question: lower
      ? "What do sessions stir up that stays with you afterwards?"
      : "What is it about sessions that lifts you, and could some of it last through the week?",
    evidence: { count: after.length, outOf: h.moods.length, dates: sessions.map((s) => s.date) },
    links: sessions.map(sessionLink),
  };
};

/** Mood over the last two weeks moved clearly from the two weeks before. */
export const moodShift: Rule = (h) => {
  const recent = h.moods.filter((m) => m.at > h.now - 14 * DAY_MS && m.at <= h.now);
  const before = h.moods.filter((m) => m.at > h.now - 28 * DAY_MS && m.at <= h.now - 14 * DAY_MS);
  if (recent.length < 4 || before.length < 4) return null;
  const a = average(recent.map((m) => m.rating));
  const b = average(before.map((m) => m.rating));
  if (Math.abs(a - b) < 1.5) return null;
  return {
    key: key(
      "mood_shift",
      [...recent, ...before].map((m) => m.id),
    ),
    rule: "mood_shift",
    observation: `Your check-ins over the last two weeks averaged ${oneDecimal(a)} out of 10, ${a < b ? "down" : "up"} from ${oneDecimal(b)} in the two weeks before.`,
    question: "What has been different lately?",
    evidence: { count: recent.length, outOf: recent.length + before.length, dates: [] },
    links: [{ kind: "mood", id: "chart", label: "Your mood chart", href: "/reflect/mood" }],
  };
};

const REASON_WORDS: Partial<Record<EndReason, string>> = {
  felt_stuck: "it felt stuck",
  no_connection: "you didn't feel a connection",
  got_too_close: "it was getting close to hard things",
  practical: "of practical reasons",
  cost: "of cost",
  therapist_ended: "the therapist or service ended it",
};

/** Therapies that ended tended to end early, or for the same reason. */
export const endingsPattern: Rule = (h) => {
  const ended = h.therapists.filter((t) => t.endedOn);
  if (ended.length < 2) return null;
  const link = (t: (typeof ended)[number]): InsightLink => ({
    kind: "therapist",
    id: t.id,
    label: t.name,
    href: `/reflect/therapy#therapist-${t.id}`,
  });
  const short = ended.filter(
    (t) => t.startedOn && dayStart(t.endedOn!) - dayStart(t.startedOn) <= 120 * DAY_MS,
  );
  if (short.length >= 2)
    return {
      key: key("endings_pattern", ["short", ...short.map((t) => t.id)]),
      rule: "endings_pattern",
      observation: `${short.length} of the ${ended.length} therapies you've noted as ended lasted four months or less.`,
      question: "What was happening for you when each one ended?",
      evidence: { count: short.length, outOf: ended.length, dates: short.map((t) => t.endedOn!) },
      links: short.map(link),
    };
  for (const [reason, words] of Object.entries(REASON_WORDS)) {
    const same = ended.filter((t) => t.endReason === reason);
    if (same.length >= 2)
      return {
        key: key("endings_pattern", [reason, ...same.map((t) => t.id)]),
        rule: "endings_pattern",
        observation: `${same.length} of the ${ended.length} therapies you've noted as ended ended because ${words}.`,
        question: "Is there anything you would want to be different this time?",
        evidence: { count: same.length, outOf: ended.length, dates: same.map((t) => t.endedOn!) },
        links: same.map(link),
      };
  }
  return null;
};

/** One theme keeps coming up in the person's writing. */
export const themeRecurring: Rule = (h) => {
  const recent = h.writing.filter((w) => w.at > h.now - 30 * DAY_MS && w.at <= h.now);
  let best: { theme: string; days: Set<string>; items: HistoryWriting[] } | null = null;
  for (const theme of [...new Set(recent.flatMap((w) => w.themes))].sort()) {
    const items = recent.filter((w) => w.themes.includes(theme));
    const days = new Set(items.map((w) => new Date(w.at).toISOString().slice(0, 10)));
    if (days.size >= 4 && (!best || days.size > best.days.size)) best = { theme, days, items };
  }
  if (!best) return null;
  const name = themeName(best.theme);
  return {
    key: key("theme_recurring", [best.theme, ...[...best.days].sort()]),
    rule: "theme_recurring",
    observation: `You wrote about ${name} on ${best.days.size} different days in the last month.`,
    question: `Is ${name} something you've been able to bring to therapy?`,
    evidence: { count: best.days.size, outOf: null, dates: [...best.days].sort() },
    links: uniqueLinks(best.items.slice(-5).map(writingLink)),
  };
};

/** Every rule, in the order insights are shown. */
export const RULES: Record<string, Rule> = {
  not_kept_with_theme: notKeptWithTheme,
  sessions_not_kept: sessionsNotKept,
  feeling_after_with_theme: feelingAfterWithTheme,
  hard_feeling_after: hardFeelingAfter,
  unsaid_recurring: unsaidRecurring,
  alliance_dip: allianceDip,
  stalled_signs: stalledSigns,
  mood_around_sessions: moodAroundSessions,
  mood_shift: moodShift,
  endings_pattern: endingsPattern,
  theme_recurring: themeRecurring,
};

/** All insights a history supports. When a theme-linked version of a pattern holds, the plain one is left out. */
export function findInsights(history: History): Insight[] {
  const found = Object.values(RULES)
    .map((rule) => rule(history))
    .filter((i): i is Insight => i !== null);
  const has = (rule: string) => found.some((i) => i.rule === rule);
  return found.filter(
    (i) =>
      !(i.rule === "sessions_not_kept" && has("not_kept_with_theme")) &&
      !(i.rule === "hard_feeling_after" && has("feeling_after_with_theme")),
  );
}
