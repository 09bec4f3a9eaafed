/**
 * Reads a Server-Sent Events stream the way a browser's EventSource does, for tests:
 * collects events until the server ends the stream (or the caller stops reading).
 */
export interface SseEvent {
  id?: string;
  event: string;
  data: string;
}

export async function readSse(
  url: string,
  init: {
    headers?: Record<string, string>;
    until?: (e: SseEvent, all: SseEvent[]) => boolean;
    signal?: AbortSignal;
  } = {},
): Promise<SseEvent[]> {
  const controller = new AbortController();
  init.signal?.addEventListener("abort", () => controller.abort());
  const res = await fetch(url, { headers: init.headers, signal: controller.signal });
  if (!res.ok || !res.body) throw new Error(`stream failed: ${res.status} ${await res.text()}`);
  const events: SseEvent[] = [];
  const decoder = new TextDecoder();
  let buffer = "";
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut: number;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const e: SseEvent = { event: "message", data: "" };
        const data: string[] = [];
        for (const line of block.split("\n")) {
          if (line.startsWith(":")) continue;
          const [field, ...rest] = line.split(":");
          const value = rest.join(":").replace(/^ /, "");
          if (field === "id") e.id = value;
          else if (field === "event") e.event = value;
          else if (field === "data") data.push(value);
        }
        if (data.length === 0 && !e.id) continue;
        e.data = data.join("\n");
        events.push(e);
        if (init.until?.(e, events)) {
          controller.abort();
          return events;
        }
      }
    }
  } catch (err) {
    if (!controller.signal.aborted) throw err;
  }
  return events;
}

/** The text a client would show after these events. */
export function textFrom(events: SseEvent[], start = ""): string {
  let text = start;
  for (const e of events) {
    if (e.event === "delta") text += (JSON.parse(e.data) as { text: string }).text;
    if (e.event === "reset") text = (JSON.parse(e.data) as { text: string }).text;
  }
  return text;
}
