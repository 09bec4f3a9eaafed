/**
 * What the network adapters (OpenAI-compatible and Anthropic) have in common: posting a
 * streaming request with `fetch`, turning a refused connection or an error status into a
 * ProviderError of the right kind, and reading a Server-Sent Events body that may arrive
 * split anywhere (mid-line, mid-character) across network reads. Every message built here
 * names the server's host and the HTTP status, never the prompt, the reply or a key, because
 * these errors end up in logs.
 */
import { createParser, type EventSourceMessage } from "eventsource-parser";
import { ProviderError, type ProviderErrorKind, type StreamHooks } from "./types.js";

/** The error every adapter ends its iteration with when the caller's signal fires. */
export function abortError(): DOMException {
  return new DOMException("The model call was stopped.", "AbortError");
}

export function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === "AbortError" || err.name === "TimeoutError");
}

/** `host[:port]` of a URL, without any credentials or path, for error messages. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "the model server";
  }
}

/**
 * Milliseconds to wait from a `Retry-After` header: delay-seconds (possibly fractional) or an
 * HTTP date. OpenAI also sends `retry-after-ms`, which is more precise when present.
 * Returns undefined for a missing or unreadable value.
 */
export function parseRetryAfter(headers: Headers, nowMs: number = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.ceil(Number(ms));
  const value = headers.get("retry-after")?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

function kindForStatus(status: number): ProviderErrorKind {
  if (status === 401 || status === 403) return "auth";
  if (status === 429) return "rate_limited";
  // 529 is Anthropic's "overloaded"; 408 is a server-side timeout worth retrying.
  if (status >= 500 || status === 408) return "server";
  return "bad_request";
}

/**
 * A short, identifier-like error code from an error body (`{"error": {"type": "..."}}`), if
 * there is one. Free-text messages are left out: some servers quote the request in them.
 */
async function errorCodeFrom(response: Response): Promise<string | undefined> {
  try {
    const text = await response.text();
    const json = JSON.parse(text) as { error?: { type?: unknown; code?: unknown } | string; type?: unknown };
    const candidates = typeof json.error === "object" && json.error ? [json.error.type, json.error.code] : [];
    for (const c of candidates) if (typeof c === "string" && /^[a-z0-9_.-]{1,64}$/i.test(c)) return c;
  } catch {
    // Not JSON, or the body broke off: the status alone will do.
  }
  return undefined;
}

export interface StreamingPost {
  url: string;
  headers: Record<string, string>;
  body: unknown;
  signal: AbortSignal;
  hooks: StreamHooks | undefined;
  /** Names the API in messages, e.g. "OpenAI-compatible server". */
  label: string;
}

/**
 * Posts a streaming request and returns the response once it is known to be a 2xx with a
 * body. Throws ProviderError for a connection failure or an error status (with
 * `retryAfterMs` for 429 and 503 answers), or an AbortError when the signal fires.
 */
export async function postStreaming(
  post: StreamingPost,
): Promise<Response & { body: ReadableStream<Uint8Array> }> {
  const host = hostOf(post.url);
  if (post.signal.aborted) throw abortError();
  let response: Response;
  try {
    response = await fetch(post.url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", ...post.headers },
      body: JSON.stringify(post.body),
      signal: post.signal,
    });
  } catch (err) {
    if (post.signal.aborted) throw abortError();
    throw new ProviderError(
      "connect",
      `Could not connect to the ${post.label} at ${host} (${networkCode(err)}).`,
    );
  }
  post.hooks?.onConnected?.();
  if (!response.ok) {
    const code = await errorCodeFrom(response);
    const status = response.status;
    throw new ProviderError(
      kindForStatus(status),
      `The ${post.label} at ${host} answered ${status}${response.statusText ? ` ${response.statusText}` : ""}${code ? ` (${code})` : ""}.`,
      { status, retryAfterMs: parseRetryAfter(response.headers) },
    );
  }
  if (!response.body) {
    throw new ProviderError("protocol", `The ${post.label} at ${host} answered without a body.`);
  }
  return response as Response & { body: ReadableStream<Uint8Array> };
}

/** The most specific network error code in an error's cause chain, e.g. ECONNREFUSED. */
function networkCode(err: unknown): string {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[A-Z0-9_]{2,40}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return err instanceof Error ? err.name : "network error";
}

/**
 * Reads a Server-Sent Events body. Bytes are decoded with a streaming TextDecoder, so a
 * multibyte character split across reads comes out whole, and `eventsource-parser` joins
 * lines split across reads. Stopping the iteration early cancels the body, which closes the
 * connection so the server stops generating.
 */
export async function* readServerSentEvents(
  body: ReadableStream<Uint8Array>,
  signal: AbortSignal,
  describe: { label: string; host: string },
): AsyncGenerator<EventSourceMessage> {
  const pending: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (event) => pending.push(event) });
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch {
        if (signal.aborted) throw abortError();
        throw new ProviderError(
          "connect",
          `The connection to the ${describe.label} at ${describe.host} broke off during the reply.`,
        );
      }
      if (chunk.done) {
        // A last event without its closing blank line still counts (some servers are not
        // tidy about `data: [DONE]`); a cut-off JSON event then shows up as malformed.
        parser.feed(`${decoder.decode()}\n\n`);
      } else {
        parser.feed(decoder.decode(chunk.value, { stream: true }));
      }
      while (pending.length > 0) yield pending.shift()!;
      if (chunk.done) return;
    }
  } finally {
    // Not awaited: on a stalled connection cancel() may take its time, and the caller
    // should not wait for it to be told the call is over.
    reader.cancel().catch(() => {});
  }
}

/** Parses one event's JSON, or throws a protocol error that does not quote the data. */
export function parseEventJson(data: string, describe: { label: string; host: string }): unknown {
  try {
    return JSON.parse(data);
  } catch {
    throw new ProviderError(
      "protocol",
      `The ${describe.label} at ${describe.host} sent a stream event that is not valid JSON.`,
    );
  }
}
