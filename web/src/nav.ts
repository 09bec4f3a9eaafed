// The areas a signed-in person can go to, in the order they appear. Add a new area here (and its
// page in routes.tsx); the header navigation and the home page both read this list.
export interface Area {
  path: string;
  label: string;
  /** One sentence for the home page, saying what the area is for. */
  description: string;
}

export const areas: Area[] = [
  {
    path: "/maia",
    label: "Maia",
    description: "Write to Maia, your reflection companion. Replies wait for you if you leave.",
  },
  {
    path: "/reflect",
    label: "Reflect",
    description:
      "Journal, mood, therapy log, self-checks, goals and insights, and a page to take to your next session.",
  },
  {
    path: "/coins",
    label: "Coins",
    description: "Your AsclepiCoins: balance, trial, prices and history. Redeem a voucher or buy a pack.",
  },
];
