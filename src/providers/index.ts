/**
 * The one place that turns the model settings into a ModelProvider, so the rest of the app
 * asks for "the provider" and never for a particular API. Network providers (OpenAI-compatible
 * and Anthropic) come wrapped in the resilience layer; the built-in reflective engine and an
 * in-process GGUF model have no network to fail, so they are used as they are.
 * `checkProvider` is what `asclepiad doctor` runs: one tiny real request.
 */
import { createAnthropicProvider } from "./anthropic.js";
import { createLocalProvider } from "./local.js";
import { createOpenAIProvider } from "./openai.js";
import { withResilience, type ResilienceOptions, type TimeoutOptions } from "./resilience.js";
import { ProviderError, type ModelProvider } from "./types.js";

export { ProviderError } from "./types.js";
export type {
  ChatTurn,
  ModelProvider,
  ModelRequest,
  ProviderErrorKind,
  StreamEvent,
  StreamHooks,
} from "./types.js";
export { withResilience, DEFAULT_RESILIENCE } from "./resilience.js";
export type {
  CircuitState,
  Clock,
  ResilienceOptions,
  ResilientProvider,
  TimeoutOptions,
} from "./resilience.js";

export interface ProviderConfig {
  provider: "reflective" | "openai" | "anthropic" | "local";
  baseUrl?: string;
  apiKey?: string;
  model?: string;
  modelPath?: string;
  /** Overrides of the network timeouts (see DEFAULT_RESILIENCE). */
  timeouts?: Partial<TimeoutOptions>;
  /** Further resilience settings (retries, breaker, injected clock for tests). */
  resilience?: Omit<ResilienceOptions, keyof TimeoutOptions>;
}

/**
 * Builds the configured provider. Rejects with ProviderError "unavailable" when it cannot
 * work at all (no model name, node-llama-cpp missing, not a GGUF file): a start-up error.
 *
 * @example
 * const provider = await createProvider({ provider: "openai", baseUrl: "http://127.0.0.1:11434/v1", model: "llama3.2" });
 */
export async function createProvider(config: ProviderConfig): Promise<ModelProvider> {
  const resilience: ResilienceOptions = { ...config.resilience, ...config.timeouts };
  switch (config.provider) {
    case "reflective": {
      // Loaded on demand: a deployment on a real model only needs it for offline replies.
      const { createReflectiveProvider } = await import("./reflective.js");
      return createReflectiveProvider();
    }
    case "openai":
      if (!config.model) {
        throw new ProviderError("unavailable", "The openai provider needs a model name (ASCLEPIAD_MODEL).");
      }
      return withResilience(
        createOpenAIProvider({ baseUrl: config.baseUrl, apiKey: config.apiKey, model: config.model }),
        resilience,
      );
    case "anthropic":
      return withResilience(
        createAnthropicProvider({ baseUrl: config.baseUrl, apiKey: config.apiKey, model: config.model }),
        resilience,
      );
    case "local":
      if (!config.modelPath) {
        throw new ProviderError(
          "unavailable",
          "The local provider needs a GGUF file (ASCLEPIAD_MODEL_PATH).",
        );
      }
      return createLocalProvider({ modelPath: config.modelPath, model: config.model });
    default: {
      const unknown: never = config.provider;
      throw new ProviderError("unavailable", `Unknown model provider "${String(unknown)}".`);
    }
  }
}

/**
 * Sends one tiny real request and reads until the first piece of text (or the end), then
 * stops the call. `detail` is one line for a person: what answered and how fast, or why not.
 */
export async function checkProvider(
  provider: ModelProvider,
  signal: AbortSignal,
): Promise<{ ok: boolean; detail: string }> {
  const started = performance.now();
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  signal.addEventListener("abort", onAbort, { once: true });
  if (signal.aborted) stop.abort();
  const who = `${provider.name} model "${provider.model}"`;
  try {
    let answered = false;
    for await (const event of provider.stream(
      {
        system: "This is a connection check. Reply with the single word: ok",
        messages: [{ role: "user", content: "ping" }],
        maxTokens: 5,
      },
      stop.signal,
    )) {
      if (event.type === "delta") {
        answered = true;
        break;
      }
    }
    const ms = Math.round(performance.now() - started);
    return answered
      ? { ok: true, detail: `${who} answered in ${ms} ms.` }
      : { ok: false, detail: `${who} ended its reply without any text (${ms} ms).` };
  } catch (err) {
    if (signal.aborted) return { ok: false, detail: `${who} did not answer before the check was stopped.` };
    if (err instanceof ProviderError) return { ok: false, detail: `${who}: ${err.message} [${err.kind}]` };
    return {
      ok: false,
      detail: `${who} failed unexpectedly (${err instanceof Error ? err.name : typeof err}).`,
    };
  } finally {
    stop.abort();
    signal.removeEventListener("abort", onAbort);
  }
}
