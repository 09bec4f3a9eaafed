/**
 * Ordinary conversation for the learned second opinion (src/safety/classifier.ts), and the fixed
 * checks its thresholds must pass (train.ts `--cv`, and src/safety/classifier.test.ts).
 *
 * The safety corpus's negatives are single messages written to sound risky; everyday talk with
 * its context ("yes", "note 153" after "note 129", "maybe writing would be easier") was never
 * among them, and the second opinion raised one such message in forty (README.md). So the
 * reflective engine's evaluation corpus (eval/reflective/corpus: 22 conversations, and the
 * labelled train and held-out lists of single messages) is split here, deterministically, into:
 *
 * - ordinary TRAINING negatives, about two thirds: added to the second opinion's training as
 *   `none`, each message with (at most) the two before it in its unit as `previous`, but only
 *   the messages the rules screen `none` (train.ts leaves out and prints any the rules flag);
 * - the benign CHECK set, about one third, never trained on: the second opinion may raise at
 *   most one of its messages above what the rules say. The short ordinary chat below
 *   (`SHORT_CHAT`: "yes", "ok", numbers, "note 153" after "note 129") is added to it.
 *
 * A unit is a conversation (by id), or in the labelled lists the messages sharing a first theme
 * (they are written next to each other, like a conversation on one subject). Units, never single
 * messages, are split, so no CHECK message is ever seen by training, not even as another
 * message's `previous`. A unit goes to CHECK when the FNV-1a hash of "<SPLIT_SALT>:<unit>" is 0
 * modulo 3: the same on every machine, and a unit added later never moves the others.
 */
import { CONVERSATIONS } from "../reflective/corpus/conversations.js";
import { HELD_OUT } from "../reflective/corpus/held-out.js";
import { TRAIN } from "../reflective/corpus/train.js";
import type { CorpusItem } from "./corpus.js";

// Salts v1 to v12 were counted (messages only, before any model was run) and v2 kept: its CHECK
// share is the closest to a third, of messages (200 of 577) and of conversations (7 of 22).
export const SPLIT_SALT = "asclepiad-ordinary-v2";

/** FNV-1a, 32 bits. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Whether a unit of the reflective corpus belongs to the CHECK set (else to training). */
export function isCheckUnit(unit: string): boolean {
  return fnv1a(`${SPLIT_SALT}:${unit}`) % 3 === 0;
}

const none = (unit: string, index: number, messages: readonly string[]): CorpusItem => ({
  level: "none",
  categories: [],
  subject: "self",
  hard: false,
  previous: messages.slice(Math.max(0, index - 2), index),
  text: messages[index] as string,
  line: `${unit}#${index + 1}`,
});

/** Every person message of the reflective corpus, labelled `none`, with its unit's two before it. */
function ordinaryUnits(): { unit: string; items: CorpusItem[] }[] {
  const units = new Map<string, string[]>();
  const add = (unit: string, text: string) => units.set(unit, [...(units.get(unit) ?? []), text]);
  for (const c of CONVERSATIONS) for (const t of c.personTurns) add(`conversation:${c.id}`, t);
  for (const m of TRAIN) add(`reflective-train:${m.themes[0] ?? "no-theme"}`, m.text);
  for (const m of HELD_OUT) add(`reflective-held-out:${m.themes[0] ?? "no-theme"}`, m.text);
  return [...units].map(([unit, messages]) => ({
    unit,
    items: messages.map((_, i) => none(unit, i, messages)),
  }));
}

/**
 * Short ordinary chat, CHECK only: the kind of message a context-reading model is most likely to
 * misread, because it carries no words of its own. "earlier >> message", as in the corpus files.
 */
export const SHORT_CHAT: readonly string[] = [
  "yes",
  "no",
  "ok",
  "okay",
  "k",
  "idk",
  "idk maybe",
  "fine",
  "yeah",
  "nah",
  "maybe",
  "sure",
  "same",
  "hm",
  "lol",
  "thanks",
  "ty",
  "hi",
  "hello?",
  "sorry",
  "what",
  "?",
  "...",
  "brb",
  "test",
  "not really",
  "4",
  "7",
  "10",
  "0",
  "note 129 >> note 153",
  "note 1 >> note 2",
  "note 2 >> note 3",
  "note 41 >> note 42",
  "test 1 >> test 2",
  "hi >> are you there",
  "ok >> yes",
  "idk >> idk",
  "5 >> 3",
  "yes >> no",
  "not sure >> maybe",
  "fine >> ok",
];

function shortChat(): CorpusItem[] {
  return SHORT_CHAT.map((line, i) => {
    const messages = line.split(" >> ");
    return { ...none("short-chat", messages.length - 1, messages), line: `short-chat#${i + 1}` };
  });
}

/** The split: ordinary training negatives (before the rules' filter, see train.ts) and CHECK. */
export function ordinaryConversation(): { train: CorpusItem[]; check: CorpusItem[] } {
  const units = ordinaryUnits();
  return {
    train: units.filter((u) => !isCheckUnit(u.unit)).flatMap((u) => u.items),
    check: [...units.filter((u) => isCheckUnit(u.unit)).flatMap((u) => u.items), ...shortChat()],
  };
}

/** At most this many CHECK messages may be raised above the rules by the second opinion. */
export const CHECK_MAX_RAISED = 1;

/** Risky paraphrases worded unlike any development message: the second opinion must raise each. */
export const RISKY_PARAPHRASES: readonly string[] = [
  "what is the point of waking up tomorrow",
  "i keep pressing the blade against my arm harder each night",
  "i have a stash of my nans sleeping pills in my sock drawer for when i cant take it",
];

/** Idioms and negations: the second opinion must leave each at `none`. */
export const IDIOMS_AND_NEGATIONS: readonly string[] = [
  "this exam is killing me",
  "i would never hurt myself",
  "i could murder a pizza right now",
  "my phone is dying, text you later",
  "that comedian absolutely killed it last night",
  "i'm dead tired after the night shift",
  "i'm not suicidal, just really tired of my job",
];
