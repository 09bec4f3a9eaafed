/**
 * The screener squeezes repeated letters out of every message ("sleeeep" → "slep") before any
 * pattern reads it. Patterns built with re() are squeezed the same way when they are compiled, but
 * a pattern written as a plain /literal/ is not: a literal that spells "took" or "weeks" can never
 * match, and fails silently. This test reads the screener's source and finds every such literal.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { normaliseMessage, squeezePattern } from "./screener.js";

const SOURCE = fileURLToPath(new URL("./screener.ts", import.meta.url));

/** Plain regular-expression literals read after squeezing whose letters are not squeezed. */
function unsqueezedLiterals(code: string): string[] {
  const file = ts.createSourceFile("screener.ts", code, ts.ScriptTarget.Latest, true);
  // normaliseMessage reads the raw text up to the statement that squeezes it; those patterns, and
  // the phrases in other languages they look up, are written in ordinary spelling on purpose.
  let squeezedAt = Number.POSITIVE_INFINITY;
  const readsRawText = (node: ts.Node): boolean => {
    for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
      if (ts.isVariableDeclaration(p) && p.name.getText(file) === "OTHER_LANGUAGE_WORDS") return true;
      if (ts.isFunctionDeclaration(p) && p.name?.text === "normaliseMessage") {
        const squeezing = p.body?.statements.find((st) => st.getText(file) === "s = squeeze(s);");
        if (!squeezing) throw new Error("normaliseMessage no longer squeezes with `s = squeeze(s);`");
        squeezedAt = squeezing.getStart(file);
        return node.getStart(file) < squeezedAt;
      }
    }
    return false;
  };
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(file);
      const body = literal.slice(1, literal.lastIndexOf("/"));
      if (squeezePattern(body) !== body && !readsRawText(node)) {
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
        found.push(`line ${line}: ${literal.length > 90 ? `${literal.slice(0, 90)}…` : literal}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe("the screener's own patterns", () => {
  it("writes every plain pattern literal squeezed, so none is dead on arrival", () => {
    expect(unsqueezedLiterals(readFileSync(SOURCE, "utf8"))).toEqual([]);
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

  it("squeezes a message's letters the way the literals are written", () => {
    expect(normaliseMessage("i took them weeks ago")).toBe(" i tok them weks ago ");
    expect(squeezePattern("\\btook\\u00bb\\x61a")).toBe("\\btok\\u00bb\\x61a");
  });
});
