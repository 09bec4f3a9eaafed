/**
 * The bridge to the built-in reflective engine's knowledge base: the themes it finds in
 * what a person writes, a readable name for each, and the journal prompts it offers. The
 * engine's module is read defensively so the reflection tools keep working (with their own
 * prompts and plain theme names) whatever shape the knowledge base takes.
 */
import * as reflective from "../reflective/index.js";

export interface ThemeHit {
  theme: string;
  confidence: number;
}

interface KnownTheme {
  id?: unknown;
  theme?: unknown;
  label?: unknown;
  name?: unknown;
  group?: unknown;
  journalPrompts?: unknown;
}

function knownThemes(): KnownTheme[] {
  const themes = (reflective as unknown as Record<string, unknown>).THEMES;
  if (Array.isArray(themes)) return themes as KnownTheme[];
  if (themes && typeof themes === "object") return Object.values(themes) as KnownTheme[];
  return [];
}

function themeId(theme: KnownTheme): string | undefined {
  const id = theme.id ?? theme.theme;
  return typeof id === "string" ? id : undefined;
}

/** Themes in a text, at most five, most confident first; [] if the engine finds none. */
export function themesOf(text: string): ThemeHit[] {
  const detect = (reflective as unknown as Record<string, unknown>).detectThemes;
  if (typeof detect !== "function") return [];
  const found: unknown = (detect as (t: string) => unknown)(text);
  if (!Array.isArray(found)) return [];
  return found
    .map((hit): ThemeHit | null => {
      if (typeof hit === "string") return { theme: hit, confidence: 1 };
      if (hit && typeof hit === "object" && typeof (hit as ThemeHit).theme === "string")
        return { theme: (hit as ThemeHit).theme, confidence: Number((hit as ThemeHit).confidence) || 0 };
      return null;
    })
    .filter((hit): hit is ThemeHit => hit !== null)
    .slice(0, 5);
}

/** Parses the JSON `[{theme, confidence}]` stored with a message or entry. */
export function parseThemes(raw: string | null): ThemeHit[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed)
      ? parsed.filter((t): t is ThemeHit => !!t && typeof (t as ThemeHit).theme === "string")
      : [];
  } catch {
    return [];
  }
}

/**
 * A theme's name for use inside a sentence ("you wrote about …"): an area of life in
 * lower case ("family"), a pattern's label in quotation marks ("“Going quiet”"), since a
 * pattern's label describes what was written, never the person.
 */
export function themeName(id: string): string {
  const known = knownThemes().find((t) => themeId(t) === id);
  const raw = known?.label ?? known?.name;
  const label = typeof raw === "string" && raw.trim() ? raw.trim() : id.replace(/[_-]+/g, " ").trim();
  if (!known || known.group === "everyday") return label.replace(/^./, (c) => c.toLowerCase());
  return label.startsWith("\u201c") ? label : `\u201c${label}\u201d`;
}

/** Our own prompts, used beside (or, until it has some, instead of) the knowledge base's. */
const OWN_PROMPTS = [
  "What did you not say in your last session?",
  "What would you want your therapist to understand about this week?",
  "When did you last feel truly heard? What made it so?",
  "What do you hope will be different a few months from now?",
  "Is there something you keep coming back to? What keeps it there?",
  "What made it hard to go, or easy to go, to your last session?",
  "If therapy could work differently for you, what would that look like?",
  "What small thing went a little better than expected lately?",
];

export interface JournalPrompt {
  text: string;
  theme: string | null;
}

/** The knowledge base's journal prompts (THEMES[].journalPrompts), then ours; no repeats. */
export function journalPrompts(): JournalPrompt[] {
  const prompts: JournalPrompt[] = [];
  const seen = new Set<string>();
  const add = (text: unknown, theme: string | null) => {
    if (typeof text !== "string" || !text.trim() || seen.has(text.trim())) return;
    seen.add(text.trim());
    prompts.push({ text: text.trim(), theme });
  };
  for (const theme of knownThemes())
    if (Array.isArray(theme.journalPrompts))
      for (const p of theme.journalPrompts) add(p, themeId(theme) ?? null);
  for (const p of OWN_PROMPTS) add(p, null);
  return prompts;
}
