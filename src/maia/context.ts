/**
 * What a language model is shown when writing Maia's next reply: the system prompt, a
 * running summary of older turns when they no longer fit, and as many recent turns as
 * fit the token budget. Tokens are estimated at four characters each: close enough for a
 * budget, and the same for every provider.
 */
import type { ChatTurn, ModelRequest } from "../providers/types.js";
import { SYSTEM_PROMPT } from "./system-prompt.js";

export interface ContextTurn {
  author: "person" | "maia";
  text: string;
}

export const estimateTokens = (text: string): number => Math.ceil(text.length / 4);

/** Replies are short by design; this bounds a model that runs on. */
export const MAX_REPLY_TOKENS = 400;

export function buildModelRequest(input: {
  turns: ContextTurn[];
  summary: string;
  themes: string[];
  budgetTokens: number;
  seed: string;
}): { request: ModelRequest; omittedTurns: number } {
  let system = SYSTEM_PROMPT;
  if (input.themes.length) {
    system += `\n\nThemes the person's recent words touch on (for your understanding only; never name them as labels): ${input.themes.join(", ")}.`;
  }
  let budget = input.budgetTokens - estimateTokens(system) - MAX_REPLY_TOKENS;
  const chosen: ChatTurn[] = [];
  for (let i = input.turns.length - 1; i >= 0; i--) {
    const t = input.turns[i]!;
    const cost = estimateTokens(t.text) + 4;
    // Always keep the message being answered, even when it alone exceeds the budget.
    if (cost > budget && chosen.length > 0) break;
    chosen.unshift({ role: t.author === "person" ? "user" : "assistant", content: t.text });
    budget -= cost;
  }
  // Models expect the conversation to open with the person.
  while (chosen.length > 1 && chosen[0]!.role === "assistant") chosen.shift();
  const omittedTurns = input.turns.length - chosen.length;
  if (omittedTurns > 0 && input.summary) {
    system += `\n\nWhat the person said earlier in this conversation, summarised:\n${input.summary}`;
  }
  return {
    request: { system, messages: chosen, maxTokens: MAX_REPLY_TOKENS, seed: input.seed },
    omittedTurns,
  };
}
