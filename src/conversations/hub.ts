/**
 * In-process news of replies being written here: streams on this instance get every
 * delta the moment the model produces it, without waiting for the database. Replies
 * written by another instance are followed through their saved progress instead (see
 * stream.ts). The hub also holds the abort switch of each reply generated here, so Stop
 * can cut the model call off at once.
 */
import { EventEmitter } from "node:events";
import type { Message } from "./types.js";

export type ReplyEvent =
  | { type: "delta"; text: string; offset: number }
  | { type: "reset"; text: string }
  /** `message`: the reply as its writer here has just saved it, when it did (else read it). */
  | { type: "done"; message?: Message };

interface Live {
  text: string;
  controller: AbortController;
}

export class ReplyHub {
  private readonly live = new Map<string, Live>();
  private readonly events = new EventEmitter();
  /** Wakes the worker when a job is queued on this instance. */
  readonly work = new EventEmitter();

  constructor() {
    this.events.setMaxListeners(0);
  }

  begin(messageId: string): AbortController {
    const controller = new AbortController();
    this.live.set(messageId, { text: "", controller });
    this.emit(messageId, { type: "reset", text: "" });
    return controller;
  }

  append(messageId: string, text: string): void {
    const live = this.live.get(messageId);
    if (!live) return;
    const offset = live.text.length;
    live.text += text;
    this.emit(messageId, { type: "delta", text, offset });
  }

  /** Replaces the whole text (a flagged reply swapped for a safe one). */
  replace(messageId: string, text: string): void {
    const live = this.live.get(messageId);
    if (!live) return;
    live.text = text;
    this.emit(messageId, { type: "reset", text });
  }

  end(messageId: string, message?: Message): void {
    this.live.delete(messageId);
    this.emit(messageId, message ? { type: "done", message } : { type: "done" });
  }

  /** The text so far of a reply being written here, or undefined if it is not. */
  snapshot(messageId: string): string | undefined {
    return this.live.get(messageId)?.text;
  }

  abort(messageId: string): boolean {
    const live = this.live.get(messageId);
    if (!live) return false;
    live.controller.abort();
    return true;
  }

  subscribe(messageId: string, listener: (e: ReplyEvent) => void): () => void {
    this.events.on(messageId, listener);
    return () => this.events.off(messageId, listener);
  }

  get activeCount(): number {
    return this.live.size;
  }

  private emit(messageId: string, e: ReplyEvent): void {
    this.events.emit(messageId, e);
  }
}
