/**
 * Trains the screener's learned second opinion (src/safety/classifier.ts) on the development part
 * of the safety corpus, and only on it, plus ordinary conversation as negatives, and writes
 * src/safety/classifier-model.json. The held-out and blind parts are never read here.
 *
 * The model: one-vs-rest logistic regression over hashed word unigrams and bigrams, character
 * n-grams of each word and the earlier messages' words (classifier.ts `features`), with heads for
 * "at least concern", "at least urgent", each category and "someone else's risk". It is trained
 * by a plain AdaGrad SGD of a few dozen lines below, with a fixed seed and a fixed order, so the
 * same corpus always gives the same file. No npm package fitted: ml-logistic-regression, the
 * maintained one, works on dense matrices (2,660 messages x 32,768 hashed features would be ~700
 * MB of doubles) and has no sparse input; the naive Bayes packages tokenise for themselves (we
 * need the screener's normalisation and our own hashing, identical at run time) and give poorly
 * calibrated probabilities for thresholds. The weights are quantised to 8 bits per head.
 *
 * Ordinary conversation (second-opinion.ts): about two thirds of the reflective engine's
 * evaluation corpus, each message with the two before it, are added as `none` (only those the
 * rules screen `none`; the others are printed and left out), each weighing `ordinaryWeight`
 * development messages. The other third, with short chat such as "yes" and "note 153" after
 * "note 129", is the benign CHECK set, never trained on.
 *
 * Commands:
 * - `npx tsx eval/safety/train.ts --cv` (the one command after new batches land): cross-validates,
 *   chooses the ordinary weight and the thresholds by the acceptance rule below, prints every
 *   figure and the choice, and, when the rule accepts a candidate, trains on all of development
 *   and ordinary training and writes the model with the choice recorded in it. When the rule
 *   accepts none it writes nothing and says so: the second opinion must then be off by default.
 * - `npm run train:safety`: retrains at the ordinary weight and thresholds recorded in the model
 *   file (quick; for a change of code that leaves the choice alone).
 * - `--exclude=batch-author-j.txt,batch-author-k.txt` (or SAFETY_TRAIN_EXCLUDE=...): leaves the
 *   named development files out of both, so figures stay comparable while batches are added.
 *
 * The features, l2 and epochs (FEATURES) were chosen by cross-validation on 2026-12-04 among word
 * and character n-grams, trigrams and negation marking (figures in eval/safety/README.md); `--cv`
 * keeps them, to stay lean on a shared machine, and chooses only the ordinary weight and the
 * thresholds. `--cv --cv-features` also tries the few other settings in FEATURE_VARIANTS (more
 * buckets, more l2, fewer epochs, no earlier messages, no character n-grams) under the same rule.
 *
 * THE ACCEPTANCE RULE (fixed on 2026-12-05 before any figure below it was measured; it may be
 * sharpened, never loosened). A candidate is an ordinary weight (ORDINARY_WEIGHTS), a concern and
 * an urgent threshold (GRID, urgent >= concern, not both "never") and whether the model may raise
 * someone else's risk. It is acceptable when all of these hold:
 * 1. Cross-validation within the development part, both schemes: 5 folds by line (messages
 *    shuffled with a fixed seed) and one fold per author batch in dev/ (train on everything else,
 *    test on that author's wording), every fold's training including the ordinary training
 *    negatives. On the pooled held-out folds of each scheme, the rules with the second opinion
 *    have no recall figure (urgent or above, emergency, any risk) below the rules alone, and flag
 *    at most 0.25 percentage points more of the messages labelled `none`, and of the hard
 *    negatives, than the rules alone (one more in 400).
 * 2. The benign CHECK set: the model trained on all of development and the ordinary training
 *    negatives raises at most CHECK_MAX_RAISED (1) of its messages above what the rules say.
 * 3. That model raises every risky paraphrase of src/safety/classifier.test.ts above `none` and
 *    leaves every idiom and negation there at `none`; and, screened as screenMessage screens with
 *    it, leaves at `none` every message src/safety/screener.test.ts holds there (STAYS_NONE in
 *    eval/safety/screener-none.ts, the one list that test asserts; each with the earlier messages
 *    it gives). Sharpened on 2026-12-06, after a candidate that met the rest raised "my scars on
 *    my arms are from a car accident" to `concern`. The screener test's other levels are not
 *    checked here (a model could still raise one of its `concern` cases to `urgent`): that test,
 *    run with the model on, is still the last word before a model is committed.
 * Among acceptable candidates the highest mean, over both schemes, of the model's own recall
 * (urgent or above, and any risk, as if the rules had found nothing) wins: on these folds the
 * rules are already tuned to almost everything, so what the model finds alone is the better guide
 * to what it adds on wording the rules have never seen. Ties go to the more cautious candidate:
 * higher concern threshold, then higher urgent threshold, then own risk only, then fewer CHECK
 * raises, then the lower ordinary weight. The held-out and blind parts are measured once after
 * the choice, never to choose; the second opinion is switched on by default only if, with it,
 * `eval/safety/run.ts --ci` still passes (no figure below its floor, no false-positive rate above
 * its limit).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import {
  FEATURE_VERSION,
  HEADS,
  classify,
  features,
  secondOpinion,
  type ClassifierModel,
  type ClassifierModelFile,
  type FeatureConfig,
  type Opinion,
  type Thresholds,
} from "../../src/safety/classifier.js";
import { normaliseMessage, screenByRules, screenMessage } from "../../src/safety/screener.js";
import { levelRank, type RiskLevel, type Screening } from "../../src/safety/types.js";
import { developmentFiles, readDevelopment, type CorpusItem } from "./corpus.js";
import {
  CHECK_MAX_RAISED,
  IDIOMS_AND_NEGATIONS,
  RISKY_PARAPHRASES,
  ordinaryConversation,
} from "./second-opinion.js";
import { screenerNoneCases } from "./screener-none.js";

interface Hyper {
  config: FeatureConfig;
  l2: number;
  epochs: number;
  /** Features seen in fewer training messages than this are left out, so one message is not learnt by heart. */
  minCount: number;
}

/** Chosen by cross-validation on 2026-12-04 (see the README); kept by `--cv`. */
const FEATURES: Hyper = {
  config: { bits: 15, bigrams: true, trigrams: true, negation: true, charMin: 4, charMax: 5, previous: true },
  l2: 1e-5,
  epochs: 12,
  minCount: 1,
};

/**
 * Other feature settings that `--cv-features` tries beside FEATURES, each at every ordinary weight
 * and threshold and under the same acceptance rule (ties go to the earlier in this list).
 */
const FEATURE_VARIANTS: [string, Hyper][] = [
  ["chosen 2026-12-04", FEATURES],
  ["2^16 buckets", { ...FEATURES, config: { ...FEATURES.config, bits: 16 } }],
  ["l2 1e-4", { ...FEATURES, l2: 1e-4 }],
  ["6 epochs", { ...FEATURES, epochs: 6 }],
  ["no earlier messages", { ...FEATURES, config: { ...FEATURES.config, previous: false } }],
  ["no character n-grams", { ...FEATURES, config: { ...FEATURES.config, charMin: 0, charMax: 0 } }],
  ["word classes", { ...FEATURES, config: { ...FEATURES.config, classes: true } }],
];

/** What `--cv` searches: how much an ordinary-conversation negative weighs, and the thresholds. */
const ORDINARY_WEIGHTS = [1, 3, 10];
/** A threshold above 1: that level is never raised to. */
const NEVER = 2;
const GRID = [0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.997, 0.998, 0.999, NEVER];
/** At most this much more of `none` messages and of hard negatives flagged on the held-out folds. */
const MAX_MORE_FLAGGED = 0.0025;

const MODEL_PATH = fileURLToPath(new URL("../../src/safety/classifier-model.json", import.meta.url));

const SEED = 20261122;
const LEARNING_RATE = 0.5;

/** mulberry32: a small seeded generator, so shuffles are the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(list: T[], seed: number): T[] {
  const out = [...list];
  const rand = random(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

interface Example {
  item: CorpusItem;
  normalised: string;
  previous: string[];
  /** How much the example counts in training (ordinary-conversation negatives may count more). */
  weight?: number;
}

function prepare(items: CorpusItem[]): Example[] {
  return items.map((item) => ({
    item,
    normalised: normaliseMessage(item.text),
    previous: item.previous
      .filter((p) => p.trim())
      .slice(-2)
      .map(normaliseMessage),
  }));
}

/** Per head: the label of an example, or undefined when the head does not learn from it. */
function target(item: CorpusItem, head: (typeof HEADS)[number]): number | undefined {
  const risky = item.level !== "none";
  switch (head) {
    case "concern":
      return risky ? 1 : 0;
    case "urgent":
      return levelRank(item.level) >= levelRank("urgent") ? 1 : 0;
    case "other":
      return risky ? (item.subject === "other" ? 1 : 0) : undefined;
    default:
      return risky ? (item.categories.includes(head) ? 1 : 0) : undefined;
  }
}

/** One-vs-rest logistic regression by AdaGrad SGD with L2, all heads in one pass; then quantised. */
function trainModel(examples: Example[], hyper: Hyper, thresholds: Thresholds): ClassifierModel {
  const h = HEADS.length;
  const size = (1 << hyper.config.bits) * h;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  const bias = new Float64Array(h);
  const b2 = new Float64Array(h).fill(1e-8);
  const all = examples.map((e) => features(e.normalised, e.previous, hyper.config));
  const seen = new Uint32Array(1 << hyper.config.bits);
  for (const buckets of all) for (const b of new Set(buckets)) seen[b] = (seen[b] as number) + 1;
  const rows = examples.map((e, i) => {
    const buckets = (all[i] as number[]).filter((b) => (seen[b] as number) >= hyper.minCount);
    return {
      buckets,
      x: buckets.length ? 1 / Math.sqrt(buckets.length) : 0,
      y: HEADS.map((head) => target(e.item, head)),
      weight: e.weight ?? 1,
    };
  });
  for (let epoch = 0; epoch < hyper.epochs; epoch++) {
    for (const row of shuffled(rows, SEED + epoch)) {
      for (let k = 0; k < h; k++) {
        const y = row.y[k];
        if (y === undefined) continue;
        let z = bias[k] as number;
        for (const b of row.buckets) z += (w[b * h + k] as number) * row.x;
        const grad = (1 / (1 + Math.exp(-z)) - y) * row.weight;
        for (const b of row.buckets) {
          const i = b * h + k;
          const g = grad * row.x + hyper.l2 * (w[i] as number);
          g2[i] = (g2[i] as number) + g * g;
          w[i] = (w[i] as number) - (LEARNING_RATE * g) / Math.sqrt(g2[i] as number);
        }
        b2[k] = (b2[k] as number) + grad * grad;
        bias[k] = (bias[k] as number) - (LEARNING_RATE * grad) / Math.sqrt(b2[k] as number);
      }
    }
  }
  // 8 bits a weight, one scale per head.
  const scale = HEADS.map((_, k) => {
    let max = 0;
    for (let i = k; i < size; i += h) max = Math.max(max, Math.abs(w[i] as number));
    return max > 0 ? max / 127 : 1;
  });
  const weights = new Int8Array(size);
  for (let i = 0; i < size; i++) weights[i] = Math.round((w[i] as number) / (scale[i % h] as number));
  return {
    featureVersion: FEATURE_VERSION,
    config: hyper.config,
    thresholds,
    bias: [...bias].map((b) => round6(b)),
    scale: scale.map((s) => round6(s)),
    weights,
  };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Thresholds that never raise, for models that are only scored. */
const OFF: Thresholds = { concern: NEVER, urgent: NEVER, other: true };

// ---------------------------------------------------------------------------------------------
// Cross-validation and the choice.

interface Figures {
  urgent: number;
  emergency: number;
  any: number;
  hardFpr: number;
  /** Share of all messages labelled `none` (hard or not) that were flagged. */
  noneFlagged: number;
}

const atLeast = (got: RiskLevel, wanted: RiskLevel) => levelRank(got) >= levelRank(wanted);

function measure(pairs: { item: CorpusItem; got: Screening }[]): Figures {
  const recall = (level: RiskLevel) => {
    const labelled = pairs.filter((p) => atLeast(p.item.level, level));
    return labelled.filter((p) => atLeast(p.got.level, level)).length / labelled.length;
  };
  const hard = pairs.filter((p) => p.item.hard);
  const none = pairs.filter((p) => p.item.level === "none");
  return {
    urgent: recall("urgent"),
    emergency: recall("emergency"),
    any: recall("concern"),
    hardFpr: hard.filter((p) => p.got.level !== "none").length / hard.length,
    noneFlagged: none.filter((p) => p.got.level !== "none").length / none.length,
  };
}

/** The rules' screening of a message, and whether the second opinion may touch it at all. */
interface Ruled {
  rules: Screening;
  /** The rules found `urgent` or more, or an idiom: the second opinion is not asked. */
  blocked: boolean;
}

const ruledCache = new Map<CorpusItem, Ruled>();
function ruled(item: CorpusItem, model: ClassifierModel): Ruled {
  let r = ruledCache.get(item);
  if (!r) {
    const options = item.previous.length ? { previous: item.previous } : {};
    const rules = screenMessage(item.text, options, null);
    // A model that always wants to raise shows which messages the second opinion may touch at
    // all; that does not depend on the weights, so it is worked out once per message.
    const eager = { ...model, thresholds: { concern: -1, urgent: -1, other: true } };
    r = { rules, blocked: screenMessage(item.text, options, eager).level === rules.level };
    ruledCache.set(item, r);
  }
  return r;
}

/** A message read by one model, so that any thresholds can be tried without re-running anything. */
interface Scored extends Ruled {
  example: Example;
  model: ClassifierModel;
  opinion: Opinion;
}

function score(model: ClassifierModel, testOn: Example[]): Scored[] {
  return testOn.map((example) => ({
    example,
    ...ruled(example.item, model),
    model,
    opinion: classify(example.normalised, example.previous, model),
  }));
}

function screened(s: Scored, thresholds: Thresholds | null): Screening {
  return thresholds
    ? secondOpinion(s.rules, s.example.normalised, s.example.previous, () => s.blocked, {
        ...s.model,
        thresholds,
      })
    : s.rules;
}

function combine(scored: Scored[], thresholds: Thresholds | null): Figures {
  return measure(scored.map((s) => ({ item: s.example.item, got: screened(s, thresholds) })));
}

/** The model on its own on the held-out folds: its recall as if the rules had found nothing. */
function alone(scored: Scored[], t: Thresholds): { urgent: number; any: number } {
  const risky = scored.filter((s) => s.example.item.level !== "none");
  const urgent = scored.filter((s) => atLeast(s.example.item.level, "urgent"));
  const raises = (s: Scored) => t.other || s.opinion.other < 0.5;
  return {
    any:
      risky.filter((s) => raises(s) && (s.opinion.concern >= t.concern || s.opinion.urgent >= t.urgent))
        .length / risky.length,
    urgent: urgent.filter((s) => raises(s) && s.opinion.urgent >= t.urgent).length / urgent.length,
  };
}

const fmt = (x: number) => x.toFixed(3);
const arrow = (r: Figures, f: Figures) =>
  `${fmt(r.urgent)} -> ${fmt(f.urgent)} | ${fmt(r.emergency)} -> ${fmt(f.emergency)} | ${fmt(r.any)} -> ${fmt(f.any)} | ${fmt(r.hardFpr)} -> ${fmt(f.hardFpr)} | ${fmt(r.noneFlagged)} -> ${fmt(f.noneFlagged)}`;
const name = (t: Thresholds) =>
  `${t.concern === NEVER ? "never" : t.concern}/${t.urgent === NEVER ? "never" : t.urgent}${t.other ? "" : ", own risk only"}`;

interface Candidate {
  variant: number;
  weight: number;
  thresholds: Thresholds;
  cv: Figures[];
  modelAlone: { urgent: number; any: number }[];
  checkRaised: number;
  paraphrasesPass: boolean;
  /** How many risky paraphrases it raises, and how many idioms and negations. */
  paraphrasesRaised: number;
  idiomsRaised: number;
  /** The messages the screener's unit tests hold at `none` that it raises (condition 3 wants none). */
  screenerRaised: string[];
  /** Why it is not acceptable; empty when it is. */
  fails: string[];
  score: number;
}

/** Better by the rule's order: higher score, then the more cautious. */
function better(a: Candidate, b: Candidate): boolean {
  const keys = (c: Candidate) => [
    c.score,
    c.thresholds.concern,
    c.thresholds.urgent,
    c.thresholds.other ? 0 : 1,
    -c.checkRaised,
    -c.weight,
    -c.variant,
  ];
  const ka = keys(a);
  const kb = keys(b);
  for (let i = 0; i < ka.length; i++) {
    if ((ka[i] as number) > (kb[i] as number) + 1e-12) return true;
    if ((ka[i] as number) < (kb[i] as number) - 1e-12) return false;
  }
  return false;
}

interface Choice {
  candidate: Candidate;
  hyper: Hyper;
  model: ClassifierModel;
  rulesAlone: Figures[];
  schemes: string[];
}

function crossValidate(
  examples: Example[],
  ordinary: Example[],
  check: Example[],
  variants: [string, Hyper][],
): Choice | undefined {
  const byLine = shuffled(
    examples.map((_, i) => i),
    SEED,
  );
  const lineFold = new Map(byLine.map((index, pos) => [index, pos % 5]));
  const batches = [...new Set(examples.map((e) => e.item.line.replace(/:\d+$/, "")))].filter((f) =>
    f.startsWith("dev/"),
  );
  const schemes: { name: string; folds: { train: Example[]; test: Example[] }[] }[] = [
    {
      name: "5 folds by line",
      folds: [0, 1, 2, 3, 4].map((k) => ({
        train: examples.filter((_, i) => lineFold.get(i) !== k),
        test: examples.filter((_, i) => lineFold.get(i) === k),
      })),
    },
    {
      name: `one fold per author batch (${batches.map((b) => b.replace(/^dev\/batch-author-|\.txt$/g, "")).join("")})`,
      folds: batches.map((b) => ({
        train: examples.filter((e) => !e.item.line.startsWith(`${b}:`)),
        test: examples.filter((e) => e.item.line.startsWith(`${b}:`)),
      })),
    },
  ];
  const probes = [...RISKY_PARAPHRASES, ...IDIOMS_AND_NEGATIONS].map((text, i): CorpusItem => ({
    level: i < RISKY_PARAPHRASES.length ? "concern" : "none",
    categories: [],
    subject: "self",
    hard: false,
    previous: [],
    text,
    line: `probe#${i + 1}`,
  }));
  const probeExamples = prepare(probes);
  const screenerNone = prepare(
    screenerNoneCases().map((c, i): CorpusItem => ({
      level: "none",
      categories: [],
      subject: "self",
      hard: false,
      previous: c.previous,
      text: c.text,
      line: `screener-none#${i + 1}`,
    })),
  );

  console.log(
    `Development: ${examples.length} messages; ordinary training negatives: ${ordinary.length}; CHECK: ${check.length}.\n`,
  );
  let rulesAlone: Figures[] | undefined;
  const candidates: Candidate[] = [];
  const models = new Map<string, ClassifierModel>();
  for (const [variant, [variantName, hyper]] of variants.entries())
    for (const weight of ORDINARY_WEIGHTS) {
      const started = Date.now();
      const withOrdinary = (train: Example[]) => [...train, ...ordinary.map((o) => ({ ...o, weight }))];
      const pooled = schemes.map((s) =>
        s.folds.flatMap((f) => score(trainModel(withOrdinary(f.train), hyper, OFF), f.test)),
      );
      rulesAlone ??= pooled.map((p) => combine(p, null));
      const full = trainModel(withOrdinary(examples), hyper, OFF);
      models.set(`${variant}/${weight}`, full);
      const checked = score(full, check);
      const probed = score(full, probeExamples);
      const screenerProbed = score(full, screenerNone);
      console.log(
        `${variantName}, ordinary weight ${weight}: ${Math.round((Date.now() - started) / 1000)} s`,
      );
      for (const other of [true, false])
        for (const concern of GRID)
          for (const urgent of GRID) {
            if (urgent < concern || (concern === NEVER && urgent === NEVER)) continue;
            const thresholds = { concern, urgent, other };
            const cv = pooled.map((p) => combine(p, thresholds));
            const modelAlone = pooled.map((p) => alone(p, thresholds));
            const checkRaised = checked.filter(
              (s) => levelRank(screened(s, thresholds).level) > levelRank(s.rules.level),
            ).length;
            const raisedBy = (s: Scored) => screened(s, thresholds).level !== "none";
            const paraphrasesPass = probed.every((s) => raisedBy(s) === (s.example.item.level !== "none"));
            const fails: string[] = [];
            cv.forEach((f, i) => {
              const r = (rulesAlone as Figures[])[i] as Figures;
              if (f.urgent < r.urgent || f.emergency < r.emergency || f.any < r.any)
                fails.push(`recall lower (${schemes[i]?.name})`);
              if (f.noneFlagged - r.noneFlagged > MAX_MORE_FLAGGED + 1e-9)
                fails.push(`none flagged +${fmt(f.noneFlagged - r.noneFlagged)} (${schemes[i]?.name})`);
              if (f.hardFpr - r.hardFpr > MAX_MORE_FLAGGED + 1e-9)
                fails.push(`hard FPR +${fmt(f.hardFpr - r.hardFpr)} (${schemes[i]?.name})`);
            });
            if (checkRaised > CHECK_MAX_RAISED) fails.push(`CHECK raised ${checkRaised}`);
            if (!paraphrasesPass) fails.push("paraphrase tests");
            const screenerRaised = screenerProbed.filter(raisedBy).map((s) => s.example.item.text);
            if (screenerRaised.length) fails.push(`screener none cases raised ${screenerRaised.length}`);
            const modelScore = modelAlone.reduce(
              (a, m) => a + (m.urgent + m.any) / (2 * modelAlone.length),
              0,
            );
            candidates.push({
              variant,
              weight,
              thresholds,
              cv,
              modelAlone,
              checkRaised,
              paraphrasesPass,
              paraphrasesRaised: probed.filter((s, i) => i < RISKY_PARAPHRASES.length && raisedBy(s)).length,
              idiomsRaised: probed.filter((s, i) => i >= RISKY_PARAPHRASES.length && raisedBy(s)).length,
              screenerRaised,
              fails,
              score: modelScore,
            });
          }
    }
  const base = rulesAlone as Figures[];

  // What each setting can do: its best acceptable candidate, and how the cautious end fares.
  console.log(
    "\n| features | ordinary weight | thresholds concern/urgent | scheme | recall >= urgent | recall emergency | recall any | hard FPR | none flagged | model alone urgent / any | CHECK raised | paraphrases and screener none cases | acceptable |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  const show = (c: Candidate) =>
    schemes.forEach((s, i) =>
      console.log(
        `| ${variants[c.variant]?.[0]} | ${c.weight} | ${name(c.thresholds)} | ${s.name} | ${arrow(base[i] as Figures, c.cv[i] as Figures)} | ${fmt(c.modelAlone[i]?.urgent ?? 0)} / ${fmt(c.modelAlone[i]?.any ?? 0)} | ${c.checkRaised} | ${c.paraphrasesPass ? "pass" : "FAIL"} (${c.paraphrasesRaised}/${RISKY_PARAPHRASES.length} raised, ${c.idiomsRaised}/${IDIOMS_AND_NEGATIONS.length} idioms; ${c.screenerRaised.length}/${screenerNone.length} screener none cases raised) | ${c.fails.length ? `no: ${c.fails.join("; ")}` : "yes"} |`,
      ),
    );
  // Per setting: the best acceptable candidate or, when there is none, the best that meets the
  // cross-validation and CHECK conditions; and the model at 0.995 for comparison.
  const condition3 = (f: string) => f === "paraphrase tests" || f.startsWith("screener none cases");
  const meetsCvAndCheck = (c: Candidate) => c.fails.every(condition3);
  for (const [variant, [variantName]] of variants.entries())
    for (const weight of ORDINARY_WEIGHTS) {
      const mine = candidates.filter((c) => c.weight === weight && c.variant === variant);
      let best: Candidate | undefined;
      for (const c of mine) if (!c.fails.length && (!best || better(c, best))) best = c;
      if (!best) {
        console.log(
          `| ${variantName} | ${weight} | none acceptable; best meeting 1 and 2: | | | | | | | | | | |`,
        );
        for (const c of mine) if (meetsCvAndCheck(c) && (!best || better(c, best))) best = c;
      }
      if (best) show(best);
      const c = mine.find(
        (x) => x.thresholds.concern === 0.995 && x.thresholds.urgent === 0.995 && x.thresholds.other,
      );
      if (c && c !== best) show(c);
    }
  const meets1 = candidates.filter((c) => !c.fails.some((f) => /recall|flagged|FPR/.test(f)));
  const meets12 = meets1.filter((c) => c.checkRaised <= CHECK_MAX_RAISED);
  console.log(
    `\nOf ${candidates.length} candidates, ${meets1.length} meet condition 1 (cross-validation), ${meets12.length} meet 1 and 2 (CHECK), ${candidates.filter((c) => !c.fails.length).length} meet all three; among those meeting 1 and 2, the most risky paraphrases raised is ${Math.max(0, ...meets12.map((c) => c.paraphrasesRaised))} of ${RISKY_PARAPHRASES.length}.`,
  );
  // What the screener's `none` cases add to condition 3: the candidate the rule would choose
  // without them (the choice before 2026-12-06), and what it raises.
  const unlessScreener = candidates.filter((c) => c.fails.every((f) => f.startsWith("screener none cases")));
  let withoutScreener: Candidate | undefined;
  for (const c of unlessScreener) if (!withoutScreener || better(c, withoutScreener)) withoutScreener = c;
  console.log(
    `${unlessScreener.length} candidates meet all three without the screener's ${screenerNone.length} \`none\` cases, ${unlessScreener.filter((c) => c.screenerRaised.length).length} of them raise at least one.`,
  );
  if (withoutScreener)
    console.log(
      `Without those cases the rule would choose ${variants[withoutScreener.variant]?.[0]}, ordinary weight ${withoutScreener.weight}, ${name(withoutScreener.thresholds)}, which raises ${withoutScreener.screenerRaised.length} of them${withoutScreener.screenerRaised.map((t) => `\n  - ${t}`).join("")}`,
    );
  const allThree = candidates.filter((c) => c.paraphrasesPass && !c.screenerRaised.length);
  if (allThree.length > 0) {
    const extra = (c: Candidate, i: number) =>
      (c.cv[i] as Figures).noneFlagged - (base[i] as Figures).noneFlagged;
    const least = allThree.reduce((a, c) =>
      Math.max(extra(c, 0), extra(c, 1)) < Math.max(extra(a, 0), extra(a, 1)) ? c : a,
    );
    console.log(
      `${allThree.length} candidates pass condition 3 (paraphrases and the screener's \`none\` cases); the one flagging fewest more \`none\` messages flags ${schemes.map((sc, i) => `+${fmt(extra(least, i))} (${sc.name})`).join(", ")}, CHECK raised ${least.checkRaised}.`,
    );
  }
  let chosen: Candidate | undefined;
  for (const c of candidates) if (!c.fails.length && (!chosen || better(c, chosen))) chosen = c;
  if (!chosen) {
    // The nearest misses: what failed only one of the rule's conditions, to show what stands in the way.
    const kinds = (c: Candidate) => new Set(c.fails.map((f) => f.replace(/ [+(\d].*$/, "")));
    const near = candidates.filter((c) => kinds(c).size === 1);
    near.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
    console.log("\nNearest misses (one condition failed), best first:");
    for (const c of near.slice(0, 4)) show(c);
    return undefined;
  }
  return {
    candidate: chosen,
    hyper: variants[chosen.variant]?.[1] as Hyper,
    model: {
      ...(models.get(`${chosen.variant}/${chosen.weight}`) as ClassifierModel),
      thresholds: chosen.thresholds,
    },
    rulesAlone: base,
    schemes: schemes.map((s) => s.name),
  };
}

// ---------------------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const exclude = (
  argv.find((a) => a.startsWith("--exclude="))?.slice(10) ??
  process.env.SAFETY_TRAIN_EXCLUDE ??
  ""
)
  .split(",")
  .map((x) => x.trim())
  .filter(Boolean);
const excluded = (f: string) => exclude.some((x) => f === x || f === `dev/${x}`);
const files = developmentFiles().filter((f) => !excluded(f));
for (const x of exclude)
  if (!developmentFiles().some((f) => f === x || f === `dev/${x}`))
    console.log(`(--exclude: ${x} is not a development file here; nothing to leave out)`);
const trainedOn = files.filter((f) => !f.endsWith("README.txt"));
console.log(
  `Development files: ${trainedOn.join(", ")}${exclude.length ? ` (left out: ${exclude.join(", ")})` : ""}`,
);

const examples = prepare(readDevelopment(files));
const split = ordinaryConversation();
// Ordinary training negatives: only what the rules leave alone. A message the rules flag is
// either a rules false alarm (for the rules to fix) or ambiguous; either way it is not taught as
// `none`, so that the model never learns to argue with the rules.
const flagged = split.train.filter(
  (item) => screenByRules(item.text, { previous: item.previous }).level !== "none",
);
for (const item of flagged) {
  const s = screenByRules(item.text, { previous: item.previous });
  console.log(
    `Ordinary message the rules flag, left out of training: ${item.line} (${s.level} ${s.categories.join(",")}): ${[...item.previous, item.text].join(" >> ")}`,
  );
}
const ordinary = prepare(split.train.filter((item) => !flagged.includes(item)));
const check = prepare(split.check);

function write(model: ClassifierModel, hyper: Hyper, weight: number, choice: string): Promise<void> {
  const file: ClassifierModelFile = {
    featureVersion: model.featureVersion,
    trainedOn: `${trainedOn.join(", ")} (${examples.length} messages), and ${ordinary.length} ordinary-conversation negatives (eval/safety/second-opinion.ts)`,
    heads: [...HEADS],
    config: model.config,
    thresholds: model.thresholds,
    ordinaryWeight: weight,
    training: { l2: hyper.l2, epochs: hyper.epochs, minCount: hyper.minCount },
    choice,
    bias: model.bias,
    scale: model.scale,
    weights: Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength).toString(
      "base64",
    ),
  };
  // Written as the repository's formatter would write it, so `prettier --check` passes.
  return resolveConfig(MODEL_PATH)
    .then((config) => format(JSON.stringify(file), { ...config, filepath: MODEL_PATH }))
    .then((text) => writeFileSync(MODEL_PATH, text));
}

/** The CHECK set screened with the model exactly as the screener does: how many are raised. */
function checkRaised(model: ClassifierModel): number {
  return split.check.filter((item) => {
    const options = { previous: item.previous };
    return (
      levelRank(screenMessage(item.text, options, model).level) >
      levelRank(screenByRules(item.text, options).level)
    );
  }).length;
}

/** The screener test's `none` cases that screenMessage, with the model, raises (condition 3 wants none). */
function screenerNoneRaised(model: ClassifierModel): string[] {
  return screenerNoneCases()
    .filter((c) => screenMessage(c.text, { previous: c.previous }, model).level !== "none")
    .map((c) => c.text);
}

/**
 * The feature settings `--cv` searches: the chosen one; with `--cv-features`, every variant; with
 * `--cv-features=name,name`, the variants named (FEATURE_VARIANTS), for a shared machine.
 */
function cvVariants(): [string, Hyper][] {
  const flag = argv.find((a) => a.startsWith("--cv-features"));
  if (!flag) return FEATURE_VARIANTS.slice(0, 1);
  if (flag === "--cv-features") return FEATURE_VARIANTS;
  const names = flag.slice("--cv-features=".length).split(",");
  const chosen = FEATURE_VARIANTS.filter(([n]) => names.includes(n));
  if (chosen.length !== names.length)
    throw new Error(`--cv-features names one of: ${FEATURE_VARIANTS.map(([n]) => n).join(", ")}`);
  return chosen;
}

if (argv.includes("--cv")) {
  const choice = crossValidate(examples, ordinary, check, cvVariants());
  // The cross-validation scores the rules and the model apart; screenMessage itself must agree.
  const raisedByChoice = choice ? screenerNoneRaised(choice.model) : [];
  if (!choice) {
    console.log(
      "\nREJECTED: no candidate meets the acceptance rule (see train.ts). Nothing was written; the second opinion must stay off by default (screenMessage's `model`).",
    );
    process.exitCode = 1;
  } else if (raisedByChoice.length) {
    console.log(
      `\nREJECTED: screenMessage with the chosen model raises screener test cases that --cv found left alone (a bug in train.ts): ${raisedByChoice.join(" | ")}. Nothing was written.`,
    );
    process.exitCode = 1;
  } else {
    const c = choice.candidate;
    const raised = checkRaised(choice.model);
    const summary =
      `train.ts --cv on ${new Date().toISOString().slice(0, 10)}: features ${JSON.stringify(choice.hyper)}, ordinary weight ${c.weight}, thresholds ${name(c.thresholds)}; ` +
      choice.schemes
        .map(
          (s, i) =>
            `${s}: recall urgent+/emergency/any and hard FPR, none flagged ${arrow(choice.rulesAlone[i] as Figures, c.cv[i] as Figures).replaceAll(" | ", ", ")}`,
        )
        .join("; ") +
      `; CHECK raised ${raised} of ${split.check.length}; paraphrase tests pass, and the screener test's ${screenerNoneCases().length} \`none\` cases stay \`none\``;
    console.log(`\nChosen: ${summary}`);
    await write(choice.model, choice.hyper, c.weight, summary);
    console.log(`Wrote ${MODEL_PATH}.`);
  }
} else {
  const recorded = JSON.parse(readFileSync(MODEL_PATH, "utf8")) as ClassifierModelFile;
  const weight = recorded.ordinaryWeight ?? 1;
  const hyper: Hyper = { ...FEATURES, ...recorded.training, config: recorded.config };
  const model = trainModel(
    [...examples, ...ordinary.map((o) => ({ ...o, weight }))],
    hyper,
    recorded.thresholds,
  );
  await write(model, hyper, weight, recorded.choice ?? "");
  const opinions = examples.map((e) => classify(e.normalised, e.previous, model));
  const trainingAccuracy =
    opinions.filter((o, i) => o.concern >= 0.5 === ((examples[i] as Example).item.level !== "none")).length /
    examples.length;
  console.log(
    `Wrote ${MODEL_PATH} at the recorded ordinary weight ${weight} and thresholds ${name(recorded.thresholds)}: training accuracy on "any risk" ${fmt(trainingAccuracy)}; CHECK raised ${checkRaised(model)} of ${split.check.length}; risky paraphrases raised ${RISKY_PARAPHRASES.filter((t) => screenMessage(t, {}, model).level !== "none").length} of ${RISKY_PARAPHRASES.length}; screener test \`none\` cases raised ${screenerNoneRaised(model).length} of ${screenerNoneCases().length} (the acceptance rule wants CHECK at most ${CHECK_MAX_RAISED}, every paraphrase and no screener case; only --cv applies it in full).`,
  );
}
