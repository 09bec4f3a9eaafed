import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  closedPortUrl,
  fakeReply,
  startFakeAnthropic,
  startFakeOpenAI,
  type FakeServer,
} from "../../test/fake-model-servers.js";
import { checkProvider, createProvider, ProviderError, type ResilientProvider } from "./index.js";
import { drain, sampleRequest } from "./test-helpers.js";

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const signal = () => new AbortController().signal;

async function rejection(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe("createProvider", () => {
  it("builds an OpenAI-compatible provider wrapped in the resilience layer", async () => {
    server = await startFakeOpenAI(fakeReply(["Hi ", "there"]));
    const provider = (await createProvider({
      provider: "openai",
      baseUrl: server.url,
      model: "qwen2.5",
    })) as ResilientProvider;
    expect(provider).toMatchObject({ name: "openai", model: "qwen2.5" });
    expect(provider.circuitState()).toBe("closed");
    expect((await drain(provider.stream(sampleRequest(), signal()))).text).toBe("Hi there");
  });

  it("passes configured timeouts and retries down to the resilience layer", async () => {
    server = await startFakeOpenAI({ type: "no_answer" });
    const provider = await createProvider({
      provider: "openai",
      baseUrl: server.url,
      model: "m",
      timeouts: { connectTimeoutMs: 700 },
      resilience: { retries: 0 },
    });
    const { error } = await drain(provider.stream(sampleRequest(), signal()));
    // The configured timeout (not the 5 s default) is the one that fired, and no retry followed.
    expect(error).toMatchObject({ kind: "timeout" });
    expect((error as Error).message).toContain("0.7");
    expect(server.requests.length).toBeLessThanOrEqual(1);
  });

  it("builds an Anthropic provider with a default model", async () => {
    server = await startFakeAnthropic(fakeReply(["Hello"]));
    const provider = await createProvider({ provider: "anthropic", baseUrl: server.url, apiKey: "k" });
    expect(provider.name).toBe("anthropic");
    expect(provider.model).toMatch(/^claude-/);
    expect((await drain(provider.stream(sampleRequest(), signal()))).text).toBe("Hello");
  });

  it("refuses an OpenAI provider without a model name", async () => {
    const error = await rejection(createProvider({ provider: "openai", baseUrl: "http://127.0.0.1:1/v1" }));
    expect(error.kind).toBe("unavailable");
    expect(error.message).toContain("ASCLEPIAD_MODEL");
  });

  it("refuses a local provider without a path, or with a file that is not a model", async () => {
    expect((await rejection(createProvider({ provider: "local" }))).message).toContain(
      "ASCLEPIAD_MODEL_PATH",
    );
    const dir = mkdtempSync(join(tmpdir(), "asclepiad-index-"));
    try {
      writeFileSync(join(dir, "model.bin"), "not a model");
      const error = await rejection(createProvider({ provider: "local", modelPath: join(dir, "model.bin") }));
      expect(error).toMatchObject({ kind: "unavailable" });
      expect(error.message).toContain("not a GGUF model");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("builds the built-in reflective engine by default", async () => {
    const provider = await createProvider({ provider: "reflective" });
    expect(provider.name).toBe("reflective");
  });
});

describe("checkProvider", () => {
  it("passes when the model answers, sending one tiny request and stopping after the first text", async () => {
    server = await startFakeOpenAI(fakeReply(["ok", " and", " more"], { chunkDelayMs: 100 }));
    const provider = await createProvider({ provider: "openai", baseUrl: server.url, model: "llama3.2" });
    const result = await checkProvider(provider, signal());
    expect(result.ok).toBe(true);
    expect(result.detail).toMatch(/openai model "llama3.2" answered in \d+ ms/);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.body).toMatchObject({ max_tokens: 5 });
    expect(await server.requests[0]!.ended).toBe("client_closed");
  });

  it("fails with a one-line reason when the server cannot be reached", async () => {
    const provider = await createProvider({
      provider: "openai",
      baseUrl: await closedPortUrl("/v1"),
      model: "m",
      resilience: { retries: 0 },
    });
    const result = await checkProvider(provider, signal());
    expect(result.ok).toBe(false);
    expect(result.detail).toContain("Could not connect");
    expect(result.detail).toContain("[connect]");
  });

  it("fails when stopped by the caller's signal", async () => {
    server = await startFakeOpenAI({ type: "no_answer" });
    const provider = await createProvider({ provider: "openai", baseUrl: server.url, model: "m" });
    const result = await checkProvider(provider, AbortSignal.timeout(100));
    expect(result).toEqual({
      ok: false,
      detail: expect.stringContaining("did not answer before the check was stopped"),
    });
  });
});
