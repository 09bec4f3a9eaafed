/**
 * What a conversation and its messages look like to the rest of the product and to
 * clients: decrypted, camel-cased, with nothing internal (leases, hashes) showing.
 */
import type { RiskCategory, RiskLevel } from "../safety/types.js";

export type MessageStatus = "pending" | "streaming" | "complete" | "stopped" | "failed";

export interface Message {
  id: string;
  conversationId: string;
  author: "person" | "maia";
  text: string;
  status: MessageStatus;
  createdAt: number;
  completedAt: number | null;
  /** The reply came from the built-in engine because the configured model was unavailable. */
  offline: boolean;
}

export interface CrisisCard {
  level: Exclude<RiskLevel, "none">;
  subject: "self" | "other";
  categories: RiskCategory[];
  country: string;
  emergency: string[];
  services: unknown[];
  createdAt: number;
}

export interface ConversationSummary {
  id: string;
  title: string;
  createdAt: number;
  lastActivityAt: number;
  unread: number;
  preview: string;
}

export interface Conversation {
  id: string;
  title: string;
  createdAt: number;
  lastActivityAt: number;
  unread: number;
  crisis: CrisisCard | null;
  messages: Message[];
}
