/**
 * Insights for one account: the rules run over its history, minus the ones the person
 * has dismissed. A dismissal is kept by the insight's key, which changes when the evidence
 * does, so a pattern that grows can come back with what is new.
 */
import type { Deps } from "../deps.js";
import { reflectionErrors } from "../validate.js";
import type { Insight } from "./history.js";
import { loadHistory } from "./load.js";
import { findInsights } from "./rules.js";

export type { Insight } from "./history.js";

export async function listInsights(
  deps: Deps,
  accountId: string,
): Promise<{ insights: Insight[]; dismissed: number }> {
  const [history, dismissals] = await Promise.all([
    loadHistory(deps, accountId),
    deps.db
      .selectFrom("insight_dismissals")
      .select("insight_key")
      .where("account_id", "=", accountId)
      .execute(),
  ]);
  const hidden = new Set(dismissals.map((d) => d.insight_key));
  const all = findInsights(history);
  return {
    insights: all.filter((i) => !hidden.has(i.key)),
    dismissed: all.filter((i) => hidden.has(i.key)).length,
  };
}

/** Hides an insight the person can see now; another account's or a stale key is not found. */
export async function dismissInsight(deps: Deps, accountId: string, key: string): Promise<void> {
  const { insights } = await listInsights(deps, accountId);
  if (!insights.some((i) => i.key === key))
    throw reflectionErrors.notFound("That insight", "insight_not_found");
  await deps.db
    .insertInto("insight_dismissals")
    .values({ account_id: accountId, insight_key: key, dismissed_at: deps.now() })
    .execute();
}

/** Brings back every dismissed insight. */
export async function restoreInsights(deps: Deps, accountId: string): Promise<void> {
  await deps.db.deleteFrom("insight_dismissals").where("account_id", "=", accountId).execute();
}
