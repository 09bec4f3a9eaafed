/**
 * Keeping self-check results over time: the answers are sealed, and the score and gentle
 * reflection are worked out again on reading, so improving the wording never needs a
 * migration of what people already answered.
 */
import { randomUUID } from "node:crypto";
import {
  CHECKS,
  checkAnswers,
  scoreCheck,
  type Answers,
  type CheckKind,
  type CheckResult,
} from "./checks.js";
import type { Deps } from "./deps.js";
import { reflectionErrors } from "./validate.js";

export interface SelfCheck extends CheckResult {
  id: string;
  kind: CheckKind;
  answers: Answers;
  createdAt: number;
}

export async function listChecks(deps: Deps, accountId: string): Promise<SelfCheck[]> {
  const cipher = await deps.keyring.forAccount(accountId);
  const rows = await deps.db
    .selectFrom("self_checks")
    .selectAll()
    .where("account_id", "=", accountId)
    .orderBy("created_at", "asc")
    .execute();
  return rows
    .filter((row) => row.kind in CHECKS)
    .map((row) => {
      const answers = JSON.parse(cipher.decrypt(row.answers_enc)) as Answers;
      return {
        id: row.id,
        kind: row.kind,
        answers,
        createdAt: Number(row.created_at),
        ...scoreCheck(row.kind, answers),
      };
    });
}

export async function addCheck(
  deps: Deps,
  accountId: string,
  kind: CheckKind,
  raw: Answers,
): Promise<SelfCheck> {
  const answers = checkAnswers(kind, raw);
  const cipher = await deps.keyring.forAccount(accountId);
  const id = randomUUID();
  const now = deps.now();
  await deps.db
    .insertInto("self_checks")
    .values({
      id,
      account_id: accountId,
      kind,
      answers_enc: cipher.encrypt(JSON.stringify(answers)),
      created_at: now,
    })
    .execute();
  return { id, kind, answers, createdAt: now, ...scoreCheck(kind, answers) };
}

export async function removeCheck(deps: Deps, accountId: string, id: string): Promise<void> {
  const result = await deps.db
    .deleteFrom("self_checks")
    .where("id", "=", id)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0)
    throw reflectionErrors.notFound("That self-check", "check_not_found");
}
