/**
 * Small helpers the provider tests share: drain a stream into the text, usage and error it
 * ended with (so a test can check the partial text a caller keeps after a failure), and a
 * ModelRequest carrying recognisable private words to prove errors never quote them.
 */
import type { ModelRequest, StreamEvent } from "./types.js";

export const PRIVATE_WORDS = "my sister's name is Philippa and I feel ashamed";

export const sampleRequest = (overrides: Partial<ModelRequest> = {}): ModelRequest => ({
  system: "You are Maia, a reflection companion. SYSTEM-SECRET-MARKER",
  messages: [
    { role: "user", content: "Hello" },
    { role: "assistant", content: "Hello, what is on your mind?" },
    { role: "user", content: PRIVATE_WORDS },
  ],
  ...overrides,
});

export interface Drained {
  text: string;
  deltas: string[];
  usage?: { inputTokens: number; outputTokens: number };
  error?: unknown;
}

/** Reads a stream to its end (or its error), optionally aborting after `abortAfterDeltas` deltas. */
export async function drain(
  events: AsyncIterable<StreamEvent>,
  options: { controller?: AbortController; abortAfterDeltas?: number } = {},
): Promise<Drained> {
  const result: Drained = { text: "", deltas: [] };
  try {
    for await (const event of events) {
      if (event.type === "delta") {
        result.deltas.push(event.text);
        result.text += event.text;
        if (options.abortAfterDeltas === result.deltas.length) options.controller?.abort();
      } else if (event.type === "usage") {
        result.usage = { inputTokens: event.inputTokens, outputTokens: event.outputTokens };
      }
    }
  } catch (err) {
    result.error = err;
  }
  return result;
}
