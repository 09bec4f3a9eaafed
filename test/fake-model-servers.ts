/**
 * Local stand-ins for an OpenAI-compatible server and Anthropic's Messages API, speaking
 * their real streaming formats over real HTTP (node:http on 127.0.0.1, a free port), so
 * adapter tests, integration tests and the time-to-first-token benchmark exercise the same
 * bytes a real server sends. Each request follows a script: a normal reply in N chunks after
 * a chosen delay, an error status (401, 429 with Retry-After, 500…), or a fault (a stall, an
 * early end, malformed JSON, bytes written a few at a time so lines and UTF-8 characters
 * split across reads, a dropped connection). Every request is recorded with its headers,
 * parsed body and how it ended, and when its first token was written.
 *
 * @example
 * const server = await startFakeOpenAI([fakeStatus(500), fakeReply(["Hel", "lo"])]);
 * // ... point an adapter at server.url, then:
 * await server.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** How one request is answered. */
export type FakeResponse = FakeReply | FakeStatus | FakeHangUp | FakeNoAnswer;

export interface FakeReply {
  type: "reply";
  /** The reply's text pieces, one stream event each. */
  chunks: string[];
  /** Wait before the first text event (the model "thinking"). */
  firstTokenDelayMs?: number;
  /** Wait between text events. */
  chunkDelayMs?: number;
  /** Token counts to report; `null` reports none. Defaults to counting words. */
  usage?: { inputTokens: number; outputTokens: number } | null;
  /**
   * How the stream ends: `complete` (normally), `early` (closes cleanly without [DONE] /
   * message_stop), `stall` (stays open, sending nothing more), `malformed` (sends an event
   * that is not JSON), `drop` (destroys the connection), `error_event` (Anthropic `error`
   * event, or an OpenAI `data: {"error": …}` chunk).
   */
  ending?: "complete" | "early" | "stall" | "malformed" | "drop" | "error_event";
  /** For `error_event`: Anthropic's error type. Default `overloaded_error`. */
  errorType?: string;
  /** Write the body in pieces of this many bytes, one network write each (splits lines and characters). */
  pieceBytes?: number;
  /** Wait between pieces when `pieceBytes` is set. Default 1 ms. */
  pieceDelayMs?: number;
}

export interface FakeStatus {
  type: "status";
  status: number;
  headers?: Record<string, string>;
  /** JSON body; defaults to the API's error shape. */
  body?: unknown;
}

/** Accepts the connection, then destroys it without answering. */
export interface FakeHangUp {
  type: "hang_up";
}

/** Accepts the request and never sends headers (a server that hangs before answering). */
export interface FakeNoAnswer {
  type: "no_answer";
}

/** A fixed answer, one answer per request in order (the last repeats), or a function of the request. */
export type FakeScript =
  FakeResponse | FakeResponse[] | ((request: RecordedRequest, index: number) => FakeResponse);

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  /** The parsed JSON body (or the raw text if it was not JSON). */
  body: unknown;
  /** `performance.now()` when the first text event was written (with `pieceBytes`, the first piece), if it was. */
  firstTokenAt?: number;
  /** Resolves when the exchange is over: `finished` (server ended it) or `client_closed` (the client went away first). */
  ended: Promise<"finished" | "client_closed">;
}

export interface FakeServer {
  /** Base URL to give the adapter: `http://127.0.0.1:PORT/v1` for OpenAI, `http://127.0.0.1:PORT` for Anthropic. */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export const fakeReply = (chunks: string[], options: Omit<FakeReply, "type" | "chunks"> = {}): FakeReply => ({
  type: "reply",
  chunks,
  ...options,
});

export const fakeStatus = (
  status: number,
  options: Omit<FakeStatus, "type" | "status"> = {},
): FakeStatus => ({
  type: "status",
  status,
  ...options,
});

/** 429 with a `Retry-After` in seconds (or an HTTP date string). */
export const fakeRateLimited = (retryAfter: number | string): FakeStatus =>
  fakeStatus(429, { headers: { "retry-after": String(retryAfter) } });

/** A URL on 127.0.0.1 where nothing listens, for "connection refused". */
export async function closedPortUrl(path = ""): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}${path}`;
}

// Unreferenced: a stall ("first token in ten minutes") must not keep a process alive once the
// server is closed; bench:load waited out 5,000 of them after it had printed its figures.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** What differs between the two APIs: the path, the event bytes, the error body. */
interface Dialect {
  path: string;
  urlSuffix: string;
  opening(model: string, usage: FakeReply["usage"]): string[];
  delta(text: string, model: string): string;
  closing(model: string, usage: FakeReply["usage"]): string[];
  errorEvent(errorType: string): string;
  errorBody(status: number): unknown;
}

const sse = (data: unknown, event?: string) =>
  `${event ? `event: ${event}\n` : ""}data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`;

const openAIDialect: Dialect = {
  path: "/v1/chat/completions",
  urlSuffix: "/v1",
  opening: (model) => [sse(chunk(model, { role: "assistant", content: "" }))],
  delta: (text, model) => sse(chunk(model, { content: text })),
  closing: (model, usage) => [
    sse(chunk(model, {}, "stop")),
    ...(usage
      ? [
          sse({
            id: "chatcmpl-fake",
            object: "chat.completion.chunk",
            created: 1_700_000_000,
            model,
            choices: [],
            usage: {
              prompt_tokens: usage.inputTokens,
              completion_tokens: usage.outputTokens,
              total_tokens: usage.inputTokens + usage.outputTokens,
            },
          }),
        ]
      : []),
    sse("[DONE]"),
  ],
  errorEvent: () =>
    sse({ error: { message: "The server had an error while processing your request.", code: 500 } }),
  errorBody: (status) => ({
    error: {
      message: "fake error",
      type:
        status === 401 ? "invalid_request_error" : status === 429 ? "rate_limit_exceeded" : "server_error",
      code: status === 401 ? "invalid_api_key" : null,
    },
  }),
};

function chunk(model: string, delta: Record<string, unknown>, finishReason: string | null = null) {
  return {
    id: "chatcmpl-fake",
    object: "chat.completion.chunk",
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
}

const anthropicDialect: Dialect = {
  path: "/v1/messages",
  urlSuffix: "",
  opening: (model, usage) => [
    sse(
      {
        type: "message_start",
        message: {
          id: "msg_fake",
          type: "message",
          role: "assistant",
          content: [],
          model,
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: usage ? usage.inputTokens : 0, output_tokens: 1 },
        },
      },
      "message_start",
    ),
    sse(
      { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } },
      "content_block_start",
    ),
    sse({ type: "ping" }, "ping"),
  ],
  delta: (text) =>
    sse(
      { type: "content_block_delta", index: 0, delta: { type: "text_delta", text } },
      "content_block_delta",
    ),
  closing: (_model, usage) => [
    sse({ type: "content_block_stop", index: 0 }, "content_block_stop"),
    sse(
      {
        type: "message_delta",
        delta: { stop_reason: "end_turn", stop_sequence: null },
        usage: { output_tokens: usage ? usage.outputTokens : 0 },
      },
      "message_delta",
    ),
    sse({ type: "message_stop" }, "message_stop"),
  ],
  errorEvent: (errorType) =>
    sse({ type: "error", error: { type: errorType, message: "Overloaded" } }, "error"),
  errorBody: (status) => ({
    type: "error",
    error: {
      type:
        status === 401
          ? "authentication_error"
          : status === 429
            ? "rate_limit_error"
            : status === 529
              ? "overloaded_error"
              : "api_error",
      message: "fake error",
    },
  }),
};

/** An OpenAI-compatible chat-completions server; `url` ends in `/v1` like Ollama's. */
export function startFakeOpenAI(script: FakeScript): Promise<FakeServer> {
  return startFake(openAIDialect, script);
}

/** An Anthropic Messages API server; `url` is the base, without `/v1`. */
export function startFakeAnthropic(script: FakeScript): Promise<FakeServer> {
  return startFake(anthropicDialect, script);
}

async function startFake(dialect: Dialect, script: FakeScript): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const pick = (request: RecordedRequest, index: number): FakeResponse => {
    if (typeof script === "function") return script(request, index);
    if (Array.isArray(script)) return script[Math.min(index, script.length - 1)]!;
    return script;
  };

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    let body: unknown = raw;
    try {
      body = JSON.parse(raw);
    } catch {
      // Recorded as text; the adapter under test sent something that is not JSON.
    }
    let markEnded!: (how: "finished" | "client_closed") => void;
    const recorded: RecordedRequest = {
      method: req.method ?? "",
      path: req.url ?? "",
      headers: req.headers,
      body,
      ended: new Promise((resolve) => (markEnded = resolve)),
    };
    res.on("close", () => markEnded(res.writableFinished ? "finished" : "client_closed"));
    const index = requests.push(recorded) - 1;

    if (req.method !== "POST" || req.url !== dialect.path) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify(dialect.errorBody(404)));
      return;
    }
    const answer = pick(recorded, index);
    const model =
      typeof (body as { model?: unknown })?.model === "string" ? (body as { model: string }).model : "fake";

    switch (answer.type) {
      case "hang_up":
        req.socket.destroy();
        return;
      case "no_answer":
        return;
      case "status":
        res
          .writeHead(answer.status, { "content-type": "application/json", ...answer.headers })
          .end(JSON.stringify(answer.body ?? dialect.errorBody(answer.status)));
        return;
      case "reply":
        await streamReply(res, answer, model, recorded);
        return;
    }
  }

  async function streamReply(
    res: ServerResponse,
    reply: FakeReply,
    model: string,
    recorded: RecordedRequest,
  ) {
    const ending = reply.ending ?? "complete";
    const usage =
      reply.usage === undefined
        ? { inputTokens: 12, outputTokens: reply.chunks.join("").split(/\s+/).filter(Boolean).length }
        : reply.usage;
    res.writeHead(200, {
      "content-type": "text/event-stream",
      "cache-control": "no-cache",
      connection: "keep-alive",
    });
    res.flushHeaders();
    const closed = () => res.destroyed || res.writableEnded;

    // With pieceBytes, the whole stream is built first and written a few bytes at a time.
    const pieces: string[] = [];
    const emit = async (text: string) => {
      if (reply.pieceBytes) pieces.push(text);
      else if (!closed()) res.write(text);
    };

    for (const part of dialect.opening(model, usage)) await emit(part);
    if (reply.firstTokenDelayMs) await sleep(reply.firstTokenDelayMs);
    for (const [i, text] of reply.chunks.entries()) {
      if (closed()) return;
      if (i > 0 && reply.chunkDelayMs) await sleep(reply.chunkDelayMs);
      if (i === 0 && !reply.pieceBytes) recorded.firstTokenAt = performance.now();
      await emit(dialect.delta(text, model));
    }
    if (ending === "malformed") await emit('data: {"choices": [{"delta": {"content": "unterminated\n\n');
    if (ending === "error_event") await emit(dialect.errorEvent(reply.errorType ?? "overloaded_error"));
    if (ending === "complete") for (const part of dialect.closing(model, usage)) await emit(part);

    if (reply.pieceBytes) {
      const bytes = Buffer.from(pieces.join(""), "utf8");
      for (let at = 0; at < bytes.length; at += reply.pieceBytes) {
        if (closed()) return;
        recorded.firstTokenAt ??= performance.now();
        res.write(bytes.subarray(at, at + reply.pieceBytes));
        await sleep(reply.pieceDelayMs ?? 1);
      }
    }
    if (closed()) return;
    if (ending === "stall") return; // Left open until the client gives up or the server closes.
    if (ending === "drop") {
      // Let the bytes already written reach the client first, as when a server crashes mid-reply.
      await sleep(20);
      res.socket?.destroy();
      return;
    }
    res.end();
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${dialect.urlSuffix}`,
    requests,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on("data", (part: Buffer) => parts.push(part));
    req.on("end", () => resolve(Buffer.concat(parts).toString("utf8")));
    req.on("error", reject);
  });
}
