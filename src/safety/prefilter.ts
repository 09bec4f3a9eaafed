/**
 * Skips the screener patterns that cannot match a clause, so most of them never run on ordinary
 * writing.
 *
 * For every pattern, screener-index.json lists sets of pieces of text, any match containing one
 * piece of each set (a piece: up to eight letters of a string the pattern requires, from its
 * rarest three letters, or "trigram", on); prefilter-analysis.ts works them out from the pattern
 * and `npm run index:screener` writes them. A clause missing every piece of one of a pattern's
 * sets cannot match it, so the pattern is not run. A piece is looked up by its first trigram, then
 * checked whole. A pattern missing from the file (edited since it was last
 * written) is run on every clause, so results never depend on the file being current; a test
 * fails until it is.
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

/**
 * A trigram as a number: its three character codes, ten bits each. Looking up a number costs far
 * less than cutting out a three-letter string at every position of every clause; a trigram with a
 * character beyond the first 1,024 (none of the screener's) is looked up by its string instead.
 */
function trigramKey(a: number, b: number, c: number): number {
  return (a | b | c) < 1024 ? (a << 20) | (b << 10) | c : -1;
}

/** What one trigram stands for: sets it is an item of, and longer pieces that start with it. */
interface Hits {
  /** pattern * 8 + set, for each set the trigram itself is an item of. */
  entries: number[];
  /** Each distinct longer piece starting with the trigram, once... */
  pieces: string[];
  /** ...and the sets (pattern * 8 + set) it is an item of. */
  pieceEntries: number[][];
}

/** Which of several patterns could match a text, by the trigrams (or longer pieces) in it. */
export class TrigramIndex {
  private readonly byKey = new Map<number, Hits>();
  private readonly wide = new Map<string, Hits>();
  private readonly always: number[] = [];
  /** Per pattern, a bit for each of its sets. */
  private readonly allSets: Uint8Array;
  // Per pattern, the bits of the sets candidateList has seen a trigram of so far in the text it is
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
    trigrams.forEach((sets, i) => {
      if (!sets || sets.length === 0) {
        this.always.push(i);
        return;
      }
      if (sets.length > 8) throw new Error(`pattern ${i} has more than 8 sets of trigrams`);
      this.allSets[i] = (1 << sets.length) - 1;
      sets.forEach((set, j) => {
        for (const item of set) {
          if (item.length < 3) throw new Error(`pattern ${i} has a piece shorter than a trigram`);
          const key = trigramKey(item.charCodeAt(0), item.charCodeAt(1), item.charCodeAt(2));
          const map = (key === -1 ? this.wide : this.byKey) as Map<number | string, Hits>;
          const id = key === -1 ? item.slice(0, 3) : key;
          let hits = map.get(id);
          if (!hits) map.set(id, (hits = { entries: [], pieces: [], pieceEntries: [] }));
          let list = hits.entries;
          if (item.length > 3) {
            let p = hits.pieces.indexOf(item);
            if (p < 0) p = hits.pieces.push(item) - 1;
            list = hits.pieceEntries[p] ??= [];
          }
          if (list.at(-1) !== i * 8 + j) list.push(i * 8 + j);
        }
      });
    });
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
    const touched: number[] = [];
    for (let at = 0; at + 3 <= text.length; at++) {
      const key = trigramKey(text.charCodeAt(at), text.charCodeAt(at + 1), text.charCodeAt(at + 2));
      const hits = key === -1 ? this.wide.get(text.slice(at, at + 3)) : this.byKey.get(key);
      if (!hits) continue;
      for (const entry of hits.entries) {
        const i = entry >> 3;
        if (seen[i] === 0) touched.push(i);
        seen[i] = (seen[i] as number) | (1 << (entry & 7));
      }
      const pieces = hits.pieces;
      for (let p = 0; p < pieces.length; p++) {
        if (!text.startsWith(pieces[p] as string, at)) continue;
        for (const entry of hits.pieceEntries[p] as number[]) {
          const i = entry >> 3;
          if (seen[i] === 0) touched.push(i);
          seen[i] = (seen[i] as number) | (1 << (entry & 7));
        }
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
