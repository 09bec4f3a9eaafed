/**
 * A nesting-depth limit on JSON request bodies. Fastify caps a body's size, but a 64 KB
 * body can still nest 30,000 levels deep, and parsing or validating that overflows the
 * stack (a 500 and a noisy log line for one crafted request). No Asclepiad request needs
 * more than a few levels, so bodies nested deeper than MAX_JSON_DEPTH are refused with a
 * 400 before they are parsed. Everything else is Fastify's own JSON parser, including its
 * refusal of `__proto__` and `constructor.prototype` keys.
 */
import type { FastifyInstance } from "fastify";
import { errors } from "../errors.js";

export const MAX_JSON_DEPTH = 32;

/** The deepest nesting of arrays and objects in a JSON text, counted without parsing it. */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

export function registerJsonDepthLimit(app: FastifyInstance, maxDepth = MAX_JSON_DEPTH): void {
  const parse = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    const text = typeof body === "string" ? body : body.toString("utf8");
    if (jsonNestingDepth(text) > maxDepth) {
      done(
        errors.badRequest(
          "too_deeply_nested",
          `The request nests more than ${maxDepth} levels deep; no request here needs that.`,
        ),
        undefined,
      );
      return;
    }
    parse(request, text, done);
  });
}
