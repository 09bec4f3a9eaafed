/**
 * The helpline directory: which services a person can call, text or visit in their own country,
 * and the emergency number to use when a life is at risk now. The data lives in helplines.json
 * so that it can be reviewed, diffed and corrected without touching code; an operator can add or
 * replace countries and services with their own file (ASCLEPIAD_HELPLINES_FILE). Everything is
 * validated when the directory is loaded, because a wrong number shown to someone in crisis is
 * worse than a server that refuses to start: a bad file throws one Error listing every problem.
 * The country is only ever chosen by the person or guessed from their browser's language, never
 * from their IP address.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** What a service is for, in the words the help page and the crisis card use. */
export const HELPLINE_PURPOSES = [
  "suicide",
  "distress",
  "supporting_someone",
  "domestic_abuse",
  "young_people",
  "lgbtq",
  "mental_health",
] as const;
export type HelplinePurpose = (typeof HELPLINE_PURPOSES)[number];

/** Plain-language labels for each purpose, for the help page and cards. */
export const PURPOSE_LABELS: Record<HelplinePurpose, string> = {
  suicide: "Thoughts of suicide",
  distress: "Anyone struggling or in distress",
  supporting_someone: "Worried about someone else",
  domestic_abuse: "Abuse or feeling unsafe at home",
  young_people: "Children and young people",
  lgbtq: "LGBTQ+ people",
  mental_health: "Urgent mental health advice",
};

export interface HelplineText {
  /** The number to send a text message to, as typed on a local phone. */
  number: string;
  /** What to write in the first message, when the service asks for a keyword. */
  message?: string;
}

export interface HelplineService {
  /** Stable id, e.g. "gb-samaritans"; an override file replaces a service by its id. */
  id: string;
  name: string;
  /** The number as dialled from a phone in that country. */
  phone?: string;
  /** Other numbers for the same service (e.g. a second free line). */
  otherPhones?: string[];
  text?: HelplineText;
  web?: string;
  hours: string;
  /** ISO 639-1 language codes. */
  languages: string[];
  purposes: HelplinePurpose[];
  /** Whether calls are free of charge from most phones. */
  free: boolean;
  note?: string;
  /** The official page the entry was written from. */
  source: string;
  /** The date (YYYY-MM-DD) the entry was written from that source. */
  checked: string;
}

export interface CountryHelplines {
  /** ISO 3166-1 alpha-2 code, upper case; "INTL" for the fallback entry. */
  code: string;
  name: string;
  /** Emergency numbers, the one to try first first. Empty only for the fallback entry. */
  emergency: string[];
  services: HelplineService[];
}

export interface HelplineDirectory {
  /** Every country, sorted by name. */
  countries: CountryHelplines[];
  /** The entry for people whose country is not listed: call the local emergency number, use a directory. */
  international: CountryHelplines;
  /** The country's entry, or the international one when the code is unknown or missing. */
  forCountry(code: string | undefined | null): CountryHelplines;
  /** Whether the directory lists the country itself (not just the fallback). */
  has(code: string | undefined | null): boolean;
}

const BUILT_IN = fileURLToPath(new URL("./helplines.json", import.meta.url));

/**
 * Loads the built-in directory, then applies the operator's override file if given.
 * Throws an Error listing every problem when either file is malformed.
 *
 * @example loadHelplineDirectory().forCountry("GB").services[0].phone // "116 123"
 */
export function loadHelplineDirectory(overrideFile?: string): HelplineDirectory {
  const problems: string[] = [];
  const base = parseDirectoryFile(readJson(BUILT_IN, problems), "helplines.json", problems, false);
  let countries = base.countries as CountryHelplines[];
  if (overrideFile) {
    const override = parseDirectoryFile(readJson(overrideFile, problems), overrideFile, problems, true);
    countries = mergeCountries(countries, override.countries, overrideFile, problems);
  }
  if (problems.length > 0) {
    throw new Error(`The helpline directory has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  }
  return buildDirectory(countries, base.international);
}

/** Builds a directory from already-validated entries (tests and callers holding their own data). */
export function buildDirectory(
  countries: CountryHelplines[],
  international: CountryHelplines,
): HelplineDirectory {
  const sorted = [...countries].sort((a, b) => a.name.localeCompare(b.name, "en"));
  const byCode = new Map(sorted.map((c) => [c.code, c]));
  return {
    countries: sorted,
    international,
    forCountry: (code) => (code ? byCode.get(code.toUpperCase()) : undefined) ?? international,
    has: (code) => (code ? byCode.has(code.toUpperCase()) : false),
  };
}

let cached: HelplineDirectory | undefined;
/** The built-in directory, loaded once; for callers that were not handed the operator's directory. */
export function defaultHelplineDirectory(): HelplineDirectory {
  cached ??= loadHelplineDirectory();
  return cached;
}

/**
 * Picks the service to name first for a set of needs, in order of preference: the first service
 * serving the first purpose wins, so callers list the most specific need first.
 */
export function pickService(
  country: CountryHelplines,
  purposes: readonly HelplinePurpose[],
  options: { needPhone?: boolean } = {},
): HelplineService | undefined {
  const usable = country.services.filter((s) => !options.needPhone || s.phone);
  for (const purpose of purposes) {
    const found = usable.find((s) => s.purposes.includes(purpose));
    if (found) return found;
  }
  return usable[0];
}

/** A tel: link for a number as written locally ("116 123" → "tel:116123"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, "")}`;
}

/** An sms: link that pre-fills the keyword when the service asks for one. */
export function smsHref(text: HelplineText): string {
  const to = text.number.replace(/[^\d+]/g, "");
  return text.message ? `sms:${to}?body=${encodeURIComponent(text.message)}` : `sms:${to}`;
}

// Regional subtags people use that are not ISO codes.
const REGION_ALIASES: Record<string, string> = { UK: "GB" };
// Languages spoken as a first language in essentially one country; anything else ("de", "en",
// "fr", "es", "pt") is spoken in several countries with different helplines, so we do not guess.
const SINGLE_COUNTRY_LANGUAGES: Record<string, string> = {
  ja: "JP",
  ko: "KR",
  is: "IS",
  cs: "CZ",
  pl: "PL",
  da: "DK",
  fi: "FI",
  nb: "NO",
  nn: "NO",
  no: "NO",
  he: "IL",
};

/**
 * Guesses a country from the browser's Accept-Language header, preferring the tags it ranks
 * highest: "en-GB" → "GB", "fr-FR" → "FR", "de" → undefined (German is spoken in several
 * countries). Only a default for the person to confirm or change; never from the IP address.
 */
export function countryFromAcceptLanguage(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const tags = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((t) => t.tag && t.tag !== "*" && Number.isFinite(t.q) && t.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of tags) {
    const subtags = tag.split(/[-_]/);
    const region = subtags.slice(1).find((s) => /^[a-z]{2}$/i.test(s));
    if (region) {
      const upper = region.toUpperCase();
      return REGION_ALIASES[upper] ?? upper;
    }
    const byLanguage = SINGLE_COUNTRY_LANGUAGES[(subtags[0] ?? "").toLowerCase()];
    if (byLanguage) return byLanguage;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Validation. Hand-written rather than a schema library: the rules that matter here (what a
// dialable number looks like, a checked date, at least one way to reach a service) are specific
// to this file, and the messages name the exact entry an operator has to fix.

interface ParsedFile {
  countries: CountryOverride[];
  international: CountryHelplines;
}

interface CountryOverride {
  code: string;
  name?: string;
  emergency?: string[];
  services?: HelplineService[];
  removeServices?: string[];
}

const PHONE = /^\+?\d[\d -]*\d$/;
const EMERGENCY = /^\d{2,5}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function readJson(path: string, problems: string[]): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    problems.push(`${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? "error"})`);
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    problems.push(`${path}: is not valid JSON (${(err as Error).message})`);
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses a whole file. In an override, countries may be partial (only what changes). */
function parseDirectoryFile(raw: unknown, file: string, problems: string[], partial: boolean): ParsedFile {
  const empty: CountryHelplines = { code: "INTL", name: "Another country", emergency: [], services: [] };
  if (raw === undefined) return { countries: [], international: empty };
  if (!isRecord(raw)) {
    problems.push(`${file}: must be a JSON object with a "countries" list`);
    return { countries: [], international: empty };
  }
  const countries: CountryOverride[] = [];
  if (!Array.isArray(raw.countries)) {
    problems.push(`${file}: "countries" must be a list`);
  } else {
    const seen = new Set<string>();
    raw.countries.forEach((entry, i) => {
      const country = parseCountry(entry, `${file}: countries[${i}]`, problems, partial);
      if (!country) return;
      if (seen.has(country.code)) problems.push(`${file}: countries[${i}]: ${country.code} is listed twice`);
      seen.add(country.code);
      countries.push(country);
    });
  }
  let international = empty;
  if (!partial) {
    const parsed = parseCountry(raw.international, `${file}: international`, problems, false, true);
    if (parsed) international = parsed as CountryHelplines;
  }
  return { countries, international };
}

function parseCountry(
  raw: unknown,
  at: string,
  problems: string[],
  partial: boolean,
  isFallback = false,
): CountryOverride | undefined {
  if (!isRecord(raw)) {
    problems.push(`${at}: must be an object`);
    return undefined;
  }
  const code = typeof raw.code === "string" ? raw.code : "";
  const where = code ? `${at} (${code})` : at;
  if (isFallback ? code !== "INTL" : !/^[A-Z]{2}$/.test(code)) {
    problems.push(
      `${where}: "code" must be ${isFallback ? '"INTL"' : "a two-letter upper-case ISO 3166 code"}`,
    );
  }
  const out: CountryOverride = { code };
  if (raw.name !== undefined || !partial) {
    if (typeof raw.name !== "string" || raw.name.trim() === "") problems.push(`${where}: "name" is required`);
    else out.name = raw.name;
  }
  if (raw.emergency !== undefined || !partial) {
    if (!Array.isArray(raw.emergency)) {
      problems.push(`${where}: "emergency" must be a list of numbers`);
    } else {
      if (!isFallback && raw.emergency.length === 0) {
        problems.push(`${where}: "emergency" needs at least one number`);
      }
      raw.emergency.forEach((n, i) => {
        if (typeof n !== "string" || !EMERGENCY.test(n)) {
          problems.push(`${where}: emergency[${i}] must be 2 to 5 digits, e.g. "112"`);
        }
      });
      out.emergency = raw.emergency.filter((n): n is string => typeof n === "string");
    }
  }
  if (raw.services !== undefined || !partial) {
    if (!Array.isArray(raw.services)) {
      problems.push(`${where}: "services" must be a list`);
    } else {
      if (!partial && raw.services.length === 0)
        problems.push(`${where}: "services" needs at least one service`);
      const ids = new Set<string>();
      out.services = [];
      raw.services.forEach((s, i) => {
        const service = parseService(s, `${where}: services[${i}]`, problems);
        if (!service) return;
        if (ids.has(service.id)) problems.push(`${where}: services[${i}]: id "${service.id}" is used twice`);
        ids.add(service.id);
        out.services?.push(service);
      });
    }
  }
  if (raw.removeServices !== undefined) {
    if (!partial) problems.push(`${where}: "removeServices" only belongs in an override file`);
    if (!Array.isArray(raw.removeServices) || raw.removeServices.some((id) => typeof id !== "string")) {
      problems.push(`${where}: "removeServices" must be a list of service ids`);
    } else {
      out.removeServices = raw.removeServices as string[];
    }
  }
  return out;
}

function parseService(raw: unknown, at: string, problems: string[]): HelplineService | undefined {
  if (!isRecord(raw)) {
    problems.push(`${at}: must be an object`);
    return undefined;
  }
  const where = typeof raw.id === "string" ? `${at} (${raw.id})` : at;
  const before = problems.length;
  const str = (key: string, required: boolean): string | undefined => {
    const v = raw[key];
    if (v === undefined && !required) return undefined;
    if (typeof v !== "string" || v.trim() === "") {
      problems.push(`${where}: "${key}" must be a non-empty string`);
      return undefined;
    }
    return v;
  };
  const id = str("id", true);
  if (id && !ID.test(id)) problems.push(`${where}: "id" must be lower-case letters, digits and dashes`);
  const name = str("name", true);
  const phone = str("phone", false);
  if (phone !== undefined) checkPhone(phone, `${where}: "phone"`, problems);
  let otherPhones: string[] | undefined;
  if (raw.otherPhones !== undefined) {
    if (!Array.isArray(raw.otherPhones)) problems.push(`${where}: "otherPhones" must be a list`);
    else {
      otherPhones = [];
      raw.otherPhones.forEach((p, i) => {
        if (typeof p !== "string") problems.push(`${where}: otherPhones[${i}] must be a string`);
        else {
          checkPhone(p, `${where}: otherPhones[${i}]`, problems);
          otherPhones?.push(p);
        }
      });
    }
  }
  let text: HelplineText | undefined;
  if (raw.text !== undefined) {
    const t = raw.text;
    if (!isRecord(t) || typeof t.number !== "string") {
      problems.push(`${where}: "text" must be an object with a "number"`);
    } else {
      checkPhone(t.number, `${where}: text.number`, problems);
      if (t.message !== undefined && (typeof t.message !== "string" || t.message.trim() === "")) {
        problems.push(`${where}: text.message must be the word to text, or left out`);
      }
      text = typeof t.message === "string" ? { number: t.number, message: t.message } : { number: t.number };
    }
  }
  const web = str("web", false);
  if (web !== undefined) checkUrl(web, `${where}: "web"`, problems);
  const hours = str("hours", true);
  const languages = raw.languages;
  if (
    !Array.isArray(languages) ||
    languages.length === 0 ||
    languages.some((l) => typeof l !== "string" || !/^[a-z]{2}$/.test(l))
  ) {
    problems.push(`${where}: "languages" must list ISO 639-1 codes such as "en"`);
  }
  const purposes = raw.purposes;
  if (
    !Array.isArray(purposes) ||
    purposes.length === 0 ||
    purposes.some((p) => !(HELPLINE_PURPOSES as readonly unknown[]).includes(p))
  ) {
    problems.push(`${where}: "purposes" must list one or more of ${HELPLINE_PURPOSES.join(", ")}`);
  }
  if (typeof raw.free !== "boolean") problems.push(`${where}: "free" must be true or false`);
  const note = str("note", false);
  const source = str("source", true);
  if (source !== undefined) checkUrl(source, `${where}: "source"`, problems);
  const checked = str("checked", true);
  if (checked !== undefined && (!DATE.test(checked) || Number.isNaN(Date.parse(checked)))) {
    problems.push(`${where}: "checked" must be a date written YYYY-MM-DD`);
  }
  if (phone === undefined && text === undefined && web === undefined) {
    problems.push(`${where}: needs at least one of "phone", "text" or "web"`);
  }
  if (problems.length > before) return undefined;
  return {
    id: id as string,
    name: name as string,
    ...(phone !== undefined ? { phone } : {}),
    ...(otherPhones ? { otherPhones } : {}),
    ...(text ? { text } : {}),
    ...(web !== undefined ? { web } : {}),
    hours: hours as string,
    languages: languages as string[],
    purposes: purposes as HelplinePurpose[],
    free: raw.free as boolean,
    ...(note !== undefined ? { note } : {}),
    source: source as string,
    checked: checked as string,
  };
}

function checkPhone(value: string, at: string, problems: string[]): void {
  const digits = value.replace(/\D/g, "").length;
  if (!PHONE.test(value) || digits < 3 || digits > 15) {
    problems.push(`${at}: "${value}" is not a number as dialled (3 to 15 digits, spaces or dashes between)`);
  }
}

function checkUrl(value: string, at: string, problems: string[]): void {
  let ok = false;
  try {
    ok = new URL(value).protocol === "https:";
  } catch {
    ok = false;
  }
  if (!ok) problems.push(`${at}: "${value}" must be an https:// address`);
}

/** Applies an override: new countries are added whole, known ones changed field by field. */
function mergeCountries(
  base: CountryHelplines[],
  overrides: CountryOverride[],
  file: string,
  problems: string[],
): CountryHelplines[] {
  const byCode = new Map(base.map((c) => [c.code, c as CountryHelplines]));
  for (const o of overrides) {
    const existing = byCode.get(o.code);
    if (!existing) {
      if (!o.name || !o.emergency || o.emergency.length === 0 || !o.services || o.services.length === 0) {
        problems.push(`${file}: ${o.code} is a new country, so it needs "name", "emergency" and "services"`);
        continue;
      }
      byCode.set(o.code, { code: o.code, name: o.name, emergency: o.emergency, services: o.services });
      continue;
    }
    let services = [...existing.services];
    for (const id of o.removeServices ?? []) {
      if (!services.some((s) => s.id === id))
        problems.push(`${file}: ${o.code} has no service "${id}" to remove`);
      services = services.filter((s) => s.id !== id);
    }
    for (const s of o.services ?? []) {
      const at = services.findIndex((x) => x.id === s.id);
      if (at >= 0) services[at] = s;
      else services.push(s);
    }
    if (services.length === 0) problems.push(`${file}: ${o.code} would be left with no services`);
    if (o.emergency && o.emergency.length === 0)
      problems.push(`${file}: ${o.code} needs an emergency number`);
    byCode.set(o.code, {
      code: o.code,
      name: o.name ?? existing.name,
      emergency: o.emergency && o.emergency.length > 0 ? o.emergency : existing.emergency,
      services,
    });
  }
  return [...byCode.values()];
}
