/**
 * The domain rules for what a person sends to the reflection tools, each failure with its
 * own stable code so a client can say exactly what to change. Everything is checked before
 * anything is written, so a refused request leaves no trace.
 */
import { AppError, errors } from "../errors.js";
import { FEELING_WORDS, LIMITS } from "./vocabulary.js";

export const DAY_MS = 86_400_000;
/** A date is "in the future" only once it is tomorrow everywhere on Earth. */
const FUTURE_GRACE_MS = 14 * 3_600_000;

export const reflectionErrors = {
  ratingOutOfRange: (min: number, max: number) =>
    errors.badRequest("rating_out_of_range", `Choose a rating from ${min} to ${max}.`),
  unknownFeeling: () =>
    errors.badRequest(
      "unknown_feeling",
      "One of the feeling words isn't in the list. Pick words from the list.",
    ),
  tooManyFeelings: () =>
    errors.badRequest("too_many_feelings", `Pick up to ${LIMITS.feelings} feeling words.`),
  textTooLong: (field: string, max: number) =>
    new AppError(
      400,
      "text_too_long",
      `The ${field} can be up to ${max.toLocaleString("en-GB")} characters.`,
    ),
  textRequired: (field: string) =>
    errors.badRequest("text_required", `Please write something in the ${field}.`),
  invalidDate: () =>
    errors.badRequest("invalid_date", "That date isn't a real date. Use the form YYYY-MM-DD."),
  dateInFuture: () =>
    errors.badRequest("date_in_future", "That date is in the future. Choose today or earlier."),
  datesOutOfOrder: () =>
    errors.badRequest("dates_out_of_order", "The end date is before the start date. Check the dates."),
  notFound: (what: string, code: string) => errors.notFound(what, code),
};

/** An optional free text: trimmed, empty becomes null, too long is refused. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text.length > max) throw reflectionErrors.textTooLong(field, max);
  return text || null;
}

/** A text that must have some words in it. */
export function requiredText(value: string, field: string, max: number): string {
  const text = optionalText(value, field, max);
  if (!text) throw reflectionErrors.textRequired(field);
  return text;
}

export function checkRating(rating: number, min = 1, max = 10): number {
  if (!Number.isInteger(rating) || rating < min || rating > max)
    throw reflectionErrors.ratingOutOfRange(min, max);
  return rating;
}

/** Feeling words from one of the fixed lists, without repeats, in the order picked. */
export function checkFeelings(words: string[], allowed: ReadonlySet<string> = FEELING_WORDS): string[] {
  const unique = [...new Set(words.map((w) => w.trim().toLowerCase()))];
  if (unique.length > LIMITS.feelings) throw reflectionErrors.tooManyFeelings();
  for (const word of unique) if (!allowed.has(word)) throw reflectionErrors.unknownFeeling();
  return unique;
}

/** "2025-03-14" → the same string when it is a real calendar date, not in the future. */
export function checkDay(value: string, now: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw reflectionErrors.invalidDate();
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(y, m - 1, d);
  const date = new Date(time);
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    throw reflectionErrors.invalidDate();
  if (time > now + FUTURE_GRACE_MS) throw reflectionErrors.dateInFuture();
  return value;
}

/** An ISO 8601 date-time → epoch ms, when real and not in the future. */
export function checkInstant(value: string, now: number): number {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value))
    throw reflectionErrors.invalidDate();
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw reflectionErrors.invalidDate();
  checkDay(value.slice(0, 10), time + DAY_MS); // rejects 2025-02-30 and friends
  if (time > now + 5 * 60_000) throw reflectionErrors.dateInFuture();
  return time;
}

/** The UTC day of an instant, as YYYY-MM-DD. */
export function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}
