// Follows one Maia reply as it is written, over Server-Sent Events. The browser's EventSource
// reconnects by itself and sends Last-Event-ID (the character offset reached), so a dropped
// connection resumes where it stopped; after a reload we ask for the text we don't have yet.
import type { Message } from "../types.js";

export interface ReplyStreamHandlers {
  /** The reply's text so far, each time more arrives. */
  onText: (text: string) => void;
  /** The finished message (complete, stopped or failed); the stream is closed by then. */
  onDone: (message: Message) => void;
  /** The stream could not be opened or was refused; the caller should reload the message. */
  onLost: () => void;
}

/** Starts following `reply`, whose text we already hold; returns a function that stops. */
export function followReply(reply: Message, handlers: ReplyStreamHandlers): () => void {
  let text = reply.text;
  const from = text.length;
  const url = `/api/messages/${encodeURIComponent(reply.id)}/stream${from > 0 ? `?from=${from}` : ""}`;
  const source = new EventSource(url);

  source.addEventListener("delta", (event: MessageEvent<string>) => {
    let delta = "";
    try {
      delta = (JSON.parse(event.data) as { text?: string }).text ?? "";
    } catch {
      return;
    }
    // The event id is the offset after this delta; use it to place the delta exactly, so a
    // replayed delta after a reconnect can never be shown twice.
    const end = Number(event.lastEventId);
    const start = end - delta.length;
    if (event.lastEventId !== "" && Number.isInteger(end) && start >= 0 && start <= text.length) {
      text = text.slice(0, start) + delta;
    } else {
      text += delta;
    }
    handlers.onText(text);
  });

  // A restarted or replaced reply: the server sends the whole text to show from now on.
  source.addEventListener("reset", (event: MessageEvent<string>) => {
    try {
      text = (JSON.parse(event.data) as { text?: string }).text ?? "";
    } catch {
      return;
    }
    handlers.onText(text);
  });

  source.addEventListener("done", (event: MessageEvent<string>) => {
    source.close();
    try {
      handlers.onDone((JSON.parse(event.data) as { message: Message }).message);
    } catch {
      handlers.onLost();
    }
  });

  source.addEventListener("error", () => {
    // CONNECTING means the browser is already retrying; CLOSED means it gave up (e.g. a 4xx).
    if (source.readyState === EventSource.CLOSED) handlers.onLost();
  });

  return () => source.close();
}
