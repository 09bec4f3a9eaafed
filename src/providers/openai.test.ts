import { afterEach, describe, expect, it } from "vitest";
import {
  closedPortUrl,
  fakeRateLimited,
  fakeReply,
  fakeStatus,
  startFakeOpenAI,
  type FakeScript,
  type FakeServer,
} from "../../test/fake-model-servers.js";
import { createOpenAIProvider } from "./openai.js";
import { drain, PRIVATE_WORDS, sampleRequest } from "./test-helpers.js";
import { ProviderError } from "./types.js";

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function providerFor(script: FakeScript, apiKey?: string) {
  server = await startFakeOpenAI(script);
  return createOpenAIProvider({ baseUrl: server.url, model: "llama3.2", apiKey });
}

const run = (provider: ReturnType<typeof createOpenAIProvider>, controller = new AbortController()) =>
  drain(provider.stream(sampleRequest({ maxTokens: 200 }), controller.signal), { controller });

describe("OpenAI-compatible adapter", () => {
  it("streams the reply in order and reports the usage from the final chunk", async () => {
    const provider = await providerFor(
      fakeReply(["I hear ", "that this ", "weighs on you."], { usage: { inputTokens: 42, outputTokens: 7 } }),
    );
    const result = await run(provider);
    expect(result.error).toBeUndefined();
    expect(result.deltas).toEqual(["I hear ", "that this ", "weighs on you."]);
    expect(result.usage).toEqual({ inputTokens: 42, outputTokens: 7 });
    expect(provider).toMatchObject({ name: "openai", model: "llama3.2" });
  });

  it("posts a streaming chat completion with the system prompt as the first message", async () => {
    const provider = await providerFor(fakeReply(["ok"]));
    await run(provider);
    const request = server!.requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/v1/chat/completions");
    expect(request.body).toEqual({
      model: "llama3.2",
      messages: [{ role: "system", content: sampleRequest().system }, ...sampleRequest().messages],
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 200,
    });
  });

  it("sends no Authorization header when no API key is set", async () => {
    const provider = await providerFor(fakeReply(["ok"]));
    await run(provider);
    expect(server!.requests[0]!.headers.authorization).toBeUndefined();
  });

  it("sends the API key as a Bearer token when one is set", async () => {
    const provider = await providerFor(fakeReply(["ok"]), "sk-test-123");
    await run(provider);
    expect(server!.requests[0]!.headers.authorization).toBe("Bearer sk-test-123");
  });

  it("reports no usage when the server does not send any", async () => {
    const provider = await providerFor(fakeReply(["ok"], { usage: null }));
    const result = await run(provider);
    expect(result.error).toBeUndefined();
    expect(result.usage).toBeUndefined();
  });

  it("reassembles lines and multibyte characters split across network reads", async () => {
    const chunks = ["Café ", "naïve 🙂 ", "日本語", " — done"];
    const provider = await providerFor(fakeReply(chunks, { pieceBytes: 5 }));
    const result = await run(provider);
    expect(result.error).toBeUndefined();
    expect(result.text).toBe(chunks.join(""));
    expect(result.usage).toBeDefined();
  });

  it("turns a 401 into an auth error that does not contain the key", async () => {
    const provider = await providerFor(fakeStatus(401), "sk-very-secret");
    const { error } = await run(provider);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: "auth", options: { status: 401 } });
    expect((error as ProviderError).retryable).toBe(false);
    expect((error as Error).message).toContain("401");
    expect((error as Error).message).not.toContain("sk-very-secret");
  });

  it("turns a 429 into a rate-limit error carrying Retry-After", async () => {
    const provider = await providerFor(fakeRateLimited(3));
    const { error } = await run(provider);
    expect(error).toMatchObject({ kind: "rate_limited", options: { status: 429, retryAfterMs: 3000 } });
  });

  it("reads Retry-After given as an HTTP date", async () => {
    const provider = await providerFor(fakeRateLimited(new Date(Date.now() + 10_000).toUTCString()));
    const { error } = await run(provider);
    const retryAfterMs = (error as ProviderError).options.retryAfterMs!;
    expect(retryAfterMs).toBeGreaterThan(8_000);
    expect(retryAfterMs).toBeLessThanOrEqual(10_000);
  });

  it("turns a 500 into a retryable server error and other 4xx into bad_request", async () => {
    const provider = await providerFor([fakeStatus(500), fakeStatus(404)]);
    const first = await run(provider);
    expect(first.error).toMatchObject({ kind: "server", options: { status: 500 } });
    expect((first.error as ProviderError).retryable).toBe(true);
    const second = await run(provider);
    expect(second.error).toMatchObject({ kind: "bad_request", options: { status: 404 } });
  });

  it("turns a refused connection into a connect error", async () => {
    const provider = createOpenAIProvider({ baseUrl: await closedPortUrl("/v1"), model: "m" });
    const { error } = await run(provider);
    expect(error).toMatchObject({ kind: "connect" });
    expect((error as Error).message).toContain("ECONNREFUSED");
  });

  it("treats a stream that ends without [DONE] as a protocol error, keeping the text so far", async () => {
    const provider = await providerFor(fakeReply(["Half a ", "sentence"], { ending: "early" }));
    const result = await run(provider);
    expect(result.text).toBe("Half a sentence");
    expect(result.error).toMatchObject({ kind: "protocol" });
    expect((result.error as Error).message).toContain("[DONE]");
  });

  it("treats malformed JSON as a protocol error that does not quote the data", async () => {
    const provider = await providerFor(fakeReply(["Hello"], { ending: "malformed" }));
    const result = await run(provider);
    expect(result.error).toMatchObject({ kind: "protocol" });
    expect((result.error as Error).message).not.toContain("unterminated");
  });

  it("turns an error chunk inside the stream into a server error", async () => {
    const provider = await providerFor(fakeReply(["Hello"], { ending: "error_event" }));
    const result = await run(provider);
    expect(result.error).toMatchObject({ kind: "server" });
  });

  it("turns a dropped connection mid-reply into a connect error", async () => {
    const provider = await providerFor(fakeReply(["Hello"], { ending: "drop" }));
    const result = await run(provider);
    expect(result.text).toBe("Hello");
    expect(result.error).toMatchObject({ kind: "connect" });
  });

  it("stops the request when aborted mid-stream", async () => {
    const provider = await providerFor(fakeReply(["one ", "two ", "three ", "four"], { chunkDelayMs: 50 }));
    const result = await run(provider, new AbortController()).then(() => undefined);
    expect(result).toBeUndefined();
    const controller = new AbortController();
    const aborted = await drain(provider.stream(sampleRequest(), controller.signal), {
      controller,
      abortAfterDeltas: 1,
    });
    expect(aborted.text).toBe("one ");
    expect((aborted.error as Error).name).toBe("AbortError");
    expect(await server!.requests[1]!.ended).toBe("client_closed");
  });

  it("closes the connection when the caller stops reading early", async () => {
    const provider = await providerFor(fakeReply(["one ", "two ", "three"], { chunkDelayMs: 50 }));
    for await (const event of provider.stream(sampleRequest(), new AbortController().signal)) {
      if (event.type === "delta") break;
    }
    expect(await server!.requests[0]!.ended).toBe("client_closed");
  });

  it("never puts the prompt or the reply into an error message", async () => {
    const provider = await providerFor([
      fakeStatus(400, {
        body: { error: { message: `context too long: ${PRIVATE_WORDS}`, type: "invalid_request_error" } },
      }),
      fakeReply(["REPLY-TEXT"], { ending: "malformed" }),
    ]);
    for (let i = 0; i < 2; i++) {
      const { error } = await run(provider);
      expect(error).toBeInstanceOf(ProviderError);
      expect((error as Error).message).not.toContain("Philippa");
      expect((error as Error).message).not.toContain("REPLY-TEXT");
      expect((error as Error).message).not.toContain("SYSTEM-SECRET-MARKER");
    }
  });
});
