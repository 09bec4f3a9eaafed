/**
 * Skips the screener patterns that cannot match a clause, so most of them never run on ordinary
 * writing.
 *
 * For every pattern, screener-index.json lists sets of pieces of text, any match containing one
 * piece of each set (a piece: up to eight letters of a string the pattern requires, from its
 * rarest three letters, or "trigram", on); prefilter-analysis.ts works them out from the pattern
 * and `npm run index:screener` writes them. A clause missing every piece of one of a pattern's
 * sets cannot match it, so the pattern is not run. Every piece of every pattern is found in one
 * pass over the clause (an Aho-Corasick automaton). A pattern missing from the file (edited since
 * it was last written) is run on every clause, so results never depend on the file being
 * current; a test fails until it is.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

interface IndexFile {
  /** Pattern source hash → its sets of trigrams, or null for a pattern that is run on every text. */
  patterns: Record<string, string[][] | null>;
}

/** The key a pattern is filed under: a hash of its source and flags. */
export function patternKey(pattern: RegExp): string {
  return createHash("sha1").update(`${pattern.flags}/${pattern.source}`).digest("hex").slice(0, 16);
}

let file: IndexFile | undefined;
function indexFile(): IndexFile {
  if (file) return file;
  try {
    file = JSON.parse(readFileSync(new URL("./screener-index.json", import.meta.url), "utf8")) as IndexFile;
  } catch (error) {
    // Without the file every pattern runs on every clause: slower, with the same results.
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    file = { patterns: {} };
  }
  return file;
}

/**
 * The sets of trigrams filed for each pattern; null for a pattern that must run on every text.
 * `undefined` marks the ones not in the file (run on every text too), for the test that keeps it current.
 */
export function filedTrigrams(patterns: readonly RegExp[]): (string[][] | null | undefined)[] {
  const filed = indexFile().patterns;
  return patterns.map((p) => {
    const entry = filed[patternKey(p)] as string[][] | string[] | null | undefined;
    // A file written before patterns had several sets lists one set of trigrams: read it as such.
    return entry && entry.some((set) => typeof set === "string")
      ? [entry as string[]]
      : (entry as string[][]);
  });
}

/** Which of several patterns could match a text, by the trigrams (or longer pieces) in it. */
export class TrigramIndex {
  // Every item of every set (a trigram or a longer piece) is found in one pass over a text, one
  // step a character, by an Aho-Corasick automaton: a state is how much of some item the text
  // just read ends with, `next` the state after each character (by its class: the characters of
  // the items each have one, every other character shares class 0), and a state's `entries` the
  // sets (pattern * 8 + set) of every item that ends there. Looking a trigram up in a map at each
  // position, then comparing each longer piece it starts, took about a sixth of the screening of
  // ordinary chat.
  private readonly classes: number;
  /** The class of each character code below 128... */
  private readonly ascii = new Uint8Array(128);
  /** ...and of the others that occur in an item. */
  private readonly wide = new Map<number, number>();
  private readonly next: Int32Array | Uint16Array;
  /** Per state, where its sets start in `entries` (and end, at the next state's start). */
  private readonly entryStart: Int32Array;
  private readonly entries: Int32Array;
  private readonly always: number[] = [];
  /** Per pattern, a bit for each of its sets. */
  private readonly allSets: Uint8Array;
  // Per pattern, the bits of the sets candidateList has seen an item of so far in the text it is
  // reading; all 0 between calls (it reads a text through without calling out, so a call cannot
  // start while another is running).
  private readonly seen: Uint8Array;

  /**
   * `trigrams[i]` are pattern i's sets (at most 8), or null when it must run on every text. A set's
   * items are trigrams, or pieces of three letters or more of which a text must hold one whole.
   */
  constructor(private readonly trigrams: readonly (readonly (readonly string[])[] | null)[]) {
    this.allSets = new Uint8Array(trigrams.length);
    this.seen = new Uint8Array(trigrams.length);
    // The items' characters, each a class; and at most how many states the items' trie needs.
    let classCount = 0;
    let bound = 1;
    trigrams.forEach((sets, i) => {
      if (!sets || sets.length === 0) return;
      if (sets.length > 8) throw new Error(`pattern ${i} has more than 8 sets of trigrams`);
      for (const set of sets) {
        for (const item of set) {
          if (item.length < 3) throw new Error(`pattern ${i} has a piece shorter than a trigram`);
          bound += item.length;
          for (let k = 0; k < item.length; k++) {
            const code = item.charCodeAt(k);
            if (code < 128 ? this.ascii[code] === 0 : !this.wide.has(code)) {
              if (code < 128) this.ascii[code] = ++classCount;
              else this.wide.set(code, ++classCount);
            }
          }
        }
      }
    });
    const classes = (this.classes = classCount + 1);
    const classOf = (code: number) =>
      code < 128 ? (this.ascii[code] as number) : (this.wide.get(code) ?? 0);
    // The trie of the items (a step to state 0 is no step: the start is nobody's child), and the
    // sets of the items ending at each state.
    // (Room for a quarter of the bound to start with: items share most of their beginnings.)
    let step = new Int32Array((bound >> 2) * classes + classes);
    const own: (number[] | undefined)[] = [];
    let states = 1;
    trigrams.forEach((sets, i) => {
      if (!sets || sets.length === 0) {
        this.always.push(i);
        return;
      }
      this.allSets[i] = (1 << sets.length) - 1;
      sets.forEach((set, j) => {
        for (const item of set) {
          let state = 0;
          for (let k = 0; k < item.length; k++) {
            const at = state * classes + classOf(item.charCodeAt(k));
            if (step[at] === 0) {
              if ((states + 1) * classes > step.length) {
                const larger = new Int32Array(step.length * 2);
                larger.set(step);
                step = larger;
              }
              step[at] = states++;
            }
            state = step[at] as number;
          }
          const list = (own[state] ??= []);
          if (!list.includes(i * 8 + j)) list.push(i * 8 + j);
        }
      });
    });
    // Breadth first, so a state's fallback (the longest proper suffix of its text that is a state)
    // is complete before it: its missing steps are its fallback's, and its sets include its
    // fallback's (items ending inside the longer one).
    const fallback = new Int32Array(states);
    const merged: number[][] = new Array(states);
    merged[0] = own[0] ?? [];
    const queue = new Int32Array(states);
    for (let q = 0, queued = 1; q < queued; q++) {
      const state = queue[q] as number;
      const base = state * classes;
      const fallbackBase = (fallback[state] as number) * classes;
      for (let c = 0; c < classes; c++) {
        const child = step[base + c] as number;
        if (child === 0) {
          if (state !== 0) step[base + c] = step[fallbackBase + c] as number;
          continue;
        }
        const back = state === 0 ? 0 : (step[fallbackBase + c] as number);
        fallback[child] = back;
        const inherited = merged[back] as number[];
        const mine = own[child];
        if (!mine) merged[child] = inherited;
        else {
          for (const entry of inherited) if (!mine.includes(entry)) mine.push(entry);
          merged[child] = mine;
        }
        queue[queued++] = child;
      }
    }
    this.next =
      states < 65536 ? Uint16Array.from(step.subarray(0, states * classes)) : step.slice(0, states * classes);
    this.entryStart = new Int32Array(states + 1);
    let total = 0;
    for (let s = 0; s < states; s++) {
      this.entryStart[s] = total;
      total += (merged[s] as number[]).length;
    }
    this.entryStart[states] = total;
    this.entries = new Int32Array(total);
    for (let s = 0; s < states; s++) this.entries.set(merged[s] as number[], this.entryStart[s] as number);
  }

  /** marks[i] is 1 when pattern i could match somewhere in `text`. */
  candidates(text: string): Uint8Array {
    const marks = new Uint8Array(this.trigrams.length);
    for (const i of this.candidateList(text)) marks[i] = 1;
    return marks;
  }

  /** The patterns that could match somewhere in `text`, each once, in no particular order. */
  candidateList(text: string): number[] {
    const seen = this.seen;
    const ascii = this.ascii;
    const next = this.next;
    const classes = this.classes;
    const entryStart = this.entryStart;
    const entries = this.entries;
    const touched: number[] = [];
    let state = 0;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      const c = code < 128 ? (ascii[code] as number) : (this.wide.get(code) ?? 0);
      state = next[state * classes + c] as number;
      const end = entryStart[state + 1] as number;
      for (let k = entryStart[state] as number; k < end; k++) {
        const entry = entries[k] as number;
        const i = entry >> 3;
        if (seen[i] === 0) touched.push(i);
        seen[i] = (seen[i] as number) | (1 << (entry & 7));
      }
    }
    const list = this.always.slice();
    for (const i of touched) {
      if (seen[i] === this.allSets[i]) list.push(i);
      seen[i] = 0;
    }
    return list;
  }
}

/**
 * Gates before the screener's readings of a whole message, all answered from one pass over the
 * text (a TrigramIndex of every gate's pieces, read once for each text they are asked about):
 *
 * - `PatternGate`: a reading (readThemeEmergency, readThemeUrgent) that can raise only when one of
 *   some patterns matches (every raise of it needs one), or all of one of some lists of patterns,
 *   need not run on a text that cannot match any of them. A pattern could match when the text
 *   holds a piece of each set filed for it (as the rules are skipped); a pattern not in the file
 *   could always match, so results never depend on the file. Which patterns a reading cannot do without is written beside it; a test
 *   checks, with the gates held open, that the screener's results on every development and
 *   conversation message are the same.
 * - `PieceGate`: whether a text holds one of some strings, as `/a|b|c/` with the strings escaped
 *   would say (anyPiece in screener.ts), exactly, without a scan of its own.
 */
type Sets = readonly (readonly string[])[] | null;

abstract class Gate {
  /** Where this gate's members start in the shared index, and how many it has. */
  first = 0;
  count = 0;
  constructor() {
    gates.push(this);
  }
  /** The members' sets, each member marked when the text holds a piece of each of its sets. */
  abstract members(): Sets[];
  protected anyMarked(text: string): boolean {
    const marks = marksFor(text);
    for (let k = this.first, end = this.first + this.count; k < end; k++) if (marks[k] === 1) return true;
    return false;
  }
}

const gates: Gate[] = [];
let gateIndex: TrigramIndex | undefined;
let gatesIndexed = 0;
let markedText: string | undefined;
let marked: Uint8Array = new Uint8Array(0);
let gatesHeldOpen = false;

function marksFor(text: string): Uint8Array {
  if (gatesIndexed !== gates.length) {
    const all: Sets[] = [];
    for (const gate of gates) {
      const members = gate.members();
      gate.first = all.length;
      gate.count = members.length;
      all.push(...members);
    }
    gateIndex = new TrigramIndex(all);
    gatesIndexed = gates.length;
    markedText = undefined;
  }
  if (text !== markedText) {
    marked = (gateIndex as TrigramIndex).candidates(text);
    markedText = text;
  }
  return marked;
}

/**
 * Open on a text one of `needs` could match, by the pieces filed for its patterns; see above. A need
 * is a pattern, or several that must all match (the conditions of one raise, all of them needed).
 */
export class PatternGate extends Gate {
  private list: readonly (RegExp | readonly RegExp[])[] | undefined;
  private distinct: RegExp[] = [];
  /** Per need, where its patterns are among this gate's members. */
  private needs: number[][] = [];
  /** `needs` is called once, when the gates are first used (after the module has set them all up). */
  constructor(private readonly read: () => readonly (RegExp | readonly RegExp[])[]) {
    super();
  }
  /** The patterns, for the index script and tests. */
  get patternList(): readonly RegExp[] {
    if (!this.list) {
      this.list = this.read();
      const at = new Map<RegExp, number>();
      this.needs = this.list.map((need) =>
        (need instanceof RegExp ? [need] : need).map((p) => {
          let k = at.get(p);
          if (k === undefined) at.set(p, (k = this.distinct.push(p) - 1));
          return k;
        }),
      );
    }
    return this.distinct;
  }
  members(): Sets[] {
    return filedTrigrams(this.patternList).map((sets) => sets ?? null);
  }
  test(text: string): boolean {
    if (gatesHeldOpen) return true;
    const marks = marksFor(text);
    for (const need of this.needs) {
      let all = true;
      for (const k of need) if (marks[this.first + k] !== 1) all = false;
      if (all) return true;
    }
    return false;
  }
}

/** Whether a text holds one of `pieces`, as the escaped pieces joined with "|" would match. */
export class PieceGate extends Gate {
  /** Pieces shorter than a trigram, looked for one by one. */
  private readonly short: string[];
  private readonly long: string[];
  constructor(pieces: readonly string[]) {
    super();
    this.short = pieces.filter((p) => p.length < 3);
    this.long = pieces.filter((p) => p.length >= 3);
  }
  members(): Sets[] {
    return this.long.length > 0 ? [[this.long]] : [];
  }
  test(text: string): boolean {
    for (const piece of this.short) if (text.includes(piece)) return true;
    return this.anyMarked(text);
  }
}

/** Every pattern a PatternGate names, for `npm run index:screener` to file. */
export function gatedPatterns(): RegExp[] {
  return gates.flatMap((g) => (g instanceof PatternGate ? [...g.patternList] : []));
}

/** Holds every PatternGate open (for a test that the gates change no result), or lets them shut again. */
export function holdGatesOpen(open: boolean): void {
  gatesHeldOpen = open;
}
