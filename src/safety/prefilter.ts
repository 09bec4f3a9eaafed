/**
 * Skips the screener patterns that cannot match a clause, so most of them never run on ordinary
 * writing.
 *
 * For every pattern, screener-index.json lists three-letter pieces ("trigrams") one of which any
 * match must contain; prefilter-analysis.ts works them out from the pattern and
 * `npm run index:screener` writes them. A clause containing none of a pattern's trigrams cannot
 * match it, so the pattern is not run. A pattern missing from the file (edited since it was last
 * written) is run on every clause, so results never depend on the file being current; a test
 * fails until it is.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

interface IndexFile {
  /** Pattern source hash → its trigrams, or null for a pattern that is run on every text. */
  patterns: Record<string, string[] | null>;
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
 * The trigrams filed for each pattern; null for a pattern that must run on every text, including
 * one not in the file. `undefined` marks the ones not in the file, for the test that keeps it current.
 */
export function filedTrigrams(patterns: readonly RegExp[]): (string[] | null | undefined)[] {
  const filed = indexFile().patterns;
  return patterns.map((p) => filed[patternKey(p)]);
}

/** Which of several patterns could match a text, by the trigrams in it. */
export class TrigramIndex {
  private readonly byTrigram = new Map<string, number[]>();
  private readonly always: number[] = [];

  /** `trigrams[i]` are pattern i's trigrams, or null when it must run on every text. */
  constructor(private readonly trigrams: readonly (readonly string[] | null)[]) {
    trigrams.forEach((list, i) => {
      if (!list) {
        this.always.push(i);
        return;
      }
      for (const trigram of list) {
        const entry = this.byTrigram.get(trigram);
        if (!entry) this.byTrigram.set(trigram, [i]);
        else if (entry.at(-1) !== i) entry.push(i);
      }
    });
  }

  /** marks[i] is 1 when pattern i could match somewhere in `text`. */
  candidates(text: string): Uint8Array {
    const marks = new Uint8Array(this.trigrams.length);
    for (const i of this.always) marks[i] = 1;
    for (let at = 0; at + 3 <= text.length; at++) {
      const hits = this.byTrigram.get(text.slice(at, at + 3));
      if (hits) for (const i of hits) marks[i] = 1;
    }
    return marks;
  }
}
