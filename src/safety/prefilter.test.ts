import { describe, expect, it } from "vitest";
import { CONVERSATIONS } from "../../eval/reflective/corpus/conversations.js";
import { readDevelopment } from "../../eval/safety/corpus.js";
import { PIECE_LENGTH, requiredPieces, requiredTrigrams } from "./prefilter-analysis.js";
import { ordinaryConversation } from "../../eval/safety/second-opinion.js";
import {
  filedTrigrams,
  gatedPatterns,
  holdGatesOpen,
  PatternGate,
  PieceGate,
  TrigramIndex,
} from "./prefilter.js";
import { IDIOM_PATTERNS, normaliseMessage, RULE_PATTERNS, screenByRules } from "./screener.js";

// Whether a text holds a trigram of each of a pattern's sets, as it must to be matched.
const contains = (text: string, sets: readonly (readonly string[])[]) =>
  sets.every((set) => set.some((t) => text.includes(t)));

// Every development and conversation message, earlier messages included, as the screener reads them.
const corpusTexts = () =>
  [
    ...readDevelopment().flatMap((item) => [...item.previous, item.text]),
    ...CONVERSATIONS.flatMap((c) => c.personTurns),
  ].map(normaliseMessage);

/** On every text a pattern matches, the pieces filed for it are there (the index never skips it). */
function expectNeverSkipped(
  patterns: readonly RegExp[],
  filed: readonly (string[][] | null | undefined)[],
  texts: readonly string[],
  what: string,
  atLeast: number,
): void {
  let matches = 0;
  patterns.forEach((source, i) => {
    const sets = filed[i];
    if (!sets) return;
    const pattern = new RegExp(source.source, source.flags.replace("g", ""));
    for (const text of texts) {
      if (!pattern.test(text)) continue;
      matches++;
      if (!contains(text, sets)) expect.fail(`${what} ${i} matches "${text}" but its pieces are not in it`);
    }
  });
  expect(matches).toBeGreaterThan(atLeast);
}

/** Every pattern is in the index, and never skipped on a development or conversation message. */
function expectFiledAndNeverSkipped(patterns: readonly RegExp[], what: string): void {
  const filed = filedTrigrams(patterns);
  expect(filed.filter((t) => t === undefined).length, "run npm run index:screener").toBe(0);
  expectNeverSkipped(patterns, filed, corpusTexts(), what, 200);
}

describe("requiredTrigrams", () => {
  it("finds a piece of every string an exact pattern can match, and none in other words", () => {
    const trigrams = requiredTrigrams(String.raw`\bkil(?:ing)? my ?self\b`) as string[][];
    for (const text of ["kil my self", "kil myself", "kiling my self", "kiling myself"]) {
      expect(contains(` i want to ${text} `, trigrams), text).toBe(true);
    }
    expect(contains(" i had a long day and feel flat ", trigrams)).toBe(false);
  });

  it("picks the piece of each string that ordinary writing uses least", () => {
    // Told that "kil" is common (as "killing me" is in chat), and pieces with a space, it
    // stands for "kill myself" by a piece of "myself".
    const common = new Set(["kil", "ili", "lin", "ing"]);
    const trigrams = requiredTrigrams(String.raw`\bkil(?:ing)? my ?self\b`, "", (t) =>
      common.has(t) || t.includes(" ") ? 100 : 1,
    ) as string[][];
    expect(trigrams.flat().some((t) => common.has(t))).toBe(false);
    expect(contains(" this exam is kiling me ", trigrams)).toBe(false);
    expect(contains(" i could kil myself ", trigrams)).toBe(true);
  });

  it("reads past words it cannot spell to the words every match needs", () => {
    const trigrams = requiredTrigrams(String.raw`\b(?:\w+ ){0,2}(?:die|be dead)\b`) as string[][];
    expect(contains(" i want to die ", trigrams)).toBe(true);
    expect(contains(" i would rather be dead ", trigrams)).toBe(true);
    expect(contains(" i would rather stay at home ", trigrams)).toBe(false);
  });

  it("leaves out lookarounds and word boundaries, which take no letters of the match", () => {
    const trigrams = requiredTrigrams(String.raw`\b(?<!not )want to go(?= now| tonight)\b`) as string[][];
    expect(contains(" i want to go now ", trigrams)).toBe(true);
  });

  it("says nothing is required when a branch, or a repeat that may be absent, needs nothing", () => {
    expect(requiredTrigrams(String.raw`\bsuicide\b|\b\w+\b`)).toBeNull();
    expect(requiredTrigrams(String.raw`(?:pils )*`)).toBeNull();
    expect(requiredTrigrams(String.raw`\bsh\b`)).toBeNull();
    expect(requiredTrigrams("kil myself", "i")).toBeNull();
  });

  it("never filters out a text the pattern matches (random texts over the patterns' own words)", () => {
    const patterns = [
      String.raw`\b(?:tok|taken|had) (?:a |the |\d+ )?(?:whole )?(?:box|packet) of (?:my )?(?:pils|tablets?)\b`,
      String.raw`\b(?:my (?:dad|mum)|he|she) (?:\w+ ){0,2}(?:hits|hit|kicks) me(?! back)\b`,
      String.raw`\bif i (?:\w+ )?(?:died|didnt wake up)|\bbetter of dead\b`,
      String.raw`\b(?:want|going) to (?:kil|hurt) (?:him|her|my ?self)\b`,
      String.raw`\b[0-9]{2,} (?:pils|tablets)|\bbarcode scars\b`,
    ];
    const words = (
      "tok taken had a the 12 30 whole box packet of my pils tablet tablets dad mum he she really " +
      "always hits hit kicks me back if i died didnt wake up better of dead want going to kil hurt " +
      "him her myself self barcode scars"
    ).split(" ");
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let matched = 0;
    for (const source of patterns) {
      const pattern = new RegExp(source);
      const trigrams = requiredTrigrams(source) as string[][];
      expect(trigrams, source).not.toBeNull();
      for (let n = 0; n < 20000; n++) {
        const length = 2 + Math.floor(random() * 7);
        const text = ` ${Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(" ")} `;
        if (!pattern.test(text)) continue;
        matched++;
        expect(contains(text, trigrams), `${source} on "${text}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(200);
  });
});

describe("requiredPieces", () => {
  it("keeps more of each required string than its trigram, and every match still holds one piece of each set", () => {
    const source = String.raw`\b(?:kil|kiling) (?:my ?self|him)\b`;
    const pieces = requiredPieces(source) as string[][];
    expect(pieces.flat().every((p) => p.length >= 3 && p.length <= PIECE_LENGTH)).toBe(true);
    expect(pieces.flat().some((p) => p.length > 3)).toBe(true);
    for (const text of [" kil myself ", " kiling my self ", " kil him "]) {
      expect(new RegExp(source).test(text)).toBe(true);
      expect(contains(text, pieces), text).toBe(true);
    }
    // "kil" is there, but no whole piece: the index lets it pass by trigrams, not by pieces.
    expect(contains(" this is kiling us ", pieces)).toBe(false);
    expect(contains(" this is kiling us ", requiredTrigrams(source) as string[][])).toBe(true);
  });
});

describe("TrigramIndex with pieces", () => {
  it("marks a pattern only when a whole piece is in the text, not just its first trigram", () => {
    const index = new TrigramIndex([[["kil my", "kil him"]], [["kil"]]]);
    expect([...index.candidates(" i want to kil myself ")]).toEqual([1, 1]);
    expect([...index.candidates(" this is kiling me ")]).toEqual([0, 1]);
    expect([...index.candidates(" kil him ")]).toEqual([1, 1]);
  });
});

describe("TrigramIndex", () => {
  it("marks the patterns whose trigrams a text contains, and those with none always", () => {
    const index = new TrigramIndex([[["kil", "die"]], [["pil"]], null]);
    expect([...index.candidates(" i want to die ")]).toEqual([1, 0, 1]);
    expect([...index.candidates(" i had a long day ")]).toEqual([0, 0, 1]);
    expect([...index.candidates(" pils ")]).toEqual([0, 1, 1]);
  });

  it("marks a pattern with several sets only when the text holds a trigram of each", () => {
    const index = new TrigramIndex([[["kil"], ["sel", "slf"]], [["pil"]]]);
    expect([...index.candidates(" kil myself ")]).toEqual([1, 0]);
    expect([...index.candidates(" kil it ")]).toEqual([0, 0]);
    expect([...index.candidates(" myself ")]).toEqual([0, 0]);
    expect([...index.candidates(" myslf kil pils ")]).toEqual([1, 1]);
  });
});

describe("TrigramIndex against a plain substring search", () => {
  it("marks exactly the patterns a text holds an item of each set of, items overlapping or inside one another", () => {
    // Items that share beginnings, end inside one another ("kil my" holds "l m" no, "il m" yes) and
    // repeat letters, so every step of the automaton back to a shorter item is taken.
    const items = [
      "kil",
      "kil my",
      "il my",
      "l my",
      "my self",
      "self",
      "elf",
      "aaa",
      "aaab",
      "aab",
      "a b",
      "b a",
      "é b",
    ];
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = (n: number) =>
      Array.from({ length: n }, () => items[Math.floor(random() * items.length)] as string);
    const patterns = Array.from({ length: 40 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(1 + Math.floor(random() * 3))),
    );
    const index = new TrigramIndex(patterns);
    const letters = "kilmy sefabé";
    for (let n = 0; n < 3000; n++) {
      const text = Array.from(
        { length: Math.floor(random() * 30) },
        () => letters[Math.floor(random() * letters.length)],
      ).join("");
      const expected = patterns.map((sets) => (contains(text, sets) ? 1 : 0));
      expect([...index.candidates(text)], text).toEqual(expected);
    }
  });
});

describe("the screener's index (screener-index.json)", () => {
  const filed = filedTrigrams(RULE_PATTERNS);

  it("files every rule the screener has, as written now", () => {
    const missing = filed.filter((t) => t === undefined).length;
    expect(
      missing,
      `${missing} screener patterns are not in src/safety/screener-index.json (they still run, on every clause): run npm run index:screener`,
    ).toBe(0);
  });

  it("files every idiom alternative, and never skips one that matches a development or conversation message", () => {
    expectFiledAndNeverSkipped(IDIOM_PATTERNS, "idiom");
  }, 300_000);

  it("never skips a rule that matches any development, conversation or test message", () => {
    const texts = corpusTexts();
    // The screener runs the rules on each clause and on earlier messages joined to this one.
    const clauses = [...new Set(texts.flatMap((t) => [t, ...t.split(" | ").map((c) => ` ${c.trim()} `)]))];
    expectNeverSkipped(RULE_PATTERNS, filed, clauses, "rule", 2000);
    // Every rule against every clause of a corpus that grows with each batch: well over the
    // default limit on a busy machine (130 s at 72 files with three other jobs running; at 80 files
    // and 1,581 patterns, 70-120 s with one other job, 600 s with seven). The limit only guards
    // against a hang; how fast the screener is belongs to npm run bench.
  }, 900_000);
});

describe("the readings' gates", () => {
  // The screener's own, before the tests below add gates of their own.
  const screenerGated = gatedPatterns();

  it("a PieceGate says what the escaped pieces joined with | say, pieces shorter than a trigram too", () => {
    const pieces = ["kil", "do it", "?", "a e", "é", "wil not be", "kil my"];
    const gate = new PieceGate(pieces);
    const pattern = new RegExp(pieces.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
    for (const text of [
      "",
      " i had a long day ",
      " ? ",
      " a e ",
      " ae ",
      " i wil not be here ",
      " wil not ",
      " kil ",
      " é ",
      "do it",
    ]) {
      expect(gate.test(text), text).toBe(pattern.test(text));
    }
    expect(new PieceGate([]).test(" any ")).toBe(false);
    expect(new PieceGate([""]).test(" any ")).toBe(true);
  });

  it("a PatternGate stays open on every text for a pattern not in the index, and opens on one that could match a filed one", () => {
    const unfiled = new PatternGate(() => [/\bnever filed anywhere\b/]);
    expect(unfiled.test(" i had a long day ")).toBe(true);
    const [filedOne] = screenerGated;
    expect(filedOne).toBeDefined();
    const gate = new PatternGate(() => [filedOne as RegExp]);
    expect(gate.test(" i had a long day ")).toBe(false);
  });

  it("files every pattern a gate names, and opens every gate on each text one of its patterns matches", () => {
    expectFiledAndNeverSkipped(screenerGated, "gated pattern");
  }, 300_000);

  it("change no result: screenByRules is the same with every gate held open, on every development and conversation message", () => {
    const conversation = ordinaryConversation();
    const items = [...readDevelopment(), ...conversation.train, ...conversation.check];
    const shut = items.map((item) => screenByRules(item.text, { previous: item.previous }));
    holdGatesOpen(true);
    try {
      items.forEach((item, k) => {
        const open = screenByRules(item.text, { previous: item.previous });
        if (JSON.stringify(open) !== JSON.stringify(shut[k]))
          expect.fail(
            `${item.line}: ${JSON.stringify(open)} with the gates open, ${JSON.stringify(shut[k])} shut`,
          );
      });
    } finally {
      holdGatesOpen(false);
    }
    expect(items.length).toBeGreaterThan(3000);
  }, 600_000);
});
