/**
 * How replies are paid for, as seen by conversations. The coins area implements it; until
 * then (and for operators who run Asclepiad free) every reply is free. A hold is placed
 * when a reply is queued, settled when it completes, released when it fails or stops.
 * Replies to messages the safety screener flagged are never held or charged.
 */
import type { Kysely } from "kysely";
import type { Database } from "../storage/schema.js";

export interface ReplyBilling {
  /** Inside the queuing transaction: reserve the price, or throw AppError 402 insufficient_coins. */
  hold(tx: Kysely<Database>, input: { accountId: string; replyId: string; now: number }): Promise<void>;
  settle(
    db: Kysely<Database>,
    input: { accountId: string; replyId: string; outputTokens: number | null; now: number },
  ): Promise<void>;
  release(db: Kysely<Database>, input: { accountId: string; replyId: string; now: number }): Promise<void>;
}

export const freeReplies: ReplyBilling = {
  async hold() {},
  async settle() {},
  async release() {},
};
