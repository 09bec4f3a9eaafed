/**
 * Reads the evaluation corpus files. One message per line, labelled by hand, so that a reviewer
 * can read and argue with every label in a plain diff:
 *
 *   <level>[/other] [category,category] [hard] :: [earlier message >> ]message
 *
 * Lines starting with # are comments. A malformed line stops the evaluation with its line number,
 * because a silently skipped label would make the figures lie.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RISK_CATEGORIES, RISK_LEVELS } from "../../src/safety/types.js";
import type { RiskCategory, RiskLevel } from "../../src/safety/types.js";

export interface CorpusItem {
  level: RiskLevel;
  categories: RiskCategory[];
  subject: "self" | "other";
  /** A hard negative: sounds risky, is not. */
  hard: boolean;
  /** Earlier messages from the same person, oldest first. */
  previous: string[];
  text: string;
  /** "file:line", for reporting. */
  line: string;
}

export function parseCorpus(source: string, file: string): CorpusItem[] {
  const items: CorpusItem[] = [];
  const problems: string[] = [];
  source.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const at = `${file}:${i + 1}`;
    const split = line.indexOf(" :: ");
    if (split < 0) {
      problems.push(`${at}: missing " :: "`);
      return;
    }
    const [levelPart = "", ...rest] = line.slice(0, split).trim().split(/\s+/);
    const [level, subject = "self"] = levelPart.split("/");
    if (!(RISK_LEVELS as readonly string[]).includes(level ?? "") || !["self", "other"].includes(subject)) {
      problems.push(`${at}: unknown level "${levelPart}"`);
      return;
    }
    const hard = rest.includes("hard");
    const categories = rest.filter((r) => r !== "hard").flatMap((r) => r.split(","));
    const unknown = categories.filter((c) => !(RISK_CATEGORIES as readonly string[]).includes(c));
    if (unknown.length > 0) problems.push(`${at}: unknown category ${unknown.join(", ")}`);
    if (level !== "none" && categories.length === 0) problems.push(`${at}: a risk needs a category`);
    if (level === "none" && categories.length > 0) problems.push(`${at}: "none" takes no category`);
    const messages = line
      .slice(split + 4)
      .split(" >> ")
      .map((m) => m.trim());
    const text = messages.pop() ?? "";
    if (!text) problems.push(`${at}: empty message`);
    items.push({
      level: level as RiskLevel,
      categories: categories as RiskCategory[],
      subject: subject as "self" | "other",
      hard,
      previous: messages,
      text,
      line: at,
    });
  });
  if (problems.length > 0)
    throw new Error(`The safety corpus has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  return items;
}

const here = fileURLToPath(new URL(".", import.meta.url));

/**
 * The development part, the only one anything is tuned or trained on: `corpus.dev.txt`, the first
 * held-out part (retired into development once its figures had been recorded, see README.md), and
 * every batch in `dev/`, in a fixed order. The held-out and blind parts are not listed here.
 */
export function developmentFiles(): string[] {
  return [
    "corpus.dev.txt",
    "corpus.heldout-v1.txt",
    // Further development batches written by other authors, each in a file of its own.
    ...readdirSync(`${here}/dev`)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => `dev/${f}`),
  ];
}

/**
 * Every labelled message of the development part, file by file in the order above; or of the
 * listed development files only (train.ts can leave out batches, to keep its figures comparable).
 */
export function readDevelopment(files: readonly string[] = developmentFiles()): CorpusItem[] {
  return files.flatMap((f) => parseCorpus(readFileSync(`${here}/${f}`, "utf8"), f));
}
