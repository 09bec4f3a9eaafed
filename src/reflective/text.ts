/**
 * Reading what the person wrote: tidying phone-typed text (missing apostrophes, "u", "idk",
 * common typos of "therapist") into something the rest of the engine can reason about,
 * splitting it into sentences and clauses, and recognising the kinds of input that need a
 * different kind of reply (empty, emoji only, code, another language, shouting, abuse
 * aimed at Maia, flat one-word answers). Nothing here decides what Maia says.
 */

/** Apostrophe-less and texting forms people type on phones, mapped to plain English. */
const SHORTHAND: Record<string, string> = {
  im: "i'm",
  ive: "i've",
  "i'v": "i've",
  dont: "don't",
  didnt: "didn't",
  doesnt: "doesn't",
  cant: "can't",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  wont: "won't",
  isnt: "isn't",
  wasnt: "wasn't",
  werent: "weren't",
  arent: "aren't",
  havent: "haven't",
  hasnt: "hasn't",
  hadnt: "hadn't",
  thats: "that's",
  theres: "there's",
  whats: "what's",
  hes: "he's",
  shes: "she's",
  theyre: "they're",
  youre: "you're",
  ur: "your",
  u: "you",
  idk: "i don't know",
  dunno: "don't know",
  cos: "because",
  cuz: "because",
  coz: "because",
  bc: "because",
  rn: "right now",
  tho: "though",
  thru: "through",
  pls: "please",
  plz: "please",
  thx: "thanks",
  ppl: "people",
  abt: "about",
  smth: "something",
  sth: "something",
  therpist: "therapist",
  theripist: "therapist",
  therapsit: "therapist",
  thearpist: "therapist",
  therapits: "therapist",
  theraphy: "therapy",
  therpy: "therapy",
  theropy: "therapy",
  councellor: "counsellor",
  counceller: "counsellor",
  counselor: "counsellor",
  seesion: "session",
  sesion: "session",
};

/** Filler that carries no content and reads oddly when mirrored back. */
const FILLER =
  /\b(?:lol|lmao|haha+|tbh|tbf|ngl|imo|you know|i mean|like,|um+|uh+|erm+|anyway|honestly|basically|literally)\b[,.]?\s*/gi;

/**
 * Lower-cases nothing and changes no meaning: straightens curly quotes, expands shorthand
 * word by word, and collapses whitespace. Used both for detection and for reflecting
 * the person's words back, so what Maia mirrors is their phrasing, tidied.
 */
export function tidy(raw: string): string {
  const straight = raw
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
  const expanded = straight.replace(/[A-Za-z']+/g, (word) => SHORTHAND[word.toLowerCase()] ?? word);
  // "its" and "id" are real words too, but on a phone "its not" and "id want" mean "it's" and "I'd".
  const contracted = expanded
    .replace(
      /\bits(?=\s+(?:not|like|a|an|the|just|been|always|so|getting|going|all|too|ok|okay|fine|hard|easier|more|because|only|really|never|actually|about|what|that|weird|stupid|safer|easier|over|nice|lovely|pointless|exhausting|built|made|meant|supposed|true|late)\b)/gi,
      "it's",
    )
    .replace(
      /\bid(?=\s+(?:want|like|love|rather|be|have|do|say|go|never|probably|need|feel|get|try|tell|even|just|really|actually)\b)/gi,
      "i'd",
    );
  // "ill" is also an English word ("my mum is ill"): read it as "i'll" only where a
  // sentence or a new thought starts, or after the words that usually precede "I'll".
  return contracted.replace(
    /(^|[.!?,]\s*|\b(?:and|but|so|then|maybe|think|guess|probably|prob|hope|now|scared|afraid|worried|sure|worry)\s+)ill\b(?!\s+(?:and|but|or|with|again)\b)/gi,
    "$1i'll",
  );
}

/** The same text, lower-cased, for matching cues. */
export function normalise(raw: string): string {
  return tidy(raw).toLowerCase();
}

/** Splits into sentences on end punctuation and line breaks; keeps each one's text trimmed. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+|(?<=\.\.\.)|\s+-\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Splits a sentence into clauses a reflection can carry on its own: at commas,
 * semicolons and the conjunctions that usually start a new thought. "but" is kept with the
 * clause it introduces, since what follows "but" is often the part that matters.
 */
export function clauses(sentence: string): string[] {
  return sentence
    .split(/\s*[,;:]\s*|\s+(?=\b(?:but|and then|so then|because|although|though|except)\b)/i)
    .map((c) => c.trim())
    .filter((c) => c.length > 0)
    .flatMap((c) => (c.split(/\s+/).length > 14 ? c.split(/\s+(?=\band\b)/i) : [c]));
}

/** Removes filler words and leading connectives so a clause can be mirrored cleanly. */
export function stripFiller(clause: string): string {
  let out = clause.replace(FILLER, "").replace(/\s+/g, " ").trim();
  out = out.replace(
    /^(?:and|but|so|or|also|ok|okay|well|yeah|yes|no|plus|then|because|like|oh)\b[,\s]*/i,
    "",
  );
  out = out.replace(/^(?:and|but|so|then)\b\s*/i, "");
  // Hedges read oddly mirrored ("you guess you knew"): keep what follows them.
  // "i don't know if i want to" keeps its hedge: without it the clause says the opposite.
  out = out.replace(
    /^(?:i don't know|don't know|no idea)\s+(?!(?:if|whether|how|what|why|where|when|who)\b)(?=\w+\s+\w+)/i,
    "",
  );
  out = out.replace(
    /^(?:i guess|i suppose|i mean|i think|i reckon)\s+(?=(?:i|i'm|i've|i'd|it|it's|that|that's|she|he|we|my|they|this|there's|maybe)\b)/i,
    "",
  );
  return out.replace(/[\s.,!?;:…-]+$/g, "").trim();
}

/** Words in text, lower-cased, apostrophes kept. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
}

export type InputKind = "empty" | "emoji_only" | "code" | "non_english" | "abusive" | "flat" | "ordinary";

const EMOJI = /\p{Extended_Pictographic}/u;
const LETTER = /\p{L}/u;
const ABUSE_AT_MAIA =
  /\b(?:you(?:'re| are)?|ur|this (?:app|thing|bot)|maia)\b[^.!?]{0,30}\b(?:useless|stupid|pointless|shit|crap|rubbish|garbage|pathetic|worthless|dumb|idiot|a joke|a waste)\b|\b(?:fuck|screw|piss) (?:you|off)\b|\bshut up\b|\bstupid (?:bot|app|ai|machine)\b/i;
/** Very short replies that say "I've nothing to give right now", not a statement to mirror. */
const FLAT =
  /^(?:i don't know|don't know|no idea|not sure|fine|i'm fine|ok|okay|k|kk|meh|nothing|whatever|same|same as always|nah|no|yes|yeah|yep|eh|hm+|mm+|\.+|…|-|not much|alright|i guess|sure|maybe|dunno|idk)[.!?…]*$/i;
/** Common function words of other languages, so "no es fácil" is not read as English. */
const FOREIGN =
  /\b(?:que|está|estoy|es|muy|pero|porque|hablar|esto|je|suis|pas|c'est|mais|avec|ich|nicht|und|bin|das|ist|mir|sono|non|perché|não|eu|estou|não|jag|och|het|niet|ik|ben)\b/gi;
const ENGLISH =
  /\b(?:the|and|i|to|it|is|my|me|a|of|in|that|was|for|but|not|don't|i'm|just|so|with|she|he|they|feel|have|this|what|be)\b/gi;

/**
 * Kinds already worked out, by text. The composer classifies every earlier person turn on
 * every reply (and the memory summary every turn since the floor): each text is read once.
 */
const kinds = new Map<string, InputKind>();
const KINDS_LIMIT = 2000;

/** Classifies the person's message so unusual input gets a fitting, calm reply. */
export function classifyInput(raw: string): InputKind {
  let kind = kinds.get(raw);
  if (kind === undefined) {
    kind = classify(raw);
    if (kinds.size >= KINDS_LIMIT) kinds.clear();
    kinds.set(raw, kind);
  }
  return kind;
}

function classify(raw: string): InputKind {
  const text = raw.trim();
  if (text.length === 0) return "empty";
  if (!LETTER.test(text) && EMOJI.test(text)) return "emoji_only";
  if (!LETTER.test(text) && !/\d/.test(text)) return /^[.…\-\s?!]+$/.test(text) ? "flat" : "emoji_only";
  if (looksLikeCode(text)) return "code";
  const tidied = tidy(text);
  if (ABUSE_AT_MAIA.test(tidied)) return "abusive";
  if (FLAT.test(tidied.toLowerCase().replace(/[\p{Extended_Pictographic}\s]+$/gu, ""))) return "flat";
  if (looksNonEnglish(tidied)) return "non_english";
  return "ordinary";
}

function looksLikeCode(text: string): boolean {
  const symbols = (text.match(/[{};=<>()[\]]/g) ?? []).length;
  const keywords =
    /\b(?:function|const|let|var|return|import|def|class|public|static|void|console\.log|print\(|SELECT|FROM|=>|<\/?\w+>)/.test(
      text,
    );
  return keywords && symbols >= 3 && symbols / text.length > 0.04;
}

function looksNonEnglish(text: string): boolean {
  const latinLetters = (text.match(/[A-Za-z]/g) ?? []).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  // Mostly non-Latin script (Arabic, Cyrillic, CJK, ...).
  if (letters > 0 && latinLetters / letters < 0.5) return true;
  const foreign = (text.match(FOREIGN) ?? []).length;
  const english = (text.match(ENGLISH) ?? []).length;
  return foreign >= 2 && foreign > english;
}

/** True when most letters are capitals: shouting, which Maia acknowledges rather than mirrors. */
export function isShouting(raw: string): boolean {
  const letters = raw.match(/[A-Za-z]/g) ?? [];
  if (letters.length < 8) return false;
  const upper = letters.filter((c) => c >= "A" && c <= "Z").length;
  return upper / letters.length > 0.7;
}

/** Upper-cases the first letter only. */
export function capitalise(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}
