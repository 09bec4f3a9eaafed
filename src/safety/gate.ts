/**
 * The safety layer as conversations use it (the SafetyGate interface): screening, the
 * crisis card for the person's country, the safe-messaging reply when risk is present or
 * a crisis flow is under way, and the check on every Maia reply. One object, built once
 * from the helpline directory at start.
 */
import type { CrisisRecord, SafetyGate } from "../conversations/safety-gate.js";
import type { CrisisCard } from "../conversations/types.js";
import { publicService } from "./area.js";
import {
  continueCrisis,
  crisisActive,
  reopenCrisis,
  respondToRisk,
  safeReplacementReply,
  type CrisisState,
} from "./crisis.js";
import type { HelplineDirectory, HelplinePurpose } from "./helplines.js";
import { screenMessage, screenReply } from "./screener.js";
import { levelRank, type Screening } from "./types.js";

/** The services to show first for what the screener found, most specific need first. */
function purposesFor(screening: Screening): HelplinePurpose[] {
  if (screening.subject === "other") return ["supporting_someone", "suicide", "distress"];
  if (screening.categories.includes("abuse")) return ["domestic_abuse", "distress", "suicide"];
  return ["suicide", "distress", "mental_health"];
}

/**
 * The pinned card, raised to what the flow has since learned from the person's answers ("not sure"
 * whether they are safe makes the flow an emergency, and the card then puts the emergency number
 * first), or undefined when it already shows as much.
 */
function raisedCard(card: CrisisCard | null, flow: CrisisState): CrisisCard | undefined {
  if (!card) return undefined;
  const higher = levelRank(flow.level) > levelRank(card.level);
  const categories = [...new Set([...card.categories, ...flow.categories])];
  if (!higher && categories.length === card.categories.length) return undefined;
  // Higher than the card, so never "none".
  return { ...card, level: higher ? (flow.level as CrisisCard["level"]) : card.level, categories };
}

export function createSafetyGate(directory: HelplineDirectory): SafetyGate {
  return {
    screenMessage: (text, previous) => screenMessage(text, { previous }),

    cardFor(screening, country, now, previous) {
      const entry = directory.forCountry(country);
      // A card never softens while it is pinned: it keeps the highest level seen.
      const level =
        previous && levelRank(previous.level) > levelRank(screening.level) ? previous.level : screening.level;
      const wanted = purposesFor(screening);
      const rank = (purposes: readonly string[]) => {
        const i = wanted.findIndex((p) => purposes.includes(p));
        return i < 0 ? wanted.length : i;
      };
      const services = [...entry.services]
        .sort((a, b) => rank(a.purposes) - rank(b.purposes))
        .map(publicService);
      const categories = [...new Set([...(previous?.categories ?? []), ...screening.categories])];
      const card: CrisisCard = {
        level: level === "none" ? "concern" : level,
        subject: screening.subject === "other" && previous?.subject !== "self" ? "other" : "self",
        categories,
        country: entry.code,
        emergency: entry.emergency,
        services,
        createdAt: previous?.createdAt ?? now,
      };
      return card;
    },

    respond({ screening, record, text, turns, seed, country }) {
      const state = (record?.flow ?? null) as CrisisState | null;
      const closed = (record?.closed ?? null) as CrisisState | null;
      const input = {
        screening,
        state,
        text,
        turns,
        seed,
        country: directory.forCountry(country).code,
        directory,
      };
      let result: { reply: string | null; state: CrisisState | null };
      if (levelRank(screening.level) > 0) result = respondToRisk(input);
      // A calm message inside an open flow: a gentle check, or the flow winds down.
      else if (crisisActive(state)) result = continueCrisis(input);
      // The message straight after a flow wound down: taken up again if it takes back being safe,
      // and either way the wound-down flow is not kept any longer.
      else if (closed) result = reopenCrisis({ ...input, state: closed }) ?? { reply: null, state: null };
      else return undefined;
      const next = result.state;
      const active = crisisActive(next);
      return {
        reply: result.reply,
        flow: next,
        active,
        card: active ? raisedCard(record?.card ?? null, next) : undefined,
        closed: next && !active ? next : null,
      };
    },

    screenReply,

    replacement: ({ turns, seed, country, flow }) =>
      safeReplacementReply({
        turns,
        seed,
        country: directory.forCountry(country).code,
        state: (flow ?? null) as CrisisState | null,
        directory,
      }),
  };
}

export type { CrisisRecord };
