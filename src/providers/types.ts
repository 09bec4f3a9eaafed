/**
 * The language-model provider interface. Every way Maia can write a reply (an
 * OpenAI-compatible server, Anthropic, a local GGUF file, the built-in reflective
 * engine) is an adapter behind this one small shape, so the reply worker never
 * knows which model it is talking to.
 */

export interface ChatTurn {
  role: "user" | "assistant";
  content: string;
}

export interface ModelRequest {
  /** Maia's system prompt, already including any running summary and theme context. */
  system: string;
  /** The recent turns, oldest first; the last one is the person's message being answered. */
  messages: ChatTurn[];
  /** Upper bound on the reply's length in tokens. */
  maxTokens?: number;
  /** Deterministic seed for providers that can use one (the reflective engine does). */
  seed?: string;
}

export type StreamEvent =
  | { type: "delta"; text: string }
  /**
   * The whole reply, sent before its deltas by a provider that composes it at once (the built-in
   * engine). The worker screens it once here rather than again with every delta, for as long as
   * the deltas spell out exactly this text; anything else they say is screened as it comes.
   */
  | { type: "whole"; text: string }
  | { type: "usage"; inputTokens: number; outputTokens: number };

export interface ModelProvider {
  /** Provider kind: "reflective" | "openai" | "anthropic" | "local". */
  readonly name: string;
  /** The model that writes the replies, recorded with each reply. */
  readonly model: string;
  /**
   * Streams a reply as text deltas, then (optionally) one usage event.
   * Aborting `signal` stops the call promptly and ends the iteration with an AbortError.
   * Failures are thrown as ProviderError.
   */
  stream(request: ModelRequest, signal: AbortSignal, hooks?: StreamHooks): AsyncIterable<StreamEvent>;
}

/**
 * Optional callbacks an adapter calls while a call is under way, so the resilience layer
 * can tell "could not connect" apart from "connected, but the model is slow to start".
 * Adapters that have no connection phase may ignore them.
 */
export interface StreamHooks {
  /** The server answered (response headers arrived, whatever the status). */
  onConnected?: () => void;
}

export type ProviderErrorKind =
  | "connect" // could not connect / network error
  | "timeout" // connect, first-token, idle or total timeout
  | "auth" // 401 / 403
  | "rate_limited" // 429
  | "server" // 5xx
  | "bad_request" // other 4xx
  | "protocol" // malformed stream, ended early
  | "circuit_open" // the breaker is refusing calls for now
  | "unavailable"; // not configured / missing optional dependency

/** A failure of a model call. Never carries prompt or reply text. */
export class ProviderError extends Error {
  constructor(
    readonly kind: ProviderErrorKind,
    message: string,
    readonly options: { status?: number; retryAfterMs?: number; retryable?: boolean } = {},
  ) {
    super(message);
    this.name = "ProviderError";
  }
  get retryable(): boolean {
    return (
      this.options.retryable ??
      (this.kind === "connect" ||
        this.kind === "rate_limited" ||
        this.kind === "server" ||
        this.kind === "timeout")
    );
  }
}
