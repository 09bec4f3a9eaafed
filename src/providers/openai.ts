/**
 * The adapter for any OpenAI-compatible chat-completions server: Ollama, vLLM, the
 * llama.cpp server, LM Studio, OpenAI itself and the many others that copy its API. One
 * streaming POST to `{baseUrl}/chat/completions`; the reply arrives as `data:` events
 * carrying `choices[0].delta.content`, the token counts in a final chunk (asked for with
 * `stream_options.include_usage`; servers that ignore it simply report no usage) and a
 * closing `data: [DONE]`. A stream that ends without `[DONE]` is treated as broken, not
 * as a short reply, so half a sentence is never mistaken for a finished one.
 */
import { abortError, hostOf, parseEventJson, postStreaming, readServerSentEvents } from "./http.js";
import {
  ProviderError,
  type ModelProvider,
  type ModelRequest,
  type StreamEvent,
  type StreamHooks,
} from "./types.js";

export const OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1";

export interface OpenAIProviderOptions {
  /** e.g. `http://127.0.0.1:11434/v1` for Ollama; defaults to OpenAI's API. */
  baseUrl?: string;
  /** Sent as `Authorization: Bearer …` only when set; local servers usually need none. */
  apiKey?: string;
  model: string;
}

interface ChatCompletionChunk {
  choices?: { delta?: { content?: unknown } }[];
  usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } | null;
  error?: { code?: unknown; type?: unknown } | string;
}

const LABEL = "OpenAI-compatible server";

/**
 * Creates the adapter. It holds no connection; each `stream` call is one HTTP request.
 *
 * @example
 * const provider = createOpenAIProvider({ baseUrl: "http://127.0.0.1:11434/v1", model: "llama3.2" });
 */
export function createOpenAIProvider(options: OpenAIProviderOptions): ModelProvider {
  const url = `${(options.baseUrl ?? OPENAI_DEFAULT_BASE_URL).replace(/\/+$/, "")}/chat/completions`;
  const describe = { label: LABEL, host: hostOf(url) };
  const headers: Record<string, string> = options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {};

  async function* stream(
    request: ModelRequest,
    signal: AbortSignal,
    hooks?: StreamHooks,
  ): AsyncGenerator<StreamEvent> {
    const body = {
      model: options.model,
      messages: [{ role: "system", content: request.system }, ...request.messages],
      stream: true,
      stream_options: { include_usage: true },
      ...(request.maxTokens !== undefined ? { max_tokens: request.maxTokens } : {}),
    };
    const response = await postStreaming({ url, headers, body, signal, hooks, label: LABEL });
    let usage: StreamEvent | undefined;
    for await (const event of readServerSentEvents(response.body, signal, describe)) {
      if (event.data === "[DONE]") {
        if (usage) yield usage;
        return;
      }
      const chunk = parseEventJson(event.data, describe) as ChatCompletionChunk;
      if (chunk === null || typeof chunk !== "object") {
        throw new ProviderError(
          "protocol",
          `The ${LABEL} at ${describe.host} sent a stream event that is not an object.`,
        );
      }
      if (chunk.error !== undefined) throw streamedError(chunk.error, describe.host);
      const content = chunk.choices?.[0]?.delta?.content;
      if (typeof content === "string" && content !== "") yield { type: "delta", text: content };
      if (chunk.usage) {
        usage = {
          type: "usage",
          inputTokens: tokenCount(chunk.usage.prompt_tokens),
          outputTokens: tokenCount(chunk.usage.completion_tokens),
        };
      }
    }
    if (signal.aborted) throw abortError();
    throw new ProviderError("protocol", `The ${LABEL} at ${describe.host} ended the stream before [DONE].`);
  }

  return { name: "openai", model: options.model, stream };
}

function tokenCount(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.round(value) : 0;
}

/**
 * vLLM, OpenRouter and others report a failure that happens after the 200 as a `data:` event
 * with an `error` field. Its message may quote the request, so only a status-like code is kept.
 */
function streamedError(error: ChatCompletionChunk["error"], host: string): ProviderError {
  const code = typeof error === "object" && error ? (error.code ?? error.type) : undefined;
  const status = typeof code === "number" ? code : undefined;
  const label =
    typeof code === "string" && /^[a-z0-9_.-]{1,64}$/i.test(code)
      ? ` (${code})`
      : status
        ? ` (${status})`
        : "";
  const kind =
    status === 429
      ? "rate_limited"
      : status !== undefined && status >= 400 && status < 500
        ? "bad_request"
        : "server";
  return new ProviderError(kind, `The ${LABEL} at ${host} reported an error during the reply${label}.`, {
    status,
  });
}
