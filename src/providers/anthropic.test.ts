import { afterEach, describe, expect, it } from "vitest";
import {
  closedPortUrl,
  fakeRateLimited,
  fakeReply,
  fakeStatus,
  startFakeAnthropic,
  type FakeScript,
  type FakeServer,
} from "../../test/fake-model-servers.js";
import { ANTHROPIC_VERSION, createAnthropicProvider } from "./anthropic.js";
import { drain, sampleRequest } from "./test-helpers.js";
import type { ModelProvider, ProviderError } from "./types.js";

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function providerFor(script: FakeScript, apiKey: string | undefined = "sk-ant-test") {
  server = await startFakeAnthropic(script);
  return createAnthropicProvider({ baseUrl: server.url, model: "claude-test", apiKey });
}

const run = (provider: ModelProvider, controller = new AbortController()) =>
  drain(provider.stream(sampleRequest(), controller.signal), { controller });

describe("Anthropic adapter", () => {
  it("streams text deltas and reports input and output tokens", async () => {
    const provider = await providerFor(
      fakeReply(["It sounds ", "like a lot."], { usage: { inputTokens: 31, outputTokens: 6 } }),
    );
    const result = await run(provider);
    expect(result.error).toBeUndefined();
    expect(result.deltas).toEqual(["It sounds ", "like a lot."]);
    expect(result.usage).toEqual({ inputTokens: 31, outputTokens: 6 });
    expect(provider).toMatchObject({ name: "anthropic", model: "claude-test" });
  });

  it("posts to /v1/messages with the key, the API version, the system prompt and max_tokens", async () => {
    const provider = await providerFor(fakeReply(["ok"]));
    await run(provider);
    const request = server!.requests[0]!;
    expect(request.path).toBe("/v1/messages");
    expect(request.headers["x-api-key"]).toBe("sk-ant-test");
    expect(request.headers["anthropic-version"]).toBe(ANTHROPIC_VERSION);
    expect(request.body).toEqual({
      model: "claude-test",
      system: sampleRequest().system,
      messages: sampleRequest().messages,
      max_tokens: 1024,
      stream: true,
    });
  });

  it("sends no x-api-key header when no key is set, and tolerates a base URL ending in /v1", async () => {
    server = await startFakeAnthropic(fakeReply(["ok"]));
    const provider = createAnthropicProvider({ baseUrl: `${server.url}/v1/` });
    const result = await run(provider);
    expect(result.error).toBeUndefined();
    expect(server.requests[0]!.path).toBe("/v1/messages");
    expect(server.requests[0]!.headers["x-api-key"]).toBeUndefined();
  });

  it("reassembles events and multibyte characters split across network reads", async () => {
    const chunks = ["Ça va? ", "🙂🙂 ", "ありがとう"];
    const provider = await providerFor(fakeReply(chunks, { pieceBytes: 5 }));
    const result = await run(provider);
    expect(result.error).toBeUndefined();
    expect(result.text).toBe(chunks.join(""));
  });

  it("turns an overloaded_error event into a retryable server error", async () => {
    const provider = await providerFor(
      fakeReply(["Partial"], { ending: "error_event", errorType: "overloaded_error" }),
    );
    const result = await run(provider);
    expect(result.text).toBe("Partial");
    expect(result.error).toMatchObject({ kind: "server" });
    expect((result.error as ProviderError).retryable).toBe(true);
    expect((result.error as Error).message).toContain("overloaded_error");
  });

  it("maps other error events to their kinds", async () => {
    const provider = await providerFor(
      fakeReply([], { ending: "error_event", errorType: "rate_limit_error" }),
    );
    expect((await run(provider)).error).toMatchObject({ kind: "rate_limited" });
  });

  it("maps 401, 429 with Retry-After, 529 and 500 statuses", async () => {
    const provider = await providerFor([
      fakeStatus(401),
      fakeRateLimited(2),
      fakeStatus(529),
      fakeStatus(500),
    ]);
    const kinds = [];
    for (let i = 0; i < 4; i++) kinds.push((await run(provider)).error);
    expect(kinds[0]).toMatchObject({ kind: "auth", options: { status: 401 } });
    expect((kinds[0] as Error).message).toContain("authentication_error");
    expect((kinds[0] as Error).message).not.toContain("sk-ant-test");
    expect(kinds[1]).toMatchObject({ kind: "rate_limited", options: { retryAfterMs: 2000 } });
    expect(kinds[2]).toMatchObject({ kind: "server", options: { status: 529 } });
    expect(kinds[3]).toMatchObject({ kind: "server", options: { status: 500 } });
  });

  it("turns a refused connection into a connect error", async () => {
    const provider = createAnthropicProvider({ baseUrl: await closedPortUrl(), apiKey: "k" });
    expect((await run(provider)).error).toMatchObject({ kind: "connect" });
  });

  it("treats a stream that ends without message_stop as a protocol error", async () => {
    const provider = await providerFor(fakeReply(["Half"], { ending: "early" }));
    const result = await run(provider);
    expect(result.text).toBe("Half");
    expect(result.error).toMatchObject({ kind: "protocol" });
    expect((result.error as Error).message).toContain("message_stop");
  });

  it("treats malformed JSON as a protocol error", async () => {
    const provider = await providerFor(fakeReply(["Hi"], { ending: "malformed" }));
    expect((await run(provider)).error).toMatchObject({ kind: "protocol" });
  });

  it("stops the request when aborted mid-stream", async () => {
    const provider = await providerFor(fakeReply(["one ", "two ", "three"], { chunkDelayMs: 50 }));
    const controller = new AbortController();
    const result = await drain(provider.stream(sampleRequest(), controller.signal), {
      controller,
      abortAfterDeltas: 1,
    });
    expect(result.text).toBe("one ");
    expect((result.error as Error).name).toBe("AbortError");
    expect(await server!.requests[0]!.ended).toBe("client_closed");
  });
});
