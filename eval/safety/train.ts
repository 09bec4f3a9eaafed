/**
 * Trains the screener's learned second opinion (src/safety/classifier.ts) on the development part
 * of the safety corpus, and only on it (`npm run train:safety`), and writes
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
 * `--cv` chooses the features, the regularisation and the two thresholds by cross-validation
 * within the development part, and only there, in two ways: 5 folds by line (messages shuffled
 * with a fixed seed), and one fold per other author's batch in dev/ (train on everything else,
 * test on that author's wording: the closest the development part comes to an unseen author).
 * It prints the rules alone and the rules with the second opinion on the held-out folds, and the
 * choice by the rule in `choose` below. The choice is then copied into CHOSEN by hand, so that
 * `npm run train:safety` is quick and a change of choice shows in a diff.
 */
import { writeFileSync } from "node:fs";
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
import { normaliseMessage, screenMessage } from "../../src/safety/screener.js";
import { levelRank, type RiskLevel, type Screening } from "../../src/safety/types.js";
import { developmentFiles, readDevelopment, type CorpusItem } from "./corpus.js";

interface Hyper {
  config: FeatureConfig;
  l2: number;
  epochs: number;
  /** Features seen in fewer training messages than this are left out, so one message is not learnt by heart. */
  minCount: number;
}

/** Chosen by `--cv` (see eval/safety/README.md for the figures); change only after re-running it. */
const CHOSEN: Hyper & { thresholds: Thresholds } = {
  config: { bits: 15, bigrams: true, trigrams: true, negation: true, charMin: 4, charMax: 5, previous: true },
  l2: 1e-5,
  epochs: 12,
  minCount: 1,
  thresholds: { concern: 0.995, urgent: 0.995, other: false },
};

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
function train(examples: Example[], hyper: Hyper, thresholds: Thresholds): ClassifierModel {
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
    };
  });
  for (let epoch = 0; epoch < hyper.epochs; epoch++) {
    for (const row of shuffled(rows, SEED + epoch)) {
      for (let k = 0; k < h; k++) {
        const y = row.y[k];
        if (y === undefined) continue;
        let z = bias[k] as number;
        for (const b of row.buckets) z += (w[b * h + k] as number) * row.x;
        const grad = 1 / (1 + Math.exp(-z)) - y;
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

// ---------------------------------------------------------------------------------------------
// Cross-validation.

interface Figures {
  urgent: number;
  emergency: number;
  any: number;
  hardFpr: number;
  /** Share of all messages labelled `none` (hard or not) that were flagged. */
  noneFlagged: number;
  flaggedNone: number;
}

const atLeast = (got: RiskLevel, wanted: RiskLevel) => levelRank(got) >= levelRank(wanted);

function measure(pairs: { item: CorpusItem; got: Screening }[]): Figures {
  const recall = (level: RiskLevel) => {
    const labelled = pairs.filter((p) => atLeast(p.item.level, level));
    return labelled.filter((p) => atLeast(p.got.level, level)).length / labelled.length;
  };
  const hard = pairs.filter((p) => p.item.hard);
  const none = pairs.filter((p) => p.item.level === "none");
  const flaggedNone = none.filter((p) => p.got.level !== "none").length;
  return {
    urgent: recall("urgent"),
    emergency: recall("emergency"),
    any: recall("concern"),
    hardFpr: hard.filter((p) => p.got.level !== "none").length / hard.length,
    noneFlagged: flaggedNone / none.length,
    flaggedNone,
  };
}

/** One held-out fold, with what is needed to try any thresholds without re-running anything. */
interface Scored {
  example: Example;
  rules: Screening;
  /** The rules found `urgent` or more, or an idiom: the second opinion is not asked. */
  blocked: boolean;
  model: ClassifierModel;
  opinion: Opinion;
}

function scoreFold(trainOn: Example[], testOn: Example[], hyper: Hyper): Scored[] {
  const model = train(trainOn, hyper, { concern: 2, urgent: 2, other: true });
  // A model that always wants to raise shows which messages the second opinion may touch at all.
  const eager = { ...model, thresholds: { concern: -1, urgent: -1, other: true } };
  return testOn.map((example) => {
    const options = example.item.previous.length ? { previous: example.item.previous } : {};
    const rules = screenMessage(example.item.text, options, null);
    const raised = screenMessage(example.item.text, options, eager);
    const opinion = classify(example.normalised, example.previous, model);
    return { example, rules, blocked: raised.level === rules.level, model, opinion };
  });
}

function combine(scored: Scored[], thresholds: Thresholds | null): Figures {
  return measure(
    scored.map((s) => ({
      item: s.example.item,
      got: thresholds
        ? secondOpinion(s.rules, s.example.normalised, s.example.previous, () => s.blocked, {
            ...s.model,
            thresholds,
          })
        : s.rules,
    })),
  );
}

const fmt = (x: number) => x.toFixed(3);
const row = (name: string, f: Figures) =>
  `| ${name} | ${fmt(f.urgent)} | ${fmt(f.emergency)} | ${fmt(f.any)} | ${fmt(f.hardFpr)} | ${fmt(f.noneFlagged)} |`;

function crossValidate(examples: Example[]): void {
  const byLine = shuffled(
    examples.map((_, i) => i),
    SEED,
  );
  const lineFold = new Map(byLine.map((index, pos) => [index, pos % 5]));
  const batches = developmentFiles().filter(
    (f) => f.startsWith("dev/") && examples.some((e) => e.item.line.startsWith(`${f}:`)),
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
      name: `one fold per author batch (${batches.length})`,
      folds: batches.map((b) => ({
        train: examples.filter((e) => !e.item.line.startsWith(`${b}:`)),
        test: examples.filter((e) => e.item.line.startsWith(`${b}:`)),
      })),
    },
  ];
  const configs: Hyper[] = [];
  const base = { bits: 15, bigrams: true, previous: true };
  for (const [charMin, charMax] of [
    [0, 0],
    [4, 5],
  ] as const)
    for (const negation of [false, true])
      for (const trigrams of [false, true])
        configs.push({
          config: { ...base, trigrams, negation, charMin, charMax },
          l2: 1e-5,
          epochs: 12,
          minCount: 1,
        });
  // Tried as well, and no better on either scheme: l2 1e-4, and leaving out features seen in
  // fewer than 2 or 3 training messages.
  if (process.argv.includes("--cv-quick")) configs.splice(0, configs.length, CHOSEN);
  const grid: number[] = [0.8, 0.85, 0.9, 0.93, 0.95, 0.96, 0.97, 0.98, 0.99, 0.995, 2];

  console.log(
    "| features, l2 | scheme | thresholds concern/urgent | urgent+ | emergency | any | hard FPR | none flagged |",
  );
  console.log("|---|---|---|---|---|---|---|---|");
  let best: { score: number; hyper: Hyper; thresholds: Thresholds } | undefined;
  for (const hyper of configs) {
    const c = hyper.config;
    const name = `${c.charMax ? `chars ${c.charMin}-${c.charMax}` : "words"}${c.trigrams ? ", trigrams" : ""}${c.negation ? ", negation" : ""}, l2 ${hyper.l2}, min count ${hyper.minCount}`;
    const pooled = schemes.map((s) => s.folds.flatMap((f) => scoreFold(f.train, f.test, hyper)));
    const rulesAlone = pooled.map((p) => combine(p, null));
    schemes.forEach((s, i) =>
      console.log(row(`${name} | ${s.name} | rules alone`, rulesAlone[i] as Figures)),
    );
    for (const t of [0.8, 0.9, 0.95, 0.97, 0.98, 0.99]) {
      const alone = pooled.map((p) => {
        const risky = p.filter((s) => s.example.item.level !== "none");
        const urgent = p.filter((s) => atLeast(s.example.item.level, "urgent"));
        const none = p.filter((s) => s.example.item.level === "none");
        const hard = p.filter((s) => s.example.item.hard);
        const o = (s: Scored) => s.opinion;
        return [
          risky.filter((s) => o(s).concern >= t).length / risky.length,
          urgent.filter((s) => o(s).urgent >= t).length / urgent.length,
          none.filter((s) => o(s).concern >= t).length / none.length,
          hard.filter((s) => o(s).concern >= t).length / hard.length,
        ].map(fmt);
      });
      console.log(
        `| ${name} | model alone at ${t}: any/urgent recall, none/hard flagged | ${alone.map((a) => a.join(" ")).join(" ; ")} |`,
      );
    }
    let bestHere: { score: number; thresholds: Thresholds; figures: Figures[] } | undefined;
    for (const other of [true, false])
      for (const concern of grid)
        for (const urgent of grid) {
          if (urgent < concern) continue;
          const thresholds = { concern, urgent, other };
          const figures = pooled.map((p) => combine(p, thresholds));
          const score = choose(
            figures,
            rulesAlone,
            pooled.map((p) => alone(p, thresholds)),
          );
          // Ties go to the higher thresholds: the more cautious second opinion.
          if (score !== undefined && (!bestHere || score >= bestHere.score))
            bestHere = { score, thresholds, figures };
        }
    if (!bestHere) continue;
    schemes.forEach((s, i) => {
      const m = alone(pooled[i] as Scored[], bestHere.thresholds);
      console.log(
        row(
          `${name} | ${s.name} | ${bestHere.thresholds.concern}/${bestHere.thresholds.urgent}${bestHere.thresholds.other ? "" : ", own risk only"}`,
          bestHere.figures[i] as Figures,
        ) + ` model alone: urgent+ ${fmt(m.urgent)}, any ${fmt(m.any)} |`,
      );
    });
    if (!best || bestHere.score > best.score)
      best = { score: bestHere.score, hyper, thresholds: bestHere.thresholds };
  }
  console.log(`\nChosen: ${JSON.stringify(best)}`);
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

/**
 * The rule for choosing. On the held-out folds of both schemes, the rules with the second opinion
 * may flag at most 0.25% more of the messages labelled `none`, and of the hard negatives, than
 * the rules alone (one more in 400: the false-positive target leaves almost no room on the
 * held-out and blind parts, at 0.033 and 0.029 before this), and must not lower any recall.
 * Among those, the highest mean over both schemes of the model's own urgent-or-above and
 * any-risk recall. Its own, not the rules' with it: the rules are tuned on the development part
 * as soon as a batch arrives, so on these folds they already find almost everything and the
 * combined recall shows only what the rules had not yet been tuned on; what the model finds on
 * its own is the better guide to what it adds on wording the rules have never seen.
 */
function choose(
  figures: Figures[],
  rulesAlone: Figures[],
  modelAlone: { urgent: number; any: number }[],
): number | undefined {
  let score = 0;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i] as Figures;
    const r = rulesAlone[i] as Figures;
    const m = modelAlone[i] as { urgent: number; any: number };
    if (f.noneFlagged - r.noneFlagged > 0.0025 + 1e-9) return undefined;
    if (f.hardFpr - r.hardFpr > 0.0025 + 1e-9) return undefined;
    if (f.urgent < r.urgent || f.any < r.any || f.emergency < r.emergency) return undefined;
    score += (m.urgent + m.any) / (2 * figures.length);
  }
  return score;
}

// ---------------------------------------------------------------------------------------------

const examples = prepare(readDevelopment());
if (process.argv.includes("--cv") || process.argv.includes("--cv-quick")) {
  crossValidate(examples);
} else {
  const model = train(examples, CHOSEN, CHOSEN.thresholds);
  const file: ClassifierModelFile = {
    featureVersion: model.featureVersion,
    trainedOn: `${developmentFiles().join(", ")} (${examples.length} messages)`,
    heads: [...HEADS],
    config: model.config,
    thresholds: model.thresholds,
    bias: model.bias,
    scale: model.scale,
    weights: Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength).toString(
      "base64",
    ),
  };
  const out = fileURLToPath(new URL("../../src/safety/classifier-model.json", import.meta.url));
  // Written as the repository's formatter would write it, so `prettier --check` passes.
  writeFileSync(out, await format(JSON.stringify(file), { ...(await resolveConfig(out)), filepath: out }));
  const check = examples.map((e) => classify(e.normalised, e.previous, model));
  const trainingAccuracy =
    check.filter((o, i) => o.concern >= 0.5 === ((examples[i] as Example).item.level !== "none")).length /
    examples.length;
  console.log(
    `Wrote ${out}: ${examples.length} messages, training accuracy on "any risk" ${fmt(trainingAccuracy)}.`,
  );
}
