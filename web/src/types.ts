// Shapes of the JSON the Asclepiad API returns, as the web app relies on them.

export interface Country {
  code: string;
  name: string;
}

export interface Config {
  quickExitUrl: string;
  minAge: number;
  trialDays: number;
  defaultCountry: string | null;
  countries: Country[];
}

export interface Account {
  id: string;
  createdAt: number | string;
  trialEndsAt: number | string;
  country?: string | null;
}

export interface HelplineService {
  name: string;
  phone?: string;
  otherPhones?: string[];
  text?: { number: string; instructions?: string };
  web?: string;
  hours?: string;
  purposes?: string[];
  languages?: string[];
  free?: boolean;
  note?: string;
}

export type CrisisLevel = "concern" | "urgent" | "emergency";

export interface CrisisCard {
  level: CrisisLevel;
  subject: "self" | "other";
  categories: string[];
  country: string | { code: string; name: string } | null;
  emergency: string[];
  services: HelplineService[];
  createdAt: number | string;
}

export type MessageStatus = "pending" | "streaming" | "complete" | "stopped" | "failed";

export interface Message {
  id: string;
  author: "person" | "maia";
  text: string;
  status: MessageStatus;
  createdAt: number | string;
  offline?: boolean;
}

export interface ConversationSummary {
  id: string;
  title: string | null;
  createdAt: number | string;
  lastActivityAt: number | string;
  unread: number | boolean;
  preview?: string | null;
}

export interface Conversation extends ConversationSummary {
  offline?: boolean;
  crisis: CrisisCard | null;
  messages: Message[];
}

export interface Memory {
  summary: string | null;
  updatedAt: number | string | null;
}
