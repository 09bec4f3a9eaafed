/**
 * Follows the saved progress of replies that are not being written on this instance
 * (queued, or written by another instance), for every stream waiting on one, with one
 * timer and one query per tick however many streams wait: each tick loads the status and
 * saved text of all followed replies (`WHERE id IN (...)`, in chunks) and tells each
 * stream about its reply when what was saved changed since it last heard. Replies written
 * here reach their streams through the hub instead (hub.ts); a stream leaves the follower
 * the moment the hub has its reply.
 *
 * Rows are passed on still encrypted: each stream decrypts with its own account's key,
 * and only when the saved text changed.
 */
import type { Kysely } from "kysely";
import type { Database } from "../storage/schema.js";

/** A followed reply's saved progress, or undefined once it no longer exists. */
export interface SavedProgress {
  status: string;
  text_enc: string;
}

interface Subscription {
  listener: (row: SavedProgress | undefined) => void;
  /** What this subscriber last heard; undefined until its first tick. */
  seen?: SavedProgress;
  active: boolean;
}

export interface FollowerOptions {
  /** How often saved progress is read (default 200 ms). */
  everyMs?: number;
  /** Reply ids per query (default 500; well under SQLite's and PostgreSQL's parameter limits). */
  chunk?: number;
}

export class ReplyFollower {
  private readonly subs = new Map<string, Set<Subscription>>();
  private readonly everyMs: number;
  private readonly chunk: number;
  private timer: NodeJS.Timeout | undefined;
  private ticking = false;

  constructor(
    private readonly db: Kysely<Database>,
    options: FollowerOptions = {},
  ) {
    this.everyMs = options.everyMs ?? 200;
    this.chunk = options.chunk ?? 500;
  }

  /**
   * Calls `listener` at the next tick with the reply's saved progress, then whenever its
   * status or saved text changes; with undefined if the reply is gone. Returns the
   * unsubscribe function; after it, the listener is never called again.
   */
  follow(replyId: string, listener: (row: SavedProgress | undefined) => void): () => void {
    const sub: Subscription = { listener, active: true };
    let set = this.subs.get(replyId);
    if (!set) this.subs.set(replyId, (set = new Set()));
    set.add(sub);
    if (!this.timer) {
      this.timer = setInterval(() => void this.tick(), this.everyMs);
      this.timer.unref();
    }
    return () => {
      if (!sub.active) return;
      sub.active = false;
      const s = this.subs.get(replyId);
      s?.delete(sub);
      if (s?.size === 0) this.subs.delete(replyId);
      if (this.subs.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    };
  }

  /** How many replies are followed (tests, metrics). */
  get followedCount(): number {
    return this.subs.size;
  }

  /** One round: reads every followed reply's progress and tells its subscribers. */
  async tick(): Promise<void> {
    // A slow database must not pile rounds up: a round still running makes this one a no-op.
    if (this.ticking) return;
    this.ticking = true;
    try {
      const ids = [...this.subs.keys()];
      for (let i = 0; i < ids.length; i += this.chunk) {
        const chunk = ids.slice(i, i + this.chunk);
        let rows: (SavedProgress & { id: string })[];
        try {
          rows = await this.db
            .selectFrom("messages")
            .select(["id", "status", "text_enc"])
            .where("id", "in", padded(chunk, this.chunk))
            .execute();
        } catch {
          continue; // the database unreachable: the streams wait for the next round
        }
        const byId = new Map(rows.map((r) => [r.id, r]));
        for (const id of chunk) {
          const set = this.subs.get(id);
          if (!set) continue;
          const row = byId.get(id);
          const progress = row && { status: row.status, text_enc: row.text_enc };
          for (const sub of [...set]) {
            if (!sub.active) continue;
            if (progress && sub.seen?.status === progress.status && sub.seen.text_enc === progress.text_enc)
              continue;
            sub.seen = progress;
            try {
              sub.listener(progress);
            } catch {
              // one stream's failure is its own; the others still hear
            }
          }
        }
      }
    } finally {
      this.ticking = false;
    }
  }
}

/**
 * Pads a list of ids (repeating the last) to the next power of two, at most `max`, so
 * the query's SQL text takes few forms and stays in the prepared-statement cache.
 */
function padded(ids: string[], max: number): string[] {
  let size = 1;
  while (size < ids.length) size *= 2;
  size = Math.min(size, Math.max(max, ids.length));
  return ids.length === size ? ids : ids.concat(Array<string>(size - ids.length).fill(ids.at(-1)!));
}
