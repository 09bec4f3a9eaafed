/**
 * The therapy log: sessions (when, whether they went ahead, how they felt afterwards, what
 * was left unsaid, anything agreed) and the therapists or services tried, with when and why
 * each ended. Sessions are listed newest first.
 */
import { randomUUID } from "node:crypto";
import type { Selectable } from "kysely";
import type { AccountCipher } from "../privacy/cipher.js";
import type { TherapistsTable, TherapySessionsTable } from "../storage/schema.js";
import type { Deps } from "./deps.js";
import { parseJsonArray } from "./deps.js";
import { themesOf } from "./themes.js";
import { checkDay, checkFeelings, optionalText, reflectionErrors, requiredText } from "./validate.js";
import { AFTER_SESSION_SET, LIMITS, type Attendance, type EndReason } from "./vocabulary.js";

export interface TherapySession {
  id: string;
  date: string;
  attendance: Attendance;
  feelings: string[];
  unsaid: string | null;
  homework: string | null;
  note: string | null;
  therapistId: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface SessionInput {
  date: string;
  attendance: Attendance;
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
  endReason: EndReason | null;
  endNote: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface TherapistInput {
  name: string;
  approach?: string | null;
  startedOn?: string | null;
  endedOn?: string | null;
  endReason?: EndReason | null;
  endNote?: string | null;
}

function toSession(row: Selectable<TherapySessionsTable>, cipher: AccountCipher): TherapySession {
  return {
    id: row.id,
    date: row.date,
    attendance: row.attendance,
    feelings: parseJsonArray(cipher.decrypt(row.feelings_enc)),
    unsaid: cipher.decryptNullable(row.unsaid_enc),
    homework: cipher.decryptNullable(row.homework_enc),
    note: cipher.decryptNullable(row.note_enc),
    therapistId: row.therapist_id,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

function toTherapist(row: Selectable<TherapistsTable>, cipher: AccountCipher): Therapist {
  return {
    id: row.id,
    name: cipher.decrypt(row.name_enc),
    approach: cipher.decryptNullable(row.approach_enc),
    startedOn: row.started_on,
    endedOn: row.ended_on,
    endReason: row.end_reason as EndReason | null,
    endNote: cipher.decryptNullable(row.end_note_enc),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

export async function listSessions(deps: Deps, accountId: string): Promise<TherapySession[]> {
  const cipher = await deps.keyring.forAccount(accountId);
  const found = await deps.db
    .selectFrom("therapy_sessions")
    .selectAll()
    .where("account_id", "=", accountId)
    .orderBy("date", "desc")
    .orderBy("created_at", "desc")
    .execute();
  return found.map((row) => toSession(row, cipher));
}

async function sessionRow(deps: Deps, accountId: string, id: string) {
  const row = await deps.db
    .selectFrom("therapy_sessions")
    .selectAll()
    .where("id", "=", id)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  if (!row) throw reflectionErrors.notFound("That session", "session_not_found");
  return row;
}

async function checkTherapistId(deps: Deps, accountId: string, id: string | null | undefined) {
  if (!id) return null;
  const row = await deps.db
    .selectFrom("therapists")
    .select("id")
    .where("id", "=", id)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  if (!row) throw reflectionErrors.notFound("That therapist", "therapist_not_found");
  return row.id;
}

/** Validates every field, then seals what the person wrote. */
async function sessionValues(deps: Deps, accountId: string, input: SessionInput) {
  const date = checkDay(input.date, deps.now());
  const feelings = checkFeelings(input.feelings ?? [], AFTER_SESSION_SET);
  const unsaid = optionalText(input.unsaid, "note of what was left unsaid", LIMITS.sessionText);
  const homework = optionalText(input.homework, "note of what was agreed", LIMITS.sessionText);
  const note = optionalText(input.note, "note", LIMITS.sessionText);
  const therapistId = await checkTherapistId(deps, accountId, input.therapistId);
  const cipher = await deps.keyring.forAccount(accountId);
  const themes = themesOf([unsaid, note].filter(Boolean).join("\n"));
  return {
    therapist_id: therapistId,
    date,
    attendance: input.attendance,
    feelings_enc: cipher.encrypt(JSON.stringify(feelings)),
    unsaid_enc: cipher.encryptNullable(unsaid),
    homework_enc: cipher.encryptNullable(homework),
    note_enc: cipher.encryptNullable(note),
    themes_enc: themes.length ? cipher.encrypt(JSON.stringify(themes)) : null,
  };
}

export async function addSession(
  deps: Deps,
  accountId: string,
  input: SessionInput,
): Promise<TherapySession> {
  const values = await sessionValues(deps, accountId, input);
  const now = deps.now();
  const id = randomUUID();
  await deps.db
    .insertInto("therapy_sessions")
    .values({ id, account_id: accountId, ...values, created_at: now, updated_at: now })
    .execute();
  return toSession(await sessionRow(deps, accountId, id), await deps.keyring.forAccount(accountId));
}

export async function updateSession(
  deps: Deps,
  accountId: string,
  id: string,
  input: SessionInput,
): Promise<TherapySession> {
  await sessionRow(deps, accountId, id);
  const values = await sessionValues(deps, accountId, input);
  await deps.db
    .updateTable("therapy_sessions")
    .set({ ...values, updated_at: deps.now() })
    .where("id", "=", id)
    .where("account_id", "=", accountId)
    .execute();
  return toSession(await sessionRow(deps, accountId, id), await deps.keyring.forAccount(accountId));
}

export async function removeSession(deps: Deps, accountId: string, id: string): Promise<void> {
  await sessionRow(deps, accountId, id);
  await deps.db
    .deleteFrom("therapy_sessions")
    .where("id", "=", id)
    .where("account_id", "=", accountId)
    .execute();
}

export async function listTherapists(deps: Deps, accountId: string): Promise<Therapist[]> {
  const cipher = await deps.keyring.forAccount(accountId);
  const found = await deps.db
    .selectFrom("therapists")
    .selectAll()
    .where("account_id", "=", accountId)
    .orderBy("created_at", "asc")
    .execute();
  return found
    .map((row) => toTherapist(row, cipher))
    .sort((a, b) => (a.startedOn ?? "9999").localeCompare(b.startedOn ?? "9999"));
}

async function therapistRow(deps: Deps, accountId: string, id: string) {
  const row = await deps.db
    .selectFrom("therapists")
    .selectAll()
    .where("id", "=", id)
    .where("account_id", "=", accountId)
    .executeTakeFirst();
  if (!row) throw reflectionErrors.notFound("That therapist", "therapist_not_found");
  return row;
}

async function therapistValues(deps: Deps, accountId: string, input: TherapistInput) {
  const now = deps.now();
  const name = requiredText(input.name, "name", LIMITS.name);
  const approach = optionalText(input.approach, "approach", LIMITS.name);
  const startedOn = input.startedOn ? checkDay(input.startedOn, now) : null;
  const endedOn = input.endedOn ? checkDay(input.endedOn, now) : null;
  if (startedOn && endedOn && endedOn < startedOn) throw reflectionErrors.datesOutOfOrder();
  const endNote = optionalText(input.endNote, "note on how it ended", LIMITS.sessionText);
  const cipher = await deps.keyring.forAccount(accountId);
  return {
    name_enc: cipher.encrypt(name),
    approach_enc: cipher.encryptNullable(approach),
    started_on: startedOn,
    ended_on: endedOn,
    end_reason: input.endReason ?? null,
    end_note_enc: cipher.encryptNullable(endNote),
  };
}

export async function addTherapist(deps: Deps, accountId: string, input: TherapistInput): Promise<Therapist> {
  const values = await therapistValues(deps, accountId, input);
  const now = deps.now();
  const id = randomUUID();
  await deps.db
    .insertInto("therapists")
    .values({ id, account_id: accountId, ...values, created_at: now, updated_at: now })
    .execute();
  return toTherapist(await therapistRow(deps, accountId, id), await deps.keyring.forAccount(accountId));
}

export async function updateTherapist(
  deps: Deps,
  accountId: string,
  id: string,
  input: TherapistInput,
): Promise<Therapist> {
  await therapistRow(deps, accountId, id);
  const values = await therapistValues(deps, accountId, input);
  await deps.db
    .updateTable("therapists")
    .set({ ...values, updated_at: deps.now() })
    .where("id", "=", id)
    .where("account_id", "=", accountId)
    .execute();
  return toTherapist(await therapistRow(deps, accountId, id), await deps.keyring.forAccount(accountId));
}

export async function removeTherapist(deps: Deps, accountId: string, id: string): Promise<void> {
  await therapistRow(deps, accountId, id);
  await deps.db.deleteFrom("therapists").where("id", "=", id).where("account_id", "=", accountId).execute();
}
