import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
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

  it.each([
    "this exam is killing me",
    "i would never hurt myself",
    "i could murder a pizza right now",
    "my phone is dying, text you later",
    "that comedian absolutely killed it last night",
    "i'm dead tired after the night shift",
    "i'm not suicidal, just really tired of my job",
  ])("leaves an idiom or a negation alone: %s", (text) => {
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

  it("is off unless asked for: the screener as shipped is the rules alone", () => {
    for (const text of risky) {
      expect(screenMessage(text)).toEqual(screenByRules(text));
      expect(screenMessage(text, {}, null)).toEqual(screenByRules(text));
    }
  });

  it("leaves ordinary conversation alone as shipped, where the model would raise it", () => {
    // Messages from ordinary conversations (eval/reflective) that the model raises to concern:
    // the reason it is off by default.
    const ordinary: [string, string[]][] = [
      ["maybe writing would be easier", ["nobody in my house talked about anything"]],
      ["note 153", ["note 129"]],
    ];
    for (const [text, previous] of ordinary) {
      expect(screenMessage(text, { previous }, defaultModel()).level).not.toBe("none");
      expect(screenMessage(text, { previous }).level).toBe("none");
    }
  });
});

const RISKY_PARAPHRASES: string[] = [
  "what is the point of waking up tomorrow",
  "i keep pressing the blade against my arm harder each night",
  "i have a stash of my nans sleeping pills in my sock drawer for when i cant take it",
];
