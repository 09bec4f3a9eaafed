/**
 * The built-in reflective engine: an offline Maia that listens, reflects and knows the
 * patterns that make therapy hard to receive. It is the default provider when no language
 * model is configured, the fallback when one is down, and the source of the themes that
 * insights are built from. Everything here is plain, synchronous, dependency-free code.
 */
export {
  composeReply,
  type Author,
  type ReflectiveReply,
  type Turn,
  type Utterance,
  type UtteranceKind,
} from "./compose.js";
export { detectThemes, THEME_THRESHOLD, type ThemeScore } from "./detect.js";
export { renderSummary, summarise, summaryItems } from "./summary.js";
export { THEMES, themeById, type Theme, type ThemeGroup, type ThemeId } from "./themes.js";
export { turnPerspective, asPartOfYou } from "./perspective.js";
