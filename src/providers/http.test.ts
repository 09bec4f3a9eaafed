import { describe, expect, it } from "vitest";
import { parseRetryAfter, readServerSentEvents } from "./http.js";

/** A body that delivers the given bytes one read at a time. */
function bodyOf(pieces: Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < pieces.length) controller.enqueue(pieces[i++]!);
      else controller.close();
    },
  });
}

const describeServer = { label: "test server", host: "127.0.0.1" };

async function eventsFrom(pieces: Uint8Array[]) {
  const events = [];
  for await (const event of readServerSentEvents(
    bodyOf(pieces),
    new AbortController().signal,
    describeServer,
  )) {
    events.push(event);
  }
  return events;
}

describe("readServerSentEvents", () => {
  it("joins events and multibyte characters split byte by byte", async () => {
    const text = 'event: greeting\ndata: {"t":"Café 🙂 日本"}\n\ndata: [DONE]\n\n';
    const bytes = new TextEncoder().encode(text);
    const events = await eventsFrom([...bytes].map((b) => Uint8Array.of(b)));
    expect(events.map((e) => [e.event, e.data])).toEqual([
      ["greeting", '{"t":"Café 🙂 日本"}'],
      [undefined, "[DONE]"],
    ]);
  });

  it("handles CRLF line endings and a last event without its blank line", async () => {
    const events = await eventsFrom([new TextEncoder().encode("data: one\r\n\r\ndata: two")]);
    expect(events.map((e) => e.data)).toEqual(["one", "two"]);
  });
});

describe("parseRetryAfter", () => {
  const headers = (init: Record<string, string>) => new Headers(init);
  it("reads delay-seconds, fractional seconds, retry-after-ms and HTTP dates", () => {
    expect(parseRetryAfter(headers({ "retry-after": "7" }))).toBe(7000);
    expect(parseRetryAfter(headers({ "retry-after": "1.5" }))).toBe(1500);
    expect(parseRetryAfter(headers({ "retry-after-ms": "250", "retry-after": "1" }))).toBe(250);
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(parseRetryAfter(headers({ "retry-after": "Wed, 01 Jan 2025 00:00:30 GMT" }), now)).toBe(30_000);
    expect(parseRetryAfter(headers({ "retry-after": "Tue, 31 Dec 2024 00:00:00 GMT" }), now)).toBe(0);
  });

  it("ignores a missing or unreadable value", () => {
    expect(parseRetryAfter(headers({}))).toBeUndefined();
    expect(parseRetryAfter(headers({ "retry-after": "soon" }))).toBeUndefined();
  });
});
