import { describe, expect, it } from "vitest";
import { buildSummary, DEFAULT_OPENER, summaryMarkdown, type Choices } from "./summary.js";
import type { TakeItMaterial } from "./types.js";

const material: TakeItMaterial = {
  insights: [
    {
      key: "a",
      rule: "r",
      observation: "You felt numb after 3 of your last 4 sessions.",
      question: "What happens then?",
      evidence: { count: 3, outOf: 4, dates: [] },
      links: [],
    },
    {
      key: "b",
      rule: "r",
      observation: "Left out.",
      question: "?",
      evidence: { count: 1, outOf: null, dates: [] },
      links: [],
    },
  ],
  mood: {
    days: 30,
    count: 4,
    average: 4.5,
    lowest: 2,
    highest: 7,
    firstHalfAverage: 6,
    secondHalfAverage: 3,
    commonFeelings: ["numb"],
  },
  checks: [
    {
      kind: "stalled",
      title: "How is therapy feeling lately?",
      headline: "Some signs of feeling stuck",
      reflection: "",
      createdAt: 0,
    },
  ],
  goals: [{ text: "Say when I'm stuck", why: "so it changes" }],
  whyIStarted: "To feel things again",
  sessions: { days: 90, count: 3, notKept: 1, unsaid: [{ date: "2025-06-01", text: "that I'm angry" }] },
};
const none: Choices = {
  opener: "",
  insightKeys: [],
  mood: false,
  checks: false,
  goals: false,
  unsaid: false,
  toSay: "",
};

describe("the Take it to therapy summary", () => {
  it("includes only what was chosen, with the opening sentence first", () => {
    const s = buildSummary(
      material,
      { ...none, insightKeys: ["a"], goals: true, toSay: "I want to slow down\n\n" },
      "1 July 2025",
    );
    expect(s.opener).toBe(DEFAULT_OPENER);
    expect(s.sections.map((x) => x.heading)).toEqual([
      "What I've noticed",
      "What I'm working towards",
      "What I want to say",
    ]);
    expect(s.sections[0]!.items).toEqual([
      "You felt numb after 3 of your last 4 sessions. What happens then?",
    ]);
    expect(s.sections[1]!.items).toEqual([
      "Why I started: To feel things again",
      "Say when I'm stuck (because so it changes)",
    ]);
  });

  it("describes the mood trend in words", () => {
    const s = buildSummary(material, { ...none, mood: true }, "x");
    expect(s.sections[0]!.items[1]).toBe("It went down across the month (6, then 3).");
  });

  it("writes Markdown with the opener as a quote and a heading per section", () => {
    const md = summaryMarkdown(
      buildSummary(material, { ...none, opener: "Can we talk?", unsaid: true, checks: true }, "1 July 2025"),
    );
    expect(md).toContain("# For my next session (1 July 2025)\n\n> Can we talk?");
    expect(md).toContain("## Things I left unsaid\n\n- that I'm angry");
    expect(md).toContain(
      "## My self-checks\n\n- How is therapy feeling lately? Some signs of feeling stuck.",
    );
    expect(md).not.toContain("Left out.");
  });
});
