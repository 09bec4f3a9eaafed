/**
 * Makes a network model provider safe to depend on. A model server can refuse the
 * connection, answer 429 or 500, go quiet before or in the middle of a reply, or be down for
 * minutes; a person waiting for Maia should get either the reply or a prompt, clear failure
 * (after which the reply worker writes the offline reply). `withResilience` wraps any
 * ModelProvider with connect, first-token, idle and total timeouts; retries with exponential
 * backoff and jitter (honouring `Retry-After`), but only before the first token has been
 * passed on, because after that the caller already holds part of the reply and a retry would
 * write a different one; cancellation through the caller's signal at any point; and a
 * circuit breaker that, after repeated failures, refuses calls at once for a cool-down so
 * replies fall back to the offline engine without each one waiting out the timeouts. Time
 * is injectable so tests are fast and deterministic.
 */
import { abortError, isAbortError } from "./http.js";
import {
  ProviderError,
  type ModelProvider,
  type ModelRequest,
  type StreamEvent,
  type StreamHooks,
} from "./types.js";

/** The source of time. `setTimer` returns a function that cancels the timer. */
export interface Clock {
  now(): number;
  setTimer(callback: () => void, ms: number): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(callback, ms) {
    const handle = setTimeout(callback, ms);
    return () => clearTimeout(handle);
  },
};

export interface TimeoutOptions {
  /** Until the server answers (response headers arrive). Default 5 000 ms. */
  connectTimeoutMs: number;
  /** From the start of an attempt until the first text delta. Default 30 000 ms. */
  firstTokenTimeoutMs: number;
  /** Longest silence between deltas once the reply has started. Default 20 000 ms. */
  idleTimeoutMs: number;
  /** The whole call, retries and waits included. Default 120 000 ms. */
  totalTimeoutMs: number;
}

export interface ResilienceOptions extends Partial<TimeoutOptions> {
  /** Further attempts after the first, before any token. Default 3. */
  retries?: number;
  /** Backoff before retry n (from 0) is about `backoffBaseMs * 2^n`, jittered, at most `backoffMaxMs`. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** The longest `Retry-After` that is honoured as given; longer ones are cut to this. Default 30 000 ms. */
  maxRetryAfterMs?: number;
  /** Consecutive failed calls that open the circuit. Default 5. */
  breakerThreshold?: number;
  /** How long an open circuit refuses calls before letting one trial call through. Default 30 000 ms. */
  breakerCoolDownMs?: number;
  clock?: Clock;
  /** Waits between attempts; rejects with an AbortError when the signal fires. Defaults to the clock. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Jitter source in [0, 1). */
  random?: () => number;
  /** Told about each retry, for logs and metrics. Carries no content. */
  onRetry?: (info: { attempt: number; delayMs: number; error: ProviderError }) => void;
}

export const DEFAULT_RESILIENCE = {
  connectTimeoutMs: 5_000,
  firstTokenTimeoutMs: 30_000,
  idleTimeoutMs: 20_000,
  totalTimeoutMs: 120_000,
  retries: 3,
  backoffBaseMs: 500,
  backoffMaxMs: 8_000,
  maxRetryAfterMs: 30_000,
  breakerThreshold: 5,
  breakerCoolDownMs: 30_000,
} as const;

export type CircuitState = "closed" | "open" | "half_open";

export interface ResilientProvider extends ModelProvider {
  /** Where the circuit breaker stands, for health checks and the offline-mode decision. */
  circuitState(): CircuitState;
}

type Normalised = typeof DEFAULT_RESILIENCE & {
  clock: Clock;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  random: () => number;
  onRetry: ResilienceOptions["onRetry"];
};

function normalise(options: ResilienceOptions): Normalised {
  const clock = options.clock ?? systemClock;
  const merged = { ...DEFAULT_RESILIENCE } as Record<string, number>;
  for (const key of Object.keys(DEFAULT_RESILIENCE) as (keyof typeof DEFAULT_RESILIENCE)[]) {
    const value = options[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new TypeError(`Resilience option ${key} must be a non-negative number.`);
    }
    merged[key] = value;
  }
  return {
    ...(merged as typeof DEFAULT_RESILIENCE),
    clock,
    sleep: options.sleep ?? ((ms, signal) => sleepOn(clock, ms, signal)),
    random: options.random ?? Math.random,
    onRetry: options.onRetry,
  };
}

function sleepOn(clock: Clock, ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError());
    const onAbort = () => {
      cancel();
      reject(abortError());
    };
    const cancel = clock.setTimer(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** Settles with `promise`, or rejects with an AbortError as soon as `signal` fires. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    // The abandoned promise may still reject later; that must not surface as unhandled.
    promise.catch(() => {});
    return Promise.reject(abortError());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(err);
      },
    );
  });
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/**
 * Counts consecutive failed calls. Closed: calls pass. Open: calls are refused until the
 * cool-down ends. Half-open: exactly one trial call passes; its success closes the circuit,
 * its failure opens it for another cool-down.
 */
class CircuitBreaker {
  private state: CircuitState = "closed";
  private failures = 0;
  private openedAt = 0;
  private trialInFlight = false;

  constructor(
    private readonly o: Normalised,
    private readonly name: string,
  ) {}

  current(): CircuitState {
    if (this.state === "open" && this.o.clock.now() - this.openedAt >= this.o.breakerCoolDownMs)
      return "half_open";
    return this.state;
  }

  /** Returns whether this call is the half-open trial, or throws circuit_open. */
  acquire(): { trial: boolean } {
    if (this.current() === "half_open") this.state = "half_open";
    if (this.state === "closed") return { trial: false };
    if (this.state === "half_open" && !this.trialInFlight) {
      this.trialInFlight = true;
      return { trial: true };
    }
    const waitMs = this.state === "open" ? this.openedAt + this.o.breakerCoolDownMs - this.o.clock.now() : 0;
    throw new ProviderError(
      "circuit_open",
      this.state === "open"
        ? `The ${this.name} model is paused after ${this.o.breakerThreshold} failed calls in a row; the next try is in ${seconds(waitMs)}.`
        : `The ${this.name} model is paused while a trial call checks whether it has recovered.`,
      { retryable: false },
    );
  }

  release(permit: { trial: boolean }, outcome: "success" | "failure" | "neutral"): void {
    if (permit.trial) this.trialInFlight = false;
    if (outcome === "success") {
      this.state = "closed";
      this.failures = 0;
    } else if (outcome === "failure") {
      this.failures++;
      if (permit.trial || this.state === "half_open" || this.failures >= this.o.breakerThreshold) {
        this.state = "open";
        this.openedAt = this.o.clock.now();
      }
    }
    // "neutral" (the caller stopped, or the request itself was bad): says nothing about the
    // server's health; a released trial slot goes to the next caller.
  }
}

type Phase = "connect" | "first token" | "idle" | "total";

/**
 * Wraps `provider` with timeouts, retries before the first token, cancellation and a
 * circuit breaker. Options are read once here.
 *
 * @example
 * const provider = withResilience(createOpenAIProvider({ baseUrl, model }), { retries: 2 });
 * for await (const event of provider.stream(request, signal)) ...
 */
export function withResilience(provider: ModelProvider, options: ResilienceOptions = {}): ResilientProvider {
  const o = normalise(options);
  const breaker = new CircuitBreaker(o, provider.name);

  function timeoutError(phase: Phase, afterFirstToken: boolean): ProviderError {
    const message: Record<Phase, string> = {
      connect: `The ${provider.name} model server did not answer within ${seconds(o.connectTimeoutMs)}.`,
      "first token": `The ${provider.name} model did not start its reply within ${seconds(o.firstTokenTimeoutMs)}.`,
      idle: `The ${provider.name} model went quiet for ${seconds(o.idleTimeoutMs)} in the middle of its reply.`,
      total: `The ${provider.name} model did not finish its reply within ${seconds(o.totalTimeoutMs)}.`,
    };
    return new ProviderError("timeout", message[phase], { retryable: phase !== "total" && !afterFirstToken });
  }

  function backoffMs(retry: number, error: ProviderError): number {
    const exponential = Math.min(o.backoffMaxMs, o.backoffBaseMs * 2 ** retry);
    // "Equal jitter": never less than half the backoff, so retries still spread out when
    // many replies failed at the same moment, without ever retrying immediately.
    const jittered = exponential / 2 + (exponential / 2) * o.random();
    const retryAfter = error.options.retryAfterMs;
    return Math.round(
      retryAfter === undefined ? jittered : Math.max(jittered, Math.min(retryAfter, o.maxRetryAfterMs)),
    );
  }

  async function* stream(
    request: ModelRequest,
    signal: AbortSignal,
    hooks?: StreamHooks,
  ): AsyncGenerator<StreamEvent> {
    if (signal.aborted) throw abortError();
    const permit = breaker.acquire();
    let outcome: "success" | "failure" | "neutral" = "neutral";

    // One deadline for the whole call: it stops attempts and waits between them alike.
    const call = new AbortController();
    let totalExpired = false;
    const cancelTotal = o.clock.setTimer(() => {
      totalExpired = true;
      call.abort();
    }, o.totalTimeoutMs);
    const onCallerAbort = () => call.abort();
    signal.addEventListener("abort", onCallerAbort, { once: true });
    const deadline = o.clock.now() + o.totalTimeoutMs;

    let passedOnDelta = false;
    try {
      for (let attempt = 0; ; attempt++) {
        const attemptCtl = new AbortController();
        const onCallAbort = () => attemptCtl.abort();
        call.signal.addEventListener("abort", onCallAbort, { once: true });
        if (call.signal.aborted) attemptCtl.abort();

        let expired: Phase | undefined;
        const expire = (phase: Phase) => () => {
          expired ??= phase;
          attemptCtl.abort();
        };
        let cancelConnect: (() => void) | undefined = o.clock.setTimer(expire("connect"), o.connectTimeoutMs);
        let cancelFirstToken: (() => void) | undefined = o.clock.setTimer(
          expire("first token"),
          o.firstTokenTimeoutMs,
        );
        let cancelIdle: (() => void) | undefined;
        const connected = () => {
          cancelConnect?.();
          cancelConnect = undefined;
        };

        const attemptHooks: StreamHooks = {
          onConnected: () => {
            connected();
            hooks?.onConnected?.();
          },
        };
        let iterator: AsyncIterator<StreamEvent> | undefined;
        let finished = false;
        try {
          // Inside the try: a provider may throw before returning its iterator.
          iterator = provider.stream(request, attemptCtl.signal, attemptHooks)[Symbol.asyncIterator]();
          for (;;) {
            // The idle clock runs only while waiting on the model, not while the caller
            // handles a delta: a slow database write must not count as a silent model.
            if (passedOnDelta) cancelIdle = o.clock.setTimer(expire("idle"), o.idleTimeoutMs);
            const next = await untilAborted(iterator.next(), attemptCtl.signal);
            cancelIdle?.();
            cancelIdle = undefined;
            if (next.done) break;
            connected();
            if (next.value.type === "delta") {
              cancelFirstToken?.();
              cancelFirstToken = undefined;
              passedOnDelta = true;
            }
            yield next.value;
          }
          finished = true;
          outcome = "success";
          return;
        } catch (err) {
          if (signal.aborted) throw abortError();
          const error = totalExpired
            ? timeoutError("total", passedOnDelta)
            : expired
              ? timeoutError(expired, passedOnDelta)
              : asProviderError(err, provider.name);
          outcome = error.kind === "bad_request" ? "neutral" : "failure";
          // After a delta has been passed on, the caller keeps the partial text: no retry.
          if (passedOnDelta || !error.retryable || attempt >= o.retries) throw error;
          const delayMs = backoffMs(attempt, error);
          // Waiting past the deadline only to be stopped by it helps nobody.
          if (o.clock.now() + delayMs >= deadline) throw error;
          o.onRetry?.({ attempt: attempt + 1, delayMs, error });
          try {
            await o.sleep(delayMs, call.signal);
          } catch {
            if (signal.aborted) throw abortError();
            throw timeoutError("total", false);
          }
          outcome = "neutral";
        } finally {
          cancelConnect?.();
          cancelFirstToken?.();
          cancelIdle?.();
          call.signal.removeEventListener("abort", onCallAbort);
          if (!finished) {
            // Stop the abandoned attempt: abort its request and close its iterator. Not
            // awaited, since a misbehaving provider may never settle.
            attemptCtl.abort();
            iterator?.return?.()?.catch(() => {});
          }
        }
      }
    } finally {
      cancelTotal();
      signal.removeEventListener("abort", onCallerAbort);
      // The caller may stop iterating early (a `break`): that is neither a failure nor a
      // finished call, so it leaves the breaker as it was.
      breaker.release(permit, outcome);
    }
  }

  return {
    name: provider.name,
    model: provider.model,
    stream,
    circuitState: () => breaker.current(),
  };
}

/** Anything a provider throws, as a ProviderError that carries no content. */
function asProviderError(err: unknown, name: string): ProviderError {
  if (err instanceof ProviderError) return err;
  if (isAbortError(err)) return new ProviderError("server", `The ${name} model call stopped unexpectedly.`);
  const what = err instanceof Error ? err.name : typeof err;
  return new ProviderError("server", `The ${name} model call failed unexpectedly (${what}).`, {
    retryable: false,
  });
}
