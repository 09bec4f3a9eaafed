/**
 * The shape of a labelled person message and a compact way to write one, shared by the
 * train and held-out splits so both read as plain lists of what people actually write.
 */
export interface LabelledMessage {
  text: string;
  /** Theme ids from src/reflective/themes.ts; empty when no theme applies. */
  themes: readonly string[];
}

/** `m("i cancelled again", "cancelling_sessions shame")`: labels are space-separated ids. */
export function m(text: string, themes = ""): LabelledMessage {
  return { text, themes: themes.split(/\s+/).filter(Boolean) };
}
