// Every insight rule on constructed histories: the pattern it should notice, and the
// near-misses and thin histories where it must stay quiet.
import { describe, expect, it } from "vitest";
import type { Attendance } from "../vocabulary.js";
import type { History, HistoryCheck, HistorySession, HistoryWriting } from "./history.js";
import {
  allianceDip,
  endingsPattern,
  feelingAfterWithTheme,
  findInsights,
  hardFeelingAfter,
  moodAroundSessions,
  moodShift,
  notKeptWithTheme,
  sessionsNotKept,
  stalledSigns,
  themeRecurring,
  unsaidRecurring,
} from "./rules.js";

const DAY = 86_400_000;
const NOW = Date.parse("2025-06-30T12:00:00Z");
const day = (offset: number) => new Date(NOW - offset * DAY).toISOString().slice(0, 10);

function history(parts: Partial<History> = {}): History {
  return { now: NOW, moods: [], sessions: [], therapists: [], checks: [], writing: [], ...parts };
}

let n = 0;
function session(
  daysAgo: number,
  attendance: Attendance,
  more: Partial<HistorySession> = {},
): HistorySession {
  return {
    id: `s${++n}`,
    date: day(daysAgo),
    attendance,
    feelings: [],
    hasUnsaid: false,
    themes: [],
    ...more,
  };
}
function writing(daysAgo: number, themes: string[], kind: "journal" | "message" = "journal"): HistoryWriting {
  return {
    id: `w${++n}`,
    kind,
    conversationId: kind === "message" ? "c1" : undefined,
    at: NOW - daysAgo * DAY,
    themes,
  };
}
function check(daysAgo: number, kind: HistoryCheck["kind"], scores: Record<string, number>): HistoryCheck {
  return { id: `k${++n}`, kind, scores, createdAt: NOW - daysAgo * DAY };
}
function moods(daysAgo: number[], rating: number) {
  return daysAgo.map((d) => ({ id: `m${++n}`, rating, at: NOW - d * DAY + 3_600_000 }));
}

describe("sessions that didn't go ahead", () => {
  it("notices two of the last three sessions cancelled or rescheduled, with counts, dates and links", () => {
    const sessions = [session(21, "cancelled"), session(14, "kept"), session(7, "rescheduled")];
    const insight = sessionsNotKept(history({ sessions }))!;
    expect(insight.observation).toBe(
      "2 of your last 3 sessions didn't go ahead as planned (1 cancelled, 1 rescheduled).",
    );
    expect(insight.evidence).toEqual({ count: 2, outOf: 3, dates: [day(21), day(7)] });
    expect(insight.links.map((l) => l.href)).toEqual([
      `/reflect/therapy#session-${sessions[0]!.id}`,
      `/reflect/therapy#session-${sessions[2]!.id}`,
    ]);
    expect(insight.question).toMatch(/\?$/);
  });

  it("says nothing from two sessions, however they went", () => {
    expect(
      sessionsNotKept(history({ sessions: [session(14, "cancelled"), session(7, "missed")] })),
    ).toBeNull();
  });

  it("says nothing when only one recent session didn't go ahead", () => {
    const sessions = [session(28, "kept"), session(21, "kept"), session(14, "cancelled"), session(7, "late")];
    expect(sessionsNotKept(history({ sessions }))).toBeNull();
  });
});

describe("sessions that didn't go ahead, and what was written that week", () => {
  it("links rescheduled sessions to a theme written about in the week before each", () => {
    const sessions = [
      session(35, "rescheduled"),
      session(28, "kept"),
      session(21, "rescheduled"),
      session(14, "kept"),
      session(7, "rescheduled"),
    ];
    const writing_ = [
      writing(37, ["family"]),
      writing(23, ["family"]),
      writing(9, ["family", "work"], "message"),
    ];
    const insight = notKeptWithTheme(history({ sessions, writing: writing_ }))!;
    expect(insight.observation).toBe(
      "3 of your last 5 sessions didn't go ahead (3 rescheduled), each in a week when you had written about family.",
    );
    expect(insight.links.some((l) => l.href === "/maia/c1")).toBe(true);
    expect(insight.links.filter((l) => l.kind === "session")).toHaveLength(3);
  });

  it("stays quiet when the theme is written about before every session, kept or not", () => {
    const sessions = [session(21, "cancelled"), session(14, "kept"), session(7, "cancelled")];
    const writing_ = [writing(23, ["work"]), writing(16, ["work"]), writing(9, ["work"])];
    expect(notKeptWithTheme(history({ sessions, writing: writing_ }))).toBeNull();
  });

  it("stays quiet when nothing was written near the sessions", () => {
    const sessions = [session(21, "cancelled"), session(14, "kept"), session(7, "cancelled")];
    expect(notKeptWithTheme(history({ sessions, writing: [writing(60, ["family"])] }))).toBeNull();
  });
});

describe("a hard feeling after sessions", () => {
  it("notices feeling numb after three of four sessions", () => {
    const sessions = [
      session(28, "kept", { feelings: ["numb"] }),
      session(21, "kept", { feelings: ["heard"] }),
      session(14, "late", { feelings: ["numb", "drained"] }),
      session(7, "kept", { feelings: ["numb"] }),
    ];
    const insight = hardFeelingAfter(history({ sessions }))!;
    expect(insight.observation).toBe("You felt numb after 3 of your last 4 sessions.");
    expect(insight.links).toHaveLength(3);
  });

  it("needs at least three sessions with feelings noted", () => {
    const sessions = [
      session(14, "kept", { feelings: ["numb"] }),
      session(7, "kept", { feelings: ["numb"] }),
    ];
    expect(hardFeelingAfter(history({ sessions }))).toBeNull();
  });

  it("ignores easier feelings, however often they come", () => {
    const sessions = [0, 1, 2, 3].map((i) =>
      session(7 * (i + 1), "kept", { feelings: ["heard", "relieved"] }),
    );
    expect(hardFeelingAfter(history({ sessions }))).toBeNull();
  });
});

describe("a feeling after sessions that goes with one theme", () => {
  it("notices feeling numb after sessions around which work came up", () => {
    const sessions = [
      session(28, "kept", { feelings: ["numb"], themes: ["work"] }),
      session(21, "kept", { feelings: ["heard"] }),
      session(14, "kept", { feelings: ["numb"] }),
      session(7, "kept", { feelings: ["connected"] }),
    ];
    const insight = feelingAfterWithTheme(history({ sessions, writing: [writing(15, ["work"])] }))!;
    expect(insight.observation).toBe(
      "You felt numb after 2 of the 2 sessions around which work came up in your writing.",
    );
    expect(insight.question).toBe("What is it like to talk about work in therapy?");
  });

  it("stays quiet when the feeling comes just as often without the theme", () => {
    const sessions = [
      session(28, "kept", { feelings: ["numb"], themes: ["work"] }),
      session(21, "kept", { feelings: ["numb"] }),
      session(14, "kept", { feelings: ["numb"], themes: ["work"] }),
    ];
    expect(feelingAfterWithTheme(history({ sessions }))).toBeNull();
  });
});

describe("things left unsaid", () => {
  it("notices something left unsaid after three of four sessions", () => {
    const sessions = [
      session(28, "kept", { hasUnsaid: true }),
      session(21, "kept"),
      session(14, "kept", { hasUnsaid: true }),
      session(7, "cut_short", { hasUnsaid: true }),
    ];
    expect(unsaidRecurring(history({ sessions }))!.observation).toBe(
      "After 3 of your last 4 sessions, you noted something left unsaid.",
    );
  });

  it("stays quiet when it happened once or twice", () => {
    const sessions = [
      session(21, "kept", { hasUnsaid: true }),
      session(14, "kept"),
      session(7, "kept", { hasUnsaid: true }),
    ];
    expect(unsaidRecurring(history({ sessions }))).toBeNull();
  });
});

describe("the alliance check", () => {
  const a = (d: number, bond: number, goals: number, tasks: number) =>
    check(d, "alliance", { bond, goals, tasks });

  it("notices two dips on goals, with their dates", () => {
    const checks = [a(60, 4, 4.5, 4), a(45, 4, 3, 4), a(30, 4, 4.5, 4), a(15, 4, 3, 4)];
    const insight = allianceDip(history({ checks }))!;
    expect(insight.observation).toMatch(
      /^Your check on you and your therapist dipped twice on agreeing on goals \(/,
    );
    expect(insight.evidence.count).toBe(2);
    expect(insight.links.map((l) => l.id)).toEqual([checks[1]!.id, checks[3]!.id]);
  });

  it("stays quiet on a single dip, or with only two checks", () => {
    expect(allianceDip(history({ checks: [a(45, 4, 4, 4), a(30, 4, 4, 4), a(15, 4, 2, 4)] }))).toBeNull();
    expect(allianceDip(history({ checks: [a(30, 5, 5, 5), a(15, 2, 2, 2)] }))).toBeNull();
  });
});

describe("checks on how therapy is feeling", () => {
  const s = (d: number, total: number) => check(d, "stalled", { total });

  it("notices two checks in a row with many signs of feeling stuck", () => {
    expect(stalledSigns(history({ checks: [s(20, 13), s(5, 15)] }))!.observation).toBe(
      "Your last 2 checks on how therapy is feeling both showed many signs of feeling stuck.",
    );
  });

  it("notices signs rising across three checks", () => {
    expect(stalledSigns(history({ checks: [s(30, 3), s(20, 6), s(5, 9)] }))!.observation).toMatch(
      /went up across your last 3 checks .*\(3, then 6, then 9 out of 18\)/,
    );
  });

  it("stays quiet on one check, or on steady low scores", () => {
    expect(stalledSigns(history({ checks: [s(5, 18)] }))).toBeNull();
    expect(stalledSigns(history({ checks: [s(30, 4), s(20, 3), s(5, 5)] }))).toBeNull();
  });
});

describe("mood around sessions", () => {
  const sessions = [session(21, "kept"), session(14, "kept"), session(7, "kept")];

  it("notices lower mood on session days and the day after", () => {
    const insight = moodAroundSessions(
      history({ sessions, moods: [...moods([21, 14, 6], 3), ...moods([18, 10, 3, 2], 7)] }),
    )!;
    expect(insight.observation).toBe(
      "On the day of a session and the day after, your mood averaged 3.0 out of 10, against 7.0 on other days (3 and 4 check-ins).",
    );
    expect(insight.question).toMatch(/stir up/);
  });

  it("stays quiet when the difference is small", () => {
    expect(
      moodAroundSessions(history({ sessions, moods: [...moods([21, 14, 6], 6), ...moods([18, 10, 3], 7)] })),
    ).toBeNull();
  });

  it("stays quiet with too few check-ins near sessions", () => {
    expect(
      moodAroundSessions(history({ sessions, moods: [...moods([21], 2), ...moods([18, 10, 3], 8)] })),
    ).toBeNull();
  });
});

describe("mood over the last two weeks", () => {
  it("notices a clear drop from the two weeks before", () => {
    const insight = moodShift(
      history({ moods: [...moods([26, 24, 20, 17], 7), ...moods([12, 9, 5, 2], 4)] }),
    )!;
    expect(insight.observation).toBe(
      "Your check-ins over the last two weeks averaged 4.0 out of 10, down from 7.0 in the two weeks before.",
    );
  });

  it("stays quiet without enough check-ins in both fortnights", () => {
    expect(moodShift(history({ moods: [...moods([26, 24], 8), ...moods([12, 9, 5, 2], 3)] }))).toBeNull();
  });
});

describe("how therapies ended", () => {
  const t = (id: string, startedOn: string | null, endedOn: string | null, endReason: any = null) => ({
    id,
    name: `Therapist ${id}`,
    startedOn,
    endedOn,
    endReason,
  });

  it("notices two therapies that lasted four months or less", () => {
    const insight = endingsPattern(
      history({
        therapists: [
          t("a", "2023-01-01", "2023-03-01"),
          t("b", "2023-06-01", "2023-08-15"),
          t("c", "2024-01-01", null),
        ],
      }),
    )!;
    expect(insight.observation).toBe(
      "2 of the 2 therapies you've noted as ended lasted four months or less.",
    );
    expect(insight.links.map((l) => l.href)).toEqual([
      "/reflect/therapy#therapist-a",
      "/reflect/therapy#therapist-b",
    ]);
  });

  it("notices two long therapies that ended for the same reason", () => {
    const insight = endingsPattern(
      history({
        therapists: [
          t("a", "2020-01-01", "2021-03-01", "felt_stuck"),
          t("b", "2021-06-01", "2022-08-15", "felt_stuck"),
        ],
      }),
    )!;
    expect(insight.observation).toBe(
      "2 of the 2 therapies you've noted as ended ended because it felt stuck.",
    );
  });

  it("stays quiet with one ending, or with long therapies that ended differently", () => {
    expect(endingsPattern(history({ therapists: [t("a", "2023-01-01", "2023-02-01")] }))).toBeNull();
    expect(
      endingsPattern(
        history({
          therapists: [
            t("a", "2020-01-01", "2021-03-01", "finished"),
            t("b", "2021-06-01", "2022-08-15", "cost"),
          ],
        }),
      ),
    ).toBeNull();
  });
});

describe("a theme that keeps coming up", () => {
  it("notices a theme written about on four different days this month", () => {
    const insight = themeRecurring(
      history({
        writing: [
          writing(25, ["family"]),
          writing(18, ["family"]),
          writing(11, ["family"]),
          writing(3, ["family"], "message"),
        ],
      }),
    )!;
    expect(insight.observation).toBe("You wrote about family on 4 different days in the last month.");
  });

  it("counts days, not entries, and ignores older writing", () => {
    expect(
      themeRecurring(
        history({
          writing: [
            writing(2, ["work"]),
            writing(2, ["work"]),
            writing(2, ["work"]),
            writing(40, ["work"]),
            writing(50, ["work"]),
          ],
        }),
      ),
    ).toBeNull();
  });
});

describe("all rules together", () => {
  it("finds nothing in an empty history", () => {
    expect(findInsights(history())).toEqual([]);
  });

  it("shows the theme-linked version of a pattern instead of the plain one", () => {
    const sessions = [session(21, "cancelled"), session(14, "kept"), session(7, "cancelled")];
    const found = findInsights(
      history({ sessions, writing: [writing(23, ["family"]), writing(9, ["family"])] }),
    );
    expect(found.map((i) => i.rule)).toContain("not_kept_with_theme");
    expect(found.map((i) => i.rule)).not.toContain("sessions_not_kept");
  });

  it("never uses labelling words about the person", () => {
    const sessions = [
      session(21, "cancelled", { feelings: [] }),
      session(14, "kept", { feelings: ["numb"], hasUnsaid: true }),
      session(10, "kept", { feelings: ["numb"], hasUnsaid: true }),
      session(7, "kept", { feelings: ["numb"], hasUnsaid: true }),
      session(3, "cancelled"),
    ];
    const text = findInsights(history({ sessions }))
      .map((i) => `${i.observation} ${i.question}`)
      .join(" ");
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/\b(resistant|avoidant|disorder|diagnos|patient|non-?compliant|you are)\b/i);
  });

  it("keeps an insight's key stable for the same evidence and changes it when the evidence changes", () => {
    const sessions = [session(21, "cancelled"), session(14, "kept"), session(7, "rescheduled")];
    const first = sessionsNotKept(history({ sessions }))!.key;
    expect(sessionsNotKept(history({ sessions: [...sessions] }))!.key).toBe(first);
    expect(sessionsNotKept(history({ sessions: [...sessions, session(1, "missed")] }))!.key).not.toBe(first);
  });
});
