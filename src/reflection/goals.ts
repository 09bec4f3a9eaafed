/**
 * Goals and "why I started". Each goal keeps a record of how it changed (every version of
 * its words and status), and asks to be looked at again every few weeks: the reminder is
 * worked out when goals are read and shown in the app, never sent anywhere.
 */
import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import { errors } from "../errors.js";
import type { AccountCipher } from "../privacy/cipher.js";
import type { Database, GoalsTable } from "../storage/schema.js";
import type { Deps } from "./deps.js";
import { DAY_MS, optionalText, reflectionErrors, requiredText } from "./validate.js";
import { LIMITS } from "./vocabulary.js";

export const DEFAULT_REVISIT_DAYS = 21;
export type GoalStatus = "active" | "done" | "let_go";

export interface GoalChange {
  text: string;
  why: string | null;
  status: GoalStatus;
  changedAt: number;
}

export interface Goal {
  id: string;
  text: string;
  why: string | null;
  status: GoalStatus;
  revisitEveryDays: number;
  revisitedAt: number;
  /** When the reminder to look at this again is due (epoch ms). */
  revisitDueAt: number;
  createdAt: number;
  updatedAt: number;
  history: GoalChange[];
}

export interface GoalsView {
  goals: Goal[];
  whyIStarted: Goal | null;
  /** Goals (and "why I started") due for another look, for the in-app reminder. */
  revisitDue: string[];
}

function checkRevisitDays(days: number | undefined): number {
  if (days === undefined) return DEFAULT_REVISIT_DAYS;
  if (!Number.isInteger(days) || days < 7 || days > 90)
    throw errors.badRequest("revisit_out_of_range", "Choose a reminder every 7 to 90 days.");
  return days;
}

function toGoal(row: Selectable<GoalsTable>, cipher: AccountCipher, history: GoalChange[]): Goal {
  const revisitedAt = Number(row.revisited_at);
  return {
    id: row.id,
    text: cipher.decrypt(row.text_enc),
    why: cipher.decryptNullable(row.why_enc),
    status: row.status,
    revisitEveryDays: row.revisit_every_days,
    revisitedAt,
    revisitDueAt: revisitedAt + row.revisit_every_days * DAY_MS,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    history,
  };
}

async function recordChange(
  db: Kysely<Database>,
  cipher: AccountCipher,
  goalId: string,
  change: { text: string; why: string | null; status: GoalStatus },
  now: number,
) {
  await db
    .insertInto("goal_changes")
    .values({
      id: randomUUID(),
      goal_id: goalId,
      account_id: cipher.accountId,
      text_enc: cipher.encrypt(change.text),
      why_enc: cipher.encryptNullable(change.why),
      status: change.status,
      changed_at: now,
    })
    .execute();
}

export async function listGoals(deps: Deps, accountId: string): Promise<GoalsView> {
  const cipher = await deps.keyring.forAccount(accountId);
  const rows = await deps.db
    .selectFrom("goals")
    .selectAll()
    .where("account_id", "=", accountId)
    .orderBy("created_at", "asc")
    .execute();
  const changes = await deps.db
    .selectFrom("goal_changes")
    .selectAll()
    .where("account_id", "=", accountId)
    .orderBy("changed_at", "asc")
    .execute();
  const historyOf = (goalId: string) =>
    changes
      .filter((c) => c.goal_id === goalId)
      .map((c) => ({
        text: cipher.decrypt(c.text_enc),
        why: cipher.decryptNullable(c.why_enc),
        status: c.status,
        changedAt: Number(c.changed_at),
      }));
  const all = rows.map((row) => ({ kind: row.kind, goal: toGoal(row, cipher, historyOf(row.id)) }));
  const now = deps.now();
  return {
    goals: all.filter((g) => g.kind === "goal").map((g) => g.goal),
    whyIStarted: all.find((g) => g.kind === "why_started")?.goal ?? null,
    revisitDue: all
      .filter((g) => g.goal.status === "active" && g.goal.revisitDueAt <= now)
      .map((g) => g.goal.id),
  };
}

async function goalRow(deps: Deps, accountId: string, id: string) {
  const row = await deps.db
    .selectFrom("goals")
    .selectAll()
    .where("id", "=", id)
    .where("account_id", "=", accountId)
    .where("kind", "=", "goal")
    .executeTakeFirst();
  if (!row) throw reflectionErrors.notFound("That goal", "goal_not_found");
  return row;
}

async function findGoal(deps: Deps, accountId: string, id: string): Promise<Goal> {
  const view = await listGoals(deps, accountId);
  const goal = [...view.goals, ...(view.whyIStarted ? [view.whyIStarted] : [])].find((g) => g.id === id);
  if (!goal) throw reflectionErrors.notFound("That goal", "goal_not_found");
  return goal;
}

export async function addGoal(
  deps: Deps,
  accountId: string,
  input: { text: string; why?: string | null; revisitEveryDays?: number },
): Promise<Goal> {
  const text = requiredText(input.text, "goal", LIMITS.goal);
  const why = optionalText(input.why, "reason", LIMITS.goal);
  const every = checkRevisitDays(input.revisitEveryDays);
  const cipher = await deps.keyring.forAccount(accountId);
  const now = deps.now();
  const id = randomUUID();
  await deps.db.transaction().execute(async (tx) => {
    await tx
      .insertInto("goals")
      .values({
        id,
        account_id: accountId,
        kind: "goal",
        text_enc: cipher.encrypt(text),
        why_enc: cipher.encryptNullable(why),
        status: "active",
        revisit_every_days: every,
        revisited_at: now,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await recordChange(tx, cipher, id, { text, why, status: "active" }, now);
  });
  return findGoal(deps, accountId, id);
}

/** Changes a goal's words, reason or status; each change is kept in its history. */
export async function updateGoal(
  deps: Deps,
  accountId: string,
  id: string,
  input: { text?: string; why?: string | null; status?: GoalStatus; revisitEveryDays?: number },
): Promise<Goal> {
  const row = await goalRow(deps, accountId, id);
  const cipher = await deps.keyring.forAccount(accountId);
  const text =
    input.text === undefined ? cipher.decrypt(row.text_enc) : requiredText(input.text, "goal", LIMITS.goal);
  const why =
    input.why === undefined
      ? cipher.decryptNullable(row.why_enc)
      : optionalText(input.why, "reason", LIMITS.goal);
  const status = input.status ?? row.status;
  const every =
    input.revisitEveryDays === undefined ? row.revisit_every_days : checkRevisitDays(input.revisitEveryDays);
  const now = deps.now();
  await deps.db.transaction().execute(async (tx) => {
    await tx
      .updateTable("goals")
      .set({
        text_enc: cipher.encrypt(text),
        why_enc: cipher.encryptNullable(why),
        status,
        revisit_every_days: every,
        revisited_at: now,
        updated_at: now,
      })
      .where("id", "=", id)
      .where("account_id", "=", accountId)
      .execute();
    await recordChange(tx, cipher, id, { text, why, status }, now);
  });
  return findGoal(deps, accountId, id);
}

/** "I've looked at this again and it still fits": resets the reminder without a change. */
export async function markRevisited(deps: Deps, accountId: string, id: string): Promise<Goal> {
  const result = await deps.db
    .updateTable("goals")
    .set({ revisited_at: deps.now() })
    .where("id", "=", id)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw reflectionErrors.notFound("That goal", "goal_not_found");
  return findGoal(deps, accountId, id);
}

export async function removeGoal(deps: Deps, accountId: string, id: string): Promise<void> {
  await goalRow(deps, accountId, id);
  await deps.db.deleteFrom("goals").where("id", "=", id).where("account_id", "=", accountId).execute();
}

/** Sets (or rewrites) the one "why I started"; earlier wordings stay in its history. */
export async function setWhyIStarted(deps: Deps, accountId: string, input: { text: string }): Promise<Goal> {
  const text = requiredText(input.text, "reason", LIMITS.goal);
  const cipher = await deps.keyring.forAccount(accountId);
  const now = deps.now();
  const existing = await deps.db
    .selectFrom("goals")
    .select("id")
    .where("account_id", "=", accountId)
    .where("kind", "=", "why_started")
    .executeTakeFirst();
  const id = existing?.id ?? randomUUID();
  await deps.db.transaction().execute(async (tx) => {
    if (existing)
      await tx
        .updateTable("goals")
        .set({ text_enc: cipher.encrypt(text), revisited_at: now, updated_at: now })
        .where("id", "=", id)
        .where("account_id", "=", accountId)
        .execute();
    else
      await tx
        .insertInto("goals")
        .values({
          id,
          account_id: accountId,
          kind: "why_started",
          text_enc: cipher.encrypt(text),
          why_enc: null,
          status: "active",
          revisit_every_days: DEFAULT_REVISIT_DAYS,
          revisited_at: now,
          created_at: now,
          updated_at: now,
        })
        .execute();
    await recordChange(tx, cipher, id, { text, why: null, status: "active" }, now);
  });
  return findGoal(deps, accountId, id);
}
