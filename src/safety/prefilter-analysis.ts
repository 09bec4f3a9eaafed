/**
 * Reads a screener pattern and works out three-letter pieces ("trigrams") that every match of it
 * must contain, for the index in prefilter.ts. Run by `npm run index:screener` and by the tests,
 * never by the server, which loads the result from screener-index.json.
 *
 * The method is the one fast regular-expression engines use to skip text before running a
 * pattern: for each part of the pattern, either the exact strings it can match (while there are
 * few) or strings one of which any match must contain. "kil(?:ing)? my ?self" can match exactly
 * "kil my self", "kil myself", "kiling my self" and "kiling myself"; "(?:\w+ ){0,2}die" must
 * contain "die". Each required string is then reduced to its rarest three letters: a text without
 * any of them cannot contain a required string, so it cannot match.
 */
import { RegExpParser } from "@eslint-community/regexpp";
import type { AST } from "@eslint-community/regexpp";

interface Info {
  /** Every string this part can match, while there are at most MAX_EXACT; else null. */
  exact: Set<string> | null;
  /**
   * Requirements that all hold, each a set of strings one of which every match contains (at most
   * MAX_REQUIREMENTS of them); null when there is no such requirement.
   */
  required: Set<string>[] | null;
}

const MAX_EXACT = 64;
// Two requirements together let through about a third fewer clauses than the cheapest alone
// ("kil" and "my " rather than "kil"); more add little.
const MAX_REQUIREMENTS = 2;
const MAX_CLASS = 12;
const NONE: Info = { exact: null, required: null };
const EMPTY = (): Info => ({ exact: new Set([""]), required: null });

// Rough frequencies of characters in chat-like English, used only to pick the rarest three
// letters of a required string (the choice changes how often a pattern is run, never a result).
const FREQUENCY: Record<string, number> = {
  " ": 18,
  e: 10,
  t: 7.5,
  a: 6.5,
  o: 6.2,
  i: 5.7,
  n: 5.7,
  s: 5.3,
  h: 5,
  r: 5,
  d: 3.5,
  l: 3.3,
  u: 2.3,
  c: 2.2,
  m: 2,
  w: 1.9,
  f: 1.8,
  g: 1.6,
  y: 1.6,
  p: 1.5,
  b: 1.2,
  v: 0.8,
  k: 0.6,
  j: 0.1,
  x: 0.1,
  q: 0.1,
  z: 0.1,
};

function charFrequency(ch: string): number {
  return FREQUENCY[ch] ?? (/\d/.test(ch) ? 0.3 : 1);
}

/** How common a trigram is in ordinary writing; by default estimated from its letters. */
export type TrigramFrequency = (trigram: string) => number;

const byLetters: TrigramFrequency = (trigram) => [...trigram].reduce((p, ch) => p * charFrequency(ch), 1);

/** The rarest three consecutive characters of `s` (which is at least three long), and its score. */
function rarestTrigram(
  s: string,
  frequency: TrigramFrequency = byLetters,
): { trigram: string; score: number } {
  let best = { trigram: s.slice(0, 3), score: Infinity };
  for (let i = 0; i + 3 <= s.length; i++) {
    const trigram = s.slice(i, i + 3);
    const score = frequency(trigram);
    if (score < best.score) best = { trigram, score };
  }
  return best;
}

/** As requirements, an exact set says "one of these"; one too short to index says nothing. */
function requirementsOf(info: Info): Set<string>[] | null {
  if (!info.exact) return info.required;
  for (const s of info.exact) if (s.length < 3) return null;
  return [info.exact];
}

/** The cheapest of several requirements that all hold: those whose trigrams are rarest. */
function cheapest(requirements: (Set<string>[] | null)[], frequency: TrigramFrequency): Set<string>[] | null {
  const costed: { requirement: Set<string>; cost: number }[] = [];
  for (const list of requirements) {
    for (const requirement of list ?? []) {
      const trigrams = new Set([...requirement].map((s) => rarestTrigram(s, frequency).trigram));
      costed.push({ requirement, cost: [...trigrams].reduce((sum, t) => sum + frequency(t), 0) });
    }
  }
  if (costed.length === 0) return null;
  // A stable sort, so of equally rare requirements the first written is kept, as before.
  costed.sort((a, b) => a.cost - b.cost);
  return costed.slice(0, MAX_REQUIREMENTS).map((c) => c.requirement);
}

function charactersOf(node: AST.Node): string[] | null {
  if (node.type === "Character") return [String.fromCodePoint(node.value)];
  if (node.type === "CharacterSet") return node.kind === "digit" && !node.negate ? [..."0123456789"] : null;
  if (node.type !== "CharacterClass" || node.negate || node.unicodeSets) return null;
  const out: string[] = [];
  for (const element of node.elements) {
    if (element.type === "CharacterClassRange") {
      for (let c = element.min.value; c <= element.max.value && out.length <= MAX_CLASS; c++) {
        out.push(String.fromCodePoint(c));
      }
    } else {
      const chars = charactersOf(element);
      if (!chars) return null;
      out.push(...chars);
    }
    if (out.length > MAX_CLASS) return null;
  }
  return out;
}

function alternation(infos: Info[]): Info {
  if (infos.every((i) => i.exact)) {
    const union = new Set<string>();
    for (const i of infos) for (const s of i.exact as Set<string>) union.add(s);
    if (union.size <= MAX_EXACT) return { exact: union, required: null };
  }
  const branches: Set<string>[][] = [];
  for (const i of infos) {
    const requirements = requirementsOf(i);
    // One branch that requires nothing lets a match through without any of the others' strings.
    if (!requirements) return NONE;
    branches.push(requirements);
  }
  // Requirement j of the whole: one of the branches' requirement j (a branch with fewer gives its
  // last again). Whichever branch a match takes, it meets that branch's requirements, so all of these.
  const count = Math.max(...branches.map((b) => b.length));
  const required: Set<string>[] = [];
  for (let j = 0; j < count; j++) {
    const union = new Set<string>();
    for (const b of branches) for (const s of b[Math.min(j, b.length - 1)] as Set<string>) union.add(s);
    required.push(union);
  }
  return { exact: null, required };
}

function concatenation(elements: readonly AST.Node[], frequency: TrigramFrequency): Info {
  let run = new Set([""]);
  const requirements: (Set<string>[] | null)[] = [];
  let broken = false;
  for (const element of elements) {
    const part = infoOf(element, frequency);
    if (part.exact && run.size * part.exact.size <= MAX_EXACT) {
      const next = new Set<string>();
      for (const a of run) for (const b of part.exact) next.add(a + b);
      run = next;
      continue;
    }
    // The exact strings so far are one requirement; what comes next starts afresh.
    broken = true;
    requirements.push(requirementsOf({ exact: run, required: null }));
    if (part.exact && part.exact.size <= MAX_EXACT) {
      run = part.exact;
    } else {
      requirements.push(requirementsOf(part));
      run = new Set([""]);
    }
  }
  if (!broken) return { exact: run, required: null };
  requirements.push(requirementsOf({ exact: run, required: null }));
  return { exact: null, required: cheapest(requirements, frequency) };
}

function infoOf(node: AST.Node, frequency: TrigramFrequency): Info {
  switch (node.type) {
    case "Pattern":
    case "Group":
    case "CapturingGroup":
      return alternation(node.alternatives.map((a) => concatenation(a.elements, frequency)));
    case "Alternative":
      return concatenation(node.elements, frequency);
    case "Character":
    case "CharacterSet":
    case "CharacterClass": {
      const chars = charactersOf(node);
      return chars ? { exact: new Set(chars), required: null } : NONE;
    }
    // \b, ^, $ and lookarounds match no characters of their own; what a lookaround asks of the
    // text around the match is left out, which can only make the requirement weaker.
    case "Assertion":
      return EMPTY();
    case "Quantifier": {
      if (node.max === 0) return EMPTY();
      const inner = infoOf(node.element, frequency);
      if (node.min === 0) {
        if (node.max === 1 && inner.exact && inner.exact.size < MAX_EXACT) {
          return { exact: new Set(["", ...inner.exact]), required: null };
        }
        return NONE;
      }
      if (node.min === 1 && node.max === 1) return inner;
      return { exact: null, required: requirementsOf(inner) };
    }
    default:
      return NONE;
  }
}

/**
 * Sets of trigrams, every match of the pattern containing one trigram of each set, or null when
 * the pattern can match without any (it is then run on every text).
 */
export function requiredTrigrams(
  source: string,
  flags = "",
  frequency: TrigramFrequency = byLetters,
): string[][] | null {
  // A piece of three letters from the rarest trigram on is that trigram.
  return piecesOf(source, flags, frequency, 3);
}

// The sets of strings every match needs one of, or null when the pattern can match without any.
function requiredStrings(source: string, flags: string, frequency: TrigramFrequency) {
  // Case-insensitive, Unicode or dot-all patterns are read differently; leave them unindexed.
  if (/[iuvs]/.test(flags)) return null;
  const pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source);
  const requirements = requirementsOf(infoOf(pattern, frequency));
  return requirements && requirements.length > 0 ? requirements : null;
}

// The same set twice (a branch repeating its only requirement) says nothing more.
function distinct(sets: string[][]): string[][] {
  return sets.filter((set, i) => sets.findIndex((other) => other.join() === set.join()) === i);
}

/** How many letters of a required string, from its rarest trigram on, requiredPieces keeps. */
export const PIECE_LENGTH = 8;

/**
 * As requiredTrigrams, but each required string is stood for by up to PIECE_LENGTH letters of it
 * starting at its rarest trigram rather than by the trigram alone: the index finds a piece by its
 * first three letters and then checks the rest, so a clause with "kil" but not "kil my" is not
 * scanned for "kil my ?self" (on the bench's risky messages, 11 rules a clause run rather than 32).
 */
export function requiredPieces(
  source: string,
  flags = "",
  frequency: TrigramFrequency = byLetters,
): string[][] | null {
  return piecesOf(source, flags, frequency, PIECE_LENGTH);
}

// Each required string as up to `length` letters from its rarest trigram on, per set.
function piecesOf(
  source: string,
  flags: string,
  frequency: TrigramFrequency,
  length: number,
): string[][] | null {
  const requirements = requiredStrings(source, flags, frequency);
  if (!requirements) return null;
  const sets = requirements.map((r) => {
    const pieces = [
      ...new Set(
        [...r].map((s) => {
          const { trigram } = rarestTrigram(s, frequency);
          const at = s.indexOf(trigram);
          return s.slice(at, at + length);
        }),
      ),
    ].sort();
    // A piece that starts with another piece of the set adds nothing: a text with it has the other.
    return pieces.filter((piece) => !pieces.some((other) => other !== piece && piece.startsWith(other)));
  });
  return distinct(sets);
}
