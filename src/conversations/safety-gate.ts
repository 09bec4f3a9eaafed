/**
 * What conversations need from the safety layer, in one small interface: screen a
 * person's message before any model sees it, build the crisis card, answer a risk with a
 * safe-messaging reply (no model involved), and check every Maia reply before it is shown.
 * The implementation over src/safety lives in src/safety/gate.ts.
 */
import type { Screening } from "../safety/types.js";
import type { CrisisCard } from "./types.js";

export interface Turn {
  author: "person" | "maia";
  text: string;
}

/** Crisis card and flow state kept with the conversation (JSON; no text anyone wrote). */
export interface CrisisRecord {
  card: CrisisCard | null;
  /** The safety layer's own flow state, opaque here. */
  flow: unknown;
  /** A flow that wound down with the last reply, kept for the next message only (so "actually no,
   * i'm not fine" straight after can take it up again); opaque here. */
  closed?: unknown;
}

export interface SafetyGate {
  screenMessage(text: string, previous: string[]): Screening;
  /** A card for the person's country, or for supporting someone else. */
  cardFor(screening: Screening, country: string | null, now: number, previous: CrisisCard | null): CrisisCard;
  /**
   * When the last message was flagged, or a crisis flow is under way, the reply Maia
   * gives (written here, never by a model) and the flow's next state; otherwise undefined.
   * A null reply means the flow has wound down (its state is still to be saved) and a model
   * may answer this message.
   */
  respond(input: {
    screening: Screening;
    record: CrisisRecord | null;
    text: string;
    turns: Turn[];
    seed: string;
    country: string | null;
  }):
    | {
        reply: string | null;
        flow: unknown;
        active: boolean;
        /** The card raised to what the flow has learned since it was pinned, when it has. */
        card?: CrisisCard;
        /** The flow that wound down with this reply, to keep for the next message only. */
        closed?: unknown;
      }
    | undefined;
  screenReply(text: string): { flagged: boolean; reasons: string[] };
  /** A safe reply to use instead of a flagged model reply. */
  replacement(input: { turns: Turn[]; seed: string; country: string | null; flow: unknown }): string;
}
