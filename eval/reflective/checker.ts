/**
 * An independent Motivational Interviewing checker for Maia's replies. It does not trust
 * the engine's own utterance tags: it re-reads every sentence with its own rules (a
 * question is what ends in "?", a reflection is a second-person statement that mirrors
 * or adds meaning, advice is what sounds like advice) and looks for the moves MI treats
 * as non-adherent: unsolicited advice, "you should/must", confrontation and labelling. It
 * also hunts for garbled perspective ("you am", "your I", a stray "my" in a reflection).
 * It shares no code with src/reflective, so a bug there cannot hide itself here.
 */

export type CheckedKind =
  | "simple_reflection"
  | "complex_reflection"
  | "summary"
  | "open_question"
  | "closed_question"
  | "permission"
  | "affirmation"
  | "advice"
  | "other";

const QUOTED = /[“"][^”"]*[”"]/g;

function withoutQuotes(text: string): string {
  return text.replace(QUOTED, " ");
}

function contentWords(text: string): string[] {
  const stop = new Set(
    "a an the and or but so to of in on at for with is are was were be been it it's that this there's there as if like just really very what you your you're you've i my me i'm i've".split(
      " ",
    ),
  );
  return (text.toLowerCase().match(/[a-z']+/g) ?? []).filter((w) => !stop.has(w) && w.length > 2);
}

const MEANING =
  /\b(?:sounds?|seems?|as if|as though|underneath|under the|part of you|makes sense|hard to|heavy|weight|wish|fear|afraid|scared|lonely|tired|anger|angry|sad|sadness|shame|hurt|grief|relief|hope|protect\w*|safe|safer|costs?|carry\w*|matters?|means?|ache|exhaust\w*|worn|judgement|harsh|torn|both)\b/i;
const AFFIRM =
  /\b(?:took courage|takes courage|takes (?:honesty|something|real)|counts for something|worth noticing|a strength|real strength|you keep showing up|you've kept|you've put real thought|you've looked honestly|sharp thing to notice|piece of noticing|that counts|real effort|is a step|persistence|endurance|you're still)\b/i;
const ADVICE =
  /\b(?:you should|you could try|try (?:to|and)|it might help to|it may help to|have you tried|why don't you|i(?:'d| would) suggest|i recommend|some options|one option|consider\b|a few things (?:other )?people|one way to open|here are a few)\b/i;
const PERMISSION =
  /\b(?:can i|could i|would it help|would it be all right|if you'd like|would that help|may i)\b/i;
const SUMMARY =
  /^(?:putting together|taking it all together|pulling the threads together|to sum up|so far you've said)/i;

/** Classifies one sentence of a reply, given the person's message it answers. */
export function classify(sentence: string, personMessage: string): CheckedKind {
  const s = sentence.trim();
  const bare = withoutQuotes(s);
  if (s.endsWith("?")) {
    if (PERMISSION.test(s)) return "permission";
    if (/:\s*\w+(?:,\s*[\w ]+){2,}/.test(s) || /\b(?:from 1|1 to 10)\b/.test(s)) return "closed_question";
    if (
      /^(?:what|how|when|where|which|who|why)\b/i.test(s) ||
      /\b(?:i wonder (?:what|how|where|whether)|what|how)\b/i.test(s)
    )
      return "open_question";
    return "closed_question";
  }
  if (ADVICE.test(bare)) return "advice";
  if (SUMMARY.test(s)) return "summary";
  if (AFFIRM.test(bare)) return "affirmation";
  const secondPerson = /\b(?:you|your|you're|you've|you'd|yourself)\b/i.test(bare);
  const person = new Set(
    contentWords(personMessage.replace(/\bmy\b/gi, "your").replace(/\bi'?m\b/gi, "you're")),
  );
  const words = contentWords(bare);
  const overlap = words.length === 0 ? 0 : words.filter((w) => person.has(w)).length / words.length;
  // A reply that is only the person's own feeling words or number ("Tired and numb.", "A 4: ...").
  // Maia speaking about herself, or plain reassurance, is not a reflection.
  if (
    /^(?:i|i'm|i'll|i've|no need|that's (?:okay|all right|fine)|fair enough|thank you|whenever|hello|hi|of course|come back)\b/i.test(
      s,
    )
  )
    return "other";
  if (!secondPerson && overlap >= 0.5 && words.length <= 4) return "simple_reflection";
  // Naming a feeling or meaning need not use "you": "That sounds like a lot of sadness to hold."
  if (
    !secondPerson &&
    /^(?:it|that|there's|there is|something|sometimes|this|grief|numb|both|underneath|after|when|with|carrying|keeping|being|each|knowing|waiting|pushing|going|telling|cancelling|family|work)\b/i.test(
      s,
    ) &&
    MEANING.test(bare)
  )
    return "complex_reflection";
  if (!secondPerson) return "other";
  if (/part of you[^.]*part of you|on one hand/i.test(bare)) return "complex_reflection";
  if (overlap >= 0.6) return "simple_reflection";
  if (MEANING.test(bare)) return "complex_reflection";
  if (overlap >= 0.35) return "simple_reflection";
  return "other";
}

/** Perspective errors a careful reader would notice in a reflection or summary. */
export function perspectiveErrors(sentence: string, kind: CheckedKind): string[] {
  const s = withoutQuotes(sentence);
  const errors: string[] = [];
  const garbled: [RegExp, string][] = [
    [
      /(?<!\b(?:of|in|to|for|with|about|from) )\byou (?:am|was|wasn't|is|isn't|has|hasn't|does|doesn't)\b/i,
      "you + verb agreeing with I/he",
    ],
    [/\byour (?:i|me|my|you|am|are|is|was|i'm)\b/i, "your + pronoun or verb"],
    [
      /(?:^|[,;:]\s*|\b(?:and|that|but|so)\s+)(you|your)\s+\1\b|\b(your|yourself|yours)\s+\2\b/i,
      "doubled pronoun",
    ],
    [
      /\bpart of you (?:want|feel|have|do|don't|am|are|think|know|need|wish|hate|love|were|can't face)\b/i,
      "part of you + base verb",
    ],
    [/\byou're (?:am|are|is|was)\b/i, "you're + verb"],
    [/\bI (?:are|is|were)\b/, "I + wrong verb"],
    [/(?:^|[^A-Za-z'])i(?:[^A-Za-z']|$)/, "lower-case i"],
  ];
  for (const [re, label] of garbled) if (re.test(s)) errors.push(label);
  if (kind === "simple_reflection" || kind === "complex_reflection" || kind === "summary") {
    // Maia's reflections speak about the person; first-person words there are unturned.
    if (/\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll|im|ive)\b/i.test(s))
      errors.push("first person left in a reflection");
  }
  return errors;
}

export interface NonAdherence {
  sentence: string;
  reason: string;
}

const CONFRONT =
  /\b(?:you're wrong|that's not true|you're in denial|making excuses|be honest with yourself|you're just (?:making|being|looking|trying to|lazy|scared|avoiding)|you're not trying|you don't really want)\b|^face (?:it|facts)\b/i;
const LABEL =
  /\b(?:you(?:'re| are) (?:a |an |being )?(?:resistant|avoidant|in denial|people[- ]pleaser|intellectualiser|therapy[- ]hopper|difficult|non-?compliant|broken|lazy|narcissist\w*|manipulative|attention[- ]seeking|codependent|treatment[- ]resistant|a lost cause)|resistant (?:client|patient)|you have (?:bpd|a personality disorder|depression|anxiety disorder))\b/i;
const DIRECTIVE =
  /\b(?:you (?:should|must|ought to|need to|have to|have got to)|make sure you)\b|^(?:try|stop|don't|just|go|make|remember|calm down|think about)\b/i;

/**
 * MI-non-adherent moves in one reply. Advice counts as solicited only when the person
 * asked for it in this message, or said yes after Maia asked permission in the last reply.
 */
export function nonAdherent(
  sentences: readonly string[],
  personMessage: string,
  previousMaia: string,
): NonAdherence[] {
  const asked =
    /\b(?:what (?:should|shall|can|do|would) i|any (?:advice|tips|ideas)|how (?:do|can|could|should) i|what would you|are there (?:other|any) ways|what are my options)\b/i.test(
      personMessage,
    );
  const permitted =
    PERMISSION.test(previousMaia) &&
    /^(?:yes|yeah|yep|ok|okay|sure|go on|go ahead|please|yes please|alright|yeah go on|ok go on)\b/i.test(
      personMessage.trim(),
    );
  const out: NonAdherence[] = [];
  for (const sentence of sentences) {
    const bare = withoutQuotes(sentence);
    if (DIRECTIVE.test(bare)) out.push({ sentence, reason: "directive (should/must/imperative)" });
    if (CONFRONT.test(bare)) out.push({ sentence, reason: "confrontation" });
    if (LABEL.test(bare)) out.push({ sentence, reason: "labelling" });
    // Mirroring the person's own idea ("maybe i could try writing") is a reflection, not advice.
    const ownIdea =
      /\b(?:i could|i might|maybe i)\b/i.test(personMessage) &&
      /\b(?:you could|you might|maybe you)\b/i.test(bare);
    if (ADVICE.test(bare) && !asked && !permitted && !ownIdea)
      out.push({ sentence, reason: "unsolicited advice" });
  }
  return out;
}

/** Splits a reply into sentences the way a reader would, keeping quoted text intact. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let buf = "";
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    buf += ch;
    if (ch === "“") inQuote = true;
    if (ch === "”") inQuote = false;
    if (!inQuote && /[.?!”]/.test(ch) && (text[i + 1] === " " || i === text.length - 1)) {
      out.push(buf.trim());
      buf = "";
    }
  }
  if (buf.trim()) out.push(buf.trim());
  return out.filter(Boolean);
}

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
}

/** True when two questions ask the same thing (same words, near enough). */
export function sameQuestion(a: string, b: string): boolean {
  const A = new Set(tokens(a));
  const B = new Set(tokens(b));
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / (A.size + B.size - inter || 1) >= 0.8;
}

/**
 * A question the person puts to Maia herself ("does that make sense?", "is that normal?",
 * "do you think…", "are you listening?"), which deserves a straight answer. Advice
 * requests are not counted here: they are meant to get permission first.
 */
export function isDirectQuestionToMaia(message: string): boolean {
  const m = message.toLowerCase().replace(/[’‘]/g, "'");
  return (
    /\b(?:does|do|did) (?:that|this|it|any of (?:that|this)) (?:even |actually )?(?:make (?:any )?sense|sound (?:right|mad|weird|crazy|stupid))\b|\bmake (?:any )?sense\?|\bam i making sense\b/.test(
      m,
    ) ||
    /\b(?:is|isn't) (?:that|this|it) (?:normal|weird|strange|bad|wrong|stupid|crazy|mad|common)\b|\bam i (?:weird|crazy|mad|broken|stupid|normal|overreacting|the only one|a bad person|being (?:silly|dramatic|stupid|ridiculous))\b|\bis it just me\b|\bdoes anyone else\b/.test(
      m,
    ) ||
    /\bdo you (?:think|understand|get (?:it|me|what i mean))\b|\bwhat do you (?:think|reckon)\b(?! i (?:should|could))|\bare you (?:even )?listening\b|\bcan (?:you|this) (?:actually |even )?(?:help|fix)\b/.test(
      m,
    )
  );
}

/** True when a reply opens by answering: yes, no, "honestly, I can't know", "I'm here". */
export function opensWithAnAnswer(reply: string): boolean {
  return /^(?:yes|no|not at all|it does|of course|honestly|i can't|i cannot|i don't|i'm (?:here|following|listening)|i am)\b/i.test(
    reply.trim(),
  );
}

/**
 * Ambivalence cues an attentive listener would hear, read independently of the engine:
 * two parts in so many words, wanting and not wanting, two feelings at once, a want then
 * a hedge, or a short turn that answers the person's own last message from the other side.
 */
export function hasAmbivalenceCue(message: string, previousMessage = ""): boolean {
  const m = message
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\bdont\b/g, "don't");
  const prev = previousMessage.toLowerCase().replace(/[’‘]/g, "'");
  if (/part of me[^.]*part of me|\btorn\b|two minds|back and forth|mixed feelings/.test(m)) return true;
  const want =
    /\bi (?:really |also |still |just )?(?:want|need|wanna|could|might|will)\b|\bi'll\b|\bi'd like\b/;
  const against =
    /\b(?:don't (?:want|think|know)|can't|won't|scared|afraid|terrified|not sure|too (?:much|hard)|worse|might not)\b/;
  if (want.test(m) && /\bbut\b|\bthough\b|\balso\b/.test(m) && against.test(m)) return true;
  if (/\bi (?:feel|felt) \w+[^.]*\bbut (?:also )?(?:like )?/.test(m)) return true;
  if (/\bi (?:really |also )?want\b[^.]*[.!]\s*i (?:also )?want\b/.test(m) && /\balso\b/.test(m)) return true;
  if (/\b(?:don't know|not sure) (?:if|whether) i (?:really )?want\b/.test(m)) return true;
  if (want.test(m) && /[.!]\s*(?:i think|i guess|maybe|not sure)[.!?\s]*$/.test(m)) return true;
  const short = (m.match(/[a-z']+/g) ?? []).length <= 8;
  if (short && want.test(prev) && (/^but\b/.test(m) || /\b(?:though|tho)\b/.test(m))) return true;
  return false;
}

/** True when a sentence is a double-sided reflection. */
export function isDoubleSided(sentence: string): boolean {
  return /part of you[^.]*part of you|on one hand/i.test(sentence);
}

/**
 * Whether an affirmation has grounds in the message: what it praises (going, saying,
 * trying, noticing, honesty, writing) must be something the person says they did, not a
 * plan ("then go back"), a hypothetical ("if i told her") or someone else's act ("she told me").
 */
export function affirmationGrounded(sentence: string, message: string): boolean {
  const a = sentence.toLowerCase();
  const clausesOf = message
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\bive\b/g, "i've")
    .split(/[.!?,;\n]+|\s+(?=\b(?:but|and then|so|because)\b)/)
    .map((c) => c.trim().replace(/^(?:but|and|so|because|then|yeah|ok)\s+/, ""));
  const did = (act: RegExp): boolean =>
    clausesOf.some((c) => !/^(?:if|when|once|then|unless)\b/.test(c) && act.test(c));
  if (/you.ve looked honestly|you.ve put real thought/.test(a)) return true; // the whole conversation
  if (/showing up|you went|that counts/.test(a))
    return did(
      /^(?:i(?:'ve)? (?:\w+ )?(?:went|gone|showed|turned up|booked|kept going|keep going|started|been going)|started)\b/,
    );
  if (/courage/.test(a))
    return did(/^i(?:'ve)? (?:\w+ )?(?:told|said|admitted|opened up|asked|brought|raised|mentioned)\b/);
  if (/persistence|kept trying|real effort/.test(a))
    return (
      did(/^i(?:'ve)? (?:\w+ )?(?:tried|trying|given it|done|been to)\b/) || /\bkeep trying\b/.test(message)
    );
  if (/noticing|notice/.test(a))
    return /\b(?:realised|noticed|connected|pattern|worked out|figured)\b/.test(message);
  if (/honest/.test(a))
    return /\b(?:lie|lied|lying|pretend\w*|hide|hid|hiding|never told|haven't told|havent told|didn't even|didnt even)\b/.test(
      message.toLowerCase(),
    );
  if (/is a step|words/.test(a))
    return /\b(?:typing|writing|saying|write|words)\b/.test(message.toLowerCase());
  return true;
}
