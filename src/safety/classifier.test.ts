import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CHECK_MAX_RAISED,
  IDIOMS_AND_NEGATIONS,
  RISKY_PARAPHRASES,
  isCheckUnit,
  ordinaryConversation,
} from "../../eval/safety/second-opinion.js";
import {
  FEATURE_VERSION,
  HEADS,
  classify,
  decodeModel,
  defaultModel,
  secondOpinion,
  type ClassifierModelFile,
} from "./classifier.js";
import { normaliseMessage, screenByRules, screenMessage } from "./screener.js";
import { levelRank, type Screening } from "./types.js";

const MODEL_URL = new URL("./classifier-model.json", import.meta.url);

describe("the learned second opinion's model file", () => {
  it("loads, matches the feature version of the code and stays small", () => {
    const file = JSON.parse(readFileSync(MODEL_URL, "utf8")) as ClassifierModelFile;
    expect(file.featureVersion).toBe(FEATURE_VERSION);
    expect(file.heads).toEqual([...HEADS]);
    expect(statSync(MODEL_URL).size).toBeLessThan(1024 * 1024);
    const model = defaultModel();
    expect(model.weights.length).toBe((1 << model.config.bits) * HEADS.length);
    expect(model.thresholds.concern).toBeGreaterThan(0.5);
    expect(model.thresholds.urgent).toBeGreaterThan(0.5);
  });

  it("refuses a model trained on another feature version", () => {
    const file = JSON.parse(readFileSync(MODEL_URL, "utf8")) as ClassifierModelFile;
    expect(() => decodeModel({ ...file, featureVersion: FEATURE_VERSION + 1 })).toThrow(/feature version/);
  });

  it("scores the same message the same way every time, with probabilities", () => {
    const text = normaliseMessage("i keep thinking everyone would cope fine if i vanished for good");
    const a = classify(text, []);
    const b = classify(text, []);
    expect(a).toEqual(b);
    for (const p of [a.concern, a.urgent, a.other, ...Object.values(a.categories)]) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });
});

describe("the screener with the second opinion", () => {
  // Worded unlike any message in the development corpus.
  const risky = RISKY_PARAPHRASES;
  const withModel = (text: string) => screenMessage(text, {}, defaultModel());

  it.each(risky)("raises a risky paraphrase: %s", (text) => {
    expect(withModel(text).level).not.toBe("none");
  });

  it.each(IDIOMS_AND_NEGATIONS)("leaves an idiom or a negation alone: %s", (text) => {
    expect(withModel(text).level).toBe("none");
  });

  it("never lowers what the rules found, and never says emergency on its own", () => {
    const messages = [
      ...risky,
      "i want to die",
      "i have the pills here and im taking them tonight",
      "everyone would be better off without me",
      "my dad hits me when he's been drinking",
      "i took 30 paracetamol an hour ago",
      "kms this homework is unreal",
    ];
    for (const text of messages) {
      const rules = screenByRules(text);
      const both = withModel(text);
      expect(levelRank(both.level)).toBeGreaterThanOrEqual(levelRank(rules.level));
      if (rules.level !== "emergency") expect(both.level).not.toBe("emergency");
      for (const c of rules.categories) expect(both.categories).toContain(c);
    }
  });

  it("does not raise a message on the shape of a number", () => {
    // By hashing chance "247" and "278" once read as concern after an ordinary word: in a
    // test's "note 247" a load test saw a crisis reply where it expected an ordinary one.
    expect(withModel("note 247").level).toBe("none");
    expect(withModel("message 278").level).toBe("none");
    const raised: string[] = [];
    for (const word of ["note", "message", "page", "room", "order number", "chapter"])
      for (let n = 0; n <= 3000; n++)
        if (withModel(`${word} ${n}`).level !== "none") raised.push(`${word} ${n}`);
    expect(raised).toEqual([]);
    // Nor one word and numbers said again and again: "note 40" after "note 35" and "note 38" once read
    // as urgent (the load test's conversations are made of such messages).
    const again: string[] = [];
    for (let n = 3; n <= 120; n++)
      for (let gap = 1; gap <= 12; gap++)
        if (n - 2 * gap > 0) {
          const previous = [`note ${n - 2 * gap}`, `note ${n - gap}`];
          if (screenMessage(`note ${n}`, { previous }).level !== "none")
            again.push(`note ${n} after ${previous.join(", ")}`);
        }
    expect(again).toEqual([]);
    expect(screenMessage("note 40", { previous: ["note 35", "note 38"] }).level).toBe("none");
    // Numbers that are part of what is said still count.
    expect(withModel("i took 30 paracetamol an hour ago").level).toBe("emergency");
  });

  it("does not overrule an idiom the rules recognised", () => {
    const model = { ...defaultModel(), thresholds: { concern: 0, urgent: 0, other: true } };
    const none: Screening = { level: "none", categories: [], subject: "self" };
    expect(secondOpinion(none, normaliseMessage("this exam is killing me"), [], () => true, model)).toBe(
      none,
    );
    expect(secondOpinion(none, normaliseMessage("anything at all"), [], () => false, model).level).toBe(
      "urgent",
    );
  });

  it("is on as shipped, and off when asked for", () => {
    for (const text of risky) {
      expect(screenMessage(text)).toEqual(screenMessage(text, {}, defaultModel()));
      expect(screenMessage(text, {}, null)).toEqual(screenByRules(text));
    }
    // Wording the rules have no phrase for, raised by the shipped model.
    const unseen = "nobody would even notice the gap where i was";
    expect(screenByRules(unseen).level).toBe("none");
    expect(screenMessage(unseen).level).toBe("concern");
  });

  it("leaves alone the ordinary messages an earlier model raised", () => {
    // An earlier model (2026-12-04) raised these ordinary messages to concern, which kept the
    // second opinion off until a model passed the acceptance rule without doing so.
    const ordinary: [string, string[]][] = [
      ["maybe writing would be easier", ["nobody in my house talked about anything"]],
      ["note 153", ["note 129"]],
    ];
    for (const [text, previous] of ordinary) expect(screenMessage(text, { previous }).level).toBe("none");
  });
});

describe("ordinary conversation: the benign CHECK set (eval/safety/second-opinion.ts)", () => {
  const { train, check } = ordinaryConversation();
  const unit = (line: string) => line.slice(0, line.lastIndexOf("#"));

  it("is split from the training negatives by whole units, the same way every time", () => {
    const trainUnits = new Set(train.map((i) => unit(i.line)));
    for (const item of check) expect(trainUnits.has(unit(item.line))).toBe(false);
    for (const item of train) expect(isCheckUnit(unit(item.line))).toBe(false);
    expect(ordinaryConversation()).toEqual({ train, check });
    expect(check.some((i) => i.text === "note 153" && i.previous.join() === "note 129")).toBe(true);
  });

  it(`is raised above the rules on at most ${CHECK_MAX_RAISED} message by the screener as shipped`, () => {
    const raised = check.filter((item) => {
      const options = { previous: item.previous };
      return (
        levelRank(screenMessage(item.text, options).level) >
        levelRank(screenByRules(item.text, options).level)
      );
    });
    expect(raised.length, `raised: ${raised.map((i) => i.line).join(", ")}`).toBeLessThanOrEqual(
      CHECK_MAX_RAISED,
    );
  });
});
