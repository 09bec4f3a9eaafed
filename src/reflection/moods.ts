/**
 * Mood check-ins: a rating from 1 to 10, feeling words from the grouped list, and an
 * optional note. Listed over a window of days for the chart, oldest first.
 */
import { randomUUID } from "node:crypto";
import type { Deps } from "./deps.js";
import { parseJsonArray } from "./deps.js";
import {
  checkFeelings,
  checkInstant,
  checkRating,
  DAY_MS,
  optionalText,
  reflectionErrors,
} from "./validate.js";
import { LIMITS } from "./vocabulary.js";

export interface MoodCheckIn {
  id: string;
  rating: number;
  feelings: string[];
  note: string | null;
  at: number;
  createdAt: number;
}

export interface NewMoodCheckIn {
  rating: number;
  feelings?: string[];
  note?: string | null;
  /** ISO date-time the check-in is about; now when left out. */
  at?: string;
}

export async function listMoods(deps: Deps, accountId: string, days?: number): Promise<MoodCheckIn[]> {
  const cipher = await deps.keyring.forAccount(accountId);
  let query = deps.db.selectFrom("mood_checkins").selectAll().where("account_id", "=", accountId);
  if (days) query = query.where("at", ">=", deps.now() - days * DAY_MS);
  const rows = await query.orderBy("at", "asc").orderBy("created_at", "asc").execute();
  return rows.map((row) => ({
    id: row.id,
    rating: row.rating,
    feelings: parseJsonArray(cipher.decrypt(row.feelings_enc)),
    note: cipher.decryptNullable(row.note_enc),
    at: Number(row.at),
    createdAt: Number(row.created_at),
  }));
}

export async function addMood(deps: Deps, accountId: string, input: NewMoodCheckIn): Promise<MoodCheckIn> {
  const now = deps.now();
  const rating = checkRating(input.rating);
  const feelings = checkFeelings(input.feelings ?? []);
  const note = optionalText(input.note, "note", LIMITS.note);
  const at = input.at === undefined ? now : checkInstant(input.at, now);
  const cipher = await deps.keyring.forAccount(accountId);
  const id = randomUUID();
  await deps.db
    .insertInto("mood_checkins")
    .values({
      id,
      account_id: accountId,
      rating,
      feelings_enc: cipher.encrypt(JSON.stringify(feelings)),
      note_enc: cipher.encryptNullable(note),
      at,
      created_at: now,
    })
    .execute();
  return { id, rating, feelings, note, at, createdAt: now };
}

export async function removeMood(deps: Deps, accountId: string, id: string): Promise<void> {
  const result = await deps.db
    .deleteFrom("mood_checkins")
    .where("id", "=", id)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw reflectionErrors.notFound("That check-in", "mood_not_found");
}
