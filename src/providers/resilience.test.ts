import { afterEach, describe, expect, it } from "vitest";
import {
  closedPortUrl,
  fakeRateLimited,
  fakeReply,
  fakeStatus,
  startFakeAnthropic,
  startFakeOpenAI,
  type FakeScript,
  type FakeServer,
} from "../../test/fake-model-servers.js";
import { createAnthropicProvider } from "./anthropic.js";
import { createOpenAIProvider } from "./openai.js";
import { systemClock, withResilience, type ResilienceOptions } from "./resilience.js";
import { drain, sampleRequest } from "./test-helpers.js";
import { ProviderError, type ModelProvider, type StreamEvent } from "./types.js";

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Waits are recorded and skipped, so retry tests are instant and deterministic. */
function recordedSleeps() {
  const sleeps: number[] = [];
  const sleep = async (ms: number) => {
    sleeps.push(ms);
  };
  return { sleeps, sleep };
}

async function resilientOpenAI(script: FakeScript, options: ResilienceOptions = {}, apiKey?: string) {
  server = await startFakeOpenAI(script);
  return withResilience(createOpenAIProvider({ baseUrl: server.url, model: "m", apiKey }), {
    random: () => 0.5,
    ...options,
  });
}

const run = (provider: ModelProvider, controller = new AbortController(), abortAfterDeltas?: number) =>
  drain(provider.stream(sampleRequest(), controller.signal), { controller, abortAfterDeltas });

/** A provider whose n-th call runs `calls[n]` (the last repeats). */
function scripted(
  calls: ((signal: AbortSignal) => AsyncGenerator<StreamEvent>)[],
): ModelProvider & { count: number } {
  const provider = {
    name: "scripted",
    model: "s",
    count: 0,
    stream(_request: unknown, signal: AbortSignal) {
      const call = calls[Math.min(provider.count, calls.length - 1)]!;
      provider.count++;
      return call(signal);
    },
  };
  return provider;
}

async function* ok(): AsyncGenerator<StreamEvent> {
  yield { type: "delta", text: "fine" };
}
// eslint-disable-next-line require-yield -- a call that fails before its first token
async function* failing(): AsyncGenerator<StreamEvent> {
  throw new ProviderError("server", "The scripted model answered 500.", { status: 500 });
}

describe("withResilience: retries", () => {
  it("retries a 500 and then streams the reply", async () => {
    const { sleeps, sleep } = recordedSleeps();
    const provider = await resilientOpenAI([fakeStatus(500), fakeReply(["Back ", "again"])], { sleep });
    const result = await run(provider);
    expect(result.error).toBeUndefined();
    expect(result.text).toBe("Back again");
    expect(server!.requests).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
  });

  it("gives up after the configured retries with the provider's error, ready for the offline reply", async () => {
    const { sleeps, sleep } = recordedSleeps();
    const provider = await resilientOpenAI(fakeStatus(503), { sleep, retries: 3 });
    const result = await run(provider);
    expect(result.error).toBeInstanceOf(ProviderError);
    expect(result.error).toMatchObject({ kind: "server", options: { status: 503 } });
    expect(server!.requests).toHaveLength(4);
    expect(sleeps).toHaveLength(3);
  });

  it("backs off exponentially with jitter, within the cap", async () => {
    const { sleeps, sleep } = recordedSleeps();
    const provider = await resilientOpenAI(fakeStatus(500), {
      sleep,
      retries: 5,
      backoffBaseMs: 100,
      backoffMaxMs: 1000,
      random: () => 1,
    });
    await run(provider);
    expect(sleeps).toEqual([100, 200, 400, 800, 1000]);
    const low = recordedSleeps();
    const lowProvider = withResilience(scripted([failing]), {
      sleep: low.sleep,
      retries: 3,
      backoffBaseMs: 100,
      random: () => 0,
    });
    await run(lowProvider);
    expect(low.sleeps).toEqual([50, 100, 200]);
  });

  it("retries a refused connection, then fails with a connect error", async () => {
    const { sleep } = recordedSleeps();
    const provider = withResilience(
      createOpenAIProvider({ baseUrl: await closedPortUrl("/v1"), model: "m" }),
      {
        sleep,
        retries: 2,
      },
    );
    const result = await run(provider);
    expect(result.error).toMatchObject({ kind: "connect" });
  });

  it("does not retry a 401", async () => {
    const { sleeps, sleep } = recordedSleeps();
    const provider = await resilientOpenAI(fakeStatus(401), { sleep });
    const result = await run(provider);
    expect(result.error).toMatchObject({ kind: "auth" });
    expect(server!.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("waits as long as Retry-After asks (in seconds) before retrying a 429", async () => {
    const { sleeps, sleep } = recordedSleeps();
    const provider = await resilientOpenAI([fakeRateLimited(4), fakeReply(["ok"])], { sleep });
    const result = await run(provider);
    expect(result.text).toBe("ok");
    expect(sleeps).toEqual([4000]);
  });

  it("honours Retry-After given as an HTTP date", async () => {
    const { sleeps, sleep } = recordedSleeps();
    const at = new Date(Math.ceil((Date.now() + 6_000) / 1000) * 1000).toUTCString();
    const provider = await resilientOpenAI([fakeRateLimited(at), fakeReply(["ok"])], { sleep });
    await run(provider);
    expect(sleeps[0]).toBeGreaterThan(4_000);
    expect(sleeps[0]).toBeLessThanOrEqual(7_000);
  });

  it("caps a very long Retry-After", async () => {
    const { sleeps, sleep } = recordedSleeps();
    const provider = await resilientOpenAI([fakeRateLimited(3600), fakeReply(["ok"])], {
      sleep,
      maxRetryAfterMs: 10_000,
    });
    await run(provider);
    expect(sleeps).toEqual([10_000]);
  });

  it("does not wait past the total deadline: it fails at once instead", async () => {
    const { sleeps, sleep } = recordedSleeps();
    const provider = await resilientOpenAI(fakeRateLimited(20), { sleep, totalTimeoutMs: 5_000 });
    const result = await run(provider);
    expect(result.error).toMatchObject({ kind: "rate_limited" });
    expect(sleeps).toEqual([]);
    expect(server!.requests).toHaveLength(1);
  });

  it("never retries once text has been passed on: the caller keeps the partial reply", async () => {
    const { sleeps, sleep } = recordedSleeps();
    const provider = await resilientOpenAI(fakeReply(["I hear ", "you"], { ending: "drop" }), { sleep });
    const result = await run(provider);
    expect(result.text).toBe("I hear you");
    expect(result.error).toMatchObject({ kind: "connect" });
    expect(server!.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("passes a protocol error (early end, malformed JSON) straight through without retrying", async () => {
    const { sleep } = recordedSleeps();
    const provider = await resilientOpenAI(
      [fakeReply([], { ending: "early" }), fakeReply(["x"], { ending: "malformed" })],
      {
        sleep,
      },
    );
    expect((await run(provider)).error).toMatchObject({ kind: "protocol" });
    expect((await run(provider)).error).toMatchObject({ kind: "protocol" });
    expect(server!.requests).toHaveLength(2);
  });

  it("retries an Anthropic overloaded_error that comes before any text", async () => {
    const { sleeps, sleep } = recordedSleeps();
    server = await startFakeAnthropic([fakeReply([], { ending: "error_event" }), fakeReply(["Here"])]);
    const provider = withResilience(createAnthropicProvider({ baseUrl: server.url, apiKey: "k" }), { sleep });
    const result = await run(provider);
    expect(result.text).toBe("Here");
    expect(sleeps).toHaveLength(1);
  });
});

describe("withResilience: timeouts", () => {
  // Short enough to keep the suite quick, long enough for a loaded CI machine to answer in time.
  const fast = {
    connectTimeoutMs: 300,
    firstTokenTimeoutMs: 600,
    idleTimeoutMs: 200,
    totalTimeoutMs: 5_000,
    retries: 0,
  };

  it("times out a server that accepts the request but never answers (connect timeout)", async () => {
    const provider = await resilientOpenAI({ type: "no_answer" }, fast);
    const result = await run(provider);
    expect(result.error).toMatchObject({ kind: "timeout" });
    expect((result.error as Error).message).toContain("did not answer");
    expect(await server!.requests[0]!.ended).toBe("client_closed");
  });

  it("times out a stream that stalls before the first token, and retries it", async () => {
    const { sleeps, sleep } = recordedSleeps();
    const provider = await resilientOpenAI([fakeReply([], { ending: "stall" }), fakeReply(["at last"])], {
      ...fast,
      retries: 1,
      sleep,
    });
    const result = await run(provider);
    expect(result.text).toBe("at last");
    expect(sleeps).toHaveLength(1);
    expect(await server!.requests[0]!.ended).toBe("client_closed");
  });

  it("reports a first-token timeout when every attempt stalls", async () => {
    const provider = await resilientOpenAI(fakeReply(["late"], { firstTokenDelayMs: 2_000 }), fast);
    const result = await run(provider);
    expect(result.error).toMatchObject({ kind: "timeout" });
    expect((result.error as Error).message).toContain("did not start its reply");
  });

  it("times out a stream that goes quiet mid-reply (idle), keeping the partial text and not retrying", async () => {
    const provider = await resilientOpenAI(fakeReply(["Some ", "words"], { ending: "stall" }), {
      ...fast,
      retries: 3,
    });
    const result = await run(provider);
    expect(result.text).toBe("Some words");
    expect(result.error).toMatchObject({ kind: "timeout" });
    expect((result.error as Error).message).toContain("went quiet");
    expect((result.error as ProviderError).retryable).toBe(false);
    expect(server!.requests).toHaveLength(1);
  });

  it("does not count the caller's own time between deltas as model silence", async () => {
    const provider = await resilientOpenAI(fakeReply(["a", "b", "c"]), fast);
    let text = "";
    for await (const event of provider.stream(sampleRequest(), new AbortController().signal)) {
      if (event.type !== "delta") continue;
      text += event.text;
      await new Promise((resolve) => setTimeout(resolve, 300)); // longer than the idle timeout
    }
    expect(text).toBe("abc");
  });

  it("stops the whole call at the total timeout, even while tokens keep coming", async () => {
    const provider = await resilientOpenAI(
      fakeReply(
        Array.from({ length: 40 }, (_, i) => `${i} `),
        { chunkDelayMs: 50 },
      ),
      { ...fast, totalTimeoutMs: 400 },
    );
    const result = await run(provider);
    expect(result.error).toMatchObject({ kind: "timeout" });
    expect((result.error as Error).message).toContain("did not finish");
    expect(result.deltas.length).toBeGreaterThan(0);
    expect(result.deltas.length).toBeLessThan(40);
  });
});

describe("withResilience: cancellation", () => {
  it("aborting mid-stream stops the request, ends with an AbortError and does not retry", async () => {
    const provider = await resilientOpenAI(fakeReply(["one ", "two ", "three"], { chunkDelayMs: 50 }));
    const result = await run(provider, new AbortController(), 1);
    expect(result.text).toBe("one ");
    expect((result.error as Error).name).toBe("AbortError");
    expect(await server!.requests[0]!.ended).toBe("client_closed");
    expect(server!.requests).toHaveLength(1);
  });

  it("aborting while waiting to retry ends the call without another attempt", async () => {
    const controller = new AbortController();
    const provider = await resilientOpenAI(fakeStatus(500), {
      backoffBaseMs: 10_000,
      onRetry: () => setTimeout(() => controller.abort(), 20),
    });
    const result = await run(provider, controller);
    expect((result.error as Error).name).toBe("AbortError");
    expect(server!.requests).toHaveLength(1);
  });

  it("an already-aborted signal makes no request at all", async () => {
    const provider = await resilientOpenAI(fakeReply(["x"]));
    const controller = new AbortController();
    controller.abort();
    const result = await run(provider, controller);
    expect((result.error as Error).name).toBe("AbortError");
    expect(server!.requests).toHaveLength(0);
  });

  it("stops an in-memory provider that ignores its signal", async () => {
    const stubborn = scripted([
      async function* () {
        yield { type: "delta", text: "a" };
        await new Promise(() => {}); // never settles, never looks at the signal
      },
    ]);
    const provider = withResilience(stubborn);
    const result = await run(provider, new AbortController(), 1);
    expect(result.text).toBe("a");
    expect((result.error as Error).name).toBe("AbortError");
  });
});

describe("withResilience: circuit breaker", () => {
  function manualTime() {
    let now = 1_000_000;
    return {
      clock: { now: () => now, setTimer: systemClock.setTimer },
      advance: (ms: number) => (now += ms),
    };
  }

  it("opens after N failed calls, refuses at once while open, then lets one trial through", async () => {
    const time = manualTime();
    const inner = scripted([failing, failing, ok, ok]);
    const provider = withResilience(inner, {
      clock: time.clock,
      retries: 0,
      breakerThreshold: 2,
      breakerCoolDownMs: 30_000,
    });

    expect((await run(provider)).error).toMatchObject({ kind: "server" });
    expect(provider.circuitState()).toBe("closed");
    expect((await run(provider)).error).toMatchObject({ kind: "server" });
    expect(provider.circuitState()).toBe("open");

    const refused = await run(provider);
    expect(refused.error).toMatchObject({ kind: "circuit_open" });
    expect((refused.error as ProviderError).retryable).toBe(false);
    expect((refused.error as Error).message).toContain("30 s");
    expect(inner.count).toBe(2);

    time.advance(30_000);
    expect(provider.circuitState()).toBe("half_open");
    const trial = provider.stream(sampleRequest(), new AbortController().signal)[Symbol.asyncIterator]();
    expect(await trial.next()).toEqual({ done: false, value: { type: "delta", text: "fine" } });
    // While the trial is under way, everyone else is still refused.
    expect((await run(provider)).error).toMatchObject({ kind: "circuit_open" });
    expect(await trial.next()).toMatchObject({ done: true });
    expect(provider.circuitState()).toBe("closed");
    expect((await run(provider)).text).toBe("fine");
  });

  it("a failed trial opens the circuit for another cool-down", async () => {
    const time = manualTime();
    const inner = scripted([failing]);
    const provider = withResilience(inner, {
      clock: time.clock,
      retries: 0,
      breakerThreshold: 1,
      breakerCoolDownMs: 1_000,
    });
    await run(provider);
    expect(provider.circuitState()).toBe("open");
    time.advance(1_000);
    expect((await run(provider)).error).toMatchObject({ kind: "server" });
    expect(provider.circuitState()).toBe("open");
    expect((await run(provider)).error).toMatchObject({ kind: "circuit_open" });
    expect(inner.count).toBe(2);
  });

  it("counts a call as one failure however many retries it took, and a success resets the count", async () => {
    const time = manualTime();
    const { sleep } = recordedSleeps();
    const inner = scripted([failing, failing, failing, ok, failing, failing, failing]);
    const provider = withResilience(inner, { clock: time.clock, sleep, retries: 2, breakerThreshold: 2 });
    expect((await run(provider)).error).toMatchObject({ kind: "server" }); // 3 attempts, 1 failure
    expect(provider.circuitState()).toBe("closed");
    expect((await run(provider)).text).toBe("fine");
    expect((await run(provider)).error).toMatchObject({ kind: "server" });
    expect(provider.circuitState()).toBe("closed");
  });

  it("the caller's own abort does not count as a failure", async () => {
    const inner = scripted([
      async function* (signal) {
        await new Promise((_, reject) =>
          signal.addEventListener("abort", () => reject(new Error("aborted"))),
        );
        yield { type: "delta", text: "never" };
      },
    ]);
    const provider = withResilience(inner, { breakerThreshold: 1 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    expect(((await run(provider, controller)).error as Error).name).toBe("AbortError");
    expect(provider.circuitState()).toBe("closed");
  });
});

describe("withResilience: what errors may say", () => {
  it("no error carries the API key, the prompt or the reply", async () => {
    const { sleep } = recordedSleeps();
    const secretKey = "sk-live-abcdef123456";
    const provider = await resilientOpenAI(
      [
        fakeStatus(401),
        fakeStatus(500),
        fakeReply(["REPLY-WORDS"], { ending: "malformed" }),
        fakeReply(["REPLY-WORDS"], { ending: "early" }),
        fakeReply(["REPLY-WORDS"], { ending: "stall" }),
      ],
      { sleep, retries: 0, idleTimeoutMs: 100 },
      secretKey,
    );
    for (let i = 0; i < 5; i++) {
      const { error } = await run(provider);
      expect(error).toBeInstanceOf(ProviderError);
      const text = `${(error as Error).message} ${JSON.stringify(error)}`;
      for (const forbidden of [secretKey, "Philippa", "REPLY-WORDS", "SYSTEM-SECRET-MARKER"]) {
        expect(text).not.toContain(forbidden);
      }
    }
  });

  it("wraps an unexpected exception without its message", async () => {
    const provider = withResilience(
      scripted([
        // eslint-disable-next-line require-yield
        async function* () {
          throw new Error("crash while handling Philippa");
        },
      ]),
    );
    const { error } = await run(provider);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as Error).message).not.toContain("Philippa");
  });

  it("turns a provider that throws before returning its stream into a ProviderError", async () => {
    const broken: ModelProvider = {
      name: "broken",
      model: "b",
      stream: () => {
        throw new TypeError("bad state for Philippa");
      },
    };
    const { error } = await run(withResilience(broken));
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as Error).message).toContain("TypeError");
    expect((error as Error).message).not.toContain("Philippa");
  });

  it("rejects nonsense options when created", () => {
    expect(() => withResilience(scripted([ok]), { retries: -1 })).toThrow(TypeError);
  });
});
