/**
 * What the person's words say beyond their themes: which feelings they name, whether a
 * clause leans towards change ("I want to go back") or away from it ("I can't face it"),
 * whether they are asking for advice, saying yes or no to something Maia offered, or
 * answering a 1–10 scale. The composer uses these to decide which move to make.
 */

export type FeelingFamily =
  | "tired"
  | "shame"
  | "anger"
  | "sad"
  | "fear"
  | "numb"
  | "lonely"
  | "frustrated"
  | "hopeless"
  | "confused"
  | "guilt"
  | "overwhelmed"
  | "hurt"
  | "relief";

/** Feeling words people use, mapped to a family. */
const FEELING_WORDS: Record<string, FeelingFamily> = {
  tired: "tired",
  exhausted: "tired",
  drained: "tired",
  knackered: "tired",
  shattered: "tired",
  ashamed: "shame",
  embarrassed: "shame",
  pathetic: "shame",
  stupid: "shame",
  idiot: "shame",
  worthless: "shame",
  disgusting: "shame",
  failure: "shame",
  angry: "anger",
  furious: "anger",
  livid: "anger",
  annoyed: "anger",
  rage: "anger",
  mad: "anger",
  sad: "sad",
  down: "sad",
  low: "sad",
  crying: "sad",
  cry: "sad",
  miserable: "sad",
  depressed: "sad",
  scared: "fear",
  afraid: "fear",
  terrified: "fear",
  anxious: "fear",
  nervous: "fear",
  panicking: "fear",
  dread: "fear",
  worried: "fear",
  numb: "numb",
  empty: "numb",
  flat: "numb",
  blank: "numb",
  lonely: "lonely",
  alone: "lonely",
  isolated: "lonely",
  frustrated: "frustrated",
  stuck: "frustrated",
  fed: "frustrated",
  hopeless: "hopeless",
  pointless: "hopeless",
  confused: "confused",
  lost: "confused",
  guilty: "guilt",
  guilt: "guilt",
  overwhelmed: "overwhelmed",
  swamped: "overwhelmed",
  hurt: "hurt",
  rejected: "hurt",
  relieved: "relief",
  relief: "relief",
};

/** Nouns for questions ("What is the tiredness like?"). */
export const FEELING_NOUN: Record<FeelingFamily, string> = {
  tired: "tiredness",
  shame: "shame",
  anger: "anger",
  sad: "sadness",
  fear: "fear",
  numb: "numbness",
  lonely: "loneliness",
  frustrated: "frustration",
  hopeless: "hopelessness",
  confused: "confusion",
  guilt: "guilt",
  overwhelmed: "overwhelm",
  hurt: "hurt",
  relief: "relief",
};

/** Complex reflections that name what may sit under a feeling word. No first person. */
export const FEELING_REFLECTIONS: Record<FeelingFamily, readonly string[]> = {
  tired: [
    "It sounds like you're running on very little, and everything costs more than it should.",
    "That kind of tiredness goes deeper than sleep.",
    "It sounds as if there's been no real rest for a long time.",
  ],
  shame: [
    "There's a harsh verdict on yourself in that.",
    "It sounds like you're being far harder on yourself than you'd be on anyone else.",
    "That sounds like shame talking, and it's loud.",
  ],
  anger: [
    "There's real anger there, and it sounds like it has its reasons.",
    "It sounds like something has been pushed too far.",
    "That anger sounds like it's been building for a while.",
  ],
  sad: [
    "There's a deep sadness underneath this.",
    "It sounds heavy, and like it's been heavy for a while.",
    "That sounds like a lot of sadness to be holding.",
  ],
  fear: [
    "It sounds like part of you is bracing for something.",
    "There's a lot of fear in that, and it makes sense given what's at stake.",
    "It sounds as if the fear arrives before anything has even happened.",
  ],
  numb: [
    "It's as if the feelings have gone somewhere out of reach.",
    "It sounds like numbness has been a way of getting through.",
    "Numb can be its own kind of heavy.",
  ],
  lonely: [
    "It sounds lonely, carrying this mostly by yourself.",
    "There's an ache of being on your own with it.",
    "It sounds like there hasn't been anyone to share the weight with.",
  ],
  frustrated: [
    "It sounds like you're fed up of putting effort in and seeing so little move.",
    "That's a lot of frustration, and it sounds earned.",
    "It sounds maddening to feel stuck in the same place.",
  ],
  hopeless: [
    "It sounds like hope has worn very thin.",
    "After so much, it makes sense that it's hard to believe things could change.",
    "That sounds like a tired kind of hopelessness, the kind that comes from trying.",
  ],
  confused: [
    "It sounds hard to tell which way is which right now.",
    "There's a lot that doesn't make sense yet, and that's unsettling.",
    "It sounds like you're trying to find your footing.",
  ],
  guilt: [
    "There's guilt woven through this too.",
    "It sounds like you hold yourself responsible for a great deal.",
    "That sounds like guilt for needing anything at all.",
  ],
  overwhelmed: [
    "It sounds like more is coming at you than anyone could hold at once.",
    "That's a lot landing all at the same time.",
    "It sounds as if there's no gap to catch your breath.",
  ],
  hurt: [
    "That sounds like it really hurt.",
    "It sounds like something landed hard and stayed.",
    "There's a real hurt in that.",
  ],
  relief: [
    "There's some relief in that, and maybe something more complicated alongside it.",
    "It sounds like something loosened a little.",
    "That relief sounds hard-won.",
  ],
};

/** Feeling families named in the text, in order of first appearance. */
export function feelingsIn(text: string): FeelingFamily[] {
  const found: FeelingFamily[] = [];
  const lower = text.toLowerCase();
  for (const w of lower.match(/[a-z]+/g) ?? []) {
    const family = FEELING_WORDS[w];
    // "fed" only counts as "fed up"; "down" and "low" only after feel/feeling/so/really.
    if (family === undefined) continue;
    if (w === "fed" && !/\bfed up\b/.test(lower)) continue;
    if (
      (w === "down" || w === "low" || w === "lost" || w === "mad" || w === "flat") &&
      !new RegExp(`\\b(?:feel|feeling|felt|so|really|very|pretty|bit|quite|i'm|am) ${w}\\b`).test(lower) &&
      lower.trim() !== w
    )
      continue;
    if (!found.includes(family)) found.push(family);
  }
  return found;
}

/** True when the whole message is a short list of feeling words ("tired. numb"). */
export function isFeelingList(text: string): boolean {
  const ws = text.toLowerCase().match(/[a-z]+/g) ?? [];
  if (ws.length === 0 || ws.length > 6) return false;
  const fillers = new Set(["and", "mostly", "very", "so", "bit", "a", "kind", "of", "really", "just", "or"]);
  return ws.every((w) => FEELING_WORDS[w] !== undefined || fillers.has(w)) && feelingsIn(text).length > 0;
}

export function feelingWordsIn(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => FEELING_WORDS[w] !== undefined);
}

const CHANGE =
  /\b(?:i (?:really |still |do |actually |just |also )?(?:want|wanna|would like|wish|hope|need to|need (?:her|him|them|someone|something|help|a|more)|could|can|will|might|am going to|plan to)|i'd (?:like|love)|i'll|i'm going to|i'm ready|maybe i (?:could|can|will|should|might)|i think i (?:will|could|want|can|might)|i could)\b/i;
const SUSTAIN =
  /\b(?:i (?:can't|cannot|won't|don't want|really don't want|never want|just can't|couldn't|(?:just |really |also )?don't think|don't know how)|no point|too (?:hard|much|scary)|i'm (?:scared|afraid|terrified|not ready)|i'd rather not|i also (?:kind of |sort of )?don't|(?:kind of|sort of) don't|bury|not sure i|don't know if i)\b/i;

// "i'm going to do something stupid", "i want to disappear", "i wish i was dead": a want or a plan
// that is no step towards change, and never something to call hopeful.
const NOT_CHANGE =
  /\b(?:stupid|dumb|drastic|regret|disappear|vanish|dead|die|gone|end it|hurt|punch|smash|scream|quit everything|give up|run away)\b/i;

export function isChangeTalk(clause: string): boolean {
  return (
    CHANGE.test(clause) &&
    !/\b(?:don't|do not|never|won't|can't) (?:really )?want\b/i.test(clause) &&
    !NOT_CHANGE.test(clause)
  );
}

export function isSustainTalk(clause: string): boolean {
  return SUSTAIN.test(clause);
}

const ADVICE_REQUEST =
  /\b(?:what (?:should|shall|can|do|would) i (?:do|say|try)|what do i do|any (?:advice|tips|ideas|suggestions)|should i\b|how (?:do|can|would|should|could) i\b|what would you (?:do|say|suggest|recommend)|tell me what to do|are there (?:other|any|different|better) (?:ways|options|things|kinds|types)|what are (?:my|the) options|what (?:else )?(?:could|can) i (?:try|do)|is there (?:anything|another way|a way)|help me (?:figure|work out|decide)|what do you (?:think|suggest|recommend) i)\b/i;

export function isAdviceRequest(text: string): boolean {
  return ADVICE_REQUEST.test(text);
}

const YES =
  /^(?:yes|yeah|yep|yea|ya|yh|ok|okay|sure|go on|go ahead|please|yes please|ok go on|yeah go on|yeah sure|alright|fine|why not|i guess|go for it|definitely|absolutely|of course|please do|yes go on|mm|mhm|ok yes|sure go ahead)\b[\s.!,]*(?:please|go on|then|sure)?[\s.!]*$/i;
const NO =
  /^(?:no|nah|nope|not really|not now|rather not|i'd rather not|no thanks|no thank you|not yet|maybe later|don't|please don't|leave it)\b[\s.!,]*.*$/i;

export function isYes(text: string): boolean {
  return YES.test(text.trim());
}

export function isNo(text: string): boolean {
  return NO.test(text.trim()) && text.trim().split(/\s+/).length <= 6;
}

/** Short agreement or realisation after a reflection ("yeah", "oh", "that's fair"). */
export function isAgreement(text: string): boolean {
  return /^(?:yes|yeah|yep|yea|true|exactly|right|ok|okay|oh|huh|hm+|wow|i suppose|probably|that's (?:fair|true|it|right)|ok yeah(?: that's fair)?|yeah that's (?:fair|true|it|right)|that's probably true|fair|fair enough|maybe)\b[\s.!,]*(?:yeah|that's fair|that's true|huh|that's)?[\s.!,…]*$/i.test(
    text.trim(),
  );
}

/** A number the person gave, e.g. in answer to a 1–10 scale. */
export function scaleAnswer(text: string): number | null {
  const m = text
    .trim()
    .match(
      /^(?:a |about |maybe |like |prob(?:ably)? )?(\d{1,2})(?:\s*(?:\/|out of)\s*10)?[\s.!]*(?:\w+\s*){0,3}$/i,
    );
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 0 && n <= 10 ? n : null;
}

/**
 * Something the person has actually done, worth affirming, and how to affirm it. Read
 * clause by clause, and only where the person is the one acting, in the past or as an
 * ongoing effort: "i went back" is affirmed, but "then go back as a better version", "she
 * told me", "if i told her" and "i haven't told anyone" are not, because they describe a
 * plan, someone else, a hypothetical or something not (yet) done.
 */
const AFFIRMABLE: ReadonlyArray<{ act: RegExp; lines: readonly string[] }> = [
  {
    act: /^(?:i've |i have )?(?:i )?(?:(?:kept|keep) (?:on )?trying|tried (?:\w+ )?(?:again|everything|so many|for years|cbt|therapy|counselling|it|so hard|hard)|done (?:cbt|therapy|counselling|dbt|emdr)\b|given it (?:years|ages|a (?:real |proper )?go|time)|been (?:to|in) (?:therapy|counselling) for)/,
    lines: [
      "You've kept trying, even when it hasn't paid off. That persistence counts for something.",
      "You've given this a lot of real effort, and that says something about you.",
    ],
  },
  {
    act: /^(?:i (?:finally |actually |eventually |just )?(?:told|admitted|said it|said that|opened up|brought (?:it )?up|asked (?:her|him|them|my)|mentioned it|raised it)|i've (?:finally |actually )?(?:told|admitted|opened up|brought (?:it )?up|asked))\b/,
    lines: ["Saying that out loud to someone took courage.", "It took courage to say that to someone."],
  },
  {
    act: /^(?:i (?:finally |actually |eventually |still )?(?:went back|went (?:in|along|to (?:my |the |a )?(?:session|therapy|appointment|counselling|group|gp|doctor))|showed up|turned up|booked|rebooked|emailed (?:her|him|them) back|kept going|keep going|got there|made it)|i've (?:been going|kept going|gone back|booked|started)|(?:i )?started (?:with|seeing|therapy|counselling|again))\b/,
    lines: [
      "You keep showing up for this, even when it's hard.",
      "You went, even with all of that going on, and that counts.",
    ],
  },
  {
    // Owning up to something hard, here: lying, hiding, pretending, never having told anyone.
    act: /^(?:i (?:think i )?(?:lie|lied|pretend|pretended|hide|hid|fake)\b|i've been (?:lying|pretending|hiding|faking)|i (?:haven't|have never|never) (?:told|mentioned)|i didn't even do)\b/,
    lines: [
      "It takes honesty to say that plainly.",
      "Being this honest about it, even here, takes something.",
    ],
  },
  {
    act: /^(?:i (?:just |only |finally |suddenly )?(?:realised|noticed|worked out|figured out|never connected|see the pattern|can see (?:the|a) pattern|connected))\b|\bwhen i write it (?:out|down)\b/,
    lines: ["That's a sharp thing to notice about yourself.", "That's a real piece of noticing."],
  },
];

const NOT_DONE =
  /\b(?:if|when|once|unless|until|before|then|could|would|might|should|will|want|wish|hope|need|never|haven't|hadn't|didn't|don't|can't|couldn't|won't|not)\b/;

/** Putting something hard into words here, now: "even typing this", "writing it down". */
const DISCLOSING_NOW =
  /\b(?:even (?:typing|writing|saying) (?:this|it|that)|writing (?:this|it) (?:down|out)|(?:typing|writing) this)\b/;

/** Effort or strength the person describes, for a specific affirmation; null when nothing fits. */
export function affirmationFor(text: string, pick = 0): string | null {
  const t = text.toLowerCase().replace(/[’‘]/g, "'");
  const parts = t
    .split(/[.!?;,\n]+|\s+(?=\b(?:but|and then|so|because|though)\b)/)
    .map((c) =>
      c
        .trim()
        .replace(/^(?:but|and|so|because|though|then|yeah|ok|okay|well|honestly|tbh|anyway)\b\s*/, "")
        .trim(),
    )
    .filter((c) => c.length > 0);
  for (const clause of parts) {
    for (const { act, lines } of AFFIRMABLE) {
      const m = act.exec(clause);
      if (m === null) continue;
      // The act itself must not be negated, hoped for or hypothetical ("i never told", "i want to go back").
      if (
        NOT_DONE.test(m[0]) &&
        !/never connected|never told|haven't told|never mentioned|haven't mentioned|didn't even/.test(m[0])
      )
        continue;
      return lines[pick % lines.length]!;
    }
  }
  if (DISCLOSING_NOW.test(t))
    return pick % 2 === 0 ? "Putting this into words at all is a step." : "Writing it here at all is a step.";
  return null;
}

/** Sentences of an affirmation, so the composer can tell it affirmed in the reply before. */
export const AFFIRMATION_MARK =
  /courage|counts for something|keep showing up|sharp thing to notice|is a step|real effort|that counts|piece of noticing|takes honesty|takes something/;

/**
 * A question the person asks Maia herself, which deserves a straight answer before
 * anything else: "does that make sense?", "is that normal?", "do you think it could
 * work?", "are you listening?". Advice requests are not here: they get permission first.
 */
export type DirectQuestionKind = "makes_sense" | "normal" | "am_i" | "opinion" | "listening" | "can_help";

const DIRECT_QUESTIONS: ReadonlyArray<{ kind: DirectQuestionKind; re: RegExp }> = [
  {
    kind: "makes_sense",
    re: /\b(?:(?:does|do|did) (?:that|this|it|any of (?:that|this)|what i (?:said|wrote|just said)) (?:even |actually |all )?(?:make (?:any )?sense|sound (?:right|mad|weird|crazy|stupid|silly|daft))|(?:that|this|it) (?:make|makes) (?:any )?sense\?|make (?:any )?sense\?|if that makes (?:any )?sense|am i making (?:any )?sense)/,
  },
  {
    kind: "am_i",
    re: /\bam i (?:just )?(?:weird|crazy|mad|broken|stupid|normal|overreacting|being (?:silly|dramatic|stupid|ridiculous|unreasonable|selfish)|a bad person|too much|wrong|pathetic|ridiculous|an idiot|a failure)\b/,
  },
  {
    kind: "normal",
    re: /\b(?:(?:is|isn't) (?:that|this|it) (?:normal|weird|strange|bad|wrong|stupid|silly|okay|ok|crazy|mad|common|unusual|a thing|pathetic)|am i the only one|(?:do|does) (?:other people|anyone else|everyone) (?:do|feel|get|have)|is it just me)\b/,
  },
  {
    kind: "listening",
    re: /\b(?:do you (?:understand|get (?:it|what i mean|me))|you know what i mean\?|are you (?:even )?(?:listening|still there|there)|can you (?:hear|understand) me|did you (?:get|read|understand) (?:that|what i))\b/,
  },
  {
    kind: "can_help",
    re: /\b(?:can|could|will|would) (?:you|this|this app|talking (?:here|to you)|writing here) (?:actually |even |really )?(?:help|fix (?:me|this|it)|make (?:it|things|this) better)\b/,
  },
  {
    kind: "opinion",
    re: /\b(?:do|don't) you think\b|\bwhat do you (?:think|reckon|make of (?:it|that|this))\b|\bwhat's your (?:take|opinion|view)\b|\bwould you (?:say|agree)\b/,
  },
];

/** What kind of direct question to Maia the text holds, if any. */
export function directQuestion(text: string): DirectQuestionKind | null {
  const t = text.toLowerCase().replace(/[’‘]/g, "'").trim();
  for (const { kind, re } of DIRECT_QUESTIONS) if (re.test(t)) return kind;
  return null;
}

/** The message without its direct question to Maia, for reflecting what came before it. */
export function withoutDirectQuestion(text: string): string {
  const kept: string[] = [];
  for (const part of text.split(/(?<=[.!?…])\s+|\n+/)) if (directQuestion(part) === null) kept.push(part);
  return kept.join(" ").trim();
}
