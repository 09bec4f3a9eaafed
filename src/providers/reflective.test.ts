import { describe, expect, it } from "vitest";
import { createReflectiveProvider, wordGroups } from "./reflective.js";
import type { ModelRequest, StreamEvent } from "./types.js";

async function collect(request: ModelRequest, signal = new AbortController().signal): Promise<StreamEvent[]> {
  const events: StreamEvent[] = [];
  for await (const e of createReflectiveProvider().stream(request, signal)) events.push(e);
  return events;
}

const conversation: ModelRequest = {
  system: "You are Maia.",
  messages: [
    { role: "user", content: "i cancelled my session again this morning" },
    { role: "assistant", content: "So you cancelled again. What goes through your mind in the hour before?" },
    { role: "user", content: "i just couldnt face talking about my dad" },
  ],
  seed: "s1",
};

describe("reflective provider", () => {
  it("names itself and its model", () => {
    const p = createReflectiveProvider();
    expect(p.name).toBe("reflective");
    expect(p.model).toBe("asclepiad-reflective-1");
  });

  it("announces the whole reply first, then streams it as several small word groups, then one usage event", async () => {
    const events = await collect(conversation);
    const deltas = events.filter((e) => e.type === "delta");
    // The worker screens the announced reply once instead of again with every delta, so the
    // deltas must spell out exactly what was announced.
    expect(events[0]).toEqual({ type: "whole", text: deltas.map((d) => d.text).join("") });
    expect(events.filter((e) => e.type === "whole")).toHaveLength(1);
    expect(deltas.length).toBeGreaterThan(3);
    for (const d of deltas) expect(d.text.trim().split(/\s+/).length).toBeLessThanOrEqual(3);
    const last = events[events.length - 1]!;
    expect(last.type).toBe("usage");
    const text = deltas.map((d) => d.text).join("");
    if (last.type === "usage") expect(last.outputTokens).toBe(Math.ceil(text.length / 4));
  });

  it("answers the same conversation the same way, with or without an explicit seed", async () => {
    const text = async (r: ModelRequest) =>
      (await collect(r))
        .filter((e) => e.type === "delta")
        .map((e) => (e.type === "delta" ? e.text : ""))
        .join("");
    expect(await text(conversation)).toBe(await text(conversation));
    const unseeded = { ...conversation, seed: undefined };
    expect(await text(unseeded)).toBe(await text(unseeded));
  });

  it("stops with an AbortError when the signal is aborted mid-stream", async () => {
    const controller = new AbortController();
    const seen: StreamEvent[] = [];
    await expect(async () => {
      for await (const e of createReflectiveProvider().stream(conversation, controller.signal)) {
        seen.push(e);
        controller.abort();
      }
    }).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toHaveLength(1);
  });

  it("refuses to start when already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(collect(conversation, controller.signal)).rejects.toMatchObject({ name: "AbortError" });
  });

  it("replies calmly to an empty conversation", async () => {
    const events = await collect({ system: "", messages: [] });
    expect(events.some((e) => e.type === "delta" && e.text.trim().length > 0)).toBe(true);
  });

  it("keeps every word when grouping", () => {
    const text = "It sounds like the hour fills up with the safer things.";
    expect(wordGroups(text).join("")).toBe(text);
  });
});
