// Small formatting helpers shared by pages: dates people can read, and labels from data codes.
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat("en-GB", { dateStyle: "long" });

export function formatDateTime(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return "";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? "" : dateTime.format(date);
}

export function formatDate(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return "";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? "" : dateOnly.format(date);
}

export function isoDate(value: number | string): string | undefined {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** "general_distress" → "General distress". */
export function humanise(code: string): string {
  const words = code.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A phone number as a tel:/sms: target: digits and a leading plus only. */
export function dialable(number: string): string {
  return number.replace(/[^\d+]/g, "");
}

// Shared with the server-rendered /help page.
export { countryInSentence } from "../../src/safety/country-name.js";
