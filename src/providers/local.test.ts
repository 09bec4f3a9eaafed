import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createLocalProvider, type NodeLlamaCpp } from "./local.js";
import { drain, sampleRequest } from "./test-helpers.js";
import { ProviderError } from "./types.js";

const dir = mkdtempSync(join(tmpdir(), "asclepiad-local-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file with the GGUF magic and nothing a real loader could use: enough for the start-up checks. */
const ggufPath = join(dir, "tiny.gguf");
writeFileSync(ggufPath, Buffer.concat([Buffer.from("GGUF"), Buffer.from([3, 0, 0, 0]), Buffer.alloc(16)]));

const missingPackage = async () => {
  throw Object.assign(new Error("Cannot find package 'node-llama-cpp'"), { code: "ERR_MODULE_NOT_FOUND" });
};

async function startUpError(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe("local GGUF provider: start-up checks", () => {
  it("names `npm install node-llama-cpp` when the package is missing", async () => {
    const error = await startUpError(
      createLocalProvider({ modelPath: ggufPath, loadPackage: missingPackage }),
    );
    expect(error.kind).toBe("unavailable");
    expect(error.message).toContain("npm install node-llama-cpp");
  });

  it("fails with a clear error when the real package is not installed (as in this repository)", async () => {
    const error = await startUpError(createLocalProvider({ modelPath: ggufPath }));
    expect(error.kind).toBe("unavailable");
    expect(error.message).toMatch(/npm install node-llama-cpp|could not load the model/);
  });

  it("refuses a path that does not exist", async () => {
    const error = await startUpError(
      createLocalProvider({ modelPath: join(dir, "nope.gguf"), loadPackage: missingPackage }),
    );
    expect(error.kind).toBe("unavailable");
    expect(error.message).toContain("does not exist");
  });

  it("refuses a directory", async () => {
    const error = await startUpError(createLocalProvider({ modelPath: dir, loadPackage: missingPackage }));
    expect(error.message).toContain("not a file");
  });

  it("refuses a file that is not a GGUF model, before loading anything", async () => {
    const notModel = join(dir, "notes.gguf");
    writeFileSync(notModel, "these are my notes, not a model");
    let loaded = false;
    const error = await startUpError(
      createLocalProvider({
        modelPath: notModel,
        loadPackage: async () => {
          loaded = true;
          return {};
        },
      }),
    );
    expect(error.kind).toBe("unavailable");
    expect(error.message).toContain("not a GGUF model");
    expect(loaded).toBe(false);
  });

  it("refuses an empty file", async () => {
    const empty = join(dir, "empty.gguf");
    writeFileSync(empty, "");
    const error = await startUpError(createLocalProvider({ modelPath: empty, loadPackage: missingPackage }));
    expect(error.message).toContain("not a GGUF model");
  });

  it("refuses a package that is not node-llama-cpp v3", async () => {
    const error = await startUpError(
      createLocalProvider({ modelPath: ggufPath, loadPackage: async () => ({ LlamaModel: class {} }) }),
    );
    expect(error.message).toContain("version 3");
  });

  it("reports a model the package cannot load", async () => {
    const fake = fakeLlamaCpp([]);
    fake.getLlama = async () => ({
      loadModel: async () => {
        throw new Error("failed to load model");
      },
    });
    const error = await startUpError(
      createLocalProvider({ modelPath: ggufPath, loadPackage: async () => fake }),
    );
    expect(error.message).toContain("could not load the model");
  });
});

/**
 * A stand-in for node-llama-cpp v3 that "generates" the given pieces, recording the
 * history and options it was given.
 */
function fakeLlamaCpp(pieces: string[], options: { delayMs?: number; fail?: boolean } = {}) {
  const seen: { history: unknown[]; prompt: string; maxTokens?: number; systemPrompt?: string }[] = [];
  let disposed = 0;
  const api: NodeLlamaCpp & { seen: typeof seen; disposed: () => number } = {
    seen,
    disposed: () => disposed,
    getLlama: async () => ({
      loadModel: async () => ({
        createContext: async () => ({
          getSequence: () => ({
            tokenMeter: { usedInputTokens: 0, usedOutputTokens: 0 },
            dispose: () => disposed++,
          }),
        }),
      }),
    }),
    LlamaChatSession: class {
      private history: unknown[] = [];
      constructor(
        private readonly init: {
          contextSequence: { tokenMeter?: { usedInputTokens?: number; usedOutputTokens?: number } };
          systemPrompt?: string;
        },
      ) {}
      setChatHistory(history: unknown[]) {
        this.history = history;
      }
      async prompt(
        text: string,
        promptOptions: { onTextChunk?: (t: string) => void; signal?: AbortSignal; maxTokens?: number },
      ): Promise<string> {
        seen.push({
          history: this.history,
          prompt: text,
          maxTokens: promptOptions.maxTokens,
          systemPrompt: this.init.systemPrompt,
        });
        const meter = this.init.contextSequence.tokenMeter!;
        meter.usedInputTokens = 17;
        for (const piece of pieces) {
          if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
          if (promptOptions.signal?.aborted) throw new DOMException("aborted", "AbortError");
          promptOptions.onTextChunk?.(piece);
          meter.usedOutputTokens! += 1;
        }
        if (options.fail) throw new Error("GGML_ASSERT while writing about Philippa");
        return pieces.join("");
      }
      dispose() {}
    },
  };
  return api;
}

describe("local GGUF provider: writing a reply (with a stand-in for node-llama-cpp)", () => {
  it("streams the text pieces and the token counts, passing the conversation as chat history", async () => {
    const fake = fakeLlamaCpp(["You ", "said ", "that."]);
    const provider = await createLocalProvider({ modelPath: ggufPath, loadPackage: async () => fake });
    expect(provider).toMatchObject({ name: "local", model: "tiny.gguf" });
    const result = await drain(
      provider.stream(sampleRequest({ maxTokens: 64 }), new AbortController().signal),
    );
    expect(result.error).toBeUndefined();
    expect(result.deltas).toEqual(["You ", "said ", "that."]);
    expect(result.usage).toEqual({ inputTokens: 17, outputTokens: 3 });
    const request = sampleRequest();
    expect(fake.seen[0]).toEqual({
      history: [
        { type: "system", text: request.system },
        { type: "user", text: "Hello" },
        { type: "model", response: ["Hello, what is on your mind?"] },
      ],
      prompt: request.messages.at(-1)!.content,
      maxTokens: 64,
      systemPrompt: request.system,
    });
  });

  it("stops generating when aborted, ending with an AbortError", async () => {
    const fake = fakeLlamaCpp(["a", "b", "c", "d"], { delayMs: 20 });
    const provider = await createLocalProvider({ modelPath: ggufPath, loadPackage: async () => fake });
    const controller = new AbortController();
    const result = await drain(provider.stream(sampleRequest(), controller.signal), {
      controller,
      abortAfterDeltas: 1,
    });
    expect(result.text).toBe("a");
    expect((result.error as Error).name).toBe("AbortError");
  });

  it("writes replies one at a time and frees the sequence after each", async () => {
    const fake = fakeLlamaCpp(["x", "y"], { delayMs: 10 });
    const provider = await createLocalProvider({ modelPath: ggufPath, loadPackage: async () => fake });
    const signal = new AbortController().signal;
    const [first, second] = await Promise.all([
      drain(provider.stream(sampleRequest(), signal)),
      drain(provider.stream(sampleRequest(), signal)),
    ]);
    expect(first.text).toBe("xy");
    expect(second.text).toBe("xy");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.disposed()).toBe(2);
  });

  it("reports a generation failure without its message", async () => {
    const fake = fakeLlamaCpp(["x"], { fail: true });
    const provider = await createLocalProvider({ modelPath: ggufPath, loadPackage: async () => fake });
    const { error } = await drain(provider.stream(sampleRequest(), new AbortController().signal));
    expect(error).toMatchObject({ kind: "server" });
    expect((error as Error).message).not.toContain("Philippa");
  });
});
