/**
 * Shared vocabulary of the safety layer: how serious a message is and what kind of risk it carries.
 */
export const RISK_LEVELS = ["none", "concern", "urgent", "emergency"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_CATEGORIES = ["suicide", "self_harm", "harm_to_others", "abuse", "medical"] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export interface Screening {
  level: RiskLevel;
  categories: RiskCategory[];
  /** Whose risk: the writer's own, or someone else they are worried about. */
  subject: "self" | "other";
}

export function levelRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

/** The order categories are reported in: the most pressing kind of risk first. */
const CATEGORY_ORDER: readonly RiskCategory[] = [
  "suicide",
  "self_harm",
  "medical",
  "abuse",
  "harm_to_others",
];

export function orderedCategories(categories: ReadonlySet<RiskCategory>): RiskCategory[] {
  return CATEGORY_ORDER.filter((c) => categories.has(c));
}
