/**
 * The recent turns of a conversation as the worker last opened them, kept briefly so the next
 * reply in a busy conversation opens only what is new rather than all ~60 again (opening was
 * ~0.3 ms of every reply, 5–8 % of the server's CPU per answered message in a profile).
 *
 * What is kept, and for how long, is bounded on purpose: these are a person's words in the
 * clear.
 * - Only the texts one reply already opened for its context, by place, each with the sealed
 *   text it came from: a text is reused only when the row still holds exactly that sealed
 *   text, so a changed, replaced or deleted message is never answered from here.
 * - Only with the very key object that opened them (`AccountCipher`): the keyring makes a new
 *   one when it re-reads an account's key (every 60 s) and drops it when the account is
 *   deleted, and the texts are not used again after either.
 * - Never longer than `maxIdleMs` (60 s, the keyring's own re-read period) after the
 *   conversation's last reply, swept by a timer, and never more than `maxChars` in all
 *   (least recently answered conversations go first).
 * - Never logged, never written anywhere; the process's memory only.
 */
import type { AccountCipher } from "../privacy/cipher.js";

export interface OpenedText {
  sealed: string;
  text: string;
}

interface Entry {
  cipher: AccountCipher;
  at: number;
  chars: number;
  texts: Map<number, OpenedText>;
}

export class OpenedTexts {
  private readonly entries = new Map<string, Entry>();
  private chars = 0;
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly maxIdleMs = 60_000,
    /** Characters of sealed and opened text kept in all (~2 bytes each). */
    private readonly maxChars = 4_000_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The texts kept for `conversationId` if opened with `cipher` and not idle too long; removed. */
  take(conversationId: string, cipher: AccountCipher): Map<number, OpenedText> | undefined {
    const entry = this.entries.get(conversationId);
    if (!entry) return undefined;
    this.drop(conversationId, entry);
    if (entry.cipher !== cipher || this.now() - entry.at > this.maxIdleMs) return undefined;
    return entry.texts;
  }

  /** Keeps `texts` (as opened with `cipher`) for the conversation's next reply. */
  keep(conversationId: string, cipher: AccountCipher, texts: Map<number, OpenedText>): void {
    const old = this.entries.get(conversationId);
    if (old) this.drop(conversationId, old);
    let chars = 0;
    for (const t of texts.values()) chars += t.sealed.length + t.text.length;
    if (chars > this.maxChars) return;
    this.entries.set(conversationId, { cipher, at: this.now(), chars, texts });
    this.chars += chars;
    // Map order is insertion order: the first entries are the least recently answered.
    for (const [id, entry] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.drop(id, entry);
    }
    this.sweeper ??= setInterval(() => this.sweep(), Math.max(1_000, this.maxIdleMs / 6)).unref();
  }

  /** Forgets everything (the worker stopping). */
  clear(): void {
    this.entries.clear();
    this.chars = 0;
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = undefined;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Drops what has been idle longer than `maxIdleMs`; stops the timer when nothing is left. */
  sweep(): void {
    const oldest = this.now() - this.maxIdleMs;
    for (const [id, entry] of this.entries) {
      if (entry.at >= oldest) break;
      this.drop(id, entry);
    }
    if (this.entries.size === 0) this.clear();
  }

  private drop(conversationId: string, entry: Entry): void {
    this.entries.delete(conversationId);
    this.chars -= entry.chars;
  }
}
