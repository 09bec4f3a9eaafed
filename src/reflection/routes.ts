/**
 * HTTP routes for the reflection tools. Each validates the shape of the request, calls one
 * function of the area with the signed-in account, and answers; the domain rules (ranges,
 * dates, word lists, lengths, ownership) live in the functions, which refuse before writing.
 */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type, type TSchema } from "typebox";
import type { ConversationService } from "../conversations/service.js";
import { requireAccount } from "../server/auth.js";
import type { AppContext } from "../server/context.js";
import { errorResponses, IdParams } from "../server/schemas.js";
import { CHECK_KINDS, CHECKS, type CheckKind } from "./checks.js";
import { addGoal, listGoals, markRevisited, removeGoal, setWhyIStarted, updateGoal } from "./goals.js";
import { dismissInsight, listInsights, restoreInsights } from "./insights/index.js";
import {
  addJournalEntry,
  getJournalEntry,
  listJournal,
  reflectOnEntry,
  removeJournalEntry,
  updateJournalEntry,
} from "./journal.js";
import { addMood, listMoods, removeMood } from "./moods.js";
import { addCheck, listChecks, removeCheck } from "./self-checks.js";
import { takeItToTherapy } from "./take-it.js";
import { journalPrompts } from "./themes.js";
import {
  addSession,
  addTherapist,
  listSessions,
  listTherapists,
  removeSession,
  removeTherapist,
  updateSession,
  updateTherapist,
} from "./therapy.js";
import {
  AFTER_SESSION_FEELINGS,
  ATTENDANCE,
  ATTENDANCE_LABELS,
  END_REASON_LABELS,
  END_REASONS,
  FEELING_GROUPS,
  LIMITS,
} from "./vocabulary.js";

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const literals = <T extends string>(values: readonly T[]) =>
  Type.Unsafe<T>(Type.String({ enum: [...values] }));
const Day = Type.String({ description: "A date as YYYY-MM-DD, today or earlier.", maxLength: 10 });
const Text = (max: number, description: string) =>
  Type.String({
    description: `${description} Up to ${max} characters (refused with text_too_long).`,
    maxLength: 100_000,
  });
const Feelings = Type.Array(Type.String({ maxLength: 40 }), { maxItems: 50 });
const Deleted = { 204: Type.Null(), ...errorResponses };

const MoodCheckIn = Type.Object({
  id: Type.String(),
  rating: Type.Integer(),
  feelings: Type.Array(Type.String()),
  note: Nullable(Type.String()),
  at: Type.Integer(),
  createdAt: Type.Integer(),
});

const MarkerSession = Type.Object({ id: Type.String(), date: Type.String(), attendance: Type.String() });

const JournalEntry = Type.Object({
  id: Type.String(),
  text: Type.String(),
  prompt: Nullable(Type.String()),
  conversationId: Nullable(Type.String()),
  createdAt: Type.Integer(),
  updatedAt: Type.Integer(),
});

const Session = Type.Object({
  id: Type.String(),
  date: Type.String(),
  attendance: literals(ATTENDANCE),
  feelings: Type.Array(Type.String()),
  unsaid: Nullable(Type.String()),
  homework: Nullable(Type.String()),
  note: Nullable(Type.String()),
  therapistId: Nullable(Type.String()),
  createdAt: Type.Integer(),
  updatedAt: Type.Integer(),
});

const SessionBody = Type.Object(
  {
    date: Day,
    attendance: literals(ATTENDANCE),
    feelings: Type.Optional(Feelings),
    unsaid: Type.Optional(Nullable(Text(LIMITS.sessionText, "What was avoided or left unsaid."))),
    homework: Type.Optional(Nullable(Text(LIMITS.sessionText, "Anything agreed, such as homework."))),
    note: Type.Optional(Nullable(Text(LIMITS.sessionText, "Anything else about the session."))),
    therapistId: Type.Optional(Nullable(IdParams.properties.id)),
  },
  { additionalProperties: false },
);

const Therapist = Type.Object({
  id: Type.String(),
  name: Type.String(),
  approach: Nullable(Type.String()),
  startedOn: Nullable(Type.String()),
  endedOn: Nullable(Type.String()),
  endReason: Nullable(literals(END_REASONS)),
  endNote: Nullable(Type.String()),
  createdAt: Type.Integer(),
  updatedAt: Type.Integer(),
});

const TherapistBody = Type.Object(
  {
    name: Text(LIMITS.name, "A name or description only you need to recognise."),
    approach: Type.Optional(Nullable(Text(LIMITS.name, "The service or way of working, e.g. CBT."))),
    startedOn: Type.Optional(Nullable(Day)),
    endedOn: Type.Optional(Nullable(Day)),
    endReason: Type.Optional(Nullable(literals(END_REASONS))),
    endNote: Type.Optional(Nullable(Text(LIMITS.sessionText, "How or why it ended."))),
  },
  { additionalProperties: false },
);

const CheckResult = Type.Object({
  id: Type.String(),
  kind: literals(CHECK_KINDS),
  answers: Type.Record(Type.String(), Type.Integer()),
  scores: Type.Record(Type.String(), Type.Number()),
  headline: Type.String(),
  reflection: Type.String(),
  mightHelp: Type.Array(Type.String()),
  createdAt: Type.Integer(),
});

const CheckDefinition = Type.Object({
  kind: literals(CHECK_KINDS),
  title: Type.String(),
  intro: Type.String(),
  questions: Type.Array(
    Type.Object({
      id: Type.String(),
      text: Type.String(),
      part: Type.Optional(Type.String()),
      options: Type.Array(Type.Object({ value: Type.Integer(), label: Type.String() })),
    }),
  ),
});

const GoalStatus = literals(["active", "done", "let_go"]);
const Goal = Type.Object({
  id: Type.String(),
  text: Type.String(),
  why: Nullable(Type.String()),
  status: GoalStatus,
  revisitEveryDays: Type.Integer(),
  revisitedAt: Type.Integer(),
  revisitDueAt: Type.Integer(),
  createdAt: Type.Integer(),
  updatedAt: Type.Integer(),
  history: Type.Array(
    Type.Object({
      text: Type.String(),
      why: Nullable(Type.String()),
      status: GoalStatus,
      changedAt: Type.Integer(),
    }),
  ),
});
const GoalsView = Type.Object({
  goals: Type.Array(Goal),
  whyIStarted: Nullable(Goal),
  revisitDue: Type.Array(Type.String()),
});
const RevisitDays = Type.Integer({
  description: "Days between reminders to look again, 7 to 90 (refused with revisit_out_of_range).",
});

const Insight = Type.Object({
  key: Type.String(),
  rule: Type.String(),
  observation: Type.String(),
  question: Type.String(),
  evidence: Type.Object({
    count: Type.Integer(),
    outOf: Nullable(Type.Integer()),
    dates: Type.Array(Type.String()),
  }),
  links: Type.Array(
    Type.Object({ kind: Type.String(), id: Type.String(), label: Type.String(), href: Type.String() }),
  ),
});

const TakeItToTherapy = Type.Object({
  insights: Type.Array(Insight),
  mood: Type.Object({
    days: Type.Integer(),
    count: Type.Integer(),
    average: Nullable(Type.Number()),
    lowest: Nullable(Type.Integer()),
    highest: Nullable(Type.Integer()),
    firstHalfAverage: Nullable(Type.Number()),
    secondHalfAverage: Nullable(Type.Number()),
    commonFeelings: Type.Array(Type.String()),
  }),
  checks: Type.Array(
    Type.Object({
      kind: literals(CHECK_KINDS),
      title: Type.String(),
      headline: Type.String(),
      reflection: Type.String(),
      createdAt: Type.Integer(),
    }),
  ),
  goals: Type.Array(Type.Object({ text: Type.String(), why: Nullable(Type.String()) })),
  whyIStarted: Nullable(Type.String()),
  sessions: Type.Object({
    days: Type.Integer(),
    count: Type.Integer(),
    notKept: Type.Integer(),
    unsaid: Type.Array(Type.Object({ date: Type.String(), text: Type.String() })),
  }),
});

export function reflectionRoutes(
  ctx: AppContext,
  conversations: () => ConversationService,
): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addHook("preHandler", requireAccount(ctx));

    // ── Mood ───────────────────────────────────────────────────────────────────────
    const moods = ["reflection: mood"];
    app.get(
      "/api/moods/feelings",
      {
        schema: {
          summary: "The feeling words a check-in can use, in groups",
          tags: moods,
          response: {
            200: Type.Object({
              groups: Type.Array(
                Type.Object({ id: Type.String(), label: Type.String(), words: Type.Array(Type.String()) }),
              ),
            }),
            ...errorResponses,
          },
        },
      },
      async () => ({ groups: FEELING_GROUPS }),
    );

    app.get(
      "/api/moods",
      {
        schema: {
          summary:
            "Mood check-ins over the last 7, 30 or 90 days (all when left out), oldest first, with therapy sessions for the chart",
          tags: moods,
          querystring: Type.Object(
            { days: Type.Optional(literals(["7", "30", "90"])) },
            { additionalProperties: false },
          ),
          response: {
            200: Type.Object({ checkIns: Type.Array(MoodCheckIn), sessions: Type.Array(MarkerSession) }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const days = request.query.days ? Number(request.query.days) : undefined;
        const checkIns = await listMoods(ctx, request.accountId, days);
        const since = days ? new Date(ctx.now() - days * 86_400_000).toISOString().slice(0, 10) : "";
        const sessions = (await listSessions(ctx, request.accountId))
          .filter((s) => s.date >= since)
          .map((s) => ({ id: s.id, date: s.date, attendance: s.attendance }))
          .reverse();
        return { checkIns, sessions };
      },
    );

    app.post(
      "/api/moods",
      {
        schema: {
          summary: "Add a mood check-in",
          description:
            "rating 1–10 (rating_out_of_range); feelings from /api/moods/feelings (unknown_feeling, too_many_feelings); note up to 2000 characters (text_too_long); at an ISO date-time, not in the future (invalid_date, date_in_future).",
          tags: moods,
          body: Type.Object(
            {
              rating: Type.Integer(),
              feelings: Type.Optional(Feelings),
              note: Type.Optional(Nullable(Text(LIMITS.note, "An optional note."))),
              at: Type.Optional(Type.String({ maxLength: 40 })),
            },
            { additionalProperties: false },
          ),
          response: { 201: Type.Object({ checkIn: MoodCheckIn }), ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send({ checkIn: await addMood(ctx, request.accountId, request.body) }),
    );

    app.delete(
      "/api/moods/:id",
      { schema: { summary: "Delete a mood check-in", tags: moods, params: IdParams, response: Deleted } },
      async (request, reply) => {
        await removeMood(ctx, request.accountId, request.params.id);
        return reply.code(204).send(null);
      },
    );

    // ── Journal ────────────────────────────────────────────────────────────────────
    const journal = ["reflection: journal"];
    app.get(
      "/api/journal/prompts",
      {
        schema: {
          summary: "Optional prompts to start writing from",
          tags: journal,
          response: {
            200: Type.Object({
              prompts: Type.Array(Type.Object({ text: Type.String(), theme: Nullable(Type.String()) })),
            }),
            ...errorResponses,
          },
        },
      },
      async () => ({ prompts: journalPrompts() }),
    );

    app.get(
      "/api/journal",
      {
        schema: {
          summary: "Journal entries, newest first; q searches your own entries (every word must appear)",
          tags: journal,
          querystring: Type.Object(
            { q: Type.Optional(Type.String({ maxLength: 200 })) },
            { additionalProperties: false },
          ),
          response: { 200: Type.Object({ entries: Type.Array(JournalEntry) }), ...errorResponses },
        },
      },
      async (request) => ({ entries: await listJournal(ctx, request.accountId, request.query.q) }),
    );

    app.post(
      "/api/journal",
      {
        schema: {
          summary: "Write a journal entry",
          tags: journal,
          body: Type.Object(
            {
              text: Text(LIMITS.journal, "The entry (text_required when empty)."),
              prompt: Type.Optional(Nullable(Text(LIMITS.prompt, "The prompt it answers, if any."))),
            },
            { additionalProperties: false },
          ),
          response: { 201: Type.Object({ entry: JournalEntry }), ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send({ entry: await addJournalEntry(ctx, request.accountId, request.body) }),
    );

    app.get(
      "/api/journal/:id",
      {
        schema: {
          summary: "One journal entry",
          tags: journal,
          params: IdParams,
          response: { 200: Type.Object({ entry: JournalEntry }), ...errorResponses },
        },
      },
      async (request) => ({ entry: await getJournalEntry(ctx, request.accountId, request.params.id) }),
    );

    app.patch(
      "/api/journal/:id",
      {
        schema: {
          summary: "Rewrite a journal entry",
          tags: journal,
          params: IdParams,
          body: Type.Object({ text: Text(LIMITS.journal, "The entry.") }, { additionalProperties: false }),
          response: { 200: Type.Object({ entry: JournalEntry }), ...errorResponses },
        },
      },
      async (request) => ({
        entry: await updateJournalEntry(ctx, request.accountId, request.params.id, request.body),
      }),
    );

    app.delete(
      "/api/journal/:id",
      { schema: { summary: "Delete a journal entry", tags: journal, params: IdParams, response: Deleted } },
      async (request, reply) => {
        await removeJournalEntry(ctx, request.accountId, request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      "/api/journal/:id/reflect",
      {
        schema: {
          summary: "Reflect on this with Maia: opens a conversation whose first message is the entry",
          tags: journal,
          params: IdParams,
          response: { 201: Type.Object({ conversationId: Type.String() }), ...errorResponses },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await reflectOnEntry(ctx, conversations(), request.accountId, request.params.id)),
    );

    // ── Therapy log ────────────────────────────────────────────────────────────────
    const therapy = ["reflection: therapy log"];
    app.get(
      "/api/therapy/options",
      {
        schema: {
          summary:
            "The choices the therapy log offers: attendance, feelings afterwards, reasons an ending happened",
          tags: therapy,
          response: {
            200: Type.Object({
              attendance: Type.Array(Type.Object({ value: Type.String(), label: Type.String() })),
              feelingsAfter: Type.Array(Type.String()),
              endReasons: Type.Array(Type.Object({ value: Type.String(), label: Type.String() })),
            }),
            ...errorResponses,
          },
        },
      },
      async () => ({
        attendance: ATTENDANCE.map((value) => ({ value, label: ATTENDANCE_LABELS[value] })),
        feelingsAfter: [...AFTER_SESSION_FEELINGS],
        endReasons: END_REASONS.map((value) => ({ value, label: END_REASON_LABELS[value] })),
      }),
    );

    app.get(
      "/api/therapy/sessions",
      {
        schema: {
          summary: "Therapy sessions, newest first",
          tags: therapy,
          response: { 200: Type.Object({ sessions: Type.Array(Session) }), ...errorResponses },
        },
      },
      async (request) => ({ sessions: await listSessions(ctx, request.accountId) }),
    );

    app.post(
      "/api/therapy/sessions",
      {
        schema: {
          summary: "Log a session",
          description:
            "date YYYY-MM-DD, not in the future (invalid_date, date_in_future); feelings from /api/therapy/options (unknown_feeling); texts up to 4000 characters (text_too_long); therapistId must be yours (404 therapist_not_found).",
          tags: therapy,
          body: SessionBody,
          response: { 201: Type.Object({ session: Session }), ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send({ session: await addSession(ctx, request.accountId, request.body) }),
    );

    app.put(
      "/api/therapy/sessions/:id",
      {
        schema: {
          summary: "Replace what is logged about a session",
          tags: therapy,
          params: IdParams,
          body: SessionBody,
          response: { 200: Type.Object({ session: Session }), ...errorResponses },
        },
      },
      async (request) => ({
        session: await updateSession(ctx, request.accountId, request.params.id, request.body),
      }),
    );

    app.delete(
      "/api/therapy/sessions/:id",
      { schema: { summary: "Delete a logged session", tags: therapy, params: IdParams, response: Deleted } },
      async (request, reply) => {
        await removeSession(ctx, request.accountId, request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.get(
      "/api/therapy/therapists",
      {
        schema: {
          summary: "Therapists and services tried, earliest first",
          tags: therapy,
          response: { 200: Type.Object({ therapists: Type.Array(Therapist) }), ...errorResponses },
        },
      },
      async (request) => ({ therapists: await listTherapists(ctx, request.accountId) }),
    );

    app.post(
      "/api/therapy/therapists",
      {
        schema: {
          summary: "Add a therapist or service tried",
          description:
            "Dates YYYY-MM-DD, not in the future; the end cannot be before the start (dates_out_of_order).",
          tags: therapy,
          body: TherapistBody,
          response: { 201: Type.Object({ therapist: Therapist }), ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send({ therapist: await addTherapist(ctx, request.accountId, request.body) }),
    );

    app.put(
      "/api/therapy/therapists/:id",
      {
        schema: {
          summary: "Replace what is noted about a therapist or service",
          tags: therapy,
          params: IdParams,
          body: TherapistBody,
          response: { 200: Type.Object({ therapist: Therapist }), ...errorResponses },
        },
      },
      async (request) => ({
        therapist: await updateTherapist(ctx, request.accountId, request.params.id, request.body),
      }),
    );

    app.delete(
      "/api/therapy/therapists/:id",
      {
        schema: {
          summary: "Delete a therapist or service (its sessions stay, unlinked)",
          tags: therapy,
          params: IdParams,
          response: Deleted,
        },
      },
      async (request, reply) => {
        await removeTherapist(ctx, request.accountId, request.params.id);
        return reply.code(204).send(null);
      },
    );

    // ── Self-checks ────────────────────────────────────────────────────────────────
    const checks = ["reflection: self-checks"];
    app.get(
      "/api/checks/questions",
      {
        schema: {
          summary: "The three self-checks and their statements",
          tags: checks,
          response: { 200: Type.Object({ checks: Type.Array(CheckDefinition) }), ...errorResponses },
        },
      },
      async () => ({ checks: CHECK_KINDS.map((kind) => CHECKS[kind]) }),
    );

    app.get(
      "/api/checks",
      {
        schema: {
          summary: "Self-check results over time, oldest first, each with its gentle reflection",
          tags: checks,
          response: { 200: Type.Object({ checks: Type.Array(CheckResult) }), ...errorResponses },
        },
      },
      async (request) => ({ checks: await listChecks(ctx, request.accountId) }),
    );

    app.post(
      "/api/checks",
      {
        schema: {
          summary: "Save a self-check",
          description:
            "answers maps every question id of the check to one of its option values (answer_missing, unknown_question, answer_out_of_range).",
          tags: checks,
          body: Type.Object(
            {
              kind: literals(CHECK_KINDS),
              answers: Type.Record(Type.String({ maxLength: 40 }), Type.Integer(), { maxProperties: 20 }),
            },
            { additionalProperties: false },
          ),
          response: { 201: Type.Object({ check: CheckResult }), ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send({
          check: await addCheck(ctx, request.accountId, request.body.kind as CheckKind, request.body.answers),
        }),
    );

    app.delete(
      "/api/checks/:id",
      {
        schema: { summary: "Delete a self-check result", tags: checks, params: IdParams, response: Deleted },
      },
      async (request, reply) => {
        await removeCheck(ctx, request.accountId, request.params.id);
        return reply.code(204).send(null);
      },
    );

    // ── Goals ──────────────────────────────────────────────────────────────────────
    const goals = ["reflection: goals"];
    app.get(
      "/api/goals",
      {
        schema: {
          summary: "Goals, 'why I started', their history, and which are due for another look",
          tags: goals,
          response: { 200: GoalsView, ...errorResponses },
        },
      },
      async (request) => listGoals(ctx, request.accountId),
    );

    app.post(
      "/api/goals",
      {
        schema: {
          summary: "Add a goal",
          tags: goals,
          body: Type.Object(
            {
              text: Text(LIMITS.goal, "The goal."),
              why: Type.Optional(Nullable(Text(LIMITS.goal, "Why it matters."))),
              revisitEveryDays: Type.Optional(RevisitDays),
            },
            { additionalProperties: false },
          ),
          response: { 201: Type.Object({ goal: Goal }), ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send({ goal: await addGoal(ctx, request.accountId, request.body) }),
    );

    app.put(
      "/api/goals/why-i-started",
      {
        schema: {
          summary: "Write or rewrite 'why I started'; earlier wordings are kept in its history",
          tags: goals,
          body: Type.Object({ text: Text(LIMITS.goal, "Why you started.") }, { additionalProperties: false }),
          response: { 200: Type.Object({ goal: Goal }), ...errorResponses },
        },
      },
      async (request) => ({ goal: await setWhyIStarted(ctx, request.accountId, request.body) }),
    );

    app.patch(
      "/api/goals/:id",
      {
        schema: {
          summary: "Change a goal's words, reason, status or reminder; the change is kept in its history",
          tags: goals,
          params: IdParams,
          body: Type.Object(
            {
              text: Type.Optional(Text(LIMITS.goal, "The goal.")),
              why: Type.Optional(Nullable(Text(LIMITS.goal, "Why it matters."))),
              status: Type.Optional(GoalStatus),
              revisitEveryDays: Type.Optional(RevisitDays),
            },
            { additionalProperties: false },
          ),
          response: { 200: Type.Object({ goal: Goal }), ...errorResponses },
        },
      },
      async (request) => ({
        goal: await updateGoal(ctx, request.accountId, request.params.id, request.body),
      }),
    );

    app.post(
      "/api/goals/:id/revisited",
      {
        schema: {
          summary: "Mark a goal (or 'why I started') as looked at again: it still fits",
          tags: goals,
          params: IdParams,
          response: { 200: Type.Object({ goal: Goal }), ...errorResponses },
        },
      },
      async (request) => ({ goal: await markRevisited(ctx, request.accountId, request.params.id) }),
    );

    app.delete(
      "/api/goals/:id",
      {
        schema: {
          summary: "Delete a goal and its history",
          tags: goals,
          params: IdParams,
          response: Deleted,
        },
      },
      async (request, reply) => {
        await removeGoal(ctx, request.accountId, request.params.id);
        return reply.code(204).send(null);
      },
    );

    // ── Insights and Take it to therapy ───────────────────────────────────────────
    const insights = ["reflection: insights"];
    app.get(
      "/api/insights",
      {
        schema: {
          summary: "Patterns in your reflections, as observations with their evidence and a question",
          tags: insights,
          response: {
            200: Type.Object({ insights: Type.Array(Insight), dismissed: Type.Integer() }),
            ...errorResponses,
          },
        },
      },
      async (request) => listInsights(ctx, request.accountId),
    );

    app.post(
      "/api/insights/:id/dismiss",
      {
        schema: {
          summary: "Dismiss an insight (by its key) until its evidence changes",
          tags: insights,
          params: IdParams,
          response: { 204: Type.Null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await dismissInsight(ctx, request.accountId, request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.delete(
      "/api/insights/dismissals",
      {
        schema: { summary: "Bring back every dismissed insight", tags: insights, response: Deleted },
      },
      async (request, reply) => {
        await restoreInsights(ctx, request.accountId);
        return reply.code(204).send(null);
      },
    );

    app.get(
      "/api/take-it-to-therapy",
      {
        schema: {
          summary:
            "What a 'Take it to therapy' page can draw on. The page itself is put together on your device and sent nowhere.",
          tags: insights,
          response: { 200: TakeItToTherapy, ...errorResponses },
        },
      },
      async (request) => takeItToTherapy(ctx, request.accountId),
    );
  };
}
