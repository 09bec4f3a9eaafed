// Escape twice within a second leaves for the neutral site; one Escape (closing a dialog, say)
// never does, however soon after the page opened it comes.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { listenForDoubleEscape } from "./quick-exit.js";

let now = 0;
const replace = vi.fn();

function press(key = "Escape", repeat = false): void {
  const event = new Event("keydown");
  Object.defineProperties(event, { key: { value: key }, repeat: { value: repeat } });
  window.dispatchEvent(event);
}

beforeEach(() => {
  now = 0;
  replace.mockClear();
  vi.stubGlobal("window", new EventTarget());
  vi.stubGlobal("document", {
    title: "Asclepiad",
    body: { replaceChildren() {} },
    querySelector: () => null,
  });
  vi.stubGlobal("location", { replace });
  vi.spyOn(performance, "now").mockImplementation(() => now);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("Escape twice to leave", () => {
  it("does not leave on a single Escape in the first second after the page opens", () => {
    const stop = listenForDoubleEscape();
    now = 150;
    press();
    expect(replace).not.toHaveBeenCalled();
    now = 1_400;
    press();
    expect(replace).not.toHaveBeenCalled();
    stop();
  });

  it("leaves on two presses within a second, and not on two further apart or on a held key", () => {
    const stop = listenForDoubleEscape();
    now = 5_000;
    press();
    now = 6_200;
    press();
    expect(replace).not.toHaveBeenCalled();
    now = 6_300;
    press("Escape", true);
    press("Enter");
    expect(replace).not.toHaveBeenCalled();
    now = 6_900;
    press();
    expect(replace).toHaveBeenCalledWith("https://www.bbc.co.uk/weather");
    stop();
  });
});
