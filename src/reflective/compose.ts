/**
 * The composer: Maia's next reply from the conversation so far, practising OARS (open
 * questions, affirmations, reflections, summaries) in the spirit of Motivational
 * Interviewing. It reflects more than it asks, asks at most one open question and never
 * the same one twice, names a pattern only after asking, gives options only after
 * permission, meets flat or unusual messages calmly, and varies how replies open. It has
 * no memory beyond the turns it is given: what it said before is read back from its own
 * earlier replies, so any conversation can be resumed. Deterministic for a given seed.
 */
import { detectThemes, themesOf as sharedThemes, type ThemeScore } from "./detect.js";
import {
  AFFIRMATION_MARK,
  FEELING_NOUN,
  FEELING_REFLECTIONS,
  affirmationFor,
  directQuestion,
  withoutDirectQuestion,
  type DirectQuestionKind,
  feelingWordsIn,
  feelingsIn,
  isAdviceRequest,
  isAgreement,
  isChangeTalk,
  isFeelingList,
  isNo,
  isSustainTalk,
  isYes,
  scaleAnswer,
} from "./language.js";
import { meaningReflections } from "./meaning.js";
import { asPartOfYou, turnPerspective } from "./perspective.js";
import { seededRandom, type Random } from "./random.js";
import {
  capitalise,
  classifyInput,
  clauses,
  isShouting,
  sentences,
  stripFiller,
  tidy,
  words,
} from "./text.js";
import { THEMES, themeById, type Theme } from "./themes.js";

export type Author = "person" | "maia";
export interface Turn {
  author: Author;
  text: string;
}
export type UtteranceKind =
  | "simple_reflection"
  | "complex_reflection"
  | "double_sided_reflection"
  | "open_question"
  | "closed_question"
  | "affirmation"
  | "summary"
  | "permission"
  | "information"
  | "options"
  | "support";
export interface Utterance {
  kind: UtteranceKind;
  text: string;
}
export interface ReflectiveReply {
  text: string;
  utterances: Utterance[];
  themes: ThemeScore[];
}

/** Longest text the composer reads from one message; beyond this, the start and end. */
const MAX_INPUT = 8000;
const WORD_LIMIT = 80;
const SUMMARY_EVERY = 4;

// Phrases that let the composer recognise, from its own earlier replies, what it offered.
const PATTERN_ASKS = [
  "Can I share something I'm noticing?",
  "Would it be all right if I shared something I'm noticing?",
];
const OPTIONS_ASKS = [
  "Would it help if I shared a few things other people have found useful? You're free to take or leave any of them.",
  "I could share a few options other people have found useful, if you'd like. Would that help?",
];
const SCALE_ASK = "Or, if numbers are easier: where is today, from 1 (the worst it gets) to 10 (the best)?";
const FEELING_LISTS = [
  "If it's easier, which of these comes closest: tired, flat, tense, sad, numb, angry, or something else?",
  "If words are hard to find, would any of these fit: heavy, restless, empty, scared, fed up, okay?",
];
const SUMMARY_MARK =
  /^(?:Putting together what you've said|Taking it all together|Pulling the threads together)/;
const PATTERN_MARK = /something i'm noticing/i;
const OPTIONS_MARK = /(?:a few things other people have found useful|a few options other people)/i;
const SCALE_MARK = /from 1 \(the worst/i;

/** Stock reflections: the last resort when nothing in the message gives a handle. */
export const GENERIC_COMPLEX: readonly string[] = [
  "It sounds like there's more underneath this than the words can carry.",
  "That sounds like it's been sitting with you for a while.",
  "There's something heavy in the way you put that.",
  "It sounds as if this matters more than it might look from the outside.",
  "That sounds hard to hold on your own.",
  "It sounds like you've been turning this over a lot.",
  "Something in this seems to have stayed with you.",
  "It sounds like part of you is still working out what to make of it.",
  "That seems to touch on something that runs deep.",
  "There's a lot of honesty in how plainly you put that.",
  "It sounds like this has cost you more than you usually let on.",
  "Underneath that, there seems to be a wish for something to be different.",
  "That sounds like a lot to have been carrying quietly.",
];

const CONTINUE_COMPLEX = [
  "Something in that seems to have landed.",
  "It sounds like that fits, at least in part.",
  "That seems to ring true for you.",
  "It sounds like that touched on something real.",
  "It seems as if that's been there for a while, under the surface.",
];

const CHANGE_COMPLEX = [
  "That sounds like something that really matters to you.",
  "There's a real wish for something different in that.",
  "It sounds like something in you is ready to try.",
  "That sounds like a step you've been thinking about for a while.",
  "There's some hope in that, even if it's cautious.",
];

const SHOUT_COMPLEX = [
  "There's a lot of force in that, and it sounds like it's been building.",
  "That came out with real force, and it sounds like it needed to.",
];

const LONG_COMPLEX = [
  "There's a great deal in this, and it sounds like it's been building up for a while.",
  "You've poured a lot out here, and it sounds like it needed somewhere to go.",
];

const GENERIC_QUESTIONS = [
  "What's that been like for you?",
  "What feels most important about that right now?",
  "What would you like to be different?",
  "What's the hardest part of it?",
  "What do you notice in yourself as you write this?",
  "How long has it felt like this?",
  "What would help, even a little?",
  "What do you think is underneath it?",
  "What would you want someone to understand about this?",
  "What's it like to put it into words here?",
  "Which part of that matters most to you?",
  "What gets in the way?",
  "How do you make sense of it?",
  "What would a small change look like?",
  "What has helped before, even a little?",
  "What did that leave you feeling?",
];

const CHANGE_QUESTIONS = [
  "What would make that feel possible?",
  "What would be the first small sign that it was working?",
  "How would you like it to go?",
  "What makes that important to you now?",
  "What would help you take that step?",
];

const SUMMARY_QUESTIONS = [
  "What stands out for you, hearing it together?",
  "When you see it laid out like that, what do you notice?",
  "Which part of that feels most important right now?",
  "What's missing from that picture?",
];

const SCALE_QUESTIONS = [
  "What stops it from being lower?",
  "What would move it one point up?",
  "What would a slightly better day look like?",
];

const HANDBACK_QUESTIONS = [
  "Which of those, if any, feels like it might fit you?",
  "What do you make of those?",
  "Which, if any, feels closest to something you'd want?",
];

const FLAT_SUPPORT = [
  "No need to find the right words.",
  "That's okay; there's no pressure to say more.",
  "Fair enough. Some days there isn't much to say.",
  "That's all right. Short answers are fine here.",
];

const FLAT_COMPLEX = [
  "Sometimes things are too much, or too flat, to put into words.",
  "It sounds like there isn't much to reach for right now.",
  "It might be that it's hard to know what you feel at the moment.",
];

const GENERAL_OPTIONS = [
  "telling your therapist some of what you've written here, in whatever words come",
  "writing it down first and bringing the note to your next session",
  "asking to revisit what you're both working towards, and how",
  "looking at a different format or approach, if this one doesn't fit",
];

const GENERAL_OPENER =
  "I've been thinking about how our sessions are going, and I'd like to talk about what might be getting in the way. Could we look at it together?";

/** Words that must never be mirrored back verbatim: crisis language and swearing. */
const UNSAFE_TO_ECHO =
  /\b(?:kill|suicid\w*|die|dying|dead|end it|hurt myself|harm myself|self[- ]harm|cut myself|overdose|od|fuck\w*|shit\w*|cunt|bitch|bastard|dick|wank\w*|slag|retard\w*|pills)\b/i;

interface History {
  maiaTexts: string[];
  personTexts: string[];
  askedQuestions: string[][];
  usedSentences: Set<string>;
  lastMaia: string;
  lastOpening: string;
  openingsRecent: string[];
  patternAsked: boolean;
  lastReplyHadQuestion: boolean;
  lastReplyHadAffirmation: boolean;
  flatCount: number;
  usedList: boolean;
  usedScale: boolean;
}

function normaliseSentence(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function opening(text: string): string {
  return words(text).slice(0, 2).join(" ");
}

/** One earlier reply, read once: its sentences normalised, and the words of its questions. */
interface ReadReply {
  said: readonly string[];
  questions: readonly string[][];
}
/**
 * Earlier replies are re-read on every turn of a conversation; reading each once keeps the
 * per-reply work and garbage flat as conversations grow, so collection pauses stay rare.
 */
const readReplies = new Map<string, ReadReply>();
const READ_LIMIT = 4000;

function readReply(text: string): ReadReply {
  let read = readReplies.get(text);
  if (read === undefined) {
    const said: string[] = [];
    const questions: string[][] = [];
    for (const s of sentences(text)) {
      said.push(normaliseSentence(s));
      if (s.trim().endsWith("?")) questions.push(words(s));
    }
    read = { said, questions };
    if (readReplies.size >= READ_LIMIT) readReplies.clear();
    readReplies.set(text, read);
  }
  return read;
}

function readHistory(turns: Turn[]): History {
  const maiaTexts: string[] = [];
  const personTexts: string[] = [];
  for (const t of turns) (t.author === "maia" ? maiaTexts : personTexts).push(t.text);
  const askedQuestions: string[][] = [];
  const usedSentences = new Set<string>();
  for (const text of maiaTexts) {
    const read = readReply(text);
    for (const n of read.said) usedSentences.add(n);
    for (const q of read.questions) askedQuestions.push(q);
  }
  const lastMaia = maiaTexts[maiaTexts.length - 1] ?? "";
  const prevMaia = maiaTexts[maiaTexts.length - 2] ?? "";
  return {
    maiaTexts,
    personTexts,
    askedQuestions,
    usedSentences,
    lastMaia,
    lastOpening: opening(lastMaia),
    openingsRecent: [opening(lastMaia), opening(prevMaia)].filter(Boolean),
    patternAsked: maiaTexts.some((t) => PATTERN_MARK.test(t)),
    lastReplyHadQuestion: /\?/.test(lastMaia),
    lastReplyHadAffirmation: false,
    flatCount: personTexts.slice(0, -1).filter((t) => classifyInput(t) === "flat").length,
    usedList: maiaTexts.some((t) => FEELING_LISTS.some((l) => t.includes(l))),
    usedScale: maiaTexts.some((t) => SCALE_MARK.test(t)),
  };
}

function jaccard(a: string[], b: string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / (A.size + B.size - inter || 1);
}

/** Builds one reply, keeping track of what has been used in it and before it. */
class ReplyBuilder {
  readonly utterances: Utterance[] = [];
  constructor(
    private readonly history: History,
    private readonly rng: Random,
  ) {}

  private used(text: string): boolean {
    const n = normaliseSentence(text);
    return this.history.usedSentences.has(n) || this.utterances.some((u) => normaliseSentence(u.text) === n);
  }

  private questionRepeats(text: string): boolean {
    const w = words(text);
    return (
      this.history.askedQuestions.some((q) => jaccard(q, w) >= 0.6) ||
      this.utterances.some((u) => u.text.endsWith("?") && jaccard(words(u.text), w) >= 0.6)
    );
  }

  private openingClashes(text: string): boolean {
    if (this.utterances.length > 0) return false;
    return this.history.openingsRecent.includes(opening(text));
  }

  get hasQuestion(): boolean {
    return this.utterances.some((u) => u.kind === "open_question" || u.kind === "closed_question");
  }

  /** Adds the first candidate that is new to the conversation and opens differently. */
  add(kind: UtteranceKind, candidates: readonly string[], options: { shuffle?: boolean } = {}): boolean {
    const list = options.shuffle === false ? candidates : this.rng.shuffle(candidates);
    const isQuestion = kind === "open_question" || kind === "closed_question" || kind === "permission";
    if (isQuestion && this.hasQuestion) return false;
    // Two sentences of one reply opening alike ("It sounds like … It sounds like …") read as a
    // formula: a candidate that opens differently is taken first, one that does not only if no other fits.
    const openings = new Set(this.utterances.map((u) => opening(u.text)));
    for (const alike of [false, true]) {
      for (const text of list) {
        if (text.trim().length === 0 || this.used(text) || this.openingClashes(text)) continue;
        if (isQuestion && this.questionRepeats(text)) continue;
        if (openings.has(opening(text)) !== alike) continue;
        this.utterances.push({ kind, text });
        return true;
      }
    }
    return false;
  }

  /** Like add, but puts the utterance first in the reply, so it must open differently too. */
  addFirst(kind: UtteranceKind, candidates: readonly string[]): boolean {
    for (const text of this.rng.shuffle(candidates)) {
      if (text.trim().length === 0 || this.used(text)) continue;
      if (this.history.openingsRecent.includes(opening(text))) continue;
      this.utterances.unshift({ kind, text });
      return true;
    }
    return false;
  }

  wordCount(): number {
    return this.utterances.reduce((n, u) => n + u.text.split(/\s+/).length, 0);
  }

  /** Drops the least essential utterances until the reply is under the limit. */
  trimTo(limit: number): void {
    const order: UtteranceKind[] = ["affirmation", "support", "simple_reflection", "complex_reflection"];
    for (const kind of order) {
      while (this.wordCount() > limit && this.utterances.filter((u) => u.kind === kind).length > 0) {
        const reflections = this.utterances.filter((u) => u.kind.endsWith("reflection"));
        if (kind.endsWith("reflection") && reflections.length <= 1) break;
        const i = this.utterances.findIndex((u) => u.kind === kind);
        this.utterances.splice(i, 1);
      }
    }
  }
}

/** A clause of the person's message that can be mirrored back, already turned round. */
interface Mirror {
  source: string;
  turned: string;
  score: number;
  /** The person is the subject or owner ("I ...", "my ..."), so it reads as "you ...". */
  firstPerson: boolean;
  /** Worth a place in a summary: first person, a full thought, not an elliptical "I do". */
  summarisable: boolean;
}

/**
 * Every mirrorable clause of a text, in the order found, before the check against what was
 * already said: the composer and the memory summary ask about the same earlier turns on
 * every reply, so each text is read once.
 */
const clausesRead = new Map<string, readonly Readonly<FoundClause>[]>();
const CLAUSES_LIMIT = 2000;

/** The clauses of a message that can be mirrored, best first. */
export function mirrorableClauses(text: string, alreadySaid: readonly string[] = []): Mirror[] {
  let all = clausesRead.get(text);
  if (all === undefined) {
    all = readClauses(text);
    if (clausesRead.size >= CLAUSES_LIMIT) clausesRead.clear();
    clausesRead.set(text, all);
  }
  const said = alreadySaid.map((s) => s.toLowerCase());
  // Filtering keeps the order found, and the sort is stable: the same list as sorting first.
  return all
    .filter((m) => !said.some((s) => s.includes(m.lowerTurn)))
    .map(({ source, turned, score, firstPerson, summarisable }) => ({
      source,
      turned,
      score,
      firstPerson,
      summarisable,
    }))
    .sort((a, b) => b.score - a.score);
}

/** A mirrorable clause with what is compared against earlier replies (its turn, lower-cased). */
interface FoundClause extends Mirror {
  lowerTurn: string;
}

function readClauses(text: string): FoundClause[] {
  const out: FoundClause[] = [];
  const all = sentences(tidy(text));
  // A very long message: the opening and the closing sentences carry most of it, and
  // reading every one would make a huge message slow to answer.
  const sents = all.length > 16 ? [...all.slice(0, 6), ...all.slice(-10)] : all;
  sents.forEach((sentence, si) => {
    if (sentence.trim().endsWith("?")) return;
    for (const raw of clauses(sentence)) {
      const clause = stripFiller(raw);
      const n = words(clause).length;
      if (n < 3 || n > 18 || UNSAFE_TO_ECHO.test(clause) || /["“”]|(?:^|\s)'[^']+'(?:\s|$)/.test(clause))
        continue;
      if (!/[a-z]/i.test(clause) || /\d{3,}|https?:|[{}<>=;]/.test(clause)) continue;
      // Doubled words ("i i i am am") are noise, and an "I should" or "I have to" would turn
      // into Maia telling the person what they should do.
      if (
        /\b(\w+)\s+\1\b/i.test(clause) ||
        /\b(?:should|must|ought|have to|has to|need to|got to|gotta)\b/i.test(clause)
      )
        continue;
      // Someone else's suggestion ("she said we could try writing") would read as Maia's advice.
      if (/\b(?:could|might|can) try\b|\btry (?:to|and)\b/i.test(clause) && !/^(?:maybe )?i\b/i.test(clause))
        continue;
      // A clause that opens with a bare verb reads as an order once mirrored ("Go back as ...").
      if (
        /^(?:go|get|be|do|make|stop|start|take|tell|try|keep|come|give|let|see|say|look|talk|think|just|put|bring|ask|call|leave|find|write)\b/i.test(
          clause,
        )
      )
        continue;
      // A bare "not like that" or "yeah exactly" is an answer, not a thought to say back as Maia's.
      if (n < 5 && /^(?:not|no(?! ?one\b)|nope|nah|yes|yeah|yep|ok|okay)\b/i.test(clause)) continue;
      // A means or a place of harm is never said back ("you have a rope in your room"): safe
      // messaging repeats no method, means or place, whatever the screener made of the message.
      if (MEANS_OR_PLACE.test(clause)) continue;
      // Questions typed without a question mark ("what should i do") are not statements to mirror.
      if (
        /^(?:what|how|why|when|where|who|which|should|could|would|can|do|does|did|is|are|am|will)\b/i.test(
          clause,
        )
      )
        continue;
      // "i want us to agree" would come back as "you want you to agree": whose "us" is unclear.
      if (/\b(?:i|i'm|i've|i'd|i'll|me|my)\b/i.test(clause) && /\b(?:us|we|we're|our)\b/i.test(clause))
        continue;
      const turned = turnPerspective(clause.toLowerCase().replace(/^i\b/, "i"));
      if (turned === null) continue;
      const lower = clause.toLowerCase();
      let score = 0;
      if (/^(?:i|i'm|i've|i'd|i'll|my|we)\b/.test(lower)) score += 3;
      else if (/\b(?:i|i'm|i've|my|me)\b/.test(lower)) score += 1.5;
      if (feelingsIn(lower).length > 0) score += 2;
      if (sharedThemes(lower).length > 0) score += 2;
      if (isChangeTalk(lower)) score += 1.5;
      score -= Math.max(0, n - 12) * 0.3;
      if (si === sents.length - 1) score += 0.5;
      const firstPerson = /\b(?:i|i'm|i've|i'd|i'll|my|me|we|myself)\b/.test(lower);
      const summarisable =
        firstPerson && n >= 4 && !/\b(?:do|don't|am|was|can|can't|will|would|did|is|are)$/.test(lower);
      // "its" typed for "it's" ("maybe its you") is written out as meant.
      const tidied = withSubject(
        turned
          .replace(/\s+/g, " ")
          .trim()
          .replace(
            /\bits (?=(?:you|me|not|so|just|a|the|all|fine|ok|okay|too|been|my|your|like|over|hard|really|always|never|getting|going)\b)/gi,
            "it's ",
          ),
      );
      out.push({
        source: clause,
        turned: tidied,
        score,
        firstPerson,
        summarisable,
        lowerTurn: turned.toLowerCase(),
      });
    }
  });
  return out;
}

const MEANS_OR_PLACE =
  /\b(?:ropes?|noose|ligature|belt|cord|pills?|tablets?|paracetamol|overdose|od|knife|knives|blades?|razors?|guns?|rifle|bridge|cliff|ledge|rooftop|roof|tracks|railway|platform|bleach|poison|weedkiller|antifreeze|charcoal|hose|exhaust|insulin|hang|hanging|jump|jumping)\b/i;

const IMPLIED_SUBJECT_VERB =
  /^(?:\w+ed|went|got|had|felt|told|said|left|quit|did|didn't|can't|couldn't|don't|haven't|won't|wouldn't|keep|kept|hate|love|need|want|think|feel|know|just)\b/i;
const HAS_SUBJECT =
  /^(?:you|you're|you've|you'd|you'll|your|she|she's|he|he's|they|they're|it|it's|there|there's|that|that's|this|the|a|an|everyone|everybody|nobody|no one|someone|people|everything|nothing|school|work|therapy|sessions?|if|when|every|after|maybe|at|in)\b/i;

/** Phone messages often drop "I" ("cancelled again"); mirrored, that reads best with "you". */
function withSubject(turned: string): string {
  if (HAS_SUBJECT.test(turned)) return turned;
  if (IMPLIED_SUBJECT_VERB.test(turned)) return `you ${turned}`;
  return turned;
}

// A verdict the person passes on themselves ("i'm such a failure", "i ruin everything", "everyone
// hates me"): mirrored plainly, it would be Maia saying it ("You're such a failure."), so it is
// reflected as what they feel or believe, never as a fact.
const HARSH = String.raw`(?:failure|failures|terrible|awful|horrible|worthless|useless|stupid|disgusting|pathetic|a mess|broken|unlovable|a burden|a waste|too much|not good enough|weak|ugly|a bad person|the problem|a disappointment|a joke|an idiot|a loser|evil|selfish|lazy|hopeless|ruin|ruins|ruined|mess up|screw up|fuck up|can't do anything right|never do anything right)`;
const VERDICT = new RegExp(
  String.raw`^(?:you're|you are|you've always been|you were always|you'll always be|you)\b.*\b${HARSH}\b|^(?:everyone|everybody|people|they all) (?:hates?|can't stand|is sick of|are sick of) you\b|^(?:nobody|no one) (?:likes|loves|wants|cares about) you\b`,
  "i",
);
// Someone else's verdict, told ("your therapist thinks you're hopeless"): reflected as what was told.
const VERDICT_TOLD = new RegExp(
  String.raw`^(?:your \w+|he|she|they)\b.*\b(?:thinks?|says?|said|believes?|told you|calls? you|called you)\b.*\b${HARSH}\b`,
  "i",
);

// Blame the person lays on themselves ("maybe its me", "it's all my fault"): never agreed with.
const SELF_BLAME =
  /^(?:maybe |perhaps |probably |i think )?(?:it's|it is|it was) (?:just |all |really )?you\b|^(?:the problem is|the problem's) you\b/i;
const OWN_FAULT =
  /^(?:maybe |perhaps |probably )?(?:it's|it is|it was) (?:all |really )?your (?:own )?fault\b/i;

function simpleReflectionTexts(turned: string): string[] {
  const c = withSubject(turned);
  if (OWN_FAULT.test(c))
    return [
      "It sounds like you blame yourself for this.",
      "Part of you holds yourself responsible for all of it.",
    ];
  if (SELF_BLAME.test(c))
    return [
      "It sounds like you've started to wonder whether the problem is you.",
      "Part of you wonders whether it's you.",
    ];
  // Already said as a feeling or a fear ("you feel disgusting", "you're scared it'll ruin it"): no
  // second "you feel" is put round it.
  if (
    VERDICT.test(c) &&
    !/^you(?:'re| are)? (?:scared|afraid|worried|terrified|frightened|feel|felt|worry)\b/i.test(c)
  )
    return [`It sounds like you feel ${c}.`, `Right now it feels as if ${c}.`, `Part of you believes ${c}.`];
  if (VERDICT_TOLD.test(c)) return [`It sounds like ${c}.`, `From what you've written, ${c}.`];
  if (!HAS_SUBJECT.test(c)) return [`${capitalise(c)}.`];
  const list = [`${capitalise(c)}.`, `From what you've written, ${c}.`, `It sounds like ${c}.`];
  if (!/\bso\b/i.test(c)) list.push(`So ${c}.`);
  if (/^you\b/i.test(c)) list.push(`What comes across is that ${c}.`);
  return list;
}

function themesOf(texts: readonly string[]): ThemeScore[] {
  const seen = new Map<string, number>();
  for (const t of texts)
    for (const s of sharedThemes(t)) seen.set(s.theme, Math.max(seen.get(s.theme) ?? 0, s.confidence));
  return [...seen]
    .map(([theme, confidence]) => ({ theme, confidence }))
    .sort((a, b) => b.confidence - a.confidence);
}

/** Themes across the whole conversation: how often each came up, recent ones first on ties. */
function conversationThemes(perTurn: readonly (readonly ThemeScore[])[]): Theme[] {
  const score = new Map<string, number>();
  perTurn.forEach((scores, i) => {
    for (const s of scores) score.set(s.theme, (score.get(s.theme) ?? 0) + 1 + i / 100);
  });
  const ranked = [...score].sort((a, b) => b[1] - a[1]).map(([theme, confidence]) => ({ theme, confidence }));
  const themes = themeObjects(ranked);
  return [...themes.filter((t) => t.group !== "everyday"), ...themes.filter((t) => t.group === "everyday")];
}

function themeObjects(scores: readonly ThemeScore[]): Theme[] {
  return scores.map((s) => themeById(s.theme)).filter((t): t is Theme => t !== undefined);
}

/** The doubting side, when the person puts it in a word or two ("scary though", "might not"). */
function ellipticalDoubt(clause: string): string | null {
  if (/\b(?:scary|scared|terrifying|frightening|terrified)\b/.test(clause)) return "finds it scary";
  if (/\b(?:hard|difficult)\b/.test(clause)) return "knows how hard it could be";
  if (
    /\b(?:might not|may not|maybe not|not sure|don't know|dunno|idk|doubt|we'll see|probably not)\b/.test(
      clause,
    ) ||
    /^(?:maybe )?(?:i'm|i am) not\b/.test(clause) ||
    /^(?:i )?also know\b/.test(clause)
  )
    return "isn't so sure";
  return null;
}

/** A side of the person, ready to follow "part of you", or null; short or odd ones give way to `fallback`. */
function side(clause: string, fallback: string | null): string | null {
  const trimmed = clause.replace(/\b(?:though|tho)$/, "").trim();
  // "maybe i'll go" is a might, not a will.
  const tentative = /^(?:maybe|perhaps|i think|i guess)\s+(?=i\b|i'll\b)/.exec(trimmed);
  const bare = tentative ? trimmed.slice(tentative[0].length).replace(/^i'll\b/, "i might") : trimmed;
  const p = asPartOfYou(bare);
  if (
    p === null ||
    words(p).length < 3 ||
    /\byourself$|\b(?:don't|doesn't|do not|can't|won't|not|is)$/.test(p)
  )
    return fallback;
  return p.replace(/^also /, "").replace(/ also /, " ");
}

const HEDGE_ONLY =
  /^(?:i think|i guess|i suppose|maybe|probably|not sure|i don't know|idk|dunno|i hope|hopefully)[\s.!?…]*$/;

/**
 * "Part of you X, and part of you Y" when the person holds both sides: in so many words
 * ("part of me… part of me…"), as wanting and not wanting in one message, as two feelings
 * at once, as two wants that pull apart, as a want followed by a hedge ("i want to go. i
 * think"), or as a short turn that answers their own last message ("scary though"). The
 * side leaning towards change comes last, so it is what stays with the person.
 */
function doubleSided(text: string, previous = ""): string | null {
  const lower = tidy(text).toLowerCase();
  if (UNSAFE_TO_ECHO.test(lower)) return null;
  const parts = lower.match(
    /part of me (.+?)(?:,\s*|\s+)(?:(?:and|but)\s+)?(?:another |the other )?part of me (.+?)(?:[.!?]|$)/,
  );
  if (parts) {
    const a = turnPerspective(stripFiller(parts[1]!));
    const b = turnPerspective(stripFiller(parts[2]!));
    if (a && b) return `Part of you ${a}, and part of you ${b}.`;
  }
  const feel = lower.match(
    /\bi (?:feel|felt) ([a-z' ]{3,30}?),? but (?:i )?(?:also )?(?:feel |felt )?((?:like )?[a-z' ]{3,40}?)[.!?]*$/,
  );
  if (feel) {
    const a = turnPerspective(feel[1]!.trim());
    const b = turnPerspective(feel[2]!.trim());
    if (a && b && !/\b(?:and|but)$/.test(a))
      return `Part of you feels ${a}, and part of you feels ${b.replace(/^also /, "")}.`;
  }
  const unsure = lower.match(
    /\b(?:don't know|not sure|can't decide) (?:if|whether) i (?:really )?want to ([a-z' ]{2,40})/,
  );
  if (unsure) {
    const rest = turnPerspective(unsure[1]!.replace(/\b(?:or not|anymore|any more)\b/g, "").trim());
    if (rest) return `It sounds like part of you might want to ${rest}, and part of you isn't sure yet.`;
  }
  let change: string | null = null;
  let sustain: string | null = null;
  let sustainFirstInText = false;
  let elliptical = false;
  let secondWant: string | null = null;
  const sents = sentences(tidy(text));
  for (const sentence of sents) {
    for (const raw of clauses(sentence)) {
      const clause = stripFiller(raw).toLowerCase();
      if (words(clause).length > 14) continue;
      if (sustain === null && isSustainTalk(clause)) {
        const p = asPartOfYou(clause);
        if (p) {
          sustain = p;
          sustainFirstInText = change === null;
          elliptical = /\b(?:don't|doesn't|do not|can't|won't|not)$/.test(p);
        }
      } else if (change === null && isChangeTalk(clause)) {
        const p = asPartOfYou(clause);
        if (p) change = p;
      } else if (
        change !== null &&
        secondWant === null &&
        isChangeTalk(clause) &&
        /^(?:but )?i (?:also|still)\b|\balso\b/.test(raw.toLowerCase())
      ) {
        secondWant = side(clause, null);
      }
    }
  }
  if (change !== null && sustain !== null) {
    // Change talk last, unless the sustain side only makes sense after it ("...but I also kind of don't").
    if (elliptical && !sustainFirstInText) return `Part of you ${change}, and part of you ${sustain}.`;
    return `Part of you ${sustain}, and part of you ${change}.`;
  }
  if (change !== null && secondWant !== null && secondWant !== change)
    return `Part of you ${change}, and part of you ${secondWant}.`;
  // A want, then a hedge as its own sentence: "i want to go. i think".
  if (change !== null && sents.length >= 2 && HEDGE_ONLY.test(sents[sents.length - 1]!.toLowerCase()))
    return `Part of you ${change}, and part of you isn't quite sure yet.`;
  // A short turn that answers the person's own last message from the other side.
  const prev = tidy(previous).toLowerCase();
  const short = words(lower).length <= 8;
  const plain = stripFiller(lower).toLowerCase();
  if (short && prev && !UNSAFE_TO_ECHO.test(prev)) {
    const turning =
      /^(?:but|though|although|except)\b|\b(?:though|tho)[.!?\s]*$/.test(lower) ||
      /\b(?:though|tho)$/.test(plain);
    const stripped = stripFiller(plain.replace(/\b(?:though|tho)$/, "")).toLowerCase();
    const prevChange = changeClause(prev);
    const doubt = ellipticalDoubt(stripped);
    if (prevChange && (turning || isSustainTalk(stripped)) && !isChangeTalk(stripped)) {
      const a = side(prevChange, null);
      const b = side(stripped, doubt) ?? (turning ? "isn't so sure" : null);
      if (a && b) return `Part of you ${b}, and part of you ${a}.`;
    }
    const prevDoubt = !changeClause(prev) && (isSustainTalk(prev) || ellipticalDoubt(prev) !== null);
    if (turning && prevDoubt && isChangeTalk(stripped)) {
      const a = side(stripped, null) ?? asPartOfYou(stripped);
      if (a) return `Part of you isn't so sure, and part of you ${a}.`;
    }
  }
  return null;
}

/** The first change-talk clause of a text, as written (lower case), if any. */
function changeClause(text: string): string | null {
  for (const sentence of sentences(tidy(text)))
    for (const raw of clauses(sentence)) {
      const clause = stripFiller(raw).toLowerCase();
      if (isChangeTalk(clause) && !isSustainTalk(clause) && !UNSAFE_TO_ECHO.test(clause)) return clause;
    }
  return null;
}

/** The change-talk clause of a message, turned round, if there is one. */
function changeTalk(text: string): string | null {
  for (const sentence of sentences(tidy(text))) {
    for (const raw of clauses(sentence)) {
      const clause = stripFiller(raw).toLowerCase();
      if (
        isChangeTalk(clause) &&
        !isSustainTalk(clause) &&
        !UNSAFE_TO_ECHO.test(clause) &&
        words(clause).length <= 16
      ) {
        const turned = turnPerspective(clause);
        if (turned) return turned;
      }
    }
  }
  return null;
}

function optionsReply(b: ReplyBuilder, themes: Theme[], rng: Random): void {
  const picked: string[] = [];
  for (const t of themes) {
    const o = t.options.find((x) => !picked.includes(x));
    if (o) picked.push(o);
    if (picked.length === 2) break;
  }
  for (const o of rng.shuffle(GENERAL_OPTIONS)) {
    if (picked.length >= 3) break;
    if (!picked.includes(o)) picked.push(o);
  }
  const [a, c, d] = picked;
  b.add("information", [
    "Here are a few things people in a similar place have found useful.",
    "A few things other people have found helpful, for what they're worth.",
  ]);
  b.add("options", [`Some options: ${a}; ${c}; or ${d}.`], { shuffle: false });
  const opener = themes[0]?.takeToTherapy ?? GENERAL_OPENER;
  b.add("information", [`If you did want to raise it, one way to open is: \u201c${opener}\u201d`], {
    shuffle: false,
  });
  b.add("support", ["You know your situation best, so none of these has to fit."]);
  b.add("open_question", HANDBACK_QUESTIONS);
}

const ANSWERS: Record<DirectQuestionKind, readonly string[]> = {
  makes_sense: ["Yes, it makes sense.", "It does make sense, yes.", "Yes. It makes a lot of sense."],
  normal: [
    "No, it doesn't sound strange at all. A lot of people who find therapy hard describe something very like it.",
    "Not at all. Plenty of people who have struggled with therapy say something very similar.",
  ],
  am_i: [
    "No, not from anything you've said.",
    "Not at all. It sounds like you're being a lot harder on yourself than this calls for.",
  ],
  opinion: [
    "Honestly, I can't know that for sure, and I'd only be guessing.",
    "I can't say for certain, and I don't want to pretend I can.",
  ],
  listening: ["Yes, I'm following.", "I'm here, and I'm following what you're saying."],
  can_help: [
    "I can't fix it, and I won't pretend to. What I can do is listen closely and help you think it through.",
    "I can't make it go away. I can listen, and help you put it into words and see it more clearly.",
  ],
};

const ANSWER_QUESTIONS: Record<DirectQuestionKind, readonly string[]> = {
  makes_sense: ["What made you wonder whether it would?", "How does it sound to you, now it's written down?"],
  normal: ["What makes you wonder whether it is?", "What would it mean if it were quite common?"],
  am_i: ["What makes you wonder whether you are?", "Whose voice does that question sound like?"],
  opinion: ["What's your own sense of it?", "What does your gut say?"],
  listening: ["What feels most important for me to understand?", "What would you like me to hear most?"],
  can_help: [
    "What would help look like to you right now?",
    "What were you hoping for when you started writing?",
  ],
};

/**
 * A straight answer to a question put to Maia, then what she has understood (from the
 * message, or from the one before when the question stands alone), then a question that
 * hands it back. Never a verdict on the person, and never a label.
 */
function answerDirectQuestion(
  b: ReplyBuilder,
  kind: DirectQuestionKind,
  rest: string,
  previous: string,
  history: History,
  rng: Random,
): void {
  b.add("information", ANSWERS[kind]);
  // An apology for rambling is not something to reflect back.
  const said = rest.replace(/^(?:sorry|soz)\b[^.!?]*[.!?]*\s*/i, "");
  const about = words(said).length >= 3 ? said : previous;
  const aboutLower = tidy(about).toLowerCase();
  const twoSides = doubleSided(about, about === said ? previous : "");
  if (!(twoSides && b.add("double_sided_reflection", [twoSides], { shuffle: false }))) {
    const mirror = mirrorableClauses(about, history.maiaTexts).find((m) => m.firstPerson);
    if (mirror && kind !== "listening") b.add("simple_reflection", simpleReflectionTexts(mirror.turned));
    else if (mirror)
      b.add("simple_reflection", [`What you've said is that ${mirror.turned}.`], { shuffle: false });
  }
  const pools: (readonly string[])[] = [
    ...themeObjects(detectThemes(about))
      .slice(0, 2)
      .map((t) => t.reflections),
    ...feelingsIn(aboutLower).map((f) => FEELING_REFLECTIONS[f]),
    meaningReflections(aboutLower),
  ];
  for (const pool of pools) if (pool.length > 0 && b.add("complex_reflection", pool)) break;
  if (!b.utterances.some((u) => u.kind.endsWith("reflection"))) b.add("complex_reflection", GENERIC_COMPLEX);
  if (!b.add("open_question", ANSWER_QUESTIONS[kind])) b.add("open_question", rng.shuffle(GENERIC_QUESTIONS));
}

function addQuestion(
  b: ReplyBuilder,
  themes: Theme[],
  feelings: ReturnType<typeof feelingsIn>,
  change: boolean,
  rng: Random,
): void {
  const feelingQs = feelings.flatMap((f) => [
    `What is the ${FEELING_NOUN[f]} like for you?`,
    `When does the ${FEELING_NOUN[f]} feel strongest?`,
  ]);
  const pools = [
    change ? CHANGE_QUESTIONS : [],
    ...themes.slice(0, 2).map((t) => t.questions),
    feelingQs,
    rng.shuffle(GENERIC_QUESTIONS),
  ];
  for (const pool of pools) if (pool.length > 0 && b.add("open_question", pool)) return;
}

/**
 * Maia's next reply. `turns` run oldest first; the last is the person's message being
 * answered. The same turns and seed always give the same reply.
 *
 * @example composeReply([{ author: "person", text: "i cancelled again" }], { seed: "a" }).text
 */
export function composeReply(turns: Turn[], options: { seed: string }): ReflectiveReply {
  const safeTurns: Turn[] = (Array.isArray(turns) ? turns : [])
    .filter((t) => t !== null && typeof t === "object")
    .map((t) => ({
      author: t.author === "maia" ? "maia" : "person",
      text: typeof t.text === "string" ? t.text : String(t.text ?? ""),
    }));
  const last = safeTurns[safeTurns.length - 1];
  if (last === undefined || last.author !== "person") safeTurns.push({ author: "person", text: "" });
  const rawMessage = safeTurns[safeTurns.length - 1]!.text;
  const message =
    rawMessage.length > MAX_INPUT
      ? `${rawMessage.slice(0, MAX_INPUT / 2)}\n${rawMessage.slice(-MAX_INPUT / 2)}`
      : rawMessage;
  const history = readHistory(safeTurns);
  const rng = seededRandom(`${options?.seed ?? ""}|${safeTurns.length}|${message.length}`);
  const b = new ReplyBuilder(history, rng);
  const kind = classifyInput(message);
  const shouting = isShouting(message);
  const working = shouting ? message.toLowerCase() : message;
  const themes = detectThemes(working);
  const recentPerson = history.personTexts.slice(-3);
  const convoThemes = themeObjects(themesOf([working, ...recentPerson.slice(0, -1).reverse()]));
  const currentThemes = themeObjects(themes);
  const personCount = history.personTexts.length;
  // Themes of every person turn, worked out once: several decisions below need them.
  const perTurn = history.personTexts.map((t, i) => (i === personCount - 1 ? themes : sharedThemes(t)));
  const lower = tidy(working).toLowerCase().trim();
  const previousPerson = history.personTexts[personCount - 2] ?? "";

  const done = (): ReflectiveReply => {
    if (b.utterances.length === 0)
      b.utterances.push({ kind: "support", text: "I'm here, and I'm listening." });
    const optionsReplyGiven = b.utterances.some((u) => u.kind === "options");
    if (!optionsReplyGiven) b.trimTo(WORD_LIMIT);
    return { text: b.utterances.map((u) => u.text).join(" "), utterances: b.utterances, themes };
  };

  // 1. Input that needs a different kind of reply.
  if (kind === "empty") {
    b.add("support", [
      "Nothing came through that time, and that's fine.",
      "That one arrived empty, which is fine.",
    ]);
    b.add("support", [
      "Whenever you're ready, a word or two is plenty.",
      "There's no rush; write as much or as little as you like.",
    ]);
    return done();
  }
  if (kind === "code") {
    b.add("support", [
      "That looks like code rather than words about you, and I'm not much use with code.",
      "That reads like a piece of code, which is outside what I can help with.",
    ]);
    b.add("support", ["If something else is on your mind, I'm here for that."]);
    b.add("open_question", ["What's been going on for you today?", "What's on your mind at the moment?"]);
    return done();
  }
  if (kind === "non_english") {
    b.add("support", [
      "I can only reply well in English for now, and I'm sorry that's a limit.",
      "I'm only able to reply properly in English at the moment, and I'm sorry about that.",
    ]);
    b.add("support", [
      "If you'd like to try a few words in English, even simple ones, I'll read them carefully.",
      "Writing in your own language can still help on its own, and a few words in English are welcome whenever you like.",
    ]);
    return done();
  }
  if (kind === "abusive") {
    b.add("complex_reflection", [
      "It sounds like this isn't giving you what you need, and that's frustrating when things are already hard.",
      "You're fed up with this, and it sounds like you've had enough of things not helping.",
      "It sounds like nothing is landing right now, including this.",
    ]);
    b.add("support", ["That's fair to say.", "It's all right to say that here."]);
    b.add("open_question", [
      "What would be more useful right now?",
      "What were you hoping for when you wrote?",
    ]);
    return done();
  }
  if (/^(?:sorry|soz|sorry about that|i'm sorry|sorry for that)[\s.!]*$/i.test(lower)) {
    b.add("support", ["No need to apologise.", "There's nothing to apologise for."]);
    b.add("complex_reflection", [
      "Frustration makes a lot of sense when so much hasn't worked.",
      "It sounds like a lot of frustration has been building up.",
    ]);
    return done();
  }

  // 2. Answers to something Maia offered in the previous reply.
  const askedPattern = PATTERN_MARK.test(history.lastMaia);
  const askedOptions = OPTIONS_MARK.test(history.lastMaia);
  if ((askedPattern || askedOptions) && isYes(lower)) {
    if (askedOptions) {
      optionsReply(b, conversationThemes(perTurn), rng);
      return done();
    }
    const theme = conversationThemes(perTurn)[0];
    const prompt = theme?.teachablePrompt ?? THEMES[0]!.teachablePrompt;
    const parts = sentences(prompt);
    const question = parts.filter((s) => s.endsWith("?")).join(" ");
    b.add("information", [parts.filter((s) => !s.endsWith("?")).join(" ")], { shuffle: false });
    b.add("support", ["It may not fit at all, and you're the best judge of that."]);
    if (question) b.add("open_question", [question], { shuffle: false });
    return done();
  }
  if ((askedPattern || askedOptions) && isNo(lower)) {
    b.add("support", [
      "That's completely fine; it can wait, or not come up at all.",
      "Of course. We can leave that to one side.",
    ]);
    b.add("complex_reflection", [
      "It sounds like what matters more right now is being heard, not being handed anything.",
      "You know what you need at the moment, and that counts.",
    ]);
    return done();
  }
  const scale = scaleAnswer(lower);
  if (scale !== null) {
    const where =
      scale <= 3
        ? `A ${scale}: so today is down near the bottom.`
        : scale <= 6
          ? `A ${scale}: somewhere in the middle, not the worst and not good either.`
          : `A ${scale}: better than it might have sounded.`;
    b.add("simple_reflection", [where], { shuffle: false });
    b.add("complex_reflection", [
      scale <= 3
        ? "That sounds like a heavy day to get through."
        : scale <= 6
          ? "It sounds like a flat, getting-by kind of place."
          : "Something seems to be going a bit better today.",
    ]);
    b.add("open_question", SCALE_QUESTIONS);
    return done();
  }

  // 3. Greetings, questions about Maia, thanks.
  if (
    /^(?:hi|hello|hey|hiya|good (?:morning|evening|afternoon)|evening|morning)\b/.test(lower) &&
    words(lower).length <= 8
  ) {
    b.add("support", [
      "Hello. There's no right way to do this: write as much or as little as you like, in whatever order it comes.",
      "Hi. Anything goes here, as short or as long as you like.",
    ]);
    b.add("open_question", ["What's been on your mind lately?", "What brings you here today?"]);
    return done();
  }
  if (
    /\b(?:what|who) (?:is|are) (?:this|you|maia)\b|what (?:is|does) this (?:app|thing|place)|are you (?:a )?(?:real|human|bot|ai|therapist)/.test(
      lower,
    )
  ) {
    b.add("information", [
      "I'm Maia, a companion for reflecting on what's going on, especially when therapy has been hard to use. I'm not a therapist or a crisis service; I listen and reflect back.",
    ]);
    b.add("open_question", ["What would you like to think through?", "What's been on your mind lately?"]);
    return done();
  }
  // Asking to leave a subject ("can we talk about something else", "i dont want to talk about it"):
  // Maia follows, without reading anything into it.
  if (
    /\b(?:talk about (?:something|anything) else|change (?:the )?subject|talk about other (?:stuff|things))\b/.test(
      lower,
    ) ||
    /^(?:i )?(?:don't|do not|dont) (?:want|wanna) (?:to )?talk about (?:it|this|that)(?: (?:anymore|any more|right now|now|today))?[.!]*$/.test(
      lower,
    )
  ) {
    b.add("support", ["Of course. We can leave that there.", "That's fine; we don't have to stay with it."]);
    b.add("open_question", [
      "What would you like to talk about instead?",
      "Where would you like to go from here?",
    ]);
    return done();
  }
  if (/\b(?:thanks|thank you|ty|cheers)\b/.test(lower) && words(lower).length <= 12) {
    b.add("support", ["Thank you for writing.", "Thank you for trusting this with me."]);
    b.add("affirmation", [
      "You've looked honestly at some hard things here.",
      "You've put real thought into this.",
    ]);
    b.add("support", [
      "I'll be here whenever you want to carry on.",
      "Come back whenever you want to pick it up again.",
    ]);
    return done();
  }

  // 4. Flat or very short replies: lower the pressure and offer another way to answer.
  if (kind === "emoji_only" || (kind === "flat" && !isAgreement(lower))) {
    b.add("support", FLAT_SUPPORT);
    if (!history.lastReplyHadQuestion || history.flatCount === 0) b.add("complex_reflection", FLAT_COMPLEX);
    if (!history.usedList) b.add("closed_question", FEELING_LISTS);
    else if (!history.usedScale) b.add("closed_question", [SCALE_ASK.replace(/^Or, if/, "If")]);
    else b.add("complex_reflection", FLAT_COMPLEX);
    return done();
  }

  // 5. A request for advice: permission first, then options on a yes.
  if (isAdviceRequest(lower)) {
    const theme = currentThemes[0] ?? convoThemes[0];
    b.add("complex_reflection", [
      ...(theme ? theme.reflections.slice(0, 2) : []),
      "It sounds like you're looking for a way forward that actually fits you.",
      "You want something you can actually do with this.",
    ]);
    b.add("permission", OPTIONS_ASKS);
    return done();
  }

  // 6. A question to Maia herself gets a straight answer first, then the reflection.
  const asked = directQuestion(lower);
  if (asked !== null) {
    answerDirectQuestion(b, asked, withoutDirectQuestion(working), previousPerson, history, rng);
    return done();
  }

  // 7. Every few turns, a summary in the person's own words.
  const summarisedRecently = history.maiaTexts.slice(-(SUMMARY_EVERY - 1)).some((t) => SUMMARY_MARK.test(t));
  const summaryDue =
    personCount >= SUMMARY_EVERY &&
    !summarisedRecently &&
    changeTalk(working) === null &&
    directQuestion(lower) === null &&
    !doubleSided(working, previousPerson);
  if (summaryDue) {
    const recent = history.personTexts.slice(-SUMMARY_EVERY);
    const items: string[] = [];
    for (const t of recent) {
      const best = mirrorableClauses(t, [...history.maiaTexts, ...items]).find((m) => m.summarisable);
      if (best && !items.includes(best.turned)) items.push(best.turned);
    }
    if (items.length >= 2) {
      const list = items.slice(-3);
      const joined =
        list.length === 2 ? `${list[0]}, and ${list[1]}` : `${list[0]}; ${list[1]}; and ${list[2]}`;
      const added = b.add("summary", [
        `Putting together what you've said: ${joined}.`,
        `Taking it all together: ${joined}.`,
      ]);
      if (added) {
        b.add("open_question", SUMMARY_QUESTIONS);
        if (b.wordCount() <= WORD_LIMIT) return done();
        b.utterances.length = 0;
      }
    }
  }

  // 8. Ordinary reply: reflect, perhaps affirm, perhaps ask one open question.
  const followUp = words(lower).length <= 5 || isAgreement(lower);
  const questionThemes = currentThemes.length > 0 ? currentThemes : followUp ? convoThemes : [];
  const feelings = feelingsIn(lower);
  const mirrors = mirrorableClauses(working, history.maiaTexts);
  const change = changeTalk(working);
  const twoSides = doubleSided(working, previousPerson);
  const longMessage = message.length > 1500;

  if (shouting) b.add("complex_reflection", SHOUT_COMPLEX);
  else if (longMessage) b.add("complex_reflection", LONG_COMPLEX);

  if (isAgreement(lower)) {
    b.add("complex_reflection", CONTINUE_COMPLEX);
  } else if (isFeelingList(lower)) {
    const fw = feelingWordsIn(lower);
    const named =
      fw.length === 1
        ? capitalise(fw[0]!)
        : `${capitalise(fw.slice(0, -1).join(", "))} and ${fw[fw.length - 1]}`;
    b.add("simple_reflection", [`${named}.`], { shuffle: false });
  } else if (twoSides) {
    b.add("double_sided_reflection", [twoSides], { shuffle: false });
  } else if (change) {
    b.add("simple_reflection", simpleReflectionTexts(change));
  } else if (mirrors[0] && (rng.next() < 0.6 || b.utterances.length > 0 || words(lower).length <= 6)) {
    // Mostly a faithful mirror first; sometimes straight to the meaning underneath, so the
    // reply does not always open by repeating the person.
    b.add("simple_reflection", simpleReflectionTexts(mirrors[0].turned));
  }

  // The complex reflection: the feeling or meaning under the words.
  const complexPools: (readonly string[])[] = [];
  if (change) complexPools.push(CHANGE_COMPLEX);
  for (const t of currentThemes.slice(0, 2)) complexPools.push(t.reflections);
  // Not the feeling's lines when a theme of the same name already speaks to it: two sentences saying
  // one thing ("harsh judgement aimed at yourself", "a harsh verdict on yourself").
  for (const f of feelings)
    if (!currentThemes.slice(0, 2).some((t) => t.id === f)) complexPools.push(FEELING_REFLECTIONS[f]);
  // Earlier themes only carry over to short follow-ups ("yeah. that's. huh"), where the
  // person is still on the same ground; otherwise they would be projected onto new material.
  if (followUp)
    for (const t of convoThemes.filter((x) => x.group !== "everyday").slice(0, 2))
      complexPools.push(t.reflections);
  // Then what the phrasing itself carries; a short follow-up is read with the message before it.
  const grounded = meaningReflections(lower);
  if (grounded.length > 0) complexPools.push(grounded);
  if (followUp && previousPerson) {
    const prevLower = tidy(previousPerson).toLowerCase();
    for (const f of feelingsIn(prevLower)) complexPools.push(FEELING_REFLECTIONS[f]);
    complexPools.push(meaningReflections(prevLower));
  }
  let complexAdded = 0;
  const wantComplex = b.utterances.length === 0 ? 2 : 1;
  for (const pool of complexPools) {
    if (complexAdded >= wantComplex) break;
    if (pool.length > 0 && b.add("complex_reflection", pool)) complexAdded++;
  }
  // A stock line only when nothing better is there: first a faithful mirror, if one is left.
  const reflectionCount = () => b.utterances.filter((u) => u.kind.endsWith("reflection")).length;
  if (
    reflectionCount() < 2 &&
    !b.utterances.some((u) => u.kind === "simple_reflection") &&
    mirrors[0] &&
    !shouting
  ) {
    // Mirror first, meaning after, as a listener would.
    b.addFirst("simple_reflection", simpleReflectionTexts(mirrors[0].turned));
  }
  if (reflectionCount() === 0 || (complexAdded === 0 && reflectionCount() < 2))
    b.add("complex_reflection", GENERIC_COMPLEX);

  // Affirm only what the person has actually done, and not in back-to-back replies.
  const affirmation = affirmationFor(lower, Math.floor(rng.next() * 2));
  const affirmedLastTime = AFFIRMATION_MARK.test(history.lastMaia);
  if (!affirmedLastTime && affirmation && rng.next() < 0.75) b.add("affirmation", [affirmation]);

  // Name a recurring pattern only after asking, once per conversation.
  const recurring = conversationThemes(perTurn).find(
    (t) =>
      t.group !== "everyday" && perTurn.filter((scores) => scores.some((s) => s.theme === t.id)).length >= 2,
  );
  if (recurring && !history.patternAsked && personCount >= 3 && !history.lastReplyHadQuestion) {
    b.add("permission", PATTERN_ASKS);
    return done();
  }

  // Reflect more than ask: a question when the last reply had none, otherwise sometimes.
  // The question follows the last message: its own themes when it has any; earlier themes
  // only for a short follow-up still on the same ground ("yeah. that's. huh").
  const wantQuestion =
    (!history.lastReplyHadQuestion && rng.next() < 0.75) || rng.next() < 0.1 || b.utterances.length === 0;
  if (wantQuestion) addQuestion(b, questionThemes, feelings, change !== null, rng);
  return done();
}
