/**
 * Self-checks: three short sets of statements in our own words (is therapy feeling stuck;
 * the working alliance in its three parts of bond, goals and tasks; readiness for change
 * along the five stages), how each is scored, and the gentle reflection shown with the
 * result. A result describes how things feel right now and what might help; it never
 * names or diagnoses the person.
 */
import { errors } from "../errors.js";

export type CheckKind = "stalled" | "alliance" | "readiness";
export const CHECK_KINDS: CheckKind[] = ["stalled", "alliance", "readiness"];

export interface CheckOption {
  value: number;
  label: string;
}

export interface CheckQuestion {
  id: string;
  text: string;
  /** For the alliance check: which part of the alliance the statement is about. */
  part?: "bond" | "goals" | "tasks";
  options: CheckOption[];
}

export interface CheckDefinition {
  kind: CheckKind;
  title: string;
  intro: string;
  questions: CheckQuestion[];
}

const HOW_MUCH: CheckOption[] = [
  { value: 0, label: "Not at all" },
  { value: 1, label: "A little" },
  { value: 2, label: "Quite a bit" },
  { value: 3, label: "A lot" },
];

const AGREE: CheckOption[] = [
  { value: 1, label: "Not true for me" },
  { value: 2, label: "Rarely true" },
  { value: 3, label: "Sometimes true" },
  { value: 4, label: "Often true" },
  { value: 5, label: "Very true" },
];

const SCALE: CheckOption[] = [
  { value: 1, label: "Hardly" },
  { value: 2, label: "A little" },
  { value: 3, label: "Somewhat" },
  { value: 4, label: "Quite" },
  { value: 5, label: "Very" },
];

export const STAGES = [
  { value: 1, key: "precontemplation", name: "Not sure change is needed" },
  { value: 2, key: "contemplation", name: "Thinking about it" },
  { value: 3, key: "preparation", name: "Getting ready" },
  { value: 4, key: "action", name: "Making changes" },
  { value: 5, key: "maintenance", name: "Keeping changes going" },
] as const;

export const CHECKS: Record<CheckKind, CheckDefinition> = {
  stalled: {
    kind: "stalled",
    title: "How is therapy feeling lately?",
    intro: "Think about your last few sessions. There are no right answers; this is only for you.",
    questions: [
      { id: "same_ground", text: "Sessions seem to go over the same ground.", options: HOW_MUCH },
      { id: "same_after", text: "I leave feeling much as I did when I arrived.", options: HOW_MUCH },
      { id: "steer_away", text: "I steer away from what matters most to me.", options: HOW_MUCH },
      { id: "between", text: "What we agree on between sessions doesn't happen.", options: HOW_MUCH },
      { id: "put_off", text: "I find reasons to cancel or put sessions off.", options: HOW_MUCH },
      { id: "direction", text: "I'm not sure what we're working towards now.", options: HOW_MUCH },
    ],
  },
  alliance: {
    kind: "alliance",
    title: "You and your therapist",
    intro:
      "How you work together matters as much as what you talk about. Think about your therapist (or the last one you saw).",
    questions: [
      { id: "on_side", part: "bond", text: "I feel my therapist is on my side.", options: AGREE },
      {
        id: "honest",
        part: "bond",
        text: "I can be honest with them, even about hard things.",
        options: AGREE,
      },
      { id: "agree_why", part: "goals", text: "We agree on what I'm coming to therapy for.", options: AGREE },
      {
        id: "know_better",
        part: "goals",
        text: "I know what 'better' would look like for me.",
        options: AGREE,
      },
      {
        id: "makes_sense",
        part: "tasks",
        text: "The way we work in sessions makes sense to me.",
        options: AGREE,
      },
      {
        id: "could_say",
        part: "tasks",
        text: "I could say so if I wanted us to work differently.",
        options: AGREE,
      },
    ],
  },
  readiness: {
    kind: "readiness",
    title: "Where are you with change?",
    intro: "Think of one thing you would like to be different. Where do you feel you are with it right now?",
    questions: [
      {
        id: "stage",
        text: "Which of these sounds closest?",
        options: [
          { value: 1, label: "I'm not sure anything needs to change." },
          { value: 2, label: "I've been thinking something might need to change, but I'm in two minds." },
          { value: 3, label: "I've decided to do something and I'm working out how." },
          { value: 4, label: "I've started doing things differently." },
          { value: 5, label: "I changed something a while ago and I'm working to keep it going." },
        ],
      },
      { id: "importance", text: "How important does this change feel to you?", options: SCALE },
      { id: "confidence", text: "How confident do you feel that you could make it?", options: SCALE },
    ],
  },
};

export type Answers = Record<string, number>;

/** Refuses anything but one allowed answer to every question of the check. */
export function checkAnswers(kind: CheckKind, answers: Answers): Answers {
  const definition = CHECKS[kind];
  const clean: Answers = {};
  for (const id of Object.keys(answers))
    if (!definition.questions.some((q) => q.id === id))
      throw errors.badRequest(
        "unknown_question",
        "One of the answers is for a question this check doesn't have.",
      );
  for (const question of definition.questions) {
    const value = answers[question.id];
    if (value === undefined)
      throw errors.badRequest("answer_missing", "Please answer every statement before saving.");
    if (!question.options.some((o) => o.value === value))
      throw errors.badRequest("answer_out_of_range", "One of the answers isn't one of the choices offered.");
    clean[question.id] = value;
  }
  return clean;
}

export interface CheckResult {
  /** One number per part, on the scale of the check: stalled 0–18; alliance parts 1–5; stage 1–5. */
  scores: Record<string, number>;
  /** A short heading in plain words. */
  headline: string;
  /** A gentle reflection on the result. */
  reflection: string;
  /** What might help from here. */
  mightHelp: string[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function scoreCheck(kind: CheckKind, answers: Answers): CheckResult {
  if (kind === "stalled") {
    const total = Object.values(answers).reduce((a, b) => a + b, 0);
    if (total <= 5)
      return {
        scores: { total },
        headline: "Therapy seems to be moving",
        reflection:
          "You noticed few signs of feeling stuck. Something in how you and your therapist work seems to be helping.",
        mightHelp: [
          "Notice what is working, and tell your therapist, so you can keep doing it.",
          "Check in again in a few weeks; things change.",
        ],
      };
    if (total <= 11)
      return {
        scores: { total },
        headline: "Some signs of feeling stuck",
        reflection:
          "Parts of therapy seem to be moving and parts seem stuck. That is common, and it is worth noticing rather than pushing through alone.",
        mightHelp: [
          "Pick the statement that rang most true and bring it to your next session.",
          "Look back at your goals together: do they still fit?",
          "Write between sessions about what you'd like to say but haven't yet.",
        ],
      };
    return {
      scores: { total },
      headline: "Many signs of feeling stuck",
      reflection:
        "A lot of what you marked suggests therapy feels stuck at the moment. Feeling stuck is not a failing on your part; it often means something in the way of the work wants attention.",
      mightHelp: [
        "Tell your therapist you feel stuck. Saying it often opens the work up rather than ending it.",
        "Ask whether a different way of working, or a different format, might suit you better.",
        "Think about what else is taking your energy right now: work, money, family.",
        "Use 'Take it to therapy' to put it into words before the session.",
      ],
    };
  }

  if (kind === "alliance") {
    const part = (name: "bond" | "goals" | "tasks") => {
      const qs = CHECKS.alliance.questions.filter((q) => q.part === name);
      return round1(qs.reduce((sum, q) => sum + (answers[q.id] ?? 0), 0) / qs.length);
    };
    const scores = { bond: part("bond"), goals: part("goals"), tasks: part("tasks") };
    const lowest = (Object.entries(scores) as [keyof typeof scores, number][]).sort(
      (a, b) => a[1] - b[1],
    )[0]!;
    if (lowest[1] >= 3.5)
      return {
        scores,
        headline: "You and your therapist seem to be working well together",
        reflection:
          "Trust, a shared sense of what you're working on, and a way of working that makes sense all came out fairly strong.",
        mightHelp: [
          "A good working relationship is a base for harder conversations, when you feel ready for them.",
        ],
      };
    const help: Record<keyof typeof scores, [string, string[]]> = {
      bond: [
        "Trust and feeling on the same side came out lowest.",
        [
          "Think about a moment you felt less understood. Could you tell your therapist about it?",
          "It is all right to say the relationship itself feels hard; good therapists welcome that.",
        ],
      ],
      goals: [
        "Agreeing on what therapy is for came out lowest.",
        [
          "Ask your therapist what they think you're working on, and say what you think.",
          "Revisit your goals and 'why I started' here first, so you have words ready.",
        ],
      ],
      tasks: [
        "The way you work together in sessions came out lowest.",
        [
          "Say which parts of sessions help and which don't.",
          "Ask whether there are other ways of working: writing, a different focus, a different pace.",
        ],
      ],
    };
    const [reflection, mightHelp] = help[lowest[0]];
    return {
      scores,
      headline: `The ${lowest[0]} part could use some attention`,
      reflection: `${reflection} A mismatch here can make therapy feel stuck, and it can often be talked about and changed.`,
      mightHelp,
    };
  }

  const stage = STAGES.find((s) => s.value === answers.stage) ?? STAGES[0];
  const scores = {
    stage: stage.value,
    importance: answers.importance ?? 0,
    confidence: answers.confidence ?? 0,
  };
  const byStage: Record<(typeof STAGES)[number]["key"], [string, string[]]> = {
    precontemplation: [
      "Right now you're not sure anything needs to change. That is a fair place to be, and it deserves respect rather than pressure.",
      [
        "Notice what others say needs to change, and what you think about that.",
        "You could write about what would have to be true for change to feel worth it.",
      ],
    ],
    contemplation: [
      "You're weighing it up. Being in two minds is a normal part of change, not a sign of not trying.",
      [
        "Write down what change might give you, and what it might cost.",
        "Tell your therapist about both sides, not just the one you think they want to hear.",
      ],
    ],
    preparation: [
      "You've decided and you're working out how. That is a real step.",
      [
        "Choose one small first step and when you'll take it.",
        "Share the plan with your therapist so you can shape it together.",
      ],
    ],
    action: [
      "You've started doing things differently. That takes effort, even when it doesn't show.",
      [
        "Notice small signs of progress; they are easy to miss.",
        "Plan for hard days: what will you do if an old pattern comes back?",
      ],
    ],
    maintenance: [
      "You're keeping a change going. Slips can happen and are part of the path, not the end of it.",
      [
        "Remember what helped you get here.",
        "Talk with your therapist about what might put the change at risk.",
      ],
    ],
  };
  const [reflection, mightHelp] = byStage[stage.key];
  const extra =
    scores.importance >= 4 && scores.confidence <= 2
      ? ["It matters to you but confidence is low: what would help your confidence go up by one step?"]
      : [];
  return {
    scores,
    headline: `Where you are: ${stage.name.toLowerCase()}`,
    reflection,
    mightHelp: [...mightHelp, ...extra],
  };
}
