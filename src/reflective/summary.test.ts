import { describe, expect, it } from "vitest";
import type { Turn } from "./compose.js";
import { renderSummary, summarise, summaryItems } from "./summary.js";

const SAID = [
  "I keep cancelling my sessions and I don't know why.",
  "Work was loud today and I felt small in the meeting.",
  "My sister called and we argued about mum again.",
  "I keep cancelling my sessions and I don't know why.",
  "Why do I always do this?",
  "I felt small again when my manager talked over me in the meeting.",
  "I think I am scared that my sister is right about me.",
  "I walked to the river after work and I felt a bit lighter.",
  "I told my friend about the sessions and she did not judge me.",
  "I want to stop apologising for everything I do at work.",
  "My dad used to say I was too sensitive and I still hear it.",
  "I am tired of feeling like I have to earn rest.",
  "I slept badly, and everything felt heavier than it should.",
];
const turns: Turn[] = SAID.flatMap((text) => [
  { author: "person" as const, text },
  { author: "maia" as const, text: `You said ${text}` },
]);

describe("summaryItems", () => {
  it("brought up to date from earlier items gives the summary of the whole", () => {
    const whole = summarise(turns);
    expect(whole).toMatch(/^You said /);
    for (let cut = 0; cut <= turns.length; cut++) {
      const items = summaryItems(summaryItems([], turns.slice(0, cut)), turns.slice(cut));
      expect(renderSummary(items)).toBe(whole);
      expect(items).toEqual(summaryItems([], turns));
    }
  });

  it("does not change the items it is given", () => {
    const before = summaryItems([], turns.slice(0, 4));
    const copy = [...before];
    summaryItems(before, turns.slice(4));
    expect(before).toEqual(copy);
  });

  it("renders nothing from nothing", () => {
    expect(renderSummary([])).toBe("");
    expect(summaryItems([], [])).toEqual([]);
  });
});
