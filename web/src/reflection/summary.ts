// "Take it to therapy", put together on the person's device from what they chose: the
// sections of the one-page summary and the same content as Markdown to download. Nothing
// here talks to the server.
import type { TakeItMaterial } from "./types.js";

export const DEFAULT_OPENER =
  "I've been reflecting on how our sessions are going, and I'd like us to look together at what might be making this harder than it needs to be. Could we make some time for that?";

export interface Choices {
  opener: string;
  insightKeys: string[];
  mood: boolean;
  checks: boolean;
  goals: boolean;
  unsaid: boolean;
  toSay: string;
}

export interface Section {
  heading: string;
  items: string[];
}

export interface Summary {
  title: string;
  opener: string;
  sections: Section[];
}

function moodLine(m: TakeItMaterial["mood"]): string[] {
  if (m.count === 0 || m.average === null) return [];
  const lines = [
    `Over the last ${m.days} days I checked in ${m.count} time${m.count === 1 ? "" : "s"}; my mood averaged ${m.average} out of 10 (lowest ${m.lowest}, highest ${m.highest}).`,
  ];
  if (m.firstHalfAverage !== null && m.secondHalfAverage !== null) {
    const diff = m.secondHalfAverage - m.firstHalfAverage;
    const trend = Math.abs(diff) < 1 ? "stayed about the same" : diff < 0 ? "went down" : "went up";
    lines.push(`It ${trend} across the month (${m.firstHalfAverage}, then ${m.secondHalfAverage}).`);
  }
  if (m.commonFeelings.length) lines.push(`Words I picked most: ${m.commonFeelings.join(", ")}.`);
  return lines;
}

export function buildSummary(material: TakeItMaterial, choices: Choices, date: string): Summary {
  const sections: Section[] = [];
  const insights = material.insights.filter((i) => choices.insightKeys.includes(i.key));
  if (insights.length)
    sections.push({
      heading: "What I've noticed",
      items: insights.map((i) => `${i.observation} ${i.question}`),
    });
  if (choices.mood) {
    const items = moodLine(material.mood);
    if (items.length) sections.push({ heading: "My mood", items });
  }
  if (choices.checks && material.checks.length)
    sections.push({
      heading: "My self-checks",
      items: material.checks.map((c) => `${c.title} ${c.headline}.`),
    });
  if (choices.goals && (material.goals.length || material.whyIStarted)) {
    const items = [
      ...(material.whyIStarted ? [`Why I started: ${material.whyIStarted}`] : []),
      ...material.goals.map((g) => (g.why ? `${g.text} (because ${g.why})` : g.text)),
    ];
    sections.push({ heading: "What I'm working towards", items });
  }
  if (choices.unsaid && material.sessions.unsaid.length)
    sections.push({ heading: "Things I left unsaid", items: material.sessions.unsaid.map((u) => u.text) });
  const toSay = choices.toSay
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (toSay.length) sections.push({ heading: "What I want to say", items: toSay });
  return {
    title: `For my next session (${date})`,
    opener: choices.opener.trim() || DEFAULT_OPENER,
    sections,
  };
}

export function summaryMarkdown(summary: Summary): string {
  const parts = [`# ${summary.title}`, "", `> ${summary.opener}`, ""];
  for (const section of summary.sections) {
    parts.push(`## ${section.heading}`, "");
    for (const item of section.items) parts.push(`- ${item.replace(/\s*\n\s*/g, " ")}`);
    parts.push("");
  }
  parts.push("_Written by me with Asclepiad, a reflection companion. Not a diagnosis._", "");
  return parts.join("\n");
}
