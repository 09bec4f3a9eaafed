// Every way the web app deletes or clears something asks first, with the one shared
// ConfirmDialog (the account, the biggest delete of all, asks by having DELETE typed). A new
// delete or clear call in a file without it fails here, before a stray tap can lose anything.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL(".", import.meta.url));
const sources = readdirSync(root, { recursive: true, encoding: "utf8" })
  .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path))
  .map((path) => ({ path, text: readFileSync(`${root}${path}`, "utf8") }));
const DESTRUCTIVE_CALL = /\bapi\.(?:delete|clear|remove|forget)\w*\(/;

describe("destructive actions in the web app", () => {
  it("finds the deletes it guards", () => {
    const guarded = sources.filter((s) => DESTRUCTIVE_CALL.test(s.text)).map((s) => s.path);
    for (const path of ["pages/mood.tsx", "pages/journal.tsx", "maia/memory-panel.tsx", "pages/settings.tsx"])
      expect(guarded).toContain(path);
  });

  it("asks first everywhere, through the shared ConfirmDialog", () => {
    const unasked = sources
      .filter((s) => DESTRUCTIVE_CALL.test(s.text))
      .filter((s) =>
        s.path === "pages/settings.tsx"
          ? !s.text.includes("Type DELETE to confirm")
          : !s.text.includes('from "../components/confirm-dialog.js"') || !s.text.includes("<ConfirmDialog"),
      )
      .map((s) => s.path);
    expect(unasked).toEqual([]);
  });

  it("never uses the browser's own confirm box, which looks and reads differently", () => {
    const native = sources.filter((s) => /\b(?:window\.)?confirm\(/.test(s.text)).map((s) => s.path);
    expect(native).toEqual([]);
  });
});
