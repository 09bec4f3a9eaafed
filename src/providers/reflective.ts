/**
 * The built-in reflective engine as a model provider: the Maia people meet on a fresh
 * machine with no language model, and the fallback whenever the configured one is down.
 * It composes the whole reply at once (in well under a millisecond), then streams it in
 * small word groups so the conversation feels the same as with a real model and the reply
 * worker needs no special case. The system prompt is ignored: the engine carries its own
 * knowledge of how to reply.
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import { composeReply, type Turn } from "../reflective/index.js";
import { hashString } from "../reflective/random.js";
import type { ChatTurn, ModelProvider, ModelRequest, StreamEvent } from "./types.js";

export const REFLECTIVE_MODEL = "asclepiad-reflective-1";

/** Words per streamed delta: small enough to feel live, large enough not to be chatty. */
const WORDS_PER_DELTA = 3;

/** How long the deltas of one reply may run before yielding to the event loop. */
const YIELD_AFTER_MS = 2;

function abortError(): DOMException {
  return new DOMException("The reply was stopped.", "AbortError");
}

function toTurns(messages: readonly ChatTurn[]): Turn[] {
  return messages.map((m) => ({ author: m.role === "assistant" ? "maia" : "person", text: m.content }));
}

/** A stable seed for a conversation when the caller gives none, so a retry reads the same. */
function conversationSeed(messages: readonly ChatTurn[]): string {
  return `conv-${hashString(messages.map((m) => `${m.role}:${m.content}`).join("\u0001")).toString(36)}`;
}

/** Splits text into deltas of a few words each, keeping the spaces so they join back exactly. */
export function wordGroups(text: string, size = WORDS_PER_DELTA): string[] {
  const pieces = text.match(/\S+\s*/g) ?? [];
  const groups: string[] = [];
  for (let i = 0; i < pieces.length; i += size) groups.push(pieces.slice(i, i + size).join(""));
  return groups;
}

function approxTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * Creates the provider. Stateless: every call reads the conversation it is given.
 *
 * @example
 * for await (const e of createReflectiveProvider().stream({ system: "", messages }, signal)) ...
 */
export function createReflectiveProvider(): ModelProvider {
  async function* stream(request: ModelRequest, signal: AbortSignal): AsyncGenerator<StreamEvent> {
    if (signal.aborted) throw abortError();
    const messages = Array.isArray(request.messages) ? request.messages : [];
    const reply = composeReply(toTurns(messages), { seed: request.seed ?? conversationSeed(messages) });
    let text = reply.text;
    if (request.maxTokens !== undefined && approxTokens(text) > request.maxTokens) {
      // Cut at a word boundary rather than mid-word when a caller asks for a shorter reply.
      text = text.slice(0, Math.max(0, request.maxTokens * 4)).replace(/\s+\S*$/, "");
    }
    yield { type: "whole", text };
    let turnStarted = performance.now();
    for (const group of wordGroups(text)) {
      if (signal.aborted) throw abortError();
      yield { type: "delta", text: group };
      // The reply is already composed, so its deltas follow one another in the same turn of
      // the event loop: streams then send them in one socket write (Node corks a response's
      // writes until the turn ends) rather than one system call per delta (socket writes
      // were ~10 % of the server's CPU under bench:load). A long reply, or a slow consumer,
      // still yields every YIELD_AFTER_MS so an abort from elsewhere can land.
      if (performance.now() - turnStarted >= YIELD_AFTER_MS) {
        await nextTurn();
        turnStarted = performance.now();
      }
    }
    if (signal.aborted) throw abortError();
    const input = (request.system?.length ?? 0) + messages.reduce((n, m) => n + m.content.length, 0);
    yield { type: "usage", inputTokens: Math.ceil(input / 4), outputTokens: approxTokens(text) };
  }
  return { name: "reflective", model: REFLECTIVE_MODEL, stream };
}
