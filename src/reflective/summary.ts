/**
 * The running summary behind "What Maia remembers": what the person has said, in their
 * own words turned to the second person ("You said you cancelled again"). Built from the
 * same mirroring the composer uses, so it never paraphrases into something they did not
 * say, and kept short so the person can read it at a glance and correct or delete it.
 */
import { mirrorableClauses, type Turn } from "./compose.js";
import { classifyInput } from "./text.js";

const MAX_WORDS = 120;
const LEADS = ["You said", "You also said", "You mentioned that", "And you said"];

/**
 * A short summary of the person's turns, most recent kept when space runs out, in the
 * order they were said. Empty string when there is nothing to summarise.
 *
 * @example summarise([{ author: "person", text: "i cancelled my session again" }]) // "You said you cancelled your session again."
 */
export function summarise(turns: Turn[]): string {
  return renderSummary(summaryItems([], turns));
}

/**
 * The clauses a summary is made of, in the order said: `items` (those of the turns before,
 * as an earlier call returned them) followed by those of `turns`. Each turn's clause depends
 * only on its text and the clauses before it, so a summary can be brought up to date from
 * its items and the turns since, without reading every earlier turn again:
 * `renderSummary(summaryItems(summaryItems([], a), b))` is `summarise([...a, ...b])`.
 */
export function summaryItems(items: readonly string[], turns: Turn[]): string[] {
  const out = [...items];
  const personTexts = (Array.isArray(turns) ? turns : [])
    .filter((t) => t && t.author === "person" && typeof t.text === "string")
    .map((t) => t.text)
    .filter((t) => classifyInput(t) === "ordinary");
  for (const text of personTexts) {
    const best = mirrorableClauses(text, out).find((m) => m.firstPerson);
    if (best && !out.some((i) => i === best.turned)) out.push(best.turned);
  }
  return out;
}

/** The summary of `items` (see `summaryItems`): the most recent that fit, in the order said. */
export function renderSummary(items: readonly string[]): string {
  const render = (list: readonly string[]): string =>
    list
      .map((c, i) => {
        const last = i === list.length - 1 && list.length > 2;
        const lead = i === 0 ? LEADS[0]! : last ? LEADS[3]! : LEADS[1 + ((i - 1) % 2)]!;
        return `${lead} ${c}.`;
      })
      .join(" ");
  // Keep the most recent things said; drop the oldest until it fits.
  let chosen = items;
  while (chosen.length > 0 && render(chosen).split(/\s+/).length > MAX_WORDS) chosen = chosen.slice(1);
  return render(chosen);
}
