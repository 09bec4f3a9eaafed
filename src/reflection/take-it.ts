/**
 * The material a "Take it to therapy" page can draw on: current insights, a month of mood
 * in numbers, the latest result of each self-check, goals and "why I started", and recent
 * sessions. The server only gathers the person's own data; choosing, wording and printing
 * happen on their device, and nothing of the page is stored or sent anywhere.
 */
import { CHECKS, type CheckKind } from "./checks.js";
import type { Deps } from "./deps.js";
import { listGoals } from "./goals.js";
import { listInsights } from "./insights/index.js";
import { listMoods } from "./moods.js";
import { listChecks } from "./self-checks.js";
import { listSessions } from "./therapy.js";
import { dayOf, DAY_MS } from "./validate.js";
import { NOT_KEPT } from "./vocabulary.js";

const MOOD_DAYS = 30;
const SESSION_DAYS = 90;
const round1 = (n: number) => Math.round(n * 10) / 10;
const avg = (xs: number[]) => (xs.length ? round1(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

export async function takeItToTherapy(deps: Deps, accountId: string) {
  const now = deps.now();
  const [{ insights }, moods, checks, goals, sessions] = await Promise.all([
    listInsights(deps, accountId),
    listMoods(deps, accountId, MOOD_DAYS),
    listChecks(deps, accountId),
    listGoals(deps, accountId),
    listSessions(deps, accountId),
  ]);
  const ratings = moods.map((m) => m.rating);
  const middle = now - (MOOD_DAYS / 2) * DAY_MS;
  const counts = new Map<string, number>();
  for (const m of moods) for (const f of m.feelings) counts.set(f, (counts.get(f) ?? 0) + 1);
  const latest = new Map<CheckKind, (typeof checks)[number]>();
  for (const c of checks) latest.set(c.kind, c);
  const since = dayOf(now - SESSION_DAYS * DAY_MS);
  const recentSessions = sessions.filter((s) => s.date >= since);
  return {
    insights,
    mood: {
      days: MOOD_DAYS,
      count: moods.length,
      average: avg(ratings),
      lowest: ratings.length ? Math.min(...ratings) : null,
      highest: ratings.length ? Math.max(...ratings) : null,
      firstHalfAverage: avg(moods.filter((m) => m.at < middle).map((m) => m.rating)),
      secondHalfAverage: avg(moods.filter((m) => m.at >= middle).map((m) => m.rating)),
      commonFeelings: [...counts]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 5)
        .map(([f]) => f),
    },
    checks: [...latest.values()].map((c) => ({
      kind: c.kind,
      title: CHECKS[c.kind].title,
      headline: c.headline,
      reflection: c.reflection,
      createdAt: c.createdAt,
    })),
    goals: goals.goals.filter((g) => g.status === "active").map((g) => ({ text: g.text, why: g.why })),
    whyIStarted: goals.whyIStarted?.text ?? null,
    sessions: {
      days: SESSION_DAYS,
      count: recentSessions.length,
      notKept: recentSessions.filter((s) => NOT_KEPT.has(s.attendance)).length,
      unsaid: recentSessions
        .filter((s) => s.unsaid)
        .slice(0, 3)
        .map((s) => ({ date: s.date, text: s.unsaid! })),
    },
  };
}
