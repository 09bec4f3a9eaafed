/**
 * The adapter for a GGUF model file run inside this process by `node-llama-cpp`, for an
 * operator who wants a real model without running a model server. `node-llama-cpp` is an
 * optional dependency the operator adds (`npm install node-llama-cpp`); it is imported only
 * when this provider is configured, so everyone else never loads its native code. Start-up
 * fails with a message a person can act on when the package is missing or the path is not a
 * GGUF model (checked by the file's 4-byte `GGUF` magic before anything is loaded). The
 * package's types are not available at build time, so the few calls made into it (v3 API:
 * getLlama, loadModel, createContext, LlamaChatSession.prompt with onTextChunk and signal)
 * are typed loosely here.
 */
import { open, stat } from "node:fs/promises";
import { basename } from "node:path";
import { abortError, isAbortError } from "./http.js";
import {
  ProviderError,
  type ModelProvider,
  type ModelRequest,
  type StreamEvent,
  type StreamHooks,
} from "./types.js";

const PACKAGE = "node-llama-cpp";
const GGUF_MAGIC = "GGUF";

/** The parts of node-llama-cpp v3 this adapter uses. */
interface LlamaChatHistoryItem {
  type: "system" | "user" | "model";
  text?: string;
  response?: string[];
}
interface LlamaSequence {
  dispose?(): void;
  tokenMeter?: { usedInputTokens?: number; usedOutputTokens?: number };
}
interface LlamaSession {
  setChatHistory(history: LlamaChatHistoryItem[]): void;
  prompt(
    text: string,
    options: {
      onTextChunk?: (text: string) => void;
      signal?: AbortSignal;
      stopOnAbortSignal?: boolean;
      maxTokens?: number;
    },
  ): Promise<string>;
  dispose?(): void;
}
interface LlamaContext {
  getSequence(): LlamaSequence;
}
interface LlamaModel {
  createContext(options?: { contextSize?: number }): Promise<LlamaContext>;
}
export interface NodeLlamaCpp {
  getLlama(): Promise<{ loadModel(options: { modelPath: string }): Promise<LlamaModel> }>;
  LlamaChatSession: new (options: { contextSequence: LlamaSequence; systemPrompt?: string }) => LlamaSession;
}

export interface LocalProviderOptions {
  /** Path to the GGUF file (ASCLEPIAD_MODEL_PATH). */
  modelPath: string;
  /** The name recorded with each reply; defaults to the file's name. */
  model?: string;
  /** Context window in tokens; node-llama-cpp picks one that fits memory when unset. */
  contextSize?: number;
  /** How the package is loaded; tests replace it to stand in for an absent or fake package. */
  loadPackage?: () => Promise<unknown>;
}

/** Throws ProviderError "unavailable" unless `path` is a readable file starting with `GGUF`. */
export async function assertGgufFile(path: string): Promise<void> {
  let isFile = false;
  try {
    isFile = (await stat(path)).isFile();
  } catch {
    throw new ProviderError("unavailable", `ASCLEPIAD_MODEL_PATH points at "${path}", which does not exist.`);
  }
  if (!isFile)
    throw new ProviderError("unavailable", `ASCLEPIAD_MODEL_PATH points at "${path}", which is not a file.`);
  const magic = Buffer.alloc(4);
  const handle = await open(path, "r");
  try {
    await handle.read(magic, 0, 4, 0);
  } finally {
    await handle.close();
  }
  if (magic.toString("latin1") !== GGUF_MAGIC) {
    throw new ProviderError(
      "unavailable",
      `"${path}" is not a GGUF model file (it does not start with "GGUF"). The local provider needs a .gguf model.`,
    );
  }
}

async function importPackage(load: () => Promise<unknown>): Promise<NodeLlamaCpp> {
  let loaded: unknown;
  try {
    loaded = await load();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    // Only when the package itself is missing; a missing dependency *of* the package is a
    // broken install, reported below with its own message.
    const missing = code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND";
    if (missing && (!(err instanceof Error) || err.message.includes(`'${PACKAGE}'`))) {
      throw new ProviderError(
        "unavailable",
        `The local provider needs the optional package ${PACKAGE}, which is not installed. Run \`npm install ${PACKAGE}\` in the Asclepiad directory, or choose another ASCLEPIAD_MODEL_PROVIDER.`,
      );
    }
    throw new ProviderError(
      "unavailable",
      `${PACKAGE} is installed but could not be loaded (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  const api = loaded as Partial<NodeLlamaCpp>;
  if (typeof api.getLlama !== "function" || typeof api.LlamaChatSession !== "function") {
    throw new ProviderError(
      "unavailable",
      `The installed ${PACKAGE} is not version 3; run \`npm install ${PACKAGE}@3\`.`,
    );
  }
  return api as NodeLlamaCpp;
}

/**
 * Checks the file, loads the package and the model, and returns the provider. Loading a model
 * takes seconds and memory, so this is done once, at start-up.
 */
export async function createLocalProvider(options: LocalProviderOptions): Promise<ModelProvider> {
  await assertGgufFile(options.modelPath);
  // A variable specifier keeps TypeScript from resolving a package that is not installed.
  const specifier: string = PACKAGE;
  const llamaCpp = await importPackage(options.loadPackage ?? (() => import(specifier)));

  let context: LlamaContext;
  try {
    const llama = await llamaCpp.getLlama();
    const model = await llama.loadModel({ modelPath: options.modelPath });
    context = await model.createContext(
      options.contextSize ? { contextSize: options.contextSize } : undefined,
    );
  } catch (err) {
    throw new ProviderError(
      "unavailable",
      `${PACKAGE} could not load the model at "${options.modelPath}" (${err instanceof Error ? err.message : String(err)}).`,
    );
  }

  // One context has one sequence by default, and generation is bound by this machine's
  // CPU or GPU anyway: replies are written one at a time, in the order they were asked for.
  let queue: Promise<unknown> = Promise.resolve();

  async function* stream(
    request: ModelRequest,
    signal: AbortSignal,
    hooks?: StreamHooks,
  ): AsyncGenerator<StreamEvent> {
    const last = request.messages.at(-1);
    if (!last || last.role !== "user") {
      throw new ProviderError("bad_request", "The local model needs the person's message as the last turn.");
    }
    if (signal.aborted) throw abortError();
    // Our own controller, so that a caller who stops iterating early also stops generation.
    const stop = new AbortController();
    const onAbort = () => stop.abort();
    signal.addEventListener("abort", onAbort, { once: true });

    const chunks: string[] = [];
    let wake: (() => void) | undefined;
    let settled: { error?: unknown } | undefined;
    const notify = () => {
      wake?.();
      wake = undefined;
    };

    let sequence: LlamaSequence | undefined;
    let session: LlamaSession | undefined;
    const run = queue.then(async () => {
      if (stop.signal.aborted) throw abortError();
      hooks?.onConnected?.();
      sequence = context.getSequence();
      session = new llamaCpp.LlamaChatSession({ contextSequence: sequence, systemPrompt: request.system });
      session.setChatHistory([
        { type: "system", text: request.system },
        ...request.messages
          .slice(0, -1)
          .map((turn): LlamaChatHistoryItem =>
            turn.role === "user"
              ? { type: "user", text: turn.content }
              : { type: "model", response: [turn.content] },
          ),
      ]);
      await session.prompt(last.content, {
        signal: stop.signal,
        maxTokens: request.maxTokens,
        onTextChunk: (text) => {
          chunks.push(text);
          notify();
        },
      });
    });
    queue = run.catch(() => {});
    run.then(
      () => {
        settled = {};
        notify();
      },
      (error: unknown) => {
        settled = { error };
        notify();
      },
    );

    try {
      for (;;) {
        while (chunks.length > 0) {
          const text = chunks.shift()!;
          if (text !== "") yield { type: "delta", text };
        }
        if (settled) break;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      if (settled.error !== undefined) {
        if (signal.aborted || isAbortError(settled.error)) throw abortError();
        const name = settled.error instanceof Error ? settled.error.name : "error";
        throw new ProviderError("server", `The local model failed while writing its reply (${name}).`);
      }
      const meter = sequence?.tokenMeter;
      if (meter && typeof meter.usedInputTokens === "number" && typeof meter.usedOutputTokens === "number") {
        yield { type: "usage", inputTokens: meter.usedInputTokens, outputTokens: meter.usedOutputTokens };
      }
    } finally {
      signal.removeEventListener("abort", onAbort);
      if (!settled) stop.abort();
      // Free the sequence for the next reply once generation has really stopped.
      void run
        .catch(() => {})
        .finally(() => {
          session?.dispose?.();
          sequence?.dispose?.();
        });
    }
  }

  return { name: "local", model: options.model ?? basename(options.modelPath), stream };
}
