/**
 * Streams a reply to the browser as Server-Sent Events: `delta` events carrying text with
 * the character offset after it as the event id, then one `done` event with the finished
 * message. A reconnecting client sends Last-Event-ID (or ?from=) and gets only what it
 * missed. Replies written on this instance arrive through the hub the moment the model
 * produces them; replies written elsewhere are followed through their saved progress,
 * read for all waiting streams at once by the shared follower (follower.ts).
 * A `reset` event replaces the text shown so far (a restarted or replaced reply).
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { SSE_GOODBYE } from "../ops/lifecycle.js";
import type { AppContext } from "../server/context.js";
import type { ReplyFollower } from "./follower.js";
import type { ReplyHub, ReplyEvent } from "./hub.js";
import { getMessageRow, toMessage } from "./store.js";
import type { Message } from "./types.js";

const HEARTBEAT_MS = 15_000;

export function parseResumeOffset(lastEventId: unknown, from: unknown): number {
  for (const raw of [lastEventId, from]) {
    if (typeof raw === "string" && /^\d{1,9}$/.test(raw)) return Number(raw);
  }
  return 0;
}

export async function streamReply(
  ctx: AppContext,
  hub: ReplyHub,
  follower: ReplyFollower,
  request: FastifyRequest,
  reply: FastifyReply,
  messageId: string,
  from: number,
): Promise<void> {
  const cipher = await ctx.keyring.forAccount(request.accountId);
  // Ownership is checked before anything is streamed (404 for another account's message).
  const first = await getMessageRow(ctx.db, request.accountId, messageId);

  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    "x-accel-buffering": "no",
    "x-content-type-options": "nosniff",
  });
  res.flushHeaders();

  let sent = from;
  let shown = ""; // the text this client has, as far as we know (for comparisons)
  let closed = false;
  // The events written in one turn of the event loop leave as one `res.write`. A built-in reply
  // arrives as ~20 deltas in one turn, and each `res.write` of a chunked response is four writes
  // into the socket's buffer and four parts of the system call that sends them (writing the
  // deltas was ~7 % of the server's CPU under bench:load). Node sends a response's writes only
  // when the turn's ticks have run (it corks the socket until then), so they leave no later:
  // the bytes of every event are the same, in the same order, in fewer HTTP chunks.
  let pending = "";
  const flush = () => {
    if (pending === "" || closed) return;
    const chunk = pending;
    pending = "";
    res.write(chunk);
  };
  const write = (chunk: string) => {
    if (closed) return;
    if (pending === "") process.nextTick(flush);
    pending += chunk;
  };
  const sendDelta = (fullText: string) => {
    if (fullText.length > sent) {
      const piece = fullText.slice(sent);
      sent = fullText.length;
      write(`id: ${sent}\nevent: delta\ndata: ${JSON.stringify({ text: piece })}\n\n`);
    }
    shown = fullText;
  };
  const sendReset = (fullText: string) => {
    sent = fullText.length;
    shown = fullText;
    write(`id: ${sent}\nevent: reset\ndata: ${JSON.stringify({ text: fullText })}\n\n`);
  };

  let finish!: () => void;
  const finished = new Promise<void>((r) => (finish = r));
  const cleanups: (() => void)[] = [];
  const close = () => {
    if (closed) return;
    closed = true;
    for (const c of cleanups) c();
    // What was written this turn goes first, with the end of the response.
    const last = pending;
    pending = "";
    if (last === "") res.end();
    else res.end(last);
    finish();
  };
  request.raw.on("close", close);
  // On shutdown: ask the browser to reconnect (to another instance) and resume from `sent`.
  cleanups.push(
    ctx.lifecycle.trackStream(() => {
      write(SSE_GOODBYE);
      close();
    }),
  );
  const heartbeat = setInterval(() => write(": keep-alive\n\n"), HEARTBEAT_MS);
  cleanups.push(() => clearInterval(heartbeat));

  /** `saved`: the finished reply as its writer on this instance saved it; otherwise it is read. */
  const sendDone = async (saved?: Message) => {
    let message = saved;
    if (!message) {
      const row = await getMessageRow(ctx.db, request.accountId, messageId).catch(() => undefined);
      if (!row) return close();
      message = toMessage(row, cipher);
    }
    if (
      message.text.length < sent ||
      !message.text.startsWith(shown.slice(0, Math.min(shown.length, message.text.length)))
    )
      sendReset(message.text);
    else sendDelta(message.text);
    write(`event: done\ndata: ${JSON.stringify({ message })}\n\n`);
    close();
  };

  const isFinal = (status: string) => status === "complete" || status === "stopped" || status === "failed";
  if (isFinal(first.status)) {
    // Finished before the stream opened: the row just read is the reply, opened once.
    const message = toMessage(first, cipher);
    if (from > 0 && from <= message.text.length) shown = message.text.slice(0, from);
    await sendDone(message);
    return finished;
  }

  // Written here: the hub has the live text; take a snapshot and subscribe in the same tick.
  const live = hub.snapshot(messageId);
  if (live !== undefined) {
    follow(live);
    await finished;
    return;
  }

  // Written elsewhere (or not started yet): follow the saved progress through the shared
  // follower (one query per tick for every waiting stream), and switch to the hub if this
  // instance starts writing it.
  let lastText = "";
  let following = false;
  const switchToHub = () => {
    const snapshot = hub.snapshot(messageId);
    if (following || snapshot === undefined) return false;
    following = true;
    stopFollowing();
    stopWatching();
    follow(snapshot);
    return true;
  };
  // The moment a worker here begins the reply, follow it live rather than at the next tick.
  const stopWatching = hub.subscribe(messageId, () => void switchToHub());
  cleanups.push(stopWatching);
  const stopFollowing = follower.follow(messageId, (row) => {
    if (closed || following || switchToHub()) return;
    if (!row) return close();
    if (isFinal(row.status)) {
      following = true;
      stopFollowing();
      stopWatching();
      void sendDone();
      return;
    }
    const text = cipher.decrypt(row.text_enc);
    if (text !== lastText) {
      if (!text.startsWith(lastText) && lastText !== "") sendReset(text);
      else if (from > 0 && lastText === "" && text.length >= from) {
        shown = text.slice(0, from);
        sendDelta(text);
      } else sendDelta(text);
      lastText = text;
    }
  });
  cleanups.push(stopFollowing);
  await finished;

  function follow(snapshot: string) {
    if (from > 0 && snapshot.length >= from) shown = snapshot.slice(0, from);
    sendDelta(snapshot);
    const unsubscribe = hub.subscribe(messageId, (e: ReplyEvent) => {
      if (e.type === "delta") {
        if (e.offset + e.text.length > sent) sendDelta(shown.slice(0, e.offset) + e.text);
      } else if (e.type === "reset") {
        if (e.text !== "" || sent > 0) sendReset(e.text);
      } else {
        unsubscribe();
        void sendDone(e.message);
      }
    });
    cleanups.push(unsubscribe);
  }
}
