/**
 * Theme detection: which patterns from the knowledge base a person's message seems to be
 * about, with a confidence. Stored with each message for insights, given to a language
 * model as context when one is configured, and used by the composer to choose what to
 * reflect. Cues are compiled once at load; scoring is a noisy-OR of matched cue weights,
 * so one strong cue or two weak ones are enough, and more evidence raises confidence.
 */
import { normalise } from "./text.js";
import { THEMES, type ThemeId } from "./themes.js";

export interface ThemeScore {
  theme: ThemeId;
  /** 0..1 */
  confidence: number;
}

const STRONG_WEIGHT = 0.7;
const WEAK_WEIGHT = 0.3;
/** One strong cue (0.7) or two weak ones (0.51) clear it; a single weak cue does not. */
export const THEME_THRESHOLD = 0.5;
/** Beyond this, more text adds cost and no accuracy; a reply reads the start and end. */
const MAX_CHARS = 6000;

interface CompiledCue {
  re: RegExp;
  weight: number;
}

function compile(source: string): RegExp {
  const body = source.replace(/ ~ /g, "(?:\\W+[\\w']+){0,3}\\W+");
  return new RegExp(`(?<![\\w'])(?:${body})(?![\\w'])`, "i");
}

const BROAD = new Set(["family", "work", "body", "sleep"]);
const PRIORITY = new Map(THEMES.map((t, i) => [t.id, (BROAD.has(t.id) ? 100 : 0) + i]));

// Each theme also gets one combined pattern: most themes match nothing in a given message,
// and one failed test is far cheaper than fifteen.
const COMPILED: ReadonlyArray<{ theme: ThemeId; any: RegExp; cues: CompiledCue[] }> = THEMES.map((t) => {
  const all = [...t.cues.strong, ...(t.cues.weak ?? [])];
  return {
    theme: t.id,
    any: compile(all.map((c) => `(?:${c})`).join("|")),
    cues: [
      ...t.cues.strong.map((s) => ({ re: compile(s), weight: STRONG_WEIGHT })),
      ...(t.cues.weak ?? []).map((s) => ({ re: compile(s), weight: WEAK_WEIGHT })),
    ],
  };
});

/** Results are pure functions of the text, and the composer asks about the same turns often. */
const cache = new Map<string, ThemeScore[]>();
const CACHE_LIMIT = 2000;

/** Long texts: keep the opening and the ending, where people usually put what matters. */
function clip(text: string): string {
  if (text.length <= MAX_CHARS) return text;
  const half = MAX_CHARS / 2;
  return `${text.slice(0, half)}\n${text.slice(-half)}`;
}

/**
 * Themes in a message, best first, only those above the threshold.
 *
 * @example detectThemes("i cancelled again, i feel so ashamed")
 * // [{ theme: "cancelling_sessions", confidence: 0.7 }, { theme: "shame", confidence: 0.7 }]
 */
export function detectThemes(text: string): ThemeScore[] {
  if (typeof text !== "string" || text.trim().length === 0) return [];
  const cached = cache.get(text);
  if (cached !== undefined) return cached.map((s) => ({ ...s }));
  const scores = scoreThemes(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, scores);
  return scores.map((s) => ({ ...s }));
}

/**
 * The same themes, shared rather than copied: for callers inside the engine that only read
 * them. The composer asks about every earlier turn on every reply, and copying each answer
 * was most of what it allocated.
 */
export function themesOf(text: string): readonly Readonly<ThemeScore>[] {
  if (typeof text !== "string" || text.trim().length === 0) return NONE;
  let cached = cache.get(text);
  if (cached === undefined) {
    cached = scoreThemes(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, cached);
  }
  return cached;
}
const NONE: readonly ThemeScore[] = Object.freeze([]);

/** detectThemes without the cache, for measuring the cost of detection itself. */
export function scoreThemes(text: string): ThemeScore[] {
  const norm = normalise(clip(text));
  const scores: ThemeScore[] = [];
  for (const { theme, any, cues } of COMPILED) {
    if (!any.test(norm)) continue;
    let miss = 1;
    for (const cue of cues) if (cue.re.test(norm)) miss *= 1 - cue.weight;
    const confidence = Math.round((1 - miss) * 1000) / 1000;
    if (confidence >= THEME_THRESHOLD) scores.push({ theme, confidence });
  }
  // On equal confidence, the more specific pattern leads: a message about a brother who
  // died is first about grief, and only then about family.
  return scores.sort(
    (a, b) => b.confidence - a.confidence || (PRIORITY.get(a.theme) ?? 0) - (PRIORITY.get(b.theme) ?? 0),
  );
}
