// A button that is busy (saving, sending, redeeming) says so with aria-disabled, never with
// `disabled`: disabling the focused button drops keyboard focus to the page, so a screen-reader
// user pressing Save is left nowhere. The handlers ignore presses while busy instead.
// (e2e/focus.test.ts checks the same in a real browser for a few of them.)
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL(".", import.meta.url));
const sources = readdirSync(root, { recursive: true, encoding: "utf8" })
  .filter((path) => /\.tsx$/.test(path))
  .map((path) => ({ path, text: readFileSync(`${root}${path}`, "utf8") }));
const BUSY_DISABLED = /\bdisabled=\{\s*(?:busy|sending|answering|saving)\s*\}/;

describe("busy buttons", () => {
  it("finds the busy buttons it checks", () => {
    const busy = sources.filter((s) => /aria-disabled=\{\s*(?:busy|sending|answering)/.test(s.text));
    for (const path of [
      "pages/journal.tsx",
      "pages/coins.tsx",
      "pages/settings.tsx",
      "pages/maia-thread.tsx",
    ])
      expect(busy.map((s) => s.path)).toContain(path);
  });

  it("never disables a button just because it is busy", () => {
    expect(sources.filter((s) => BUSY_DISABLED.test(s.text)).map((s) => s.path)).toEqual([]);
  });
});
