/**
 * The screener normalises every message before any pattern reads it: lower case, repeated letters
 * squeezed out ("sleeeep" → "slep"), apostrophes and every character but letters, digits, spaces
 * and `| , ? "` gone ("a&e" → "a e", "they'll" → "theyl"). A pattern that spells "took" or
 * "weeks", or looks for "a&e", "%" or a `${NAME}` that was never interpolated, can never match,
 * and fails silently. These tests read the screener's patterns, and its source, for such words.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { normaliseMessage, screenerPatterns, squeezePattern } from "./screener.js";

const SOURCE = fileURLToPath(new URL("./screener.ts", import.meta.url));

/** Plain regular-expression literals in the code that read normalised text: line and literal. */
function literalsReadingNormalised(code: string): { line: number; literal: string; body: string }[] {
  const file = ts.createSourceFile("screener.ts", code, ts.ScriptTarget.Latest, true);
  // normaliseMessage reads the raw text up to the statement that squeezes it; those patterns, and
  // the phrases in other languages they look up, are written in ordinary spelling on purpose.
  // A few literals read the patterns themselves, not a message.
  const readsPatterns = new Set(["ESCAPE", "squeezePattern", "splitAlternatives", "reInParts"]);
  const readsSomethingElse = (node: ts.Node): boolean => {
    for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
      if (ts.isVariableDeclaration(p) && p.name.getText(file) === "OTHER_LANGUAGE_WORDS") return true;
      if (
        (ts.isVariableDeclaration(p) || ts.isFunctionDeclaration(p)) &&
        readsPatterns.has(p.name?.getText(file) ?? "")
      )
        return true;
      if (ts.isFunctionDeclaration(p) && p.name?.text === "normaliseMessage") {
        const squeezing = p.body?.statements.find((st) => st.getText(file) === "s = squeeze(s);");
        if (!squeezing) throw new Error("normaliseMessage no longer squeezes with `s = squeeze(s);`");
        return node.getStart(file) < squeezing.getStart(file);
      }
    }
    return false;
  };
  const found: { line: number; literal: string; body: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && !readsSomethingElse(node)) {
      const literal = node.getText(file);
      found.push({
        line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1,
        literal,
        body: literal.slice(1, literal.lastIndexOf("/")),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function shown(line: number, literal: string): string {
  return `line ${line}: ${literal.length > 90 ? `${literal.slice(0, 90)}…` : literal}`;
}

function unsqueezedLiterals(code: string): string[] {
  return literalsReadingNormalised(code)
    .filter(({ body }) => squeezePattern(body) !== body)
    .map(({ line, literal }) => shown(line, literal));
}

/**
 * Characters a pattern looks for that no normalised message holds, outside escapes and character
 * classes: anything but letters, digits, spaces, `| , ? "` and the pattern's own syntax.
 */
function unreadable(source: string): string[] {
  const bare = source
    .replace(/\\u\{[0-9a-fA-F]+\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\[pPk](?:\{[^}]*\}|<[^>]*>)|\\./g, "")
    .replace(/\[(?:\\.|[^\]])*\]/g, "")
    .replace(/\(\?(?:<?[=!]|:)|\{\d+(?:,\d*)?\}/g, "");
  return [...new Set(bare.match(/[^a-z0-9 |,?"()*+.^$]/g) ?? [])];
}

describe("the screener's own patterns", () => {
  it("writes every plain pattern literal squeezed, so none is dead on arrival", () => {
    expect(unsqueezedLiterals(readFileSync(SOURCE, "utf8"))).toEqual([]);
  });

  it("looks only for characters a normalised message can hold", () => {
    const bad = [
      ...screenerPatterns().map((p) => ({ where: p.source.slice(0, 90), chars: unreadable(p.source) })),
      ...literalsReadingNormalised(readFileSync(SOURCE, "utf8")).map(({ line, literal, body }) => ({
        where: shown(line, literal),
        chars: unreadable(body),
      })),
    ].filter((p) => p.chars.length > 0);
    expect(bad).toEqual([]);
  });

  it("never writes to the console: it reads every message a person sends", () => {
    expect(readFileSync(SOURCE, "utf8").match(/\bconsole\.\w+/g) ?? []).toEqual([]);
  });

  it("would catch a literal spelt the ordinary way, and leave escapes and raw-text patterns alone", () => {
    const code = [
      "const A = /\\b(?:took|weeks)\\b/;",
      "const B = /\\u00bb\\bkil\\b/;",
      "const OTHER_LANGUAGE_WORDS = [[/^quero morrer$/, 'x']];",
      "function normaliseMessage(text) {",
      "  let s = text.replace(/\\bbleech\\b/g, 'bleach');",
      "  s = squeeze(s);",
      "  return s.replace(/\\bsleep\\b/g, 'x');",
      "}",
    ].join("\n");
    expect(unsqueezedLiterals(code)).toEqual(["line 1: /\\b(?:took|weeks)\\b/", "line 7: /\\bsleep\\b/g"]);
  });

  it("would catch a place, a percentage, a name never interpolated or a lone backslash-b, and not syntax or escapes", () => {
    expect(unreadable("\\bin (?:a&e|hospital)\\b")).toEqual(["&"]);
    expect(unreadable("\\d+ ?%")).toEqual(["%"]);
    // "\b" written once in a template string is a backspace, not a word boundary.
    expect(unreadable(`cant wait\b[^|]{0,12}`)).toEqual(["\b"]);
    expect(unreadable("(?:${WEAPONS}|knife)")).toEqual(["{", "W", "E", "A", "P", "O", "N", "S", "}"]);
    expect(unreadable("(?<=^ ?)(?![^|]*\\blol\\b)(?:\\w+ ){0,3}[.!-]\\u2019\\|")).toEqual([]);
  });

  it("squeezes a message's letters the way the literals are written", () => {
    expect(normaliseMessage("i took them weeks ago")).toBe(" i tok them weks ago ");
    expect(normaliseMessage("in A&E, they'll know")).toBe(" in a e , theyl know ");
    expect(squeezePattern("\\btook\\u00bb\\x61a")).toBe("\\btok\\u00bb\\x61a");
  });
});
