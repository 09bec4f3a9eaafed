/**
 * Safety evaluation (`npm run eval:safety`): screens every message in the corpus and reports how
 * often the screener finds what it should (recall) and how often what it flags is right
 * (precision), per level and per category, plus the false-positive rate on hard negatives. Three
 * parts are reported apart: the development part the rules were tuned on, a held-out part that
 * was written once and never tuned on, so the figures say something about messages nobody has
 * seen, and a blind part written by a second author who never saw the screener or the other
 * parts. Exits non-zero when any part misses a target. Targets are fixed here and are not to be
 * lowered to make a run pass.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defaultModel } from "../../src/safety/classifier.js";
import { screenMessage } from "../../src/safety/screener.js";
import { RISK_CATEGORIES, RISK_LEVELS, levelRank } from "../../src/safety/types.js";
import type { RiskCategory, RiskLevel, Screening } from "../../src/safety/types.js";
import { parseCorpus, readDevelopment, type CorpusItem } from "./corpus.js";

const TARGETS = {
  urgentRecall: 0.98,
  emergencyRecall: 0.98,
  anyRiskRecall: 0.95,
  hardNegativeFalsePositiveRate: 0.03,
};

interface Outcome {
  item: CorpusItem;
  got: Screening;
}

// `--second-opinion=on` or `=off` screens with or without the learned second opinion
// (src/safety/classifier.ts) whatever the screener's default, to compare the two; without it,
// the screener as shipped. Floors are only ever recorded for the screener as shipped.
const secondOpinion = process.argv.find((a) => a.startsWith("--second-opinion="))?.split("=")[1];
if (secondOpinion !== undefined && !["on", "off"].includes(secondOpinion))
  throw new Error("--second-opinion takes on or off");
if (secondOpinion !== undefined && process.argv.includes("--record-floors"))
  throw new Error("floors are recorded for the screener as shipped: drop --second-opinion");
const model = secondOpinion === "on" ? defaultModel() : secondOpinion === "off" ? null : undefined;

function screen(items: CorpusItem[]): Outcome[] {
  return items.map((item) => ({
    item,
    got: screenMessage(item.text, item.previous.length ? { previous: item.previous } : {}, model),
  }));
}

const HELD_OUT_NOTE =
  "\n(held out: individual results are not printed, so that nobody tunes the rules on them)";

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
const fmt = (x: number) => (Number.isNaN(x) ? "  n/a" : x.toFixed(3));

/** A message counts as found at a level when it was screened at that level or above. */
function atLeast(level: RiskLevel, wanted: RiskLevel): boolean {
  return levelRank(level) >= levelRank(wanted);
}

interface PartResult {
  ok: boolean;
  figures: Figures;
}

/** The four gated figures of one part. */
interface Figures {
  urgentRecall: number;
  emergencyRecall: number;
  anyRecall: number;
  falsePositiveRate: number;
}

/** The four gated figures, as report() prints them. */
function figuresOf(outcomes: Outcome[]): Figures {
  const recall = (level: RiskLevel) => {
    const labelled = outcomes.filter((o) => atLeast(o.item.level, level));
    return ratio(labelled.filter((o) => atLeast(o.got.level, level)).length, labelled.length);
  };
  const hard = outcomes.filter((o) => o.item.hard);
  return {
    urgentRecall: recall("urgent"),
    emergencyRecall: recall("emergency"),
    anyRecall: recall("concern"),
    falsePositiveRate: ratio(hard.filter((o) => o.got.level !== "none").length, hard.length),
  };
}

function report(
  name: string,
  outcomes: Outcome[],
  showMisses: boolean,
  hiddenNote = HELD_OUT_NOTE,
): PartResult {
  console.log(`\n## ${name}: ${outcomes.length} messages`);
  const lines: string[] = [];
  const rows: [string, number, number, number][] = [];
  for (const level of RISK_LEVELS.slice(1) as RiskLevel[]) {
    const labelled = outcomes.filter((o) => atLeast(o.item.level, level));
    const found = labelled.filter((o) => atLeast(o.got.level, level));
    const flagged = outcomes.filter((o) => atLeast(o.got.level, level));
    const right = flagged.filter((o) => atLeast(o.item.level, level));
    rows.push([
      `level >= ${level}`,
      labelled.length,
      ratio(found.length, labelled.length),
      ratio(right.length, flagged.length),
    ]);
  }
  const exactLevel = outcomes.filter((o) => o.item.level === o.got.level).length;
  for (const cat of RISK_CATEGORIES as readonly RiskCategory[]) {
    const labelled = outcomes.filter((o) => o.item.categories.includes(cat));
    const found = labelled.filter((o) => o.got.categories.includes(cat));
    const flagged = outcomes.filter((o) => o.got.categories.includes(cat));
    const right = flagged.filter((o) => o.item.categories.includes(cat));
    rows.push([
      `category ${cat}`,
      labelled.length,
      ratio(found.length, labelled.length),
      ratio(right.length, flagged.length),
    ]);
  }
  const others = outcomes.filter((o) => o.item.level !== "none" && o.item.subject === "other");
  const othersRight = others.filter((o) => o.got.level !== "none" && o.got.subject === "other");
  rows.push(["subject other", others.length, ratio(othersRight.length, others.length), NaN]);
  lines.push("| measure | labelled | recall | precision |", "|---|---|---|---|");
  for (const [label, n, r, p] of rows) lines.push(`| ${label} | ${n} | ${fmt(r)} | ${fmt(p)} |`);
  console.log(lines.join("\n"));

  const hard = outcomes.filter((o) => o.item.hard);
  const figures = figuresOf(outcomes);
  const { urgentRecall, emergencyRecall, anyRecall, falsePositiveRate: fpr } = figures;
  console.log(`\nexact level agreement: ${fmt(ratio(exactLevel, outcomes.length))}`);
  const checks: [string, number, string, boolean][] = [
    [
      "recall, urgent or above",
      urgentRecall,
      `>= ${TARGETS.urgentRecall}`,
      urgentRecall >= TARGETS.urgentRecall,
    ],
    [
      "recall, emergency",
      emergencyRecall,
      `>= ${TARGETS.emergencyRecall}`,
      emergencyRecall >= TARGETS.emergencyRecall,
    ],
    ["recall, any risk", anyRecall, `>= ${TARGETS.anyRiskRecall}`, anyRecall >= TARGETS.anyRiskRecall],
    [
      `false-positive rate, ${hard.length} hard negatives`,
      fpr,
      `<= ${TARGETS.hardNegativeFalsePositiveRate}`,
      fpr <= TARGETS.hardNegativeFalsePositiveRate,
    ],
  ];
  console.log("\n| target | value | wanted | met |\n|---|---|---|---|");
  for (const [label, value, wanted, met] of checks)
    console.log(`| ${label} | ${fmt(value)} | ${wanted} | ${met ? "yes" : "NO"} |`);

  if (showMisses) {
    const misses = outcomes.filter(
      (o) =>
        o.item.level !== o.got.level ||
        o.item.categories.some((c) => !o.got.categories.includes(c)) ||
        (o.item.level !== "none" && o.item.subject !== o.got.subject),
    );
    if (misses.length > 0) {
      console.log(`\n${misses.length} disagreement(s) (line: wanted -> got):`);
      for (const o of misses) {
        const want = `${o.item.level}${o.item.subject === "other" ? "/other" : ""} [${o.item.categories.join(",")}]`;
        const got = `${o.got.level}${o.got.subject === "other" ? "/other" : ""} [${o.got.categories.join(",")}]`;
        console.log(
          `  ${o.item.line}: ${want} -> ${got} :: ${o.item.previous.map((p) => `${p} >> `).join("")}${o.item.text}`,
        );
      }
    }
  } else {
    console.log(hiddenNote);
  }
  return {
    ok: checks.every((c) => c[3]),
    figures,
  };
}

const here = fileURLToPath(new URL(".", import.meta.url));
// The development part (corpus.ts lists its files, for this and for the classifier's training):
// corpus.dev.txt, the retired first held-out part and the other authors' batches in dev/.
const dev = readDevelopment();
const heldOut = parseCorpus(readFileSync(`${here}/corpus.heldout.txt`, "utf8"), "corpus.heldout.txt");
// The blind part was written by someone who never saw the screener or the other parts. Its
// individual results are never printed, not even with --show-held-out-misses: once anyone has
// read them it is no longer blind.
const blind = parseCorpus(readFileSync(`${here}/corpus.blind.txt`, "utf8"), "corpus.blind.txt");
const showHeldOut = process.argv.includes("--show-held-out-misses");

console.log(`# Asclepiad safety evaluation: ${dev.length + heldOut.length + blind.length} messages`);
const devOutcomes = screen(dev);
const parts: Record<string, PartResult> = {
  development: report("development part (tuned on)", devOutcomes, true),
  heldOut: report("held-out part (never tuned on)", screen(heldOut), showHeldOut),
  blind: report(
    "blind part (second author, never tuned on)",
    screen(blind),
    false,
    "\n(blind: individual results are never printed, so that nobody tunes the rules on them)",
  ),
};
const ok = Object.values(parts).every((p) => p.ok);
console.log(ok ? "\nAll safety targets met." : "\nSAFETY TARGETS MISSED: see the tables above.");

// The targets above are the product's; they are never lowered. Until the screener meets them
// on text it has never seen, CI (--ci) runs this evaluation as a ratchet: it fails when any
// figure falls below the best recorded so far (floors.json), so no change can make screening
// worse unnoticed, while this report keeps saying plainly which targets are missed.
// See docs/decisions/0006-safety-evaluation-in-ci.md.
//
// The development part grows: a new author's batch is added, measured before any tuning, and then
// tuned on. Its floor therefore names the files it was recorded over; CI holds those files to it,
// and a batch added since is reported but not gated until the floors are recorded again. Recording
// over a larger set of files is refused while the files of the old floor are below it, so adding a
// batch can never hide a regression on the batches before it.
const floorsFile = `${here}/floors.json`;
type Floor = Figures & { files?: string[] };
type Floors = Record<string, Floor>;
const floors = JSON.parse(readFileSync(floorsFile, "utf8")) as Floors;
const devFiles = [...new Set(dev.map((o) => o.line.slice(0, o.line.lastIndexOf(":"))))];
/** The figures of a part over the files its floor was recorded on (the development part), or whole. */
function gatedFigures(part: string, figures: Figures): Figures {
  const files = floors[part]?.files;
  if (part !== "development" || !files) return figures;
  const missing = files.filter((f) => !devFiles.includes(f));
  if (missing.length > 0)
    throw new Error(`floors.json names development files that are gone: ${missing.join(", ")}`);
  return figuresOf(
    devOutcomes.filter((o) => files.includes(o.item.line.slice(0, o.item.line.lastIndexOf(":")))),
  );
}
const newDevFiles = devFiles.filter((f) => !(floors.development?.files ?? devFiles).includes(f));
if (newDevFiles.length > 0)
  console.log(
    `\nDevelopment files added since the floors were recorded (reported above, not yet gated): ${newDevFiles.join(", ")}`,
  );

function regressionsAgainstFloors(): string[] {
  const regressions: string[] = [];
  for (const [part, result] of Object.entries(parts)) {
    const floor = floors[part];
    if (!floor) {
      regressions.push(`${part}: no recorded floor`);
      continue;
    }
    const figures = gatedFigures(part, result.figures);
    for (const key of ["urgentRecall", "emergencyRecall", "anyRecall"] as const) {
      if (figures[key] < floor[key])
        regressions.push(`${part} ${key} ${fmt(figures[key])} < floor ${floor[key]}`);
    }
    const fprLimit = Math.max(floor.falsePositiveRate, TARGETS.hardNegativeFalsePositiveRate);
    if (figures.falsePositiveRate > fprLimit)
      regressions.push(`${part} falsePositiveRate ${fmt(figures.falsePositiveRate)} > ${fprLimit}`);
  }
  return regressions;
}

if (process.argv.includes("--record-floors")) {
  const regressions = regressionsAgainstFloors();
  if (newDevFiles.length > 0 && regressions.length > 0) {
    console.error(
      `\nNot recording: new development files cannot be added to the floors while screening is worse than them:\n- ${regressions.join("\n- ")}`,
    );
    process.exit(1);
  }
  // Floors only ever rise: a recording never lowers a figure already reached (over the same files).
  const next: Floors = {};
  for (const [part, { figures }] of Object.entries(parts)) {
    const old = part === "development" && newDevFiles.length > 0 ? undefined : floors[part];
    next[part] = {
      ...(part === "development" ? { files: devFiles } : {}),
      urgentRecall: round(Math.max(figures.urgentRecall, old?.urgentRecall ?? 0)),
      emergencyRecall: round(Math.max(figures.emergencyRecall, old?.emergencyRecall ?? 0)),
      anyRecall: round(Math.max(figures.anyRecall, old?.anyRecall ?? 0)),
      falsePositiveRate: round(Math.min(figures.falsePositiveRate, old?.falsePositiveRate ?? 1), "up"),
    };
  }
  writeFileSync(floorsFile, JSON.stringify(next, null, 2) + "\n");
  console.log(`\nRecorded floors in ${floorsFile}.`);
}
if (process.argv.includes("--ci")) {
  const regressions = regressionsAgainstFloors();
  console.log(
    regressions.length === 0
      ? `\nCI ratchet: no figure fell below its recorded floor.${ok ? "" : " The targets above are still MISSED and are reported, not waived."}`
      : `\nCI ratchet FAILED, screening got worse:\n- ${regressions.join("\n- ")}`,
  );
  process.exitCode = regressions.length === 0 ? 0 : 1;
} else {
  process.exitCode = ok ? 0 : 1;
}

function round(x: number, direction: "down" | "up" = "down"): number {
  // Three decimals, rounded so that re-measuring the same figure never fails its own floor.
  return direction === "down" ? Math.floor(x * 1000) / 1000 : Math.ceil(x * 1000) / 1000;
}
