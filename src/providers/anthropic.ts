/**
 * The adapter for Anthropic's Messages API with streaming. The reply arrives as named
 * events: `message_start` (input token count), `content_block_delta` with `text_delta`
 * pieces, `message_delta` (output token count), `message_stop`, the odd `ping`, and
 * `error` events (such as `overloaded_error`) that can arrive even after a 200. A stream
 * that ends without `message_stop` is treated as broken, not as a short reply.
 */
import { abortError, hostOf, parseEventJson, postStreaming, readServerSentEvents } from "./http.js";
import {
  ProviderError,
  type ProviderErrorKind,
  type ModelProvider,
  type ModelRequest,
  type StreamEvent,
  type StreamHooks,
} from "./types.js";

export const ANTHROPIC_DEFAULT_BASE_URL = "https://api.anthropic.com";
export const ANTHROPIC_DEFAULT_MODEL = "claude-sonnet-4-5";
export const ANTHROPIC_VERSION = "2023-06-01";
/** The Messages API requires max_tokens; Maia's replies are short. */
const DEFAULT_MAX_TOKENS = 1024;

export interface AnthropicProviderOptions {
  /** Defaults to Anthropic's API; a proxy or gateway may stand in. A trailing `/v1` is tolerated. */
  baseUrl?: string;
  /** Sent as `x-api-key` when set (a gateway in front may hold the key instead). */
  apiKey?: string;
  model?: string;
}

interface AnthropicEvent {
  type?: unknown;
  message?: { usage?: { input_tokens?: unknown; output_tokens?: unknown } };
  delta?: { type?: unknown; text?: unknown };
  usage?: { input_tokens?: unknown; output_tokens?: unknown };
  error?: { type?: unknown };
}

const LABEL = "Anthropic API";

/** The kind of failure an `error` event's type stands for. */
const ERROR_EVENT_KINDS: Record<string, ProviderErrorKind> = {
  overloaded_error: "server",
  api_error: "server",
  rate_limit_error: "rate_limited",
  authentication_error: "auth",
  permission_error: "auth",
  invalid_request_error: "bad_request",
  not_found_error: "bad_request",
  request_too_large: "bad_request",
};

/**
 * Creates the adapter. It holds no connection; each `stream` call is one HTTP request.
 *
 * @example
 * const provider = createAnthropicProvider({ apiKey: process.env.KEY, model: "claude-sonnet-4-5" });
 */
export function createAnthropicProvider(options: AnthropicProviderOptions): ModelProvider {
  const base = (options.baseUrl ?? ANTHROPIC_DEFAULT_BASE_URL).replace(/\/+$/, "").replace(/\/v1$/, "");
  const url = `${base}/v1/messages`;
  const model = options.model ?? ANTHROPIC_DEFAULT_MODEL;
  const describe = { label: LABEL, host: hostOf(url) };
  const headers: Record<string, string> = {
    "anthropic-version": ANTHROPIC_VERSION,
    ...(options.apiKey ? { "x-api-key": options.apiKey } : {}),
  };

  async function* stream(
    request: ModelRequest,
    signal: AbortSignal,
    hooks?: StreamHooks,
  ): AsyncGenerator<StreamEvent> {
    const body = {
      model,
      system: request.system,
      messages: request.messages,
      max_tokens: request.maxTokens ?? DEFAULT_MAX_TOKENS,
      stream: true,
    };
    const response = await postStreaming({ url, headers, body, signal, hooks, label: LABEL });
    let inputTokens = 0;
    let outputTokens = 0;
    let sawUsage = false;
    for await (const event of readServerSentEvents(response.body, signal, describe)) {
      const data = parseEventJson(event.data, describe) as AnthropicEvent;
      if (data === null || typeof data !== "object") {
        throw new ProviderError(
          "protocol",
          `The ${LABEL} at ${describe.host} sent a stream event that is not an object.`,
        );
      }
      // The SSE event name and the JSON `type` agree; the JSON is what the API documents.
      switch (data.type ?? event.event) {
        case "message_start": {
          const usage = data.message?.usage;
          if (usage) {
            sawUsage = true;
            inputTokens = tokenCount(usage.input_tokens);
            outputTokens = tokenCount(usage.output_tokens);
          }
          break;
        }
        case "content_block_delta":
          if (
            data.delta?.type === "text_delta" &&
            typeof data.delta.text === "string" &&
            data.delta.text !== ""
          ) {
            yield { type: "delta", text: data.delta.text };
          }
          break;
        case "message_delta":
          // Counts here are cumulative for the message, so they replace rather than add.
          if (data.usage) {
            sawUsage = true;
            if (data.usage.output_tokens !== undefined) outputTokens = tokenCount(data.usage.output_tokens);
            if (data.usage.input_tokens !== undefined) inputTokens = tokenCount(data.usage.input_tokens);
          }
          break;
        case "message_stop":
          if (sawUsage) yield { type: "usage", inputTokens, outputTokens };
          return;
        case "error":
          throw errorEvent(data, describe.host);
        default:
          // ping, content_block_start/stop, and event types added after this was written.
          break;
      }
    }
    if (signal.aborted) throw abortError();
    throw new ProviderError(
      "protocol",
      `The ${LABEL} at ${describe.host} ended the stream before message_stop.`,
    );
  }

  return { name: "anthropic", model, stream };
}

function tokenCount(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.round(value) : 0;
}

function errorEvent(data: AnthropicEvent, host: string): ProviderError {
  const type = typeof data.error?.type === "string" ? data.error.type : "unknown_error";
  const kind = ERROR_EVENT_KINDS[type] ?? "server";
  const code = /^[a-z0-9_]{1,64}$/.test(type) ? type : "unknown_error";
  return new ProviderError(kind, `The ${LABEL} at ${host} reported ${code} during the reply.`, {
    status: type === "overloaded_error" ? 529 : undefined,
  });
}
