/**
 * A small learned second opinion for the crisis screener. The rules in screener.ts are precise
 * but know only the wording they were written for; this linear model, trained on the development
 * corpus by eval/safety/train.ts, reads a message as a bag of hashed word and character n-grams
 * and says how likely it is to carry risk. The screener consults it only where the rules found
 * `none` or `concern`, and only to raise a message (never beyond `urgent`): the rules stay the
 * only ones that say `emergency`, and nothing the rules found is ever lowered.
 *
 * Scoring is plain arithmetic over the weights in classifier-model.json: no dependencies, no I/O
 * after the model is read once, a few microseconds a message. The features are computed from the
 * screener's normalised text (normaliseMessage), so spelling, leetspeak and shorthand are already
 * evened out.
 */
import { readFileSync } from "node:fs";
import { levelRank, orderedCategories } from "./types.js";
import type { RiskCategory, RiskLevel, Screening } from "./types.js";

/** Bump whenever `features` changes what it produces; a model trained on another version is refused. */
export const FEATURE_VERSION = 1;

/** The heads of the model, in the order their weights are interleaved. */
export const HEADS = [
  "concern",
  "urgent",
  "suicide",
  "self_harm",
  "harm_to_others",
  "abuse",
  "medical",
  "other",
] as const;
export type Head = (typeof HEADS)[number];
const CATEGORY_HEADS: RiskCategory[] = ["suicide", "self_harm", "harm_to_others", "abuse", "medical"];

export interface FeatureConfig {
  /** The hashed feature space has 2^bits buckets. */
  bits: number;
  /** Word bigrams as well as single words. */
  bigrams: boolean;
  /** Character n-grams of each word, from `min` to `max` letters (none when max is 0). */
  charMin: number;
  charMax: number;
  /** Word trigrams as well. */
  trigrams: boolean;
  /** Words after a negation ("never", "dont") up to the end of the clause are marked as negated. */
  negation: boolean;
  /** Words of the (at most two) earlier messages, marked apart from this message's. */
  previous: boolean;
  /**
   * Word classes as well (WORD_CLASSES): every word, bigram and trigram that holds a word of a
   * class is counted once more with the class in the word's place, so "a stash of zopiclone"
   * shares what was learnt from "a stash of pills". Absent in models trained before 2026-12-07.
   */
  classes?: boolean;
}

/**
 * Small word classes for `classes` features: the means, places, times and people that risky
 * messages name in endlessly many words, written as normaliseMessage leaves them (repeated letters
 * squeezed, so "pills" is "pils").
 */
const WORD_CLASSES: Record<string, string> = {
  pills:
    "pills pill tablets tablet meds medication medications medicine prescription painkillers antidepressants paracetamol ibuprofen aspirin codeine tramadol oxycodone morphine insulin amitriptyline sertraline citalopram fluoxetine mirtazapine quetiapine propranolol diazepam valium xanax zopiclone lithium packets boxes",
  blade: "blade blades razor razors knife knives scissors shard shards sharpener",
  ligature: "rope ropes belt belts cord cable noose ligature scarf",
  height: "bridge cliff cliffs roof rooftop ledge tower balcony railway tracks motorway carpark building",
  water: "river sea lake reservoir canal water waves",
  gun: "gun guns rifle shotgun pistol firearm",
  poison: "bleach poison weedkiller antifreeze charcoal exhaust fumes",
  soon: "tonight tomorrow today now soon weekend later monday tuesday wednesday thursday friday saturday sunday",
  end: "die dying dead death suicide kill killing unalive kms ending disappear goodbye forever overdose",
  hide: "stash stashed hide hidden hiding saved saving collecting stockpile stockpiling hoard hoarding drawer secret",
  body: "arm arms wrist wrists thigh thighs leg legs skin stomach neck hips",
  hurt: "hurt hurting cut cuts cutting burn burning burns hit hitting punch punching bleed bleeding scratch scratching",
  person:
    "mum mom dad nan gran grandma grandad brother sister son daughter friend mate boyfriend girlfriend partner husband wife bf gf kid kids child baby cousin aunt uncle",
};
const WORD_CLASS = new Map<string, string>();
for (const [name, words] of Object.entries(WORD_CLASSES))
  for (const word of words.split(" ")) WORD_CLASS.set(word.replace(/(.)\1+/g, "$1"), `#${name}`);

const NEGATORS = new Set(
  "not never no dont doesnt didnt wont wouldnt cant cannot couldnt shouldnt isnt arent wasnt werent havent hasnt hadnt nobody nothing nowhere neither nor without".split(
    " ",
  ),
);
const CLAUSE_ENDS = new Set(["|", ",", "?", '"', "but", "though", "although", "however", "except", "and"]);

/** When the second opinion raises a message: the probability each level needs. */
export interface Thresholds {
  /** P(risk at least concern) to raise a message the rules found `none` to `concern`. */
  concern: number;
  /** P(risk at least urgent) to raise a message the rules found `none` or `concern` to `urgent`. */
  urgent: number;
  /** Whether it may raise a message it reads as someone else's risk (the rules decide whose risk best). */
  other: boolean;
}

export interface ClassifierModel {
  featureVersion: number;
  config: FeatureConfig;
  thresholds: Thresholds;
  /** Per head: bias and the scale that turns the quantised weights back into real ones. */
  bias: number[];
  scale: number[];
  /** 2^bits * HEADS.length quantised weights, bucket-major (bucket * heads + head). */
  weights: Int8Array;
}

/** The model file as written by train.ts: weights as base64 of the Int8Array. */
export interface ClassifierModelFile extends Omit<ClassifierModel, "weights"> {
  trainedOn: string;
  heads: string[];
  weights: string;
  /** How much each ordinary-conversation negative weighed in training, and how it was trained (train.ts). */
  ordinaryWeight?: number;
  training?: { l2: number; epochs: number; minCount: number };
  /** How train.ts --cv chose the thresholds, with its figures. */
  choice?: string;
}

export function decodeModel(file: ClassifierModelFile): ClassifierModel {
  if (file.featureVersion !== FEATURE_VERSION)
    throw new Error(
      `classifier-model.json was trained on feature version ${file.featureVersion}, the code is at ${FEATURE_VERSION}: run npm run train:safety`,
    );
  if (file.heads.join() !== HEADS.join())
    throw new Error("classifier-model.json has other heads than the code");
  const buf = Buffer.from(file.weights, "base64");
  const weights = new Int8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  if (weights.length !== (1 << file.config.bits) * HEADS.length)
    throw new Error("classifier-model.json has the wrong number of weights");
  return {
    featureVersion: file.featureVersion,
    config: file.config,
    thresholds: file.thresholds,
    bias: file.bias,
    scale: file.scale,
    weights,
  };
}

let loaded: ClassifierModel | undefined;
/** The shipped model, read once on first use. */
export function defaultModel(): ClassifierModel {
  loaded ??= decodeModel(
    JSON.parse(
      readFileSync(new URL("./classifier-model.json", import.meta.url), "utf8"),
    ) as ClassifierModelFile,
  );
  return loaded;
}

/**
 * FNV-1a, 32 bits, carried on from `h` over s[from, to): the same bucket for the same n-gram in
 * training and at run time. Hashing runs on from a prefix, so no n-gram string is ever built.
 */
function hash(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
const FNV = 0x811c9dc5;

const NUMBER = /^\d+$/;

/**
 * The hashed features of a message: bucket numbers, one per n-gram (repeats count twice).
 * `normalised` and `previous` are normaliseMessage output. `numberShapes: false` leaves out the
 * character n-grams of words that are only digits (see secondOpinion).
 */
export function features(
  normalised: string,
  previous: readonly string[],
  config: FeatureConfig,
  numberShapes = true,
): number[] {
  const mask = (1 << config.bits) - 1;
  const out: number[] = [];
  const add = (prefix: string, text: string) => {
    const seedW = hash(FNV, `${prefix}w `);
    const seedB = hash(FNV, `${prefix}b `);
    const seedT = hash(FNV, `${prefix}t `);
    const seedC = hash(FNV, `${prefix}c `);
    const seedK = hash(FNV, `${prefix}k `);
    const raw = text.split(" ");
    let negated = false;
    let last = "^";
    let last2 = "^";
    // The same stream with word classes in place of their words, and whether each held one.
    let lastK = "^";
    let last2K = "^";
    let lastIsClass = false;
    let last2IsClass = false;
    for (const word of raw) {
      if (!word) continue;
      if (CLAUSE_ENDS.has(word)) negated = false;
      if (word === ",") continue;
      const t = config.negation && negated ? `!${word}` : word;
      if (NEGATORS.has(word)) negated = true;
      // The same buckets as hashing "w t", "b last t" and "t last2 last t" whole.
      out.push(hash(seedW, t) & mask);
      if (config.bigrams) out.push(hash(hash(hash(seedB, last), " "), t) & mask);
      if (config.trigrams) out.push(hash(hash(hash(hash(hash(seedT, last2), " "), last), " "), t) & mask);
      last2 = last;
      last = t;
      if (config.classes) {
        const cls = WORD_CLASS.get(word);
        const k = cls ? (config.negation && negated ? `!${cls}` : cls) : t;
        if (cls) out.push(hash(seedK, k) & mask);
        if (cls || lastIsClass) out.push(hash(hash(hash(seedK, lastK), " "), k) & mask);
        if (cls || lastIsClass || last2IsClass)
          out.push(hash(hash(hash(hash(hash(seedK, last2K), " "), lastK), " "), k) & mask);
        last2K = lastK;
        lastK = k;
        last2IsClass = lastIsClass;
        lastIsClass = cls !== undefined;
      }
      if (config.charMax > 0 && word.length > 2 && (numberShapes || !NUMBER.test(word))) {
        const w = `<${word}>`;
        for (let n = config.charMin; n <= config.charMax; n++)
          for (let i = 0; i + n <= w.length; i++) out.push(hash(seedC, w, i, i + n) & mask);
      }
    }
    if (config.bigrams) out.push(hash(hash(seedB, last), " $") & mask);
  };
  add("", normalised);
  if (config.previous) for (const p of previous.slice(-2)) add("p", p);
  return out;
}

export interface Opinion {
  /** P(at least concern), P(at least urgent). */
  concern: number;
  urgent: number;
  /** P(category | some risk), per category. */
  categories: Record<RiskCategory, number>;
  /** P(the risk is someone else's | some risk). */
  other: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's reading of one message: pure arithmetic over its weights. */
export function classify(
  normalised: string,
  previous: readonly string[],
  model: ClassifierModel = defaultModel(),
): Opinion {
  return opinionOf(features(normalised, previous, model.config), model);
}

/** Every head's reading of a message's buckets. */
function opinionOf(buckets: readonly number[], model: ClassifierModel): Opinion {
  const p = HEADS.map((_, k) => probability(buckets, model, k));
  const categories = {} as Record<RiskCategory, number>;
  CATEGORY_HEADS.forEach((c) => (categories[c] = p[HEADS.indexOf(c)] as number));
  return { concern: p[0] as number, urgent: p[1] as number, categories, other: p[7] as number };
}

/** One head's probability for a message's buckets. */
function probability(buckets: readonly number[], model: ClassifierModel, head: number): number {
  const h = HEADS.length;
  const w = model.weights;
  let sum = 0;
  for (const b of buckets) sum += w[b * h + head] as number;
  const norm = buckets.length > 0 ? 1 / Math.sqrt(buckets.length) : 0;
  return sigmoid((model.bias[head] as number) + sum * (model.scale[head] as number) * norm);
}

/** The level a message's buckets reach on the model's thresholds. */
function levelOf(buckets: readonly number[], model: ClassifierModel): RiskLevel {
  if (probability(buckets, model, 1) >= model.thresholds.urgent) return "urgent";
  return probability(buckets, model, 0) >= model.thresholds.concern ? "concern" : "none";
}

/**
 * What the screener returns once the model has been heard: the rules' screening, raised to the
 * level the model is confident of when that is higher, never lowered and never beyond `urgent`.
 * `cue` says whether the rules saw an idiom ("this exam is killing me"), which the model may not
 * overrule; it is asked only when the model would raise, which is seldom.
 */
export function secondOpinion(
  rules: Screening,
  normalised: string,
  previous: readonly string[],
  cue: () => boolean,
  model: ClassifierModel = defaultModel(),
): Screening {
  if (levelRank(rules.level) >= levelRank("urgent")) return rules;
  // One word and numbers, said again and again ("note 40" after "note 35" and "note 38"): nothing the
  // model can weigh but the pull of a word it learned in other company ("suicide note"), which three
  // times over once read as urgent and put a crisis reply in a load test's conversation.
  const said = [normalised, ...previous].join(" ");
  if (/\d/.test(said) && new Set(said.match(/[a-z]+/g) ?? []).size <= 1) return rules;
  // The two level heads first: most messages stop here, and the other six are never summed.
  const buckets = features(normalised, previous, model.config);
  let level = levelOf(buckets, model);
  if (levelRank(level) <= levelRank(rules.level)) return rules;
  // A number is an endless vocabulary the model cannot learn: the character n-grams of "247" or
  // "278" land by hashing chance in buckets other n-grams trained, and in a short message one such
  // bucket can carry the sum ("note 247" once read as concern). So a raise goes only as far as it
  // holds without the digits' shapes (the words around a number, and the number as a word, still
  // count). On the whole corpus, blind and held-out parts included, this changes no result.
  if (/\d/.test(normalised) || previous.some((p) => /\d/.test(p))) {
    const without = levelOf(features(normalised, previous, model.config, false), model);
    if (levelRank(without) <= levelRank(rules.level)) return rules;
    if (levelRank(without) < levelRank(level)) level = without;
  }
  const o = opinionOf(buckets, model);
  const subject = rules.level === "none" ? (o.other >= 0.5 ? "other" : "self") : rules.subject;
  if ((subject === "other" && !model.thresholds.other) || cue()) return rules;
  const wanted = new Set<RiskCategory>(rules.categories);
  let best: RiskCategory = "suicide";
  for (const c of CATEGORY_HEADS) {
    if (o.categories[c] >= 0.5) wanted.add(c);
    if (o.categories[c] > o.categories[best]) best = c;
  }
  if (wanted.size === 0) wanted.add(best);
  return {
    level,
    categories: orderedCategories(wanted),
    subject,
  };
}
