/**
 * Account export for the reflection tools: every row this area holds for one account,
 * opened with the account's key. Called by the privacy area's export (issue 8).
 */
import type { AppContext } from "../server/context.js";
import { listChecks } from "./self-checks.js";
import { listGoals } from "./goals.js";
import { listJournal } from "./journal.js";
import { listMoods } from "./moods.js";
import { listSessions, listTherapists } from "./therapy.js";

export async function exportReflection(
  ctx: Pick<AppContext, "db" | "keyring" | "now">,
  accountId: string,
): Promise<Record<string, unknown[]>> {
  const goals = await listGoals(ctx, accountId);
  const dismissals = await ctx.db
    .selectFrom("insight_dismissals")
    .select(["insight_key", "dismissed_at"])
    .where("account_id", "=", accountId)
    .execute();
  return {
    moodCheckIns: await listMoods(ctx, accountId),
    journalEntries: await listJournal(ctx, accountId),
    therapySessions: await listSessions(ctx, accountId),
    therapists: await listTherapists(ctx, accountId),
    selfChecks: (await listChecks(ctx, accountId)).map(({ id, kind, answers, scores, createdAt }) => ({
      id,
      kind,
      answers,
      scores,
      createdAt,
    })),
    goals: [...goals.goals, ...(goals.whyIStarted ? [{ ...goals.whyIStarted, whyIStarted: true }] : [])],
    insightDismissals: dismissals.map((d) => ({ key: d.insight_key, dismissedAt: Number(d.dismissed_at) })),
  };
}
