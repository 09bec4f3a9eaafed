import { describe, expect, it } from "vitest";
import { detectThemes, THEMES } from "./index.js";

describe("theme detection", () => {
  it("finds the patterns a message is about, best first, with confidences between 0 and 1", () => {
    const found = detectThemes("cancelled my session again, i feel so ashamed");
    expect(found.map((t) => t.theme)).toEqual(expect.arrayContaining(["cancelling_sessions", "shame"]));
    for (const t of found) expect(t.confidence).toBeGreaterThan(0.4);
    for (const t of found) expect(t.confidence).toBeLessThanOrEqual(1);
    expect([...found].sort((a, b) => b.confidence - a.confidence)).toEqual(found);
  });

  it("reads phone typing: missing apostrophes and typos", () => {
    expect(detectThemes("therpy doesnt work for me").map((t) => t.theme)).toContain("therapy_doesnt_work");
  });

  it("returns nothing for small talk, empty or non-text input", () => {
    expect(detectThemes("the weather is awful today")).toEqual([]);
    expect(detectThemes("")).toEqual([]);
    expect(detectThemes(undefined as unknown as string)).toEqual([]);
  });

  it("puts grief before family when someone has died", () => {
    expect(detectThemes("my brother died in january")[0]!.theme).toBe("grief");
  });

  it("copes with a huge message (its speed is measured in bench/reflective.bench.ts)", () => {
    const themes = detectThemes("i keep cancelling and i feel like a failure. ".repeat(400));
    expect(themes.length).toBeGreaterThan(0);
  });
});

describe("the knowledge base", () => {
  it("gives every theme the fields the journal and composer rely on", () => {
    const ids = new Set<string>();
    for (const t of THEMES) {
      expect(ids.has(t.id)).toBe(false);
      ids.add(t.id);
      expect(t.label.length).toBeGreaterThan(2);
      expect(t.cues.strong.length).toBeGreaterThan(0);
      expect(t.reflections.length).toBeGreaterThanOrEqual(3);
      expect(t.questions.length).toBeGreaterThanOrEqual(3);
      expect(t.questions.every((q) => q.endsWith("?"))).toBe(true);
      expect(t.journalPrompts.length).toBeGreaterThanOrEqual(2);
      expect(t.journalPrompts.length).toBeLessThanOrEqual(4);
      expect(t.teachablePrompt).toMatch(/\?$/);
      expect(t.takeToTherapy.length).toBeGreaterThan(10);
    }
    expect(THEMES.length).toBeGreaterThanOrEqual(25);
  });

  it("never labels the person or tells them what they should do", () => {
    for (const t of THEMES) {
      const all = [t.label, ...t.reflections, ...t.questions, ...t.options, t.teachablePrompt].join(" ");
      expect(all).not.toMatch(
        /\byou(?:'re| are) (?:a |an )?(?:resistant|avoidant|in denial|people[- ]pleaser)/i,
      );
      expect(all).not.toMatch(/\byou (?:should|must)\b/i);
      // Quoted words are the person's own ("I don't know"); Maia's words speak to "you".
      expect(t.reflections.join(" ").replace(/\u201c[^\u201d]*\u201d/g, "")).not.toMatch(/\b(?:i|me|my)\b/i);
    }
  });
});
