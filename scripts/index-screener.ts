/**
 * Writes src/safety/screener-index.json: for every screener pattern (rules, idioms' alternatives
 * and the patterns the readings' gates name), sets of pieces, any match containing one piece of
 * each set (see src/safety/prefilter.ts). Run after changing the screener's rules or idioms:
 *
 *   npm run index:screener
 *
 * Where a required string's piece starts (its rarest trigram) is chosen by how rarely it appears
 * in ordinary writing, counted on the person messages of the reflective engine's corpus. That
 * choice decides only how often a pattern is run, never what the screener finds.
 */
import { writeFileSync } from "node:fs";
import { CONVERSATIONS } from "../eval/reflective/corpus/conversations.js";
import { TRAIN } from "../eval/reflective/corpus/train.js";
import { requiredPieces } from "../src/safety/prefilter-analysis.js";
import { gatedPatterns, patternKey } from "../src/safety/prefilter.js";
import { IDIOM_PATTERNS, normaliseMessage, RULE_PATTERNS } from "../src/safety/screener.js";

const ordinary = [...CONVERSATIONS.flatMap((c) => c.personTurns), ...TRAIN.map((m) => m.text)];
const counts = new Map<string, number>();
for (const text of ordinary) {
  const normalised = normaliseMessage(text);
  for (let at = 0; at + 3 <= normalised.length; at++) {
    const trigram = normalised.slice(at, at + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
}

const patterns: Record<string, string[][] | null> = {};
let unindexed = 0;
// The rules, the idioms' alternatives (scanned the same way, see IdiomScan in screener.ts), and
// the patterns the readings' gates name (PatternGate in prefilter.ts).
const indexed = [...RULE_PATTERNS, ...IDIOM_PATTERNS, ...gatedPatterns()];
for (const pattern of indexed) {
  const trigrams = requiredPieces(pattern.source, pattern.flags, (t) => (counts.get(t) ?? 0) + 0.5);
  if (!trigrams) unindexed++;
  patterns[patternKey(pattern)] = trigrams;
}
const url = new URL("../src/safety/screener-index.json", import.meta.url);
// One pattern a line, so a change to the rules shows as a readable diff.
const lines = Object.entries(patterns).map(
  ([key, trigrams]) => `  ${JSON.stringify(key)}: ${JSON.stringify(trigrams)}`,
);
writeFileSync(url, `{"patterns": {\n${lines.join(",\n")}\n}}\n`);
console.log(
  `screener-index.json: ${indexed.length} patterns, ${unindexed} run on every clause (no trigram every match must contain)`,
);
