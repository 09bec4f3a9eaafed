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
  hold(
    tx: Kysely<Database>,
    input: {
      accountId: string;
      replyId: string;
      now: number;
      /** The reply was created in this transaction, so it cannot already hold anything. */
      isNew?: boolean;
      /** The account's trial end (it never changes), when the caller has already read it. */
      trialEndsAt?: number;
    },
  ): Promise<void>;
  settle(
    db: Kysely<Database>,
    input: {
      accountId: string;
      replyId: string;
      outputTokens: number | null;
      now: number;
      /** The reply's status as the caller wrote it in this same transaction, when it did. */
      replyStatus?: string;
    },
  ): Promise<void>;
  release(db: Kysely<Database>, input: { accountId: string; replyId: string; now: number }): Promise<void>;
}

export const freeReplies: ReplyBilling = {
  async hold() {},
  async settle() {},
  async release() {},
};
