// The reflection tools as one family: their list (for the hub page and the tools' own
// navigation), a secondary navigation shown on each tool's page, and small shared helpers.
import { useEffect } from "preact/hooks";
import { Link, useLocation } from "../router.js";

export interface Tool {
  path: string;
  label: string;
  description: string;
}

export const TOOL_GROUPS: { label: string; tools: Tool[] }[] = [
  {
    label: "Write and notice",
    tools: [
      { path: "/reflect/journal", label: "Journal", description: "Write freely, or start from a prompt." },
      {
        path: "/reflect/mood",
        label: "Mood",
        description: "A quick check-in, and how it's changed over time.",
      },
    ],
  },
  {
    label: "Your therapy",
    tools: [
      {
        path: "/reflect/therapy",
        label: "Therapy log",
        description: "Sessions, how they felt, what was left unsaid, and who you've seen.",
      },
      {
        path: "/reflect/checks",
        label: "Self-checks",
        description: "Short check-ins on how therapy is going and where you are with change.",
      },
      {
        path: "/reflect/goals",
        label: "Goals",
        description: "What you're working towards, and why you started.",
      },
    ],
  },
  {
    label: "Bring it together",
    tools: [
      {
        path: "/reflect/insights",
        label: "Insights",
        description: "Patterns across what you've noted, with questions.",
      },
      {
        path: "/reflect/take-it-to-therapy",
        label: "Take it to therapy",
        description: "A one-page summary to print or bring to your next session.",
      },
    ],
  },
];

/** The tools' own navigation, under the page heading. */
export function ReflectNav() {
  const { path } = useLocation();
  return (
    <nav aria-label="Reflection tools" class="reflect-nav">
      <ul>
        {TOOL_GROUPS.flatMap((g) => g.tools).map((tool) => (
          <li key={tool.path}>
            <Link href={tool.path} aria-current={path === tool.path ? "page" : undefined}>
              {tool.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Once `ready`, brings the element named by the address's #fragment into view and focus. */
export function useScrollToHash(ready: boolean): void {
  useEffect(() => {
    if (!ready || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
  }, [ready]);
}

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "2025-06-30" → "30 June 2025". */
export function formatDay(day: string): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) ? day : dayFormat.format(new Date(time));
}

/** Today in the person's own time zone, as YYYY-MM-DD. */
export function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function label(code: string): string {
  const words = code.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
