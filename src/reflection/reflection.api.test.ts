// The reflection tools over HTTP on each database: what a person can record and read back,
// what is refused (with which code, and with nothing written), that what they write is
// sealed at rest, and that nothing crosses between accounts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test/app.js";
import { testDatabases } from "../../test/databases.js";
import { exportReflection } from "./export.js";

const DAY = 86_400_000;

describe.each(testDatabases)("reflection tools on %s", (kind) => {
  let app: TestApp;
  const clock = Date.parse("2025-06-30T12:00:00Z");
  const today = () => new Date(clock).toISOString().slice(0, 10);
  const daysAgo = (n: number) => new Date(clock - n * DAY).toISOString().slice(0, 10);

  beforeAll(async () => {
    app = await startTestApp(kind, {}, { now: () => clock });
  });
  afterAll(async () => app?.close());

  async function person(): Promise<{ c: TestClient; id: string }> {
    const c = app.client();
    const { account } = await c.startAccount();
    return { c, id: account.id };
  }

  const count = async (
    table: "mood_checkins" | "journal_entries" | "therapy_sessions" | "therapists" | "self_checks" | "goals",
    accountId: string,
  ) =>
    Number(
      (
        await app.ctx.db
          .selectFrom(table)
          .select((e) => e.fn.countAll().as("n"))
          .where("account_id", "=", accountId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  describe("mood check-ins", () => {
    it("records a check-in and shows it over 7 days with sessions for the chart", async () => {
      const { c } = await person();
      const res = await c.post("/api/moods", { rating: 4, feelings: ["anxious", "tired"], note: "long day" });
      expect(res.status).toBe(201);
      expect(res.body.checkIn).toMatchObject({ rating: 4, feelings: ["anxious", "tired"], note: "long day" });
      await c.post("/api/moods", { rating: 8, at: new Date(clock - 20 * DAY).toISOString() });
      await c.post("/api/therapy/sessions", { date: daysAgo(2), attendance: "kept" });
      const week = await c.get("/api/moods?days=7");
      expect(week.body.checkIns.map((m: any) => m.rating)).toEqual([4]);
      expect(week.body.sessions).toEqual([expect.objectContaining({ date: daysAgo(2), attendance: "kept" })]);
      const month = await c.get("/api/moods?days=30");
      expect(month.body.checkIns.map((m: any) => m.rating)).toEqual([8, 4]);
    });

    it("offers grouped feeling words", async () => {
      const { c } = await person();
      const res = await c.get("/api/moods/feelings");
      expect(res.body.groups.length).toBeGreaterThan(4);
      expect(res.body.groups.flatMap((g: any) => g.words)).toContain("numb");
    });

    it("refuses bad check-ins with stable codes and writes nothing", async () => {
      const { c, id } = await person();
      const cases: [unknown, number, string][] = [
        [{ rating: 0 }, 400, "rating_out_of_range"],
        [{ rating: 11 }, 400, "rating_out_of_range"],
        [{ rating: 5.5 }, 400, "invalid_request"],
        [{ rating: "5" }, 400, "invalid_request"],
        [{ rating: 5, feelings: ["sparkly"] }, 400, "unknown_feeling"],
        [{ rating: 5, note: "x".repeat(2001) }, 400, "text_too_long"],
        [{ rating: 5, at: new Date(clock + 2 * DAY).toISOString() }, 400, "date_in_future"],
        [{ rating: 5, at: "2025-02-30T10:00:00Z" }, 400, "invalid_date"],
        [{ rating: 5, at: "yesterday" }, 400, "invalid_date"],
        [{ rating: 5, mood: "fine" }, 400, "invalid_request"],
      ];
      for (const [body, status, code] of cases) {
        const res = await c.post("/api/moods", body);
        expect([res.status, res.body.error.code], JSON.stringify(body)).toEqual([status, code]);
      }
      expect((await c.get("/api/moods?days=45")).status).toBe(400);
      expect(await count("mood_checkins", id)).toBe(0);
    });

    it("keeps the note and feelings sealed at rest", async () => {
      const { c, id } = await person();
      await c.post("/api/moods", { rating: 3, feelings: ["ashamed"], note: "the thing with my sister" });
      const row = await app.ctx.db
        .selectFrom("mood_checkins")
        .selectAll()
        .where("account_id", "=", id)
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(row)).not.toMatch(/sister|ashamed/);
    });
  });

  describe("journal", () => {
    it("writes, searches (ignoring case and accents), rewrites and deletes entries", async () => {
      const { c, id } = await person();
      const prompts = await c.get("/api/journal/prompts");
      expect(prompts.body.prompts.length).toBeGreaterThan(3);
      const prompt = prompts.body.prompts[0].text;
      const a = await c.post("/api/journal", { text: "Went to the Café with Dad. Didn't say it.", prompt });
      expect(a.status).toBe(201);
      expect(a.body.entry.prompt).toBe(prompt);
      await c.post("/api/journal", { text: "Work was loud today." });
      expect((await c.get("/api/journal")).body.entries).toHaveLength(2);
      const found = await c.get(`/api/journal?q=${encodeURIComponent("cafe dad")}`);
      expect(found.body.entries.map((e: any) => e.id)).toEqual([a.body.entry.id]);
      expect((await c.get("/api/journal?q=nothing-like-this")).body.entries).toEqual([]);
      const edited = await c.patch(`/api/journal/${a.body.entry.id}`, { text: "Rewritten." });
      expect(edited.body.entry.text).toBe("Rewritten.");
      expect((await c.delete(`/api/journal/${a.body.entry.id}`)).status).toBe(204);
      expect(await count("journal_entries", id)).toBe(1);
      const row = await app.ctx.db
        .selectFrom("journal_entries")
        .selectAll()
        .where("account_id", "=", id)
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(row)).not.toContain("loud");
    });

    it("refuses empty and oversized entries and writes nothing", async () => {
      const { c, id } = await person();
      expect((await c.post("/api/journal", { text: "   " })).body.error.code).toBe("text_required");
      expect((await c.post("/api/journal", { text: "x".repeat(8001) })).body.error.code).toBe(
        "text_too_long",
      );
      expect(await count("journal_entries", id)).toBe(0);
    });

    it("hands an entry to Maia as the first message of a new conversation", async () => {
      const { c } = await person();
      const entry = (
        await c.post("/api/journal", { text: "I keep putting off telling her how stuck I feel." })
      ).body.entry;
      const res = await c.post(`/api/journal/${entry.id}/reflect`);
      expect(res.status).toBe(201);
      const conversation = (await c.get(`/api/conversations/${res.body.conversationId}`)).body.conversation;
      expect(conversation.messages[0]).toMatchObject({ author: "person", text: entry.text });
      expect((await c.get(`/api/journal/${entry.id}`)).body.entry.conversationId).toBe(
        res.body.conversationId,
      );
    });
  });

  describe("therapy log", () => {
    it("logs sessions and therapists, newest session first, linked by id", async () => {
      const { c } = await person();
      const t = await c.post("/api/therapy/therapists", {
        name: "Counsellor at the GP",
        approach: "CBT",
        startedOn: "2024-01-10",
        endedOn: "2024-03-01",
        endReason: "felt_stuck",
        endNote: "We went round in circles",
      });
      expect(t.status).toBe(201);
      const s1 = await c.post("/api/therapy/sessions", {
        date: daysAgo(14),
        attendance: "kept",
        feelings: ["numb", "heard"],
        unsaid: "how angry I am",
        homework: "write a letter",
        therapistId: t.body.therapist.id,
      });
      expect(s1.status).toBe(201);
      await c.post("/api/therapy/sessions", { date: today(), attendance: "cut_short" });
      const list = await c.get("/api/therapy/sessions");
      expect(list.body.sessions.map((s: any) => s.attendance)).toEqual(["cut_short", "kept"]);
      expect(list.body.sessions[1]).toMatchObject({
        unsaid: "how angry I am",
        homework: "write a letter",
        therapistId: t.body.therapist.id,
      });
      const changed = await c.request("PUT", `/api/therapy/sessions/${s1.body.session.id}`, {
        date: daysAgo(14),
        attendance: "late",
      });
      expect(changed.body.session).toMatchObject({ attendance: "late", unsaid: null });
      const therapists = await c.get("/api/therapy/therapists");
      expect(therapists.body.therapists[0]).toMatchObject({
        name: "Counsellor at the GP",
        endReason: "felt_stuck",
      });
      expect((await c.get("/api/therapy/options")).body.attendance).toHaveLength(6);
    });

    it("refuses future or invalid dates, unknown feelings and attendance, and writes nothing", async () => {
      const { c, id } = await person();
      const cases: [unknown, string][] = [
        [{ date: daysAgo(-2), attendance: "kept" }, "date_in_future"],
        [{ date: "2025-13-01", attendance: "kept" }, "invalid_date"],
        [{ date: "30/06/2025", attendance: "kept" }, "invalid_date"],
        [{ date: daysAgo(1), attendance: "skipped" }, "invalid_request"],
        [{ date: daysAgo(1), attendance: "kept", feelings: ["elated"] }, "unknown_feeling"],
        [{ date: daysAgo(1), attendance: "kept", unsaid: "x".repeat(4001) }, "text_too_long"],
      ];
      for (const [body, code] of cases) {
        const res = await c.post("/api/therapy/sessions", body);
        expect([res.status, res.body.error.code], JSON.stringify(body).slice(0, 80)).toEqual([400, code]);
      }
      const t = await c.post("/api/therapy/therapists", {
        name: "A",
        startedOn: "2024-05-01",
        endedOn: "2024-01-01",
      });
      expect(t.body.error.code).toBe("dates_out_of_order");
      expect(await count("therapy_sessions", id)).toBe(0);
      expect(await count("therapists", id)).toBe(0);
    });
  });

  describe("self-checks", () => {
    it("scores each check and reflects on it gently, keeping results over time", async () => {
      const { c } = await person();
      const defs = (await c.get("/api/checks/questions")).body.checks;
      expect(defs.map((d: any) => d.kind)).toEqual(["stalled", "alliance", "readiness"]);
      const answer = (kind: string, pick: (options: any[]) => number) =>
        Object.fromEntries(
          defs.find((d: any) => d.kind === kind).questions.map((q: any) => [q.id, pick(q.options)]),
        );
      const stalled = await c.post("/api/checks", {
        kind: "stalled",
        answers: answer("stalled", (o) => o.at(-1).value),
      });
      expect(stalled.status).toBe(201);
      expect(stalled.body.check.scores.total).toBe(18);
      expect(stalled.body.check.headline).toBe("Many signs of feeling stuck");
      expect(stalled.body.check.mightHelp.length).toBeGreaterThan(0);
      const alliance = await c.post("/api/checks", {
        kind: "alliance",
        answers: { ...answer("alliance", (o) => o.at(-1).value), agree_why: 1, know_better: 2 },
      });
      expect(alliance.body.check.scores).toEqual({ bond: 5, goals: 1.5, tasks: 5 });
      expect(alliance.body.check.headline).toMatch(/goals/);
      const readiness = await c.post("/api/checks", {
        kind: "readiness",
        answers: { stage: 2, importance: 5, confidence: 1 },
      });
      expect(readiness.body.check.headline).toBe("Where you are: thinking about it");
      const all = (await c.get("/api/checks")).body.checks;
      expect(all.map((x: any) => x.kind)).toEqual(["stalled", "alliance", "readiness"]);
      const text = all.map((x: any) => `${x.headline} ${x.reflection}`).join(" ");
      expect(text).not.toMatch(/diagnos|disorder|resistant/i);
    });

    it("refuses incomplete or out-of-range answers and writes nothing", async () => {
      const { c, id } = await person();
      expect(
        (await c.post("/api/checks", { kind: "readiness", answers: { stage: 2 } })).body.error.code,
      ).toBe("answer_missing");
      expect(
        (
          await c.post("/api/checks", {
            kind: "readiness",
            answers: { stage: 9, importance: 1, confidence: 1 },
          })
        ).body.error.code,
      ).toBe("answer_out_of_range");
      expect(
        (
          await c.post("/api/checks", {
            kind: "readiness",
            answers: { stage: 1, importance: 1, confidence: 1, mood: 2 },
          })
        ).body.error.code,
      ).toBe("unknown_question");
      expect((await c.post("/api/checks", { kind: "personality", answers: {} })).body.error.code).toBe(
        "invalid_request",
      );
      expect(await count("self_checks", id)).toBe(0);
    });
  });

  describe("goals and why I started", () => {
    it("keeps a history of changes and asks for a look again after a few weeks", async () => {
      const { c, id } = await person();
      const g = await c.post("/api/goals", {
        text: "Say when I feel stuck",
        why: "So sessions stop going in circles",
      });
      expect(g.status).toBe(201);
      await c.request("PUT", "/api/goals/why-i-started", { text: "I wanted to stop feeling numb" });
      await c.request("PUT", "/api/goals/why-i-started", { text: "I wanted to feel things again" });
      await c.patch(`/api/goals/${g.body.goal.id}`, { text: "Say in the session when I feel stuck" });
      let view = (await c.get("/api/goals")).body;
      expect(view.goals[0].history.map((h: any) => h.text)).toEqual([
        "Say when I feel stuck",
        "Say in the session when I feel stuck",
      ]);
      expect(view.whyIStarted.text).toBe("I wanted to feel things again");
      expect(view.whyIStarted.history).toHaveLength(2);
      expect(view.revisitDue).toEqual([]);
      // Three weeks pass without a look at either.
      await app.ctx.db
        .updateTable("goals")
        .set((eb) => ({ revisited_at: eb("revisited_at", "-", 22 * DAY) }))
        .where("account_id", "=", id)
        .execute();
      view = (await c.get("/api/goals")).body;
      expect(view.revisitDue.sort()).toEqual([g.body.goal.id, view.whyIStarted.id].sort());
      await c.post(`/api/goals/${g.body.goal.id}/revisited`);
      expect((await c.get("/api/goals")).body.revisitDue).toEqual([view.whyIStarted.id]);
    });

    it("refuses an empty goal and an out-of-range reminder, writing nothing", async () => {
      const { c, id } = await person();
      expect((await c.post("/api/goals", { text: "" })).body.error.code).toBe("text_required");
      expect((await c.post("/api/goals", { text: "a", revisitEveryDays: 2 })).body.error.code).toBe(
        "revisit_out_of_range",
      );
      expect(await count("goals", id)).toBe(0);
    });
  });

  describe("insights", () => {
    it("says nothing from too little, then notices a pattern in three sessions, links it, and can dismiss it", async () => {
      const { c } = await person();
      await c.post("/api/therapy/sessions", { date: daysAgo(21), attendance: "cancelled" });
      await c.post("/api/therapy/sessions", { date: daysAgo(14), attendance: "kept" });
      expect((await c.get("/api/insights")).body.insights).toEqual([]);
      const third = await c.post("/api/therapy/sessions", { date: daysAgo(7), attendance: "rescheduled" });
      const { insights } = (await c.get("/api/insights")).body;
      expect(insights).toHaveLength(1);
      expect(insights[0].observation).toMatch(/^2 of your last 3 sessions didn't go ahead/);
      expect(insights[0].links.map((l: any) => l.id)).toContain(third.body.session.id);
      expect((await c.post(`/api/insights/${insights[0].key}/dismiss`)).status).toBe(204);
      expect((await c.get("/api/insights")).body).toMatchObject({ insights: [], dismissed: 1 });
      expect((await c.delete("/api/insights/dismissals")).status).toBe(204);
      expect((await c.get("/api/insights")).body.insights).toHaveLength(1);
    });

    it("draws on themes in messages to Maia", async () => {
      const { c, id } = await person();
      const conv = (await c.post("/api/conversations", {})).body.conversation;
      for (let i = 0; i < 4; i++) {
        await app.ctx.db
          .insertInto("messages")
          .values({
            id: `${id}-m${i}`,
            conversation_id: conv.id,
            account_id: id,
            seq: 100 + i,
            author: "person",
            text_enc: (await app.ctx.keyring.forAccount(id)).encrypt("about my family"),
            status: "complete",
            created_at: clock - (i * 5 + 1) * DAY,
            completed_at: null,
            risk: null,
            themes: JSON.stringify([{ theme: "family", confidence: 0.9 }]),
            provider: null,
            model: null,
            prompt_version: null,
            offline: 0,
            input_tokens: null,
            output_tokens: null,
            attempt: 0,
          })
          .execute();
      }
      const { insights } = (await c.get("/api/insights")).body;
      expect(insights.map((i: any) => i.observation)).toContain(
        "You wrote about family on 4 different days in the last month.",
      );
      expect(insights[0].links[0].href).toBe(`/maia/${conv.id}`);
    });
  });

  describe("take it to therapy", () => {
    it("gathers goals, latest checks, a month of mood and what was left unsaid", async () => {
      const { c } = await person();
      await c.post("/api/moods", { rating: 3, feelings: ["numb"] });
      await c.post("/api/moods", { rating: 5, feelings: ["numb", "tired"] });
      await c.post("/api/goals", { text: "Talk about my dad" });
      await c.request("PUT", "/api/goals/why-i-started", { text: "To stop going round in circles" });
      await c.post("/api/checks", { kind: "readiness", answers: { stage: 3, importance: 4, confidence: 3 } });
      await c.post("/api/therapy/sessions", {
        date: daysAgo(3),
        attendance: "kept",
        unsaid: "that I want to stop",
      });
      const res = await c.get("/api/take-it-to-therapy");
      expect(res.status).toBe(200);
      expect(res.body.mood).toMatchObject({
        count: 2,
        average: 4,
        lowest: 3,
        highest: 5,
        commonFeelings: ["numb", "tired"],
      });
      expect(res.body.goals).toEqual([{ text: "Talk about my dad", why: null }]);
      expect(res.body.whyIStarted).toBe("To stop going round in circles");
      expect(res.body.checks[0]).toMatchObject({
        kind: "readiness",
        headline: "Where you are: getting ready",
      });
      expect(res.body.sessions.unsaid).toEqual([{ date: daysAgo(3), text: "that I want to stop" }]);
    });
  });

  describe("between accounts", () => {
    it("answers 404 for another account's ids and changes nothing", async () => {
      const a = await person();
      const b = await person();
      const mood = (await a.c.post("/api/moods", { rating: 5 })).body.checkIn;
      const entry = (await a.c.post("/api/journal", { text: "mine" })).body.entry;
      const therapist = (await a.c.post("/api/therapy/therapists", { name: "Mine" })).body.therapist;
      const session = (await a.c.post("/api/therapy/sessions", { date: daysAgo(1), attendance: "kept" })).body
        .session;
      const goal = (await a.c.post("/api/goals", { text: "mine" })).body.goal;
      const check = (
        await a.c.post("/api/checks", {
          kind: "readiness",
          answers: { stage: 1, importance: 1, confidence: 1 },
        })
      ).body.check;
      const attempts: [Promise<any>, string][] = [
        [b.c.delete(`/api/moods/${mood.id}`), "mood_not_found"],
        [b.c.get(`/api/journal/${entry.id}`), "journal_entry_not_found"],
        [b.c.patch(`/api/journal/${entry.id}`, { text: "theirs" }), "journal_entry_not_found"],
        [b.c.post(`/api/journal/${entry.id}/reflect`), "journal_entry_not_found"],
        [
          b.c.request("PUT", `/api/therapy/sessions/${session.id}`, {
            date: daysAgo(1),
            attendance: "missed",
          }),
          "session_not_found",
        ],
        [b.c.delete(`/api/therapy/therapists/${therapist.id}`), "therapist_not_found"],
        [
          b.c.post("/api/therapy/sessions", {
            date: daysAgo(1),
            attendance: "kept",
            therapistId: therapist.id,
          }),
          "therapist_not_found",
        ],
        [b.c.patch(`/api/goals/${goal.id}`, { text: "theirs" }), "goal_not_found"],
        [b.c.post(`/api/goals/${goal.id}/revisited`), "goal_not_found"],
        [b.c.delete(`/api/checks/${check.id}`), "check_not_found"],
      ];
      for (const [pending, code] of attempts) {
        const res = await pending;
        expect([res.status, res.body.error.code]).toEqual([404, code]);
      }
      expect(await count("therapy_sessions", b.id)).toBe(0);
      expect((await a.c.get(`/api/journal/${entry.id}`)).body.entry.text).toBe("mine");
      expect((await a.c.get("/api/therapy/sessions")).body.sessions[0].attendance).toBe("kept");
      expect((await a.c.get("/api/goals")).body.goals[0].text).toBe("mine");
      expect((await b.c.get("/api/moods")).body.checkIns).toEqual([]);
    });

    it("refuses every route without a session", async () => {
      const c = app.client();
      for (const path of [
        "/api/moods",
        "/api/journal",
        "/api/therapy/sessions",
        "/api/therapy/therapists",
        "/api/checks",
        "/api/goals",
        "/api/insights",
        "/api/take-it-to-therapy",
      ])
        expect((await c.get(path)).status, path).toBe(401);
    });
  });

  describe("export and deletion", () => {
    it("exports every row decrypted, and deleting the account removes them all", async () => {
      const { c, id } = await person();
      await c.post("/api/moods", { rating: 6, note: "ok-ish" });
      await c.post("/api/journal", { text: "an entry" });
      await c.post("/api/therapy/sessions", { date: daysAgo(1), attendance: "kept", homework: "breathe" });
      await c.post("/api/therapy/therapists", { name: "Dr X" });
      await c.post("/api/checks", { kind: "readiness", answers: { stage: 4, importance: 4, confidence: 4 } });
      await c.post("/api/goals", { text: "a goal" });
      const data = await exportReflection(app.ctx, id);
      expect(data.moodCheckIns).toEqual([expect.objectContaining({ note: "ok-ish" })]);
      expect(data.journalEntries).toEqual([expect.objectContaining({ text: "an entry" })]);
      expect(data.therapySessions).toEqual([expect.objectContaining({ homework: "breathe" })]);
      expect(data.therapists).toEqual([expect.objectContaining({ name: "Dr X" })]);
      expect(data.selfChecks).toEqual([
        expect.objectContaining({ kind: "readiness", answers: { stage: 4, importance: 4, confidence: 4 } }),
      ]);
      expect(data.goals).toEqual([expect.objectContaining({ text: "a goal" })]);
      expect((await c.delete("/api/account")).status).toBe(204);
      for (const table of [
        "mood_checkins",
        "journal_entries",
        "therapy_sessions",
        "therapists",
        "self_checks",
        "goals",
      ] as const)
        expect(await count(table, id), table).toBe(0);
    });
  });

  it("documents every reflection route in the OpenAPI document with request and response schemas", async () => {
    const doc = (await app.client().get("/api/openapi.json")).body;
    const paths = Object.keys(doc.paths).filter((p) =>
      /^\/api\/(moods|journal|therapy|checks|goals|insights|take-it-to-therapy)/.test(p),
    );
    for (const p of [
      "/api/moods",
      "/api/journal",
      "/api/therapy/sessions",
      "/api/therapy/therapists",
      "/api/checks",
      "/api/goals",
      "/api/insights",
      "/api/take-it-to-therapy",
    ])
      expect(paths).toContain(p);
    for (const p of paths)
      for (const [method, op] of Object.entries<any>(doc.paths[p])) {
        expect(op.responses, `${method} ${p}`).toBeDefined();
        if (
          ["post", "put", "patch"].includes(method) &&
          !p.endsWith("/reflect") &&
          !p.endsWith("/dismiss") &&
          !p.endsWith("/revisited")
        )
          expect(op.requestBody, `${method} ${p}`).toBeDefined();
      }
  });
});
