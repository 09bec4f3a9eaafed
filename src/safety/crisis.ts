/**
 * Maia's side of a crisis: what she says when a message shows risk, and how the conversation
 * carries on afterwards. It is a pure state machine (no model, no clock, no randomness beyond the
 * seed it is given), so it behaves the same whether a language model or the built-in engine is
 * replying, when the model is down, and with no coins left. Replies follow safe-messaging practice:
 * acknowledge what was said and that it matters, stay with the person, ask directly and kindly
 * when the risk is unclear (the order clinical screening follows: wishing to be dead, thoughts of
 * suicide, a plan, and whether it is now), point to the helplines on the card by name and number,
 * the emergency number first when life may be in danger. Never a method, a means or a place,
 * never judgement, humour or emoji, and never an ending: the conversation always goes on. A single
 * "I'm fine" does not close the flow; it gets a gentle check first, and the flow winds down kindly
 * only when the person then says they are safe. The state is plain JSON, kept per conversation,
 * and holds no words anyone wrote.
 */
import type { CountryHelplines, HelplineDirectory, HelplinePurpose, HelplineService } from "./helplines.js";
import { defaultHelplineDirectory, pickService } from "./helplines.js";
import { screenMessage } from "./screener.js";
import type { RiskCategory, RiskLevel, Screening } from "./types.js";
import { levelRank } from "./types.js";

/** The direct questions Maia may ask, in the order a clinician would. */
export type CrisisQuestion =
  "thoughts" | "plan" | "now" | "safe" | "other_safe" | "act_on_it" | "with_someone";

export interface CrisisState {
  version: 1;
  /** active: Maia is with the person in the crisis; checking: they said they are fine, and Maia
   * asked once whether they are safe; closed: they said they are safe, the flow has wound down. */
  phase: "active" | "checking" | "closed";
  /** True while the flow is under way (phase active or checking): the card stays pinned. */
  active: boolean;
  /** The highest level seen in this flow. */
  level: RiskLevel;
  subject: "self" | "other";
  categories: RiskCategory[];
  /** The question Maia's last reply asked and is waiting on, if any. */
  pending: CrisisQuestion | null;
  /** Questions already asked in this flow, so Maia does not ask the same thing twice. */
  asked: CrisisQuestion[];
  /** Keys of the most recent wordings, so no two replies in a row read alike. */
  recent: string[];
  /** How many crisis replies this flow has given. */
  replies: number;
  /** The question Maia asked once more after a message that did not answer it (asked again at most
   * once, so the conversation can go on). Absent in flows saved before it existed. */
  reasked?: CrisisQuestion | null;
  /** Said nobody is with them or near (after an overdose or a wound): Maia then says to call
   * themselves, never "ask someone near you". Absent in flows saved before it existed. */
  alone?: boolean;
}

export interface CrisisTurn {
  author: "person" | "maia";
  text: string;
}

export interface CrisisInput {
  screening: Screening;
  state: CrisisState | null;
  /** The message being answered. */
  text: string;
  /** The conversation so far, oldest first (used only to avoid repeating Maia's last words). */
  turns: CrisisTurn[];
  /** A stable value per conversation and message, e.g. the message id: same seed, same reply. */
  seed: string;
  /** ISO country code for the helplines; anything unknown gets the international guidance. */
  country: string | null | undefined;
  /** The operator's directory; the built-in one when left out. */
  directory?: HelplineDirectory;
}

/** Whether a crisis flow is under way (the card stays pinned and replies come from here). */
export function crisisActive(state: CrisisState | null | undefined): state is CrisisState {
  return !!state && state.phase !== "closed";
}

// ---------------------------------------------------------------------------------------------
// Choosing words deterministically.

/** FNV-1a: small, stable across platforms, good enough to spread seeds over a few variants. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

interface Picker {
  pick(part: string, variants: readonly string[]): string;
  used: string[];
}

/** Picks a variant per part by seed, skipping any used in the last few replies. */
function picker(seed: string, state: CrisisState | null): Picker {
  const recent = new Set(state?.recent ?? []);
  const used: string[] = [];
  return {
    used,
    pick(part, variants) {
      const start = hash(`${seed}:${part}:${state?.replies ?? 0}`) % variants.length;
      for (let k = 0; k < variants.length; k++) {
        const i = (start + k) % variants.length;
        const key = `${part}.${i}`;
        if (!recent.has(key) || k === variants.length - 1) {
          used.push(key);
          return variants[i] as string;
        }
      }
      return variants[start] as string;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Helplines in words.

interface Help {
  country: CountryHelplines;
  emergency: string | undefined;
  known: boolean;
}

function helpFor(input: CrisisInput): Help {
  const directory = input.directory ?? defaultHelplineDirectory();
  const country = directory.forCountry(input.country ?? undefined);
  return { country, emergency: country.emergency[0], known: directory.has(input.country ?? undefined) };
}

function purposesFor(subject: "self" | "other", categories: readonly RiskCategory[]): HelplinePurpose[] {
  if (subject === "other") return ["supporting_someone", "suicide", "distress"];
  if (categories.includes("abuse") && !categories.includes("suicide")) return ["domestic_abuse", "distress"];
  if (categories.includes("harm_to_others") && categories.length === 1)
    return ["mental_health", "distress", "suicide"];
  return ["suicide", "distress"];
}

/** "Samaritans on 116 123, free and open day and night" */
function describeService(s: HelplineService): string {
  const ways: string[] = [];
  if (s.phone) ways.push(`on ${s.phone}`);
  if (s.text) {
    const what = s.text.message ? `text ${s.text.message} to ${s.text.number}` : `text ${s.text.number}`;
    ways.push(s.phone ? `or ${what}` : `(${what})`);
  }
  if (ways.length === 0 && s.web) ways.push(`at ${s.web}`);
  const always = /24 hours/i.test(s.hours);
  const extras = [s.free ? "free" : "", always ? "open day and night" : ""].filter(Boolean).join(" and ");
  return `${s.name} ${ways.join(" ")}${extras ? `, ${extras}` : ""}`;
}

function helplineLine(p: Picker, help: Help, purposes: HelplinePurpose[], prefix: string): string {
  const service = pickService(help.country, purposes);
  if (!help.known || !service) {
    return p.pick(`${prefix}.intl`, [
      "If you can, please contact a helpline where you are. The card shows directories that list free helplines in every country, and your local emergency number is the fastest help when life is at risk.",
      "There are people whose job is to listen at times like this. The card links to directories of helplines in every country; please reach out to one, and call your local emergency number if you are in danger.",
    ]);
  }
  const described = describeService(service);
  return p.pick(prefix, [
    `You can talk to ${described}. Their details are on the card.`,
    `There are people there for exactly this: ${described}. You can reach them from the card.`,
    `If you would like a person to talk to right now, you can reach ${described}. I have put their details on the card.`,
    `The card has the details for ${described}; they will listen without judging you.`,
  ]);
}

// Their age, said as under 18: "im 15", "i'm only 14", "16 years old" (not "15 minutes", "16 weeks").
const YOUNG =
  /\b(?:(?:i'?m|im|i am) (?:only |just )?(?:1[0-7]|[89]|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b(?! ?(?:min|mins|minutes|hours?|hrs?|days?|weeks?|months?|times|percent|%|pounds|kg|lbs|stone|miles|km|floors?|quid|dollars|euros)\b)|(?:1[0-7]) ?(?:yo|y\/o|years? old)\b)/;

/**
 * For someone who has said they are under 18: the country's line for young people (one that also
 * takes calls about abuse when that is the worry; never one only for a group, such as LGBTQ+ young
 * people), named beside the line the reply already gives, in the first reply or when the age is said.
 */
function youngLine(input: CrisisInput, help: Help, state: CrisisState): string | null {
  if (!help.known || state.subject !== "self") return null;
  const saidNow = YOUNG.test(normaliseAnswer(input.text));
  // Said now, or said earlier in the conversation and this is the flow's first reply.
  if (!saidNow && (state.replies > 0 || !personSaid(input, YOUNG))) return null;
  const forYoung = help.country.services.filter(
    (s) => s.purposes.includes("young_people") && !s.purposes.includes("lgbtq"),
  );
  const service =
    (state.categories.includes("abuse") && forYoung.find((s) => s.purposes.includes("domestic_abuse"))) ||
    forYoung[0];
  return service ? `There's also a line just for young people: ${describeService(service)}.` : null;
}

/** Ways to reach someone without speaking, from the services on the card: a text line, a website. */
function quietWays(help: Help, purposes: HelplinePurpose[]): string {
  const ranked = [...help.country.services].sort((a, b) => rank(a) - rank(b));
  function rank(s: HelplineService): number {
    const i = purposes.findIndex((p) => s.purposes.includes(p));
    return i < 0 ? purposes.length : i;
  }
  const texting = help.known ? ranked.find((s) => s.text) : undefined;
  const online = help.known ? ranked.find((s) => s.web) : undefined;
  const parts: string[] = [];
  if (texting?.text) {
    const what = texting.text.message
      ? `text ${texting.text.message} to ${texting.text.number}`
      : `text ${texting.text.number}`;
    parts.push(`You could ${what} instead (${texting.name}), without saying a word.`);
  }
  if (online?.web && online !== texting)
    parts.push(`${online.name} also has a website, ${online.web}, for when you can look at it safely.`);
  else if (online?.web) parts.push(`Their website is ${online.web}.`);
  return parts.length > 0
    ? parts.join(" ")
    : "The card lists every way to reach the people there, not only by phone.";
}

// ---------------------------------------------------------------------------------------------
// The parts of a reply.

const STAY = [
  "I'm here, and I'm staying with you in this conversation.",
  "I'm not going anywhere. We can keep talking for as long as you want.",
  "You don't have to go through this moment on your own; I'm here with you.",
  "Take your time. I'm right here and I'll keep listening.",
];

/** Staying with the person, in words that fit the moment: never "take your time" in an emergency. */
function stay(p: Picker, level: RiskLevel): string {
  return p.pick("stay", level === "emergency" ? STAY.slice(0, 3) : STAY);
}

function acknowledge(p: Picker, s: Screening): string {
  if (s.subject === "other") {
    return p.pick("ack.other", [
      "It sounds like you're really worried about them, and it matters that you're looking out for them.",
      "That's a frightening thing to hear from someone you care about. Thank you for telling me.",
      "Carrying worry like that for someone is hard. I'm glad you said it here.",
    ]);
  }
  if (s.categories.includes("medical")) {
    return p.pick("ack.medical", [
      "Thank you for telling me. Your safety is what matters most right now.",
      "I'm really glad you told me. What matters now is getting you looked after.",
    ]);
  }
  if (s.categories.includes("abuse") && !s.categories.includes("suicide")) {
    return p.pick("ack.abuse", [
      "What you're describing sounds frightening, and it is not your fault.",
      "Thank you for trusting me with this. Nobody deserves to be hurt or made to feel unsafe at home.",
      "That sounds really scary. You deserve to be safe, and none of this is your fault.",
    ]);
  }
  if (s.categories.includes("harm_to_others") && s.categories.length === 1) {
    return p.pick("ack.others", [
      "Thank you for being honest with me about this. Feelings that strong can be frightening to have.",
      "It takes courage to say that out loud. It sounds like a lot of pain or anger is building up.",
    ]);
  }
  if (s.categories.includes("self_harm") && !s.categories.includes("suicide")) {
    return p.pick("ack.self_harm", [
      "Thank you for telling me. It sounds like you're in a lot of pain, and that matters.",
      "I'm glad you told me. Hurting like this is hard, and you deserve care, not judgement.",
    ]);
  }
  return p.pick("ack.self", [
    "Thank you for telling me. What you're feeling sounds really painful, and it matters.",
    "I'm really glad you said this to me. It sounds like things are incredibly hard right now.",
    "That sounds so heavy to carry. I'm glad you told me, and I'm taking it seriously.",
    "I hear how much pain you're in. Thank you for trusting me with it.",
  ]);
}

const QUESTIONS: Record<CrisisQuestion, readonly string[]> = {
  thoughts: [
    "Can I ask you directly, because it matters: are you having thoughts of ending your life?",
    "I'd like to ask you plainly, and you can answer however you want: are you thinking about suicide?",
  ],
  plan: [
    "Can I ask: have you thought about how you might do it, or made any plans?",
    "I want to understand how close this feels. Have you been thinking about how, or made a plan?",
  ],
  now: [
    "And right now, tonight, do you feel you might act on these thoughts?",
    "How close does it feel at the moment: do you think you might act on it soon?",
  ],
  safe: ["Are you safe right now?", "Can you tell me whether you're safe at the moment?"],
  with_someone: [
    "Is anyone with you, or near enough to come to you right now?",
    "Is there someone with you at the moment, or someone nearby who could come?",
  ],
  other_safe: [
    "Do you know whether they are safe right now?",
    "Is the person you're worried about safe at the moment, as far as you know?",
  ],
  act_on_it: [
    "Do you feel you might act on these feelings soon?",
    "How close do you feel to acting on this right now?",
  ],
};

/** The question about a plan for someone who has already said how ("jumping off the bridge near my
 * flat"): asking how again would not have listened. */
const PLAN_TOLD_HOW = [
  "Can I ask a little more: have you made a plan, like when, or done anything to get ready?",
  "I want to understand how close this feels. Have you made a plan, or thought about when?",
];
// A way of dying named in what the person wrote (never repeated back): the plan question then does
// not ask how.
const TOLD_HOW =
  /\b(?:jump\w*|bridge|cliff|roof|ledge|train|tracks|pills?|tablets|overdos\w*|paracetamol|hang\w*|rope|noose|gun|shoot\w*|drown\w*|crash\w*|knife|blade|razor|poison\w*|bleach|motorway|carbon monoxide)\b/;

// A place of harm named in the writer's own emergency ("im on the bridge"): distance from it is
// moving away, not putting something in another room.
const AT_PLACE = /\b(?:bridge|cliff|roof|ledge|edge|tracks|train|platform|motorway|car park|multi ?storey)\b/;

/** Each question, asked a second time after a message that did not answer it. */
const ASKED_AGAIN: Record<CrisisQuestion, string> = {
  thoughts: "are you having any thoughts of ending your life?",
  plan: "have you thought about how you might do it, or made a plan?",
  now: "do you feel you might act on these thoughts soon?",
  safe: "are you safe right now?",
  other_safe: "do you know whether they are safe right now?",
  act_on_it: "do you feel you might act on these feelings soon?",
  with_someone: "is anyone with you, or near enough to come to you?",
};

/** Which question to ask next, given what is known and what was already asked. */
function nextQuestion(
  level: RiskLevel,
  subject: "self" | "other",
  categories: RiskCategory[],
  asked: CrisisQuestion[],
): CrisisQuestion | null {
  const not = (q: CrisisQuestion) => !asked.includes(q);
  if (subject === "other") return not("other_safe") ? "other_safe" : null;
  // An overdose taken or a wound that needs care: whether they are "safe" is not the question, but
  // whether someone can help them get care now.
  if (level === "emergency" && categories.includes("medical"))
    return not("with_someone") ? "with_someone" : null;
  if (level === "emergency") return not("safe") ? "safe" : null;
  // Self-harm is not a plan to die: ask whether there are thoughts of suicide too, then whether
  // they are safe (a wound that needs care), never "how you might do it".
  if (categories.includes("self_harm") && !categories.includes("suicide"))
    return not("thoughts") ? "thoughts" : not("safe") ? "safe" : null;
  if (categories.includes("harm_to_others") && categories.length === 1)
    return not("act_on_it") ? "act_on_it" : null;
  if (categories.includes("abuse") && !categories.includes("suicide") && !categories.includes("self_harm")) {
    return not("safe") ? "safe" : null;
  }
  // At concern, a plan is asked about only once thoughts of suicide are known (a yes raises the flow
  // to urgent): a message that goes on with the concern without answering is not a yes.
  if (level === "concern") return not("thoughts") ? "thoughts" : null;
  if (not("plan")) return "plan";
  if (not("now")) return "now";
  return null;
}

/** The wordings of a question, for this conversation. */
function wordsFor(question: CrisisQuestion, input: CrisisInput): readonly string[] {
  if (question === "plan" && personSaid(input, TOLD_HOW)) return PLAN_TOLD_HOW;
  return QUESTIONS[question];
}

/** Whether the person's words, this message or an earlier one, match `pattern` (read normalised). */
function personSaid(input: CrisisInput, pattern: RegExp): boolean {
  return [input.text, ...input.turns.filter((t) => t.author === "person").map((t) => t.text)].some((t) =>
    pattern.test(normaliseAnswer(t)),
  );
}

function emergencyLine(
  p: Picker,
  help: Help,
  s: { subject: "self" | "other"; categories: RiskCategory[]; alone?: boolean },
): string {
  const number = help.emergency;
  if (s.subject === "other") {
    return number
      ? p.pick("emer.other", [
          `If their life is in danger right now, please call ${number} straight away.`,
          `If they are in immediate danger, please call ${number} now. You do not have to handle this alone.`,
        ])
      : "If their life is in danger right now, please call your local emergency number straight away.";
  }
  const dial = number ? `call ${number}` : "call your local emergency number";
  if (s.categories.includes("medical") && s.alone) {
    return p.pick("emer.alone", [
      `Please ${dial} yourself now; they will stay on the line and tell you what to do.`,
      `Please ${dial} now, yourself. You can keep this page open while you talk to them.`,
    ]);
  }
  if (s.categories.includes("medical")) {
    return p.pick("emer.medical", [
      `Please ${dial} now, or ask someone near you to call for you, even if you feel all right at the moment.`,
      `Please ${dial} right now, or get someone nearby to call. Don't wait to see how you feel.`,
    ]);
  }
  // Someone who fears they will hurt another person: the danger is to the other person, not to them.
  if (s.categories.includes("harm_to_others") && s.categories.length === 1) {
    return p.pick("emer.others", [
      `If you feel you might act on this, please put distance between you and them now, and ${dial} if anyone is in danger.`,
      `If you think you could hurt someone, please step away from them now and ${dial}; that keeps everyone safe, you included.`,
    ]);
  }
  if (s.categories.includes("abuse") && !s.categories.includes("suicide")) {
    return p.pick("emer.abuse", [
      `If you are in danger right now, please ${dial} as soon as you can do so safely.`,
      `If you can do it safely, please ${dial} now. Your safety comes first.`,
    ]);
  }
  return p.pick("emer.self", [
    `Because your life may be in danger, please ${dial} now.`,
    `Please ${dial} now. You deserve help right away, and they can get to you.`,
    `Right now the most important thing is your safety: please ${dial}.`,
  ]);
}

/** Asking after someone worried about another person. */
const HOW_ARE_YOU = [
  "And how are you holding up with all of this?",
  "How are you doing yourself, carrying this?",
];

const HOW_TO_SUPPORT = [
  "There are no perfect words, and you don't need them. You could tell them what you've noticed and that you care, ask plainly whether they're thinking about suicide, and then mostly listen, without rushing to fix it.",
  "What helps most is usually simple: let them know you've noticed, that you're there, and ask them directly whether they're thinking of suicide. Listening matters more than having answers.",
];

const SUPPORTER_ADVICE = [
  "It's all right to ask them directly whether they're thinking about suicide; asking doesn't put the idea in their head, and it often comes as a relief.",
  "Listening without rushing to fix things helps more than the perfect words, and you can gently encourage them to talk to a helpline.",
  "You don't have to carry this alone: helplines support people who are worried about someone, not only the person in crisis.",
];

function joinReply(parts: (string | null | undefined)[]): string {
  return parts.filter((x): x is string => !!x && x.trim().length > 0).join(" ");
}

/** Makes sure a reply never repeats Maia's previous message word for word. */
function notLikeLast(reply: string, turns: CrisisTurn[], alternative: () => string): string {
  const last = [...turns].reverse().find((t) => t.author === "maia");
  if (last && last.text.trim() === reply.trim()) return alternative();
  return reply;
}

/** What a flow knows, read as a screening: its level, categories and whose risk it is. */
function flowScreening(state: CrisisState): Screening {
  return { level: state.level, categories: state.categories, subject: state.subject };
}

function merge(state: CrisisState | null, screening: Screening): CrisisState {
  const fresh = !state || state.phase === "closed";
  const base: CrisisState = fresh
    ? {
        version: 1,
        phase: "active",
        active: true,
        level: "none",
        subject: screening.subject,
        categories: [],
        pending: null,
        asked: [],
        recent: [],
        replies: 0,
      }
    : { ...state, asked: [...state.asked], categories: [...state.categories], recent: [...state.recent] };
  const level = levelRank(screening.level) > levelRank(base.level) ? screening.level : base.level;
  // Someone's own risk takes over from a worry about someone else, never the other way round.
  const subject = fresh
    ? screening.subject
    : base.subject === "self" || screening.subject === "self"
      ? "self"
      : "other";
  const categories = [...new Set([...base.categories, ...screening.categories])];
  return { ...base, phase: "active", active: true, level, subject, categories };
}

function finish(
  state: CrisisState,
  p: Picker,
  pending: CrisisQuestion | null,
  phase: CrisisState["phase"],
): CrisisState {
  return {
    ...state,
    phase,
    active: phase !== "closed",
    pending,
    asked: pending && !state.asked.includes(pending) ? [...state.asked, pending] : state.asked,
    recent: [...state.recent, ...p.used].slice(-12),
    replies: state.replies + 1,
  };
}

/** The reply for the current level and subject, asking the next question if there is one, or else
 * `again`, a question the message left unanswered. */
function compose(
  input: CrisisInput,
  state: CrisisState,
  salt: string,
  again: CrisisQuestion | null = null,
): { reply: string; pending: CrisisQuestion | null; p: Picker } {
  const build = (extra: string) => {
    const p = picker(`${input.seed}${extra}`, state);
    const help = helpFor(input);
    // Means named in this message, in the writer's own emergency: distance from them comes before any
    // question ("are you safe?" straight after "i have my dads gun" would not have listened).
    // (After an overdose or an injury, the question about who is with them stays.)
    const said = normaliseAnswer(input.text);
    const means =
      state.level === "emergency" &&
      state.subject === "self" &&
      !state.categories.includes("medical") &&
      TOLD_HOW.test(said);
    const question =
      nextQuestion(state.level, state.subject, state.categories, state.asked) ?? (means ? null : again);
    const purposes = purposesFor(state.subject, state.categories);
    const parts: (string | null)[] = [acknowledge(p, flowScreening(state))];
    if (state.level === "emergency") parts.push(emergencyLine(p, help, state));
    if (means && AT_PLACE.test(said))
      parts.push(
        "If you can, please move away from where you are to somewhere safer, with other people around, while you call.",
      );
    else if (means)
      parts.push(
        p.pick("distance", [
          "If you can, put some distance between you and anything you could use to hurt yourself, even another room, or ask someone to take it away for now.",
          "If it's safe to, move away from anything you could use to hurt yourself, into another room, or ask someone to hold on to it for now.",
        ]),
      );
    if (state.subject === "other") parts.push(p.pick("advice", SUPPORTER_ADVICE));
    parts.push(helplineLine(p, help, purposes, `help.${salt}`), youngLine(input, help, state));
    if (state.categories.includes("abuse")) {
      parts.push(
        p.pick("exit", [
          "If you need to leave this page quickly, the Quick exit button does that.",
          "If someone might see your screen, Quick exit takes you away from this page at once.",
        ]),
      );
    }
    parts.push(stay(p, state.level));
    if (question) parts.push(p.pick(`q.${question}`, wordsFor(question, input)));
    if (state.subject === "other") parts.push(p.pick("you", HOW_ARE_YOU));
    return { reply: joinReply(parts), pending: question, p };
  };
  const first = build("");
  const reply = notLikeLast(first.reply, input.turns, () => build("#2").reply);
  return { ...first, reply };
}

/**
 * Maia's reply to a message screened at concern or above, and the flow's next state. Works the
 * same for the first risk message and for a risk message in a flow already under way (the level
 * only goes up within a flow, and questions already asked are not asked again).
 *
 * @example respondToRisk({ screening, state: null, text, turns: [], seed: messageId, country: "GB" })
 */
export function respondToRisk(input: CrisisInput): { reply: string; state: CrisisState } {
  if (levelRank(input.screening.level) === 0) {
    // Called for an ordinary message: an answer inside a flow, or Maia simply staying present.
    const next = continueCrisis(input);
    if (next.reply !== null && next.state) return { reply: next.reply, state: next.state };
    return listen(input, next.state ?? input.state);
  }
  // The screener reads a message with the person's earlier ones, so inside a flow a short answer
  // ("yes", "you misunderstood", "yes i'm safe") can carry the level of the message before it. When it
  // tells the flow nothing new (no higher level, no new category), it is first an answer to Maia's
  // question, a denial or a word of being safe, as it would be screened on its own. Not in the
  // writer's own emergency: there the screener keeps the level on purpose ("im fine, forget it" after
  // pills taken takes nothing back), and the reply keeps the emergency number first. Someone worried
  // about another person who says that person is safe now is telling Maia what they know, and
  // someone who says they are calling for help is doing what the reply asked.
  const known = input.state;
  // In the writer's own emergency, a turn the conversation takes (not wanting to talk, "you're just a
  // bot", a bare "ok") that tells the flow nothing new gets its own reply, the emergency number in it;
  // nothing else is read as an answer there.
  if (
    crisisActive(known) &&
    known.level === "emergency" &&
    known.subject === "self" &&
    input.screening.categories.every((c) => known.categories.includes(c))
  ) {
    const turned = turnInFlow(input, known, normaliseAnswer(input.text));
    if (turned) return turned;
  }
  if (
    crisisActive(known) &&
    (known.level !== "emergency" ||
      known.subject === "other" ||
      known.pending === "with_someone" ||
      classify(normaliseAnswer(input.text)) === "acting") &&
    levelRank(input.screening.level) <= levelRank(known.level) &&
    input.screening.categories.every((c) => known.categories.includes(c)) &&
    // "actually its me, im the friend": whose risk it is changed, which is news, not an answer.
    (input.screening.subject === known.subject || known.subject === "self")
  ) {
    const calm: CrisisInput = {
      ...input,
      screening: { level: "none", categories: [], subject: known.subject },
    };
    // Flagged only because of the messages before it ("i havent slept in days" straight after "i want
    // to kill myself"): on its own it is a calm message inside the flow, so a question it leaves
    // unanswered is asked once more and Maia listens, rather than giving the whole reply again.
    if (levelRank(screenMessage(input.text).level) === 0) return respondToRisk(calm);
    // A message the screener flagged for what it says itself is not asked to answer again: if it
    // answers nothing, it gets the crisis reply its risk calls for.
    const answered = answerInFlow(calm, false);
    if (answered.reply !== null && answered.state) return { reply: answered.reply, state: answered.state };
  }
  // Someone worried about another person who cannot reach them, said first or as the worry grows.
  if (input.screening.subject === "other" && (!crisisActive(known) || known.subject === "other"))
    if (CANT_REACH.test(normaliseAnswer(input.text))) return cantReach(input, merge(known, input.screening));
  // A question the message leaves unanswered ("like 20 of my mums sleeping tablets" to whether anyone
  // is with them) is asked once more when there is no new one to ask, not dropped.
  const open = crisisActive(known) ? known.pending : null;
  const unanswered =
    open && known?.reasked !== open && classify(normaliseAnswer(input.text)) === "other" ? open : null;
  return riskReply(input, unanswered);
}

/**
 * Someone worried about another person cannot reach them ("no answer", "her phone's off"): the
 * emergency services can look for them with whatever is known, and others close to them may know
 * where they are. The first reply of a flow names the helpline for supporters too.
 */
function cantReach(input: CrisisInput, state: CrisisState): { reply: string; state: CrisisState } {
  const p = picker(input.seed, state);
  const help = helpFor(input);
  const dial = help.emergency ?? "your local emergency number";
  const posted = personSaid(input, POSTED);
  const reply = joinReply([
    p.pick("reach", [
      "Not being able to reach them is frightening, and you don't have to find them on your own.",
      "That silence must be so hard to sit with. You don't have to find them by yourself.",
    ]),
    // In an emergency (a goodbye, then silence) the call is not left to "if".
    state.level === "emergency"
      ? `Please call ${dial} now and tell them what you know: what was said, and anything about where they might be, even just a name, a school, a workplace or a street.`
      : `If you think they may be in danger, call ${dial} now. Tell them what was said and anything that could help find them, even if it feels like very little.`,
    p.pick("reach.others", [
      "Someone close to them, a family member or a friend you share, may know where they are or be able to get to them.",
      "It can help to contact someone close to them, family or a shared friend, who may know where they are.",
    ]),
    posted
      ? "Most social apps also let you report a post about suicide or self-harm, so the app can reach out to them with support."
      : null,
    state.replies === 0 ? helplineLine(p, help, purposesFor("other", state.categories), "help.reach") : null,
    p.pick("you", HOW_ARE_YOU),
  ]);
  return { reply, state: finish(state, p, null, "active") };
}

/** The crisis reply for a message at concern or above, with the flow's next state; `again` is a
 * question the message left unanswered, asked once more when there is no new one. */
function riskReply(
  input: CrisisInput,
  again: CrisisQuestion | null = null,
): { reply: string; state: CrisisState } {
  const state = merge(input.state, input.screening);
  const { reply, pending, p } = compose(input, state, "risk", again);
  const next = finish(state, p, pending, "active");
  return { reply, state: pending && pending === again ? { ...next, reasked: again } : next };
}

// ---------------------------------------------------------------------------------------------
// After the first reply: answers, denials, winding down.

type Answer = "yes" | "unsure" | "no" | "denial" | "safe" | "unsafe" | "acting" | "cant_call" | "other";

// Words of being fine or safe told as what someone asks or is told ("mum keeps asking if im ok",
// "i tell everyone im fine", "i pretend im fine") are not an answer to Maia; "i told you im fine" is.
const REPORTED = String.raw`(?<!\b(?:if|whether|pretend|pretending|act like|acting like|(?:tell|tells|told|telling) (?!you\b)\w+) )`;
const SAFE = new RegExp(
  String.raw`\b${REPORTED}(?:i'?m safe|i am safe|im safe|yes,? (?:i'?m |i am )?safe|i promise|won'?t do anything|not going to do anything|not gonna do anything|i'?m not going to hurt myself|i won'?t hurt myself|i'?ll be ok(?:ay)?|they'?re safe|she'?s safe|he'?s safe|they are safe|(?:she|he|they)(?:'?s| is|'?re| are) (?:in (?:the )?hospital|being looked after|(?:ok|okay|alright|safe) now)|(?:they|the police|police|paramedics) found (?:her|him|them)(?! dead))\b`,
);
const DENIAL = new RegExp(
  String.raw`\b${REPORTED}(?:misunderst\w*|you got it wrong|i'?m fine|im fine|i am fine|i'?m ok(?:ay)?|im ok(?:ay)?|i'?m alright|didn'?t mean (?:it|that)|not what i meant|was (?:just )?joking|just kidding|jk|exaggerating|not like that|forget (?:it|i said)|calm down|overreact\w*|it'?s nothing|not suicidal|chill|relax|i'?m good|not literally|figure of speech|just an expression|just a saying|manner of speaking|not (?:being )?serious(?:ly)?|wasn'?t serious)\b`,
);
// "i am", "i do", "i have" are a yes only as the whole answer or with a word that leaves them one
// ("i do sometimes", "i have, yes"): "i am so tired", "i have no one", "i did my best" answer nothing.
const YES =
  /^(?:ya|yes|yeah|yea|yep|yup|yh|definitely|i think so|probably|mhm|uh huh|sadly yes|honestly yes)\b|^y\s*[.!]*$|^i (?:am|do|have|did)\b(?:[ ,]+(?:yes|yeah|tbh|honestly|sadly|actually|really|sometimes|a lot|often|all the time|every day|constantly|most days|right now|now|tonight))*\s*[.!]*$|^i (?:have|do|did) (?:thought|think|considered|planned|want|wanted)\b/;
// Not knowing what to say or how to help ("i dont know what to say to her") is no answer about safety.
const UNSURE =
  /^(?:maybe|sort of|kind of|kinda|a bit|a little|sometimes|not sure|i don'?t know|idk|dunno|i guess|possibly|perhaps|who knows|hard to say|no idea|no clue)\b(?! (?:what to (?:say|tell|write|text)|how to (?:help|talk|say|tell|ask|bring|approach|start|reach|support))\b)|\b(?:not sure|don'?t know|do not know|idk|no idea|no clue)\b(?! (?:what to (?:say|tell|write|text)|how to (?:help|talk|say|tell|ask|bring|approach|start|reach|support))\b)/;
// A no said tentatively ("i guess not tonight", "probably not") is a no, not a "not sure" (which at
// the question about acting soon is read as an emergency) and not the yes its "probably" would start.
const HEDGED_NO =
  /^(?:i guess|i think|i suppose|probably|prob|i'?d say) not\b|^not (?:tonight|today|right now|rn|now|at the moment|atm)\b/;
// "no one cares", "no point anymore" and "im not ok" start like a no and answer nothing. "i havent",
// "i dont", "im not" and "never" are a no only as the whole answer or going on as one ("i havent
// really thought about it", "i dont think so", "im not going to"): "i havent slept in days", "i dont
// have anyone", "im not sleeping" and "never felt this alone" answer nothing.
const NO =
  /^(?:no(?! one\b| point\b| way out\b| hope\b| reason\b| future\b| matter\b| longer\b)|nope|nah|not really|not at all|never(?=\s*[.!]*$|\s+(?:have|had|would|will|did|do|planned|thought|considered|really|ever)\b)|(?:i'?m|im|i am) not(?=\s*[.!]*$| (?:going|gonna|planning|thinking|intending|considering|about to|suicidal|in danger|at risk|that bad|that far|there)\b)|(?:i haven'?t|i have not|i don'?t|i do not|i won'?t|i will not)(?=\s*[.!,]*$|[ ,]+(?:no|nope|really|think|thought|plan|planned|made|got|have (?:a|any)|want to (?:die|do|act|hurt|go)|wanna (?:die|do|act|hurt)|intend|feel like (?:i|doing|acting)|considered|decided|yet|tbh|honestly)\b))\b/;
// Nobody with them: "no one", "nobody's here", "im on my own".
const NOBODY =
  /^(?:no ?one|nobody|noone|(?:i'?m|im|i am) (?:alone|on my own|by myself)|alone|on my own|just me)\b/;
// Someone there: "my mum is downstairs", "flatmate's home", "he's in the next room".
const SOMEONE_THERE =
  /\b(?:my \w+|mum|mom|mam|dad|flatmate|roommate|partner|someone|somebody|(?:he|she|they))(?:'?s|'re| is| are)? (?:here|home|in|downstairs|upstairs|next door|in the (?:next|other) room|nearby|with me|around)\b/;
// Not being safe, said outright, is an answer to any question Maia asks: "i dont feel safe".
const UNSAFE = new RegExp(
  String.raw`\b${REPORTED}(?:(?:i'?m|im|i am)(?: really| honestly| actually)? not safe|(?:i )?(?:don'?t|do not) feel safe|not safe (?:right )?now|(?:she|he|they)(?:'?s| is|'?re| are) not safe|(?:she|he|they) (?:isn'?t|aren'?t) safe)\b`,
);
// Reaching for help as Maia suggested: "ok i'll call them", "calling 999 now", "ive texted the
// helpline", "the ambulance is on its way". Not "call myself", "calls me", or a goodbye sent.
const ACTING = new RegExp(
  String.raw`(?:^|\b(?:i'?ll|i will|i'?m gonna|im gonna|gonna|i'?m going to|im going to|going to|i'?m|im|i am|i'?ve|ive|i have|i|ok|okay|yes|yeah|will)\s+)(?:(?:just|now|try to|try and|go and|gonna)\s+)?(?:call|calling|called|ring|ringing|rang|phone|phoning|phoned|dial|dialling|dialing|dialled|dialed|text|texting|texted|contact|contacting|contacted)` +
    String.raw`(?: (?:them|him|her|it|999|911|000|111|112|988|116 ?123|the (?:helpline|number|line|police|ambulance|crisis line|hotline|emergency number)|a (?:helpline|friend)|an ambulance|(?:the )?(?:police|samaritans|lifeline|ambulance)|someone|somebody|(?:my|her|his|their) \w+))?` +
    String.raw`(?: (?:now|right now|then|straight away|back|first|already|just now|earlier|in a (?:sec|second|minute|bit)))?\s*[.!,]*(?:$|\s+(?:now|ok|okay)\b|\s+and (?:tell|ask|talk|let|get)\b)` +
    String.raw`|\b(?:(?:the )?(?:ambulance|paramedics|police|help|crisis team)(?:'?s| is| are)? (?:here|on (?:the|their|its|it'?s) way|coming)|they(?:'?re| are) on (?:the|their) way)\b`,
);

// Calling is not possible or not safe: "i cant call he'll hear me", "my parents would hear".
const CANT_CALL =
  /\b(?:can'?t|cannot|can not|couldn'?t|don'?t want to|not allowed to) (?:call|phone|ring|talk out loud|speak|talk on the phone|make a call)\b|\b(?:he|she|they|my \w+)(?:'?ll| will| would| could| might) hear\b|\bno (?:credit|signal)\b/;
// Not now, said with a no: "no not tonight", "nope, not right now". ("not yet" is no such answer.)
const NOT_NOW = /\bnot (?:tonight|today|right now|rn|now|at the moment|atm)\b/;
// Thanks, said as the whole message or to start it: "thank you, that helps", "thanks for listening".
const THANKS = /^(?:thanks|thank you|thank u|thx|ty|cheers)\b/;
// The person they are worried about cannot be reached: "no answer", "her phone's off", "i dont know
// where she lives".
const CANT_REACH =
  /\b(?:no (?:answer|reply|response)|not (?:answering|replying|responding|picking up)|(?:isn'?t|aren'?t|won'?t|doesn'?t|didn'?t|hasn'?t|haven'?t) (?:answer(?:ing|ed)?|repl(?:y|ying|ied)|pick(?:ing|ed)? up)|left (?:me )?on read|phones? (?:is |are |'s )?(?:off|dead|going (?:straight )?to voicemail)|straight to voicemail|can'?t (?:reach|get hold of|get through to|find) (?:her|him|them)|(?:don'?t|do not) know where (?:she|he|they) (?:lives?|is|are)|blocked me)\b/;
// Where a worrying message was seen: a post on an app can be reported to the app.
const POSTED = /\b(?:post|posted|instagram|insta|facebook|fb|tiktok|snapchat|snap|twitter|story|status)\b/;
// Someone worried about another person asking how to help: "i dont know what to say to her", "what
// do i say", "how do i bring it up".
const HOW_TO_HELP =
  /\b(?:(?:don'?t|do not) know (?:what to (?:say|do|tell|write|text)|how to (?:help|talk|say|tell|ask|bring|approach|start|reach|support))|what (?:do|should|can) i (?:say|do|tell|write|text)|how (?:do|can|should) i (?:help|talk|support|reach|approach|ask|bring))\b/;
// Help has come: "the ambulance is here", "paramedics are here now".
const ARRIVED = /\b(?:ambulance|paramedics|police|help|crisis team)(?:'?s| is| are) here\b/;
// Help already reached for: "ive called 999", "i rang samaritans", "the ambulance is on its way".
const DONE_ALREADY =
  /\b(?:called|rang|phoned|dialled|dialed|texted|contacted)\b|\bon (?:the|their|its|it'?s) way\b/;

function normaliseAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .trim();
}

/** What an answer says, read from its normalised text (`normaliseAnswer`). */
function classify(t: string): Answer {
  if (UNSAFE.test(t)) return "unsafe";
  if (CANT_CALL.test(t)) return "cant_call";
  if (SAFE.test(t)) return "safe";
  if (DENIAL.test(t)) return "denial";
  if (ACTING.test(t)) return "acting";
  if (HEDGED_NO.test(t)) return "no";
  if (UNSURE.test(t)) return "unsure";
  if (YES.test(t)) return "yes";
  if (NO.test(t)) return "no";
  return "other";
}

const CHECK = [
  "Thank you for letting me know. I'd rather ask and be wrong than not ask at all. Just so I'm sure before we move on: are you safe right now?",
  "Okay, and I'm sorry if I got that wrong. Because it matters to me, can I check once: are you safe at the moment?",
  "Thanks for telling me. I'll take your lead. Before I do, I'd like to check gently: are you safe right now, with no thoughts of ending your life?",
];

const CHECK_OTHER = [
  "Thank you for letting me know. Before we move on, can I check: as far as you know, is the person you're worried about safe right now?",
  "Okay, and I'm sorry if I got that wrong. Just so I'm sure: do you know whether they are safe at the moment?",
];

const WIND_DOWN = [
  "Thank you, I'm glad to hear that. The helplines stay on the card and under Get help now whenever you need them. Would you like to go back to what you were saying?",
  "I'm relieved, and thank you for answering. If things change, Get help now is always there, day or night. Where would you like to pick up?",
  "Thank you for telling me. I'll leave the helplines within reach under Get help now, just in case. What would you like to talk about now?",
];

const WIND_DOWN_OTHER = [
  "I'm glad they're safe for now. Looking after someone is tiring; helplines are there for you as well as for them. What would help you most right now?",
  "That's a relief. If you're worried again, the helplines under Get help now support people who are caring for someone too. How are you feeling about it all?",
];

/**
 * For a message screened `none` while a crisis flow is under way: reads it as an answer to the
 * question Maia asked, a denial, or something else. Returns the crisis reply to give and the next
 * state, or `reply: null` when no crisis reply is needed (let Maia answer as usual; the card stays
 * while the flow is active). A first denial gets a gentle check; the flow closes only after the
 * person then says they are safe.
 */
export function continueCrisis(input: CrisisInput): { reply: string | null; state: CrisisState | null } {
  return answerInFlow(input, true);
}

const RELIEF = ["Thank you for answering, that helps me understand.", "Thank you for being honest with me."];

function answerInFlow(
  input: CrisisInput,
  mayAskAgain: boolean,
): { reply: string | null; state: CrisisState | null } {
  const state = input.state;
  if (!crisisActive(state)) return { reply: null, state: state ?? null };
  if (levelRank(input.screening.level) > 0) return respondToRisk(input);
  const said = normaliseAnswer(input.text);
  const answer = classify(said);
  const p = picker(input.seed, state);
  const escalate = (level: RiskLevel, told: RiskCategory[] = [], from: CrisisState = state) => {
    const screening: Screening = {
      level,
      categories: from.categories.length ? [...new Set([...from.categories, ...told])] : ["suicide"],
      subject: from.subject,
    };
    return riskReply({
      ...input,
      screening,
      state: { ...from, level: levelRank(level) > levelRank(from.level) ? level : from.level },
    });
  };
  // A fixed wording from `list`, or the next one in the same list when it would repeat Maia's last reply.
  const pickNotLast = (part: string, list: readonly string[]) => {
    const reply = p.pick(part, list);
    return notLikeLast(reply, input.turns, () => list[(list.indexOf(reply) + 1) % list.length] as string);
  };
  const other = state.subject === "other";
  const closeKindly = () => ({
    reply: pickNotLast("wind", other ? WIND_DOWN_OTHER : WIND_DOWN),
    state: finish(state, p, null, "closed"),
  });
  // Someone worried about another person is asked about that person, not about thoughts of their own.
  const check = () => ({
    reply: pickNotLast(other ? "check.other" : "check", other ? CHECK_OTHER : CHECK),
    state: finish(state, p, other ? "other_safe" : "safe", "checking"),
  });
  // Not acting soon: thanks, Maia stays, the helplines for if it comes closer, and an open question.
  const notNow = (from: CrisisState = state) => {
    const reply = joinReply([
      p.pick("relief", RELIEF),
      stay(p, from.level),
      p.pick("later", [
        "If that changes, even later tonight, the helplines on the card are there, and so am I.",
        "If it starts to feel closer, please reach for the helplines on the card straight away.",
      ]),
      p.pick("open", [
        "What's been weighing on you most?",
        "Would you like to tell me more about what's been happening?",
      ]),
    ]);
    return { reply, state: finish(from, p, null, "active") };
  };
  const safeAnswer = answer === "safe" || answer === "no" || answer === "denial";
  // Not safe, said outright, is an emergency whatever was asked.
  if (answer === "unsafe") return escalate("emergency");
  if (answer === "cant_call") {
    const help = helpFor(input);
    const reply = joinReply([
      p.pick("quiet", [
        "You know best what's safe right now, so please don't call if it isn't.",
        "That makes sense. Only do what feels safe where you are.",
      ]),
      quietWays(help, purposesFor(state.subject, state.categories)),
      state.level === "emergency" ? emergencyLine(p, help, state) : null,
      state.categories.includes("abuse")
        ? "If someone might see your screen, Quick exit takes you away from this page at once."
        : null,
      stay(p, state.level),
    ]);
    return { reply, state: finish(state, p, state.pending, state.phase) };
  }
  if (other && CANT_REACH.test(said)) return cantReach(input, state);
  // How to help someone: what tends to help, and the people who support supporters too.
  if (other && answer === "other" && HOW_TO_HELP.test(said)) {
    const help = helpFor(input);
    const reply = joinReply([
      p.pick("how", HOW_TO_SUPPORT),
      state.level === "emergency" ? emergencyLine(p, help, state) : null,
      helplineLine(p, help, purposesFor("other", state.categories), "help.how"),
      p.pick("you", HOW_ARE_YOU),
    ]);
    return { reply, state: finish(state, p, state.pending, state.phase) };
  }
  if (answer === "acting" && ARRIVED.test(said)) {
    const reply = other
      ? "I'm so glad help is with them now. You did the right thing. I'll be here whenever you want to talk about how you're doing."
      : "I'm so glad help is with you now. Let them look after you, and I'll be here whenever you want to talk.";
    return { reply, state: finish(state, p, null, "active") };
  }
  if (answer === "acting") {
    const dial = helpFor(input).emergency;
    const done = DONE_ALREADY.test(said);
    const ifWorse =
      state.level === "emergency" && dial && !(other && done)
        ? other
          ? `If you can't reach anyone and they may be in danger, call ${dial}.`
          : `If you feel worse or anything changes before help is with you, call ${dial} straight away.`
        : null;
    const reply = done
      ? joinReply([
          other ? "Thank you for doing that; it's a lot to carry." : "I'm really glad you did that.",
          ifWorse,
          "I'm here, and if you want to tell me how it went, I'd like to hear.",
        ])
      : joinReply([
          p.pick(
            other ? "acting.other" : "acting",
            other
              ? [
                  "That's a really good step, and it's a lot to carry.",
                  "Reaching out like that matters. You're doing the right thing.",
                ]
              : [
                  "That's a really good step, and I'm glad you're taking it.",
                  "Reaching out like that takes strength. You're doing the right thing.",
                ],
          ),
          ifWorse,
          p.pick("acting.stay", [
            "I'm here while you do, and afterwards if you want to tell me how it went.",
            "I'll be right here, whenever you want to come back and talk.",
          ]),
        ]);
    return { reply, state: finish(state, p, null, "active") };
  }
  const turned = turnInFlow(input, state, said);
  if (turned) return turned;

  switch (state.pending) {
    case "safe":
    case "other_safe": {
      if (answer === "safe" || answer === "yes") return closeKindly();
      if (state.phase === "checking" && answer === "denial") return closeKindly();
      // Not sure whether they are safe, when only a wish to be dead or self-harm is known (thoughts
      // of suicide not said, or denied): the next step clinical screening takes, asking about a plan,
      // with the helpline named; a yes or not sure then is an emergency.
      if (
        answer === "unsure" &&
        state.level === "concern" &&
        state.subject === "self" &&
        !state.categories.some((c) => c === "abuse" || c === "medical" || c === "harm_to_others")
      )
        return escalate("urgent", ["suicide"]);
      if (answer === "no" || answer === "unsure") return escalate("emergency");
      break;
    }
    case "thoughts": {
      // A yes is thoughts of suicide, whatever the flow began with (self-harm, abuse).
      // Not sure is taken as a maybe yes, as clinical screening takes it: a plan is asked about next.
      // "yeah but not rn" has answered whether it is now as well: that is not asked again.
      if (answer === "yes" || answer === "unsure")
        return escalate(
          "urgent",
          ["suicide"],
          NOT_NOW.test(said) ? { ...state, asked: [...state.asked, "now"] } : state,
        );
      if (safeAnswer) return check();
      break;
    }
    case "plan": {
      if (answer === "yes") return escalate("emergency");
      if (answer === "denial") return check();
      // "no not tonight": no plan, and the question about acting soon answered with it.
      if ((answer === "no" || answer === "safe") && NOT_NOW.test(said))
        return notNow({ ...state, asked: [...state.asked, "now"] });
      // No plan, when not now was already said: nothing left to ask.
      if ((answer === "no" || answer === "safe") && state.asked.includes("now")) return notNow();
      // No plan, or not sure: still worth asking how close it feels now, after thanks for the answer
      // (the whole crisis reply again, "it sounds like things are incredibly hard", would not have
      // heard it). The helplines were named in the reply that asked and stay on the card.
      if (answer === "unsure" || answer === "no" || answer === "safe") {
        const question = nextQuestion(state.level, state.subject, state.categories, state.asked);
        if (!question) return notNow();
        const reply = joinReply([
          p.pick("relief", RELIEF),
          stay(p, state.level),
          p.pick(`q.${question}`, wordsFor(question, input)),
        ]);
        return { reply, state: finish(state, p, question, "active") };
      }
      break;
    }
    case "with_someone": {
      // Whatever the answer, the emergency number stays first; the answer says who is to call.
      const dial = helpFor(input).emergency ?? "your local emergency number";
      const alone = answer === "no" || NOBODY.test(said);
      if (answer !== "yes" && !alone && !SOMEONE_THERE.test(said)) return escalate("emergency");
      const reply = joinReply([
        alone
          ? p.pick("alone", [
              `Then please call ${dial} yourself now. You can keep this page open while you do, and they will tell you what to do next.`,
              `Please call ${dial} now, yourself. They will talk you through what to do until help reaches you.`,
            ])
          : p.pick("someone", [
              `Please tell them what has happened, now, and ask them to call ${dial} with you.`,
              `Let them know what has happened straight away, and ask them to help you call ${dial}.`,
            ]),
        stay(p, state.level),
      ]);
      return { reply, state: finish(alone ? { ...state, alone } : state, p, null, "active") };
    }
    case "now":
    case "act_on_it": {
      if (answer === "yes" || answer === "unsure") return escalate("emergency");
      if (answer === "no") return notNow();
      if (answer === "denial") return check();
      break;
    }
    default:
      break;
  }
  // Safe, said again after Maia asked once ("yeah im safe at my friends house for now"): asking a
  // second time would not be listening. Someone worried about another person who says that person
  // is safe now ("they found her, she's in hospital") is telling Maia what they know, at any level.
  if (answer === "safe" && (other || (state.asked.includes("safe") && state.level !== "emergency")))
    return closeKindly();
  // Thanks in the middle of a flow is no goodbye: Maia stays.
  if (THANKS.test(said) && state.level !== "emergency") {
    const reply = joinReply([
      p.pick("thanks", [
        "You're welcome. I'm glad it helped, even a little.",
        "Thank you for saying so. I'm glad talking is helping.",
      ]),
      p.pick("thanks.on", [
        "I'm still here. What would you like to talk about now?",
        "I'm not going anywhere. Where would you like to go from here?",
      ]),
    ]);
    return { reply, state: finish(state, p, state.pending, state.phase) };
  }
  if (answer === "denial" || answer === "safe") return state.phase === "checking" ? closeKindly() : check();
  // In an emergency Maia stays with it, the emergency number first, whatever is said ("i dont know
  // what to do" after "the pills are in front of me" is no moment for an ordinary reply).
  if (state.level === "emergency") return escalate("emergency");
  // A message that leaves Maia's question unanswered ("its not that deep", "thanks for not freaking
  // out"): she stays with what was said and asks once more, gently, so the question is not dropped;
  // after that the conversation goes on as usual.
  if (mayAskAgain && state.pending && state.reasked !== state.pending) {
    const question = state.pending;
    const reply = joinReply([
      p.pick("listen", LISTEN),
      youngLine(input, helpFor(input), state),
      `${p.pick("again", [
        "I'd still like to know, if you're okay to tell me:",
        "Coming back to what I asked, and you can answer however you want:",
      ])} ${question === "plan" && personSaid(input, TOLD_HOW) ? "have you made a plan, or thought about when?" : ASKED_AGAIN[question]}`,
    ]);
    return { reply, state: { ...finish(state, p, question, state.phase), reasked: question } };
  }
  // Anything else: no crisis reply needed; Maia answers as usual and the card stays.
  return { reply: null, state };
}

// Not wanting to talk about it: "i dont want to talk about it", "leave me alone", "stop asking".
const NOT_TALKING =
  /\b(?:(?:don'?t|do not) (?:want|wanna) (?:to )?talk|(?:don'?t|do not) wanna talk|(?:not going to|not gonna|won'?t|will not) talk about (?:it|this|that)|leave me alone|stop asking|i'?d rather not (?:say|talk)|can we not)\b/;
// Away from where they are hurt: "i already left", "im at my sisters", "staying with a friend".
const AWAY =
  /\b(?:i (?:already |just |finally )?(?:left|got out|moved out)\b|(?:i'?m|im|i am) (?:now )?(?:at|staying at|staying with|with) (?:my |a )?(?:sister|brother|mum|mom|mam|dad|parents|friend|nan|gran|grandma|aunt|auntie|cousin|neighbou?r|mate)(?:'?s)?\b|(?:i'?m|im|i am) (?:in a|at a) (?:refuge|shelter|hotel)\b)/;
// Asking to talk about something else: "can we talk about something else", "change the subject".
const CHANGE_SUBJECT =
  /\b(?:talk about (?:something|anything) else|change (?:the )?subject|talk about other (?:stuff|things))\b/;
// About Maia herself: "you're just a bot", "are you even real", "why do you care".
const JUST_A_BOT =
  /\b(?:(?:you'?re|youre|your|ur|you are) (?:just |only )?(?:a |an )?(?:bot|ai|robot|machine|computer|program|chatbot)|are you (?:even )?(?:a )?(?:real|human|bot|robot|person|ai))\b/;
const WHY_CARE =
  /\b(?:why (?:do|would|should) you (?:even )?care|you don'?t (?:even |actually |really )?care)\b/;
// Blaming themselves for being hurt: "is this my fault", "did i do something to deserve it".
const SELF_BLAME =
  /\b(?:is (?:this|it|that) (?:all )?my fault|(?:it'?s|its|it is) (?:all )?my (?:own )?fault|did i (?:do something|deserve|cause|ask for)|do i deserve (?:it|this)|am i to blame)\b/;
// Asking what to say to someone who can help: "what do i tell her", "how do i tell them".
const WHAT_TO_SAY =
  /\b(?:what (?:do|should|can) i (?:tell|say)|how (?:do|should) i (?:tell|say)|what (?:to|do i) say)\b/;

// A bare acknowledgement: "ok", "okay.", "k", "alright".
const OK_ONLY = /^(?:ok|okay|k|kk|alright|all right|right|sure|ok then|okay then)\s*[.!]*$/;

/** Whether a message is one of the turns `turnInFlow` answers. */
function isTurn(said: string): boolean {
  return [AWAY, NOT_TALKING, CHANGE_SUBJECT, JUST_A_BOT, WHY_CARE, SELF_BLAME, WHAT_TO_SAY, OK_ONLY].some(
    (r) => r.test(said),
  );
}

/**
 * Turns a conversation takes inside a crisis flow that are answers to no question Maia asked, and
 * that deserve a reply of their own rather than the crisis reply again: not wanting to talk about it,
 * or asking to talk about something else (Maia does not push, and does not ask again), being away
 * from the person hurting them (glad, and what comes next), doubting Maia (she is honest that she is an AI, and
 * points to the people on the card), blaming themselves for being hurt (it is not their fault), and
 * asking what to say to someone who can help; and in an emergency, a bare "ok" gets the emergency
 * number again in a few words rather than the whole reply. In an emergency, the emergency number is
 * in each.
 */
function turnInFlow(
  input: CrisisInput,
  state: CrisisState,
  said: string,
): { reply: string; state: CrisisState } | null {
  if (!isTurn(said)) return null;
  const p = picker(input.seed, state);
  const help = helpFor(input);
  const other = state.subject === "other";
  const urgentLine = state.level === "emergency" ? emergencyLine(p, help, state) : null;
  const reply = (parts: (string | null)[], pending: CrisisQuestion | null = state.pending) => ({
    reply: joinReply(parts),
    state: finish(state, p, pending, state.phase),
  });
  // Away from the person hurting them: glad, and the next steps, since leaving is often the most
  // dangerous time; the emergency number for if they are found or threatened.
  if (!other && state.categories.includes("abuse") && AWAY.test(said)) {
    const dial = help.emergency ?? "your local emergency number";
    if (state.recent.some((k) => k.startsWith("away.")))
      return reply(
        [`That sounds like a safer place to be. If anything changes, call ${dial}.`, stay(p, state.level)],
        null,
      );
    const service = help.known ? pickService(help.country, ["domestic_abuse", "distress"]) : undefined;
    return reply(
      [
        p.pick("away", [
          "I'm really glad you're somewhere away from it right now.",
          "I'm so glad you're out of there for now.",
        ]),
        "The time around leaving can be a risky one, so it's worth making a plan for staying safe.",
        service
          ? `You could do that with ${describeService(service)}.`
          : "A domestic abuse service where you are can help you make one.",
        `If you are threatened or in danger at any point, call ${dial}.`,
        stay(p, state.level),
      ],
      null,
    );
  }
  if (CHANGE_SUBJECT.test(said)) {
    return reply(
      [
        "Of course, we can talk about something else.",
        urgentLine ?? p.pick("remind", REMIND),
        "What would you like to talk about?",
      ],
      null,
    );
  }
  if (NOT_TALKING.test(said)) {
    return reply(
      [
        p.pick("not.talking", [
          "That's all right. You don't have to talk about it with me, and I won't push.",
          "Okay. You don't have to say any more than you want to.",
        ]),
        urgentLine ?? p.pick("remind", REMIND),
        "I'm still here if you want to write anything, about this or anything else.",
      ],
      null,
    );
  }
  if (JUST_A_BOT.test(said) || WHY_CARE.test(said)) {
    const service = help.known
      ? pickService(help.country, purposesFor(state.subject, state.categories))
      : undefined;
    const people = service ? `the people at ${service.name}` : "the people on the card";
    return reply([
      JUST_A_BOT.test(said)
        ? `You're right that I'm not a person: I'm an AI, and I can't be with you the way someone in the room could. I can still listen, and ${people} are real people, there for exactly this.`
        : `Because what you're going through matters. I'm an AI, so I won't pretend to feel it the way a person would, but I'm here to listen, and ${people} do this because they care.`,
      urgentLine,
      stay(p, state.level),
    ]);
  }
  if (!other && state.categories.includes("abuse") && SELF_BLAME.test(said)) {
    return reply([
      "No. What is happening to you is not your fault, whatever you did or didn't do. The person hurting you is responsible for what they do, and you deserve to be safe.",
      urgentLine,
      helplineLine(p, help, purposesFor(state.subject, state.categories), "help.blame"),
      stay(p, state.level),
    ]);
  }
  if (urgentLine && OK_ONLY.test(said)) {
    return reply([
      urgentLine,
      p.pick("ok.stay", [
        "I'll stay right here while you do.",
        "I'm here, and I'll still be here afterwards.",
      ]),
    ]);
  }
  if (!other && state.level === "emergency" && WHAT_TO_SAY.test(said)) {
    const dial = help.emergency ?? "your local emergency number";
    return reply([
      state.categories.includes("medical")
        ? `Keep it short: tell them you've hurt yourself and need help, and ask them to call ${dial} now. You don't have to explain anything more than that.`
        : `You can keep it simple: say you're having thoughts of ending your life and you need help now. The people who answer ${dial} hear this often and will know what to do next.`,
      stay(p, state.level),
    ]);
  }
  return null;
}

// Being safe or fine, taken back: "actually no im not fine", "i lied", "thats not true".
const TAKEN_BACK = new RegExp(
  String.raw`\b${REPORTED}(?:i lied|i was lying|(?:that'?s|thats|that is|it'?s|its) not true|not really (?:fine|ok|okay|safe)|(?:i'?m|im|i am)(?: really| actually| honestly)? not (?:fine|ok|okay|alright|all right|safe|good)|actually no|not fine at all)\b`,
);

/**
 * For the message straight after a flow wound down (`state` is that closed flow): when it takes back
 * being safe or fine ("actually no im not fine"), the flow is taken up again at the level it had,
 * its questions asked afresh; otherwise null, and the conversation goes on as usual.
 */
export function reopenCrisis(input: CrisisInput): { reply: string; state: CrisisState } | null {
  const closed = input.state;
  if (!closed || closed.phase !== "closed" || levelRank(input.screening.level) > 0) return null;
  if (!TAKEN_BACK.test(normaliseAnswer(input.text))) return null;
  const reopened: CrisisState = { ...closed, phase: "active", active: true, asked: [], pending: null };
  return riskReply({ ...input, screening: flowScreening(closed), state: reopened });
}

const LISTEN = [
  "Thank you for telling me more.",
  "I'm listening.",
  "I hear you.",
  "Thank you for staying and talking with me.",
];
const INVITE = [
  "Would you like to say more about that?",
  "What has that been like for you?",
  "What feels most important to you in that?",
  "How does it feel to put that into words?",
];
const REMIND = [
  "The helplines are still on the card whenever you want them.",
  "If it gets too much at any point, the people on the card are there day and night.",
];

/**
 * Maia staying present during a flow when the message needs no crisis-specific answer: listens,
 * invites more, keeps the helplines in reach, and asks once whether the person is safe, which is
 * how a flow can close kindly when the conversation has moved on.
 */
function listen(input: CrisisInput, state: CrisisState | null): { reply: string; state: CrisisState } {
  const base: CrisisState = state ?? merge(null, { level: "concern", categories: [], subject: "self" });
  const p = picker(input.seed, base);
  if (!crisisActive(base)) {
    const reply = joinReply([p.pick("listen", LISTEN), p.pick("invite", INVITE)]);
    return { reply: notLikeLast(reply, input.turns, () => `${LISTEN[0]} ${INVITE[1]}`), state: base };
  }
  // "Are you safe" is about the writer's own life: not asked of someone who fears hurting another.
  const othersOnly = base.categories.length === 1 && base.categories[0] === "harm_to_others";
  const ask = !base.asked.includes("safe") && base.subject === "self" && !othersOnly ? "safe" : null;
  const parts = [
    p.pick("listen", LISTEN),
    youngLine(input, helpFor(input), base),
    ask ? null : p.pick("invite", INVITE),
  ];
  if (ask)
    parts.push(
      p.pick("q.safe.listen", [
        "Before we go on, can I check: are you safe right now?",
        "Can I just check in: are you safe right now?",
      ]),
    );
  else if (base.replies % 2 === 1) parts.push(p.pick("remind", REMIND));
  const reply = joinReply(parts);
  return {
    reply: notLikeLast(reply, input.turns, () => joinReply([LISTEN[1], INVITE[2]])),
    state: finish(base, p, ask ?? base.pending, base.phase),
  };
}

const REPLACEMENT = [
  "I'd like to take back what I was about to say; I don't think it would have helped. What matters is you. What feels most important right now?",
  "Let me pause and come back to you rather than say something unhelpful. How are you feeling as you write this?",
  "I want to be careful with my words here. Can you tell me a bit more about what this is like for you?",
];

/**
 * The reply to show instead of a model reply that screenReply flagged. Inside a crisis flow it is
 * a crisis reply (helplines named); otherwise a gentle return to the person. Never repeats Maia's
 * previous words.
 */
export function safeReplacementReply(input: {
  turns: CrisisTurn[];
  seed: string;
  country: string | null | undefined;
  state?: CrisisState | null;
  directory?: HelplineDirectory;
}): string {
  const state = input.state ?? null;
  if (crisisActive(state)) {
    const screening = flowScreening(state);
    return compose({ ...input, screening, state, text: "" }, state, "replace").reply;
  }
  const p = picker(input.seed, null);
  const first = p.pick("replace", REPLACEMENT);
  const help = "If things feel heavy, Get help now has people you can talk to, any time.";
  return notLikeLast(
    `${first} ${help}`,
    input.turns,
    () => `${REPLACEMENT[(REPLACEMENT.indexOf(first) + 1) % REPLACEMENT.length]} ${help}`,
  );
}
