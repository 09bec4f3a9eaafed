/**
 * The crisis screener: reads one message and says how serious it is (none, concern, urgent,
 * emergency), what kind of risk it carries and whose risk it is. It runs on every message a
 * person writes, before any model sees it, and (through screenReply) on every reply Maia gives,
 * before anyone sees it. It is deliberately deterministic and rule-based: the same words always
 * get the same answer, it works with no model and no network, every decision can be traced to a
 * pattern and a test, and it is fast enough to run on every message without a second thought.
 *
 * How it reads a message: normalise once (lower case, accents and repeated letters squeezed out,
 * leetspeak and chat shorthand spelt out), cut out idioms that only sound dangerous ("this exam is
 * killing me"), split into clauses, then look for signals: wishes to be dead, thoughts of suicide,
 * self-harm, plans, means, timing, goodbyes, an overdose already taken, abuse at home and harm to
 * others. Each signal is checked for negation, for whose risk it is, for the past, and for being
 * a quote, a lyric, the news or a hypothetical. The level comes from how the surviving signals
 * combine: a plan, the means at hand or a time raise it; a goodbye or an overdose makes it an
 * emergency. When it has to choose, it errs towards asking: a false alarm costs a gentle question,
 * a miss can cost a life.
 */
import { setImmediate as turn } from "node:timers/promises";
import { defaultModel, secondOpinion, type ClassifierModel } from "./classifier.js";
import { filedTrigrams, PatternGate, PieceGate, TrigramIndex } from "./prefilter.js";
import type { RiskCategory, RiskLevel, Screening } from "./types.js";
import { levelRank, orderedCategories } from "./types.js";

// ---------------------------------------------------------------------------------------------
// Normalisation

/**
 * Squeezes runs of the same letter to one ("killll" → "kil", "sleep" → "slep"). Applied to the
 * text and, at start-up, to every pattern, so patterns are written in ordinary spelling and
 * still match stretched or misspelt words.
 */
function squeeze(text: string): string {
  return text.replace(/([a-z])\1+/g, "$1");
}

/** The same squeeze for a pattern's source, leaving escapes such as \b alone. */
function squeezePattern(source: string): string {
  let out = "";
  let prev = "";
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === "\\") {
      out += ch + (source[i + 1] ?? "");
      i++;
      prev = "";
      continue;
    }
    if (/[a-z]/.test(ch) && ch === prev) continue;
    out += ch;
    prev = ch;
  }
  return out;
}

const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
};
// Tokens with digits that are ordinary chat, not leetspeak: times, doses, counts, ordinals.
const NUMERIC_WORD = /^\d+(?:am|pm|mg|g|ml|x|s|st|nd|rd|th|h|hr|hrs|min|mins|k|yo|yr|yrs|ish|mins?)?$/;

// Chat shorthand spelt out, after squeezing (so "gonna" arrives here as "gona").
const SHORTHAND: Record<string, string> = {
  u: "you",
  ur: "your",
  ya: "you",
  gona: "going to",
  gon: "going to",
  finna: "going to",
  fina: "going to",
  wana: "want to",
  wanta: "want to",
  tryna: "trying to",
  ima: "im going to",
  rn: "right now",
  tonite: "tonight",
  // Spellings seen in batch k (dyslexic, phonetic and dialect spelling of the words that matter).
  tday: "today",
  agen: "again",
  miself: "myself",
  masel: "myself",
  tuk: "took",
  tak: "take",
  tek: "take",
  whant: "want",
  fink: "think",
  abowt: "about",
  enouf: "enough",
  parasitamol: "paracetamol",
  notis: "notice",
  "2nite": "tonight",
  "2night": "tonight",
  "2day": "today",
  tmrw: "tomorrow",
  aboot: "about",
  paracetmol: "paracetamol",
  any1: "anyone",
  some1: "someone",
  b4: "before",
  kno: "know",
  hw: "how",
  jumpd: "jumped",
  rq: "rage quit",
  godby: "goodbye",
  evryone: "everyone",
  lil: "little",
  tn: "tonight",
  tmr: "tomorrow",
  tomoz: "tomorrow",
  tomorow: "tomorrow",
  "2moro": "tomorrow",
  "2morow": "tomorrow",
  idk: "i dont know",
  dunno: "dont know",
  ppl: "people",
  cuz: "because",
  coz: "because",
  cos: "because",
  bc: "because",
  kinda: "kind of",
  sorta: "sort of",
  gota: "got to",
  abt: "about",
  bout: "about",
  dnt: "dont",
  cnt: "cant",
  nvr: "never",
  neva: "never",
  iam: "im",
  myslef: "myself",
  myslf: "myself",
  mysef: "myself",
  myelf: "myself",
  mself: "myself",
  meself: "myself",
  mysel: "myself",
  everyi: "everyone",
  somei: "someone",
  anyi: "anyone",
  noi: "no one",
  noone: "no one",
  wat: "what",
  wut: "what",
  tabs: "tablets",
  tabz: "tablets",
  pilz: "pils",
  idc: "i dont care",
  idgaf: "i dont care",
  idfc: "i dont care",
  wud: "would",
  wuld: "would",
  wld: "would",
  shud: "should",
  shld: "should",
  cud: "could",
  wnat: "want",
  wamt: "want",
  wabt: "want",
  wnt: "want",
  wanan: "want to",
  guna: "going to",
  gna: "going to",
  bouta: "about to",
  abouta: "about to",
  b: "be",
  r: "are",
  y: "why",
  n: "and",
  nd: "and",
  evryi: "everyone",
  sry: "sory",
  soz: "sory",
  tho: "though",
  thru: "through",
  nite: "night",
  "2mrw": "tomorrow",
  lyf: "life",
  smth: "something",
  sth: "something",
  bcs: "because",
  cus: "because",
  plz: "please",
  pls: "please",
  w: "with",
  thx: "thanks",
  msg: "mesage",
  msgs: "mesages",
  // Batch k, second round: the same words in more spellings and languages.
  tablts: "tablets",
  wit: "with",
  sik: "sick",
  scard: "scared",
  pastilas: "pils",
  pastila: "pil",
  pastiyas: "pils",
  fren: "friend",
  frend: "friend",
  frens: "friends",
  pon: "on",
  fada: "father",
  cutin: "cuting",
  wid: "with",
  dem: "them",
  // Batch zo: thumbs in a hurry.
  stp: "stop",
  shd: "self harmed",
  // Batch zzw: Scottish and Canadian "aboot" arrives squeezed; "enuf".
  abot: "about",
  enuf: "enough",
};

// Shorthand is looked up after squeezing, so its expansions must be squeezed too. A Map, so a
// word such as "constructor" is not looked up on Object's prototype.
const SHORTHAND_WORDS = new Map(Object.entries(SHORTHAND).map(([k, v]) => [k, squeeze(v)]));
// Only whole words are spelt out; one pattern finds them rather than a lookup per word.
const SHORTHAND_PATTERN = new RegExp(
  `\\b(?:${[...SHORTHAND_WORDS.keys()].sort((a, b) => b.length - a.length).join("|")})\\b`,
  "g",
);

// Words ending in a consonant (or y) and "in", squeezed: the ones where "in" stands for "ing".
const G_DROPPED = /\b(?:[a-z]{2,}[b-df-hj-np-tv-z]|[a-z]+y|go|do|be|se)in\b/g;
const NOT_G_DROPPED = new Set(
  [
    "cousin",
    "basin",
    "robin",
    "cabin",
    "begin",
    "muffin",
    "coffin",
    "dolphin",
    "puffin",
    "goblin",
    "violin",
    "satin",
    "margin",
    "origin",
    "virgin",
    "admin",
    "login",
    "cumin",
    "resin",
    "raisin",
    "within",
    "insulin",
    "aspirin",
    "toxin",
    "pumpkin",
    "napkin",
    "bumpkin",
    "gherkin",
    "munchkin",
    "latin",
    "gelatin",
    "assassin",
    "kevin",
    "justin",
    "colin",
    "gavin",
    "martin",
    "austin",
    "dublin",
    "berlin",
    "franklin",
    "kremlin",
    "muslin",
    "javelin",
    "zeppelin",
    "melanin",
    "serotonin",
    "vitamin",
    "penicillin",
    "bulletin",
    "plugin",
    "mandolin",
    "tarpaulin",
    "chaplin",
    "lenin",
    "darwin",
    "marlin",
    "griffin",
    "merlin",
    "gremlin",
    "vermin",
    "lupin",
    "catkin",
    "gabapentin",
    "pregabalin",
    "warfarin",
    "heparin",
    "metformin",
    "amoxicillin",
    "digoxin",
    "melatonin",
    "adrenalin",
    "oxytocin",
    "nicotin",
    "ketamin",
  ].map(squeeze),
);
// The commonest ways of saying "I want to die", "I don't want to live", "I'm going to kill myself"
// and "he is hitting me / going to kill me" in other languages, read as English (accents are
// already gone). Only whole phrases, so a single word shared with English changes nothing.
const OTHER_LANGUAGE_WORDS: [RegExp, string][] = [
  [
    /^(?:me )?quiero morir(?:me)?$|^quero morrer$|^je veux mourir$|^ich (?:will|mochte) sterben$|^voglio morire$|^chce umrzec$|^ik wil dood$|^gusto ko (?:na )?(?:ng )?mamatay$|^nataka kufa$|^olmek istiyorum$|^(?:main )?marna chahta?i? hu$/,
    " i want to die ",
  ],
  [
    /^no quiero (?:seguir )?vivir$|^nao quero (?:mais )?viver$|^je ne veux plus vivre$|^ich will nicht mehr leben$|^non voglio piu vivere$|^nie chce (?:juz )?zyc$|^ik wil niet meer leven$|^ayoko na (?:ng )?mabuhay$|^(?:mujhe )?(?:ab )?(?:aur )?nahi jeena$/,
    " i dont want to live anymore ",
  ],
  [
    /^me (?:voy a|quiero) matar$|^quiero matarme$|^vou me matar$|^quero me matar$|^je vais me tuer$|^je veux me suicider$|^ich bringe mich um$|^voglio uccidermi$|^mi voglio uccidere$|^zabije sie$|^nataka kujiua$/,
    " i want to kill myself ",
  ],
  [
    /^(?:mi (?:esposo|marido|pareja|novio|novia|padre|papa)) me esta (?:pegando|golpeando)$/,
    " my partner is hitting me right now ",
  ],
  [/^(?:dice )?(?:q|que) me va a matar$/, " says he is going to kill me "],
  // Batch zzzb: "(ya) no quiero estar aqui", "I don't want to be here (any more)".
  [/^(?:ya |you )?no quiero estar aqui(?: mas)?$/, " i dont want to be here "],
  // Batch zzw: Tagalog "ayoko na (talaga)", "I (really) can't any more": despair, as "i give up".
  [/^ayoko na(?: talaga)?$/, " i give up "],
];
const OTHER_LANGUAGES = new RegExp(
  `\\b(?:${OTHER_LANGUAGE_WORDS.map(([p]) => p.source.replace(/\^|\$/g, "")).join("|")})\\b`,
  "g",
);

// Intensifiers and hedges that change nothing about risk; removed after squeezing.
const FILLERS = new RegExp(
  `\\b(?:${[
    "realy",
    "rly",
    "actualy",
    "literaly(?! me\\b)",
    "honestly",
    "genuinely",
    "lowkey",
    "highkey",
    "tbh",
    "tbf",
    "ngl",
    "basicaly",
    "legit",
    "fucking",
    "fuckin",
    "freaking",
    "frickin",
    "bloody",
    "deadas",
  ].join("|")})\\b`,
  "g",
);

// Emoji that stand for means or a place, read as the word ("\u{1F48A} all of them tonight").
const EMOJI_WORDS = new Map([
  ["\u{1F48A}", "pills"],
  ["\u{1F52A}", "knife"],
  ["\u{1F52B}", "gun"],
  ["\u{1FA78}", "blood"],
  ["\u{1FAA2}", "rope"],
  ["\u{1F309}", "bridge"],
]);
const EMOJI_MEANS = /[\u{1F48A}\u{1F52A}\u{1F52B}\u{1FA78}\u{1FAA2}\u{1F309}]/gu;
const EMOJI_LAUGH = /[\u{1F602}\u{1F923}\u{1F480}\u{1F606}\u{1F605}]/gu;

// Words typed with no spaces ("iwanttohurtmyself", "thisisgoodbye"), as on a phone keyboard
// whose space bar is ignored, are split back into words when the whole run splits into words of
// this list (everyday words plus the ones risk is said in). Only runs of 14 letters or more are
// tried, so ordinary words and names are never touched.
const RUN_ON_WORDS = new Set(
  (
    "i a am an and are as at be been being but by can cant could did didnt do does dont done for from get go going gone got " +
    "had hadnt has have havent he her here him his how if im in into is isnt it its ive id ill just know let like me mine " +
    "more my myself no not now of off on one or our out please right said say see she so some sorry still stop take " +
    "than that the their them then there they thing things think thinking this those to today tomorrow tonight too " +
    "up us very was wasnt we went were what when where which while who why will with wish wont would wouldnt you your " +
    "all always anymore any anyone away back bad best better bye goodbye care cut cutting die dead death dying end " +
    "ending everyone everything everybody feel feeling forever forgive gone hate help hurt hurting kill killing life " +
    "live living love loved miss mum mom dad mother father sister brother family friend friends morning night day " +
    "pills tablets rope bridge jump never nobody nothing over pain point sleep slept wake woke woken waking want " +
    "wanted wanting tired hard myself yourself herself himself bad so much really cant stop about again alive " +
    "around enough last leave left need sad scared alone end ended tell told say sorry"
  ).split(" "),
);
function splitRunOn(word: string): string {
  // best[i]: the fewest words that spell word.slice(0, i), or Infinity.
  const best = new Array<number>(word.length + 1).fill(Infinity);
  const from = new Array<number>(word.length + 1).fill(-1);
  best[0] = 0;
  for (let i = 1; i <= word.length; i++)
    for (let j = Math.max(0, i - 12); j < i; j++)
      if (best[j]! + 1 < best[i]! && RUN_ON_WORDS.has(word.slice(j, i))) {
        best[i] = best[j]! + 1;
        from[i] = j;
      }
  if (best[word.length] === Infinity) return word;
  const words: string[] = [];
  for (let i = word.length; i > 0; i = from[i]!) words.unshift(word.slice(from[i]!, i));
  return words.join(" ");
}
// Irish English "I'm after deciding" is "I've just decided".
const AFTER_PERFECT: Record<string, string> = {
  deciding: "decided",
  taking: "taken",
  doing: "done",
  cutting: "cut",
  buying: "bought",
  getting: "got",
  writing: "written",
  telling: "told",
  swallowing: "swallowed",
};

/**
 * Normalises a message once for every pattern: lower case, no accents or apostrophes, quotes and
 * clause breaks kept as tokens (`"` and `|`), leetspeak and shorthand spelt out, repeated letters
 * squeezed. Exported so tests can show what the patterns see.
 *
 * @example normaliseMessage("I waaant to K1LL myslef!!") // " i want to kil myself | "
 */
export function normaliseMessage(text: string): string {
  let s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  s = s.replace(/\b[a-z]{14,}\b/g, splitRunOn);
  // Voice-to-text corrected aloud: "my insolent I mean insulin" is "my insulin" (a word and its
  // correction share their first three letters).
  s = s.replace(/\b([a-z]{3,}) ,? ?i mean ([a-z]{3,})\b/g, (m, a: string, b: string) =>
    a.slice(0, 3) === b.slice(0, 3) && a !== b ? b : m,
  );
  s = s.replace(
    /\b(i'?m|i am|he'?s|she'?s|he is|she is) after (\w+ing)\b/g,
    (m, who: string, verb: string) =>
      AFTER_PERFECT[verb] ? `${who.startsWith("i") ? "ive" : who} just ${AFTER_PERFECT[verb]}` : m,
  );
  // Pidgin and patois negation: "the blood no gree stop" is "won't stop".
  s = s.replace(/\b(?:no gree|no wan|no want|nah|nuh|cyaan) (?=stop|stay|close|heal)/g, "wont ");
  s = s.replace(/(?:\bthis )?\u{1F449}?\s*\u{1F309}\s*\u2b07\ufe0f?/gu, " jumping off a bridge ");
  s = s.replace(/\u2b07\ufe0f?/gu, " down ").replace(/\u{1F449}/gu, " ");
  s = s.replace(EMOJI_LAUGH, " lol ");
  s = s.replace(EMOJI_MEANS, (e) => ` ${EMOJI_WORDS.get(e) ?? ""} `);
  s = s.replace(/\bw\/o\b/g, "without").replace(/\bw\/(?=\s)/g, "with");
  s = s.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'").replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"');
  s = s.replace(/(?<=[a-z])[@$]|[@$](?=[a-z])/g, (c) => LEET[c] ?? c);
  s = s.replace(/'/g, "");
  // "next one through is 2.14", "its 3.40", "the 22:14": a time, and "sugar's 2.4": a decimal,
  // neither the end of a sentence.
  s = s.replace(/\b([01]?\d|2[0-3])[.:]([0-5]\d)\b(?![.:]\d)/g, "$1 $2");
  s = s.replace(/(\d)\.(\d)(?!\d)/g, "$1 point $2");
  s = s
    .replace(/\?+/g, " ? | ")
    .replace(/(?:[.!;:\n\r\u2026]|\s-\s)+/g, " | ")
    .replace(/,/g, " , ");
  s = s.replace(/"/g, ' " ');
  s = s.replace(/[^a-z0-9|,?" ]+/g, " ");
  s = s.replace(/\b(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]+\b/g, (w) =>
    NUMERIC_WORD.test(w) || SHORTHAND_WORDS.has(w) ? w : w.replace(/[0-9]/g, (d) => LEET[d] ?? d),
  );
  // "d i e", "k i l l": letters typed apart to dodge filters are joined back into a word.
  s = s.replace(/\b(?:[a-z] ){2,}[a-z]\b/g, (w) => w.replace(/ /g, ""));
  // "off myself" is slang for killing oneself; once squeezed it would read "of myself", as in
  // "proud of myself", so it is spelt out before.
  s = s.replace(
    /\boff(ing)? (?=(?:my ?self|meself|me self|him ?self|her ?self|them ?selves?|theirselves)\b)/g,
    (_m, ing) => (ing ? "unaliving " : "unalive "),
  );
  s = s.replace(OTHER_LANGUAGES, (m) => OTHER_LANGUAGE_WORDS.find(([p]) => p.test(m))?.[1] ?? m);
  // Batch zzzb: Scots "-nae" on an auxiliary is "-n't" ("wouldnae care if i didnae wake up").
  s = s.replace(/\b(would|could|did|should|was|is|have|has|had|does)nae\b/g, "$1nt");
  // Batch zzw: "bleech" would squeeze to "blech", the noise of disgust; it is bleach.
  s = s.replace(/\bbleech\b/g, "bleach");
  s = squeeze(s);
  // A dropped g: "bleedin", "thinkin bout endin it", "goin", "tryin" ("cousin", "insulin" and
  // "begin" are words of their own).
  s = s.replace(G_DROPPED, (w) => (NOT_G_DROPPED.has(w) || /(?:skin|mycin|statin)$/.test(w) ? w : `${w}g`));
  s = s.replace(SHORTHAND_PATTERN, (w) => SHORTHAND_WORDS.get(w) ?? w);
  s = s.replace(/\bhole (?=botle|box|lot|strip|packet|pack|thing|month)/g, "whole ");
  // "dye" is a common slip for "die", except when it is about hair or fabric.
  s = s.replace(/\bdye\b(?! (?:my|your|her|his|it|the|hair|them|some))/g, "die");
  // "want 2 die": a lone 2 after a verb of wanting or going is "to".
  s = s.replace(/\b(want|wana|going|ned|have|got|ready|trying|like|about|deserve) 2\b/g, "$1 to");
  s = s.replace(/\b2 (?=end it|end my life|die|kil myself)\b/g, "to ");
  // Second-language English: "i want finish my life", "want cut now", "how many tablets for die".
  s = s.replace(
    /\b(want|wants|wana|ned|neds|wish|try|ready|decide|decided|plan) (?=(?:die|cut|jump|kil|end|finish|make|hang|burn|obey|go|shot|shoot|stab|disapear)\b)/g,
    "$1 to ",
  );
  s = s
    .replace(/\bfor (?:die|dying)\b/g, "to die")
    .replace(
      /\bfor (?:end|ending)\b(?! (?:of|the|this|that|it|things|my|his|her|your|their|our|a|an))/g,
      "to end it",
    );
  s = s.replace(/\bdrinked\b/g, "drank");
  // Fillers that carry no risk of their own are dropped, so "i just really want to die" reads as
  // "i want to die" and every pattern tolerates them without listing them. "just" stays before a
  // verb of something done ("i just took"), where it means "a moment ago".
  s = s.replace(FILLERS, " ");
  s = s.replace(/\b(i|im|id|ive|il|and|to|would|wil|realy) (?:kind|sort) of\b/g, "$1");
  s = s.replace(
    /\bjust\b(?! (?:tok|taken|had|swalowed|drank|did|done|tried|cut|overdosed|od|oded|woke|got|now|came|found|sent|texted|left|wrote|finished|burned|burnt|hit|jumped|downed|ate|kiding|joking|said|told|mesaged|caled|rang|snapchated|dmed|posted))/g,
    " ",
  );
  // Only spaces are left between words by now.
  s = s.replace(/ {2,}/g, " ").trim();
  return ` ${s} `;
}

// ---------------------------------------------------------------------------------------------
// Pattern helpers: every pattern is written in plain spelling and squeezed once, here.

function re(source: string, flags = "g"): RegExp {
  return new RegExp(squeezePattern(source), flags);
}

/**
 * V8 compiles a regular expression whose source is longer than about 20 KB without its usual
 * optimisations: MORE_IDIOMS at 20.6 KB took 2.7 s to screen 20,000 ordinary messages where either
 * half took 20 ms, and the whole screener ran 2.5 times slower. `PATTERN_LIMIT` keeps every pattern
 * well under it (a test holds it there), and a long \\b(?:a|b|...)\\b list is compiled in parts.
 */
export const PATTERN_LIMIT = 16_000;
function reInParts(source: string): RegExp[] {
  const head = "\\b(?:";
  const tail = ")\\b";
  if (!source.startsWith(head) || !source.endsWith(tail)) return [re(source)];
  const body = source.slice(head.length, -tail.length);
  // The top-level alternatives: "|" outside any group or character class.
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) {
      alternatives.push(body.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(body.slice(start));
  const parts: string[][] = [[]];
  let size = 0;
  for (const alternative of alternatives) {
    if (size + alternative.length > PATTERN_LIMIT / 2 && (parts.at(-1) as string[]).length > 0) {
      parts.push([]);
      size = 0;
    }
    (parts.at(-1) as string[]).push(alternative);
    size += alternative.length + 1;
  }
  return parts.map((list) => re(`${head}${list.join("|")}${tail}`));
}

/** Joins alternatives into a non-capturing group. */
function any(...parts: string[]): string {
  return `(?:${parts.join("|")})`;
}

const MYSELF = "(?:my ?self|meself|me self)";
const OTHER_SELF = "(?:him ?self|her ?self|them ?selves|them ?self|theirselves)";
const SUICIDE_WORD = any(
  "suicide",
  "suicid",
  "sucide",
  "suicde",
  "suiside",
  "suicd",
  "suiced",
  "sucid",
  "sewer ?slide",
  "sewer ?side",
  "suey ?side",
  "s ?u ?i ?c ?i ?d ?e",
);
const SUICIDAL_WORD = any("suicidal", "sucidal", "suicdal", "suisidal", "suicidle", "sucidle", "suicidial");
const PILLS = any(
  "pils",
  "pil",
  "tablets?",
  "meds",
  "medication",
  "medicine",
  "paracetamol",
  "painkilers?",
  "sleeping (?:pils|tablets)",
  "antidepresants?",
  "insulin",
  "tylenol",
  "ibuprofen",
  "codeine",
  "co codamol",
  "opioids?",
  "oxy",
  "aspirin",
  "xanax",
  "diazepam",
  "sertraline",
  "citalopram",
  "fluoxetine",
  "amitriptyline",
  "lithium",
  "quetiapine",
  "prescriptions?",
  "morphine",
  "zopiclone",
  "zolpidem",
  "melatonin",
  "tramadol",
  "propranolol",
  "mirtazapine",
  "pregabalin",
  "gabapentin",
  "venlafaxine",
  "oxycodone",
  "fentanyl",
  "benzos",
  "naproxen",
  "acetaminophen",
  "oramorph",
  "methadone",
  "clozapine",
  "olanzapine",
  "warfarin",
);
const LOTS = any(
  "(?:a |the |an |my |two |three |\\d+ )?(?:whole |entire |ful )?(?:box|boxes|packet|packets|pack|packs|bottle|bottles|strip|strips|tub|jar|load|bunch|handful|handfuls|blister pack|lot) of(?: the| my)?",
  "al",
  "al of",
  "al the",
  "every(?: single)?(?: one of)?",
  "the whole",
  "a whole",
  "whole",
  "a bunch of",
  "a load of",
  "loads of",
  "lots of",
  "enough",
  "to many",
  "(?:way|far|so|much) to many(?: of)?",
  "so many",
  "to much(?: of)?",
  "my (?:whole|entire)",
  "a handful of",
  "handfuls of",
  "the rest of",
  "a box of",
  "a packet of",
  "a pack of",
  "boxes of",
  "packets of",
  "a bottle of",
  "a strip of",
  "two packets of",
  "\\d+",
  "like \\d+",
  "over \\d+",
  "about \\d+",
);
const PERSON = any(
  "him",
  "her",
  "them",
  "someone",
  "somebody",
  "people",
  "everyone",
  "everybody",
  "my (?:(?:little|big|older|younger|baby|step|ex|new|old|best|twin) )?(?:dad|father|mum|mom|mother|stepdad|step dad|stepmum|brother|sister|boss|manager|teacher|partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|neighbour|neighbor|flatmate|roommate|therapist|baby|son|daughter|kids?|children|family|parents|colleague|coworker|uncle|aunt|cousin|friend|mate)",
  "the (?:kids|children|baby|teacher|boss|guy|man|woman|girl|people|students|class|neighbours?|neighbors?|bully|bulies)",
  "(?:that|this) (?:guy|man|woman|girl|boy|person|teacher|bully)",
  "the next (?:person|one|guy|girl|kid)",
  "whoever",
  "his \\w+",
  "a (?:child|kid|stranger|person)",
);
const PERP = any(
  "my (?:older|younger|big|little|step|twin) (?:brother|sister|dad|mum|mom|cousin)",
  "he",
  "she",
  "they",
  "hes",
  "shes",
  "my (?:dad|father|mum|mom|mother|stepdad|step dad|stepmum|stepmom|step mum|partner|boyfriend|bf|girlfriend|gf|husband|wife|ex|brother|sister|uncle|aunt|parents|family|carer|grandad|grandpa|grandma|nan|flatmate|roommate|landlord|mums boyfriend|moms boyfriend|dads girlfriend|cousin|son|daughter)",
  "(?:mums|moms|dads) (?:boyfriend|girlfriend|partner)",
  "(?:the|my) (?:night |day |home |foster |live in )?carer",
  "my (?:housemate|foster (?:mum|mom|dad|carer|parents))",
);

// A person at home named as such ("my husband"), not just "he" or "she".
const PERP_NAMED = PERP.replace("|he|she|they|hes|shes|", "|");
// Who or what a determiner can put before means: "my dad's gun", "new blades", "all the pills".
const DET = `(?:(?:a|an|the|my|some|al|enough|new|fresh|more|both|spare|old|our|my \\w+s|my \\w+ s|\\w+s old) )*`;
// Places people go to end their lives, named as places ("at the quarry", "on the viaduct").
const PLACES = any(
  "bridge",
  "footbridge",
  "flyover",
  "overpass",
  "viaduct",
  "roof",
  "rooftop",
  "top deck",
  "multistorey",
  "multi storey",
  "terace",
  "\\d+(?:th|st|nd|rd) flor",
  "balcony",
  "ledge",
  "cliffs?",
  "cliff top",
  "quarry",
  "platform",
  "level crossing",
  "(?:train|railway) station",
  "woods",
  "forest",
  "railway(?: line)?",
  "tracks",
  "dam",
  "reservoir",
  "pier",
  "harbour(?: wall)?",
  "sea wall",
  "river",
  "canal",
  "estuary",
  "weir",
  "top of the car park(?: stairs)?",
  "car park stairs",
  "sea",
  "coast",
  "beach",
);
const WEAPONS = any(
  "knife",
  "knives",
  "gun",
  "shotgun",
  "pistol",
  "rifle",
  "machete",
  "panga",
  "cutlass",
  "axe",
  "crowbar",
  "crossbow",
  "knuckle dusters?",
  "bat",
  "baseball bat",
  "hamer",
  "weapon",
  "firearm",
);

// ---------------------------------------------------------------------------------------------
// Idioms and harmless uses, removed before any signal is looked for. Each is a phrase that
// contains a risk word but carries no risk in ordinary speech.

// "my phone's about to die": an idiom, unless the writer says they go with it ("and so am i").
const NOT_ME_TOO = "(?! (?:and |, )?(?:so (?:am|will|is) i|me too|same|with it|like me))";

const IDIOMS = re(
  `\\b${any(
    "if loks could kil",
    "end me (?:when|if) i beat (?:him|her|them) at \\w+",
    "beat (?:my \\w+|you|everyone|(?:him|her|them)(?<=\\b(?:going to|gona|wil|il|can|could|always|to) beat \\w+)) at (?:ches|cards|fifa|pol|darts|tenis|scrable|monopoly|mario kart|uno|golf|squash|badminton|cod|fortnite)",
    "(?:even )?if it kils me",
    // The body or the daily grind "trying to kill me".
    "my (?:kne|knes|back|neck|fet|legs?|head|stomach|tumy|body|hips?|shoulders?|toth|teth|sinuses|alergies|hay fever|job|comute|diet|workout|trainer|shoes|boots) (?:is|are|s|re) (?:trying to|going to|gona|out to) kil me",
    // Said laughing about someone at home: "im going to kill my brother he ate my biryani lol".
    "(?:going to|gona|wil|il) kil (?:my (?:litle |big |older |younger )?(?:brother|sister|mum|mom|dad|flatmate|roomate|bf|gf|boyfriend|girlfriend|husband|wife|partner|friend|mate|cousin)|him|her)(?=[^|]*\\blol\\b)(?![^|]*\\b(?:${WEAPONS}|not joking|serious|mean it)\\b)",
    // A team's supporters: "we're going to kill them tonight".
    "(?:we|were|we are|we wil|wel) (?:going to |about to )?(?:kil|murder|destroy|smash) (?:them|em)(?= tonight| today| tomorow| at| in| on| this| lol| haha| ?$| ?\\|| ?,)",
    "kiling me(?: softly)?",
    "dying (?:to|for|of (?:laughter|laughing|embarasment|cringe|boredom|thirst|hunger|curiosity|the heat))",
    "(?:died|die|dying|dead) (?:laughing|of laughter|of embarasment|of shame|of cringe|of boredom|a little inside|inside a little|a bit inside|on (?:this|that) hil)",
    "(?:im|i am|literaly|actualy) (?:dying|dead|ded)(?= (?:lol|lmao|haha|hahaha|xd|of))",
    "(?:bored|scared|sick|worried|tired|loved?|freezing|starving|frightened|annoyed|stresed|bullied) to death",
    "to die for(?= ?$| ?\\|| ?,| lol| tbh| honestly| though| tho)",
    "die hard",
    "do or die",
    "dead (?:tired|on my feet|beat|serious|set on|certain|easy|good|end|lift|weight(?! to (?:\\w+ ){0,5}(?:my family|my kids|my children|my parents|everyone|everybody|my wife|my husband|my partner)\\b)|to me|inside lol|silence|quiet|ringer)",
    "over my dead body",
    "(?:phone|battery|laptop|car|charger|plant|plants) (?:is |s |has |just )?(?:dead|died)",
    `(?:phone|laptop|battery|car) (?:is |s )?(?:dying|about to die)${NOT_ME_TOO}`,
    "(?:nearly|almost) (?:died|kiled my ?self) (?:laughing|when|of|on|tripping|falling|running|at the gym|doing|trying to|in the|on the)",
    "kil(?:ed|s|ing)? (?:it|time|the (?:vibe|mood|lights|engine|music|game|bas|proces|conversation|boss|dragon|zombies?|monsters?|spider|fly|wasp|bug|mosquito|exam|test|interview|presentation|set|performance)|two birds|a few hours|an hour|some time|my (?:plants?|phone battery|battery|buz|vibe|data|cactus))",
    "kilers?",
    "(?:wil|going to|would|could|id) kil for (?:a|an|some)",
    "(?:could|would|wil|going to|gona|about to|want to) (?:murder|kil|demolish|destroy|smash) (?:a|an|some|this|that) (?:pizza|burger|curry|pint|drink|beer|coffee|kebab|cup of tea|sandwich|chips|takeaway|chocolate|cake|nap|bed|burrito|steak|drink)",
    "murder (?:mystery|mysteries|podcasts?|documentary|documentaries|show|shows)",
    "true crime",
    // A threat reported ("he says he will kill me if i go") is not an idiom.
    "(?<!\\b(?:say|says|said|tels|told me|swears|saying|threatens|threatened) )(?:mum|mom|mother|dad|father|parents|boss|teacher|coach|girlfriend|boyfriend|wife|husband|sister|brother|gf|bf|manager|tutor|lecturer|she|he|they|nan|gran) (?:\\w+ )?(?:is|s|are|re|wil|wil literaly|is going to|s going to|are going to|re going to|going to|is literaly going to) (?:literaly |actualy |absolutely |actualy going to )?kil me (?:when|if|for|because|once|after|lol|haha|xd)",
    "(?:i could|i would|id|i swear i could) (?:literaly |actualy |honestly |seriously )?(?:kil|murder|strangle|throttle) (?:him|her|them|you|my (?:brother|sister|flatmate|roommate|cat|dog|boss|mum|mom|dad|teacher|therapist|bf|gf|boyfriend|girlfriend|husband|wife)|whoever)(?= (?:lol|lmao|haha|xd|for|when|if|because|he|she|they|sometimes|i swear)| \\||  ?$| ,)",
    "(?:kil|shoot) me now (?:lol|haha|lmao|xd)",
    "cut (?:my ?self |me )?(?:some|a bit of|a litle) slack",
    "(?![^|]*\\b(?:on purpose|deliberately))(?:cut|nicked|sliced|burnt|burned|hurt|injured|bruised|sprained|pulled|scraped|scratched) (?:my ?self|my (?:finger|hand|thumb|knee|leg|ankle|foot|back|shoulder|wrist|arm|lip)) (?:\\w+ )?(?:shaving|cooking|chopping|slicing|on (?:a|the|some|my)|while|by acident|acidentaly|opening|with (?:a|the) (?:knife|tin|can|paper|iron|kettle|pan|oven)|making|in the kitchen|at work|at the gym|playing|running|lifting|skiing|ironing|climbing|falling|tripping|moving|doing|during|at footbal|at rugby|at netball)",
    "cut (?:down|back|of|out|ties|corners|clas|school|my hair|my fringe|the cord|it close|to the chase|carbs|sugar|my loses|him of|her of|them of|people of|contact|in line|a deal|the cake|the grass|the lawn|the hedge|the line|short)",
    "hair ?cut|paper ?cut|cut ?price|short ?cut",
    "hurt (?:his|her|their|my|your|our) (?:feelings|pride|chances)",
    "hang (?:out|on|in there|around|up|with|tight|my (?:washing|clothes|coat|pictures?|laundry)|the (?:washing|laundry|pictures?))",
    "hanging (?:out|on|around|up|with)",
    "hung (?:out|up)",
    "jump (?:on|in(?! front)|into|at|to|ahead|the queue|the gun|ship|through hoops|for joy|up and down|rope|scare|scares|start|on a cal)",
    // A dose as prescribed or as on the packet: "i take 9 tablets every morning", "going to take 2 ibuprofen".
    "(?:take|takes|taking|have|has|on) (?:\\d+|a|one|two|thre|four|five|six|seven|eight|nine|ten) (?:\\w+ )?(?:tablets?|pils?|meds|capsules|paracetamol|ibuprofen|painkilers?) (?:a day|per day|every (?:morning|day|night|evening)|each (?:morning|day|night)|daily|twice a day|thre times a day|with (?:food|breakfast|dinner|meals))",
    "(?:take|taking|took|had) (?:1|2|3|one|two|thre|a couple of) (?:\\w+ )?(?:paracetamol|ibuprofen|painkilers?|tablets?|pils?|capsules|aspirin)(?! (?:at once|and then|on top))",
    `(?:take|took|taking|had|have taken) (?:a|one|two|2|1|my|some) (?:${PILLS}|paracetamol|ibuprofen|painkilers?|pil|pils|tablets?|meds|dose|antihistamine|vitamins?) (?:for|because|and then|to help|this morning as|like normal|as prescribed|with)`,
    "(?:take|taking|took|forgot|forget|remember|remembered|on|started|starting|stopped|new|my usual|prescribed) (?:to take )?my (?:meds|medication|tablets|pils|antidepresants)(?! (?:al|at once))",
    "drop(?:ed)? dead (?:gorgeous|lol)",
    "deadline|deadpan|deadlift|death metal|death note|death stranding|grim reaper",
    "(?:i could|i would|id|could|would) die (?:for|happy)|die happy|die old",
    "(?:die|dye|dying|dyeing|dyed|died) (?:my|your|her|his) hair",
    "(?:shoot|shot|shooting) (?:a|an|the|some|me|my|your)? ?(?:email|mesage|text|film|video|photos?|pictures?|hoops|shot|breze|pol|zombies|for the stars|me a mesage|me a text|up in|my shot|your shot)",
    "photo ?shoot",
    "stab (?:at|in the dark)",
    "overdosed? on (?:cafeine|cofee|sugar|chocolate|netflix|tiktok|cringe|memes|energy drinks|red bul|carbs|anime|sleep|tea)",
    "crawl (?:into|in) a hole and die",
    "suicide (?:squad|mision|doors|run|runs|sprints?|drils?|burpes|lines)",
    "(?:died|die|dying|kiled|kil my ?self) (?:in|on) (?:the |this |that |my )?(?:game|level|bos|raid|minecraft|fortnite|roblox|elden ring|dark souls|round|match)",
    "(?:go|went|going) die in a (?:hole|ditch)",
    "kmsl",
    "hit me up",
    "(?:cant stop |wont stop )?bleding (?:from|because of|after) (?:this |a |my |the )?(?:paper ?cut|shaving cut|nick|graze|splinter|nosebled|period)",
    "(?:nose|nosebled|gums?|period|tooth|lip|ear|pad) (?:\\w+ ){0,2}(?:bleding|bled|blod)",
    "(?:done|finished|sick|tired) (?:with )?life (?:admin|insurance|drawing|story|update|goals|lesons?|skils|coach|hacks?|choices|event)",
    "(?:going to|gona|wil|il|might|could|wil literaly|am going to|about to) die (?:if|of|from|without|before|when|laughing)",
    "(?:took|taken|take) al (?:of )?my (?:meds|medication|tablets|pils)(?= (?:this morning|today|like normal|as usual|on time|for the day|as prescribed|for once|without forgeting))",
    "rather (?:die|be dead) than (?!(?:go|going) (?:in|into) (?:a|the) (?:home|care home|nursing home)\\b)(?!(?:go|live|get|sit) through (?:another|one more) (?:year|day|wek|month|night|winter|christmas|birthday)\\b)(?!(?:\\w+ )?(?:another|one more|live|keep|cary on|go on|face (?:another|this))\\b)(?:go|do|sit|atend|eat|listen|talk|se|wear|ask|watch|cal|work|admit|apologi[sz]e|say|tel|dance|sing|run|be sen|have to)",
    "(?:hit|hiting|banged|bumped|bump) my head (?:on|against) (?:the|a) (?:cupboard|dor|shelf|table|car|ceiling|bed|desk)",
    // Added with the batches by authors f and g.
    "lock(?:s|ed)? (?:me|us) out of (?:the|my) (?:kitchen|living rom|lounge|garage|shed|dining rom)(?= [^|]*\\b(?:birthday|surprise|cake|present|christmas|anniversary|making))",
    "locked (?:me|us) out (?:of (?:the|my) (?:house|flat|car|rom) )?(?:by acident|acidentaly|by mistake)",
    "one more time(?<!\\b(?:hits?|hurts?|touch(?:es)?|lays a hand on) [^|]{0,40}one more time) (?:i swear )?(?:i |il |i wil |im going to )?(?:kil|murder|strangle|throtle) (?:them|him|her|you)(?![^|]*\\b(?:thought about how|mean it|not joking|for real)\\b)",
    "(?:blod everywhere|so much blod|lots of blod)(?<=\\b(?:fel|tripped|crashed|slipped|came of)\\b[^|]{0,60}(?:blod everywhere|so much blod|lots of blod))",
    "(?:says|said) if i (?:dont|do not) (?:\\w+ ){1,4}(?:hes|shes|hel|shel|he wil|she wil|theyl|theyre) (?:going to )?kil me(?= [^|]*\\b(?:lol|lmao|haha|dramatic|joke|joking))",
    // Theme FA: words of dying or killing that their own message makes ordinary. Rather die than sit
    // through an ordinary event ("id rather die than do another group presentation", "than spend
    // christmas at the in laws again"), not than live through another day or spend it alone.
    "(?:rather|sooner) (?:die|be dead) than (?:do|sit through|spend|go to|atend|face|have to do|go through|host|run) (?:another |one more |a |the )?(?:\\w+ ){0,3}(?:presentations?|icebreakers?|ice breakers?|metings?|group|groups|party|parties|christmas|easter|quiz|team building|away day|zom cals?|conference|asembly|lecture|seminar|workshop|family do|barbecue|bbq|karaoke|speed dating|secret santa|fire drill|group project)\\b(?![^|]*\\b(?:alone|on my own|by myself|live|living|like this|wake up)\\b)",
    // The weather, an allergy or a hangover that will "end" or "finish" the writer, or have them
    // "dead by morning" ("this heat is gonna end me", "the colds going to finish me off", "im allergic
    // to cats and my mate has 4, ill be dead by sunday").
    "(?:heat|heatwave|humidity|cold|weather|damp|hangover|pollen|hayfever|hay fever)s?\\b[^|]{0,30}\\b(?:going to|gona|wil|is going to|s going to) (?:end|finish) me(?: of)?",
    "(?:il|i wil|im going to|i am going to) be dead by (?:the )?(?:morning|tomorow|tonight|lunch|sunday|monday|tuesday|wednesday|thursday|friday|saturday|wekend|end of the day)(?<=\\b(?:heat|heatwave|melting|boiling|humid|humidity|sweating|freezing|alergic|alergy|hayfever|pollen|hungover|hangover)\\b[^]{0,80})",
    // Someone who will "kill" the writer for a thing damaged or borrowed ("shes gonna kill me when she
    // sees i dented the car", "borrowed my sisters dress and spilled wine on it, shes going to murder
    // me"): not when they will come home angry about something else.
    "(?:kil|murder|end) me when (?:she|he|they|mum|mom|mam|dad|my \\w+) (?:ses|se|sees|finds out|notices|gets back|gets home)(?: that)? i (?:dented|scratched|broke|spiled|spilt|wore|borowed|ate|finished|crashed|smashed|cracked|burnt|shrunk|stained|ruined|lost) (?:my |her |his |their |the |our )\\w+",
    "(?:borowed|spiled|spilt|dented|scratched|wore|shrunk|stained|crashed|cracked) (?:my |her |his |their |the |our )(?:\\w+ ){0,2}[^|]{0,50}(?: \\|)? (?:shes|hes|theyre|she is|he is|mum is|mums|dads|dad is) (?:going to|gona) (?:kil|murder|end) me(?= ?$| ?\\|| ?,| lol| haha)",
    // Ending "it" that the next words name as a relationship, a membership or a streak ("im going to
    // end it. with him. the relationship", "thinking of ending it with ryan", "end it all... my
    // duolingo streak i mean"), and "dying" of embarrassment.
    "end(?:ing)? it(?: al)? \\| with (?:him|her|them|(?!(?:a|an|the|my|some|pils|tablets|rope|knife|gun|meds|insulin|drink|vodka|everything|al|this|it|me|myself)\\b)[a-z]+)(?= ?$| ?\\|| ?,| tonight| today| tomorow)(?![^]*\\b(?:die|dead|kil|suicid\\w*|pils|tablets|rope|godbye|sory|not be here|wont be here|my life|everything|everyone|anymore|no point|cant (?:do|take|go on))\\b)",
    "(?:end(?:ing)? it(?: al)?|(?:want|wanted|need) it to end)(?: \\|)? (?:(?:my|the|this|that|our) (?:\\w+ ){0,3}(?:membership|streak|subscription|contract|lease|course|series|diet|account|relationship|project)\\b|(?:my|the|this|that) (?![^|]*\\b(?:life|lives|self|existence|everything)\\b)(?:\\w+ ){0,3}\\w+ i mean\\b)",
    "(?:want|wanting|wanted|wana) to die (?:of|from) (?:embarasment|shame|cringe|boredom|laughter|laughing)",
    // A kill word over a game ("my daughter cheats at scrabble, ill kill her", "told her brother shes
    // going to kill him over minecraft", "he said ill kill you when i beat him at mario kart") or said
    // with love ("love him but im going to kill him", "im going to kill him. lovingly").
    "(?:kil|murder|strangle|throtle|end) (?:him|her|them|you|each other|my (?!self\\b)\\w+)(?=[^|]{0,40}\\b(?:over|at|in|during) (?:the |a |our )?(?:scrable|monopoly|minecraft|fortnite|roblox|mario kart|smash bros|smash|chess|uno|cards|fifa|cluedo|catan|pictionary|trivial pursuit|jenga|board games?|video games?|the game|a game)\\b)",
    "(?:cheats|cheating|cheated|(?:beat|beats|beating) (?:him|her|them|me)|won|wins|winning) at (?:scrable|monopoly|minecraft|fortnite|roblox|mario kart|smash bros|chess|uno|cards|fifa|cluedo|catan|pictionary|trivial pursuit|jenga|board games?)(?: again)?(?: ,| \\|)? (?:(?:il|i wil|im going to|i could|going to|i swear il) )?(?:kil|murder|strangle) (?:him|her|them|you)(?= ?$| ?\\|| ?,| lol| haha)",
    "love (?:him|her|them|you) (?:to bits |dearly )?(?:but |\\| )?(?:im going to|il|i wil|i could|going to) (?:kil|murder|strangle) (?:him|her|them|you)(?= ?$| ?\\|| ?,| lol| haha)(?![^]*\\b(?:knife|gun|weapon|tonight|hit me|hits me|hurt|afraid|scared|mean it|serious|not joking)\\b)",
    "(?:kil|murder|strangle) (?:him|her|them|you)(?: ,| \\|)? lovingly",
    // Hearing a song once more or sitting through one more team day, and "walking into the sea".
    "if i (?:hear|se|have to (?:hear|listen to|sit through|do|go to|atend)|get) (?:\\w+ ){0,4}one more (?:time|(?:\\w+ ){0,2}(?:day|song|meting|email|presentation|session|workshop))\\b[^|]{0,30}\\b(?:im|i am|il|i wil) (?:going to |gona )?(?:simply |just |literaly |actualy )?(?:walk into the sea|walk into a river|throw myself (?:of|in|into) (?:a|the) \\w+)(?![^|]*\\b(?:tonight|for real|not joking|mean it)\\b)",
    // Blades found that the person's trade accounts for ("found razor blades in his bag, hes a
    // barber"), a gun across the knees while waiting for a fox, a rifle out to be cleaned.
    "found (?:razor )?blades [^|]{0,40}(?: ,| \\|)? (?:hes|shes|he is|she is|theyre|they are) (?:a |an )?(?:trainee |apprentice )?(?:barber|hairdresser|carpenter|joiner|decorator|plasterer|builder|roofer|tattooist|tattoo artist|model maker)",
    "(?:shotgun|rifle|air rifle|gun|twelve bore)[^|]{0,40}(?:waiting|wait|lamping|sat up|out) for (?:the |a |that |those )?(?:fox|foxes|rabbits?|crows?|pigeons?|rats?|magpies|deer|vermin|squirrels?|badgers?)(?![^]*\\b(?:my turn|me next|on my ?self|end it|kil|die|dead|last (?:one|shot|cartridge|round))\\b)",
    "(?:shotgun|rifle|air rifle|gun|twelve bore) (?:is |s )?(?:out |apart )?on the (?:table|bench|workbench)(?: ,)? (?:going to |gonna |need to |have to |to )?(?:clean|oil) (?:it|them)",
    // A note whose own words say where the writer has gone or when they are back ("left a note for
    // mum saying id gone to the gym", "a note on the fridge for the kids, back after my shift").
    "(?:left|leave|leaving|wrote|write|written|writing|stuck|put|putting) (?:a |the |my |another )?(?:quick |little |wee )?(?:note|letter)(?: (?:on|in|by|under) (?:the |my )?\\w+)?(?: (?:for|to) (?:my |the |our )?\\w+)?(?: ,)? (?:saying |to say |that says |telling (?:her|him|them) )?(?:that )?(?:(?:i|ive|id|im|i have|i had|i am) )?(?:gone (?:to|out to|down to|up to|round to) (?:the )?(?:gym|shops?|pub|park|work|match|town|cinema|doctors?|dentist|library|supermarket|tesco|asda|chemist|pharmacy|pool|swimming)|gone (?:out )?(?:for|with) (?:a |some )?(?:walk|run|drink|drinks|food|shopping|coffee|lunch|dinner|tea|friends|mates)|(?:will be |ll be |be )?back (?:by|at|after|around|in \\d|soon|later|for tea|for dinner)|dinner (?:is |s )?in the|(?:pizza|takeaway|lunch|dinner) money|taken the dog|walking the dog|at work|on shift|at the (?:gym|pub|shops?))",
  )}\\b`,
);

// ---------------------------------------------------------------------------------------------
// Signals

type Kind =
  | "passive" // a wish to be dead or gone, without thoughts of acting: concern
  | "active" // thoughts of killing oneself, wanting to die: urgent
  | "kms" // chat shorthand for the same, which is sometimes said in jest
  | "attempt" // a suicide attempt, whose timing decides the level
  | "lethal_query" // asking how much, how many, the quickest way: urgent
  | "plan" // a plan mentioned where suicide has been mentioned: raises the level
  | "plan_how" // the way worked out ("ive thought about how", "been planning it"): urgent beside a wish or despair
  | "plan_strong" // a plan that can only mean one thing: urgent on its own
  | "means" // means at hand, only meaningful next to ideation
  | "means_strong" // means gathered and kept: urgent on its own
  | "means_now" // means in their hand or in front of them now: emergency on its own
  | "do_it" // "I'm going to do it", only meaningful next to ideation
  | "goodbye" // a note, a final goodbye: emergency
  | "farewell" // "goodbye", "thank you for everything": an emergency only next to ideation
  | "overdose" // an overdose already taken: emergency, medical
  | "overdose_context" // "I took them all": an overdose when pills have been mentioned
  | "overdose_intent" // "I'm going to take them all": thoughts of suicide when pills have been mentioned
  | "bleeding_context" // "I need stitches": an emergency only next to self-harm
  | "poison" // something harmful already swallowed: emergency, medical
  | "bleeding" // an injury that needs care now, next to self-harm: emergency, medical
  | "self_harm" // self-harm now, or the urge to: urgent
  | "self_harm_history" // self-harm scars or history: concern
  | "relapse" // urges or feelings back again: urgent, category from context
  | "abuse" // being hurt, controlled or afraid at home: concern
  | "abuse_threat" // threatened with death or serious harm: urgent
  | "abuse_now" // in danger at this moment: emergency
  | "harm_others" // wanting to hurt someone: concern
  | "harm_others_intent" // intending or equipped to hurt someone: urgent
  | "weak" // "i'm done", "i give up": despair that counts as a wish to die only next to means, a plan or a goodbye
  | "departure" // "i'll be gone by morning", "ready to go": an emergency next to any wish to die or a goodbye
  | "overdose_symptoms" // "dizzy after the pills": an overdose when pills have been mentioned
  | "medical_care" // someone stopping or doubling vital medicine: concern for someone else
  | "medical_now" // "not breathing", "can't wake him": someone else in danger now
  | "place_now" // at a bridge, a cliff, the water's edge now: an emergency next to any wish to die
  | "place_going" // on the way to such a place: an emergency with a time and a reason
  | "means_here" // with the means now ("on the chair", "in the bath with the blade"): as place_now
  | "affairs" // things arranged for after ("the cat's fed for a week"): counts as a farewell
  | "body_now"; // a body in danger now (a heart attack's or a stroke's signs, a throat closing): emergency

/** How the subject of a signal is found: built into the pattern, or looked for before it. */
type SubjectRule = "self" | "other" | "look" | "insult";

interface Rule {
  kind: Kind;
  pattern: RegExp;
  subject: SubjectRule;
  /** Whether "not", "never", "don't" just before the match cancels it. */
  negatable: boolean;
  /** An act rather than a state ("kill myself" rather than "suicidal"): a time makes it an emergency. */
  act: boolean;
}

function rule(
  kind: Kind,
  subject: SubjectRule,
  source: string,
  options: boolean | { negatable?: boolean; act?: boolean } = {},
): Rule {
  const o = typeof options === "boolean" ? { negatable: options } : options;
  return {
    kind,
    subject,
    negatable: o.negatable ?? true,
    act: o.act ?? false,
    pattern: re(`\\b${source}\\b`),
  };
}
const ACT = { act: true };

const WANT = any(
  "want",
  "wants",
  "wanted",
  "wanting",
  "want to just",
  "just want",
  "ready",
  "going",
  "deserve",
  "deserves",
  "need",
  "needs",
  "trying",
  "plan",
  "planning",
  "decided",
  "about",
  "should",
  "feel like i want",
  "i just want",
  "(?:id|i would|i d) (?:really )?like",
);

// A death made conditional ("if i didn't wake up") and the words that accept it ("wouldn't mind").
const DEATH_IF = any(
  "if i (?:\\w+ )?(?:died|dont wake up|do not wake up|went to slep(?: tonight)? and that was (?:just )?it|didnt wake up|never woke up|did not wake up|wasnt here|wasnt around|was not here|disapeared|vanished|got run over|got kiled|was dead|stoped existing|didnt exist|never existed|didnt make it|pased away|was never born|just stoped|was gone(?! for| on| to| away for)|werent here|werent around|faded(?: away)?|went away for god|wasnt alive)",
  "if i got hit by (?:a|the) (?:car|bus|lory|truck|train)",
  "(?:geting|being) (?:hit|run over) by (?:a|the) (?:car|bus|lory|truck|train)(?= on the way| tomorow| today| ?$| ?\\|)",
  "if (?:a|the) (?:car|bus|lory|truck|train) (?:hit|hits|ran over|runs over|kiled|took) me",
  "(?:dying|not waking up|getting hit by a (?:car|bus|lory|truck|train)|being dead) (?:would|wouldnt|would not)",
);
const ACCEPT = any(
  "(?:wouldnt|would not) (?:even )?(?:be (?:the worst(?: thing)?|so bad|that bad|bad|a bad thing|sad|mad|upset|bothered)|mind|care|complain|fight it)",
  "(?:wouldnt|would not) be (?:al that|that|to|overly|particularly) (?:bothered|fused|upset|sad)",
  "(?:would|d|id|it would|itd|that would|thatd) (?:even )?(?:be )?(?:fine|ok|okay|a relief|nice|peaceful|a blesing|beter|easier)",
  "be (?:fine|ok|okay) (?:by|with) me",
  "(?:fine|ok|okay) by me",
  "relieved",
  "bete?r of",
  "happier",
  "(?:have|had) (?:so much )?(?:les stres|a life|a beter life|an easier life|more money|more space)",
  "be sory",
);

// Not when someone else holds it there ("he held a knife to my throat"): read behind the first word.
const NOT_BY_ANOTHER = "(?<!\\b(?:he|she|they|hes|shes|theyre|him|her|them|someone|somebody)\\b[^|]*)";

// A threat to kill "you" in quotation marks, not in a game, a play or a joke.
const QUOTED_THREAT = `" (?:[\\w,]+ ){0,8}(?:il|i wil|im going to|im gona|im gonna|i am going to|i swear il|next time il) (?:fucking |actualy |realy )?(?:(?:kil|murder|strangle|stab|shoot|bury|end) you|finish you of|put (?:it|this|a knife) through your)(?![^|]*\\b(?:fifa|game|games|play|cod|fortnite|joke|joking|laughing|lol|spoil\\w*|ending|cops and robers|late|tidy|homework|chores|borow\\w*|forget|forgot|ate|leftovers?|charger|clothes|cartoon|at the (?:cat|dog)|nerf|laser tag|paintbal|water (?:fight|pistol|gun))\\b)`;
// A goodbye posted or sent in quotation marks, not on a card.
const POSTED_GOODBYE = `(?:posted|sent|put|texted|wrote|mesaged|snapchated|dmed)(?: [\\w,]+){0,16} " (?:[\\w,]+ ){0,4}(?:love you al|sory for everything|goodbye|bye everyone|bye forever)(?![^|]*\\b(?:card|cards|yearbok|cast)\\b)`;

const RULES: Rule[] = [
  // Active: thoughts of killing oneself, in plain words and in slang.
  rule(
    "active",
    "self",
    `(?:kil|kiling|kiled|kils|murder|unalive|unaliving|un alive|delete|deleting) ${MYSELF}`,
    ACT,
  ),
  rule("active", "other", `(?:kil|kiling|kils|unalive|unaliving) ${OTHER_SELF}`, ACT),
  rule("active", "insult", `(?:kil|unalive|of) (?:your ?self|yourselves)`),
  rule("kms", "self", "kms", ACT),
  rule(
    "kms",
    "self",
    // Written as "kys" first, with the words before it checked behind, so the scan stays fast.
    "kys(?<=\\b(?:i|im|i wil|il|i should|should i|going to|want to|about to|might|might just|just|need to|wil|gona|im going to|i want to|i need to|i might) (?:just |actualy |literaly |fr |honestly |realy )?kys)",
  ),
  rule("active", "look", `(?:take|taking|end|ending|took) (?:my|his|her|their) (?:own )?life`, ACT),
  rule(
    "active",
    "look",
    `end(?:ing)? (?:it al|my existence|everything|it for god|it once and for al|my suffering)`,
    ACT,
  ),
  rule(
    "active",
    "look",
    `(?:want to|wants to|going to|about to|thinking about|thinking of|think about|thought about|thought of|considering|contemplating|plan to|planning to|decided to|ready to|need to|have to|should|wil|il|might|may|could|might as wel) (?:just )?end(?:ing)? (?:it|things)(?! (?:with|betwen|of))`,
    ACT,
  ),
  rule(
    "active",
    "look",
    `(?:im|i am|im just|i am just) ending (?:it|things|my life|it al)(?! (?:with|betwen|of))`,
    ACT,
  ),
  rule(
    "active",
    "look",
    `(?:want|going|about|ready|tempted|urge|gona|wil|il) to jump(?= ?$| ?\\|| now| tonight| of| from)`,
    ACT,
  ),
  rule(
    "active",
    "look",
    `(?:dont know|not sure|unsure|dont even know) (?:if|whether) i (?:want|wana|can|should) (?:to )?(?:live|be alive|keep living|stay alive|keep going|go on|survive this)(?! (?:or stop|or quit|with (?:it|this|therapy|the)))`,
    false,
  ),
  rule("active", "look", `${SUICIDAL_WORD}(?! (?:mision|pace|run))`),
  rule(
    "active",
    "look",
    `(?:thoughts|thinking|think|thought|considering|contemplating|consider|contemplate|comit|comiting|comited|plan|planning|planed|ideation|urges|urge) (?:of |about |to |to comit |on )?(?:my |comiting )?${SUICIDE_WORD}`,
  ),
  rule(
    "active",
    "look",
    `${SUICIDE_WORD} (?:is|seems|feels|looks)(?: like)? (?:the only|my only|the answer|an option|the way|the best)`,
  ),
  rule(
    "active",
    "look",
    `(?:unalive|unaliving|sewer ?slide|sewer ?side|self ?delete|self ?deleting|comit sudoku|toaster bath)`,
  ),
  rule(
    "active",
    "look",
    `${WANT} (?:to )?(?:fucking |just |realy |actualy |honestly |literaly |so badly |lie down and |go to slep and |kind of )?(?:die|be dead|not be alive|not be alive anymore|stop living)(?! (?:of|from|laughing|happy|old|for (?:my|you|him|her|them|a|the|it|this|that)|in (?:the|this|that) game))`,
    ACT,
  ),
  rule(
    "active",
    "look",
    `(?:dont|do not|doesnt|does not|didnt|never|no longer|dont realy|dont even|dont wana|dont want) (?:want|wish|wana) to (?:live|be alive|live anymore|keep living|stay alive|cary on living|go on living|keep on living)`,
    false,
  ),
  rule(
    "active",
    "look",
    `(?:dont|do not|doesnt|dont want to|dont wana) (?:want to )?(?:live|be alive) anymore`,
    false,
  ),
  rule("active", "look", `hang(?:ing)? ${MYSELF}`, ACT),
  rule("active", "look", `(?:hang|hanging) (?:him|her|them) ?self`),
  rule(
    "active",
    "look",
    `(?:jump|jumping|throw ${MYSELF}|throwing ${MYSELF}|step|stepping|walk|walking|lie|lying) (?:of|from|in front of|under|onto) (?:a |the |this |that |my |something |somewhere )?(?:high(?! (?:board|dive|diving|jump|bar|beam|ropes|chair))|tal|bridge|rof|building|clif|train|tracks|balcony|bus|window|ledge|car park|multi storey|tower|lory|truck|trafic|motorway)`,
    ACT,
  ),
  rule(
    "active",
    "look",
    `(?:slit|sliting|cut|cuting|slash|slashing) (?:my|his|her|their) (?:wrists?|throat)`,
  ),
  rule(
    "active",
    "look",
    `(?:drown|drowning|shoot|shooting|gas|gasing|poison|poisoning|suffocate|suffocating|electrocute|electrocuting|hang|strangle|strangling) (?:${MYSELF}|${OTHER_SELF})`,
  ),
  rule(
    "active",
    "look",
    `(?:want|wana|thinking|think|going|tempted|urge|feel like|plan|planning|could|could just|might|might just) (?:to |about |of )?(?:drive|driving|crash|crashing|steer|steering|swerve|swerving) (?:my car |the car )?(?:into|of|off) (?:a |the )?(?:wal|tre|bridge|lory|truck|clif|oncoming|river|motorway|road)`,
  ),
  rule(
    "active",
    "look",
    `(?:take|taking|swalow|swalowing|down|downing|od on|overdose on) ${LOTS} (?:my |the |of my |these |those |of the |of these |of them |our )?${PILLS}`,
    ACT,
  ),
  rule(
    "active",
    "look",
    `(?:want|going|plan|planning|thinking about|thinking of|tempted|urge) (?:to )?(?:overdose|od)`,
    ACT,
  ),
  rule(
    "active",
    "look",
    `(?:what if i|maybe i should|i should) (?:just )?(?:die|end it|disappear forever|not wake up|kil ${MYSELF})`,
  ),

  rule("active", "look", `the day i (?:end it|die|kil ${MYSELF}|end my life|do it)`, ACT),
  rule("active", "look", `feel like (?:dying|ending it|ending it al)`, ACT),
  rule(
    "active",
    "look",
    `${SUICIDE_WORD} (?:is )?(?:on my mind|in my head|al i think about|is al i think about)`,
  ),

  rule(
    "active",
    "look",
    `(?:crash|crashing|drive|driving) (?:my|the) car (?:on purpose|deliberately|into something|of the road)`,
    ACT,
  ),
  rule(
    "active",
    "look",
    `(?:want|going|plan|planning|thinking about|thinking of|tempted|urge|wil|il) (?:to )?(?:take|taking) an? (?:overdose|od)`,
    ACT,
  ),
  rule(
    "active",
    "look",
    `(?:courage|guts|nerve|strength|bravery) to (?:end it|end my life|kil ${MYSELF}|do it|die|go through with it)`,
  ),

  rule(
    "overdose_intent",
    "look",
    `(?:going to|gona|about to|wil|il|want to|plan to|planning to|ready to) (?:take|swalow|down) (?:them al|al of them|the lot|every (?:single )?one(?: of them)?|them)`,
  ),

  rule(
    "active",
    "look",
    `ending (?:it|it al|things|my life)(?= (?:tonight|today|tomorow|this weekend|soon|now))`,
    ACT,
  ),
  rule("means_strong", "self", `${PILLS} to (?:save up|stockpile|colect|hoard)`),
  rule(
    "goodbye",
    "self",
    `goodbye(?: ,)? (?:i love you al|love you al|im sory|i am sory|sory for everything)`,
  ),

  // Passive: a wish to be dead or gone.
  rule(
    "passive",
    "look",
    `(?:wish|wished|hope|hoping) (?:that )?(?:i|id) (?:was|were|could be|would be|had been|could just be) (?:dead|gone|never born|not born|not here|not alive|nothing)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `wish (?:that )?i (?:didnt|did not|wouldnt|could not|couldnt) (?:exist|wake up|be here)`,
    false,
  ),
  rule("passive", "look", `wish (?:that )?i (?:was|had|were) never (?:been )?born`, false),
  rule(
    "passive",
    "look",
    `wish (?:that )?i could (?:just )?(?:disapear|vanish|stop existing|not exist|fal aslep and not wake up|slep forever|not be here|fade away|not be alive|be gone)`,
    false,
  ),
  rule("passive", "look", `wish (?:that )?(?:i|id|i had) never (?:been born|existed|ben born)`, false),
  rule("passive", "look", `(?:want|wana|wish) to (?:just )?not (?:exist|be alive|be here)`, false),
  rule(
    "passive",
    "look",
    `(?:hope|hoping|pray|praying) (?:that )?i (?:dont|do not|wont|never) (?:make it|survive|last)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:no one|nobody|no body) (?:would|wil|is going to|is gona) (?:even |realy |actualy )?mis me`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:im|id|i would|i am|i d|id be|i would be) (?:be )?(?:so |so much |much |probably |honestly )?bete?r of dead`,
    false,
  ),
  rule(
    "passive",
    "look",
    `if i (?:didnt|never|dont|did not) wake up(?: tomorow| again| one day)?(?: ,)? (?:that|it|i) (?:would|wouldnt|d) (?:be )?(?:fine|ok|okay|god|a relief|mind|care)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:wouldnt mind|would be fine|wouldnt care|would be a relief|would be relieved)(?: \\w+){0,3} if i (?:didnt wake up|died|never woke up|was gone|wasnt here)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:hope|hoping|pray|praying|wish) (?:that )?(?:i|id) (?:just )?(?:dont|do not|never|wont|wil not|dont ever) wake up`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:dont|do not|never|not|no longer|dont even) (?:want|wana|wish|wanting) to wake up(?! (?:early|at|before|so early|for (?:work|school|clas)|to (?:my|an|the)|in the morning for|tomorow morning for))`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:go to slep|fal aslep|go to bed|slep|close my eyes) and (?:never|not) wake up`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:dont|do not|dont realy|dont even) (?:want|wana) to be here (?:anymore|any more|any longer|on this earth|in this world|no more)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:doing|do) (?:them|everyone|everybody|my family|the world) a (?:favour|favor) (?:if|by) (?:i|me) (?:was gone|died|disapeared|wasnt here|left for god|kiled ${MYSELF}|dying|disapearing)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:hope|hoping|wish|pray|praying) (?:that )?(?:a |the |some )?(?:bus|car|lory|truck|train|plane|someone|somebody|cancer|ilnes|something) (?:\\w+ )?(?:hits|kils|runs over|would hit|would kil|wil kil|takes|would take) me`,
    false,
  ),
  rule(
    "passive",
    "other",
    `(?:says|said|thinks|feels|told me|keeps saying|saying) (?:that )?(?:everyone|we|they|people|his family|her family|the world|everybody) (?:would|d|wil) be bete?r of without (?:him|her|them)`,
    false,
  ),
  rule("passive", "look", `(?:slep|slept) forever|(?:never|not) wake up again`, false),
  rule(
    "passive",
    "look",
    `(?:bete?r|happier|easier|fine) (?:of )?(?:without me|if i (?:just )?(?:was|were|wasnt|died|was gone|disapeared|didnt exist|wasnt here|wasnt around|was dead|never existed|wasnt alive|was not alive|just died))`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:no one|nobody|none of them|they wouldnt|who would|would anyone|wouldnt even) (?:would |even |realy |actualy |ever )*(?:care|notice|mis me)(?: \\w+)? if i (?:died|was gone|disapeared|kiled ${MYSELF}|wasnt here|didnt exist|vanished|was dead)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:what is|whats|what s) (?:even |realy |actualy )?the point (?:of|in) (?:even )?(?:living|being alive|life|going on|carying on|existing|me being here|me even being here|even being here|staying alive|me(?= ?$| ?\\|| ?,))`,
    false,
  ),
  rule(
    "passive",
    "look",
    `no (?:reason|point) (?:to |in |for )?(?:me )?(?:live|living|go on|going on|be alive|being alive|wake up|cary on|stay alive|staying alive|keep going)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:tired|sick|exhausted) of (?:living|being alive|life|existing|being here|waking up)`,
  ),
  rule(
    "passive",
    "look",
    `(?:cant|cannot|dont know how to|dont think i can|cant even|unable to) (?:go on|keep going|cary on|do this anymore|take (?:it|this|much more|any more) anymore|do this any ?more|keep doing this(?= ?$| ?\\|| ?,| anymore| any more)|do it anymore|live like this|cope anymore)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:disapear|vanish|be gone) (?:forever|for god|and never come back|permanently|completely|for ever)`,
  ),
  rule("passive", "look", `(?:stop existing|cease to exist|not exist anymore)`),
  rule(
    "passive",
    "look",
    `(?:want|wana|wish|need) (?:it|everything|this|the pain|it al|my life|this life|this pain) (?:al )?to (?:end|stop|be over)(?! (?:so|and) i can)`,
  ),
  rule(
    "passive",
    "look",
    `(?:im|i am|i feel like|feel like|i feel like im|i know im) (?:just |such |only |nothing but |always )?(?:a )?burden(?= ?$| ?\\|| ?,| (?:to|on) (?:everyone|everybody|my family|my parents|my friends|my partner|my kids|them|people|al of them|the world|those around me|everyone around me|the nhs|my (?:mum|mom|dad|wife|husband|daughter|son|sister|brother)))`,
  ),
  rule(
    "passive",
    "look",
    `(?:cant|cannot|dont|do not) see (?:a|any) (?:way out|future for me|future)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:dont|dont realy|do not) care (?:if|whether) i (?:live|die|wake up|am alive|make it|survive)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:shouldnt|should not|dont deserve to|do not deserve to) (?:be alive|exist|be here anymore|live)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:not|isnt|aint|no longer) worth (?:living|it anymore|being alive|staying alive)`,
    false,
  ),
  rule("passive", "look", `(?:my )?life is (?:pointles|meaningles|not worth it|worthles|over)`, false),
  rule("passive", "look", `(?:give|given|gave|giving) up on (?:life|living|everything|it al)`),
  rule("passive", "look", `(?:done|finished) (?:with )?(?:life|living|being alive|existing|it al)`),
  rule(
    "passive",
    "look",
    `(?:want|wish|wana|hope) (?:someone|somebody|something|a car|a bus|god) (?:would |to |could |wil )?(?:just )?(?:kil|hit|run over|shoot|take) me`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:want|wish|wana) to (?:join|be with) (?:him|her|them|my \\w+) (?:again|up there|in heaven|wherever)`,
  ),
  rule(
    "passive",
    "look",
    `(?:you|u) ever (?:just )?(?:want to|wish you could|feel like) (?:die|disappear forever|not wake up|not exist)`,
    false,
  ),

  rule(
    "passive",
    "look",
    `wish (?:that )?i (?:could|would|wil|might) (?:just )?(?:die|be dead|not wake up)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:didnt|dont|wouldnt|did not) have to (?:be here|be alive|exist|wake up)(?! (?:for|at|early))`,
    false,
  ),
  rule(
    "passive",
    "look",
    `if i (?:got|was|were|get) (?:hit|run over|kiled)(?: by (?:a|the) (?:car|bus|lory|truck|train))?(?: ,)? i (?:wouldnt|would not|dont think id) (?:mind|care)`,
    false,
  ),
  rule("passive", "look", `(?:dont|do not|doesnt) (?:want|wana) to exist`, false),
  rule("passive", "look", `existing is (?:to much|to hard|exhausting|unbearable|pointles)`, false),
  rule("passive", "look", `(?:nothing|no one|nobody|noone) (?:left )?to live for`, false),
  rule(
    "passive",
    "look",
    `(?:dont|cant|do not|cannot) see (?:the|any) point (?:in|of) (?:living(?! (?:in|here|there|with|at|near|on|so|like))|life|being alive|going on|carying on|existing|staying alive)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:think|thinking|thought) (?:about|of) (?:dying|death|being dead)(?! (?:of|from|in (?:the|a) (?:game|film|movie|book)))`,
  ),

  rule(
    "passive",
    "look",
    `(?:id|i would|i d) (?:much )?rather (?:not be alive|not exist|be dead|die|not be here|not wake up)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:hope|hoping|pray|praying) (?:that )?i (?:just )?die(?! (?:of|laughing))`,
    false,
  ),
  rule(
    "passive",
    "look",
    `wish (?:that )?i (?:wasnt|werent|was not|were not) (?:alive|here|around|born)`,
    false,
  ),

  rule(
    "passive",
    "look",
    `if i (?:died|was gone|disapeared|wasnt here|vanished)(?: \\w+)?(?: ,)? (?:nobody|no one|noone|no body) would (?:care|notice|mis me)`,
    false,
  ),

  rule("passive", "look", `wish (?:that )?i (?:was|were) never (?:here|alive|around)`, false),
  rule(
    "passive",
    "look",
    `(?:dont|do not|doesnt) have (?:anything|anyone|much|nothing|any reason) (?:left )?to live for`,
    false,
  ),

  // Attempts, whose timing decides how serious they are.
  rule(
    "attempt",
    "look",
    `(?:tried|atempted|tryed|try) (?:to )?(?:kil ${MYSELF}|kil ${OTHER_SELF}|end (?:it|my life|it al|things|his life|her life|their life)|comit ${SUICIDE_WORD}|${SUICIDE_WORD}|take my (?:own )?life|unalive ${MYSELF}|od|overdose|hang ${MYSELF})`,
  ),
  rule(
    "attempt",
    "look",
    `(?:my|a|his|her|their) (?:last |first |second |third |previous |recent )?${SUICIDE_WORD} atempts?`,
  ),
  rule("attempt", "look", `(?:survived|after) (?:my|an|the) atempt`),

  rule(
    "attempt",
    "self",
    `i atempted(?= (?:when|at|as|this morning|last night|yesterday|earlier|today|again|tonight|an hour ago|last week|before|twice|once)| ?$| ?\\|)`,
  ),

  // Asking how: the quickest way, a lethal amount.
  rule(
    "lethal_query",
    "self",
    `how (?:many|much) (?:\\w+ ){0,5}(?:would it take|does it take|wil it take|to (?:die|kil|overdose|od|end it)|is (?:a )?(?:lethal|fatal|deadly|to much to die)|would kil)`,
  ),
  rule("lethal_query", "self", `(?:lethal|fatal|deadly|overdose) (?:dose|amount|quantity)`),
  rule(
    "lethal_query",
    "self",
    `(?:painles|quickest|easiest|best|quick|fastest|surest|least painful|peaceful|simplest) (?:way|ways|method|methods) to (?:die|kil ${MYSELF}|kil your ?self|kil oneself|end (?:it|my life|your life)|go|comit|unalive)`,
  ),
  rule(
    "lethal_query",
    "self",
    `how (?:to|do i|can i|could i|would i|do you|do people|should i) (?:kil ${MYSELF}|end my life|comit ${SUICIDE_WORD}|overdose|od|hang ${MYSELF}|unalive ${MYSELF})`,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:researching|googling|looking up|loked up|searched|searching|reading about|read about) (?:how|ways|methods) (?:to )?(?:die|kil ${MYSELF}|${SUICIDE_WORD}|end it|overdose)`,
  ),
  rule(
    "lethal_query",
    "self",
    `what (?:happens|would happen|wil happen|happened|could happen) if (?:i|you|someone|u) (?:take|took|swalow|swalowed|drank|drink|had|ate|down|downed) ${LOTS} (?:of )?(?:my |the |these )?${PILLS}`,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:how long|how painful) (?:does it|would it|wil it) (?:take )?to (?:die|bleed out|overdose)`,
  ),

  rule(
    "lethal_query",
    "self",
    `(?:researching|googling|looking up|loked up|reading about|read up on|searching|searched|search)(?: for)? (?:overdoses|overdosing|lethal|how to die|suicide methods|methods)`,
  ),
  rule("lethal_query", "self", `(?:which|what) (?:\\w+ ){0,2}(?:would|wil|could|might) kil me`),

  rule("means_strong", "self", `(?:stash|stockpile|hoard|colection|supply) of (?:my )?${PILLS}`),

  // Plans.
  rule(
    "plan",
    "self",
    `(?:have|got|made|making|ive got|i have|ive made|working on|worked out|figured out|came up with|thought of) (?:a |the |my )?plans?`,
  ),
  rule(
    "plan",
    "self",
    `(?:ive |i have |i |ive already |already )planed (?:it|everything|how|when|where|it al)`,
  ),
  rule(
    "plan_strong",
    "self",
    `(?:i know|ive worked out|ive figured out|ive decided|i decided|ive planned|i planed|ive chosen|figured out|worked out) (?:exactly )?(?:how|when|where) (?:im going to|il|i would|i wil|id|to) (?:do it|end it|go)`,
  ),
  rule(
    "plan_strong",
    "self",
    `(?:picked|chose|chosen|set|decided on) (?:a|the) (?:date|day|spot|place|time) (?:to|for when|when i)`,
  ),
  rule(
    "plan_strong",
    "self",
    `(?:made|wrote|written|writing|made out|updated) (?:a |my )?wil (?:and|so|because|last)`,
  ),

  rule("plan_strong", "self", `plan and (?:the )?means`),

  rule(
    "plan",
    "self",
    `(?:worked out|figured out|planed|decided) (?:how|when|where)(?: and (?:how|when|where))?`,
  ),

  // Means at hand, or a place.
  rule(
    "means",
    "self",
    `(?:have|got|bought|buying|ordered|have got|picked up|found|brought) (?:some |a |the |my |al |al the |al my |enough |a bunch of |loads of |lots of |\\d+ |a box of |a packet of |boxes of |two packets of |a bottle of )*(?:${PILLS}|rope|nose|razor|razors|blade|blades|knife|gun|pistol|rifle|bleach|ligature|charcoal)`,
  ),
  rule(
    "means_strong",
    "self",
    `(?:saved|saving|stockpiled|stockpiling|hoarding|hoarded|colected|colecting|got together) (?:up )?(?:some |a |the |my |al |al the |al my |enough |a bunch of |loads of |lots of |\\d+ |a box of |a packet of |boxes of |a bottle of )*(?:${PILLS}|rope|nose|razor|razors|blade|blades|gun|pistol)`,
  ),
  rule(
    "means_now",
    "self",
    `(?:counted|counting|lined up|lining up|staring at|looking at|sat here with|siting here with|holding|im holding|got out) (?:out )?(?:some |a |the |my |al |al the |al my |enough |a bunch of |loads of |lots of |\\d+ |a box of |a packet of |boxes of |a bottle of )*(?:${PILLS}|rope|nose|razor|razors|blade|blades|gun|pistol|knife)(?! (?:for|from|prescribed|at the))`,
  ),
  rule(
    "means_now",
    "self",
    `(?:${PILLS}|rope|nose|razor|blade|blades|gun|knife) (?:are |is |s )?(?:right )?(?:here|in front of me|next to me|in my hand|ready|laid out|lined up|on my bed|by my bed)`,
  ),
  rule(
    "means_strong",
    "self",
    `(?:have|got|ive got|i have) (?:the|my|al the|al my|enough) (?:${PILLS}|rope|blade|blades|razor|gun) (?:right )?(?:here|ready|with me|next to me|in front of me|in my hand|on me)`,
  ),
  rule("means_now", "self", `(?:tied|tying|made|making|tie|make) (?:a|the|my) nose`),
  rule(
    "means",
    "look",
    `(?:standing|siting|stood|sat|am|im|i am|waiting|here|hes|shes|is) (?:on|at|near|by|on top of|at the top of|at the edge of|on the edge of) (?:the |a |this )?(?:edge of (?:the |a )?|top of (?:the |a )?)?(?:bridge|rof|roftop|ledge|clif|clif edge|platform edge|train tracks|railway line|railway|tracks|balcony edge|car park rof|car park|multi storey)`,
  ),

  // Going ahead, goodbyes.
  rule(
    "do_it",
    "self",
    `(?:going to|about to|wil|il|ready to|decided to|planning to|gona|want to|need to|finaly going to|just going to) (?:finaly |just |actualy )?do it(?! (?:later|tomorow for|for you|again|properly|right))`,
  ),
  rule("do_it", "self", `(?:doing|do) it (?:tonight|today|now|soon|this weekend|tomorow)`),
  rule("goodbye", "self", `(?:tonight|today) ?(?:is|s) the (?:night|day)(?! (?:of|for|we|before|after))`),
  rule(
    "goodbye",
    "look",
    `(?:${SUICIDE_WORD}|goodbye|godbye|final) (?:note|leter|mesage|text|post)s?(?! in my head)`,
  ),
  rule(
    "goodbye",
    "self",
    `(?:wrote|written|writing|leave|left|leaving) (?:a |my )?(?:goodbye |last |final |suicide )?(?:note|leter|leters|notes) (?:for|to) (?:everyone|my family|my (?:mum|mom|dad|parents|kids|children|wife|husband|partner|sister|brother|friends)|them al|the people i love|when i)(?! about| to (?:remind|say thanks|ask))`,
  ),
  rule(
    "goodbye",
    "self",
    `by the time (?:you|anyone|someone|they|people) (?:read|reads|se|ses|find|finds|get|gets) this`,
  ),
  rule("goodbye", "self", `(?:this is|its|heres) (?:my )?(?:final |last )?goodbye`),
  rule("goodbye", "self", `goodbye (?:everyone|forever|world|cruel world|for good)`),
  rule(
    "goodbye",
    "self",
    `(?:said|saying|say) (?:my )?goodbyes(?! to (?:the|this|my|our|that) (?:old )?(?:house|flat|home|city|town|vilage|school|uni|ofice|team|place|street|garden|classrom|neighbourhood|country))(?![^|]*\\b(?:move|moving|moved|leaving do|emigrat\\w*|relocat\\w*|new job|last day|retir\\w*|flight|airport|holiday)\\b)`,
  ),
  rule(
    "goodbye",
    "self",
    `my (?:last|final) mesage(?=.*\\b(?:goodbye|godbye|bye|thank you for everything|sory for everything|love you al)\\b)`,
  ),
  rule(
    "goodbye",
    "self",
    `(?:giving|gave|give) away (?:al )?(?:of )?my (?:stuf|things|belongings|posesions|pets)(?![^|]*\\b(?:move|moving|charity|declutter|decluttering|sel|seling|vinted|ebay|uni|travel|smaler|flat|house))`,
  ),
  rule(
    "goodbye",
    "self",
    `(?:this|tonight|today) (?:wil|is going to) be my last (?:night|day)|my last (?:night|day) (?:on earth|alive)`,
  ),
  rule(
    "goodbye",
    "self",
    `(?:wont|wil not|not going to|wont even) be (?:here|around|alive) (?:much longer|for much longer|for long|tomorow|by morning|next week|this time tomorow)(?![^|]*\\b(?:holiday|trip|of to|away|visit|se the|flight|conference|camping|festival|in laws|work|go quiet|moving|move|emigrat\\w*|abroad|new job|uni|university)\\b)`,
  ),

  rule(
    "goodbye",
    "self",
    `(?:wrote|written|writing|finished|left) my note(?= ?$| ?\\|| ?,| last| yesterday| today| tonight| earlier| for)`,
  ),

  rule(
    "farewell",
    "self",
    `(?:goodbye|godbye|bye everyone|thank you for everything|thanks for everything|(?:wanted|want) to say goodbye|saying goodbye|before i go|tel (?:my \\w+|them|everyone) (?:that )?i love (?:them|her|him|you)|(?:left|wrote|written|leaving) (?:a |my )?(?:leter|note|leters|notes))`,
  ),
  rule(
    "plan",
    "self",
    `i know (?:how|when|where)(?: and (?:how|when|where))?(?= ?$| ?\\|| ?,| im going to| il| i wil)`,
  ),
  rule(
    "means_strong",
    "look",
    `(?:got|have|ive got|i have|bought) (?:everything|al|it al|the lot) (?:i ned|ready|set up|prepared|sorted)(?! (?:for|to go (?:on|to|out)|to move|to pack)\\b)`,
  ),
  rule("means", "self", `(?:have|got) (?:a plan and )?(?:the )?means`),

  // Overdose or poison already taken; injuries that need care now.
  rule(
    "overdose",
    "look",
    `(?:took|taken|swalowed|downed|had|just took|just had|ive had|ive taken|i took) ${LOTS} (?:my |the |of my |these |those |of the |of them |of his |of her |our |her |his |their |my \\w+s |my \\w+ s )?${PILLS}`,
  ),
  rule("overdose", "look", `(?:took|taken|had|done) (?:an|a) (?:overdose|od)`),
  rule(
    "overdose",
    "look",
    `(?:i|ive|i have|i just|just|i already|she|he|they|shes|hes|has|has just|has already) (?:overdosed|od|oded|overdosing)(?! on (?:cafeine|cofee|sugar))`,
  ),
  // "overdosed on my quetiapine. cant keep my eyes open": the subject left out.
  rule(
    "overdose",
    "self",
    `(?<=^ ?)(?:overdosed|oded)(?= ?$| ?,| on (?:my|his|her|the|some|a|al|his|her|their) |(?: on \\w+(?:ine|ol|am|pam|done|ide|in|ate|one|ax|ac|ex)\\b)| again\\b|(?: about| like| around| maybe| roughly)? (?:last night|earlier|tonight|today|an hour|half an hour|(?:\\d+|a few|ten|twenty|thirty|forty) (?:mins?|minutes|hours?)|just now|this morning)\\b)`,
  ),
  rule(
    "poison",
    "look",
    `(?:drank|drunk|swalowed|took|taken|had|just drank) (?:some |a bottle of |a cup of |a glas of |a mouthful of |loads of )?(?:bleach|antifreze|wedkiler|poison|rat poison|drain cleaner|chemicals)`,
  ),
  rule(
    "bleeding",
    "look",
    `(?:cant|cannot|wont|wil not|it wont|its not|doesnt|isnt|hasnt|has not|havent|have not) (?:stil )?stop(?:ed|ing)? (?:the )?bleding|bleding (?:wont|wil not|doesnt|isnt|is not|hasnt) stop(?:ing|ed)?|(?:lot|lots|loads) of blod|so much blod|blod everywhere|(?:gushing|pouring|soaking through) blod|blod (?:is )?(?:gushing|pouring|soaking through)`,
  ),
  rule(
    "bleeding_context",
    "look",
    `(?:cut|cuts|cuting|went|gone|cuts are|its|they are|theyre) (?:to |so |way to |quite |very |pretty |much to )?dep(?:er)?(?! (?:down|inside|sea|ocean|water|end|breath|thoughts|conversation|dive|clean|state))|(?:need|needs|might need) stitches|(?:gushing|pouring|soaking through)|skin (?:is )?(?:coming of|peling of|blistering)|(?:ned|should go to|have to go to) (?:a |the )?(?:hospital|doctor|a and e|a e)`,
  ),
  rule(
    "bleeding_context",
    "look",
    `(?:feel|feeling) (?:sick|dizy|drowsy|weird|strange|faint|sleepy|numb) (?:after|since) (?:taking|i took|swalowing|i swalowed)`,
  ),

  rule(
    "overdose",
    "look",
    `(?:taken|took|swalowed) (?:everything|al the pils|al the tablets) in (?:the|my|our) (?:medicine|bathrom|first aid) (?:cabinet|cupboard|box|drawer)`,
  ),

  rule(
    "overdose_context",
    "look",
    `(?:took|taken|swalowed|downed|had) (?:them al|al of them|the lot|every (?:single )?one(?: of them)?|al of it|the whole lot|the rest of them)`,
  ),

  rule(
    "overdose",
    "look",
    `(?:swalowed|downed) (?:the |a |my )?(?:whole |entire )?(?:packet|box|bottle|strip|tub|lot)(?! of (?:crisps|swets|biscuits|water|wine|beer|gum|chocolate|juice|coke))`,
  ),
  rule(
    "overdose",
    "look",
    `(?:took|taken|had|swalowed|downed) [^|]{0,40}\\band ${LOTS} (?:my |the )?${PILLS}`,
  ),

  rule(
    "overdose",
    "look",
    `(?:my \\w+|friend|mate) (?:has |just |has just )?overdosed(?! on (?:cafeine|cofee|sugar))`,
  ),

  // Self-harm.
  rule(
    "self_harm",
    "look",
    `(?:want|wana|urge|urges|urging|tempted|itching|ned|craving|cravings|thinking about|thinking of|feel like|going|about|ready|trying not) (?:to |of |about )?(?:cut|cuting|hurt|hurting|harm|harming|burn|burning|scratch|scratching|hit|hiting|punch|punching|bang|banging|starve|starving|punish|punishing|bruise|carve|carving|bite|biting) (?:${MYSELF}|my (?:arms?|legs?|wrists?|thighs?|skin|body|head|stomach|hips?))(?! (?:by acident|acidentaly))`,
  ),
  rule(
    "self_harm",
    "look",
    `(?<!(?:cat|dog|kiten|pupy|rabit|hamster|bird|parot|brambles?|thorns?|bush) )(?:cut|cuting|cuts|burn|burnt|burned|burning|burns|hurt|hurting|hurts|harm|harmed|harming|scratch|scratched|scratching|scratches|hit|hiting|hits|punch|punched|punching|starve|starved|starving|starves|carve|carved|carving|bruise|bruised|bruising) (?:${MYSELF}|${OTHER_SELF}|my (?:arms?|legs?|wrists?|thighs?|skin|stomach|hips?)|his (?:arms?|wrists?|legs?)|her (?:arms?|wrists?|legs?|thighs?))(?! (?:by acident|acidentaly))`,
  ),
  rule(
    "self_harm",
    "look",
    `(?<!scars? from (?:my )?)(?:self ?harm|self ?harms|self ?harming|self ?harmed|self ?injury|self ?injuring|sh urges?|relapsed on sh|do sh|doing sh|did sh|sh again|clean from sh)(?! scars)`,
  ),
  rule(
    "self_harm",
    "look",
    `(?:want|wana|urge|urges|ned|craving|tempted|itching|going|gona|about) to (?:cut|burn|self harm)(?= ?$| ?\\|| ?,| so| again| realy| tonight| badly| right now| is| are)`,
  ),
  rule(
    "self_harm",
    "look",
    `(?:hit|hiting|hits|bang|banging|banged|bangs|punch|punching) my head (?:against|on|into) (?:the |a )?wals?`,
  ),
  rule("self_harm", "look", `used to (?:cut|self harm|harm ${MYSELF}|burn ${MYSELF}|hurt ${MYSELF})`),
  rule(
    "self_harm_history",
    "self",
    `scars from (?:when i used to |my old |my |old )?(?:cut|cuting|self harm|self harming|sh|harming)`,
  ),
  rule(
    "self_harm",
    "look",
    `(?:ben|keep|kept|started|am|im|was|been) cuting(?= ?$| ?\\|| ?,| again| every| my| at night| to cope| when)`,
  ),
  rule(
    "self_harm",
    "look",
    `(?:started|start|starting|back to|went back to) (?:cuting|burning|harming|self ?harming|hurting ${MYSELF}) again`,
  ),
  // The act named after the fact: "my friend is doing it again, the cutting".
  rule(
    "self_harm",
    "look",
    `(?:doing|started|at) it again (?:, |- |: )?(?:i mean )?(?:the |with the )?(?:cuting|self ?harm|self harming|burning|scratching|purging|starving)(?! (?:board|tol|machine|edge|room|class|course|list))`,
  ),
  rule(
    "self_harm",
    "look",
    `(?:relapsed|relapse)(?! (?:on|in) (?:drinking|smoking|vaping|alcohol|gambling))`,
  ),
  rule(
    "self_harm_history",
    "look",
    `(?:self ?harm|sh|cuting|old|my) scars(?![^|]*\\b(?:acident|surgery|operation|chicken ?pox|acne|eczema|crash|c section))`,
  ),
  rule(
    "relapse",
    "self",
    `(?:urges?|cravings?|thoughts|feelings) (?:are|is|have|has|came|coming|keep coming)? ?(?:come )?(?:back|returning|getting (?:stronger|worse|bad))|(?:feel|feeling|felt) (?:like )?(?:that|this) (?:way )?again`,
  ),

  rule(
    "self_harm",
    "self",
    `i (?:cut|burnt|burned)(?= (?:tonight|today|again|last night|yesterday|this morning|earlier|deep|to))`,
  ),

  rule(
    "self_harm",
    "look",
    `(?:bang|banging|bangs|hit|hiting) my head(?= (?:when|until|til|against|on purpose|to))`,
  ),

  // Abuse at home.
  rule(
    "abuse",
    "self",
    `${PERP} (?:\\w+ ){0,2}(?:hits|hit|hiting|beats|beat|beating|punch|punches|punched|kick|kicks|kicked|slap|slaps|slaped|choke|chokes|choked|strangles|strangled|push|pushes|pushed|shove|shoves|shoved|throw things at|throws things at|throw (?:\\w+ ){1,2}at|throws (?:\\w+ ){1,2}at|threw (?:\\w+ ){1,2}at|burns|burnt|lock|locks|locked|rapes|raped|touches|touched|grabs|grabbed|abuses|abused|attacked|attacks|bruised|drags|dragged|spat on|spits on) me(?! (?:back|of|out of (?:my|the) (?:acount|account|phone|laptop|app|chat|group)|with a (?:ball|pilow|snowbal)))`,
  ),
  rule(
    "abuse",
    "self",
    `(?:being|ben|am being|im being|keep getting|get|getting) (?:physicaly |sexualy |emotionaly |verbaly )?(?:abused|beaten|beaten up|hit|hurt|asaulted|raped|molested|groomed|strangled|choked) (?:at home|by (?:my|him|her|them)|every|again|\\||$)`,
  ),
  rule(
    "abuse",
    "self",
    `(?:scared|afraid|terified|frightened) (?:of|to go|to be|to go back|to be at) (?:home|my (?:dad|father|mum|mom|mother|stepdad|partner|boyfriend|husband|wife|girlfriend|parents|brother)|him|what (?:he|she)(?:l| wil| might| could) do)`,
  ),
  rule(
    "abuse",
    "self",
    `(?:not|dont feel|never feel|dont|dont ever feel) (?:safe|feel safe) (?:at home|in my (?:own )?home|in (?:this|my) house|around (?:him|her|my \\w+)|with (?:him|her|my \\w+))`,
    false,
  ),
  rule("abuse", "look", `(?:unsafe|in danger) at home`),
  rule(
    "abuse",
    "self",
    `(?:home|my house|my own home|my home) (?:isnt|is not|doesnt feel|dont feel|never feels|aint) safe`,
    false,
  ),
  rule(
    "abuse",
    "self",
    `${PERP} (?:\\w+ )?hurts me(?! (?:when|that|to se|to hear|so much|emotionaly|by|with (?:his|her) words))`,
  ),
  rule(
    "abuse",
    "look",
    `(?:abusive|violent) (?:relationship|partner|boyfriend|girlfriend|husband|wife|dad|father|mum|mom|mother|parents?|home|household|stepdad|family|ex)`,
  ),
  rule(
    "abuse",
    "self",
    `${PERP} (?:controls|checks|tracks|monitors|takes) my (?:phone|money|mesages|location|bank|wages)|${PERP} (?:wont|doesnt|does not|never) let me (?:leave|se my friends|go out|have money|out of the house|talk to)`,
  ),
  // 'he said "if you leave ill kill you"': someone else's threat to kill the writer, quoted, or
  // to kill someone the writer speaks of ('her bf told her "ill kill you"').
  rule(
    "abuse_threat",
    "self",
    `(?:said|says|screamed|screams|shouted|shouts|yeled|yels|texted|texts|wrote|mesaged|told me|tels me|keps saying|whispered|hissed|threatened)(?: me)?(?: (?:last night|again|today|yesterday|tonight|on the phone|once|before))? (?:to me |at me )?${QUOTED_THREAT}`,
  ),
  rule(
    "abuse_threat",
    "other",
    `(?:told|tels|texted|texts|screamed at|yeled at) (?:her|him|them) ${QUOTED_THREAT}`,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:threatened|threatens|threatening|said|says|told me|swore|keeps saying) (?:\\w+ ){0,3}(?:to kil me|hed kil me|hel kil me|he wil kil me|she wil kil me|shel kil me|going to kil me|kil me if|hurt me if|to hurt me|to kil (?:the kids|my kids|my mum|my mom|us))`,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:scared|afraid|terified|fear) (?:for my life|hel kil me|he wil kil me|hes going to kil me|of being kiled|she wil kil me)`,
  ),
  rule(
    "abuse_now",
    "self",
    `(?![^|]*\\b(?:him|her|them) ?self)(?:he|she|they|my \\w+|hes|shes) (?:is |s |are |re )?(?:hiting|beating|atacking|chasing|strangling|choking|hurting|punching|kicking|slapping|throtling|draging|shoving|pushing|throwing (?:\\w+ ){1,2}at|coming for|trying to (?:get in|break in|break into (?:my|the) \\w+|get into (?:my|the) \\w+|kil me|hurt me)|banging on the dor|breaking (?:down )?the dor(?: down| in)?|outside (?:my|the) (?:dor|rom|house)|kicking the dor(?: in| down)?|coming home drunk|has a knife|s got a knife|has a gun|s got a gun|got a knife|got a gun)(?: (?:my \\w+|her|him|us|them))?(?: me| right now| now| again| and|(?= ?,)| ?\\||$)`,
  ),
  rule(
    "abuse_now",
    "look",
    `(?:locked|hiding|hid|barricaded) (?:${MYSELF} )?(?:in|inside) (?:the |my )?(?:bathrom|rom|bedrom|toilet|cupboard|wardrobe|car)(?= .*(?:he|she|they|him|her|scared|afraid))`,
  ),

  rule(
    "abuse",
    "self",
    `${PERP} (?:is|s|was|has ben|can be|gets|is being) (?:realy |so |very |quite )?(?:abusive|violent)`,
  ),
  rule(
    "abuse",
    "other",
    `(?:boyfriend|girlfriend|husband|wife|partner|dad|mum|mom|father|mother|stepdad|bf|gf) (?:hits|beats|hurts|abuses|chokes|punches|kicks|slaps|controls|strangles) (?:her|him|them)`,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:i think|im scared|im afraid|i know|im sure|im terified|i fear|scared) (?:that )?(?:he|she|hes|shes|my \\w+) (?:is |s |wil |is realy )?(?:going to|gona|wil|is gona|wil actualy|might|could) (?:actualy |realy |end up |one day )?(?:kil|hurt|murder) me`,
  ),

  rule(
    "abuse_threat",
    "self",
    `${PERP} (?:\\w+ )?threatened me with (?:a |his |her )?(?:knife|gun|weapon|bat|hamer)`,
  ),

  // Harm to others.
  rule(
    "harm_others",
    "look",
    `(?:want|wana|going|plan|planning|thinking about|thinking of|think about|thoughts about|thoughts of|urge|urges|tempted|imagine|imagining|picture|picturing|fantasi[sz]e about|fantasi[sz]ing about|dream about|dreaming about|ready|decided|feel like|could) (?:to |on |about |of )?(?:kil|kiling|murder|murdering|stab|stabing|shoot|shooting|strangle|strangling|hurt|hurting|harm|harming|beat up|beating up|poison|poisoning|atack|atacking|run over|smother|smothering|drown|drowning|punch|punching|hit|hiting|kick|kicking|slap|slaping|batter|batering|beat|push|pushing|shove|shoving|burn|burning|choke|choking|glas|glasing|knife|knifing) ${PERSON}(?! at)(?! (?:feelings|pride|chances|in (?:the|this) game))`,
  ),
  rule(
    "harm_others_intent",
    "look",
    `(?:bought|got|brought|carying|carry|took|taking|have) (?:a |the |my |his |her |my dads? )?(?:knife|gun|weapon|bat|hamer|blade) (?:to|so i can|for when i|to go) (?:hurt|kil|stab|shoot|atack|use on|get)`,
  ),
  rule(
    "harm_others_intent",
    "look",
    `(?:taking|bringing|carying|take|bring) (?:a |my |the )?(?:knife|gun|weapon|knives|guns) (?:to|into) (?:school|clas|work|colege|uni|the ofice)`,
  ),
  rule(
    "harm_others_intent",
    "look",
    `(?:shoot|shot) up (?:the|my|a) (?:school|clas|ofice|colege|uni)|school shooting`,
  ),
  // Generalised forms, added with the sixth development batch: wider vocabularies and looser word
  // order for the same meanings, so phrasings nobody has written down yet are still read.
  rule("active", "look", `ctb`, ACT),
  rule(
    "active",
    "self",
    `(?:top|toping|toped|neck|necking|end|ending) ${MYSELF}|(?:do|doing) ${MYSELF} in`,
    ACT,
  ),
  rule(
    "active",
    "look",
    `(?:want|wana|going|about|ready|plan|planing|planning|decided|tempted|urge|close) to rope(?! (?:in|of|together|swing|course|burn|them|him|her|my|people))`,
    ACT,
  ),
  rule(
    "active",
    "look",
    `(?:sui|${SUICIDE_WORD}|${SUICIDAL_WORD}) (?:thoughts|ideation|urges|feelings|thinking|mode|ideas)`,
  ),
  rule(
    "active",
    "look",
    `(?:feeling|feel|felt|im|so|very|bit|being|get|getting) sui(?= ?$| ?\\|| ?,| again| right now| today| tonight| lately| al)`,
  ),
  rule(
    "active",
    "look",
    `(?:close to|so close to|this close to|tempted to|on the verge of|gona|wana|urge to|feel like|finaly going to|going to finaly) (?:end|ending) (?:it|things|it al|my life|everything)(?! (?:with|betwen|of))`,
    ACT,
  ),
  rule(
    "active",
    "look",
    `(?:close to|so close to|this close to|thinking about|thinking of|think about|could|going to|gona|tempted to) (?:jump|jumping)(?= ?$| ?\\|| ?,| now| tonight| of| from| in front| and| soon| today| right now| later)`,
    ACT,
  ),
  rule(
    "active",
    "look",
    `(?:want|going|about|ready|tempted|urge|gona|wil|il) to jump(?= ?,| and| soon| today| right now| again| later| in front| infront)`,
    ACT,
  ),
  rule(
    "active",
    "look",
    `(?:jump|jumping|jumped|throw ${MYSELF}|throwing ${MYSELF}|step|stepping|walk|walking|lie|lying|lay) (?:of|from|in front of|infront of|under|onto|into) (?:(?:a|the|this|that|my|next|nearest|oncoming|moving|top of|edge of|local|big|some|an) ){1,3}(?:high(?! (?:board|dive|diving|jump|bar|beam|ropes|chair))|tal|bridge|rof|building|clif|train|tracks|balcony|bus|window|ledge|car park|multi storey|tower|lory|truck|trafic|motorway|river|canal|platform|road|flyover|overpas)`,
    ACT,
  ),
  rule(
    "active",
    "look",
    `(?:${SUICIDE_WORD}|dying|death|ending it|ending my life|kiling ${MYSELF}|to die) (?:\\w+ ){0,3}(?:the|my) only (?:option|way out|answer|choice|way|solution|thing left)`,
  ),
  rule(
    "active",
    "look",
    `only (?:option|way out|answer|choice|solution|thing) (?:left )?(?:is|would be|seems|feels like) (?:to )?(?:die|death|${SUICIDE_WORD}|end it|kil ${MYSELF}|end my life)`,
  ),
  rule(
    "active",
    "look",
    `(?:like|i mean|as in|meaning) (?:die|be dead|dead|kil ${MYSELF}|end it|end my life|not be alive|not exist)(?= ?$| ?\\||,)`,
  ),
  rule(
    "active",
    "look",
    `(?<!what (?:i |do i |you |we )?)(?:want|wana|ned|need|ready) (?:to get |to be )?out of (?:life|this life|existence|this world|being alive)|(?:like|as in|i mean) out of (?:life|this life|existence|this world)`,
  ),
  rule(
    "active",
    "look",
    `(?:keep|kept|cant stop|been) (?:thinking about|picturing|imagining|fantasi[sz]ing about|planning) (?:my (?:own )?(?:death|suicide|funeral)|kiling ${MYSELF}|ending it|ending my life|hanging ${MYSELF}|jumping)`,
  ),
  rule(
    "attempt",
    "look",
    `(?:tried|tryed|atempted) to (?:jump(?! (?:the|over|on|into|in|start|rope|higher|a|ship|up))|hang|drown|gas|suffocate|electrocute|overdose|od|slit|cut my (?:wrists?|throat)|take (?:al|every|a bunch|loads|lots|enough|a load|a handful)|step in front|walk in front|throw ${MYSELF})`,
  ),

  // Passive, in more shapes: a death made conditional and then accepted, in either order.
  rule(
    "passive",
    "look",
    `(?:${DEATH_IF})[^|]{0,60}\\b(?:${ACCEPT})|(?:${ACCEPT})[^|]{0,60}\\b(?:${DEATH_IF})`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:bete?r|happier|easier|fine|relieved|lighter) (?:of )?(?:without me|with me gone|with me dead|once im gone|when im gone|if im gone|if i (?:vanished|disapeared|left for god|was never born|wasnt born|never existed|stoped existing|was not here|wasnt around|was gone))`,
    false,
  ),
  rule(
    "passive",
    "look",
    `wish (?:that )?(?:i|id|i had) (?:never|not|hadnt|didnt) (?:woken|woke|wake) up`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:hope|hoping|pray|praying|wish) (?:that )?i (?:(?!dont |wont |never |do not |dont )\\w+ ){1,3}(?:and )?die(?! (?:of|laughing|from|in (?:the|a) game|happy|old))`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:wish (?:that )?i could|want to|wana) (?:fade (?:out|away)|stop being|not be|cease)(?= ?$| ?\\|| ?,| and| alive| here| forever| anymore| a person)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:disapear|vanish|be gone|fade out|fade away|go away) (?:and )?(?:never|not) come back`,
  ),
  rule(
    "passive",
    "self",
    `(?:im|i am|i feel like im|i feel like a|feel like im|feel like a|im such|im only|im nothing but) (?:a |such a |nothing but a |just )?(?:waste of (?:space|oxygen|air|a life|life)|taking up (?:space|air|oxygen))`,
  ),
  rule(
    "passive",
    "look",
    `(?:tired|sick|exhausted|bored|fed up|cant be bothered|cba) (?:of |with )?(?:living|being alive|existing|waking up|staying alive|breathing)`,
  ),
  rule(
    "passive",
    "look",
    `(?:being alive|existing|staying alive|living) is (?:so |to |just )?(?:exhausting|to much|to hard|unbearable|pointles|torture|agony|hel)`,
    false,
  ),
  rule(
    "passive",
    "other",
    `(?:wishes|wished|wish|says|said|thinks|told me) (?:that )?(?:she|he|they) (?:was|were|could be|would be|had been|could just be|wishes (?:she|he|they) (?:was|were)) (?:dead|gone|never born|not born|not alive)`,
    false,
  ),

  // Goodbyes said sideways, leaving, and despair that means more next to means or a plan.
  rule(
    "goodbye",
    "self",
    `(?:last|final) time (?:you|youl|anyone|any of you|you wil|u|anyone wil)(?: ever| wil ever)? (?:hear|se|talk|speak|get a mesage) (?:from|to|with) me|(?:you|youl|no one|nobody|anyone)(?: wont| wil not| wil never| never)? (?:ever )?hear from me (?:again|anymore|any more|after (?:tonight|today))`,
  ),
  rule(
    "goodbye",
    "self",
    `(?:il|i wil|i wont|wont|il probably) be (?:gone|dead|here|around|alive) (?:by|before|this time) (?:morning|the morning|tomorow|sunrise|tomorow night|the weekend)(?![^|]*\\b(?:flight|holiday|trip|camping|train|plane|airport|festival|work|shift|uni|away|visit|sleping|aslep|bed|out))`,
  ),
  rule(
    "goodbye",
    "self",
    `(?:giving|gave|give|given) (?:al )?(?:of )?my (?:stuf|things|belongings|posesions|pets|clothes|games|bike|guitar|plants|cat|dog) away(?![^|]*\\b(?:move|moving|charity|declutter|decluttering|sel|seling|vinted|ebay|uni|travel|smaler|flat|house))`,
  ),
  rule(
    "farewell",
    "self",
    `(?:made|make|making) (?:my )?peace(?= ?$| ?\\|| ?,| with (?:it|it al|everything|everyone|dying|death|god|my decision|the world|this|${MYSELF}|leaving|going))|my (?:goodbye |final |last |suicide )?(?:note|leter)s? (?:is |are |s )?(?:on|in|under|by|next to|ready|writen|done|finished)|sory for (?:everything|being a burden|al of it|al the trouble)|(?:please )?forgive me(?= ?$| ?\\|| ?,| for (?:this|what)| everyone)|(?:take care of|look after) (?:my|mum|mom|dad|the) \\w+ for me|it was nice (?:knowing|talking to) (?:you|u)|(?:this is|its) the end for me`,
  ),
  rule(
    "departure",
    "self",
    `(?:ready to go|time (?:for me )?to go|my time to go|leaving this world|leave this world|leaving for god|going away forever|gone for god|wont be here (?:soon|much longer|anymore|any more)|(?:when|after|once) im gone(?! (?:to|on|for|out|shoping))|(?:il|i wil) be gone(?! for| on| to)|im going tonight|doing it (?:after|when|once|before|at))`,
  ),
  rule(
    "weak",
    "self",
    `(?:im|i am|im so) done(?= ?$| ?\\|| ?,| now| with (?:it al|everything|this life|al of it|trying|fighting|living|being here|this world|it))|i give up(?= ?$| ?\\|| ?,| on everything| on me| now)|(?:dont|do not) (?:want|wana) to be here(?= ?$| ?\\|| ?,| now| tonight| right now)|(?:cant|cannot) (?:do (?:it|this)|cope|take it|go on)(?= ?$| ?\\|| ?,| now| anymore)|(?:its|everything is) over for me|no way out|(?:this|tonight) is it(?= ?$| ?\\||,)|nothing left(?= ?$| ?\\|| ?,| for me)|(?:ive )?had enough(?= ?$| ?\\|| ?,| of (?:everything|life|this life|it al|being alive))|i want out(?= ?$| ?\\||,)`,
    false,
  ),

  // Means kept, places, plans, said in more ways.
  rule(
    "means_strong",
    "look",
    `(?:${PILLS}) (?:\\w+ )?(?:saved|saved up|stashed|stockpiled|hidden|hiden|hid|put away|put aside|set aside|colected|hoarded)(?! (?:for (?:my|the) (?:hayfever|pain|back|migraines?|period)))`,
  ),
  rule(
    "means",
    "self",
    `enough (?:\\w+ )?(?:saved up|saved|stashed|stockpiled|hidden|put away|put aside)(?! (?:for|to buy|money|cash|pounds|dolars|quid|in))|(?:got|have) enough (?:now|to do it|to (?:die|end it|not wake up|do the job))`,
  ),
  rule(
    "means",
    "look",
    `(?:standing|stood|sat|siting|im|i am|waiting|here|hes|shes|is) (?:on|at|by|near) (?:the|this) edge(?! of (?:(?:my|the|a|this) )?(?:seat|bed|sofa|couch|pol|desk|chair|road|pavement|table|stage|field|town|forest|woods|wod|breakdown|tears|sanity|reason|glory|the pier))`,
  ),
  rule(
    "means",
    "look",
    `(?:standing|stood|sat|siting|im|i am|waiting|here) (?:on|at|by|near|beside|next to) (?:the |a |this )?(?:river|canal|lake|pier|platform|station|train station|motorway bridge|overpas|flyover|top floor|rof edge|edge of the rof|railway bridge|tracks|rails|water)(?! (?:with (?:my|the|friends)|for (?:a|the|my)|waiting for|to met))`,
  ),
  rule(
    "plan",
    "self",
    `(?:picked|pick|chose|chosen|set|decided on|got|found) (?:a |the |my )?(?:date|day|spot|place|time|location|method)(?! (?:for (?:the|our|my|a) (?:party|wedding|trip|holiday|meting|exam|interview|birthday|date|move|apointment)|to (?:met|go out|visit|celebrate)|of))|(?:a|the|my) (?:spot|place|date|day|time|method|bridge|building) (?:al )?(?:picked|chosen|picked out|sorted|worked out|planed)`,
  ),
  rule(
    "means_now",
    "self",
    `(?:${PILLS}|rope|nose|razor|blade|blades|gun|knife) (?:are |is |s )?(?:al )?(?:counted|counted out|lined up|laid out|ready|set out|in my hand|in my hands|on my bed|by my bed|on the table|on my desk)(?! (?:for|from (?:the|my) (?:pharmacy|doctor|chemist)))(?! for (?:him|her|them|when|if))(?![^|]*\\b(?:organi[sz]er|dosette|pil box|for the week))`,
  ),

  // Overdose: conditions named after the pills, and "after taking" the lot.
  rule(
    "overdose_symptoms",
    "look",
    `(?:dizy|sick|drowsy|vomiting|throwing up|being sick|shaking|shaky|blury|vision|heart (?:is )?(?:racing|pounding)|cant breathe|numb|weird|faint|pasing out|cant stay awake|cant kep my eyes open|stomach (?:hurts|pain)|ringing|confused|sleepy|spinning)[^|]{0,40}\\b(?:after|since|from) (?:(?:taking|i took|i tok|swalowing|i swalowed|downing|having|i had) |(?:the|those|my|al the|al those) (?:pils|tablets|meds))`,
  ),
  rule(
    "overdose",
    "look",
    `after (?:taking|swalowing|downing) ${LOTS} (?:my |the |of my |these |those |of the |of them )?${PILLS}`,
  ),

  // Self-harm: more verbs, places on the body, and the wish for pain itself.
  rule(
    "self_harm",
    "look",
    `(?<!(?:cat|dog|kiten|pupy|rabit|hamster|bird|parot|brambles?|thorns?|bush) )(?:cut|cuting|cuts|carve|carved|carving|slash|slashed|slashing|slice|sliced|slicing|scratch|scratched|scratching|burn|burned|burnt|burning|gouge|gouged|stab|stabed|stabing|pick|picking|hit|hiting|punch|punched|punching) (?:into |open |up |at )?(?:my (?:arms?|legs?|wrists?|thighs?|skin|stomach|hips?|face|chest|neck|hands?|fingers|ankles?|belly|side|calves|shoulders?|body))(?! (?:by acident|acidentaly|on (?:a|the)|while|when i fel|shaving|cooking))`,
  ),
  rule(
    "self_harm",
    "look",
    `(?:want|wana|ned|need|urge|craving|going|about|tempted|have) to (?:feel (?:the )?pain|bleed|se (?:the |my (?:own )?)?blod|make ${MYSELF} bleed|punish ${MYSELF}|hurt(?= ?$| ?\\|| ?,| again| so))|(?:get|got|getting|grab|grabed|grabbing) (?:the|my) (?:blade|razor|blades|razors|sharpener) (?:out|again)`,
  ),

  // Abuse now: a weapon in their hand, outside, threats shouted.
  rule(
    "abuse_now",
    "self",
    `(?:he|she|they|my \\w+|hes|shes) (?:s |has |is |are )?(?:got|has|holding|grabed|picked up|waving|pulled|pulled out|swinging) (?:a|the|his|her|my|our) (?:knife|gun|bat|hamer|weapon|machete|axe|blade)(?![^|]*\\b(?:carving|turkey|choping|coking|kitchen|diner|bq|barbecue|sharpen|whitling|camping|fishing|hunting|range|shop|christmas|roast|vegetables|veg|onions|meat|bread|cake|house|home|drawer|garage|lof|shed|safe|licen[sc]e|cabinet|inspect\\w*|(?:him|her|them) ?self))`,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:he|she|they|my \\w+|hes|shes) (?:is |s |are )?(?:outside|at) (?:my|the|our) (?:window|flat|bedrom|bathrom|front dor|back dor)(?: right now| now| again| ,| and| screaming| shouting| yeling| banging| ?\\||$)`,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:said|says|told me|swore|keeps saying|screaming|shouting|yeling|texted|texting|threatening|threatens) (?:that )?(?:\\w+ ){0,2}(?:hel|shel|theyl|hes going to|shes going to|he wil|she wil|he would|she would|hed|shed|going to) (?:kil|hurt|murder|stab|shoot|end) (?:me|us|my \\w+|the kids)`,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:use|used|using) (?:it|that|the knife|the gun|a knife|a gun|his gun|his knife|her knife) on me`,
  ),

  // Harm to others: more verbs for the same violence.
  rule(
    "harm_others",
    "look",
    `(?:beat|kick|knock) the (?:shit|crap|hel|life|living daylights) out of ${PERSON}|(?:smash|bash|cave|kick|stamp|stomp) (?:his|her|their|someones|that \\w+s) (?:head|face|skul|teth) in`,
  ),

  // Someone else's goodbye, received.
  rule(
    "goodbye",
    "other",
    `(?:texted|sent|mesaged|snapchated|dmed|caled|rang|told|wrote) me (?:(?:\\w+ ){0,6}(?:and |then )?(?:said |saying )?(?:goodbye|godbye|bye forever|(?:(?:hes|shes|theyre|he was|she was) )?sory for everything)|(?:a |this |her |his |their )?(?:goodbye|godbye|bye forever|(?:weird |final |last |suicide )?(?:mesage|text|snap|leter|note|voice note|voicemail) (?:saying|that said|telling me|about) (?:goodbye|godbye|sory for everything|(?:she|he|they) loves? me|thank you for everything|bye)))`,
  ),
  // Added with the seventh development batch: abuse, harm to others and other people's risk in
  // longer, narrative sentences, and more ways to say the same wishes, means and goodbyes.
  rule(
    "abuse",
    "self",
    `${PERP} (?:\\w+ ){0,2}(?:pined|pins|pin|forces|forced|force|makes|made) me(?: to)? (?:against|have sex|do sexual|do things (?:to|with) (?:him|her|them)|slep with|down)|${PERP} (?:\\w+ ){0,2}(?:starve|starves|starved|throtled|throtles) me|${PERP} (?:\\w+ ){0,2}(?:goes|go|went) through my (?:phone|mesages|texts|bag)|${PERP} (?:\\w+ ){0,2}(?:throws|throw|threw|smashes|smashed|punches|punched) (?:things|stuf|plates|holes in the wal|the wal)|walk(?:ing)? on egshels (?:at home|around (?:him|her|them|my \\w+))`,
  ),
  rule(
    "abuse",
    "self",
    `${PERP} (?:wont|doesnt|does not|never) let me (?:leave|se (?:my|anyone|friends)|go (?:out|anywhere)|have (?:money|my own)|out|eat|slep|work)|${PERP_NAMED} (?:wont|doesnt|does not|never) let me (?:talk to|cal|text)`,
  ),
  rule(
    "abuse",
    "self",
    `(?:scared|afraid|terified|frightened) (?:of )?what (?:he|she|they|my \\w+) (?:wil|might|could|would|l|s going to|is going to) do`,
  ),
  rule(
    "abuse",
    "other",
    `(?:kid|child|girl|boy|woman|lady|neighbour|neighbor|friend|she|he|they|sister|brother|mum|mom) (?:\\w+ ){0,3}(?:is|are|s|gets|get) (?:being )?(?:beaten|abused|hit|hurt|kicked|punched)(?! (?:by a (?:car|bus|bal)|in (?:a|the) (?:game|match)))`,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:told me|said|says|threatened|texted|texting|keeps saying|swore|if i (?:ever )?(?:leave|tel|go to|report|cal|talk))[^|]{0,30}\\b(?:hel|shel|theyl|he wil|she wil|he would|hed|shed|hes going to|shes going to|they wil|theyre going to) (?:\\w+ ){0,4}(?:(?:kil|murder|stab|shoot|strangle|bury|end) (?:me|us|the kids|my \\w+)|put me in the ground|make me (?:pay|regret it|sory)(?= ?$| ?\\|| ?,| for (?:it|this|that|telling)))`,
  ),
  rule(
    "abuse_threat",
    "self",
    `${PERP} (?:\\w+ )?(?:held|put|pressed|pulled|waved|pointed|holds|puts) (?:a |the |his |her )?(?:\\w+ )?(?:knife|gun|blade|weapon|scisors|machete|hamer) (?:up )?(?:to|at|against|on|in) (?:my|me)`,
  ),
  // "said next time he'd use it", "next time i talk back i won't be breathing": a threat to kill,
  // put off to the next time.
  rule(
    "abuse_threat",
    "self",
    `(?:said|says|told me|swore|texted|keps saying) (?:that )?next time (?:[^|]{0,40}\\b)?(?:hed|hel|shed|shel|he wil|she wil|he would|she would) (?:use it|use the (?:knife|gun|blade|belt|bat|hamer)|not stop|finish (?:it|me|the job)|kil me|end me)|next time (?:[^|]{0,30}\\b)?i (?:wont|wil not|would not|wouldnt) be (?:breathing|alive|around|here|walking)`,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:hands?|arms?) (?:round|around|on) my (?:neck|throat)|(?:hes|shes|theyre|he is|she is) (?:still going|not stopping|stil hiting|stil at it)|(?:he|she) (?:wont|isnt|wil not) stop (?:hiting|hurting|kicking|punching|beating)`,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:hes|shes|theyre|(?:he|she|my \\w+) (?:is|s)|they are) (?:\\w+ ){0,6}(?:with|holding|has|got) (?:a|the|his|her) (?:knife|gun|bat|hamer|weapon|machete|axe|blade|belt)(?![^|]*\\b(?:carving|turkey|choping|coking|kitchen|diner|bq|barbecue|sharpen|whitling|camping|fishing|hunting|range|shop|christmas|roast|vegetables|veg|onions|meat|bread|cake|house|home|drawer|garage|lof|shed|safe|licen[sc]e|set|block|(?:him|her|them) ?self))`,
  ),
  rule(
    "harm_others",
    "look",
    `(?:want|wana|wish) (?:${PERSON}) dead|make ${PERSON} pay|i know where (?:he|she|they) (?:lives?|stays)|(?:burn|smash|trash|torch|set fire to) (?:his|her|their) (?:car|house|flat|stuf)`,
  ),
  rule(
    "harm_others_intent",
    "look",
    `(?:keep|kept|carry|carying|have|got) (?:a |my |the )?(?:knife|blade|gun|weapon|bat|hamer)(?: in my \\w+)? (?:for when|in case|for if|ready for) (?:i se|he|she|they|him|her|them)|(?:use|using) (?:it|this|the knife|the gun|my knife) on (?:him|her|them|${PERSON})|(?:knife|gun|blade|bat|hamer) (?:ready )?for (?:him|her|them)(?= ?$| ?\\|| ?,| when| tonight| tomorow)|(?:outside|at|waiting (?:outside|at|for)) (?:his|her|their|${PERSON}) (?:house|flat|place|school|work|dor)?(?: \\w+){0,3} with (?:a|my|the|his) (?:knife|gun|bat|hamer|weapon|blade|machete|axe)|(?:taking|bringing|carying|take|bring) (?:my \\w+s |my \\w+ s )(?:knife|gun|weapon|knives|guns) (?:to|into) (?:school|clas|work|colege|uni)`,
  ),
  rule(
    "passive",
    "look",
    `(?:bete?r|happier|easier)(?: \\w+){0,2} without me(?! (?:there|at|around for|on the|in the (?:team|group|clas|band)))|(?:hope|hoping|pray|praying|wish) (?:that )?my heart (?:would )?(?:stops|stop|gives out|give out)|(?:welcome|embrace|long for|crave|wish for|pray for|lok forward to) death|death (?:sounds|seems|feels|would be|looks) (?:so )?(?:peaceful|nice|like a relief|god|beter|easier|welcome|like freedom|apealing)|press a buton and (?:not exist|disapear|die|be gone|vanish|never have existed|stop existing)|(?:go to slep|fal aslep|slep) and (?:stay aslep|never wake|not wake)|(?:want|wana|wish|ready) to be gone(?! (?:for|on|from|by|to|before))|(?:about )?not wanting to (?:be here|be alive|live|exist|wake up)`,
    false,
  ),
  rule(
    "passive",
    "other",
    `(?:everyone|we|they|people|his family|her family|the world|everybody|theyd|everyoned) (?:would |d |wil )?be (?:bete?r|happier) of without (?:him|her|them)|(?:shes|hes|theyre|she is|he is) (?:a |such a |just a )?burden`,
    false,
  ),
  rule(
    "active",
    "look",
    `(?:thinks|talks|talking|talked|joked|jokes|mentioned|mentions) (?:about |of )?(?:ending it|ending things|ending (?:his|her|their) life|kiling (?:him|her|them) ?self|${SUICIDE_WORD}|dying|wanting to die)`,
  ),
  rule(
    "active",
    "look",
    `(?:not|dont feel|never feel) safe (?:with|around|by) ${MYSELF}|dont trust ${MYSELF}(?= not to| around| with| right now| tonight| ?$| ?\\|| ?,)|(?:imagining|picturing|thinking about|planning|planing|working out) how (?:i|id|i would|il|to) (?:do it|end it|kil ${MYSELF}|go)`,
    false,
  ),
  rule(
    "lethal_query",
    "self",
    `how (?:high|tal|far|dep|long|much|many) (?:does|do|would|should|wil) (?:a|the|you|i) (?:building|bridge|drop|fal|cut|jump|rope|ned to|have to)(?: \\w+){0,3} (?:ned to be|have to be|be to|to die|to kil|to be fatal|to be lethal|to work)|how long (?:would|does|wil) it take to (?:bleed out|die|pas out)`,
  ),
  rule(
    "means_strong",
    "self",
    `(?:saved|saving|stockpiled|stockpiling|hoarding|hoarded|colected|colecting|stashed|stashing) (?:up )?(?:my \\w+s |my \\w+ s )(?:${PILLS})|(?:stash|stockpile|supply|colection) of (?:${PILLS}) (?:\\w+ ){0,4}(?:just in case|in case|for when|for if)`,
  ),
  rule(
    "means_now",
    "self",
    `(?:car|engine) (?:is )?running (?:in|inside) (?:the|my) garage|(?:batteries|batery) out of the smoke alarm|hose(?:pipe)? (?:from|to|in|into) the exhaust|exhaust (?:pipe )?(?:into|in) the car|(?:rope|nose) (?:is )?(?:up|tied|hung|set up)(?= ?$| ?\\|| ?,| and| now)`,
  ),
  rule(
    "means",
    "self",
    `with (?:a|the|my) (?:blade|razor|razors|rope|gun|knife|pils|tablets)(?! (?:set|block|sharpener))`,
  ),
  rule(
    "goodbye",
    "self",
    `(?:writing|wrote|written|finished|finishing) (?:my )?(?:last|final|goodbye) (?:leters|leter|notes|note|mesages|texts)|said goodbye to (?:everyone|everybody|my family|al my \\w+|them al|the people i love|my kids|my parents)`,
  ),
  rule(
    "weak",
    "self",
    `(?:my )?mind is made up|made (?:up )?my mind(?: up)?|ive decided(?= ?$| ?\\|| ?,)`,
    false,
  ),
  rule(
    "overdose",
    "look",
    `(?:took|taken|swalowed|downed) (?:al )?(?:my |the |of my )?(?:${PILLS}) (?:al )?at once`,
  ),
  rule(
    "self_harm",
    "look",
    `(?<!(?:cat|dog|kiten|pupy|rabit|hamster|bird|parot|brambles?|thorns?|bush) )(?:cut|cuting|burn|burned|burnt|hit|scratched|hurt|punched|bruised|bit|scalded|scratching|picking|biting) (?:${MYSELF}|my (?:arms?|legs?|wrists?|thighs?|skin|stomach|hips?|face|hands?))(?: \\w+){0,5} (?:on purpose|deliberately|to punish ${MYSELF}|to feel something|to feel pain)|(?:scratch|scratching|scratched|pick|picking|bite|biting|cut|cuting|hit|hiting)(?: \\w+){0,3} (?:til|until) (?:i|it) (?:bleed|bled|bleds)|(?:keep|kept|hide|hid|hidden|hiding|have) (?:a |my )?(?:razor|blade|blades|razors) (?:\\w+ ){0,4}(?:for when|in case|for if|just in case)`,
  ),
  rule("active", "look", `${SUICIDE_WORD} (?:note|notes|leter|leters) in my head`),
  rule(
    "self_harm_history",
    "other",
    `(?:cuts|scars|burns|marks|cut marks|bruises) on (?:his|her|their|my \\w+s|my \\w+ s) (?:arms?|legs?|wrists?|thighs?|stomach)`,
  ),
  rule(
    "abuse",
    "self",
    `(?:locks|locked) me out of (?:the|my) (?:house|home|flat)|${PERP} (?:\\w+ ){0,2}(?:calls|called) me (?:worthles|a waste|useles|pathetic|a mistake|a slut|a whore|a burden)`,
  ),
  // Added with the development batches by three other authors (dev/batch-author-*): wider
  // vocabularies (medicines, weapons, places, times) and structures rather than phrases, so that
  // other people's ways of saying the same things are read.
  rule(
    "active",
    "look",
    `final exit|(?:use|using|used) (?:it|them|that|this|the \\w+) on ${MYSELF}|(?:walk|walking|wade|wading|swim|swiming) (?:out )?(?:into|in) (?:the )?(?:sea|ocean|river|lake|trafic)(?! (?:for|with|to (?:cool|swim))\\b)|(?:want|going|plan|planing|planning|ready) to (?:\\w+ ){1,6}and (?:not|never) wake up|(?:came|come|drove|driven|walked|walking|driving|heading|going|went) (?:out |up |down )?(?:here |there )?(?:to (?:the )?(?:clifs?|bridge|rof|tracks|station|river|sea|coast|woods|beach|lake|car park|multi ?storey|top floor|edge|forest) )?(?:\\w+ ){0,3}to (?:end it|end my life|jump|kil ${MYSELF})(?! (?:with|betwen|of|the|a|in (?:the|a) game)\\b)|in front of (?:the |a )?(?:next |oncoming |first )?(?:one|train|bus|lory|truck|car)(?= [^|]*\\b(?:step|jump|walk|throw|lie|lay))|(?:step|jump|walk|throw ${MYSELF}|lie|lay) in front of (?:the |a )?(?:next |oncoming |first )?(?:one|train|bus|lory|truck|car)`,
    ACT,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:what|which|how much|how many) (?:\\w+ ){0,6}(?:is|are|would|wil|could|might) (?:actualy |definitely |realy )?(?:be )?(?:fatal|lethal|deadly|enough to (?:die|kil me|not wake up))|(?:what|which) height (?:\\w+ ){0,5}(?:jump|fal|die|survive)|height (?:\\w+ ){0,4}(?:cant|cannot|wont|wouldnt) survive|(?:cant|cannot|wont|not) survive (?:faling|a fal|jumping|the fal)|(?:can|could) (?:you|i|someone|people) (?:od|overdose|die) (?:on|from)|(?:least|most|les) (?:painful|lethal|efective|certain) (?:\\w+ ){0,2}(?:overdoses?|methods?|ways? to (?:die|go)|drugs|pils)|(?:overdoses?|methods?|ways? to (?:die|go)) (?:\\w+ ){0,2}(?:the )?(?:least|most) (?:painful|lethal|efective)`,
  ),
  rule(
    "means",
    "self",
    `(?:have|had|got|bought|buying|ordered|kept|keeping|picked up|found|brought|grabed|taken) ${DET}(?:${PILLS}|rope|nose|razors?|blades?|knife|gun|shotgun|pistol|rifle|bleach|ligature|charcoal)(?! (?:for (?:my|the|his|her) (?:hayfever|pain|cold|headache|back|tent|boat|garden|swing|climbing|dog)|from (?:the|my) (?:pharmacy|chemist|doctor|gp)))`,
  ),
  rule(
    "means_strong",
    "self",
    `(?:putting|put|set|setting|kept|keeping|saving|saved|stashing|hiding|hid|hidden) (?:aside|away|back|by) (?:\\w+ ){0,4}${PILLS}|(?:kept|keeping) ${DET}${PILLS}(?! (?:in (?:the|my|a) (?:cupboard|cabinet|bag|drawer|kitchen|bathrom)|for (?:my|the) (?:pain|headaches?|hayfever|period)|on me))|(?:keeping|saving|kept|saved) (?:them|these|those|it|\\w+) (?:for when|in case|for the day|for if) i (?:decide|want|ned|cant|have)|(?:buying|bought|getting) ${PILLS} from (?:diferent|several|lots of|multiple|two|thre) (?:shops|chemists|pharmacies|places|supermarkets)|(?:bought|got|ordered) (?:a |some |the )?(?:rope|ligature)(?! (?:for|to)\\b)|(?:had|kept|keeping|hidden|hid|hiding) (?:the|a|my) (?:rope|nose|ligature) (?:in|under|since|for|hidden)`,
  ),
  rule(
    "means_now",
    "self",
    `(?:${PILLS}|rope|nose|razors?|blades?|gun|knife) (?:is |are |s )?(?:loaded|(?:right )?(?:on|in) (?:the|my) (?:counter|bed|desk|table|floor|lap|bedside table|hand|side)(?! (?:for|at)\\b))(?![^|]*\\b(?:organi[sz]er|dosette|pil box|for the week|for (?:him|her|them)))|(?:its|it is|theyre|they are|it s) (?:\\w+ ){0,3}(?:next to me|in front of me|beside me|in my hand|on my lap)`,
  ),
  // Whose car it is shows in who is in it: "my dad locked himself in the garage with the engine
  // running" is someone else in danger now.
  rule(
    "means_now",
    "look",
    `(?:car|engine) (?:is |s )?(?:\\w+ )?running (?:in|inside) (?:the|my) (?:\\w+ )?garage|(?:in|inside) the car in the garage|garage with the engine running`,
  ),
  rule(
    "means_now",
    "self",
    `(?:holding|im holding|staring at|looking at|sat here with|siting here with) ${DET}(?:${PILLS}|rope|nose|razors?|blades?|gun|knife|shotgun|pistol)(?! (?:for|from)\\b)`,
  ),
  rule(
    "abuse_now",
    "look",
    `(?:s|is|are|and) (?:\\w+ )?(?:draging|choking|strangling|beating|hiting|kicking|punching) me(?! (?:when|every|if|whenever)\\b)`,
  ),
  rule(
    "means",
    "look",
    `(?:parked|standing|stood|sat|siting|im|i am|here|waiting) (?:up )?(?:on|at|by|near|beside|on top of|at the top of|at the edge of|on the edge of) (?:the )?(?:top of |edge of )?(?:the |a )?(?:beachy head|clifs?|clif top|multi ?storey|top floor|train tracks|tracks|railway|level crosing|bridge|rof|balcony (?:rail|railing|edge)|railing)`,
  ),
  rule(
    "plan",
    "self",
    `(?:sorting|sorted|put|putting|got|getting) (?:out )?(?:al )?(?:my |the )?(?:afairs|paperwork|finances) (?:in order|out|sorted|together)?|(?:paperwork|afairs|finances) (?:is |are )?(?:done|sorted|in order)|(?:got|have|picked|chosen) the (?:date|day) and the (?:place|spot|method)`,
  ),
  rule(
    "goodbye",
    "self",
    `(?:this is|its) the (?:last|final) (?:time|thing|mesage) (?:il|i wil|im going to|il ever|you wil|youl) (?:write(?= ?$| ?\\|| ?,| to)|send(?= ?$| ?\\|| ?,| you)|hear from me)|(?:wont|wil not|not going to|wont even) be (?:here|around|alive) after (?:tonight|today|this weekend|this|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|(?:wrote|written|writing|left) (?:a |my )?(?:goodbye |last |final )?(?:leters?|notes?) (?:to|for) (?:both |al |each of )?(?:my )?(?:son|sons|daughter|daughters|boys|girls|grandkids|kids|children|family|parents|partner|husband|wife|best friend|mum|mom|dad|brother|sister)|(?:wrote|written|writing|finished|left) my note and`,
  ),
  rule(
    "farewell",
    "self",
    `thank (?:you|u) for (?:listening|everything|being there|the reflections|al (?:of )?(?:this|it))|(?:written|wrote|writing) to (?:my \\w+|everyone|them al)|tel (?:my (?:\\w+ )?\\w+|them|everyone) (?:that )?i love (?:them|her|him|you)|(?:bye|goodbye) everyone`,
  ),
  rule("farewell", "look", `(?:this is|its) the end(?! (?:of|credits|bit|part)\\b)`),
  rule(
    "departure",
    "self",
    `(?:there wont be|there is no|theres no|there isnt) (?:a |any )?(?:next (?:month|week|year|time|session)|tomorow|future) for me|(?:dont|do not|wont ned to|no ned to) worry about me (?:after|anymore|any more|from now on)|(?:im |i am )?not coming back(?= ?$| ?\\|| ?,| down| up| home)|(?:wont|not going to|wil not) be a (?:burden|bother|problem|nuisance) (?:much|for much|for) (?:longer|long)|(?:wont|not going to|dont think il|dont think i wil|wil not) be (?:around|here) (?:much|for much|for) (?:longer|long)`,
  ),
  rule(
    "passive",
    "look",
    `(?:wish|wished|hope) (?:that )?i (?:could|can|would|might) (?:just )?(?:fade (?:out|away)(?: of existence)?|disapear|vanish|not wake up)|(?:wish|wished) (?:that )?i (?:just )?(?:hadnt|had not|didnt) (?:woken|woke|wake) up|(?:go to slep|slep) and not (?:bother )?(?:waking|wake) up|(?:a )?weight (?:round|around) (?:my \\w+s|my \\w+ s|their|his|her|everyones) neck|(?:would|d) be bete?r of dead|(?:want|wish|wana) (?:this|it|everything) to be the end`,
    false,
  ),
  rule(
    "passive",
    "other",
    `(?:wishes|wished|says|said) (?:that )?(?:she|he|they) (?:sometimes |often )?(?:wishes (?:she|he|they) )?(?:wasnt|werent|was not|were not) (?:alive|here|around)`,
    false,
  ),
  rule(
    "attempt",
    "self",
    `i atempted(?! (?:to|the|a|an|my|it|this|that|his|her)\\b)|i tried(?= (?:last night|yesterday|this morning|earlier today|an hour ago|again last night)(?: ?$| ?\\|| ?,| and))|(?:the|an|my) overdose i (?:took|had)`,
  ),
  rule(
    "overdose",
    "look",
    `(?:inject|injected|injecting) ${LOTS} (?:my |the )?${PILLS}|(?:took|taken|had|swalowed) (?:way |a lot |far |much )?more (?:of )?(?:my |the )?${PILLS} than|(?:took|taken|swalowed|drank|downed) (?:a |the )?(?:whole |entire )?(?:bottle|box|packet|load|handful) of (?:something|stuf|pils|tablets)`,
  ),
  rule(
    "overdose_context",
    "look",
    `(?:took|taken|had|injected) (?:\\w+ ){0,3}(?:double|triple|twice|thre times|extra)|(?:double|triple|twice|thre times) (?:my |the )?(?:dose|${PILLS})|so (?:double|triple)`,
  ),
  rule(
    "poison",
    "look",
    `(?:drank|drunk|swalowed|took|had|ate) (?:some (?:of )?(?:the |my )?)?(?:bleach|antifreze|wedkiler|drain cleaner|something (?:from )?under the sink|cleaning (?:stuf|products?|fluid)|(?:washing|dishwasher) (?:tablets|pods|liquid))`,
  ),
  rule(
    "bleeding",
    "look",
    `bleding (?:stil )?(?:hasnt|has not|wont|isnt|doesnt) stop(?:ed|ing)?|(?:bleding|bled) (?:a lot|loads|heavily|so much|badly)[^|]{0,20}(?:wont|doesnt|isnt|hasnt|not) stop|its stil bleding , it wont stop`,
  ),
  rule(
    "bleeding_context",
    "look",
    `(?:keps|kept|stil) bleding|bleding through|(?:gone|went|soaked|bled) through (?:a |two |thre |\\w+ )?(?:towels?|rol|plasters?|bandages?|kitchen paper|tisues|cloths?)|(?:it|blod) (?:wont|wil not|isnt|doesnt|hasnt|is not|has not) (?:stil )?stop(?:ing|ed)?(?= ?$| ?\\|| ?,| this time| even)|its pouring`,
  ),
  rule(
    "self_harm_history",
    "self",
    `(?:scars?|marks|cut marks) (?:\\w+ ){0,3}(?:on|down|across|al over) (?:my|both my) (?:left |right |upper |inner )?(?:arms?|wrists?|thighs?|legs?|stomach|hips?|forearms?)(?![^|]*\\b(?:acident|surgery|operation|c section|caesarean|chicken ?pox|acne|eczema|crash|dog|cat))|my (?:arms?|wrists?|thighs?|legs?) (?:are |is )?(?:covered in|ful of|al) (?:old )?(?:scars|marks|cuts|lines)|(?:hide|cover|covering|hiding) (?:up )?(?:my |the |old |these )*(?:sh |self harm )?(?:scars|marks|cuts)`,
  ),
  rule(
    "self_harm",
    "look",
    `(?:is|s|are|has ben|has started|started) (?:cuting|self harming)(?= ?$| ?\\|| ?,| again| and| at| on)|(?:urge|urges) to (?:sh|self harm|cut)|(?:the |my )?(?:\\w+ )?(?:blade|razor|blades|razors) (?:is |are )?(?:out|in my hand)|(?:wana|want to|going to|ned to) use (?:it|the blade|the razor|them)(?= [^|]*\\b(?:so bad|badly|right now|tonight|in the toilets))|(?:punch|punching|punched|hit|hiting) (?:the |a |my )?(?:\\w+ )?wal (?:until|til|and) (?:my (?:knuckles|hands?|fists?) )?(?:split|bled|bleed|broke|bleding)|(?:trying not|tryna not) to use it|(?:just )?cut again(?! (?:my|the|his|her|a|it)\\b)|(?:want|ned) to feel (?:it|that|the pain|the sting) again`,
  ),
  rule(
    "harm_others",
    "look",
    `(?:want|wants|wanted|wanting|wana|going|would like|d like|hed like|shed like|theyd like|plan|planing|planning|dream about|fantasi[sz]e about|fantasi[sz]ing about|imagine|imagining|thinking about|urge|tempted|ready|wil|il|could) (?:to )?(?:kil|kiling|murder|murdering|stab|stabing|shoot|shooting|strangle|hurt|hurting|harm|beat|beating|batter|batering|punch|hit|hiting|kick|smash|poison|burn|slap|break) (?:\\w+ )?(?:him|her|them|the (?:lot|man|guy|lad|lads|woman|girl|boy|kid|driver|bloke)|that (?:kid|guy|man|lad|girl|woman|bitch|prick)|my (?:\\w+ ){0,2}(?:stepfather|stepmother|brother in law|father in law|mother|father|ex|neighbour|teacher|boss|roomate|flatmate|husband|wife|partner|dad|mum|mom|brother|sister)|those (?:lads|guys|girls|boys|kids|people)|(?:his|her|their|someones|anyones) (?:legs?|arms?|nose|jaw|face|head|neck|skul|kneecaps))(?! (?:feelings|pride|chances|in (?:the|this) game)\\b)|(?:want|wana) (?:them|him|her|those \\w+) to feel (?:the )?pain|make (?:him|her|them|my \\w+) (?:hurt|sufer|bleed)|(?:put|stick) my fist (?:through|in|into) (?:\\w+ ){0,2}face|(?:hope|hoping) (?:that )?(?:my \\w+|he|she|they) (?:gets? (?:hit|run over|kiled|hurt)|dies|drops dead|rots)|(?:beat|batter|kick) (?:\\w+ ){1,3}(?:half )?to death|(?:set|setting) (?:\\w+ ){0,2}on fire with (?:everyone|people|them|him|her) (?:in|inside)|(?:smash|smashing|cave) (?:his|her|their) (?:skul|head|face) in`,
  ),
  rule(
    "harm_others_intent",
    "look",
    `(?:got|have|bought|buy|took|taking|bringing|carying|cary|holding|kept|keep|keps|cleaned|loaded|brought|grabed|picked up|pulled|wait|waiting|be waiting|il be|standing over (?:him|her|them)) (?:\\w+ ){0,6}${WEAPONS}(?=[^|]*\\b(?:deal with|answer for|regret|pay for|make (?:him|her|them) pay|find (?:them|him|her)|wait for|waiting|go round|going round|when (?:he|she|they)|if (?:he|she|they|those|that|my)|come near|comes round|shoot|stab|kil|hit|break(?!fast)|smash|use it|using it|on (?:him|her|them)|walking away|touch|prison|court|where (?:he|she|they) lives?|outside))|standing over (?:him|her|them) with|(?:put|slip|spike) (?:something |stuf )?(?:in|into) (?:his|her|their) (?:drink|food|tea|cofee)|shoot up (?:the|my|a|this) \\w+`,
  ),
  rule(
    "abuse",
    "self",
    `${PERP} (?:\\w+ ){0,6}(?:slaped|slaps|choking|choked|chokes|draging|dragged|drags|strangling|touching|touches|touched|grabs|grabed|hits|beats|beating|punched|kicked|shoved|pushed|threw) (?:me|us)(?! (?:back|of|a (?:bal|frisbe|pilow)|with a (?:bal|pilow|snowbal)|out of (?:my|the) (?:acount|account|phone|laptop|app|chat|group))\\b)|(?:keps|keeps|kept|stil|always) (?:touching|hiting|choking|hurting|grabing|slaping|kicking) me|(?:threw|throws|thrown|pushed|shoved|dragged|draging|drags|drag) me (?:into|against|across|down|up|out|of|through|back)|(?:threw|throws|throwing) (?:my |a |his |her )?\\w+ at my (?:head|face)|(?:hits|hit|beats) (?:us|me) with (?:his|her|a|the) (?:belt|stick|hand|fist|shoe|slipper)|comes into my rom at night|screams at me for hours|${PERP} (?:\\w+ ){0,2}(?:controls|control|takes|took|steals|stole) (?:al )?(?:my|the) (?:money|pension|wages|benefits|bank card|finances)|(?:takes|took|steals|stole) my (?:pension|wages|benefits|bank card)|(?:controls|control) (?:al )?(?:the money|everything|my money)|not alowed to (?:work|leave|se|go out|have)|changed the paswords|(?:calls|call|caled) me (?:useles|stupid|worthles|pathetic)(?= [^|]*\\b(?:in front of|every|always|children|kids))|(?:scared|afraid|terified|frightened) of (?:her|them)(?= ?$| ?\\|| ?,| and| when| because)`,
  ),
  rule(
    "abuse",
    "look",
    `(?:has|had|got|with|covered in) bruises (?:al the time|everywhere|again|al over)|(?:acidentaly|always|keps|stil) (?:bruising|hiting|hurting|beating|choking) (?:her|him|them)|(?:is|s|are|re) (?:\\w+ )?(?:beating|hiting|strangling|choking|kicking|punching|atacking|throtling) (?:her|him|them)|hear (?:\\w+ ){0,4}(?:beating|hiting|strangling|choking) (?:her|him|them)|(?:shouting|screaming|saying|yeling) (?:that )?(?:hel|hes going to|he wil|shel|shes going to) kil (?:her|him|them)|(?:frightened|scared|afraid|terified) of (?:him|her)(?= ?$| ?\\|| ?,| and| when| because)`,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:hel|shel|theyl|he wil|she wil|hed|shed|he would|she would|hes going to|shes going to|theyre going to) (?:\\w+ ){0,2}(?:kil|murder|strangle|stab|shoot|bury) (?:me|us)(?! (?:lol|haha|if i (?:eat|ate|touch|use|take|break|finish|forget|miss|lose|am late|dont))\\b)|threat(?:en|ens|ened) to kil me|(?:wont|not|never) (?:come|make it|get) (?:home|back) alive|where (?:hed|he would|shed|she would|theyd|he was going to) bury me|(?:keep|keps|kept|has|sleps with) a (?:knife|gun) (?:beside|by|next to|under) (?:the|her|his|our) (?:bed|pilow)`,
  ),
  rule(
    "medical_now",
    "look",
    `(?:not|isnt|stoped|has stoped|hasnt ben) breathing(?! (?:exercises?|techniques?|through (?:my|his|her|the) (?:nose|mouth)|properly (?:when|because|through)))|(?:lips|face) (?:are |is )?(?:going |turning )?blue|(?:cant|cannot|couldnt) wake (?:him|her|them)|not waking up(?! (?:early|on time|for)\\b)|(?:unconscious|unresponsive)|(?:has |just )?colapsed(?! (?:on the sofa|into bed|in bed|laughing)\\b)|breathing (?:weird|funny|strange|really slow|slowly)`,
  ),
  // Generalised frames from further authors: lethal questions in any wording, means bought or kept
  // for a purpose, plans without a day, terse and second-language English, someone else in danger now.
  rule(
    "lethal_query",
    "look",
    `(?:how many|how much|what dose of|which dose of|what amount of|what height|how high|which bridge|what floor|how long (?:does it take|it takes|would it take))(?= [^|]*\\b(?:to die|die|certain|stop (?:my|your|the) heart|rope|neck|to end it|fatal|lethal|kil (?:me|myself|you)))|(?:loking|looked|lok|looks|search|searched|searching|googled|googling|reading) (?:up )?(?:ways|methods|how) to (?:do it|die|kil myself|end it|end my life)`,
    false,
  ),
  rule(
    "means_strong",
    "self",
    `(?:bought|buy|buying|got|getting|keep|keping|kept|saving|saved|stockpiling|hoarding|colecting|colected) (?:\\w+ ){0,6}(?:${PILLS}|hose|rope)(?= [^|]*\\b(?:to end it|enough to|to end|when i decide|for when|exhaust|to die))|hose (?:that )?(?:fits|on|onto|to) the exhaust|(?:the )?(?:loft|garage|beam|tre) and a rope|rope is ready|(?:rope|pils|tablets) (?:are |is )?ready`,
  ),
  rule(
    "plan_strong",
    "self",
    `(?:ive|i have|i) (?:got|have|made) a plan (?:for|to) (?:end(?:ing)? (?:it|my life|things)|kil(?:ing)? myself|die)|(?:tonight|today|tomorow) i (?:go|wil go|am going) to (?:the )?(?:bridge|rof|clifs?|tracks|railway)`,
  ),
  rule(
    "means_now",
    "self",
    `guns? (?:s |is )?(?:loaded|on (?:the|my) (?:table|lap|bed))|(?:hose|pipe) (?:is |s )?(?:on|in|onto) the exhaust|(?:cars?|engine) (?:is |s )?(?:running|on) in (?:the|my) (?:shut |closed |locked )?garage|(?:i )?(?:stand|standing|am) on (?:the |my )?balcony(?= [^|]*\\bjump)|razor in (?:my )?hand|(?:gun|knife|blade|rope) (?:in my hand|on table)`,
  ),
  rule(
    "active",
    "look",
    `(?:finish|finishing|end|ending|take|taking) (?:my|his|her|their) (?:own )?life|make suicide|(?:want|wants|wana) to (?:go to )?(?:the )?other side|(?:go|going) to (?:the )?other side , to die|want to obey|i wish to die|(?:il|wil|going to|want to|gona) (?:\\w+ )?walk into the sea|(?:dont|do not) want to be here (?:anymore|any more) and i mean dead|to end me\\b`,
    ACT,
  ),
  rule(
    "self_harm",
    "look",
    `(?:want|wana|ned|neds|urge) to (?:cut|burn) (?:now|me|myself)?|burn (?:me|myself|herself|himself|themselves) with (?:a |her |his )?(?:cigarete|lighter)|want to cut|(?:punch|punching|punched) (?:the |a |my )?(?:\\w+ )?wal (?:until|til|and) (?:my |the )?(?:knuckles|hands?|fists?) (?:split|bled|bleed|broke|bleding)|went at my (?:\\w+ )with (?:a |the )?(?:blade|razor|knife)`,
  ),
  rule(
    "bleeding",
    "look",
    `blod (?:s |is )?(?:not|wont|isnt) stop(?:ing)?|(?:much|so much|lots of) blod (?:not|wont|cant) stop|(?:presing|pressure) (?:isnt|is not|not|wont) stop(?:ing)? it|towel (?:al |is )?red|blod s running`,
  ),
  rule(
    "overdose",
    "look",
    `i (?:take|tok|drink|drank|swalow|swalowed) (?:al (?:of )?(?:my |the )?|(?:a |the )?whole (?:bottle|box|packet) of |\\d+ )(?:sleep tablets?|sleep tablet|${PILLS})(?= [^|]*\\b(?:ago|before|this morning|now|vomit|strange))|i (?:drink|drank|tok|swalow|swalowed) (?:a |the )?whole (?:bottle|box|packet) of (?:sleep tablets?|${PILLS})|(?:drank|drunk|swalowed|tok|drink) (?:half |a |some )?(?:a )?(?:bottle|cup|glas) of (?:bleach|wedkiler|antifreze)|(?:drank|drink) bleach|tok the (?:tablets|pils) with the (?:whisky|vodka|wine|drink)|(?:taken|tok|drank|drink|drunk) (?:al|her whole|his whole|their whole|the whole) (?:her |his |their )?(?:prescription|pils|tablets|meds)|pased out with (?:\\w+ )?(?:pil|tablet) (?:packets|bottles)`,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:say|says|said|tel|tels|told|texted|swears?) (?:me )?(?:that )?(?:he|she|they) (?:wil |would )?kil (?:me|us|al of us)|(?:he|she) (?:wil )?kil al of us|(?:he|she) (?:beat|beats|hits) me (?:\\w+ ){0,3}and now (?:he|she) has (?:a )?(?:knife|gun)`,
  ),
  rule(
    "abuse_now",
    "look",
    `(?:break|breaking|kicking|smashing) (?:the|my) dor (?:now|down)|now (?:he|she) (?:is )?coming`,
  ),
  rule(
    "harm_others_intent",
    "look",
    `(?:knife|gun|bat|blade) (?:\\w+ ){0,4}(?:for|for when i next se) (?:this|that|the) (?:man|guy|bloke|neighbour|prick)|(?:knife|gun|bat) (?:\\w+ ){0,3}for when i (?:next )?se (?:him|her|them)|bought a (?:baseball )?bat for (?:the|my) \\w+|go(?:ing)? round there (?:now )?with the (?:bat|knife|gun)|(?:knifes|guns|knife is|gun is) in my (?:jacket|pocket|bag|car|van)[^|]*waiting|(?:with|take|taking) (?:the )?gun of my \\w+ to shoot|i (?:kil|il kil|wil kil|d put) (?:her|him)(?: through the window)?[^|]*\\b(?:meant it|if (?:she|he))`,
  ),
  rule(
    "active",
    "look",
    `(?:hel|he wil|shel|she wil|theyl|they wil|say he|says he|saying he|say she|says she|saying she|saying (?:hel|shel)) (?:wil |is going to |s going to )?jump`,
    ACT,
  ),
  rule(
    "medical_care",
    "look",
    `(?:stoped|stop|stops|stoping) (?:taking )?(?:her|his|their) (?:insulin|heart (?:medicine|tablets|pils|meds)|medication|medicine)|(?:doubling up|double up|doubles up|doubled up) (?:on )?(?:her|his|their) (?:\\w+ )?(?:tablets|pils|meds|medication)`,
  ),
  rule(
    "self_harm_history",
    "other",
    `(?:se|saw|notice|noticed|found) (?:new |fresh )?(?:cuts|marks|scars|burns) on (?:the )?arms? of (?:my|her|his)`,
  ),
  rule(
    "passive",
    "look",
    `(?:says|said|saying|keps saying) (?:that )?(?:theres|there is) no point (?:to|in) (?:anything|living|life|going on)|waiting to (?:go and )?join (?:her|him|mum|mom|dad|my (?:wife|husband|mum|mom|dad))(?= ?$| ?\\|| ?,)`,
    false,
  ),
  rule(
    "plan",
    "look",
    `(?:give|gives|giving|gave|given) away (?:al )?(?:my|her|his|their) (?:things|stuf|belongings|posesions)`,
  ),
  rule(
    "means",
    "look",
    `(?:is|s|im|i am|am) (?:now )?(?:on|at) (?:the )?(?:rof|bridge|clifs?|ledge|edge of the \\w+|train tracks|railway)`,
  ),
  rule(
    "means_now",
    "look",
    `lock(?:ed)? (?:him|her|them) ?(?:self|selves) in (?:the |his |her )?(?:\\w+ )?(?:garage|shed|car|bathrom)(?= [^|]*\\b(?:engine|running|shotgun|gun|rope|pils|knife))`,
  ),
  rule(
    "goodbye",
    "self",
    `(?:this is|its) my (?:last|final) mesage(?! (?:tonight|today|for now|for today|before))|(?:write|wrote|written|writing|left) (?:a |my )?(?:goodbye )?(?:leters?|notes?) (?:\\w+ ){0,4}for (?:the |my )(?:wife|husband|family|kids|mum|dad|partner|children|parents)`,
  ),
  rule(
    "farewell",
    "look",
    `bye forever|sory for everything and goodbye|(?:say|said|saying) goodbye strange|this is it(?= ?$| ?\\|)`,
  ),
  rule(
    "abuse",
    "look",
    `(?:beating|hiting|strangling|choking|kicking|punching) (?:his|her) (?:wife|husband|girlfriend|boyfriend|partner)|takes (?:his|her) belt to|grip marks|rough with (?:her|him)|(?:shout|shouts) and (?:push|hit|hits|pushes) me|take my phone and money|not let me go out|husband hit her`,
  ),
  rule(
    "harm_others",
    "look",
    `(?:going to|gona|wil|il) do (?:the|my|that|him|her) (?:\\w+ )?in(?= ?$| ?\\|| ?,)`,
  ),
  rule(
    "harm_others_intent",
    "look",
    `(?:wil|il|going to) wait (?:for (?:him|her|them) )?with (?:the|a|my) (?:bat|knife|gun|hammer)|told (?:her|him|the mis+us|my (?:wife|husband|partner|girlfriend|boyfriend)) (?:that )?(?:if (?:she|he) [^|]*)?(?:il|id|i wil|i would) (?:kil|put|hurt|smash|batter|stab) (?:her|him)`,
  ),
  rule(
    "passive",
    "look",
    `(?:a |the |only )?burden (?:on|for|to) (?:the wife|the husband|my (?:\\w+ )?(?:family|wife|husband|kids|parents|mum|dad)|everyone)|i am only burden|wish i (?:just )?disapear|(?:would be|be|d be) (?:ok|okay|fine) if (?:a |the )?car hit me|(?:wouldnt|would not) mind not waking up|bete?r of with (?:the|his|her|my) (?:life )?insurance|tired to live|(?:nobody|no one) (?:would|d) mis me|nobodyd mis me`,
    false,
  ),
  // Added with the batches by authors f and g (dev/batch-author-f.txt, -g.txt): euphemisms said
  // in full sentences ("make it stop for good", "go and join my dad", "call it a day with
  // everything"), teen slang (game end, cat scratches, barcode, kys said to oneself), threats and
  // control at home described without the words, and someone else's goodbye or danger reported.
  rule(
    "active",
    "look",
    `(?:make|making|made) (?:it|it al|everything|this|the pain|things|al this) (?:al )?stop (?:for god|forever|permanently|for ever|once and for al)|(?:like|want|wana|ready|going|wish|longing|long|time) to (?:go and |go |just )?join (?:him|her|them|my (?:\\w+ )?(?:dad|father|mum|mom|mam|mother|wife|husband|brother|sister|son|daughter|nan|gran|grandad|grandma|grandpa|parents|family|boy|girl|baby))(?: and (?:my )?(?:dad|mum|mom|mam|him|her))?(?= ?$| ?\\|| ?,| in heaven| up there| wherever| again| soon)|cal(?:ing|led)? it a day (?:[\\w,]+ ){0,8}(?:with|on) (?:everything|life|living|it al|being alive)|cal(?:ing|led)? it a day (?:on life|for god|permanently|with everything)|(?:thinking|thought|think) (?:\\w+ )?(?:about|of) (?:\\w+ )?ending (?:it|things|it al|my life)(?! (?:with|betwen|of))|(?:use|using|used|turn|turning|turned) (?:my |the |a |his |her |my \\w+s |my \\w+ s )?(?:\\w+ )?(?:gun|rifle|shotgun|pistol|knife|blade) on ${MYSELF}|so (?:that )?i (?:didnt|wouldnt|dont|wont|would not|never) wake (?:up|again)(?! (?:at|early|in the night|during|til|until|before|for|when))|(?:not planning on|not planing on|dont plan on|dont intend on|not intending on|not expecting to be) (?:being )?(?:around|here|alive)(?! (?:for (?:the|his|her|their|that|this|dinner|lunch|it)|at the|when (?:you|they)|[^|]{0,30}\\b(?:going|heading|off|flying|driving) (?:to|away|abroad|home|up|down)\\b(?! (?:be with|join|heaven|sleep|die|end))|[^|]{0,30}\\bstaying (?:at|with|over)\\b))|(?:could|should|might|want to|wana|tempted to|urge to|thinking (?:about|of)) (?:just )?(?:turn|swerve|yank|jerk|steer) (?:the )?(?:steering )?wheel|game end (?:for me|tonight|soon|is near|idea|is looking)|(?:looking|loking|stare|staring|look) at the (?:train )?(?:tracks|trains|edge|drop|river|rails)(?: \\w+){0,8} (?:like )?what if`,
    ACT,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:what|which|how much|how many|what amount of) (?:\\w+ ){0,5}${PILLS} (?:\\w+ ){0,3}(?:would|wil|could|is|are) (?:be )?(?:to much|to many|dangerous|fatal|lethal|deadly)|(?:looked up|loked up|googled|searched|checked|reading up on|read up on) (?:which|what|how many|how much) (?:\\w+ ){0,5}(?:would|could|wil|might) (?:be )?(?:dangerous|fatal|lethal|deadly|kil)|what (?:\\w+ ){0,2}(?:happens|would happen|wil happen|could happen) if (?:i|you|someone|somebody|a person|u|one) (?:takes?|took|swalows?|swalowed|drinks?|drank|had|has|downs?|ate|eats) ${LOTS} (?:of )?(?:my |the |these |their |his |her |your )?${PILLS}|(?:whether|if|wonder|wondering) (?:[\\w,]+ ){0,8}(?:it )?(?:would|d|wil) be (?:quick|painles|instant|over quickly)(?![^|]*\\b(?:train|bus|drive|trip|journey|route|to get|delivery|fix|recovery|surgery|operation|test|exam|interview)\\b)|(?:whats|what is|which is|wheres|where is) the (?:highest|talest|biggest drop|closest high) (?:bridge|building|clif|car park|multi storey|rof)(?= (?:near|around|in (?:my|this) (?:town|city|area)|nearby|local))`,
  ),
  rule(
    "plan_strong",
    "self",
    `(?:got|have) it (?:al )?(?:worked out|figured out|planed|sorted)(?: ,)* (?:where|how|when)|(?:my |the )plan is (?:done|ready|set|finished|sorted|complete|in place)(?= [^|]*\\b(?:house|empty|alone|everyone|aslep|ned|need|tonight|when))|(?:no one|nobody|noone) (?:wil be |there |around )?(?:to|wil|can|could) stop me|(?:list|wil|note) of who gets my|who gets my (?:stuf|things|skins|acount|games|stuff)|(?:thinking about|worked out|working out|looking into|sorting) the (?:practical side|practicalities|logistics)`,
  ),
  rule("active", "self", `(?:ben |been )?thinking (?:about )?how(?= ?$| ?\\|)`),
  rule(
    "plan",
    "self",
    `(?:picture|imagine|think about|work out|started to picture|started to imagine) how (?:i|id|i would|il) (?:do it|go about it|end it)`,
  ),
  rule(
    "means",
    "self",
    `already (?:have|got) (?:everything|it al|what i need|the stuf)|(?:meds|medicine|pil|pils|tablet) (?:cupboard|cabinet|drawer|box) (?:is |s )?(?:open|unlocked)`,
  ),
  rule(
    "means_now",
    "self",
    `(?:parked|sat|siting|here|waiting) (?:up )?(?:\\w+ ){0,6}with (?:\\w+ ){0,7}${PILLS}(?! (?:for|from)\\b)`,
  ),
  rule(
    "means_strong",
    "self",
    `(?:kept|keep|keeping|hid|hidden|hiding|stashed|bought|got) ${DET}(?:rat poison|poison|wedkiler|weedkiller|antifreze)(?! for (?:the )?(?:rats|mice|garden|weds|weeds|slugs))|(?:came (?:home|back)|walked out|left the shop) with (?:a |some |the )?(?:rope|ligature|blades|razor blades)|got (?:my )?hands on ${DET}${PILLS}|(?:put|got|have|ive got|packed) (?:al )?what i need (?:in|ready|up|out|together|sorted)(?![^|]*\\bfor (?:the|my|a|our|work|school|uni|trip|holiday)\\b)`,
  ),
  rule(
    "means_now",
    "self",
    `(?:${PILLS}|rope|razors?|blades?|gun|knife|shotgun) (?:\\w+ ){0,8}(?:in front of me|next to me|beside me|in my hand|on my lap)|(?:got|have|ive got) (?:the lot|them al|al of them|everything|it al) (?:\\w+ ){0,3}(?:lined up|laid out|counted out|set out|in front of me)`,
  ),
  rule(
    "means",
    "look",
    `(?:im|i am|standing|stood|stand|sat|siting|here|waiting) (?:on|at|by|near) (?:the |a |this )?(?:edge of (?:the )?)?(?:foot ?bridge|motorway bridge|railway bridge|bridge over|flyover|overpas|viaduct|platform edge|edge of the platform)`,
  ),
  rule(
    "goodbye",
    "self",
    `by the time (?:you|anyone|someone|they|people) (?:read|reads|se|ses|find|finds|get|gets|open|opens) (?:this|it)|(?:il|i wil|ill) not be (?:here|around|alive) (?:after|by|tomorow)|(?:wrote|written|writing|finished|left) my note(?= right now| now)|(?:sending|scheduled|seting|set) (?:this|it) (?:on a timer|to send|for the morning)`,
  ),
  // 'my friend posted "goodbye everyone"' is their risk; 'i posted "love you all, bye"' the writer's.
  rule("goodbye", "other", `(?<!\\bi (?:just )?)${POSTED_GOODBYE}`),
  rule("goodbye", "self", `\\bi (?:just )?${POSTED_GOODBYE}`),
  rule(
    "farewell",
    "look",
    `(?:tel|say|said|telling|saying) (?:someone |somebody |you |everyone |al of you )?goodbye(?: properly)?|final (?:stream|video|post|upload|game)(?= tonight| today| ever| gg| ?$| ?\\|)|game end|logging of (?:for god|forever)`,
  ),
  rule(
    "do_it",
    "self",
    `(?:tonight|today|tomorow) (?:then|it is|its happening)(?= ?$| ?\\|| ?,)|its (?:happening )?tonight(?= ?$| ?\\|)|(?:al of it|it al|everything|my life|the pain) (?:ends|stops|finishes) (?:tonight|today|tomorow)`,
  ),
  rule(
    "attempt",
    "look",
    `(?:tried|tryed|atempted) (?:to )?(?:kms|ctb|unalive)|(?:nearly|almost) (?:went|jumped|did it|stepped of|stepped out|let go)(?= ?$| ?\\|| ?,| through with it| over)`,
  ),
  rule(
    "kms",
    "self",
    `kys(?= (?:kys )*(?:is what|s what) (?:i tel ${MYSELF}|i say to ${MYSELF}|my brain|my head|the voice))`,
    ACT,
  ),
  rule(
    "means",
    "self",
    `(?:bought|got|picked up|ordered) (?:a |some )?(?:pack|packet|box) of (?:razor )?(?:blades|razors)`,
  ),
  rule(
    "weak",
    "self",
    `i want out (?:for real|forever|of here|of this)|(?:want|wana|need) (?:it|this|everything|it al) (?:al )?over(?= ?$| ?\\|| ?,| with| now)`,
    false,
  ),
  rule(
    "overdose",
    "look",
    `(?:took|taken|swalowed|downed|necked|necking|popped|had|ive had|i took) (?:${LOTS}|most of (?:a |the |my )?(?:box|packet|pack|bottle|strip|tub|jar|sheet|blister)? ?(?:of )?(?:the |my )?|(?:a |the )?(?:whole |entire )?(?:sheet|sheets|blister|blisters) of(?: the| my)?|like al(?: of)?(?: the| my)?) (?:\\w+ ){0,2}(?:${PILLS}|panadol|nurofen|sleepers|sleeping pils|heart tablets)`,
  ),
  rule(
    "overdose_context",
    "look",
    `(?:did|done|gave ${MYSELF}|injected|taken|took|had) (?:my |the )?(?:\\w+ )?(?:twice|double|thre times|thre doses)|lost count (?:of )?(?:how many|of the|of my)?|(?:could be|maybe|probably|about|nearly|at least) (?:double|triple|twice|thre times) (?:what|the)|more than (?:it says|the box says|the packet says|im meant to|im suposed to|prescribed)|(?:already|just) (?:took|taken|swalowed|downed) (?:the|those|these) (?:pils|tablets)(?! (?:for|this morning|with|like|as|at|the doctor|my gp|from))`,
  ),
  rule(
    "overdose_symptoms",
    "look",
    `(?:wozy|woozy|slurred|slurring|floppy)[^|]{0,40}\\b(?:after|since|from|now)`,
  ),
  rule("bleeding", "look", `bleding (?:and|n) (?:it )?(?:wont|cant|isnt|doesnt|hasnt) stop`),
  rule(
    "bleeding_context",
    "look",
    `blod (?:al )?over (?:the|my) (?:\\w+ )?(?:flor|lino|carpet|bathrom|sink|bed|sheets|towels?)|(?:wont|isnt|doesnt) ease (?:of|up)|(?:went|gone) at my (?:wrists?|arms?|legs?|thighs?)`,
  ),
  rule(
    "self_harm",
    "look",
    `(?:did|do|doing|done|added|made) (?:some |more )?cat scratches|cat scratches on my|(?:got|have|made|did|added|doing) (?:a |my |more )?(?:ful )?barcode (?:going )?(?:on|up) my|(?:slipped up|slip up|relapsed|broke my streak)(?=[^|]*\\b(?:not (?:hurting|harming|cuting|burning) ${MYSELF}|clean|self harm|sh|cuting)\\b)|shd(?= again| last night| today| yesterday)|(?:biting|bite|bit|hiting|hit|pinching|pinch|scratching|punching) (?:${MYSELF}|(?:the inside of )?my (?:arms?|legs?|hands?|wrists?|thighs?|skin|cheeks?|lips?)) (?:until|til) (?:they|it|i|there) (?:bruise|bruised|bleed|bled|bleds|bruises|marks)|(?:want|wana|going|ned|need) to (?:make|do|add) (?:some )?(?:new|more|fresh) (?:ones|cuts|lines)|used to sh\\b|went at my (?:wrists?|arms?|legs?|thighs?)`,
  ),
  rule(
    "self_harm_history",
    "self",
    `barcode scars|(?:stil )?(?:keep|kept|have|hide|hid) (?:a |my |the )?(?:box of |pack of |packet of )?blades (?:under|in|hidden|at)`,
  ),
  rule(
    "self_harm_history",
    "other",
    `(?:neat |fresh |new |red )?(?:lines|cuts|scratches) (?:up|on|across|down|al over) (?:his|her|their) (?:forearms?|arms?|wrists?|thighs?)|found blod on (?:his|her|their|my \\w+s|my \\w+ s) (?:\\w+ ){0,2}(?:sheets|bed|towels?|clothes|sleves)|(?:shes|hes|theyre|she is|he is|is) (?:always )?wearing long sleves (?:in|even in|al|during)`,
  ),
  // Abuse at home said without the word: keys and phones taken, locked in, choked, threats.
  rule(
    "abuse",
    "self",
    `${PERP} (?:s |has )?(?:\\w+ ){0,2}(?:taken|took|takes|hid|hidden|hides|smashed|broke) (?:(?:both |al )?(?:my|our|the) )(?:car keys|keys|phones?|pasport|bank cards?|cards)|(?:dad|mum|mom|mam|father|mother|stepdad|stepmum|stepmom|step dad|step mum) (?:\\w+ ){0,2}(?:locked|locks|lock) me (?:in|inside|out)|(?:dad|mum|mom|mam|father|mother|stepdad|stepmum|stepmom|step dad|step mum) (?:stil |always )?(?:\\w+ and )?(?:throws things|hits me|takes my (?:phone|money)|screams at me)|(?:have to|must|make me|makes me|made me) (?:show|give|hand) (?:him|her|them) (?:al )?(?:the |my |every )?(?:receipts|change|bank statements)|made me slep (?:in the car|outside|on the flor|in the shed)|lock(?:s|ed)? (?:\\w+ ){0,3}(?:my|the) (?:bedrom |rom )?dor (?:\\w+ ){0,2}(?:from the outside|at night|so i cant|on me)|(?:calls|call|caled|calling) me (?:\\w+ (?:and )?){0,2}(?:useles|stupid|worthles|pathetic|fat|ugly|a waste)(?= [^|]*\\b(?:in front of|every|always|family|group|whatsap))|(?:screenshots|posts|shares) (?:them|my \\w+) (?:\\w+ ){0,4}to (?:roast|humiliate|embaras|shame|mock) me`,
  ),
  rule(
    "abuse_threat",
    "self",
    `${PERP} (?:\\w+ ){0,4}(?:choked|chokes|choking|strangled|strangles|strangling|throtled|throtles) me|(?:pilow|plastic bag|bag|cushion) over my (?:face|head)|make sure (?:im|i am|i) (?:never|not) (?:found|sen again)|(?:hel|shel|he wil|she wil|hed|shed|theyl|he would|she would|going to) (?:\\w+ ){0,2}(?:finish me of|do me in|end me|slit my throat|cut my throat|snap my neck|break my neck|put me in the ground)`,
  ),
  rule(
    "abuse",
    "other",
    `(?:screaming|shouting|crying|yeling) (?:" )?(?:stop ,? )?(?:youre|you are) hurting me|(?:he|she|hes|shes|they|theyve) (?:has |s |just )?(?:hit|hurt|beaten|beat|punched|kicked|strangled|choked|atacked) (?:her|him|them)(?! (?:back|head|by acident))|(?:wont|doesnt|does not|never) let (?:her|him|them) (?:have|se|go|out|leave|talk|work|near)|(?:keeps|kept|locks|locked|shuts|shut) (?:him|her|them) (?:in|inside) (?:the |a |his |her |their )?(?:shed|cupboard|garage|rom|celar|basement|bedrom|car)|(?:dad|mum|mom|father|mother|stepdad|stepmum|parents?) (?:\\w+ ){0,2}(?:screaming|screams|shouting|shouts|yeling|yels) at (?:her|him|them)|(?:is|s|are) (?:\\w+ )?(?:beating|hiting|kicking|punching|choking|strangling) my (?:mum|mom|mam|sister|brother|little \\w+|lil \\w+|baby \\w+)|hiting (?:her|him) w(?:ith)? the belt`,
  ),
  // Someone else in danger now, said plainly.
  rule(
    "medical_now",
    "other",
    `(?:cant|cannot|couldnt) (?:realy )?wake (?:him|her|them)|(?:gone|went|is|s) (?:al |very |completely )?(?:floppy|limp)|lips (?:\\w+ ){0,3}(?:blue|grey|gray|funny colou?r|purple)`,
  ),
  rule(
    "medical_care",
    "look",
    `(?:taking|been taking|take) (?:a (?:couple|few) |some |two |extra )?(?:more |extra )(?:of )?(?:my |the )?${PILLS}(?: than (?:im|i am|i should|prescribed))?(?= [^|]*\\b(?:every day|each day|daily|for (?:weeks|months|a few weeks)|to (?:get through|cope|function)))|(?:takes|taking|been taking|uses|using) (?:her|his|their) (?:\\w+s )?${PILLS} (?:\\w+ ){0,3}(?:every day|daily|to get (?:through|thru))`,
  ),
  rule(
    "passive",
    "other",
    `(?<!\\bi )(?:posted|post|put|wrote|shared|mesaged) (?:\\w+ ){0,6}about (?:how )?(?:being done with everything|being done|wanting to die|ending it|not wanting to be here|(?:nobody|no one) would (?:notice|care|mis (?:him|her|them))|(?:everyone|everybody) (?:would be )?bete?r of)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:like|want|wana|wish|prefer|rather) to (?:just )?not be (?:around|here|alive)|not be around (?:anymore|any more|at al|for god|forever)|(?:dont|do not) (?:want|wana) to be around(?: after| anymore| any more)|(?:wish|wishing|wished) (?:that )?i could (?:just )?(?:disapear|vanish|stop existing|not exist|fade away|be gone|cease to exist)|(?:hoped|hoping|hope) (?:that )?i (?:wouldnt|would not|wont|dont) (?:se|make it to|live to se|reach) (?:this|another|the next|my next)|bete?r (?:for (?:them|everyone|my \\w+|al of them|everybody) )?if i (?:was not|wasnt|were not|werent|was|were) (?:there|here|around|alive|gone|dead)|(?:a |only a |such a )?(?:load|burden|drain) on (?:my (?:parents|family|kids|children|wife|husband|mum|dad)|our \\w+)(?! s? ?time)|bete?r of with (?:a |another )?(?:stepdad|stepmum|new dad|new mum|someone else|diferent)|if i (?:died|was gone|disapeared|vanished|wasnt here)(?: \\w+){0,2} (?:i dont know|i wonder|not sure) (?:if|whether) (?:anyone|anybody|people|they) (?:would|d) (?:even )?(?:notice|care|mis me)|the point of anything|slep for a (?:very )?long time(?![^|]*\\b(?:like a bear|hours|after|week|weekend|holiday|shift|shifts|lie in|tomorow|twelve|\\d+)\\b)`,
    false,
  ),
  // Batches zzj to zzm: a wish to be gone in the words four authors used and no rule held.
  rule(
    "passive",
    "look",
    `(?:easier|beter) (?:not to|to not) exist(?= ?$| ?\\|| ?,| (?:and|but|so|because|cos|anymore|any more|realy|really|sometimes|some days|most days|at al|tbh|honestly))|(?:wish|wishing|wished) (?:id|i had|i could have) never ben born|(?:wish|wishing) i could (?:just )?fade (?:out|away)|(?:rather|prefer to) (?:just )?not (?:be around|be here|exist|wake up)(?= ?$| ?\\|| ?,| (?:than|and|but|so|because|cos|anymore|any more|realy|really|sometimes|some days|most days|at al|tbh|honestly))|not meant to be (?:around|here|alive)(?= ?$| ?\\|| ?,| (?:and|but|so|because|cos|anymore|any more|realy|really|sometimes|some days|most days|at al|tbh|honestly))|(?:waiting|wait) for my body to (?:give out|give up|stop|pack in)|(?:dont|do not|cant|can not) se (?:why|the point (?:in|of)) (?:im|me|i am) (?:stil )?(?:here|alive|being here|living)(?= ?$| ?\\|| ?,| (?:and|but|so|because|cos|anymore|any more|realy|really|sometimes|some days|most days|at al|tbh|honestly))|pray(?:ing|s)? (?:not to be here|not to wake up|to not wake up|(?:the lord|god|jesus) (?:wil|would|to|takes?) (?:take|cal) me(?: home| away| in my slep| soon)?(?= ?$| ?\\|| ?,| (?:and|but|so|because|cos|anymore|any more|realy|really|sometimes|some days|most days|at al|tbh|honestly)))|(?:id|i would|i d) be no (?:los|great los)|(?:tired|sick) of being a (?:problem|burden|nuisance) (?:for|to) (?:everyone|everybody|people)|(?:wanted|want|wish i could) to climb in (?:there|the grave|with (?:him|her))|log(?:ging)? of (?:from )?life (?:permanently|for god|forever)|if (?:the|a) (?:train|bus|lory|car) (?:didnt|did not) stop for me`,
    false,
  ),
  // Harm to others in cold words: petrol bought, a place and a weapon, a day.
  rule(
    "harm_others",
    "look",
    `i know (?:which|what) (?:nights?|days?|time|times) (?:he|she|they|hes|shes|theyre)|(?:going to|gona|wil|il|gone to|off to) sort (?:out )?(?:him|her|them|the (?:\\w+ )?(?:fela|guy|man|bloke|lad|lads)|that \\w+)(?: out)?|(?:il|i wil|going to|gona) deal with (?:him|her|them) (?:properly|permanently|for god|myself|once and for al)|what (?:id|i would|i want to|im going to|il) (?:like to )?do to (?:each of )?(?:them|him|her)|(?:wish|wishing|hope|hoping) (?:that )?(?:my \\w+|he|she|they) (?:would |wil |could )?(?:have|has|had) an acident|(?:picture|imagine|picturing|imagining) (?:my \\w+|him|her|them) (?:falling|getting hit|dying|getting hurt)|(?:dreams?|fantasies|fantasy|daydreams?) (?:where|in which|about) i (?:\\w+ )?(?:hurt|kil|stab|beat|shoot|strangle|punch|batter)|(?:smash|bash|kick|stamp|cave|punch) (?:his|her|their|someones) (?:\\w+ )?(?:head|face|skul|teth) in|(?:planning|going|want|wana|plan) to (?:\\w+ )?(?:beat up|batter|stab|hurt|atack) (?:this|that|the) (?:girl|boy|kid|guy|lad|man|woman)|(?:gona|going to) get (?:hit|hurt|smacked|punched|batered)(?= one day| soon| eventualy| if| by me)`,
  ),
  rule(
    "harm_others_intent",
    "look",
    `(?:bought|got|have|filed|filled) (?:\\w+ ){0,2}(?:petrol|lighter fluid|acid)(?=[^|]*\\b(?:he|she|they|hes|shes|him|her|them|his|their)\\b)|(?:go|going|went|head|heading|walk|walking|drive|driving) (?:round|over|up|down) (?:there|theirs|his|hers|to (?:his|her|their) \\w+)(?: \\w+){0,3} with (?:a |the |my |his |my \\w+s )?(?:\\w+ )?(?:${WEAPONS}|blade|blades)|(?:${WEAPONS}|blade)(?: \\w+){0,8} (?:and )?(?:im |i am )?(?:walking|heading|driving|going) (?:round|over) (?:there|to his|to hers|to theirs)|(?:bringing|taking|carying|bring|take) (?:a |my |the |his |her |my \\w+s )?(?:knife|gun|blade|weapon|bat) (?:\\w+ )?for (?!the |a |my |our |cake|bread|picnic|cuting|camping)\\w+|(?:(?:cleaned|loaded|oiled|got out|taken down|took down|brought down) (?:\\w+ ){0,4}(?:gun|shotgun|rifle|pistol)|(?:taken|took|got|brought|fetched) (?:\\w+ ){0,4}(?:gun|shotgun|rifle|pistol) (?:down|out))(?![^|]*\\b(?:range|hunting|shoot|clay|season|licen[cs]e|rabbits?|deer|foxes|vermin|pigeons|crows|back field)\\b)|(?:im |il |i wil |going to )?(?:using|use|pul|pulling out) (?:the|my|a) (?:knife|blade|gun)(?= [^|]*\\b(?:next time|when i se|if (?:he|she|they)|on (?:him|her|them)))|next time i se (?:him|her|them|that \\w+|this \\w+)[^|]*\\b(?:knife|blade|gun|bat)|(?:drive|take|crash|steer) (?:it|the \\w+|my \\w+) (?:of|into|over) (?:the |a )?(?:flyover|bridge|clif|motorway|river|wal|edge|oncoming)[^|]*\\b(?:with|and) (?:al of )?(?:them|the kids|the children|us|everyone|my \\w+)|(?:do|pul) (?:a )?columbine`,
  ),
  // The moment itself, in plain words that name no method (batches h and i): where the person is,
  // what is with them, what they have arranged for after, and what they have already taken.
  rule(
    "place_now",
    "look",
    `(?:im|i am|i m|am|were|hes|shes|he is|she is|sit|sitting|siting|sat|standing|stood|waiting|parked|location says (?:hes|shes|im)) (?:up |out |down |already |right |now )?(?:on|at|in|by|over) (?:the |a |this )?(?:\\w+ ){0,4}${PLACES}(?! (?:with (?:the|my) (?:kids|family|dog)|for (?:a|the|our) (?:walk|swim|picnic|holiday|day)))`,
  ),
  rule(
    "means_now",
    "look",
    `(?:wrong|other|far|outside|sea) side of (?:the |a )?(?:\\w+ )?(?:railings?|rail|barrier|fence|wall|parapet|glass)|on the outside of (?:the |a )?(?:\\w+ ){0,3}(?:railings?|rail|barrier|fence|parapet)|(?:my )?legs (?:are )?(?:dangling )?(?:over the edge|on the other side|over the side)`,
  ),
  rule(
    "means_now",
    "look",
    `(?:standing|stood|waiting|sat|sitting|at) (?:\\w+ ){0,8}where the (?:fast|express|through|non stop) (?:ones|trains?) (?:dont|do not|never|doesnt) stop`,
    false,
  ),
  rule(
    "place_going",
    "look",
    `(?:im|i am|il|i wil|going to|gona|then) (?:walking|driving|going|heading|walk|drive|go|head|cycling) (?:out |up |down |over |back |off )?(?:to|towards|into) (?:the |a )?(?:\\w+ ){0,2}${PLACES}`,
    ACT,
  ),
  rule(
    "means_here",
    "self",
    `(?:in the bath|in bed|on the floor|in the car|in the van|in the garage|in the shed|hiding|locked|sat|sitting)(?: \\w+){0,5} with (?:the|my|a|his|her) (?:\\w+ ){0,2}(?:razors?|razor blades?|blades?|box cutter|stanley knife|knife|pills|tablets|rope|belt|cable|gun|pistol|rifle|shotgun|hose|hosepipe|garden hose)`,
  ),
  rule(
    "means_now",
    "look",
    `rope(?! swing)(?: \\w+){0,5} (?:over|round|around|tied to) the (?:beam|banister|rafter|rafters|loft hatch|hook|branch)`,
  ),
  rule(
    "means_now",
    "look",
    `(?:sat|sitting|siting|in) (?:in )?(?:the|my) (?:car|van) (?:\\w+ ){0,5}with (?:the|a|my) (?:garden )?(?:hose|hosepipe)`,
  ),
  rule(
    "means_here",
    "self",
    `(?:${PILLS}|ones|bottle|bottles|packets?|box|gun|pistol|rifle|shotgun|knife|rope|blade|razor|bullets)(?:s| is| are)? (?:\\w+ ){0,8}(?:in front of me|on my lap|in my hands?|next to me|beside me|lined up on (?:my|the) (?:desk|bed|table)|out on (?:the|my) (?:bed|desk|table)|under my pillow|in rows)`,
  ),
  rule(
    "means_here",
    "self",
    `(?:im|i am) (?:stood |standing |up )?on (?:the|a) (?:chair|stool|stepladder|step ladder|ladder|bucket)(?! to (?:change|reach|fix|paint|get))`,
  ),
  rule(
    "means_here",
    "self",
    `(?:get|got|getting|took|taken) the (?:rifle|gun|shotgun|pistol) (?:out|down)|(?:get|getting|got) the (?:childproof |child proof )?(?:lid|cap) (?:off|of)|here in the (?:car|van|car park|garage|woods)`,
  ),
  rule(
    "means",
    "look",
    `(?:its|it s|everything s|everythings|its all|it is all) (?:all )?in (?:my|the) (?:backpack|rucksack|bag|boot|glovebox)|(?:got|have) what i need in my (?:backpack|rucksack|bag|pocket|coat|car|boot)|(?:thinking|think|thought) about the (?:barn|beam|bridge|rope|river|tracks|railway|cliff|quarry|garage|loft)(?= ?$| ?\\|)`,
  ),
  rule(
    "plan",
    "look",
    `(?:its|it s|rope s|rope is|knots?(?: is)?) tied(?= ?$| ?\\||,)|(?:everything|it all|its all|everythings)(?:s| is)? (?:set up|arranged|in place|sorted|ready) (?:in|at) the (?:garage|shed|barn|loft|woods|car)|(?:the )?necessary arrangements (?:have been|are) made`,
  ),
  rule(
    "plan_strong",
    "look",
    `(?:(?:and )?(?:it |its |it s )?(?:isnt|is not|not|aint) for (?:the )?(?:fishing|deer|rabbits|hunting|the range|shooting|foxes|work|show))$|(?:working out|deciding|choosing|picking) (?:which|what|where|when|how)(?: \\w+){0,2} ,? not (?:whether|if)|(?:written|wrote|writing|sorted|worked out|telling me|tells me|told me) (?:down |out )?(?:where the will is and )?who gets (?:what|his|her|my|the)|(?:${SUICIDE_WORD}|suicide) clause|(?:giving|gave|given|give) (?:away )?(?:his|her|their|my|all my|all his|all her) (?:\\w+ ){0,2}(?:stuff|things|belongings|possessions|clothes)(?: \\w+)? away|(?:wont|won t|will not|not going to) need (?:it|them|any of (?:it|this|that))(?: \\w+){0,2} (?:next|where|after|anymore|again)`,
    false,
  ),
  rule("plan_strong", "look", `(?:picked|chosen|set|choose|pick) (?:the|a) date(?! for| of)`),
  // "I have a plan" on its own is anyone's plan; next to a wish to die or a goodbye, it is this one.
  rule("plan", "look", `(?:i have|ive got|i ve got|got) a plan(?= ?$| ?\\|)`),
  rule(
    "plan",
    "look",
    `(?:reading|checking|read|checked|going through|gone through) (?:the |my )?(?:life )?(?:insurance|policy|life policy)(?! (?:for|on) (?:the|my) (?:car|house|van|flat|phone|holiday))`,
  ),
  rule("attempt", "look", `tried to go when i was`, false),
  rule(
    "do_it",
    "look",
    `(?:im|i am|ill|i will|then) (?:going in|walking in|wading in)(?= when| after| now| tonight| ?$| ?\\|)`,
    false,
  ),
  rule(
    "self_harm",
    "look",
    `times (?:tonight|today) (?:and )?(?:im |i am )?(?:about to|going to|gonna|want to) do it again`,
    false,
  ),
  rule(
    "active",
    "look",
    `if they (?:section|sectioned|admit|lock|put) me (?:\\w+ ){0,3}i (?:will|ll) (?:find a way|do it)`,
    false,
  ),
  rule("means", "look", `stopped taking (?:my|the) (?:meds|medication|tablets|pills) on purpose`, false),
  rule(
    "overdose_intent",
    "look",
    `(?:im|i am|il|i will|going to|gona) (?:having|have|take|taking|swallowing|swallow|use|inject) (?:the lot|the whole lot|all of them|them all|every last one)`,
  ),
  rule("farewell", "self", `(?<=^ )(?:bye|goodbye|bye bye)(?: (?:now|maia|then|everyone|all))?$`),
  rule(
    "lethal_query",
    "look",
    `(?:how many|how much)(?: \\w+){0,8} (?:would it take|does it take|would i need|do you need|would you need) to (?:not wake up|never wake up|die|be fatal|kill|stop (?:a|my|your) heart)|enough to (?:not wake up|never wake up|be fatal|kill (?:me|myself|a person|someone|you)(?! a horse))|(?:reading|researching|looking up|looked up|googling|googled|searching) (?:about )?(?:which|what|the) (?:ways?|methods?) (?:are|is|would be) (?:painless|quickest|quick|fastest|least painful|surest)|where the roof (?:isnt|is not|aint|not) locked|what (?:does|would|do) (?:\\w+ ){0,2}(?:antifreeze|bleach|rat poison|weedkiller|${PILLS}) (?:\\w+ )?do to (?:a person|you|someone|your body|a body|me)|(?:looking up|looked up|searching|googling|researching) where (?:you|i|to) (?:can )?(?:get|buy) (?:stuff|pills|tablets|\\w+) without a prescription|looked up the (?:tide times|train times|times of the trains)(?=[^|]*(?:\\|[^|]*)?$)`,
    false,
  ),
  rule(
    "means_strong",
    "look",
    `(?:saving|saved|stashing|stashed|stockpiling|hoarding|squirrelling|hiding|hid) (?:up )?(?:my |the |all my |her |his )?(?:\\w+ )?(?:${PILLS}|tablets|pills)(?! (?:from the (?:kids|dog|cat)|for (?:the )?(?:holiday|trip)))|(?:take|took|get|got) (?:it|them) out and count (?:it|them)|count(?:ing)? (?:my|the|her|his) (?:\\w+ )?(?:${PILLS}|tablets|pills)(?! (?:into|for the week))|different (?:chemists?|pharmacies|shops|ones) (?:each|every) time|(?:got|have) (?:a|my) way out(?! of)|a (?:choice|way out) i didnt have|(?:keeping|kept|saving) them for when i decide`,
    false,
  ),
  rule(
    "active",
    "look",
    `(?:not sure|dont know if|dont think) i(?:l| will| am going to| m going to)? (?:drive|go|walk|come|get|be going) (?:back )?(?:home|back)(?! (?:tonight|til|until|for|to|after|from|in time))|(?<!\\b(?:restaurant|shop|cafe|hotel|gym|therapist|therapy|counsel\\w*|clinic|clas|group|app|website|site|pub|bar|store|company|staff|customer|service|review|stars?|food|worst|terible|awful|rude|rubish|overpriced|church|salon|barber)\\b[^|]*)(?:not|never|wont be|won t be) (?:driving|coming|walking|getting) back(?= ?$| ?\\||,| again| this time)|(?:how easy|easy) (?:it would|itd|it d|it will|itl) be (?:to )?(?:slip|fall|step off|let go|go under|drive off|swerve|lean forward|not come back)|(?:think|thinking|thought) (?:about|of) (?:not braking|swerving into|letting go of the wheel|stepping out in front|stepping in front|walking into the (?:sea|river|water)|not surfacing)|(?:look|looking|stare|staring) (?:down|over the edge)(?: \\w+){0,3} (?:and (?:decide|think about it|imagine)|so i can decide)|the only (?:thing|reason|one|ones) (?:stopping|keeping|holding) me(?: back| here| alive)? (?:is|are) (?:the |my )?(?:dog|cat|kids|children|mum|mom|dad|son|daughter|wife|husband|family|parents|pets?|grandkids)|rather (?:be dead|die)[^|]* (?:thinking|thought) (?:about|of) how|rather (?:be dead|die)[^|]* (?:ill|i will|il) find a way|(?:waiting for|waiting on|need) the (?:nerve|courage|guts)(?= ?$| ?\\|)|(?:yeet|launch|fling|chuck) myself (?:off|out of|into|from) (?:the |a |my )?(?:balcony|window|bridge|roof|cliff|building|sea|river)`,
    false,
  ),
  rule(
    "departure",
    "look",
    `(?:i wont|i will not|won t|il not) be here(?= ?$| ?\\||,| by| when| in the| tomorrow| after| anymore)|(?:theyll|they will|someone will|somebody will|they ll) find me (?:in|at|by|on|under)|(?:im )?getting ready(?= ?$| ?\\|)|(?:im |i am )?not coming out (?:of here )?this time`,
    false,
  ),
  rule(
    "affairs",
    "self",
    `(?:dogs?|cats?|kids?)(?: is| are|s)? (?:already )?(?:at|with) (?:my|her|his) \\w+|(?:cat|dog)s? (?:has |have |got |s got )?(?:food|fed) for (?:a|the) (?:week|few days|fortnight)|(?:door|doors)(?: is|s)? (?:on the latch|unlocked) for|left the (?:front |back )?door (?:unlocked|on the latch) for|(?:bank cards?|passwords|pin numbers?)(?: \\w+){0,4} (?:in an envelope|for my|written down for)|wrote (?:it all|everything|letters|a letter|notes)(?: \\w+){0,5} for my (?:parents|mum|mom|dad|kids|children|wife|husband|family|son|daughter)|kissed them (?:\\w+ )?(?:twice|goodbye|one last time|extra)`,
    false,
  ),
  rule(
    "goodbye",
    "look",
    `(?:this is|this ll be|this will be|these are) (?:my |the )?last (?:thing|words|message|text|post)(?: (?:i ll|il|i will|ill))?(?: (?:write|say|send|ever))?(?: anywhere| to anyone| ever)?(?! (?:before|of|for|til|until|about|on|from|tonight|today)\\b)|last message(?= ?$| ?\\|)|(?:my |the )?(?:letters?|notes?)(?: for (?:\\w+ ){1,4}?)? (?:is|are|s)? ?(?:\\w+ ){0,2}(?:on|in|under) the (?:passenger seat|drawer|mantelpiece|mantel|pillow|kitchen table)(?! saying (?:gone|back|dinner|tea|shopping|shop|at|she|he|ive|in|out|popped|working|feed|pick))|(?:note|letter)(?: is)? (?:\\w+ ){0,3}addressed to`,
    false,
  ),
  rule(
    "farewell",
    "look",
    `thank(?:s| you) for (?:all the (?:nights|months|years|times|talks|chats)|our conversations|trying|being kind)|this is it(?: now)?(?= ?$| ?\\|)|(?:wanted|want|needed) to tell (?:someone|somebody|you|one person) (?:first|before)|wanted one person to know|(?:left|leaving) (?:his|her|their|my) (?:wedding ring|ring|keys and phone|phone and wallet|wallet)(?! (?:at|in|on) (?:the |a )?(?:gym|pool|swimming|baths|office|work|hotel|beach|changing|locker|sink|pub|restaurant|bus|train|taxi))(?![^|]*\\b(?:panick\\w*|forgot|by mistake|by accident|accidentally)\\b)|(?:put|posted|sent) (?:a |me a )?goodbye (?:on|in|to)(?! (?:slack|the (?:team|group) chat|linkedin))`,
    false,
  ),
  rule(
    "weak",
    "look",
    `(?:not|no longer) (?:scared|afraid|frightened)(?: of it)?(?: anymore| any more| now)?(?= ?$| ?\\|)|(?:cant|can t|cannot) (?:keep going|do another (?:year|day|week|month|night)|carry on) (?:like this|of this)|(?:no one|nobody|noone) (?:will|is going to|would) (?:look for|find|miss|notice) me|(?:im )?not going to (?:ring|call|tell) (?:her|him|them|anyone|my therapist)|decision made|(?:now|tonight) is the time`,
    false,
  ),
  rule(
    "overdose",
    "look",
    `(?:took|taken|swallowed|had|downed|necked) (?:all|most|the rest|the lot|a fair few|loads|a load|a lot|way too much|too much|too many|way too many|a handful|half|a whole strip|a whole box|a whole packet)(?: of)?(?: the| my| his| her| their| \\w+s)?(?: \\w+){0,2} (?:${PILLS}|ones|pills)|(?:took|taken|swallowed|had) (?:the|them|those|these|all the) (?:${PILLS}|pills|lot)? ?(?:about |like )?(?:an hour|a few hours|half an hour|\\w+ (?:minutes|hours|mins)) ago|mixed (?:the |my |a )?(?:vodka|whisky|whiskey|gin|wine|drink|alcohol|booze) with (?:everything|all|whatever|the pills|my pills|the tablets|loads)|swallowed (?:all )?(?:his|her|their) (?:\\w+ )?(?:${PILLS})`,
  ),
  rule(
    "poison",
    "look",
    `(?:drank|drunk|swallowed|had|downed|necked|drink) (?:some |the |a cup of |a glass of |half the |the rest of the )?(?:weedkiller|weed killer|bleach|antifreeze|rat poison|slug pellets|pesticide|paraquat|drain cleaner)|(?:drank|drunk|swallowed) (?:from )?the wrong (?:bottle|thing|stuff|drink|cup)|(?:got into|eaten|ate|swallowed|drank|bit|chewed) (?:the |some |a |one of the )?(?:dishwasher tablets?|washing (?:up )?liquid|laundry pods?|button batter(?:y|ies)|weedkiller)`,
  ),
  rule(
    "bleeding",
    "look",
    `(?:bled|bleeding|bleed) (?:right )?through (?:\\w+ ){0,2}(?:plasters|towels?|bandages?|dressings?|jeans|sheets)|(?:gone|soaked|soaking|come|coming) (?:right )?through (?:the|my|a|three|two) (?:towels?|bandages?|plasters?|jeans|dressings?|sleeve)|(?:floor|bath|sink|towel|bed|sheets)(?:s| is| are)? (?:\\w+ ){0,2}(?:slippy|slippery|soaked|covered) with (?:it|blood)`,
  ),
  rule(
    "self_harm",
    "look",
    `(?:want|need|going|tempted) to go deeper|deeper next time|(?:itching|aching|screaming|begging|craving) to (?:be cut|cut|burn|be burned|hurt myself|bleed)|(?:havent|have not|not) used (?:it|them|the \\w+) on myself (?:yet|today|tonight)|(?:burned|burnt|cut|scratched|bit|hit|punched) my (?:\\w+ ){0,2}(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|hip|hips)(?: \\w+){0,5} (?:\\w+ )?(?:times tonight|times today|on purpose)|(?:reopening|reopened|reopen|keep picking|picking) (?:at )?(?:the |my )?(?:old )?(?:scars|cuts|wounds)|did (?:a bit of |some |a little )?(?:cutting|burning)(?! (?:the|a|some|my|of|back|down|out|up))`,
    false,
  ),
  rule(
    "self_harm_history",
    "look",
    `(?:took|take|taking) (?:my|the) (?:anger|stress|frustration|pain) out on (?:my|myself)|(?:punch|punching|punched|headbutt) (?:the )?walls|(?:arms|legs|thighs|wrists) (?:are|is) (?:a mess|covered|ruined)[^|]*\\b(?:short sleeves|t shirts|sleeves|shorts|summer)|(?:long sleeves|sleeves down)(?: \\w+){0,3} in (?:july|august|june|summer|the heat)|(?:marks|cuts|scratches|scars|tissues|blood|bin|arms?|wrists?|thighs?)\\b[^|]*\\b(?:said|says|say|told (?:her|him|them)|claims|claimed|swears) (?:it was|its|it s|they were|theyre) (?:from )?(?:my |the |her |his )?(?:cat|dog|nosebleeds?|nose bleeds?|brambles|an accident)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:i )?(?:want|need) (?:the noise|the noise in my head|the voices) to stop(?= ?$| ?\\|)|(?:like|want|wish|hope) (?:a |the )?(?:bus|car|lorry|truck|train|meteor) to (?:make the decision|hit me|take me|do it|end it|finish me)|(?:hope|hoping|wish) the plane (?:goes down|crashes)|(?:im|i am|i feel like|i feel like im|feel like|feel like im|i m) (?:a |such a |just a |nothing but a |only a )?(?:burden|drain|tax) (?:to|on|for) (?:my (?:kids|children|family|parents|son|daughter|husband|wife|partner|friends|mum|mom|dad)|everyone|everybody|them|every one|all of them)|(?:im|i am) (?:a |just a )?burden(?= with| ?,| ?$| ?\\|)|(?:id|i would) not mind if i (?:\\w+ )?(?:didnt wake up|never woke up|wasnt here|died)|(?:theyd|they would|everyone would|they d|my \\w+ would) (?:\\w+ ){0,10}if i (?:wasnt|werent|was not) (?:around|here|alive)|(?:whats|what is) the point (?:of|in) me(?: exactly| anyway)?(?= ?$| ?\\||,)|(?:think|thinking|thought) (?:about|of) (?:disappearing|not being (?:here|around|alive)|not existing|not waking up|fading (?:away|out))(?! (?:for (?:a|the|two|three|an?|one)|to|on|from|of|with))|(?:go to bed|fall asleep|go to sleep) (?:\\w+ )?(?:hoping|praying|wishing) (?:not to|i dont|i wont|to not|never to) (?:be there|wake up|wake|be here)|if i (?:went|was gone|disappeared|vanished)(?: ,)? (?:theyd|they would|nobody would|no one would|everyone would)|being alive (?:feels like|is) (?:a job|a chore|a sentence|a punishment|homework|a burden|torture)|(?:wouldnt|would not|wouldn t) mind (?:not being (?:here|around|alive)|not waking up|being dead|dying)|(?:swap|trade) (?:\\w+ ){0,3}for (?:not waking up|being dead|never waking up|not being here)|(?:dont|cant|do not|cannot) see (?:much of )?(?:a |any |my )?future(?! (?:in|with|for))|tired of (?:everything ,? (?:of )?)?(?:being alive|existing|waking up|being here|living(?! (?:in|with|here|at|like|on|of)))|running out of reasons? to (?:keep (?:going|trying|living)|live|stay|be here|carry on|get up)|(?:no one|nobody|noone) (?:would|d|will) (?:\\w+ )?(?:notice|care|miss me)(?: \\w+){0,2} if i(?! (?:\\w+ )?(?:skiped|skip|left early|didnt (?:come|go|turn up|show up|reply|answer)|wasnt at|missed|mised|wore|changed|dyed|cut my hair|quit (?:the|my) (?:team|club|group|job)|stoped (?:going|coming|posting)|didnt post|left the (?:group|chat|party|team))\\b)|would get (?:the )?(?:life insurance|insurance|payout)|wish i could (?:get|fall) (?:ill|sick)|take (?:myself|me) off (?:her|his|their|your|everyones) hands|more (?:year|day|years|days) i (?:didnt|never|did not) ask for|(?:looked|look|looking|stared|staring) at the (?:railway line|tracks|train tracks|drop|edge)(?: \\w+){0,2} (?:a bit |a little )?(?:too long|for too long)|(?:sleep|lie|lying|sleeping) under the (?:snow|ground|earth|water) (?:forever|for ever|for good)|(?:go to sleep|sleep) for (?:a year|a hundred years|ever|a long time) and (?:not|never) (?:come back|wake up)|(?:only|just) taking up (?:a chair|space|room|oxygen|a bed)(?= ?$| ?\\|)|(?:might as well|may as well) not (?:bother )?(?:waking up|be here|exist|be alive)|done with (?:life|living)|remember me (?:how|as|like|the way) i (?:was|am)|drafting my own eulogy|${DEATH_IF} (?:\\w+ ){0,2}would (?:anyone|anybody|people) (?:even |actually |really )?(?:cry|care|notice|miss me|come)`,
    false,
  ),
  rule("medical_care", "look", `mixing (?:up )?(?:her|his|their) (?:tablets|pills|meds)(?: up)?`),
  rule(
    "medical_now",
    "look",
    `(?:hes|shes|he is|she is|theyre|they are) (?:not responding|unresponsive|slurring|fitting|having a fit|turning blue|going blue|barely breathing)|gone blue (?:round|around) the lips|(?:wont|will not|cant) wake (?:up|him|her)(?=[^|]*\\b(?:empty|packet|pills?|tablets|bottle|blue)\\b)`,
    false,
  ),
  rule(
    "means_now",
    "look",
    `(?<=(?:sent|texted|messaged)(?: me)? )(?:a photo|a picture|a pic) of (?:a |her |his |the )?(?:pill|pills|tablets|pill bottle|rope|knife|blade|bridge)`,
  ),
  rule(
    "abuse",
    "self",
    `(?:dad|mum|mom|father|mother|stepdad|stepmum|husband|wife|partner|boyfriend|girlfriend|brother|uncle|nan|grandad|he|she) (?:only |just |sometimes |always |still )?(?:hits|slaps|punches|kicks|beats|smacks|chokes|belts|thumps)(?! (?:the|a|it|his|her|back|out|home|on|up)\\b)|(?:hes|shes|he is|she is|theyre) (?:kicking|banging on|smashing|trying to break|breaking down|punching) (?:the |my )?(?:\\w+ )?(?:door|window)|(?:locked|locks|lock|keep|keeps|kept) me in (?:the |my |a )?(?:\\w+ )?(?:room|cupboard|shed|cellar|basement|loft|garage)|(?:decides|decide|decided|controls) (?:when|if|whether|what) (?:we|i) (?:eat|get to eat|can eat|sleep|go out|see)|makes? (?:me|us) (?:kneel|stand|sit|sleep) (?:on rice|outside|in the cold|on the floor)|who i see ,? what i wear|(?:sits|sat|kneels|knelt|presses) on my (?:chest|throat|neck|face)|(?:has|got|pinned|holding|holds|had) (?:my )?(?:mum|mom|her|me|my \\w+) (?:up )?against the wall`,
    false,
  ),
  rule(
    "abuse",
    "look",
    `(?:uses|used|using|takes|took) (?:the |a |his |her )?(?:belt|cane|slipper|wooden spoon|strap|stick|wire) (?:on|to) (?:me|us|my \\w+|him|her|them)`,
    false,
  ),
  rule(
    "abuse_now",
    "look",
    `(?:i can|can) hear (?:her|him|them|my \\w+) (?:choking|being hit|getting hit|screaming for help)|(?:laying into|beating|hitting|battering|kicking|punching|slapping|leathering) (?:his|her|their) (?:kid|son|daughter|wife|husband|partner|girlfriend|boyfriend|child|baby)(?=[^|]*\\b(?:right now|now|as we speak)\\b)`,
    false,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:shell|hell|she will|he will|theyll|shes going to|hes going to) (?:set (?:the |my )?(?:\\w+ )?(?:alight|on fire)|burn (?:the |my )?(?:\\w+ )?down) with (?:me|us) in it|(?:hell|shell|he will|she will|theyll) (?:find|hunt) (?:us|me)(?: down)? and (?:kill|shoot|stab|hurt|burn)`,
    false,
  ),
  rule(
    "harm_others",
    "self",
    `(?:putting|put|throw|throwing|shove|shoving|smash|smashing) (?:him|her|them|his head|her head) (?:through|into|out of|down) (?:the |a |that )?(?:\\w+ )?(?:glass|window|wall|partition|table|stairs|windscreen)|(?:want|wants|wish|hope)(?: \\w+){0,2} (?:my \\w+|him|her|them|the \\w+) to (?:fall down|fall off|get hurt|get hit|drop dead|break (?:his|her) neck|choke|crash)|(?:hope|wish|hoping)(?: \\w+){0,9} (?:with (?:him|her|them) in it|(?:heart|car|plane) (?:gives out|crashes|goes down))|(?:flash|urge|urges|impulse|thoughts?) (?:of |to )(?:wanting to )?(?:shake|hit|hurt|smother|slap|throw|drop) (?:him|her|them|the baby|my baby|my son|my daughter)|(?:carrying|carry|started carrying|keeping) (?:a |my |the |\\w+s )?(?:\\w+ ){0,2}(?:${WEAPONS}|bayonet|blade|knuckle dusters?)(?: \\w+){0,3} (?:in|on) (?:my|me)`,
    false,
  ),
  rule(
    "harm_others_intent",
    "self",
    `how (?:id|i would|i will|il|to) do it to (?:him|her|them)|where the cameras (?:arent|are not|dont reach|cant see)|pays? for what (?:he|she|they) (?:did|done|has done)|(?:crossbow|gun|shotgun|rifle|pistol|airgun)(?:s| is)? loaded (?:and )?(?:im |i am )?(?:waiting|ready|sitting)|(?:ill|i will|im going to) be (?:waiting )?(?:behind|by|at) the (?:\\w+ )?door with (?:the|a|my) (?:${WEAPONS}|bat)|(?:it ends|this ends|ill end it|ill finish it) (?:\\w+ ){0,2}one way or (?:the )?other|(?:started|been) (?:catching|taking|getting|following|waiting for|watching) (?:his|her|their) (?:train|bus|route|car)|to see when (?:its|it s|hes|shes) (?:quiet|alone|on (?:his|her) own)|(?:${WEAPONS}|blade|bayonet) (?:\\w+ ){0,4}for when i (?:see|meet|find|catch|bump into) (?:him|her|them|that|this|the)|next time (?:\\w+ ){0,4}i (?:will|ll|m going to) use it|got the tools (?:\\w+ ){0,3}to do it`,
    false,
  ),
  rule(
    "harm_others_intent",
    "look",
    `(?:outside|at) (?:my |the |our |her |his )?(?:\\w+ )?(?:house|flat|door|window|work|school)(?: \\w+){0,2} with (?:a |an |the |his |her )?(?:can of petrol|petrol|knife|gun|machete|axe|bat|hammer|crowbar|weapon|blade)|(?:taken|took|grabbed|got) (?:the|a|his|her) (?:\\w+ )?(?:${WEAPONS}) (?:\\w+ ){0,4}and (?:gone|went|headed|stormed|driven) (?:out|off|round|over)`,
    false,
  ),
  // Batch j (risk told in passing, inside venting about help that has not worked): the act said
  // with a word between ("i still cut today"), counts of tablets already taken ("took 20 of
  // them"), questions about how a method feels or whether it would work, buying from several
  // shops, marks seen by others, daydreams of hurting someone, and being held or pinned at home.
  rule(
    "self_harm",
    "self",
    `i (?:still|just|then|also|finally|even|stupidly|accidentally on purpose) (?:cut|burnt|burned)(?= (?:tonight|today|again|last night|yesterday|this morning|earlier|deep|in the|on the|an hour|after|before))|so i (?:cut|burnt|burned)(?= and| ?,| again| deep| ?$| ?\\|)|(?:got|took|taken|getting|had) (?:my |the )?(?:blades?|razors?|sharpener) out(?! (?:of the (?:drawer|cupboard) to (?:shave|sharpen)))`,
  ),
  rule(
    "self_harm_history",
    "look",
    `(?:the |my )?(?:cuts|burns|scars) on my (?:arms?|legs?|thighs?|wrists?|stomach|hips?)(?![^|]*\\b(?:acident|surgery|operation|c section|caesarean|crash|fal|cat|dog|cooking|oven|iron|kitchen|chicken ?pox|acne|eczema|burn unit)\\b)|(?:long sleves|hide|hiding|cover|covering)(?: \\w+){0,8} scars|scars(?: \\w+){0,6} (?:long sleves|hide them|cover them)`,
  ),
  rule(
    "overdose_context",
    "look",
    `(?:took|taken|swalowed|downed|had|necked) (?:like |about |over |maybe )?\\d+ of (?:them|those|these|the things)`,
  ),
  rule(
    "overdose",
    "look",
    `(?:the |my )?${PILLS} and (?:the |a bottle of |half a bottle of )?(?:vodka|wine|whisky|gin|rum|booze|alcohol|beer|cider)(?=.{0,40}\\b(?:ago|earlier|tonight|just now)\\b)`,
  ),
  rule(
    "bleeding",
    "look",
    `(?:its|it is|it keps|keps|stil|wont stop|is) (?:spurting|pumping)|(?:wont|doesnt|isnt|not) (?:slow|slowing) down(?=[^|]*\\b(?:towel|blod|cut|bandage|tea towel|presure)\\b)`,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:does|would|wil|is|do) (?:drowning|hanging|jumping|overdosing|bleding out|carbon monoxide|an overdose|a fal|slitting|gasing yourself|the exhaust)(?: \\w+){0,2} (?:hurt|painful|quick|painles)|does it hurt\\W+(?:drowning|hanging|jumping|overdosing|bleding out|carbon monoxide)|(?:would|wil|does|could) (?:a |the )?(?:fal|jump|drop) (?:from|of|off) (?:a |the )?(?:\\w+ ){0,3}(?:${PLACES}|flor|storey|window|building|height)[^|]*\\b(?:do it|kil (?:you|me)|be enough|fatal|mes (?:you|me) up|survive)|(?:is it true )?${PILLS} (?:is|would be|isnt) (?:a |the )?(?:\\w+ ){0,2}way to (?:go|die)|how (?:much|many) (?:of )?(?:my |the |these |those )?${PILLS} (?:would|wil|could|it would take to|does it take to|to) (?:do it|do the job|be enough|finish me)|(?:loking up|loked up|googling|researching|reading up on|searching) (?:ways|methods)(?= ?$| ?\\|| ?,| at night| again| online| tonight| lately| every night| to do it)`,
  ),
  rule(
    "means_strong",
    "look",
    `(?:the|a|my) rope (?:is |s )?(?:already )?(?:up|tied|hung|hanging|set up)(?! (?:the|a) )|(?:the|a|my) noose (?:is |s )?(?:already )?(?:tied|ready|set up|made)`,
  ),
  rule(
    "relapse",
    "self",
    `(?:did|done) it again(?= (?:about |like |maybe )?(?:an hour|half an hour|\\w+ (?:minutes|mins|hours)) ago| tonight| today| last night| this morning| earlier)`,
  ),
  rule(
    "self_harm",
    "other",
    `(?:\\w+s|hes|shes|he is|she is|theyre) (?:cuting|self harming|burning (?:herself|himself|themselves)) again`,
  ),
  rule(
    "means_strong",
    "self",
    `(?:diferent|several|two|thre|four|five|multiple|a few) (?:chemists|pharmacies|shops|supermarkets)(?=[^|]*\\b(?:${PILLS}|nobody would notice|no one would notice|wouldnt notice)\\b)`,
  ),
  rule(
    "means_now",
    "look",
    `(?:sat|sitting|siting|standing|stood|im|i am) on the (?:edge|ledge|lip) of (?:the |a )?(?:\\w+ ){0,2}(?:roof|rooftop|bridge|clif|multi storey|multistorey|car park|balcony|building|tower|viaduct|flyover)(?! (?:with (?:the|my) (?:kids|family|dog|mates)|for (?:a|the) (?:photo|picture|view)))`,
  ),
  rule(
    "abuse",
    "self",
    `(?:pinned|pined|pins|shoved|slamed|slams|threw|throws|pushed) me (?:up )?(?:against|into|down|across) (?:the |a )?(?:\\w+ )?(?:wal|fridge|door|floor|stairs|table|counter|bed|car)|(?:${PERP}|my (?:dads|mums|moms|husbands|partners|boyfriends|stepdads|brothers)) (?:always |stil |sometimes |often |usualy )?(?:hit|hits|beat|beats|slaps|slaped|punches|kicks|kicked|belts) (?:us|me|my mum|my mom)(?= when| if| every| after| whenever| again| stil| al| for)|(?:kep|keps|takes|took|hides|hid|has) (?:the |my )?(?:car keys|keys|phone|pasport|bank card|money)(?: \\w+){0,3} so i (?:cant|can not|cannot) (?:go|leave|get)`,
    false,
  ),
  rule(
    "abuse_now",
    "look",
    `(?:holding|held|pushed|jamed|wedged|barricaded|put) (?:the )?(?:door|drawers|chair|wardrobe|bed|chest of drawers)(?: \\w+){0,2} (?:shut|closed|against the door)|(?:laying|lays|layed) into me(?= ?$| ?\\|| ?,| now| right now| again| and)|(?:hes|shes|he has|she has|theyve|theyre) got (?:a|the|my|his|her) (?:\\w+ ){0,2}(?:knife|knives|gun|hamer|bat|axe)(?=[^|]*\\b(?:shouting|screaming|threatening|coming|baning|at me|to me|kil me|going to do)\\b)`,
    false,
  ),
  rule(
    "harm_others",
    "self",
    `(?:picture|picturing|imagine|imagining|fantasise|fantasize|fantasising|fantasizing|daydream|daydreaming|dream|dreaming) (?:about )?(?:smashing|hurting|stabing|kiling|breaking|punching|beating|strangling|choking) (?:my |his |her |their |him|her|them|that|the)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:dont|do not|wont) (?:want to |wana )?be (?:around|here|alive) (?:in|by) (?:\\w+ ){0,2}(?:years?|months?|christmas|sumer|my birthday)|(?:dont|do not) think il (?:stil )?be (?:here|around|alive) (?:in|by)|(?:wish|wishing|wished|hope|hoping)(?: \\w+){0,2} (?:a|the) (?:car|bus|lory|truck|train) (?:would |wil |d )?(?:hit|run me over|run over me|take me|kil)`,
    false,
  ),
  // Batch k (other Englishes): literal translations ("finish with my life", "take off my life",
  // "do suicide", "thinking to die"), dialect words for dying and wanting ("waan dead", "want tae
  // be deid"), the jump said as what one will do, tablets lined up, prayers to be taken, threats
  // in Pidgin and patois with the weapon named, wishes that someone else gets hurt, and someone
  // giving their things away.
  rule(
    "active",
    "look",
    `(?:want|wana|wan|waan|going|ready|decided|plan|thinking|think|wish) (?:to )?(?:finish (?:with )?(?:my life|myself|my self)|take of my (?:own )?life|do ${SUICIDE_WORD}|make ${SUICIDE_WORD})|(?:thinking|think|thought) (?:to|of) (?:die|kil myself|end (?:it|my life))|(?:waan|wan|wana|want tae|want to) (?:be )?(?:dead|deid)(?! (?:tired|on my fet|on ma fet|bored|inside))|i (?:am going to|wil|wil do) ${SUICIDE_WORD}`,
    ACT,
  ),
  rule(
    "active",
    "look",
    `(?:i wil|il|im going to|i am going to|gona|i go) jump(?= before| tonight| now| today| of| from| when| at| in| right)|(?:now|tonight|today|already) (?:i )?think to take it (?:my ?self)`,
    ACT,
  ),
  rule(
    "means_now",
    "look",
    `(?:${PILLS}|tabs|tablets) (?:are |al |aw |is )?(?:lined up|laid out|counted out|in a row|in front of me)`,
  ),
  rule(
    "passive",
    "look",
    `(?:beter|better) (?:if )?i (?:was|were|am) never born|(?:slep|sleep) (?:an|and|n) (?:nuh|not|never|no) wake up|if i die (?:tomorow|today|tonight|tomorrow)(?: \\w+){0,2} (?:no problem|fine|ok|okay|whatever|so what|nobody)|wish (?:\\w+ ){0,2}i (?:just )?(?:disapear|vanish|was gone)|(?:pray|praying|ask|asking|beg|begging) (?:\\w+ ){0,3}(?:god|the lord|lord|alah|jesus) (?:to )?(?:takes?|take) me|thoughts of (?:dying|being dead|not being alive)|(?:had|has|have) enough of (?:this |my |his |her )?life|(?:more happy|happier|beter) if i (?:am|was|were) not (?:alive|here|around)`,
    false,
  ),
  rule(
    "harm_others_intent",
    "self",
    `(?:go|going to|gona|a go|finna|wil|il|i go|tryna|trying to) (?:stab|bus|bust|wound|shoot|chop|beat|burst|jook|merk) (?:him|her|them|that \\w+|am|dat \\w+)(?=[^|]*\\b(?:${WEAPONS}|machete|cutlas|strap|blade|tonight|tonite|when|if)\\b)|(?:pulin|pul|pulling) up on (?:him|her|them)(?=[^|]*\\b(?:strap|gun|knife|tonight|tonite|after)\\b)|(?:put|puting|putting|slip|sliping|crush|crushing) (?:my |his |her )?(?:\\w+s )?(?:\\w+ )?(?:${PILLS}|tablets) (?:in|into) (?:his|her|their) (?:tea|drink|food|cofee|dinner)`,
    false,
  ),
  rule(
    "harm_others",
    "self",
    `(?:wish|hope|hoping|pray)(?: \\w+){0,2} (?:somebody|someone|my \\w+|that \\w+|the \\w+|him|her|them)(?: \\w+){0,2} (?:break|breaks|kena hit|gets? hit|go fal|fals? down|gets? hurt|drops? dead|gets? a (?:right )?hiding)|(?:love|like) to se (?:him|her|them) (?:hurt|sufer|bleed|beaten)`,
    false,
  ),
  rule(
    "abuse",
    "self",
    `(?:kep|keps|keep|took|take|takes|have|has) my pasport|(?:dont|doesnt|wont|do not) (?:let|alow) me (?:go )?(?:outside|out|leave)(?: the house)? (?:alone|on my own)|(?:touch|touches|touched|toucht) me (?:when|at night|down there|in my|where|when nobody)|(?:flog|flogs|whip|whips|belt|belts|beat|beats|lash|lashes) (?:us|me) (?:with|wit|wid) (?:a |the |his |her )?(?:belt|stick|cane|wire|slipper|cable)`,
    false,
  ),
  rule(
    "passive",
    "other",
    `(?:give|gave|giving|given|gives) away (?:al )?(?:her|his|their) (?:things|stuf|clothes|belongings|games|posesions|jewelery|books)|(?:posting|posted|posts) (?:\\w+ ){0,2}"? ?(?:goodbye|bye) (?:soon|forever|everyone)`,
    false,
  ),
  rule(
    "lethal_query",
    "self",
    `how (?:many|much) (?:\\w+ ){0,4}(?:is |are |would be |wil be )?enough to (?:not wake up|never wake up|die|end it|kil me|do it|be dead)|(?:wich|which) (?:is )?(?:more sure|surer|quicker|faster|les painful|more painles|beter|easier) (?:way )?(?=[^|]*\\b(?:${PILLS}|jump|hang|rope|drown|bridge|train)\\b)`,
  ),
  rule(
    "means_strong",
    "look",
    `(?:have|got|bought|kept|keep) (?:di |the |some |a bottle of |a )?(?:rat poison|bleach|weedkiler|pesticide|antifreze|poison)(?=[^|]*\\b(?:drink|swalow|take|tek) (?:it|them)\\b)|(?:${PILLS}|pesticide|poison|rope|blade|rat poison) (?:bottle )?(?:i have |ive |i )?(?:kept|hidden|hid|stored|saved) (?:under|in|behind|at)`,
  ),
  // Batches j and k, second round: the same families in more shapes. A question reported and its
  // answer owned ("asked if I'd had thoughts of ending your life ... yes"); not seeing the point of
  // being around; the family better off with the other parent; wishing it were the end of
  // everything; scars dated or traced to a blade; a method asked about by how well it works; a
  // place or method chosen "for when I do it"; everything set up for a time; no more sessions left
  // in the writer; thinking of going over the edge, and parked next to the place now; someone
  // else's injuries explained away, their things given away, their burden talk or readiness to go;
  // a weapon named before or after the threat; a relative gone grey or unresponsive after a dose.
  rule(
    "active",
    "self",
    `(?:(?:had|have|having|ever had|get|getting|any) " ?thoughts of (?:ending|taking|kiling) (?:your|my) (?:own )?(?:life|self))`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:(?:dont|do not|cant|cannot|can not) (?:se|find) (?:the|any) point (?:of|in) (?:me )?(?:being (?:around|here|alive)|living(?! (?:in|here|there|with|at|near|on|so|like))|going on|caring on|existing|staying))`,
    false,
  ),
  rule(
    "passive",
    "self",
    `(?:(?:kids|children|family|everyone|they|wife|husband|boys|girls) (?:would|d|wil) (?:al )?be bete?r of with (?:just |only )?(?:their|her|his|my) (?:mum|mom|dad|mother|father|wife|husband|family|nan|gran)|(?:wish|wished) (?:it|this) (?:was|were) (?:my )?(?:ending|last|final|closing) (?:\\w+ )?with everything)`,
    false,
  ),
  rule(
    "self_harm_history",
    "look",
    `(?:scars (?:from|since) (?:last year|last sumer|the year before|\\w+ years ago|school|year \\d+|when i (?:used to|use to|was))(?![^|]*\\b(?:surgery|operation|acident|crash|chicken ?pox|acne|fal|op)\\b)|(?:scars|marks|mine|they|theyre|theyr) (?:are |r )?(?:al )?from (?:the|a|my) (?:razor|blade|sharpener|compas|cuting)|from when (?:i|mi|me) (?:used|use) to (?:cut|self harm|burn)|stoped (?:cuting|self harming|harming myself|burning myself) (?:like |about |only |just )?(?:\\d+|a|two|thre|a few|few|a couple of) (?:days|weks|wek) ago)`,
    false,
  ),
  rule(
    "overdose_intent",
    "self",
    `(?:(?:whats|what is|which is|tel me) the (?:fastest|quickest|surest|easiest|most painles|least painful) way (?:that (?:actualy |realy |definitely )?(?:works|wil work|would work)|that wont fail|to make sure))`,
  ),
  rule(
    "plan_strong",
    "look",
    `(?:(?:thats|that is|its|it s|thats the) (?:how|where|the way|the place|the one|the spot)(?: ,)? when i (?:do it|go))`,
    false,
  ),
  rule(
    "plan",
    "self",
    `(?:(?:everything|everythings|it|its al|al of it) (?:is |s )?(?:set up|ready|sorted|laid out|in place)(?: \\w+){0,4} for (?:tonight|later|tomorow|the morning|this evening)|(?:havent|have not|not) (?:\\w+ )?(?:picked|chosen|set|decided on) (?:the|a) (?:day|date|time) yet)`,
    false,
  ),
  rule(
    "weak",
    "self",
    `(?:(?:dont|do not) have (?:a few|many|any|much|another|more|any more) (?:more )?(?:sesions|weks|days|months|years|rounds|tries|goes|apointments) (?:left )?in me)`,
    false,
  ),
  rule(
    "active",
    "look",
    `(?:(?:think|thinking|thought) (?:about|of) (?:going|driving|jumping|throwing myself|stepping) (?:of|over|of of) (?:the )?(?:side|edge|railing|rail))`,
    ACT,
  ),
  rule(
    "place_now",
    "look",
    `(?:(?:parked|parked up|sat|sitting|standing|stood|im|i am) (?:up )?(?:next to|by|under|on|at|beside) it (?:now|right now))`,
    false,
  ),
  rule(
    "abuse",
    "look",
    `(?:(?:black eye|bruises|bruised \\w+)(?: \\w+){0,5} (?:and )?(?:said|says|say|claims|claimed|told me) (?:she|he|they) (?:walked into|fel|fal|sliped|slip|triped|trip|bumped into)|(?:come|comes|came|turns up|turned up|shows up|showed up) (?:to \\w+ )?with (?:bruises|a black eye|marks on (?:her|his) (?:neck|arms|face))(?![^|]*\\b(?:footbal|rugby|match|training|gym|game|hockey|netbal|fal|fel|bike|acident)\\b)|(?:has|keps|got|cut) (?:her|him) (?:cut )?of from (?:everyone|everybody|her friends|his friends|her family|his family))`,
    false,
  ),
  rule(
    "self_harm",
    "look",
    `(?:(?:have|has|got) cuts? (?:them |dem )?on (?:her|his|their) (?:arms?|legs?|wrists?|thighs?)(?=[^|]*\\b(?:fresh|new|again)\\b))`,
    false,
  ),
  rule(
    "passive",
    "other",
    `(?:(?:say|says|said|saying|keps saying) (?:he|she|they) (?:is|s|are|was) (?:useles|no use|no god|a burden|worthles) (?:for|to) (?:us|everyone|the family|anyone|me)|(?<=\\b(?:gave|given|giving|gives|sold|seling)\\b[^|]*)(?:wont|wil not) be neding (?:it|them)|had a god (?:innings|run) "? (?:and )?(?:hes|shes|he is|she is) ready to go)`,
    false,
  ),
  rule(
    "harm_others_intent",
    "self",
    `(?:(?<=\\b(?:tonight|tonite|when|${WEAPONS}|cutlas|machete)\\b[^|]*)(?:go|going to|gona|a go|wil|il|i go|tryna|trying to) (?:stab|bus|bust|wound|shoot|chop|beat|burst|jook|merk) (?:him|her|them|am)|(?:and|then|to) (?:beat|stab|hit|smash|shoot|batter|bash) (?:him|her|them|that \\w+) (?:with|wit|wid) (?:the|a|my|dat|this) (?:${WEAPONS}|bottle|brick|pipe))`,
    false,
  ),
  rule(
    "medical_now",
    "look",
    `(?:(?:grey|gray|blue) (?:colour|color|lips|skin|in the face)|(?:not|isnt|is not) (?:answering|responding|talking) properly)`,
    false,
  ),
  rule(
    "means_now",
    "look",
    `(?:(?:have|got|ive got) (?:al )?(?:the |my )?${PILLS} in front of me|${PILLS}(?: ${PILLS})* al of them (?:tonight|now|today))`,
    false,
  ),
  rule(
    "overdose",
    "look",
    `(?:(?:tok|took|taken|swalowed|necked|had) (?:like |about |over )?\\d+ (?:of )?(?:\\w+ ){0,3}(?:${PILLS}|sleping tablets|sleping pils)(?=[^|]*\\b(?:to end it|to die|to kil myself|so i dont wake up|to end my life)\\b))`,
    false,
  ),
  rule(
    "farewell",
    "other",
    `(?:(?:text|texted|mesaged|sent|said|posted|wrote) (?:me |us |to me )?" ?(?:tel (?:everyone|everybody|my \\w+|them) (?:im )?sory|tel (?:everyone|everybody) i love (?:them|you)|(?:im )?sory for everything)(?![^|]*\\b(?:late|cant make it|cant come|wont make it|mised|running|ruined|mes)\\b))`,
    false,
  ),
  rule(
    "self_harm",
    "self",
    `(?:(?:^ |i )?(?:cut|burned|burnt) (?:today|tonight|again|last night|this morning)(?: again)? (?:on )?my (?:arms?|legs?|wrists?|thighs?|stomach|hips?)(?![^|]*\\b(?:shaving|acident|by mistake|cooking|chopping)\\b)|(?:bun|burn|burned|burnt|bon) (?:up )?(?:mi|my) (?:arm|leg|hand|wrist|skin|thigh) with (?:a |the )?(?:hot )?(?:spon|lighter|iron|cigarete|fork|knife)(?=[^|]*\\b(?:again|on purpose|nobody know|nobody knows)\\b))`,
  ),
  rule(
    "abuse",
    "self",
    `(?:(?:box|boxes|lick|licks|beat|beats|slap|slaps|hit|hits|kick|kicks|punch|punches) (?:mi|me) (?:when|whenever|every time) (?:him|he|she|her|dem|they|hes|shes) (?:vex|angry|mad|drunk|drinks|is drunk|has a drink|gets angry|gets mad|loses it))`,
    false,
  ),
  // 2026-12-05 (evening): families found probing with new phrasings of our own.
  // A blade or gun held to the body now: "knife against my wrist", "gun to my head right now".
  rule(
    "means_now",
    "self",
    `(?:knife|blade|razor|razor blade|scissors|glas|shard|gun|pistol|rifle|shotgun)${NOT_BY_ANOTHER}(?<!(?:with|like|if|life) (?:a|the) (?:knife|blade|razor|razor blade|scissors|glas|shard|gun|pistol|rifle|shotgun)) (?:is |s |are )?(?:right )?(?:pressed |held |resting |pushed )?(?:against|to|on|at|into) my (?:wrists?|throat|neck|arms?|head|temple|chest|skin|thighs?|stomach|mouth)(?! (?:in (?:a|the) (?:dream|game|film|movie)|for (?:a|the) (?:photo|picture|tattoo)))`,
  ),
  // Medicine mixed with drink, or taken, on purpose: an overdose already under way.
  rule(
    "overdose",
    "self",
    `(?:mixed|mixing|took|taken|had|swalowed|downed|necked) (?:al |al of |some of |a lot of |loads of |lots of |a load of |a bunch of )?(?:my |the |her |his )?(?:${PILLS}|meds|medication|medicine|prescription)(?: \\w+){0,2} (?:with|and|on top of) (?:\\w+ ){0,2}(?:vodka|alcohol|boze|wine|whisky|whiskey|gin|rum|beer|cider|drink|a bottle)(?=[^|]*\\b(?:on purpose|deliberately|so i (?:dont|wont|would not|wouldnt) wake|to not wake|to end it|to die|and waited|meant it)\\b)`,
  ),
  // "Nobody will find me in time": a plan shaped around not being saved.
  rule(
    "plan_strong",
    "look",
    `(?:(?:wont|wil not|never|too late to) (?:find|save|stop)|(?:nobody|no one|noone|no body) (?:wil|would|can|could|is going to|s going to|gona) (?:find|get to|reach|save|stop)) (?:me|him|her|them) in time(?! for)|(?:so|where|when) (?:nobody|no one|noone|they|no body) (?:can |could |wil |would )?(?:find|finds|stop|stops) me(?= ?$| ?\\|| ?,| in time| til| until| before| this time)`,
  ),
  // Passive wishes in everyday words: "hope i get hit by a bus", "wouldn't mind not existing",
  // "don't know how much longer i can hold on", "can't keep living like this".
  rule(
    "passive",
    "self",
    `(?:hope|hoping|pray|praying|wish) (?:that )?i (?:get|got|wil get|would get) (?:hit|run over|kiled|taken out) by (?:a|the|some) (?:bus|car|truck|lory|train|drunk driver|meteor)|(?:wouldnt|would not|dont|do not|wont) (?:even )?mind (?:not existing|not being here|not being alive|not waking up|dying|being dead|if i died|never waking up)|(?:dont know|not sure|dont even know) how (?:much )?(?:longer|long) i can (?:hold on|keep going|go on|do this|keep doing this|cope|last|survive)(?! (?:before|til|until|without (?:a|the|my) (?:brew|cofe|cigarete|wee|snack)))|(?:cant|cannot) (?:keep|go on|cary on) living like this(?! (?:with|in|on|of|paycheck|i ned to|need to|so)\\b)`,
  ),
  // Not eating as a punishment: self-harm by starving.
  rule(
    "self_harm",
    "self",
    `(?:stoped|stopped|stop|not|barely|havent ben|haven t ben|wont let myself) eating (?:\\w+ ){0,2}(?:because|cos|cause|as|since) i (?:dont|do not) deserve`,
  ),
  // "took too many on purpose": an overdose said without naming the pills.
  rule(
    "overdose",
    "self",
    `(?:tok|took|taken|swalowed|downed|necked) (?:way )?(?:too|to) many(?: (?:${PILLS}|of (?:them|those|these|my \\w+)))? (?:on purpose|deliberately|to (?:die|end it|not wake up|sleep forever))`,
  ),
  // A ligature on the body now: "the rope round my neck", "belt around my neck".
  rule(
    "means_now",
    "self",
    `(?:rope|nose|belt|cord|cable|ligature)${NOT_BY_ANOTHER}(?: is| s)? (?:round|around|tight (?:round|around)|on) my neck(?! (?:for|in) (?:a|the) (?:photo|picture|costume|play|show|game))`,
  ),
  // Buying the same pills in several shops: gathering them past the pack limit.
  rule(
    "means_strong",
    "self",
    `(?:bought|buying|got|getting|picked up|picking up) (?:\\w+ ){0,4}${PILLS} (?:\\w+ ){0,3}(?:from|in|at) (?:\\d+|two|thre|four|five|several|a few|al the|diferent) (?:diferent |separate )?(?:shops|chemists|pharmacies|supermarkets|stores|places)`,
  ),
  // "wanna disappear", "ready to check out", "thinking of not being here tomorrow".
  rule(
    "passive",
    "self",
    `(?:want to|wana|just want to|ned to) (?:just )?disapear(?= ?$| ?\\|| ?,| fr| for real| not even joking| forever| for good| and never| completely| from (?:this|the) (?:world|earth|planet))|(?:thinking|thought|think) (?:about|of) (?:just )?not being (?:here|around|alive)(?= ?$| ?\\|| ?,| tomorow| anymore| any more| next| soon| by)`,
  ),
  rule(
    "active",
    "self",
    `(?:ready|want|want to|going|about|time|tempted) (?:to )?check out(?<!\\b(?:til|tils|shop|shoping|basket|cart|trolley|online|store|amazon|hotel|library|bok|boks|queue|checkout|suitcase|room|clothes|order|airbnb)\\b[^|]*)(?= ?$| ?\\|| ?,| now| tonight| for god| early| of (?:life|this world|here for god))`,
    ACT,
  ),
  // Threatened or followed by someone close; kept from food or medicine; made to do things and
  // told to keep it secret.
  rule(
    "abuse",
    "self",
    `${PERP} (?:\\w+ ){0,8}(?:threatening|threatens|threatened|staking|stalks|harasing|harases|harased) me(?! with (?!(?:a |the |his |her )?(?:knife|gun|weapon|bat|hamer|belt|blade|bottle|fist|death)\\b))(?![^|]*\\blol\\b)|${PERP} (?:\\w+ ){0,6}(?:doesnt|dont|wont|never|stoped|stopped|forgets to|refuses to) (?:give|giving|let|leting) me (?:have |eat |my |any )?(?:food|meals|dinner|medication|meds|tablets|water|eat|drink)|${PERP} (?:\\w+ ){0,3}(?:makes|made|forces|forced|gets|got) me (?:to )?do (?:things|stuf) (?:i dont|i didnt|i do not)(?: \\w+){0,4}(?: and)? (?:says|said|tels me|told me) (?:not to|never to|to never|i cant|i mustnt|i shouldnt) tel`,
  ),
  // "I'll stab the next person who touches me": a threat to whoever comes next.
  rule(
    "harm_others",
    "self",
    `(?:il|i wil|im going to|going to|im gona|i swear il|i swear i wil) (?:stab|shoot|kil|hurt|punch|glas|bottle|batter|beat|knife) the next (?:person|one|guy|man|woman|kid|idiot|\\w+) (?:who|that|to)`,
  ),
  // "shes swallowed her whole strip of tramadol": someone else's overdose, told as it happens.
  rule(
    "medical_now",
    "other",
    `(?:shes|hes|she has|he has|theyve|they have|she|he) (?:just )?(?:swallowed|taken|took|downed|necked) (?:all (?:of )?)?(?:her|his|their) (?:whole |entire )?(?:strip|box|bottle|packet|pack|tub|supply|stash|prescription)s?(?! (?:back|to|of antibiotics|of vitamins|of sweets))`,
  ),
  // A child or an older relative who has swallowed medicine or something poisonous: now.
  rule(
    "medical_now",
    "other",
    `(?:baby|toddler|son|daughter|kid|child|litle one|litle boy|litle girl|nan|gran|grandad|grandma|grandpa|brother|sister|niece|nephew|\\d+ year old|(?:two|thre|four|five) year old) (?:has |s |just |might have |may have |think (?:he|she) )*(?:swalowed|ate|eaten|drank|drunk|got into|got hold of|bit into|bit|chewed|taken|took) (?:some of |a few of |one of |a |the |my |his |her |some |al |loads of |a load of |a handful of |\\d+ )*(?:${PILLS}|bleach|medicine|bateries|batery|button bateries|button batery|(?:one of )?(?:those |the )?button bateries|detergent|dishwasher (?:tablets?|pods?|capsules?)|washing (?:tablets?|pods?|capsules?)|pods|antifreze|weedkiller|rat poison|painkilers|vitamins|iron tablets|sleping tablets)(?! (?:for|from) (?:the|his|her|a) (?:doctor|gp|fever|cold|cough|headache|pain|temperature))`,
  ),
  rule(
    "medical_now",
    "other",
    `empty (?:pil |tablet |medicine )?(?:botles?|packets?|boxes|blisters?|strips?) (?:next to|beside|around|by|near|on the flor (?:next to|by)) (?:him|her|them)`,
  ),
  rule(
    "bleeding",
    "look",
    `bleding through (?:\\w+ ){0,3}(?:towels?|tshirts?|t shirts?|bandages?|plasters?|clothes|jumper|sleves?|tea towels?|dresing)`,
  ),
  rule(
    "self_harm",
    "self",
    `snap(?:ed|ping|s)? (?:the |a |my )?(?:hair bobble|hair tie|elastic band|rubber band|band)s? (?:\\w+ ){0,5}(?:bleding|bruised|red raw|welts|broke the skin)`,
  ),
  // Batch l, round 1: purging and starving as punishment.
  rule(
    "self_harm",
    "self",
    `(?:make|made|making) myself (?:sick|throw up|vomit|be sick)(?: \\w+){0,4} (?:again|as (?:a )?punishment|to punish|because i (?:dont )?deserve|every time i eat|after (?:every|each) meal)|(?:purging|purged|purge) (?:\\d+|two|thre|four|five|six|several) (?:or \\d+ )?times a day|(?:havent|have not|not) eaten (?:in|for) (?:\\w+ ){1,2}(?:because|cos|cause|as|since) i (?:dont|do not) deserve|(?:dont|do not|wont) let myself eat(?= ?$| ?\\|| ?,)|i dont let myself(?= ?$| ?\\|)|went (?:\\w+ ){1,3}without purging (?:then|and then|but) (?:did it|purged|relapsed)`,
  ),
  rule(
    "self_harm_history",
    "self",
    `only (?:eat|let myself eat) (?:if|when) i(?:ve| have)? (?:earned|deserve)|held (?:an |the |some )?ice(?: cube)? instead|(?:fading|fade) (?:my |the |these |old )?(?:sh |self harm )?scars`,
  ),
  rule(
    "self_harm",
    "other",
    `makes? (?:herself|himself|themselves) (?:sick|throw up|vomit)(?: \\w+){0,3} (?:after|every|each)`,
  ),
  // A recent attempt, said without the word suicide.
  rule(
    "attempt",
    "look",
    `my (?:last )?(?:atempt|overdose) was(?= (?:on|last|\\d+|a|two|thre|only|yesterday|this))|(?:in hospital|in the hospital|on the ward|in a&e|in a and e|in a e)(?: \\w+){0,3} after (?:trying|my atempt|i tried|the overdose)|(?:let|discharged|released) me (?:out )?(?:of|from) (?:the )?(?:ward|hospital|unit)(?=[^|]*\\|[^|]*\\b(?:stil|stil want|wish it had)\\b)`,
    false,
  ),
  rule("active", "self", `(?:stil )?wish (?:it|that) (?:had |would have |d have )?worked(?= ?$| ?\\|| ?,)`),
  rule(
    "plan_strong",
    "self",
    `(?:writing|wrote|written|write) (?:down |out )?how (?:id|i would|i d|i wil|il|im going to|to) do it|not doing anything yet(?: \\w+){0,2} just planning`,
  ),
  rule(
    "means_strong",
    "self",
    `(?:${PILLS}|pils|tablets) (?:that )?(?:i was|i ve ben|ive ben|i had ben|i d ben|id ben|i have ben|i ben) (?:saving|hoarding|stockpiling|stashing|colecting|keeping)`,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:which|what) (?:bridge|building|clif|car park|multi storey|rof|tower) (?:is|s) (?:the )?(?:highest|talest|biggest drop)(?= near| around| in (?:my|this)| nearby| local)`,
  ),
  rule(
    "active",
    "self",
    `(?:think|thinking|thought) (?:about|of) (?:just )?(?:going|driving|veering|swerving|crashing|steering) (?:into|of|off) (?:the|a) (?:wal|tre|bridge|lory|truck|central reservation|barrier|oncoming|river|clif)`,
  ),
  // Harm to others: intent, a target and the means.
  rule(
    "harm_others_intent",
    "self",
    `(?:going to|gona|wil|il|i wil) (?:run (?:him|her|them) over(?! to| at| for| later| in the| with)|run over (?:him|her|them))|(?:driving|drive|plough|plowing|ploughing) into (?:the|a) crowd|(?:could|nearly|almost) (?:actualy )?(?:shake|shook|smother|hurt|hit|drop) (?:her|him|the baby|my baby)(?=[^|]*\\b(?:nearly did|almost did|nearly)\\b)`,
  ),
  rule(
    "harm_others",
    "self",
    `i (?:hit|punched|slaped|choked|pushed|kicked|strangled|shoved) my (?:girlfriend|boyfriend|wife|husband|partner|kid|son|daughter|mum|mom|dad)(?! (?:at|in) (?:footbal|rugby|a game|the game|training|pilow fight|snowbal))|(?:flashes|thoughts|images|pictures|visions) of (?:dropping|hurting|drowning|smothering|stabing|shaking|throwing) (?:my |the )?(?:baby|son|daughter|kids?|child|newborn)`,
  ),
  rule(
    "harm_others",
    "look",
    `(?:talking|talks|talked|going on|goes on) about (?:hurting|kiling|stabing|shooting|geting back at) (?:the|those|some|al the) (?:kids|people|boys|girls|lads|ones)`,
  ),
  rule(
    "farewell",
    "look",
    `(?:posted|sent|put up|wrote|shared) (?:a |some |this )?(?:goodbye|godbye|farewel)(?: type| kind of| style| sounding)? (?:story|post|mesage|text|video|note|tweet|status)`,
  ),
  // Abuse: more of what it looks like.
  rule(
    "abuse",
    "self",
    `(?:${PERP}|dad|mum|mom|stepdad|husband|boyfriend|partner) (?:\\w+ ){0,6}(?:smashing|throwing|breaking|smashes|smashed|throws|threw|breaks|broke) (?:stuf|things|plates|the place)|throws (?:things|stuf|plates) (?:at me|when|if|whenever)|${PERP} (?:\\w+ ){0,6}(?:shoves|pushes|grabs) me|(?:grabed|grabs|twisted|twists|yanked|yanks) my (?:arm|wrist|neck|hair|throat)(?: \\w+){0,4} (?:it bruised|bruised|left marks|so hard|til it hurt)|makes? (?:me|us) sleep (?:in the car|in the garden|in the shed|outside)|(?:has|keps|keeps|took|kept|taken) my (?:pension|bank|benefits|debit|credit) card(?=[^|]*\\b(?:nasty|angry|shouts|wont give|if i ask|shout)\\b)|(?:locks|locked|lock) (?:the )?(?:fridge|food away|food up)(?=[^|]*\\b(?:says|to fat|not alowed|punish|wont let)\\b)`,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:said|says|told me|swore) (?:that )?(?:when|once|if) (?:he|she|they) (?:wakes? up|gets (?:home|back|in|up here|here|upstairs)|finds out|finds me|comes back|comes up) (?:im|i am|il be|youre|your) dead|(?:smother|strangle|suffocate) me (?:with (?:the|a) pilow )?if i (?:tel|say|cal)`,
  ),
  rule(
    "passive",
    "self",
    `(?:wish|hope|pray|praying) (?:that )?(?:the (?:god )?lord|god|jesus|alah|the almighty) (?:would |wil |could |d )?(?:just )?take me(?= ?$| ?\\|| ?,| in my slep| soon| now| home| tonight| away)`,
  ),
  // Batch m, round 1: wishes to be gone and burden in everyday words.
  rule(
    "passive",
    "self",
    `(?:theyd|they would|everyone would|everybody would|shed|she would|hed|he would|the baby would|my \\w+ would|they would al|theyd al) (?:al )?(?:honestly |probably |realy )?be (?:so much |much |a lot |way )?bete?r of(?= ?$| ?\\|| ?,| honestly| tbh| without me| with anyone| with someone| if i)|(?:im|i am|im just) (?:a|such a) (?:dead )?(?:weight|drain) on (?:them|everyone|my \\w+|her|him|the family|everybody)|being dead (?:sounds|seems|would be|fels|looks) (?:\\w+ )?(?:restful|peaceful|nice|god|easier|like a relief|apealing|tempting|like bliss)|(?:anyone|anybody|people|they) would (?:even )?(?:notice|care|mis me) if i (?:just )?(?:disapeared|vanished|was gone|died|wasnt here)|(?:id not|i wouldnt|i would not|i dont|id not) mind if (?:the (?:god )?lord|god|jesus) (?:took|takes|would take|came for) me|dream (?:that )?i (?:died|was dead)(?: \\w+){0,3} woke up (?:disapointed|gutted|sad|upset|angry)|envy (?:people|those|the ones|anyone) (?:who|that) (?:died|are dead|got to die|dont wake up)|(?:life|lives|everything) would be (?:so much |much |a lot )?(?:simpler|easier|beter|happier|calmer|lighter) without me|(?:they|she|he|my \\w+|the kids) deserves? (?:so much |much )?(?:beter|someone beter)(?= ?$| ?\\|| ?,| than me)|bete?r of if i (?:just )?(?:\\w+ ){0,3}(?:never came back|wasnt (?:here|around)|disapeared|was gone|left for god)|(?:theyd|they would|everyone would|we would) (?:al )?breathe easier|(?:the )?only (?:reason|thing) (?:im|i am) (?:stil )?(?:here|alive|around)|(?:what the point of me is|whats the point of me)|(?:wouldnt|would not) say no to (?:a )?(?:quiet|peaceful|painles|easy|quick) (?:exit|way out|death|end)|what if i (?:just )?(?:didnt|never) (?:come|came|go|went) (?:back|home)|(?:wishing|wish) i could (?:fal aslep|slep|go to slep) and (?:skip|not wake|wake up in)|let nature (?:sort it out|take its course)|(?:reading|checking|read|checked|going through) my life insurance (?:policy )?(?:a lot|again|lately|every night|over and over)|(?:edge|platform|bridge|balcony|clif)\\b[^|]*\\b(?:get|have|had) (?:that|the) (?:thought|urge|pul)`,
  ),
  rule(
    "active",
    "self",
    `making sure i (?:dont|dont wake up|never wake up|dont wake|wont wake up)(?= ?$| ?\\|| ?,| wake)|bete?r of if i (?:just )?(?:walked|walk) into the sea|(?:think|thinking|thought) about (?:just )?(?:turning|yanking|jerking|leting go of) the wheel|(?:stand|stood|standing|sit|sat) (?:right )?(?:at|on) the edge (?:\\w+ ){0,3}(?:and )?(?:think about it|think about jumping|think about going over)|(?:stoped|stopped|stop|quit) taking my (?:\\w+ )?(?:tablets|meds|medication|insulin|pils) on purpose`,
  ),
  rule(
    "plan_strong",
    "self",
    `(?:thought|thinking|think) about how (?:id|i would|i d|to|i wil|il) do it(?! (?:diferently|beter|again|right|to (?:him|her|them)))|i know (?:which|what) (?:pils|tablets|${PILLS}|method|bridge|rope)|make it lok like (?:an|one|an acident)|(?:ive |i have )?started planing(?= ?$| ?\\|| ?,)|(?:ive |i have |i )?loked into how(?= ?$| ?\\|)|(?:passwords|logins) (?:\\w+ ){0,10}(?:close|shut) (?:everything|it al|my acounts) down`,
  ),
  rule(
    "means_strong",
    "self",
    `know where (?:\\w+ ){0,2}keeps? (?:the |his |her |their )?(?:shels|cartridges|bulets|amo|gun|shotgun|rifle|pils|tablets|key to the gun cabinet|gun cabinet key)|(?:second|another|third|extra) (?:box|packet|pack) of (?:${PILLS}) (?:\\w+ ){0,3}(?:diferent|another|other) (?:shop|chemist|pharmacy|store)|(?:${PILLS}|pils|tablets) (?:\\w+ ){0,6}(?:saving|hoarding|stockpiling) (?:them|em) up|(?:tip|tiped|tipping|pour|poured|pouring) (?:the |my )?(?:pils|tablets|${PILLS}) out and count`,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:which|what) (?:bridges?|buildings?|car parks?|clifs?) (?:\\w+ ){0,3}(?:dont|do not|dont have|have no|without) (?:the )?(?:nets|bariers|fences|railings)|(?:dont|do not|wont|not) feel (?:anything|a thing|pain) if you (?:inject|take|swalow|drink|od on) (?:enough|to much|a lot of)|(?:looking at|loked at|checking|checked|looked up) the (?:train times|tide times|timetable) (?:at|for|near|by) the (?:level crossing|bridge|viaduct|clifs?)|(?:googling|googled|searching|looking up|looked up) how (?:much|many) (?:\\w+ ){0,2}(?:kils|would kil|it takes to kil|is fatal|is lethal)|(?:googled|searched|searching|googling|looked up) "? ?painles|(?:looked up|checked|checking|found out) (?:when|what time) (?:the )?(?:multi storey|car park|rof|bridge|footbridge)(?: \\w+)? (?:shuts|closes|locks)`,
  ),
  rule(
    "affairs",
    "self",
    `rehomed (?:the |my )?(?:cat|dog|pets?|rabit|hamster|bird)|(?:started |been )?giving (?:my )?(?:stuf|things) away|(?:gave|given) (?:my|away my) \\w+ to my (?:cousin|nephew|niece|sister|brother|mate|friend)|deleted my (?:insta|instagram|tiktok|facebook|acounts|socials|snapchat|twiter)|paid (?:of|off) (?:the |my )?(?:credit card|overdraft|debts?|loan)(?: \\w+){0,4} so (?:nobody|no one|noone|they)|sorted (?:out )?my wil|(?:cat|dog)s? (?:goes|is going|going) to (?:my|the) \\w+|tying up (?:the )?loose ends`,
  ),
  rule(
    "self_harm_history",
    "self",
    `punch (?:the )?wals? when (?:it gets bad|im angry|i get)|blades? (?:is |s )?stil in my`,
  ),
  rule(
    "harm_others",
    "self",
    `(?:grabed|grabbed|hit|shook|slaped|smacked) my (?:son|daughter|kid|child|baby|toddler)(?: \\w+){0,6} (?:leave a mark|left a mark|bruise|bruised)|(?:these |horible |awful )*(?:flashes|thoughts|images|pictures|visions) of (?:dropping|hurting|drowning|smothering|stabing|shaking|throwing) (?:my |the )?(?:baby|son|daughter|kids?|child|newborn|her|him)|putting my hands (?:round|around) (?:her|his|their) (?:neck|throat)`,
  ),
  rule(
    "harm_others_intent",
    "self",
    `(?:wont|dont think i wil|dont think il|not sure il|dont think i l) be able to stop myself(?= next time| this time| again| ?$| ?\\|)|carying (?:a |my |the )?(?:knife|blade|weapon|gun) (?:since|for|around|every day|on me)`,
  ),
  rule("attempt", "other", `(?:after|since) (?:his|her|their) (?:atempt|overdose)`),
  rule(
    "self_harm",
    "other",
    `(?:girlfriend|boyfriend|sister|brother|daughter|son|friend|mate|she|he) cuts(?= and| ,| ?$| ?\\|| herself| himself)`,
  ),
  rule(
    "passive",
    "other",
    `(?:shes|hes|she is|he is) ready to go(?! (?:out|home|to|on|back|shoping))(?![^|]*\\b(?:every|bingo|means|pub|church|shops)\\b)|(?:said|says|told (?:me|us)|texted) "? ?(?:youd|you would|you d|you wil) (?:al )?be bete?r of(?! (?:with|taking|going|if you))|last post was (?:proper |realy |very |so )?dark`,
  ),
  rule(
    "abuse",
    "other",
    `(?:his|her|their) (?:dad|mum|mom|stepdad|father|mother)s? (?:has |s )?ben (?:hurting|hiting|beating) (?:him|her|them)|carer (?:\\w+ ){0,3}(?:shouts at|hits|slaps|takes money from|steals from|taking money from) (?:her|him)`,
  ),
  // Batch m, round 1: going, with a time; goodbyes said as apologies; rehearsal; others in danger.
  rule("departure", "self", `(?:then |and then |after that )?(?:il|i wil|im going to) go(?= ?$| ?\\|| ?,)`),
  rule(
    "do_it",
    "self",
    `(?:im|i am) not waiting(?: any ?more| any longer)?(?= ?$| ?\\|| ?,)|(?:couldnt|cant|could not) do it to (?:her|him|them) (?:before|on|until)`,
  ),
  rule("do_it", "self", `going up (?:there )?(?=after|tonight|tomorow|at|later|when)`),
  rule("weak", "self", `ready to stop(?= ?$| ?\\|| ?,)|(?:ive )?lived long enough`),
  rule(
    "farewell",
    "self",
    `tel (?:them|everyone|everybody|my \\w+) (?:im|i am) sory|(?:it|this) (?:wasnt|isnt|was not|is not) (?:their|your|anyones|her|his) fault`,
  ),
  rule(
    "means_now",
    "self",
    `(?:practised|practiced|practicing|practising|rehearsed|tried out) (?:with )?(?:the |a |my )?(?:belt|rope|cord|cable|ligature|nose|knot)(?=[^|]*\\b(?:dor|banister|neck|hang|se if i could|beam|hok)\\b)|rope(?: is|s)? (?:already )?up (?:in|on) (?:the )?(?:loft|garage|shed|tre|beam|banister)`,
  ),
  rule("means_strong", "self", `everything i ned is (?:in|under|at|ready)`),
  rule(
    "means_here",
    "self",
    `(?:${PILLS}|pils|tablets|blade|razor|knife)(?: are| is|s)? in my (?:coat |jacket )?(?:pocket|bag)`,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:checked|checking|looked up|googled|measured|worked out) how (?:high|tal|far down|deep) (?:the )?(?:\\w+ ){0,6}(?:is|was|goes)(?![^|]*\\b(?:van|lory|truck|barier|clearance|height restriction|trailer|caravan|rof box|bike rack)s?\\b)`,
  ),
  rule(
    "overdose",
    "other",
    `(?:says|said|thinks|think) (?:hes|shes|he has|she has|theyve|they have|he|she) (?:taken|took|had|swalowed) something`,
  ),
  rule(
    "medical_now",
    "look",
    `(?:hes|shes|has|gone|going|turned|turning) (?:gone |going |turned |turning )?(?:grey|gray)(?= ?$| ?\\|| ?,| and)|(?:wont|cant|can not) wake (?:up )?properly`,
  ),
  rule(
    "harm_others_intent",
    "self",
    `(?:im|i am|il be|i wil be) using the (?:knife|gun|bat|hamer|machete|blade)`,
  ),
  rule(
    "farewell",
    "other",
    `(?:he|she|they) (?:has |s |have |ve )?(?:left|written|wrote) (?:a |her |his |their )?(?:note|leter)(?! (?:for|about) (?:the|a) (?:milk|shoping|delivery|postman|teacher|school))`,
  ),
  // "I have a plan and I know when": a plan, then its time or place, with nothing after it.
  rule(
    "plan_strong",
    "self",
    `plan\\b[^|]*?\\b(?:and |ive |i have |i )?(?:i )?(?:know|decided|worked out|figured out|picked|chosen|chose) (?:exactly )?(?:how|when|where|the day|the date|the place|the time)(?= ?$| ?\\|| ?,| and| now| already)`,
  ),
  // Researching an amount: "looking up how many pills it takes".
  rule(
    "lethal_query",
    "self",
    `(?:loking|looked|lok|googling|googled|searching|searched|researching|researched|checking|checked|working|worked|figuring|figured|reading) (?:up |out |about )?how (?:many|much) (?:\\w+ ){0,3}(?:${PILLS}|meds|medication|of (?:them|those|these|my \\w+)) (?:it |it d |it would |would |do you |do i |would i |i would |id )?(?:take|takes|need|ned)(?= ?$| ?\\|| ?,| to (?:do it|go|not wake up|die|be enough))`,
  ),
  // Saying goodbye to people, unless for a move or a leaving do.
  rule(
    "plan_strong",
    "self",
    `(?:ive |i have |i )?(?:ben |started |started to |keep |kept )(?:saying|say) goodbye to (?:people|everyone|everybody|friends|my friends|them al|the people i love|the people i care about)(?![^|]*\\b(?:move|moving|moved|leaving do|emigrat\\w*|new job|relocat\\w*|going away|holiday|trip|graduat\\w*|last day|school|uni|university|fly|flying|flight)\\b)`,
  ),
  // Batches n, o and p (2026-12-05, night): written by three more authors, first measured and then
  // tuned on by family. An overdose counted in words ("took about thirty paracetamol", "30ish of my
  // mums co-codamol") or misheard by dictation ("took a over does").
  rule(
    "overdose",
    "look",
    `(?:took|taken|swallowed|downed|had) (?:like |about |around |over |maybe |at least |nearly |almost )?(?:ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|[1-9]\\d)(?: ?ish)? (?:of )?(?:my |the |her |his |them |those |these |my \\w+s |my \\w+ s )?${PILLS}`,
  ),
  rule("overdose", "look", `(?:took|taken|had|did|done) (?:a|an) over ?(?:dose|does|dosed)`),
  rule(
    "active",
    "self",
    `(?:thinking about|thinking of|think about|thought about|want to|going to|plan to|planning to|tempted to|urge to) (?:just )?over (?:dosing|dose|does)`,
  ),
  // Something taken without knowing what it was, or a poison in other Englishes ("mi drink di bleach").
  rule(
    "poison",
    "look",
    `(?:took|taken|had|swallowed|popped) (?:\\w+ ){0,6}(?:pills|tablets|something) (?:\\w+ ){0,5}(?:didnt|dont|did not) know what (?:they|it) (?:were|was|are|is)|(?:drink|drank|drunk|swallow) (?:di|de|d) (?:bleach|poison|weedkiller|antifreeze)`,
  ),
  // Bleeding that will not stop, in any order; a lot of it after self-harm.
  rule(
    "bleeding",
    "look",
    `(?:the )?bleeding (?:from (?:my |the |his |her )?\\w+ )?(?:still )?(?:wont|will not|isnt|is not|doesnt|does not|hasnt|has not|cant) (?:stop|slow|slowing|stopping)`,
  ),
  rule(
    "bleeding_context",
    "look",
    `(?:its|it is|still|theres|there is) bleeding (?:a lot|loads|everywhere|heavily|badly|really badly|through)|gone through (?:\\w+ ){0,2}(?:tea towels|towels|bandages|plasters)`,
  ),
  // A self-harm wound that has opened or is infected: care needed today.
  rule(
    "self_harm",
    "look",
    `(?:the |my )?(?:cut|cuts|wound|wounds) (?:on my (?:arm|arms|leg|legs|thigh|thighs|wrist|wrists|stomach)|from (?:this morning|last night|yesterday|earlier|today)) (?:\\w+ ){0,5}(?:opened|gaping|swollen|infected|pus|yellow stuff|fatty|fat layer)`,
  ),
  // Self-harm by other means: hitting walls or one's head to hurt, carving, scratching to calm down.
  rule(
    "self_harm",
    "look",
    `(?:punched|punching|punch|hit|hitting|smashed|smashing|banged|banging|bashed|bashing) (?:my (?:head|fist|fists|hand|hands) )?(?:off |of |against |into |on )?(?:the |a )?(?:brick )?walls?[^|]{0,60}\\b(?:wanted it to hurt|want it to hurt|til (?:my knuckles|it|they) (?:split|bled|bleed)|cant stop|to feel something|since i got home)`,
  ),
  rule(
    "self_harm",
    "look",
    `(?:hitting|banging|bashing|smashing) my head (?:off|of|against|on|into) (?:the |a )?(?:wall|walls|floor|door)|carved (?:\\w+ ){0,3}into my (?:leg|legs|arm|arms|thigh|thighs|skin|stomach|wrist|hip)|(?:want|need|going) to scratch (?:til|until) (?:i|it)`,
  ),
  // Eating to punish oneself, purging: ongoing, so asked about.
  rule(
    "self_harm_history",
    "look",
    `(?:skipping|skip|starving|not eating) (?:\\w+ ){0,3}(?:on purpose )?to punish (?:my ?self|me self|meself)|(?:throws|throwing|throw|makes (?:her|him)self|making (?:her|him)self) up after (?:every |each |all |her |his |my )?(?:meal|meals|dinner|lunch|food)|i (?:cut|relapsed) (?:again )?(?:last (?:week|night|month)|yesterday|a few days ago|the other day)(?= ?$| ?\\|| ?,| and| but)`,
  ),
  // Signs of a heart attack, a stroke, a throat closing or a head injury: an emergency in the body.
  rule(
    "body_now",
    "look",
    `chest (?:\\w+ ){0,3}(?:crushing|so tight|tight|heavy|pain|hurts)[^|]{0,80}\\b(?:left arm|down my arm|my jaw|arm (?:has gone|is|s|gone|going) numb)|(?:left )?arm (?:has gone |gone |is |s )?numb[^|]{0,60}\\bchest|one side of (?:his|her|my|their) face (?:has |is |s )?(?:gone |going |all )?(?:droopy|drooping|numb|dropped|floppy)|(?:slurring|slurred) (?:his|her|their) words|(?:throat|tongue)s? (?:is |feels |s |has gone )?(?:\\w+ )?(?:tight|closing|swelling|swollen)[^|]{0,60}\\b(?:lips|face|tongue|stung|sting|nuts|peanut|allergic|epipen|swelling|swollen)|(?:had a fall|fell|fallen)[^|]{0,80}\\b(?:isnt|is not|not) making sense|blood (?:coming )?(?:from|out of) (?:the back of )?(?:his|her|their) head`,
  ),
  // Someone else hurt at home right now, heard through a wall.
  rule("abuse_now", "other", `(?:is|s|was|keeps) (?:screaming|shouting|crying|yelling) (?:for )?help`),
  // At the place, the means set up, or a decision not to be stopped.
  rule(
    "place_now",
    "self",
    `(?:writing|texting|typing|messaging) (?:this |you )?from (?:the |a )?(?:top of (?:the )?)?${PLACES}|(?:im|i am|im sat|im sitting|sitting|sat) (?:on|at) (?:the )?top of (?:our |the |my )?(?:\\w+ )?(?:block|building|tower)|(?:sitting|sat|lying|standing) on the (?:tracks|railway line|line)`,
  ),
  rule(
    "means_now",
    "self",
    `(?:hose|hosepipe|pipe)(?:s| is)? (?:already )?(?:taped|attached|fixed|connected) (?:on|to|into)`,
  ),
  rule(
    "means_here",
    "self",
    `(?:rope|noose)(?:s| is)? (?:already )?(?:up|tied up|hung up|hanging up)(?= ?$| ?\\|| ?,| in the| from| and| already)`,
  ),
  rule(
    "do_it",
    "self",
    `(?:trying|try|tried) to (?:get|find|work up) the (?:nerve|courage|guts)|(?:dont|do not) try (?:and |to )?stop me|(?:not sure i|i dont) want to be talked out of it|(?:just|only) need to turn the key`,
  ),
  // Asking how, in words that name a height, a drug or an accident.
  rule(
    "lethal_query",
    "self",
    `(?:which|what) (?:bridges?|buildings?|car parks?|cliffs?|floors?) (?:\\w+ ){0,3}(?:are |is )?(?:high|tall) enough|what happens (?:to you |to your body )?if you jump (?:from|off) (?:a |the )?${PLACES}|(?:a way|a method|how) to do it (?:that|so it) (?:looks|seems) like an accident|(?:been |ben )?(?:researching|looking up|googling) ways(?= all| again| to| ?$| ?\\|| ?,)|can you (?:still )?overdose on|enough to stop (?:your|my|a) heart`,
  ),
  // Things given away with a journey named; the beam looked at; a car steered into a lorry.
  rule(
    "departure",
    "self",
    `(?:wont|will not|wont be) (?:be )?needing (?:it|them|any of (?:it|this|them)) where im going`,
  ),
  rule("affairs", "self", `(?:started |been )?giving (?:all )?(?:my )?(?:things|stuff|belongings) away`),
  rule(
    "plan_strong",
    "self",
    `(?:staring|looking|looked|stared) (?:up )?at the (?:beam|beams|rafters|loft hatch|banister)(?= all| for| again| tonight| every| ?$| ?\\|)`,
  ),
  rule(
    "active",
    "self",
    `(?:drift|drifting|swerve|swerving|steer|steering|veer|veering) into (?:the |a |an )?(?:lorry|truck|oncoming|traffic|wall|tree)|(?:feel like|want to|wanna|thinking of|thinking about) jumping (?:down |off )?(?:from )?(?:my |the |our )?(?:block|building|hdb|balcony|roof|window|bridge)|(?:mi|i) (?:waan|wan|wana) (?:dead|die)|(?:i go|i wan|make i) end am`,
    ACT,
  ),
  // Threats at home in other words: finished, gutted, found in the river.
  rule(
    "abuse_threat",
    "self",
    `(?:he|she|hed|shed|hell|shell|hes|shes|he will|she will) (?:\\w+ ){0,2}(?:gut|finish) me\\b|(?:says|saying|said|told me|threatens|threatened) (?:that )?(?:ill|i will|id|i would) end up (?:in the river|dead|in a ditch|in the ground|in a box)`,
    false,
  ),
  // Abuse named in other ways: a hiding, walking on eggshells, a carer who neglects, being stalked.
  rule(
    "abuse",
    "self",
    `${PERP} (?:\\w+ ){0,2}(?:gives|gave|give) (?:me|us) a (?:hiding|beating|kicking)|(?:dey|de) (?:beat|hit|flog|slap) me|(?:lady|woman|man|family|people|auntie|aunt|uncle) i (?:stay|live|work) (?:with|for) (?:\\w+ ){0,2}(?:beats|hits|slaps|burns|locks) me|(?:walks|comes|barges) (?:in(?:to)? )?(?:the bathroom|my room|my bedroom) (?:\\w+ ){0,2}when im (?:in the shower|in the bath|getting changed|changing|naked)|(?:leaves|left|leave) me (?:in my (?:chair|bed|wheelchair)|without (?:food|water|my meds)) (?:all day|for hours|all night)|(?:turns up|keeps turning up|waits) outside my (?:work|house|flat|school|office)|(?:messages|texts|calls) me from new numbers|walk(?:ing)? on eggshells (?:\\w+ ){0,4}(?:when|around) (?:my|he|she|him|her)`,
    false,
  ),
  rule(
    "abuse",
    "other",
    `(?:wife|girlfriend|partner|mum|mom|kid|kids|son|daughter) (?:always |often )?(?:has|got|have) (?:bruises|black eyes|a black eye)`,
    false,
  ),
  // Harm to others in other words: running someone over, a pillow, a weapon bought for someone.
  rule(
    "harm_others",
    "self",
    `(?:thinking about|thought about|picture|picturing|imagine|imagining|fantasi[sz]e about|want to|going to|gonna) (?:\\w+ )?(?:running|run|knocking|knock) (?:him|her|them|my \\w+) (?:over|down)`,
  ),
  rule(
    "harm_others_intent",
    "self",
    `(?:picturing|imagining|thinking about|thought about) (?:putting|holding) a pillow over (?:his|her|their|my \\w+s|my \\w+ s) face|(?:bought|got|ordered) (?:a |an )?(?:\\w+ )?(?:bat|knife|machete|crowbar|hammer|knuckle dusters?|panga|cutlass) (?:\\w+ ){0,4}(?:for|to use on) (?:my ex|him|her|them|that (?:guy|man|woman|bloke|lad|prick|bastard))(?= ?$| ?\\|| ?,| and| when| if| because| he| she)`,
  ),
  rule(
    "harm_others",
    "self",
    `(?:im|i am|ill|gonna|going to) (?:\\w+ )?(?:finishing|finish|find|get|sort) (?:him|her|them)(?<=\\b(?:panga|machete|cutlass|knife|gun|bat)\\b.*)(?= ?$| ?\\|| ?,| tonight| today| and| when)`,
  ),
  rule("do_it", "self", `(?:im not|not) moving this time|not stopping at my (?:arms|wrists|legs|thighs)`),
  rule(
    "active",
    "self",
    `thinking how easy it would be(?= ?$| ?\\|| ?,)|not stopping at my (?:arms|wrists|legs|thighs)`,
    ACT,
  ),
  rule(
    "goodbye",
    "self",
    `(?:already )?(?:written|wrote|finished) the note(?= ?$| ?\\|| ?,| and)|(?:just )?wanted (?:to tell )?(?:someone|somebody|one person) (?:to know )?(?:i was here|where i am)`,
  ),
  rule(
    "means_strong",
    "self",
    `(?:saved|saving|stored|kept|hidden|hid|stockpiled) (?:up )?(?:enough|plenty|loads|a lot|lots) (?:of )?(?:my |the |her |his )?${PILLS}|(?:shotgun|gun|rifle|pistol)s? (?:is |are )?in the (?:cabinet|safe|gun cabinet)[^|]*\\bi know where the (?:key|code) is`,
  ),
  rule(
    "overdose_intent",
    "self",
    `(?:intend|plan|planning) to take (?:them|it|the lot)(?= on| tonight| tomorrow| after| when| this| at)`,
  ),
  rule(
    "plan_strong",
    "self",
    `my plan is to (?:go|do it|end it)(?= after| on| before| when| this| next| tonight| tomorrow| at)`,
  ),
  rule("lethal_query", "self", `(?:been |ben )?reserching ways(?= all| again| to| ?$| ?\\|| ?,)`),
  rule(
    "self_harm_history",
    "self",
    `scars (?:all )?(?:up|on|over|across|down) my (?:arms?|thighs?|legs?|wrists?|stomach|hips?)(?![^|]*\\b(?:accident|surgery|operation|op|burns?|chickenpox|acne|bike|dog|fall|crash|eczema|c section|caesarean)\\b)`,
  ),
  rule("abuse", "self", `(?:gives|gave|give) (?:me|us) a (?:hiding|beating|kicking)`, false),
  rule(
    "abuse_now",
    "self",
    `(?:holding|leaning on|leaning against|barricaded|pushing) the (?:\\w+ )?door (?:shut|closed)`,
    false,
  ),
  // Batch n: young people's words for the same risks.
  rule(
    "poison",
    "look",
    `(?:drank|drunk|swallowed|downed) (?:a load of |some |loads of |a lot of |a bottle of |a cup of |a glass of |a mouthful of |the )?(?:bleach|antifreeze|weedkiller|rat poison|drain cleaner|disinfectant)`,
  ),
  rule(
    "overdose_context",
    "self",
    `(?:like |about )?the whole (?:box|packet|bottle|strip|pack)(?= ?$| ?\\|| ?,)`,
  ),
  rule(
    "overdose",
    "look",
    `(?:took|taken|swallowed|downed|had) (?:like |about |around |over )?(?:[1-9]\\d) (?:of )?my \\w+ ${PILLS}`,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:looking|looked|look|checking|checked|googling|googled) up how (?:high|tall|deep|far down) (?:the |that |a )?(?:bridge|building|cliff|car park|multi storey|drop|roof|river|fall)|(?:how long|how quick|how fast) (?:it takes|does it take|would it take|till you|til you) (?:to )?(?:drown|die|bleed out|suffocate)|is (?:\\d+|twenty|thirty|fifty) ${PILLS} enough`,
  ),
  rule("plan_strong", "self", `i know how and (?:where|when)|i know (?:where|when) and how`),
  rule(
    "plan_strong",
    "self",
    `(?:decided|know) (?:that )?(?:im|i am) not (?:making it|going to make it|gonna make it) (?:to|till|until|past) (?:\\d+|my \\w+ birthday|christmas|next year|the end of)`,
  ),
  rule(
    "self_harm",
    "look",
    `(?:been )?purging (?:after (?:every|each) meal|again|today|tonight)|(?:havent|have not|not) eaten (?:in|for) (?:\\d+|two|three|four|five|six|seven|a few) days[^|]*\\b(?:fainted|passed out|collapsed|flutters|dizzy)|(?:did|done) a fresh (?:one|cut)|so i can sh(?= ?$| ?\\|| ?,| tonight| again)`,
  ),
  rule(
    "self_harm_history",
    "look",
    `restricting again|(?:\\d+|a few hundred) (?:cals|calories) a day|(?:bite|biting|bit) my (?:arm|arms|hand|hands|wrist)[^|]*\\bhard enough to (?:bruise|bleed)|(?:box|bag) of sh (?:stuff|things|kit)|(?:hasnt|havent|hasn t) eaten (?:properly )?(?:in|for) (?:weeks|days|\\d+ (?:days|weeks))`,
  ),
  rule("self_harm", "other", `(?:posting|posts|posted) (?:her|his|their) (?:sh|self harm|cuts|scars)`),
  rule(
    "passive",
    "self",
    `uninstall (?:my ?self)|will to live (?:\\w+ )?(?:uninstalled|gone|deleted|logged off|left the chat)|didnt ask to be born(?=.*\\bwish i (?:wasnt|was never|hadnt been))|wish (?:id|i would|i could|i) get hit by a (?:car|bus|truck|lorry|train)`,
  ),
  rule(
    "attempt",
    "look",
    `attempted (?:in|last|back in) (?:january|february|march|april|may|june|july|august|september|october|november|december|year|month|summer|spring|winter)`,
  ),
  rule(
    "harm_others_intent",
    "self",
    `im (?:stabbing|shooting|knifing|battering) (?:him|her|them)(?= ?$| ?\\|| ?,| tonight| today| tomorrow| after| when)`,
  ),
  rule(
    "harm_others",
    "self",
    `(?:gonna|going to|ill) (?:hurt|stab|batter|beat up|jump|smash) [a-z]+ (?:for real|this time)|(?:want to|wanna|gonna|going to) punch [a-z]+ in (?:his|her) (?:stupid |ugly |smug )?face`,
  ),
  rule(
    "abuse",
    "self",
    `(?:has|hes got|got|theyve got|shes got|have) my (?:pics|nudes|photos|pictures|videos)(?=[^|]*\\b(?:send (?:more|them|it|nudes)|sends? them|post them|leak|asking for more|keeps asking|to my (?:parents|school|mum|dad|friends)|unless|if i dont)\\b)|(?:send|post|share|leak) my (?:pics|nudes|photos|pictures) (?:to|on|online|everywhere)|(?:asking|asks|keeps asking) (?:me )?for (?:nudes|pics of me|photos of me|pictures of me|more pics)|found (?:out )?my (?:home )?address|(?:telling|tell|told|tells) me to (?:kys|kill my ?self|die)(?= every| all| since| ?$| ?\\|| ?,)|(?:kicked|thrown|chucked) out (?:\\w+ ){0,3}(?:for being|because im|bc im|cos im|because i came out|bc i came out|since i came out)|(?:says|said) im dead to (?:her|him|them)|(?:camp|therapy|church|program) to (?:fix|cure|change|pray away) me|makes? me do (?:stuff|things) i dont (?:want|like)|(?:no ?one|nobody) (?:would|will) (?:ever )?believe me|makes? me sleep in the garage|keep (?:our|it|this|the) (?:chats?|messages|talks) (?:a )?secret`,
    false,
  ),
  rule("farewell", "self", `gg (?:everyone|every1|all|guys|yall)(?= ?$| ?\\|)`),
  rule(
    "goodbye",
    "self",
    `(?:want|wanted) (?:someone|somebody|them|everyone) to know (?:im not mad at anyone|it wasnt (?:their|anyones|anyone s) fault|i loved them)`,
  ),
  // Round two on batches n, o and p.
  rule("active", "self", `(?:kindest|best|right) thing (?:would be|is|to do) (?:would be )?to end it`),
  rule(
    "harm_others",
    "look",
    `fantasi[sz]e? about (?:him|her|them|my \\w+) (?:getting|being) (?:really )?(?:hurt|killed|beaten|run over)|(?:ill|i will|gonna|going to) drag (?:him|her|them) out of (?:his|her|their|the) car|(?:going to|gonna|will|ill) smash (?:the |his |her |their )?head in`,
  ),
  rule(
    "harm_others_intent",
    "look",
    `(?:everyone|everybody|they|yall|you all) (?:at (?:school|work) )?(?:will |is going to |are going to |gonna )?(?:get|gets) what (?:they|you) deserve`,
  ),
  rule(
    "self_harm",
    "self",
    `(?:did|done) it (?:again )?(?:in the \\w+ |at \\w+ )?(?:\\w+ ){0,3}(?:ago|today|tonight)(?<=\\b(?:clean|relapsed|cut|cutting|sh)\\b.*)`,
  ),
  rule("means_strong", "self", `(?:got|bought|have) (?:the |some )?charcoal and (?:the )?(?:duct )?tape`),
  rule("weak", "self", `(?:havent|have not) told (?:anyone|anybody) how bad (?:its|it has|things have) got`),
  rule(
    "affairs",
    "self",
    `(?:everythings|everything is|everything s) sorted(?: now)?[^|]*\\b(?:the will|the cat|the dog|the bills|my will)`,
  ),
  rule("farewell", "self", `thank you for being (?:nicer|kinder|better) to me than`),
  // Batch q: someone else at risk, told by the person worried about them.
  rule(
    "body_now",
    "look",
    `face (?:has |s )?(?:dropped|drooped|gone droopy) on one side|(?:cant|can not|cannot) (?:lift (?:her|his|their) arm|get (?:her|his|their) words out)|(?:breathing is|breathing s) (?:really )?(?:weird|strange|shallow|funny|rattly)|long gaps between (?:breaths|breathing)|going floppy|(?:being sick|vomiting|throwing up|sick) (?:\\w+ ){0,6}(?:wont|cant|can not|will not) wake(?: up)?`,
  ),
  rule(
    "bleeding",
    "look",
    `(?:keeps|still|its|it s|is) (?:gushing|pouring)|(?:its|it s|it is) not stopping(?=[^|]*\\b(?:pressing|pressure|towel))|been bleeding for (?:like )?(?:half an hour|an hour|ages|\\d+ (?:minutes|mins))`,
  ),
  rule(
    "abuse_now",
    "other",
    `(?:hear|hearing|heard) (?:her|him|them) (?:crying|screaming) and (?:stuff|things) (?:smashing|breaking)|(?:hear|hearing) (?:her|his|their) (?:partner|boyfriend|husband|dad|mum|stepdad) (?:hitting|beating|hurting|strangling)|hitting (?:him|her) with a belt|(?:hes|he is|shes|she is) (?:actually )?hurting (?:her|him) right now|kicking off again right now`,
  ),
  rule(
    "abuse_threat",
    "other",
    `(?:hell|he will|hed|shell|she will|shed|he would|she would|hes going to|shes going to) (?:\\w+ )?kill (?:her|him|them|the kids)(?: and (?:the kids|the children|me|us))?(?! (?:when|if) (?:they|she|he|her \\w+|his \\w+) (?:see|sees|find out|finds out|hear|hears|catch|catches)\\b)(?= if| when| and| ?$| ?\\|| ?,)|(?<!\\bmy )(?:hands|hand) (?:round|around) (?:her|his) (?:neck|throat)`,
  ),
  rule(
    "harm_others",
    "look",
    `(?:going to|gonna) finish it(?<=\\b(?:knife|knives|gun|machete|bat|blade)\\b.*)(?= today| tonight| now| ?$| ?\\|)|put (?:him|her|them|the \\w+|his \\w+) in the ground|(?:going to|gonna) batter (?:him|her|his|my|the)`,
  ),
  rule(
    "harm_others_intent",
    "look",
    `(?:bringing|taking|bring|take) (?:his|her|their|a|my) (?:\\w+s )?(?:gun|guns|knife|machete|rifle|shotgun|pistol) (?:in|into school|to school|to college|to work)(?= tomorrow| today| on| next| ?$| ?\\|| ?,| and)|(?:looking|looked) up where (?:the guy|he|she|they|his \\w+|her \\w+) lives|shooting up (?:his|her|the|my|their) (?:college|school|uni|work|office)|(?:knife|blade|machete|gun) (?:\\w+ ){0,6}(?:its|it s|it is|thats|that s) for (?:the|his|her|a) (?:kid|guy|lad|landlord|boss|neighbour|teacher|bully|ex)`,
  ),
  rule(
    "passive",
    "look",
    `(?:she|he|they) (?:\\w+ )?(?:hopes|wishes) (?:she|he|they) (?:just )?(?:doesnt|dont|wont|never) wake up|(?:wants|wanted) to be dead|(?:shed|hed|theyd|she would|he would) rather be dead|thinks about not being alive|cant wait to not exist`,
  ),
  // Someone else at the place now, or their location there.
  rule(
    "place_now",
    "other",
    `(?:hes|shes|theyre|he is|she is|they are) (?:just |now |already )?(?:\\w+ ){0,2}(?:at|on|in|into|off) (?:the |a )?(?:top of (?:the )?)?${PLACES}|(?:shared (?:her|his|their) location|(?:her|his|their) (?:live )?location is)(?: \\w+){0,5} (?:the |a )?${PLACES}|(?:photo|pic|picture|video) from (?:the )?(?:top of (?:the )?)?${PLACES}`,
    false,
  ),
  rule("means_now", "other", `(?:shes|hes|theyve|she has|he has) walked into the (?:sea|river|water)`),
  // Batch r: abuse and harm to others in the words of those living with it.
  // Control of money, food, movement, the phone, the body; stalking; threats of what will follow.
  rule(
    "abuse",
    "self",
    `(?:dont|do not) have my own (?:bank card|bank account|money)|(?:has|took|taken|keeps|has taken|taken over) (?:over )?my (?:bank card|pension|benefits|wages|passport)|takes? (?:money|cash) (?:from|out of) my (?:purse|wallet|account)|cut up my (?:cards|bank cards)|(?:have to|must) show (?:him|her|them) (?:the |every )?receipts?|(?:make|makes|made|forces|forced) (?:me|you) (?:have sex|do (?:stuff|things|it)) (?:when|even though|after) (?:i|you) (?:said no|dont want)|lock on the fridge|(?:i|we) (?:only )?(?:get|am allowed|are allowed) (?:food|to eat|tea|dinner) (?:if|when)|(?:i|we) dont get (?:food|tea|dinner|fed) when|makes? me sleep in (?:his|her|their) bed|hides my (?:hearing aids|walking frame|glasses|wheelchair|medication|meds)|(?:making|forcing|made|make) me marry|decides (?:what i wear|who i (?:talk to|see)|when i (?:sleep|eat))|makes me ask (?:before|if) i can|(?:tells|told) me who im allowed to|not allowed visitors|(?:goes|going|went) through (?:everything|all my|my phone)|opens (?:all )?(?:my|the) post|read(?:s)? all my messages|screaming in my face|screams in my face`,
    false,
  ),
  rule(
    "abuse",
    "self",
    `(?:turns|turning|turned) up at my (?:work|house|flat|school|office|reception)|sitting in his car (?:across|outside)|makes new accounts|airtag|tracker on my (?:car|phone)|always knows where (?:i am|ive been|im going)|still has a key|things in my (?:flat|house) (?:keep|keeps) getting moved|always watching (?:over )?you|rings me (?:like )?\\d+ times a day|fake account pretending|(?:moved|move) to a different (?:city|town) to get away from|(?:punching|punches|hits|hitting|kicks) me where (?:no one|nobody|noone) can see|punches my (?:arms|legs|back|stomach) (?:till|until)|been hurting me for (?:years|months)|(?:told|tell) me not to tell (?:anyone|anybody)|(?:if i|when i) (?:tell|told) (?:my social worker|anyone|the police) about the (?:hitting|money)|(?:say|says|said) (?:that )?(?:ill|i will|they will|theyll) (?:be put in a home|deport me)|send me back (?:to \\w+ )?and get me married|(?:not supposed to be|isnt allowed) within|non mol|restraining order|(?:shut|locked) me in (?:my|the) room|turned off the heating|followed me (?:here|home|to)`,
    false,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:ill|i will|youll|you will) be dead (?:before|by)|(?:burn|set fire to) (?:the|my|our|her|his) (?:house|flat|place) (?:down )?with (?:me|us|all of us|the kids) (?:inside|in it)|put me in the ground|smother me|make (?:me|you) disappear|held my head under (?:the )?(?:bath )?water|make sure i (?:dont|never) get up again|enjoy your last (?:week|day|days|night)|(?:shoot|kill) all of us|(?:cleans|cleaning) his gun[^|]*\\bstaring at me|(?:knife|gun) emoji|(?:squeezes|squeezed|chokes|choked|strangled|strangles) my (?:throat|neck)|not leaving (?:this|the) house alive`,
    false,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:hes|shes) (?:downstairs |upstairs |in the kitchen )?(?:smashing|breaking) (?:everything|things|the place)|(?:walking round|looking) (?:\\w+ ){0,3}for me|(?:he|she|dad|mum) (?:said|says) (?:im|i am) next(?= ?$| ?\\|| ?,| and)|under my bed with|(?:taking|took) his belt off|(?:pushed|put|shoved) (?:my|the) (?:desk|bed|wardrobe|chair|drawers) (?:against|in front of) the door|trying to get into my room|climbed over the (?:back )?(?:fence|wall|gate)|(?:pounding|banging|hammering) on the door`,
    false,
  ),
  rule(
    "abuse",
    "other",
    `(?:has|got|with) (?:finger shaped )?bruises (?:all )?(?:up|on|over) (?:her|his|both) (?:arms|legs|neck)|finger shaped bruises|shuts (?:him|her) in the (?:cupboard|shed|garage|cellar)|takes (?:her|his) pension|shoves (?:her|him) about|(?:slapped|hit) (?:her|him) (?:yesterday|today|last night) when|bruises (?:she|he) says are from`,
    false,
  ),
  rule(
    "abuse_now",
    "other",
    `(?:she|he) (?:just )?screamed help|(?:shes|hes) just (?:slapped|hit|punched|kicked|pushed) (?:him|her)|shake (?:him|her) (?:really )?hard`,
    false,
  ),
  rule("medical_now", "other", `(?:shes|hes) on the floor not (?:really )?(?:talking|moving|responding)`),
  // Hurting someone imagined, done in a moment, or planned.
  rule(
    "harm_others",
    "self",
    `(?:imagining|imagine|picturing|picture|fantasi[sz]e about|fantasi[sz]ing about) (?:\\w+ ){0,3}(?:grabbing|slamming|hitting|punching|holding the pillow|putting (?:a |the )?pillow|shoving|pushing|strangling|smothering)|i want to be the one (?:who does it|driving it|to do it)|id like to be the one (?:driving|doing)|(?:i threw|ive thrown|i have thrown) a (?:chair|bottle|plate|glass|mug) at (?:him|her|them|my (?:brother|sister|dad|mum|mom|wife|husband|partner|son|daughter|boyfriend|girlfriend|kid|kids))|broke (?:a|his|her) (?:lads |guys |mans )?nose|(?:grabbed|rammed|smacked) (?:his|her|my \\w+s|my \\w+) (?:arm|wheelchair|face|leg|\\d+ year old)(?: \\w+){0,4} (?:too hard|into the wall|and (?:he|she) cried|left a handprint)|followed him (?:all the way )?(?:to|home)|(?:wanting|want|urge) to (?:shove|push|slap|hit|punch) (?:him|her|them) (?:off|down|into)`,
  ),
  rule(
    "harm_others_intent",
    "self",
    `(?:want|going) to hurt the baby|so close to shaking (?:him|her|the baby)|make (?:him|her|them) bleed|make (?:him|her|them) hurt like i do|(?:its|it s) for my (?:brother in law|ex|neighbour|stepdad|boss)|(?:my )?piece is in the (?:glovebox|car)|teach (?:him|her|them) a lesson|take (?:him|her|them) with me|(?:going to|gonna|will|is going to) get (?:whats|what s) coming|gets? (?:their|his|her) windscreen done|(?:ill be|im|i am) (?:waiting|parked) (?:by|outside|at|near) (?:his|her|their|the) (?:car|place|house|flat|entrance|work|gym|door)|(?<!\\bal of )(?:it ends|this ends) tonight|do something to the baby|getting the (?:bar|bat|knife|crowbar) out (?:of )?the (?:boot|car)|(?:hes|shes) (?:getting it|not walking home)|on my way with (?:\\w+ ){0,3}(?:a blade|a knife|a bat|the gun)|(?:ive got|i have|i got) the knife`,
  ),
  // Batch q, round two: goodbyes, notes and places told about someone else; the writer's own
  // risk said next to someone else's.
  rule(
    "farewell",
    "self",
    `(?:you|u) (?:wont|will not) (?:have to )?(?:deal with|worry about|hear from) me (?:anymore|again|ever again)|(?:just )?wanted to hear your voice|thank (?:you|u) for being my friend|(?:im|i am) sorry i (?:couldnt|could not) stay|se (?:you|u|ya)(?: al)? on the other side(?! of)|(?:saying|says|said) (?:this is|its) the end|dont come home tonight|(?:just )?wanted to say (?:thanks|thank you) to (?:someone|somebody|you) before`,
  ),
  rule(
    "goodbye",
    "look",
    `(?:left|leaving) (?:a )?(?:letter|note)s? (?:to|for) each of us|passcode taped to it|to whoever finds me`,
  ),
  rule("means_here", "other", `(?:with|holding) a rope (?:in frame|on (?:stream|camera|live))`),
  rule(
    "active",
    "look",
    `if (?:he|she) (?:loses|lost|fails|doesnt get) (?:\\w+ ){0,3}(?:hell|shell|he will|she will) end it|wish(?:es)? (?:she|he|they) could (?:disappear|vanish|not exist)`,
  ),
  rule(
    "active",
    "self",
    `(?:think|thinking) about doing the same(?<=\\b(?:killed|kill|suicide|took (?:his|her|their) (?:own )?life)\\b.*)`,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:looking|looked|googling|googled|searching|searched) up how (?:many|much) (?:\\w+ ){4}(?:${PILLS}|meds) (?:it |it would |would )?(?:take|takes)`,
  ),
  rule(
    "harm_others_intent",
    "self",
    `(?:picturing|imagining) (?:\\w+ ){0,5}with (?:my|a|the) (?:hammer|knife|bat|gun|crowbar|machete)`,
  ),
  rule("relapse", "look", `(?:want|wanna) to start (?:cutting |self harming )?again`),
  rule(
    "self_harm_history",
    "self",
    `(?:its |it s )?mostly scratching now|(?:i have|ive got|got) scars from when (?:i was|my)(?![^|]*\\b(?:accident|fell|fall|bike|surgery|operation|crash|burn)\\b)`,
  ),
  rule(
    "departure",
    "self",
    `(?:dont|do not) think (?:ill|i will|i ll) (?:be here|be around|still be here) (?:by then|by (?:next|the) \\w+|for (?:it|that|christmas))`,
  ),
  // Batch s: emergencies written in the moment.
  rule(
    "means_now",
    "self",
    `(?:car|engine)s? (?:is )?(?:running|on) with the garage door (?:shut|closed)|hose (?:through|in) the (?:car )?window|(?:the )?chair is under the (?:beam|hook|banister|bannister)|(?:got|have) the insulin(?: pens?)? out|what a whole (?:pen|bottle|box|packet) would do`,
  ),
  rule(
    "place_now",
    "self",
    `(?:on|at) the platform(?=[^|]*\\bdoesnt stop\\b)|(?:keep|keeps) walking to the edge|(?:im |i m )?sat on the ledge|(?:walking|heading|driving) to the ${PLACES} now|(?:heading|walking) to the station now|(?:hands|feet) on the rail|(?:im |i am |i m )?at the top of the (?:hill|cliff|car park|building)|(?:with|got) (?:my |the )?(?:dogs )?lead[^|]*\\bbranch|(?:parked|sat) (?:up )?(?:at|near) (?:the top|it) now`,
    false,
  ),
  rule(
    "do_it",
    "self",
    `not (?:stepping back|driving home|coming home|going home) this time|(?:im |i m )?not driving home|(?:wont|will not|doesnt) try to stop me|(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|tomorrow) is when i go`,
  ),
  rule("departure", "self", `(?:its|it s) time(?= ?$)`),
  rule(
    "farewell",
    "self",
    `tell my (?:mum|mom|dad|wife|husband|kids|family|sister|brother) (?:im )?sorry|wanted (?:one thing|someone|one person) in the world to know|posted my goodbye|turned my location off|none of this is your fault|(?:dont|do not) come looking(?: for me)?|(?:saying|said) sorry and goodbye`,
  ),
  rule(
    "goodbye",
    "self",
    `(?:the )?letters? for my (?:kids|children|wife|husband|family|mum|parents) (?:are|is) (?:in|on|under)(?![^|]*\\bfor when\\b)|(?:my|the) note is (?:pinned|stuck|taped) to(?=.*\\b(?:heading|going|gone|leaving|walking|driving) (?:to|out)\\b)`,
  ),
  rule(
    "affairs",
    "self",
    `(?:given|gave) the (?:cat|dog|cats|dogs) to (?:my )?(?:neighbour|friend|sister|mum|brother)`,
  ),
  rule(
    "active",
    "self",
    `(?:floor it|put my foot down|accelerate|swing|swinging) into (?:them|the trees?|a tree|the wall|a wall|the barrier|the bridge)|(?:stepping|step|jumping|jump) off the (?:balcony|ledge|roof|bridge|cliff)(?= once| when| tonight| at| after| ?$| ?\\|)|let (?:it|the sea|the tide|the water|the river) take me|(?:going to|gonna|will) try again(?=.*\\b(?:tablets|pills|overdose|a&e|hospital)\\b)|(?:im|ill|i will|gonna) jump(?:ing)? off the (?:\\w+ )?(?:roof|bridge|balcony|cliff|building)`,
    ACT,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:will|would|wont|can) (?:it|that|the \\w+) hold (?:me|my weight)(?=[^|]*\\b(?:bannister|banister|beam|tie|belt|rope|door|hook)\\b)|(?:which|what) is (?:less|more|the least|least) painful|highest (?:floor|point|roof) (?:in|of|on) (?:my|the|this) (?:building|block|car park|uni)`,
  ),
  rule(
    "means_strong",
    "self",
    `(?:found|know) where (?:mum|dad|my \\w+|they) (?:hides|keeps|kept|hid) the (?:key|code) to the (?:medicine|gun|drug) (?:box|cabinet|cupboard|safe)`,
  ),
  rule(
    "overdose",
    "look",
    `swallowed (?:what was left of|the rest of|all|some of) (?:my |mums |her |his )?(?:\\w+ )?${PILLS}|(?:took|taken|swallowed) them (?:all )?with (?:wine|vodka|alcohol|drink|beer|gin|whisky)|(?:took|swallowed|taken) everything in the (?:first aid|medicine) (?:box|cabinet|cupboard|kit)|(?<!\\b(?:is|would|will|does|if|was) a )(?:whole|entire) (?:strip|box|packet|bottle) of (?:my |mums |his |her )?(?:\\w+ )?${PILLS}(?=[^|]*\\b(?:because|to not|so i|and (?:most|half) of a bottle))|took a lot of something|swallowed loads`,
  ),
  rule(
    "poison",
    "look",
    `(?:i )?swallowed (?:some |a |two |three )?(?:batteries|battery|magnets|razor blades|glass)(?= to hurt| on purpose| because)|(?:took|had|mixed) (?:\\w+ ){0,3}(?:pills|pill|tabs|something|\\w+ and \\w+) at (?:a|the) (?:festival|party|rave|club)[^|]*\\b(?:burning up|talking nonsense|cant keep (?:my|her|his) eyes open|chest|heart|breathing|shaking)`,
  ),
  rule(
    "attempt",
    "self",
    `woke up in (?:a&e|a and e|hospital|icu) (?:this morning|today|yesterday) after|i walked into the (?:river|sea|water|canal)|(?:stood|stod) on the chair with (?:it|the rope|the belt|a belt|the cord) (?:round|around) my neck|tried to go (?:last night|yesterday|this morning|earlier)`,
  ),
  rule(
    "bleeding_context",
    "look",
    `(?:its|it s) not slowing(?: down)?|cant get it to stop|like a tap(?= ?$| ?\\|| ?,)`,
  ),
  rule("bleeding", "look", `nose (?:wont|will not|isnt|doesnt) stop bleeding`),
  rule("self_harm", "self", `cutting right now`),
  rule(
    "abuse_now",
    "self",
    `(?:stepdads|dads|hes|uncles) in my bed|(?:hitting|beating) me with (?:the|a) \\w+`,
    false,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:i owe them|they say i owe)|or they (?:hurt|kill) me|(?:held|put|pressed) (?:a|the|his) (?:\\w+ )?knife to my (?:throat|neck)|next time (?:he|she) wont stop`,
    false,
  ),
  rule(
    "abuse",
    "self",
    `(?:wont|will not) let me leave|found where i live|(?:hasnt|has not|not) fed me|took my (?:call|alarm|panic) (?:button|pendant)|gets handy when|locks? the fridge`,
    false,
  ),
  rule(
    "abuse_now",
    "other",
    `hitting (?:mum|mom|my mum|my mom|her)[^|]*\\b(?:downstairs|right now|again)|being (?:screamed at and )?(?:hit|beaten|hurt) right now`,
    false,
  ),
  rule(
    "means_now",
    "other",
    `(?:is|s) (?:over|on the other side of) the (?:railing|barrier|fence)(?= on| of| ?$| ?\\|| ?,| and)`,
  ),
  rule(
    "harm_others_intent",
    "self",
    `(?:the )?knife is sharpened|(?:she|he) (?:wont|will not) hurt anyone (?:ever )?again|(?:looking|look) at the baby and the pillow|(?:burning|burn|set fire to) the house (?:down )?with (?:them|him|her) (?:in it|inside)|they all sit in the same room|my hands (?:round|around) (?:her|his|their) (?:neck|throat)`,
  ),
  // Batch u: self-harm by other means, and a body in danger after something taken.
  rule(
    "poison",
    "self",
    `i (?:swallowed|have swallowed|ate) (?:\\w+ ){0,4}(?:batteries|battery|magnets|razor blades?|glass|screws|silica gel|paperclips)|(?:drank|drunk|downed) (?:a bottle of |some |the )?hand saniti[sz]er|drank (?:\\w+ ){0,8}(?:its|it was) (?:weedkiller|bleach|antifreeze|poison|white spirit)`,
  ),
  rule(
    "medical_now",
    "other",
    `(?:\\d+ year old|toddler|baby|son|daughter) (?:\\w+ ){0,6}(?:has eaten|ate|swallowed|has swallowed) (?:some of |a few of )?(?:my |the |his |her )?(?:iron tablets|batteries|button batteries)|(?:sugars?|sugar s) (?:has |s )?(?:crashed|dropped|really low)|(?:making|makes) (?:this |a )?(?:gurgly|gurgling|snoring) (?:snoring )?noise`,
  ),
  rule(
    "body_now",
    "look",
    `(?:(?:can barely|cant) keep my eyes open|breathing (?:feels |is )?(?:really )?(?:slow|shallow)|keep (?:blacking out|nodding off|passing out)|cant feel my legs|heart rate is (?:like )?(?:1[4-9]\\d|2\\d\\d)|(?:lips|tongue) (?:and (?:lips|tongue) )?(?:are |is )?swelling|hard to breathe|seizures? back to back|pupils are pinned|seeing (?:spiders|things)|breath smells like pear drops|chest hurts|heart keeps skipping|cant stand up)(?<=\\b(?:pints|drank|drunk|drinking|vodka|wine|diazepam|pills|tablets|meds|ket|benzos|methadone|benadryl|xanax|took|antibiotic|insulin|keppra|purging)\\b.*)`,
  ),
  rule("overdose", "look", `paracetamol[^|]*\\b(?:plus|and) (?:cold and flu|lemsip|night nurse)`),
  rule(
    "overdose_context",
    "self",
    `(?:\\d+|twelve|ten|twenty) of them(?=[^|]*\\b(?:weird|cold|sick|dizzy|sleepy|numb)\\b)`,
  ),
  rule(
    "bleeding_context",
    "look",
    `pressing on it (?:isnt|is not|doesnt) (?:doing anything|working|helping)|blood is (?:dripping|pouring|gushing)|cut my wrists? (?:properly|deep|deeply)|edges (?:wont|dont) stay together|been bleeding for over an hour`,
  ),
  rule("bleeding", "other", `blood (?:coming )?(?:under|through) the door`),
  rule(
    "lethal_query",
    "self",
    `how (?:many|much) (?:\\w+ ){0,3}(?:would|will|to) make me (?:really )?(?:ill|sick)|how many can i (?:have|take) before (?:its|it s|it gets) dangerous|(?:drinks?|wine|vodka|beer) on top of my (?:oxycodone|codeine|tramadol|xanax|diazepam|sleeping (?:pills|tablets))(?=[^|]*\\bknock my ?self out)`,
  ),
  rule(
    "self_harm",
    "look",
    `want something sharper|made my ?self (?:throw up|sick) (?:\\d+|three|four|five|six) times today|want to (?:go )?do it again right now|stop(?:ped)? my insulin (?:so|to) (?:i )?lose weight|smash my (?:fist|hand|head) into (?:something|the wall|a wall) (?:until|till) it breaks|do it in the bathroom(?=.*\\bonly thing that helps\\b)|bit my (?:own )?(?:arm|hand|wrist) so hard|want to swallow (?:one|something|a \\w+) now|(?:pinching|twisting|scratching|picking) (?:and \\w+ )?my skin (?:till|until) it (?:bruises|bleeds)|(?:best|easiest) (?:thing|way) to (?:burn|cut|hurt) (?:your ?self|my ?self)|(?:the |my )?(?:cut|cuts|wound|wounds|burns?) (?:on my \\w+ |from (?:last week|yesterday|this morning) )?(?:\\w+ ){0,4}(?:gone black|smell bad|hot and puffy|got infected)|digging my nails into my (?:skin|arm|arms|legs) (?:till|until) (?:it|they) (?:bleeds?|bled)|(?:till|until) it blistered|(?:need|want) to feel something(?<=\\b(?:knife|blade|razor|lighter|tools)\\b.*)|urge is (?:10|\\d+) ?(?:out of )?10|(?:my )?tools are (?:right )?here`,
  ),
  rule(
    "self_harm_history",
    "look",
    `make my ?self sick after (?:dinner|meals|eating|lunch|tea)|(?:still )?purging sometimes|cuts from last week|hurting my body feels deserved|(?:take|taking) a few extra (?:of my )?(?:pills|tablets|meds)|like feeling empty|(?:put|hold) my hand on the hob|swallowed a coin on purpose|i cut for the first time|cat scratch excuse|dig (?:my )?nails into my palms|fresh cuts on (?:her|his) (?:arm|arms|legs|wrist)|bloody plasters`,
  ),
  rule(
    "medical_care",
    "look",
    `stopped (?:taking )?my (?:antidepressants|sertraline|citalopram|fluoxetine)|mixes (?:her|his) (?:sleeping )?(?:pills|tablets) with (?:wine|alcohol|vodka|drink)|on top of my sleeping (?:tablets|pills)|flushed (?:the lot|all my (?:meds|tablets|pills))`,
  ),
  // Batch t: hurting someone, in the moment or planned, and someone else in danger now.
  rule(
    "harm_others_intent",
    "self",
    `(?:knife|knifes|knives|gun|guns|pistol|rifle|shotgun|machete|axe|crowbar|crossbow|bat|hammer|blade|blades|tyre iron|screwdriver)(?:s| is| are)? (?:in|on|across|under|by) (?:my|the) (?:bag|backpack|pocket|jacket|lap|truck|van|boot|passenger seat|front door|car door|glovebox)(?=.*\\b(?:he|she|him|her|they|them|his|their)\\b)(?!.*\\b(?:cooking|chef|camping|fishing|kitchen drawer)\\b)|(?:driving|going|heading) (?:there|round|over) (?:now )?with (?:a|the|my) (?:machete|knife|gun|bat|blade|hammer)|poured petrol (?:all )?(?:round|over|on)|(?:putting|put|crushed|crushing) (?:all of )?(?:them|her tablets|his tablets|the pills) (?:in|into) (?:his|her|their) (?:whisky|drink|tea|coffee|food|yoghurt|dinner)|standing over the cot|run (?:him|her|them) off the road|make (?:every one of them|them all) pay|ready by the front door|(?:way|how) to poison (?:someones?|his|her|their|my \\w+s?)|how hard (?:do you|would you|do i) have to (?:hit|punch|kick) (?:someone|somebody|him|her)|how long it takes to (?:strangle|smother|suffocate|drown) (?:someone|somebody|a person)|sharpening (?:the|my|a) (?:machete|knife|blade|axe)[^|]*\\bthinking about|kill (?:her|him|them) and then my ?self|coming (?:round )?with (?:the boys|the lads|my boys) and a (?:blade|knife|bat)|slash (?:the tyres and then )?(?:his|her|the) face|(?:ive|i have) already got the knife|got blades and (?:we|were|im) going|got a gun off`,
  ),
  rule(
    "harm_others",
    "self",
    `break (?:both )?(?:his|her|their) (?:legs|arms|jaw|neck)|put (?:him|her|them) in (?:hospital|a wheelchair)|daydream about (?:hitting|hurting|punching|killing)|flash of (?:dropping|hurting|pushing|shaking) (?:her|him|the baby)|imagining throwing (?:my|a|the) \\w+ at|urge to (?:find them and )?hurt them|want to ram (?:them|him|her)|want something bad to happen to (?:him|her|them)|(?:punched|hit) my (?:brother|sister) in the face|violent thoughts about|hope (?:they|he|she) crash|picture of (?:throwing|dropping|shaking|hurting) (?:him|her|the baby)|stop my ?self hitting (?:him|her) back`,
  ),
  rule(
    "harm_others_intent",
    "other",
    `(?:going to|gonna) start shooting|waving a (?:knife|gun|machete|blade) at`,
  ),
  rule(
    "abuse_now",
    "other",
    `being thrown against the wall|pinned (?:against|to) the wall by (?:her|his) neck`,
    false,
  ),
  rule("medical_now", "other", `(?:isnt|is not|not) responding to anything`),
  rule("goodbye", "look", `(?:shes|hes|she has|he has) written (?:her|his) note`),
  rule("overdose", "look", `(?:shes|hes) taking all (?:her|his) (?:meds|pills|tablets)`),
  rule(
    "passive",
    "look",
    `joking about (?:jumping|killing (?:him|her)self|ending it)[^|]*\\bdoesnt feel like a joke|wishes (?:she|he|they) (?:didnt|did not) exist|about wanting to (?:disappear|die|not exist|never wake up)`,
  ),
  rule(
    "abuse",
    "other",
    `bruise (?:on (?:her|his) \\w+ )?shaped like fingers|flinches when|(?:has|got) a black eye every|(?:mark|bruise|bruises) on her neck`,
    false,
  ),
  rule(
    "self_harm_history",
    "other",
    `found (?:razor )?blades (?:\\w+ ){0,4}in (?:her|his) (?:pencil case|drawer|bag|room)`,
  ),
  // Wishes to be gone in more Englishes and more words.
  rule(
    "passive",
    "self",
    `would be (?:grand|fine|just fine|ok|okay|alright) without me(?! (?:for|on|at|while|this|next|today|tomorrow|there|in the))|(?:im|i am) (?:just )?in every ?(?:ones|bodys|one s|body s) way|if (?:god|the lord|jesus|allah) (?:took|takes|wanted|called) me(?: \\w+){0,2} i (?:wouldnt|would not) mind|i (?:wouldnt|would not) mind if (?:god|the lord|jesus|allah) (?:took|takes|called) me|wish (?:a |the )?(?:taxi|bus|car|lorry|truck|train|van) would (?:just )?(?:knock me down|hit me|run me over|take me out)|(?:mi|i) wish (?:mi|i) (?:never born|was never born|dead)|sana hindi na (?:lang )?ako nagising|(?:id|i would) be no (?:loss|great loss) to (?:anyone|anybody|the world|them)|(?:the )?(?:thoughts|urges) (?:are |have been )?(?:creeping|coming|sneaking) back|if (?:this|the|my) (?:train|plane|bus|flight|car) (?:crashes|crashed|goes down|derails) i (?:wont|wouldnt|would not) (?:complain|mind|care)|(?:think|thinking|wonder|wondering) (?:about )?(?:what|who) my funeral would be like|who would (?:actually |even )?(?:turn up|come|show up) (?:to|at) my funeral|my funeral (?:\\w+ ){0,3}who would (?:actually |even )?(?:turn up|come|show up)`,
  ),
  rule(
    "passive",
    "self",
    `(?:dont|do not) (?:really |even )?(?:think i )?care if (?:something|a car|a bus|anything|a lorry|a truck)(?: \\w+)? (?:hits|hit) me`,
    false,
  ),
  rule(
    "medical_care",
    "look",
    `stopped (?:taking )?my (?:epilepsy|heart|blood pressure|insulin|seizure|antipsychotic|lithium|diabetes) (?:tablets|meds|medication|pills)|refuses to take (?:his|her|their) (?:\\w+ ){0,2}(?:tablets|meds|medication|pills|insulin)`,
  ),
  // Batches v and y (2026-12-05, late): the indirect and unspoken, and older people's practical
  // words. Thinking about the how; means put by; goodbyes and notes in other words; being at the
  // place; arrangements for after.
  rule(
    "active",
    "self",
    `(?:thinking|thought|think|wondering|wondered|looking|looked|reading|read|researching|googling)(?: up)? (?:a lot |lots |al the time |every day |constantly |seriously |properly )?(?:about |at |into |of |up on )?(?:the how\\b|how (?:to do it|to end it|id do it(?! to)|i would do it(?! to)|i could (?:do it|end it|join \\w+|get there|hury it along)|people end it|to get there)|(?:other |diferent )?ways (?:out\\b|to (?:do it|end it|end my life|go|die|get there|make (?:it|that) hapen))|which (?:bus|train|bridge|way|method) (?:would|to))|(?:ive|i have|ive been|i) (?:started |been )?(?:thinking|wondering) how(?: i could)?(?: to)? (?:end it|do it|join (?:her|him|them)|go about it)(?= ?$| ?\\|| ?,| sooner| now)`,
  ),
  rule(
    "active",
    "self",
    `(?:id|i would|i want to|i wana|i ned to|i mean to|made up my mind to) (?:rather |sooner )?(?:finish|end) it (?:my ?self|while i (?:can|stil can)|before (?:the|it|i))|cut it short(?:er)? my ?self|hury it along|go sooner on my own terms|(?:so |just )?done with being alive|want my life over(?: with)?|(?:time|ready) (?:i|for me to) check(?:ed)? out|check(?:ing)? out(?:\\. | \\| | )not the hotel kind|(?:end|ending) my story early|switch my ?self of(?: for good)?|stop being anything at al|give up on being alive|(?:join|be with) (?:her|him|them) sooner|put(?:ing)? that right(?= [^|]*\\b(?:died|die|should have)\\b)|(?:should have|shouldve) died (?:with|instead of) (?:them|him|her)`,
  ),
  rule(
    "active",
    "self",
    `(?:think|thinking|picture|picturing|imagine|imagining) (?:about )?(?:just )?(?:turning|turn|pulling|pul|driving|swerving|steering|crashing|aiming) (?:the wheel|(?:the car |it )?(?:into|across into|of) (?:an? |the )?(?:oncoming|tree|wal|river|barier|lory|artic|truck|bridge|lamp ?post)|on purpose)|(?:there is|theres) a tree i aim at|(?:timed|time) it right with the trains|(?:one day|someday) i (?:wont|wil not) step back|how easy it would be to go over(?: the (?:rail|railing|edge|side))?`,
  ),
  rule(
    "plan_strong",
    "self",
    `(?:would|could|wil|wud) (?:look like|pas (?:for|as)|be put down as) (?:an acident|natural causes)|nobody would (?:ever )?know it (?:wasnt|was not) an acident|so it looks (?:natural|like an acident)|my plan is (?:the|to) (?:river|bridge|sea|rope|gun|pils|tablets|car|train|jump|cliffs?|railway|tracks)|(?:picked|chosen|found|got) (?:a|the) (?:way|method) and (?:a|the) place|(?:working|worked) out (?:which|what) (?:beam|one|branch|hook|banister|floor) would (?:hold|take) (?:a man|me|my weight|a person)|(?:know|worked out) exactly what (?:id|i would|to) take and how much|(?:working out|checking) if its high enough|found where it (?:wil|would) hold|(?:go|going|jump|jumping|step|stepping) over the (?:rail|railing|side) (?:once|when|on)`,
  ),
  rule(
    "means_strong",
    "self",
    `(?:saving|puting|seting|keping|stashing|hoarding|saved|put|set|kept|stashed|hoarded) (?:(?:one|a few|some|two|half|a couple) of )?(?:my|them|the) (?:\\w+ )?(?:pils|tablets|meds|morphine|painkilers|sleping tablets|oramorph)? ?(?:up )?(?:aside|away|by)(?= [^|]*\\b(?:every|each|since|instead|tin|envelope|drawer|box|fair few|quite ful|building up|for when|for later)\\b| ?$| ?\\|)|(?:saving|saved) them up instead of taking them|instead of (?:taking|swalowing) them|(?:come|came|coming) of my meds so (?:theres|there is|there are) more|keping them in an? (?:envelope|tin|jar|sock|drawer) instead`,
  ),
  rule(
    "means_now",
    "self",
    `(?:twelve bore|shotgun|gun|rifle|pistol|revolver) (?:\\w+ ){0,3}(?:across|on|in) my (?:knees|lap)|pockets? (?:are )?ful of stones|filed (?:my )?(?:coat )?pockets with stones|(?:spare|extra|second) (?:cartridge|round|bulet|shel) (?:\\w+ ){0,4}in case the first|(?:hosepipe|hose|pipe|tube)(?:s| is)? (?:\\w+ ){0,3}(?:on|to|from|into) the exhaust|window taped|(?:rope|belt|cord|strap|ratchet strap|flex|noose)(?:s| is)? (?:\\w+ ){0,2}(?:over|round|around|tied (?:of )?(?:on|to)|hanging from) (?:the|a) (?:beam|rafter|banister|loft hatch|hook|branch|trailer bar|stairs)|(?:pils|tablets|them) (?:are )?(?:under my pilow|in my (?:coat )?pocket) (?:for later|and im)|(?:hairdryer|toaster|radio|heater) plugged in (?:next to|by|beside) (?:it|the bath)|the gas is on|(?:pil bottle|botle) is open and ive had|(?:got|have|ive got) (?:the|my|his|dads) (?:\\w+ )?(?:belt|rope|cord|gun|shotgun) here`,
  ),
  rule(
    "means_here",
    "self",
    `(?:laid|lined|counted|tipped|set|spread|poured|emptied) (?:\\w+ ){0,3}(?:pils|tablets|blister packs|meds|capsules|them|oramorph|botles) (?:\\w+ ){0,3}(?:out )?(?:on|into|in|up on) (?:the|a|my) (?:bedside|table|bed|tray|jar|jam jar|bowl|counter|kitchen table|duvet|desk)|(?:got|have|with) (?:my|the|a|his) (?:\\w+ )?(?:gun|shotgun|rifle|pistol|45|9mm) (?:\\w+ )?(?:on the (?:table|desk|seat|bed)|in the (?:landrover|truck|car|van|cab))|(?:in|sat in|siting in|lying in) the bath with (?:a|the|my) (?:razor|blade|razor blade|knife|stanley knife)|(?:pils|tablets|meds) and a bottle of (?:gin|vodka|whisky|wine|jack)|everything is laid out on the bed|(?:shotgun|gun|rifle) is out of the cabinet|got the knife out|blades out, door locked|(?:down|out) at the (?:lake|river|reservoir|canal|sea|beach) with (?:a bottle|my (?:whole )?prescription|the pils|the tablets)`,
  ),
  rule(
    "goodbye",
    "self",
    `(?:loging|logging) of (?:for the last time|for good)|last (?:message|text|post) (?:il|i wil|im going to) (?:ever )?send|this is (?:the|my) (?:note|last message)(?! (?:tonight|today|for now|for today|for tonight|before|til|until))(?![^|]*\\b(?:deleting the app|because i found)\\b)|(?:posted|sent|writen|wrote) my (?:goodbye|godbye)(?! (?:speech|card|party|do|lunch|drinks|present))(?: (?:post|message|text|leter|note))?|(?:scheduled|schedule) (?:goodbye|godbye) (?:emails|mesages|texts|posts)|typing (?:goodbye|godbye) to (?:people|everyone)|to whoever (?:finds|reads) this|dear whoever (?:reads|finds) this|whoever reads (?:this|these) (?:that|it was)|this is me saying (?:cheerio|goodbye|bye|tara|ta ra)|left the (?:back |front )?dor unlocked so (?:the police|they|someone|the ambulance|whoever)|so (?:my kids|the kids|my family|they|my wife|my husband) (?:wouldnt|wont|dont) be the ones to find me|(?:this ?l|this wil) be the last (?:proper )?(?:chat|talk|conversation)|note(?:s| is)? (?:under|on|by) the (?:clock|kettle|pilow|fridge|mantelpiece)(?![^|]*\\b(?:bins?|shopping|milk|dinner|tea is|rota|chores|parcel|delivery|cleaner|rent|landlord|about the|remind\\w*|birthday)\\b)|the leter is by the \\w+`,
  ),
  rule(
    "affairs",
    "self",
    `(?:wrote|writen|put|left) (?:down )?(?:the |my )?(?:pin numbers|pins|phone code|pasword|paswords|pin|bank details)(?: [^|]*)? (?:for (?:her|him|them|my \\w+)|so (?:they|she|he) can)|(?:the )?deds and the wil|where the deds are|(?:made|wrote|writen) a list of who gets what|(?:if anything hapens|for after)[^|]*\\b(?:dog|cat|kitens|puppy) (?:goes|go|to) |gave the (?:kitens|cat|dog|pets) to (?:the rescue|a rescue)|paid of the credit card[^|]*\\blast bit\\b|so (?:nobody|no one) has a mes to deal with|its for after|so they can get into it after|(?:gave|giving|gave away) my (?:\\w+ )?(?:xbox|guitar|records|vinyl|decks|bike|kit|games|sketchbooks|fishing rods|rods|tools|trainers)(?: and (?:my |his |her )?\\w+)? (?:to|away)`,
  ),
  rule(
    "departure",
    "self",
    `(?:wont|wil not|not) be (?:around|here|alive) (?:for|by|on|at|come) (?:christmas|march|april|may|june|the new year|new year|my birthday|friday|monday|saturday|sunday|tuesday|wednesday|thursday|the weekend|next week|spring|sumer)|(?:im )?not coming back from this (?:walk|drive|trip)|(?:wont|wil not|not) be coming back(?: up| home| from)?|no reason to be getting of|(?:im )?not (?:going|coming) back down (?:the stairs)?|then thats me|nobody has to cary me (?:again|anymore)|(?:theyre|they are|they wont be) not finding me in time|im going now`,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:policy|insurance|life cover) (?:\\w+ ){0,6}pay(?:s)? out (?:if|on|after) (?:\\w+ ){0,4}(?:suicide|takes? (?:his|her|their|my|your) own life|kils? (?:him|her|my|your)self)|before doing (?:your|my)self in|(?:go of|drift of|fal asleep|go to sleep|just fal asleep) (?:to sleep )?(?:with the (?:car|engine|motor) running|if you take enough)|what would hapen if i stoped (?:taking )?(?:al|every one|each) of my|(?:best|easiest|quickest|least painful|gentlest) way for (?:an old (?:man|woman)|a man|a woman|someone|me|a person) to go|how long would (?:a man|a person|someone|i|you) (?:last|survive) in (?:the|a) (?:estuary|sea|river|water|loch|lake|cold)|(?:tablets|pils|meds)[^|]*\\bwould stop (?:my|your) heart|(?:least painful|quickest|easiest) way\\b(?= [^|]*\\b(?:hotline|helpline|ned to know|tel me)\\b| ?\\|| ?$)|which would be (?:les awful|easier|beter) for (?:my|the) (?:parents|family|kids) to find|does it hurt (?:geting|being) hit by a (?:lory|train|truck|bus)|(?:tallest|highest) (?:car park|building|bridge)(?= [^|]*\\bfor me\\b)`,
  ),
  rule(
    "passive",
    "look",
    `better of with (?:the|my) (?:pension|insurance|money|life policy|payout)|(?:im|i am|i feel) (?:just |nothing but |only |such )?(?:a |an )?(?:burden|weight round|drain|ongoing inconvenience) (?:on|to|for|round) (?:the |my )?(?:kids|family|children|wife|husband|everyone|everybody|them|familys neck|partner)|(?:id|i would|i wouldnt) not be sory to go|(?:go to|fal) sleep (?:\\w+ ){0,3}and not (?:come back|wake)|out of every ?(?:ones|bodys|one s) hair|ask the lord not to wake me|pray (?:i dont|not to) wake|(?:ready|waiting) for it (?:al )?to be over|(?:just )?waiting to die|wouldnt mind going in my sleep|wish (?:it|the \\w+(?: \\w+)?) had (?:finished me of|taken me|kiled me)|(?:wouldnt|would not) be the worst thing if i (?:died|went|didnt wake|got hit|went under)|(?:just )?taking up (?:room|space|oxygen|air)|take me out back like old yeler|press pause on being alive|let the swet release come|wish i had something terminal|killing time until im not|(?:wouldnt|would not) fight it if something hapened to me|imagining a world where i was never born|swap places with (?:anyone|someone) (?:who is|whos) dying|put it down for god|something comes along and ends it for me|disapointed that i woke up|wishing i wasnt here|the idea of not being alive|if i just wasnt(?= ?$| ?\\|| ?,| around| here)|if i didnt exist nobody|barely notice if i was gone|(?:i )?just (?:dont )?want to vanish|ive been alive to long|the kind thing would be to not be here|(?:think|thinking) about (?:the|my) (?:gun cabinet|river|cliffs|railway line|tracks|rope)(?: (?:a lot|a fair bit|al the time|every day|constantly))`,
  ),
  // Batches v and y, round two.
  rule(
    "means_now",
    "self",
    `(?:twelve bore|shotgun|gun|rifle|pistol|revolver) (?:\\w+ ){0,6}(?:across|on|in) my (?:knees|lap)|(?:down|out) at the (?:lake|river|reservoir|canal|sea|beach) with (?:a bottle|my (?:whole )?prescription|the pils|the tablets)|(?:have|got|bought) (?:some |a bottle of |the )?(?:sniper|rat poison|weedkiler|paraquat|pesticide|insecticide) (?:in my|here|with me)|enough (?:insulin|pils|tablets|meds) to (?:not wake up|make sure|do it)`,
  ),
  rule(
    "means_here",
    "self",
    `(?:pils|tablets|meds|them) (?:are|have ben|re) (?:al )?(?:counted|laid out|lined up|set out|in a pile)`,
  ),
  rule("means_strong", "self", `(?:i have|ive got|got) (?:the|my) stash|i have (?:it|everything) ready`),
  rule(
    "place_now",
    "self",
    `(?:^ ?|im |i am )top (?:floor|deck|level) of the (?:\\w+ )?(?:car park|multi ?storey)|(?:sat|siting|stood|standing|parked(?: up)?) (?:on|at|by) (?:the )?(?:railway )?(?:embankment|harbour wal|top of (?:beachy head|the clifs?))|(?:ive|i have|im) gone to the (?:river|sea|bridge|railway|lake|reservoir|clifs|woods|quarry)`,
  ),
  rule(
    "place_going",
    "self",
    `(?:away|going|heading|walking|driving|of) (?:down |out )?to the (?:railway line|railway|tracks|harbour wal|woods|quarry|clifs|viaduct|bridge|river) (?:now|in a bit)|(?:going|walking|heading) down the harbour wal now|leaving for the (?:woods|river|bridge|clifs) in a bit`,
  ),
  rule(
    "plan_strong",
    "self",
    `one step and (?:its|it s|il be|it wil be|im|it wud be) (?:done|over|gone)|next fast one|(?:doesnt|does not|wont) stop at my station|(?:il|i wil|im going to|going to) use the (?:beam|rope|belt|cord|banister|loft hatch)|(?:il|i wil) be on the edge when|(?:i would|id|i wil) only ned to do it once|(?:know|worked out) which (?:of my )?(?:tablets|pils|meds) (?:would|wil|could) do it|(?:rehearsing|drafting) (?:what id (?:put|write|say) in )?(?:the|my) (?:note|leter)|keep drafting the leter|planing how to (?:stop existing|die|end it|do it|kil my ?self)|(?:working out|thinking about|planing) how to make (?:that|it) hapen`,
  ),
  rule(
    "active",
    "self",
    `(?:way out|disapear)(?:\\w| )*the permanent kind|the permanent kind(?= ?$)|helping (?:that|it) along|(?:thinking|thought) (?:of|about) ways(?= ?$| ?,)|thinking about checking out(?= ?$)|(?:im going to|im gona|i am going to|i wil|il) finish it (?:tonight|today|now)|is when i (?:end it|do it)|finding out for my ?self sooner|(?:finish|end) it with the (?:shotgun|gun|rifle|rope|pils|tablets)`,
    { act: true },
  ),
  rule(
    "attempt",
    "self",
    `tried (?:last night|yesterday|this morning|earlier|today) with the (?:pils|tablets|rope|belt|knife|cord)|stepped out in front of (?:a|the) (?:car|bus|lory|train|truck|van) (?:this|last|today|yesterday)`,
  ),
  rule(
    "do_it",
    "self",
    `(?:thats when|then) i (?:go|am going|wil go) through with it|its hapening (?:when|at|tonight|tomorow)|tonight is the last`,
  ),
  rule(
    "farewell",
    "self",
    `remember me as|its not (?:her|his|your|their) fault whatever hapens|cheers for everything|(?:playlist|songs) for my funeral`,
  ),
  rule("affairs", "self", `i know what the list is for|(?:the )?cat has fod out for a wek`),
  rule(
    "departure",
    "self",
    `(?:wont|wil not|not) be (?:back|here|around) (?:friday|monday|saturday|sunday|tuesday|wednesday|thursday|tomorow)|(?:im going tonight and )?i wont be back|(?:wasnt|was not|not) going to se (?:\\d+|thirty|forty|fifty|christmas|my \\w+ birthday)`,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:does it|would it|think it|do you think it) hurts? (?:geting|being|to get|if you get) hit by`,
  ),
  rule(
    "overdose",
    "self",
    `already (?:took|taken|swalowed|had) (?:them|the lot|al of them)|(?:consumed|drank|drunk|swalowed|taken|took|ate) (?:the |some |a bottle of )?(?:rat poison|sniper|paraquat|pesticide|insecticide)`,
  ),
  rule(
    "self_harm",
    "self",
    `ran (?:the|a|my) (?:stanley knife|knife|blade|razor|chisel) (?:down|across|along|over) my|open (?:my|me) (?:arm|arms|wrist|leg|skin) up|(?:did|done) the thing with the (?:razor|blade|lighter|lighter) (?:again|tonight)|(?:taking|took|take|rubing|scrubing) (?:the |a )?wire brush (?:\\w+ ){0,4}to my|to my (?:legs|arms|skin|thighs) (?:til|until) (?:theyre|its|they are)? ?raw|(?:smack|smacked|hit|bash|bashed|whack|whacked|beat|punch|punched)(?:ing)? my (?:own |bad )?(?:knee|leg|legs|head|arm|arms|hand|hands|thigh|thighs|face|chest) with (?:the|a|my) (?:walking stick|stick|hammer|belt|spanner)|pul(?:ed|ing)? (?:some of )?my (?:own )?stitches out|held my hand on the (?:aga|hob|stove|coker|iron|radiator|kettle|grill) on purpose|headbut(?:ed|ing) the (?:\\w+ )?(?:window|wal|dor|miror|windscreen) (?:til|until)`,
  ),
  rule(
    "bleeding",
    "self",
    `soaked (?:right )?through (?:\\w+ ){0,3}(?:rags|towels|tea towels?|towel|bandages?|plasters?) and (?:its )?stil (?:coming|going|bleding)|cant (?:get it to )?stop (?:it )?bleding`,
  ),
  rule(
    "body_now",
    "look",
    `(?:ran out of|run out of|stoped|stopped|stoped taking|no) (?:my |her |his |the )?insulin(?=[^]*\\b(?:being sick|vomiting|throwing up|thirsty|mudled|pear drops|breathing (?:deep|fast|weird)|talking nonsense)\\b)|(?:soaked|bled) through (?:twice|thre times|again)(?=[^|]*\\b(?:faint|dizzy)\\b)|(?:hearts|heart is|heart s) all over the place(?<=\\b(?:pils|tablets|took|digoxin|overdose)\\b.*)`,
  ),
  rule(
    "harm_others_intent",
    "self",
    `crushed (?:al )?(?:her|his) (?:tablets|pils) into (?:her|his)(?![^|]*\\b(?:so (?:he|she)|because (?:he|she)|cant swalow|wont swalow|easier to swalow|as (?:the )?(?:nurse|pharmacist|gp|doctor) said)\\b)|stod over (?:him|her) with the pilow|put(?:ing)? (?:the )?(?:both of us|us both) out of (?:it|our misery)|(?:it would|would it|to) take to stop (?:her|his) heart|(?:he|she|they)(?:l| wil)? (?:wont|wil not|never) walk out|(?:il|i wil|im going to|im gona) (?:shot|stab|kil|run over) (?:the|that|my) (?:neighbour|landlord|bailif|son in law|farmer|man|woman|fela|lad)`,
  ),
  rule(
    "harm_others",
    "self",
    `(?:had|raised) my fist (?:raised|up)|came (?:that|so) close to hiting (?:her|him)|pilow over (?:his|her) face`,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:has|hes|shes|have|just) locked me in (?:the )?(?:bathrom|bedrom|rom|shed|cupboard|toilet)|(?:got|has|have|had) me pined`,
    false,
  ),
  rule(
    "abuse",
    "self",
    `(?:had|twisted) my (?:wrist|arm) twisted up my back|(?:yanks|drags|shoves|pinches|grabs) me (?:out of|by|across)|these are finger marks|handy with his fists|hides my (?:frame|walker|stick|glases|phone|hearing aids|zimer)|keps my (?:painkilers|tablets|pension|money|bank card|medication) locked|makes me beg for|shouts in my face|calls me a useles old|make sure i (?:dont|never) wake up(?= one)`,
    false,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:says|said) (?:hel|shel|he wil|she wil|hed|shed) (?:end|finish|do) me|(?:shel|hel|she wil|he wil) make sure i (?:dont|never) wake up`,
  ),
  rule(
    "means_now",
    "other",
    `(?:garage|shed)[^|]*\\b(?:hear|can hear) the (?:car|engine) running|picture of (?:his|her) (?:pistol|gun|rifle|shotgun|pils|tablets|rope)(?=[^|]*\\bsory\\b)`,
  ),
  rule(
    "medical_now",
    "other",
    `(?:he|she)(?:s| is)? breathing but (?:he|she) (?:wont|doesnt|isnt|cant) (?:answer|respond|wake|talk)`,
  ),
  rule(
    "farewell",
    "look",
    `(?:said|says|saying) tel (?:mam|mum|mom|dad|the kids|her|him|them|my \\w+) (?:im sory|i love|sory)|look after (?:your|my|our) (?:mother|mum|mam|dad|father|sister|brother|kids)`,
  ),
  rule("overdose", "other", `(?:shes|hes|she has|he has) taken " ?the lot`),
  // Batch za: danger from other people, and to them.
  rule(
    "harm_others_intent",
    "self",
    `(?:he|she|they) (?:dies|die|pays|gets what (?:he|she) deserves|get what they deserve|is getting it|wont get back up) (?:tonight|today|tomorow|for what)|(?:im|il be|i wil be|im going to be) (?:waiting|parked|sat|siting) (?:\\w+ ){0,3}(?:outside|by|near|at) (?:his|her|their|my exs|the) (?:\\w+ )?(?:gym|work|car|house|flat|school|pub|crib|place|door|office)|(?:driving|drive) (?:straight )?into (?:them|him|her|the crowd)|(?:least|les) traceable poison|(?:untraceable|undetectable) poison|best place to hit (?:someone|somebody|a person|him|her) so|give (?:him|her|them) to much of something|(?:make|making) (?:my \\w+s |his |her )?death look natural|bringing something in to make (?:him|her|them) regret|something in my (?:glovebox|boot|bag|pocket) for (?:him|her|them)|want (?:him|her|them) dead by my own hand|(?:got|have|had) the pilow in my hands|(?:stod|standing|stood|waiting) (?:on the landing |outside (?:his|her|their) (?:rom|dor) )?with the (?:hammer|knife|bat|gun|axe|machete)|catching (?:him|her|them) slipping|(?:petrol|lighter fluid)[^|]*\\b(?:his|her|their) (?:house|fence|car|door)|for a specific person|(?:ive got|got|have) (?:my |a |the |his |an )?(?:\\w+ ){0,2}(?:revolver|crossbow|tyre iron|strap|ting|bat and the lighter fluid)(?= [^|]*\\b(?:him|her|them|his|he|she|landlord|in my bag|on the (?:pasenger )?seat|of my cousin|rn)\\b)|(?:bought|got) a (?:baseball )?bat and i dont play|sharpened the (?:big )?knife|when (?:his|her) light goes of im going in`,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:hes|shes) (?:got|holding|waving) (?:the |a |his |her )?(?:\\w+ ){0,2}(?:knife|gun|hammer|bat|machete|axe) and (?:hes|shes) (?:standing|between|coming|blocking)|standing between me and the (?:front |back )?dor|(?:poured|pouring) petrol (?:on|over|al over|round) the|(?:hes|shes) on top of me|(?:kicking|trying to kick|kick) (?:my|the|her|his) (?:bedrom |bathrom |front |back )?dor(?: in)?|locked me in (?:the |my |a )?\\w+ since|threw me (?:and the (?:baby|kids) )?out (?:\\w+ ){0,4}and locked the dor|(?:my )?stalker is (?:in|outside|at|here)`,
    false,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:said|says|texted|shouted) (?:im|i am|youre|you are) dead(?! to)|had me by the throat|(?:choked|strangled) me (?:til|until) i (?:blacked|pased) out|bulet (?:\\w+ ){0,4}with my name|(?:poison|spike) my (?:fod|drink|dinner|tea)|taking me with him|(?:bought|got) a (?:gun|knife|weapon) and (?:knows|found out) where i|(?:knife|gun) out and (?:cleaned|sharpened) it (?:\\w+ ){0,4}staring at me|(?:breaking|break|snap|snapping) my (?:arm|legs?|neck|jaw)|no way out alive|people go mising al the time|for if you ever (?:get ideas about )?leaving|told (?:my \\w+|her|him|them|everyone) (?:that )?(?:hed|he would|shed|she would|theyd) kil me|finish the job`,
  ),
  rule(
    "abuse",
    "self",
    `(?:has |hes |have )?(?:followed|following) me (?:from|home|to|around)|not (?:meant|alowed|suposed) to come (?:within|near)`,
    false,
  ),
  rule(
    "body_now",
    "look",
    `(?:hurts to breathe|neck is (?:al )?swolen|barely swalow|voice has gone (?:al )?(?:hoarse|weird))(?<=\\b(?:choked|strangled|throat)\\b.*)|(?:\\d+|thirty|twenty) weks (?:pregnant )?and theres blod`,
  ),
  rule(
    "goodbye",
    "other",
    `(?:captioned|caption|wrote|posted|ends|said|messaged)(?: me)?(?: on \\w+)? (?:\\w+ ){0,3}"? ?(?:last sunset|gn forever|godnight forever|by the time you (?:mark|read) this|thank you for being the only one)|(?:wont|wil not) be in (?:tomorow )?or ever|" ?this is on you|left (?:her|his) (?:wedding )?ring (?:and (?:her|his) phone )?(?:on|by)`,
  ),
  rule(
    "affairs",
    "other",
    `(?:give|gave|giving) (?:away )?(?:his|her) (?:\\w+ )?(?:xbox|guitar|records|vinyl|decks|bike|kit|games|sketchbooks|fishing rods|rods|tools|trainers|cat|dog|stuf|things|belongings|ps5) (?:to|away)|(?:hes|shes|he has|she has) " ?made arrangements|(?:insurance papers|wil|bank details) (?:\\w+ ){0,3}(?:laid out|on (?:his|her) (?:bench|desk|table|bed)|are in the drawer)`,
  ),
  rule(
    "place_now",
    "other",
    `(?:video|pic|photo|story) of (?:him|her) (?:stod|standing|sat|siting) on the edge|(?:rang|caled) me from the (?:\\w+ )?(?:bridge|clifs?|roof|platform)|geting of at the (?:\\w+ )?(?:bridge|clifs?) to jump`,
  ),
  rule("overdose", "other", `injected (?:al )?(?:his|her) insulin`),
  rule(
    "bleeding",
    "other",
    `(?:cut|cuts) (?:her|him)self and it wont stop|(?:tea )?towel is soaked through(?=[^|]*\\b(?:dizzy|faint|pale)\\b)`,
  ),
  // Batch z (the broad middle), one round.
  rule(
    "lethal_query",
    "self",
    `(?:definitely|would you|do you|would i) (?:dont |not )?survive|would i (?:just )?not wake up|(?:wreck|destroy|kil) your liver (?:the )?fastest|survive an? (?:\\w+ )?overdose|how (?:one|a person|someone) would go about it`,
  ),
  rule(
    "active",
    "self",
    `(?:id|i would) be lying if i said i (?:wasnt|didnt|dont|havent) (?:\\w+ ){0,3}(?:kil|end|suicid|die|dying|hurt)|(?:rather|going to|gona|want to|wana) take my ?self out(?! (?:for|to|of))|(?:started|ben|keep) thinking about how(?= ?$| ?\\|)|(?:thinking|think) about the (?:loft hatch|banister|beam|extension lead|antifreze|bleach)|(?:place|way) to finish (?:up|it|things)|past the yelow line|hoping (?:id|i would) go to deep|(?:shotgun|gun|rope|pils|tablets|overdose|bridge|train)(?: has ben| has| is|s) (?:ben )?on my mind|(?:next step|only option|answer) is (?:just )?ending it|thinking about (?:overdosing|odoing|jumping|hanging my ?self)|step out in front of (?:a|the) (?:lory|train|bus|car|truck)|(?:im|il be|going to be) taking (?:al of it|the lot|them al)`,
    { act: true },
  ),
  rule(
    "passive",
    "self",
    `worth more dead|(?:pray|hope) (?:he|god|the lord)(?:l| wil) take me in my sleep|if i die in my sleep (?:tonight )?thats fine`,
  ),
  rule(
    "plan_strong",
    "self",
    `i know where and (?:i know )?how|plan has ben forming|know exactly what would do it`,
  ),
  rule(
    "means_now",
    "self",
    `(?:tied|tying) (?:the|a|my) (?:belt|rope|cord|lead|dog lead|scarf|cable|extension lead) (?:to|round|around) (?:the )?(?:top of the )?(?:wardrobe dor|dor|banister|beam|loft hatch|curtain rail)|(?:lead|dog lead|scarf|cable|extension lead)(?:s| is)? (?:tied )?(?:round|around|over|to) the (?:banister|beam|loft hatch|wardrobe)|(?:sidearm|pistol|gun|revolver) loaded on the`,
  ),
  rule(
    "means_here",
    "self",
    `(?:popped|pressed) out on the (?:duvet|bed|table|desk)|(?:im )?in the bath with the (?:razor|blade)`,
  ),
  rule(
    "departure",
    "self",
    `not walking back down|(?:dont|do not) think im geting out (?:of (?:here|this) )?this time|by then it wont mater|tonight is it(?= ?$| ?\\|)`,
  ),
  rule("goodbye", "self", `scheduled the (?:emails|mesages|texts|posts) to (?:go out|send)`),
  rule(
    "overdose",
    "self",
    `swalowed (?:everything|al) (?:that was )?in the (?:medicine )?(?:cupboard|cabinet|drawer)|injected (?:the whole pen|al of it|the lot|the whole thing)`,
  ),
  rule(
    "poison",
    "look",
    `(?:drank|drunk|swalowed) (?:about |some |a bit of |half a (?:bottle|cup) of |a (?:cup|glas|mouthful) of )?(?:the )?(?:bleach|weedkiler|antifreze|white spirit|drain cleaner|paraquat|dishwasher liquid|washing up liquid)`,
  ),
  rule(
    "self_harm",
    "self",
    `used (?:the|a|my) (?:compass|sharpener blade|scisors|pencil sharpener)(?: \\w+){0,4} instead|cut over (?:my )?old scars[^|]*(?:because|cos) i just did|(?:pinching|twisting)(?: and \\w+)? the skin on my \\w+ (?:til|until)`,
  ),
  rule("body_now", "look", `blacked out(?<=\\b(?:havent eaten|not eaten|starving|starved)\\b.*)`),
  rule(
    "harm_others_intent",
    "self",
    `(?:parked|waiting|sat) (?:\\w+ ){0,2}outside (?:his|her|their|her new \\w+s|his new \\w+s) (?:\\w+ )?(?:house|flat|place|work)(?=[^|]*\\b(?:knife|gun|bat|hammer|machete|petrol|crowbar|blade)\\b)|when (?:next dors|his|her|their|the neighbours) lights go of|sharpened the (?:machete|axe|blade)|(?:hammer|knife|bat|crowbar|machete|gun) (?:\\w+ ){0,4}for when i se (?:him|her|them)`,
  ),
  rule(
    "abuse_now",
    "self",
    `open the dor or else|wrapped round his fist|outside the refuge|coming in(?:to)? my rom at night[^|]*(?:in there now|here now)`,
    false,
  ),
  rule("abuse", "self", `kicking off at (?:my|me|us)|(?:he|she) found me`, false),
  rule(
    "abuse_threat",
    "other",
    `(?:yeling|screaming|shouting) " ?(?:il|im going to|i wil) kil you(?![^|]*\\b(?:cat|dog|cartoon|game|play|lol)\\b)`,
  ),
  rule(
    "goodbye",
    "other",
    `(?:found|found a|(?<!\\b(?:i|ive|i have|i just|im) (?:left|wrote|writen|write|leave|leaving) )a) (?:leter|note) (?:\\w+ ){0,6}(?:saying|that says) (?:sory|goodbye|godbye)|thanks for nothing`,
  ),
  rule(
    "means_now",
    "other",
    `(?:hes|shes|saying hes|saying shes|said hes|said shes) going to drive (?:\\w+ )?into the (?:river|sea|wal|tree|lake|quarry)|is (?:out |up |stil )?on the (?:rof|window) ledge`,
  ),
  // Batch w (context, quotation and time), one round: what an earlier message set up, told in
  // the writer's or someone else's quoted words.
  rule(
    "means_strong",
    "self",
    `(?:saving|saved|stashing|stashed|hiding|hid|keping|kept|hoarding) (?:\\w+ ){0,3}(?:tramadol|pils|tablets|meds|morphine|paracetamol|painkilers|oxy|codeine|diazepam|sleping tablets) in (?:a|my|the) (?:sock|drawer|tin|box|envelope|bag|jar)|(?:thre|two|four|\\d+) (?:boxes|packets) of (?:paracetamol|pils|tablets) from (?:\\w+ ){0,2}diferent shops`,
  ),
  rule(
    "plan_strong",
    "self",
    `beam (?:in the loft )?would hold me|bit of the (?:\\w+ ){0,3}bridge with no fence|(?:worked out|know) (?:exactly )?(?:how many of my|which junction|what time the (?:lories|trains))|plan for ending it is|working out how long it would take`,
  ),
  rule("plan", "self", `(?:ive )?thought it through properly|thought it right through`),
  rule(
    "do_it",
    "self",
    `(?:doing|do) it (?:on )?(?:saturday|sunday|monday|tuesday|wednesday|thursday|friday)|so its (?:this wekend|tonight|tomorow|saturday|sunday|friday)|(?:thats|that s) when(?= ?$| ?\\|)|(?:walking|driving|heading) there now`,
  ),
  rule(
    "place_now",
    "self",
    `parked (?:up )?next to it|waters? (?:is |s )?up to my (?:knes|waist|chest|neck)`,
  ),
  rule("passive", "self", `want (?:it|the (?:sea|tide|water|river)) to take me`),
  rule(
    "active",
    "self",
    `thought about using (?:my |dads |the |his )?(?:gun|rope|pils|shotgun|belt)|thoughts (?:about|of) (?:jumping|ending it|dying|kiling my ?self|suicide|overdosing) (?:are|is) back|what i was trying to do when they (?:took me in|sectioned me|found me)|looking at the (?:bridge|viaduct|clifs|railway|car park) on (?:google maps|street view|maps)|googling the (?:exact )?same things|(?:stop|stopping) (?:eating and drinking )?on purpose (?:til|until) (?:its over|i die)|asking (?:cos|because) im thinking about it|doing what (?:she|he|they) did(?<=\\b(?:kiled (?:her|him|them)self|suicide|took (?:her|his|their) own life)\\b.*)`,
  ),
  rule(
    "lethal_query",
    "self",
    `if you dont want to wake up|if i took (?:al|every) (?:\\w+ ){0,3}(?:would|wil) it`,
  ),
  rule("means_here", "self", `(?:gun )?cabinets? (?:is |s )?open(?= ?$| ?\\|)`),
  rule(
    "departure",
    "self",
    `(?:wont|wil not) be in (?:\\w+ )?(?:or any other day|ever again)|(?:wont|dont) have to worry about me (?:after|anymore|any more)|if you dont hear from me by|not going to be here (?:much )?longer`,
  ),
  rule("means_now", "self", `(?:cord|rope|belt|noose) is (?:already )?up`),
  rule(
    "overdose",
    "look",
    `(?:took|taken|swalowed) the lot|(?:ive )?taken everything in the (?:cupboard|cabinet|drawer|house)|mixed my (?:pils|tablets|meds) with (?:\\w+ ){0,3}(?:oxycodone|oxy|morphine|tramadol|codeine|vodka|alcohol|wine|diazepam)|did something stupid (?:\\w+ ){0,3}with (?:a bottle of \\w+ and )?(?:al )?(?:my|the) \\w+|took them before i (?:mesaged|texted|wrote)`,
  ),
  rule(
    "goodbye",
    "self",
    `dont come in " ?,? ?(?:ring|cal) (?:999|911|112|000|the police|an ambulance)|it was (?:actualy )?(?:goodbye|my goodbye)|sory i wasnt the (?:son|daughter|dad|mum|husband|wife) you wanted`,
  ),
  rule(
    "abuse_threat",
    "self",
    `you wont (?:se|live to se) the morning|next time (?:hel|shel|he wil|she wil) do it properly`,
  ),
  rule(
    "self_harm",
    "self",
    `clean since \\w+[^|]*\\bwant to (?:so )?bad|(?:done it|cut) (?:\\w+ )?times since|(?:hot and red|yelow stuf|pus coming)(?<=\\bcut\\b.*)`,
  ),
  rule(
    "bleeding",
    "self",
    `soaked (?:two|thre|four|\\d+) towels|(?:it )?(?:just )?keps coming(?<=\\b(?:blod|bleding|deep|towels?)\\b.*)|hasnt slowed (?:down )?in|stil dripping through`,
  ),
  rule(
    "poison",
    "look",
    `^ ?swalowed (?:\\w+ ){0,5}(?:bateries|batery|magnets|razor blades?|screws)(?![^|]*\\bfor a bet\\b)`,
  ),
  rule(
    "body_now",
    "look",
    `(?:throat (?:feels |is )?(?:tight|closing)|lips are (?:masive|swolen|huge))(?<=\\b(?:stung|nuts|alergic|ate|bee|wasp|peanut)\\b.*)|like a thunderclap|worst (?:headache|pain) of my life`,
  ),
  rule(
    "harm_others_intent",
    "self",
    `taking a (?:bottle|knife|blade) out with me|(?:^ ?|\\bi )told (?:him|her|them) (?:to (?:his|her|their) face )?" (?:[\\w,]+ ){0,8}(?:il|i wil) (?:put you in the ground|kil you|end you|glas (?:you|him))`,
  ),
  rule("harm_others", "self", `turning up and hurting (?:her|him|them)`),
  rule(
    "farewell",
    "look",
    `(?:texted|sent|wrote|mesaged|posted) " ?tel (?:mam|mum|mom|dad|the kids|her|him|them|my \\w+|aunty|nan) (?:im sory|i love|sory)|" ?se you on the other side`,
  ),
  // Batch x (short and broken), round two: slang, spellings and fragments.
  rule(
    "active",
    "self",
    `(?:wana|want to|going to|gona|im going to) (?:kermit|log of (?:permanently|irl|for god|forever)|become a ghost|(?:do|take) a forever nap|go (?:6|six) fet (?:deep|under))|going (?:6|six) fet deep|rage quit life|noodle method|exit bag|unaliving (?:tonight|today|now)|(?:going to|gona|im going to) step of(?: the (?:platform|edge|bridge))?`,
    { act: true },
  ),
  rule(
    "self_harm",
    "self",
    `(?:wana|want to) (?:redline|sh)(?: again)?\\b|made it to (?:beans|styro|fat) this time|shd in the|carved (?:\\w+ ){0,2}(?:in|into) my (?:arm|thigh|leg|wrist|stomach)|punched the miror on purpose|threw up (?:\\d+|four|five|six) times (?:today )?on purpose`,
  ),
  // "OD'd." on its own: anchored, so cheap although it has no three letters to index.
  rule("overdose", "self", `od(?<=^ ?od)(?= ?$)`),
  rule(
    "overdose",
    "self",
    `od on (?:my|the|\\d+|al)|took (?:like |about |over )?\\d+ of (?:the|my) (?:paracetamol|pils|tablets|ibuprofen|sertraline|co codamol|codeine|tramadol)|did the pil thing|took the (?:pils|tablets) (?:last night|this morning|earlier|yesterday)`,
  ),
  rule(
    "means_now",
    "self",
    `(?:its|it s) tied to the (?:banister|beam|dor|loft hatch)|(?:got|have) the charcoal`,
  ),
  rule("weak", "self", `cant anymore(?= ?$| ?\\|)`),
  rule("goodbye", "self", `if (?:someone|anyone) reads this|its done now (?:bye|godbye)`),
  rule("farewell", "self", `wrote the leters (?:one )?for`),
  rule(
    "attempt",
    "self",
    `jumped (?:in|into|of) (?:the )?(?:river|sea|bridge|canal) (?:earlier|today|last night|this morning)`,
  ),
  rule("plan_strong", "self", `next fast train`),
  rule(
    "bleeding",
    "look",
    `wont close(?<=\\bcut\\b.*)|bleding (?:for )?an hour|cut (?:her|him)self (?:bad|deep|realy bad) (?:and|n) (?:its|it) (?:not stoping|wont stop)`,
  ),
  rule(
    "harm_others_intent",
    "self",
    `grabbed the (?:bat|knife|hammer|crowbar)[^|]*\\bgoing in|beat (?:this|that|the) (?:man|guy|woman) (?:until|til) (?:he|she) is dead|(?:bought|got) a (?:bat|knife|hammer|crowbar) (?:specialy )?for (?:my|his|her|him|them)|im ending (?:him|her|them)\\b|(?:puting|put|started puting) (?:stuf|something|things|bleach|laxatives) in (?:his|her|their) (?:milk|drink|fod|tea|cofe)`,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:hes|shes) (?:back )?at the dor (?:banging|kicking|shouting)|locked in the \\w+ by my|took my phone (?:and|n) (?:my )?keys|outside my house (?:saying|sayin)`,
    false,
  ),
  rule("abuse", "other", `(?:is )?beating (?:my )?(?:mum|mom|mam|my sister|my brother)`, false),
  rule(
    "body_now",
    "look",
    `seing double(?<=\\b(?:hit my head|banged my head|fel|puked|concusion)\\b.*)|inhaler (?:is )?empty|lips (?:going|are|goin) (?:blue|tingly)|face (?:is )?droping|droping on one side`,
  ),
  rule(
    "medical_now",
    "other",
    `wont wake up(?= ?(?:,|and|n)? ?snoring)|snoring weird|blod from (?:his|her) ear`,
  ),
  rule("farewell", "look", `said bye to me weird|showed the rope|do it on cam`),
  rule(
    "means_now",
    "other",
    `is (?:out |up |stil )?on the (?:balcony|rof|window|bridge) (?:railing|ledge|edge)`,
  ),
  // Someone else hurt at home, now or lately.
  rule(
    "abuse_now",
    "other",
    `has (?:her|him) pined|dragging (?:his|her) (?:wife|girlfriend|partner|husband|kid|son|daughter|mother|mum) (?:\\w+ ){0,4}by (?:her|his) hair|laying into (?:his|her|their) (?:\\w+ )?(?:mother|mum|wife|father|dad|kids?|gran)`,
    false,
  ),
  rule(
    "abuse",
    "other",
    `(?:shes|hes) got bruises on (?:her|his) (?:face|arms|neck)|tied (?:my \\w+|her|him) (?:in)?to (?:her|his|the) (?:chair|bed)`,
    false,
  ),
  rule("abuse_threat", "other", `(?:strangled|choked) (?:her|him) (?:tonight|today|last night)`),
  // Batch za, round two.
  rule(
    "abuse_threat",
    "self",
    `(?:mumys|momys|mums|mamas) going to have an acident|(?:il|you ?l|you wil) be in the ground|pointed (?:his|her|a|the) (?:gun|knife|rifle|shotgun) at (?:my|me)|leaving in a box|push me down the stairs and say i fel|wont se christmas|if (?:he|she) cant have me (?:nobody|no one) can|in a headlock (?:til|until) i (?:nearly )?pased out|(?:rifle|gun|shotgun|knife) next to the bed[^|]*\\bleaving`,
  ),
  rule(
    "abuse_now",
    "self",
    `dors? (?:is |are |s )?deadlocked|(?:hes|shes) (?:come|came) in my rom again and wont leave|(?:shes|hes) hitting the window|(?:has|had) me backed into|the gun is out on the bed`,
    false,
  ),
  rule(
    "abuse",
    "self",
    `split my head open|shoved me twice|hit me (?:round|over|on) the head with a (?:botle|pan|mug|glas)`,
    false,
  ),
  rule(
    "harm_others_intent",
    "self",
    `rat poison in (?:his|her|their) (?:protein shake|drink|fod|tea|cofe|dinner)|practising with the knife|(?:bought|ordered) a crosbow|(?:keping|kept|keep) a (?:hamer|knife|bat|crowbar) in (?:the|my) (?:car|van|bag) in case i se (?:him|her|them)|bat and the lighter fluid|outside (?:his|her) (?:crib|house|flat|yard|place) with the (?:strap|ting|knife|gun|blade)|when (?:he|she) comes in (?:tonight|later)[^|]*\\bim using it|bringing it (?:into|to) (?:work|school|uni|colege)|maps of the schol|(?:he|she) (?:isnt|wont be) walking away`,
  ),
  rule(
    "harm_others",
    "self",
    `thinking about running (?:them|him|her)(?: both)? over|want to (?:properly |realy )?hurt (?:my (?:litle )?(?:brother|sister)|him|her)`,
  ),
  rule("abuse_now", "other", `screaming (?:stop )?(?:youre|you are) hurting me|code word for`, false),
  rule(
    "harm_others_intent",
    "other",
    `left for schol with (?:a|the|his|her|dads) (?:\\w+ )?(?:knife|gun|rifle|machete)|puting a (?:kitchen )?knife in (?:his|her) (?:jacket|pocket|bag|coat)`,
  ),
  rule("farewell", "look", `voicemail saying (?:hes|shes) sory`),
  // Batch zc (therapy talk, risk told sideways), one round.
  rule(
    "departure",
    "self",
    `wont be here in \\d+ (?:weks|days|months)|before i go tonight|itl al be over by|its for tonight`,
  ),
  rule(
    "means_strong",
    "self",
    `(?:rope|hose|pils|tablets)(?:s| is)? (?:already )?in the (?:bot|glovebox|car)(?: of the car)?(?: already)?|(?:ben )?storing (?:up )?my \\w+|pile in a sock|(?:keping|kept) back (?:one|two|a few|some)(?: or two)? of my|for when i decide|(?:skip|skiped) a wek and save them|doing the maths on my prescriptions`,
  ),
  rule("goodbye", "self", `writen to my \\w+ and left it on the`),
  rule(
    "means_now",
    "self",
    `engines? (?:is |s )?running in the garage(?![^|]*\\b(?:dor (?:up|open)|to warm)\\b)|garage with the dor (?:down|shut|closed)|(?:disposable )?(?:bbq|barbecue) is lit|taped up the windows|(?:its|it s) (?:already )?tied to the (?:banister|beam|dor|loft hatch)|im in the bath with (?:a|the) (?:razor|blade)(?![^|]*\\b(?:shav\\w*|legs|lol)\\b)`,
  ),
  rule("plan", "self", `i have a date(?= ?$| ?\\|)`),
  rule("affairs", "self", `(?:took|taken) the cat round to|wrote my leters|packed my rom up|cleared my desk`),
  rule("do_it", "self", `working my ?self up(?= ?$| ?\\|| to)|doing it once (?:the house|everyone|they)`),
  rule(
    "overdose",
    "look",
    `took (?:my )?(?:\\w+s )?insulin ,? (?:two|thre|\\d+) pens|(?:shes|hes) taken something|^ ?i took them(?= ?$| ?\\|| ?,)|al the ones i told you about|waiting for the (?:tablets|pils|meds) to kick in|taken al (?:them|those|of them) \\w+`,
  ),
  rule("abuse_now", "self", `outside the (?:bedrom |bathrom )?dor shouting`, false),
  rule(
    "harm_others_intent",
    "self",
    `im there now with the (?:hamer|knife|bat|gun|crowbar)|(?:is|s) asleep and ive got the (?:\\w+ )?knife|knifes? (?:is )?already in my|(?:can|jery can) of petrol in the car`,
  ),
  rule(
    "plan_strong",
    "self",
    `found the beam|il go when the next (?:lory|train|truck|bus)|route planned to the|looked at where id do it|checking when the fast ones|know exactly which (?:pils|tablets) id use`,
  ),
  rule(
    "place_now",
    "self",
    `(?:parked|sat|stod|standing)(?: up)? (?:at|on|near) (?:beachy head|the gap|the clif edge)|up at the gap|open window of my \\d+(?:th|st|nd|rd)? flor`,
  ),
  // Batches zzj to zzm: "walked out into the sea up to my waist", "writing this from the top
  // floor of the multi storey", "im sat in my car on the top floor of the car park". A place alone
  // is not an emergency; beside a wish, a plan or what comes next (AT_THE_PLACE_NEXT) it is.
  rule(
    "place_now",
    "self",
    `(?:walked|waded|wading|walking) (?:out )?into the (?:sea|river|lake|loch|water|canal|reservoir) up to my (?:waist|knes|chest|neck|shoulders|thighs)|(?:walked|waded) out into the (?:sea|river|lake|loch|water|canal|reservoir)(?! (?:for|with|to) )|(?:im|i am|writing this|typing this|sat|siting|parked) (?:\\w+ ){0,4}(?:on|from|at) the top (?:flor|deck|level) of (?:the |a )?(?:car park|multi storey|multistorey|hospital|shoping centre)`,
  ),
  rule(
    "means_here",
    "self",
    `botle of (?:vodka|gin|whisky|wine) and (?:my |her |his |the )?(?:\\w+ )?(?:old )?(?:tablets|pils)|(?:stuf|everything|it) is al set out`,
  ),
  rule(
    "abuse_now",
    "other",
    `(?:yeling|shouting|screaming) (?:that )?(?:hes|shes) going to kil (?:their|her|his) (?:mum|mom|dad|wife|husband)`,
    false,
  ),
  rule(
    "passive",
    "self",
    `think about the (?:level crosing|bridge|river|railway|tracks|clifs|viaduct) every day|thinking about the river al (?:evening|night)`,
  ),
  rule(
    "body_now",
    "look",
    `chest pain[^|]*(?:black out|pounding)|feel like im going to black out|had a (?:fit|seizure) (?:about )?\\d+ (?:min|mins|minutes) ago|breathings? (?:has )?gone (?:slow|weird|funy)`,
  ),
  rule("medical_now", "other", `breathing has gone (?:weird|funy|slow)`),
  rule("goodbye", "other", `" ?thanks for trying`),
  rule(
    "self_harm",
    "self",
    `^ ?cut (?:tonight|today|this morning|last night)\\b|just finished cutting|itch to cut|smacking my head (?:of|against) the wal|ned to hurt my ?self (?:right )?now`,
  ),
  rule(
    "lethal_query",
    "self",
    `most painles way|if i overdosed on|(?:does anyone|do people|can you) (?:actualy )?survive (?:a fal|an overdose|jumping)|how long (?:hanging|drowning|bleding out|an overdose) takes|(?:amount|much|many) would stop my heart|whole (?:pack|packet|box|botle) of \\w+ would be enough|would (?:that|it) do it quietly|what hapens (?:to your body )?if you take \\d+`,
  ),
  rule(
    "active",
    "self",
    `i plan how|thinking about dying properly|thinking about hanging|siting in the garage with the car keys|thinking seriously about (?:suicide|ending it|kiling my ?self)`,
  ),
  // Batch zb (the broad middle, second sample), one round.
  rule(
    "overdose",
    "look",
    `^ ?i took the (?:pils|tablets)(?= ?$| ?\\|| ?,)|(?:while|til|until) the (?:pils|tablets) kick in|took (?:like |about |over )?\\d+ of (?:the|my) (?:\\w+ )?(?:ibuprofen|paracetamol|pils|tablets)|^ ?(?:two |thre )?botles? of (?:wine|vodka|gin|whisky) and al (?:of )?my \\w+(?= ?$| ?\\|| ?,)`,
  ),
  rule("overdose_context", "self", `^ ?(?:i )?took them(?= ?$| ?\\|)`),
  rule(
    "poison",
    "self",
    `(?:drink|drank|drunk|don drink) (?:the )?(?:otapiapia|sniper|muriatic acid|kerosene|parafin|insecticide)`,
  ),
  rule(
    "body_now",
    "look",
    `heart is going (?:insane|crazy|mad)(?<=\\b(?:took|pils|party|something)\\b.*)|crushing (?:pain in my )?chest|pain (?:\\w+ ){0,4}down my left arm|(?:\\d+|thirty \\w+) weks pregnant and (?:\\w+ )?bleding|meter (?:just )?says hi`,
  ),
  rule(
    "plan_strong",
    "self",
    `fast ones dont stop|make it look like an acident|walk out onto the (?:lake|ice)`,
  ),
  rule(
    "active",
    "self",
    `thinking to (?:jump|end|die|kil)|lie down (?:til|until) i go to slep(?<=\\b(?:lake|snow|ice|cold)\\b.*)`,
  ),
  rule("do_it", "self", `working up the nerve|(?:think )?im going in(?= ?$| ?\\|)`),
  rule(
    "passive",
    "self",
    `(?:nobody|no one) would (?:even )?(?:clock|notice|care) if i was gone|thinking about the (?:railway line|river|tracks|bridge)(?: \\w+){0,3} (?:a lot|al the time|every day)`,
  ),
  rule("place_now", "self", `^ ?down by the (?:river|canal|weir|sea|lake)`),
  rule("active", "self", `(?:no ,? )?im not safe(?= ?$| ?\\|| ?,)`),
  rule("means_here", "self", `(?:ive|i have|ive got) everything i ned here`),
  rule("attempt", "self", `tried to (?:strangle|hang|drown|sufocate) my ?self`),
  rule(
    "bleeding",
    "self",
    `(?:bleds|bleeds) again every time|cant get it to stop(?<=\\b(?:blod|bleding|cut)\\b.*)`,
  ),
  rule(
    "abuse_now",
    "self",
    `trying to break the (?:bedrom |bathrom |front )?dor down|pushed the (?:wardrobe|chest of drawers|bed|chair) against (?:it|the dor)|said im next`,
    false,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:say|said|says) (?:he|she) (?:go|wil|go to) kil me|(?:wil|go|going to) burn me`,
  ),
  rule("abuse_now", "other", `screaming for help`, false),
  rule(
    "harm_others_intent",
    "self",
    `(?:started )?carying a knife|(?:im going to|im gona|i am going to|il|i wil) kil (?:that|the) (?:bloke|guy|man|woman|lad|fela|prick|bastard)`,
  ),
  rule(
    "active",
    "self",
    `(?:only thing|al) (?:that )?sounds god (?:anymore )?is (?:being dead|dying)|is it normal to think about (?:kiling your ?self|suicide|dying)|suicide is the only (?:dor|way|option|answer)|making my ?self die|closer to the edge (?:of the platform )?every|leting it hapen|the wanting to end it|thinking about ways to fix that|finish my ?self of`,
  ),
  rule(
    "lethal_query",
    "self",
    `if i took (?:al|every) (?:\\w+ ){0,3}(?:would|wil) that|make me slep forever|dose (?:\\w+ ){0,4}where you (?:just )?dont wake up`,
  ),
  rule(
    "means_strong",
    "self",
    `stash of (?:my |his |her |dads |mums )?(?:\\w+ )?(?:oxys?|pils|tablets|meds)|colecting (?:\\w+ ){0,2}(?:sleping tablets|pils|tablets|meds)`,
  ),
  rule(
    "self_harm",
    "self",
    `the urge is so loud|with a blade(?=[^|]*\\bnot doing anything yet)|banged my head (?:of|against) the wal on purpose|made my ?self sick (?:\\w+ )?times since|nag cut (?:ulit )?ako|i stil cut|(?:going to|gona) go cut`,
  ),
  // Batch zf (men who do not talk about feelings), one round.
  rule(
    "means_now",
    "self",
    `(?:shotgun|gun|rifle|12 bore|twelve bore)(?:s| is)? (?:\\w+ ){0,3}(?:on the pasenger seat|loaded and on the)|barels in my mouth|(?:lock ?up|garage) with the dor (?:puled )?(?:down|shut|closed)|and its running(?<=\\b(?:lock ?up|garage)\\b.*)|got the helium|helium and the bag|handbrake of in a min|opened both arms up|waters gone red|ropes? (?:is |s )?on the hok|botle and the pils with me|parked on the edge of the gorge`,
  ),
  rule(
    "place_now",
    "self",
    `im stod at it now|sat by the crosing|(?:up|on) the scafold|top of the clif path|parked up at the top of the quary`,
  ),
  rule(
    "goodbye",
    "self",
    `left leters on the side for|sent the lads a last mesage|loved the lot of you|no more pain after tonight|(?<!\\bso )thats me done(?= ?,| ?$| ?\\|)`,
  ),
  rule(
    "attempt",
    "self",
    `tried last night and the (?:belt|rope|cord) snaped|walked into the sea (?:about )?\\d+ hours ago|took everything i had and woke up`,
  ),
  rule(
    "overdose",
    "self",
    `(?:washed down|swalowed) (?:about |like )?\\d+ of my|mixed the (?:methadone|diazepam|tramadol|oxy) with the|took my (?:mrs|mrss|wifes|mums|dads|nans) (?:\\w+ )?,? al of it|(?:took|taken) a (?:big )?fistful of`,
  ),
  rule(
    "passive",
    "self",
    `no point me being (?:around|here)|(?:id|i would) quite like to be dead|(?:he|she) had the right idea|if it wasnt for the dog id have gone through with it`,
  ),
  rule(
    "active",
    "self",
    `take my ?self out (?:of )?the equation|thinking (?:of|about) finishing my ?self|end up ending it|how to get out of this for god|eating a round|think about stepping out|yanking the wheel|puting the car into a bridge|bit of me that wants to go through with it|thoughts of ending it every night|thinking about (?:joining|being with) (?:him|her|them)(?= ?$| ?\\|| ?,| worked)|working out which way id do it|think about doing it every day`,
  ),
  rule(
    "plan_strong",
    "self",
    `decided how|spot picked|worked out it would be (?:pils|the car|the rope|the gun)|if i did it in the van`,
  ),
  rule(
    "lethal_query",
    "self",
    `surest way with a (?:shotgun|gun)|(?:dont|wont) feel (?:nothing|anything) if you take enough|how much (?:antifreze|insulin|\\w+) would (?:actualy )?do it|what dose of (?:\\w+ )?stops a heart|would you wake up(?= ?$| ?\\|)`,
  ),
  rule("means_strong", "self", `hosepipe that fits the exhaust`),
  rule("affairs", "self", `paid of what debts i could|gave the dog to next dor|deleted facebok`),
  rule("self_harm", "self", `puting my fags out on my arm|smashed my head (?:of|against) the dor frame`),
  rule("bleeding", "self", `flap of skin hanging`),
  rule(
    "body_now",
    "look",
    `chests? feels like (?:someones|someone is) sat on it|left arms? (?:is |s )?numb|left side(?:s| has)? gone numb|fingers have gone white and cold|throwing up blod|lips numb(?<=\\b(?:pils|tablets|drank|gabapentin|took)\\b.*)`,
  ),
  rule("medical_now", "other", `not moving(?<=\\bfel\\b.*)|blod coming out (?:his|her) ear`),
  rule(
    "abuse_now",
    "self",
    `(?:smashing|kicking|banging) (?:on )?the (?:bathrom|bedrom|front) dor|knife and (?:shes|hes) between me and|choked me til i saw stars|outside my flat right now banging|coming at me with (?:his|her) belt|(?:shes|hes) on the landing now|chucked the ketle at me`,
    false,
  ),
  rule("abuse_threat", "self", `(?:have|get) me kiled`),
  rule(
    "harm_others_intent",
    "self",
    `(?:machete|knife|blade|wrench|hamer|bat)(?:s| is)? (?:in the van|in my jacket)|run the foreman over|(?:il|im going to|gona) run (?:him|her|them|the \\w+) over|ive got the claw hamer|tonight (?:he|she) pays|outside her new felas house with a|then nobody has them|puting him in hospital|for when i run into|^ ?bought a knuckle duster|(?:hes|shes) geting cut|i know where the manager lives|i think i actualy would`,
  ),
  rule(
    "goodbye",
    "other",
    `" ?ben god knowing you|finishing it tonight with the shotgun|locked him ?self in the barn`,
  ),
  rule("means_now", "other", `(?:says hes|hes) got a razor|with the car running[^|]*draged him out`),
  // Batch ze (the body), one round.
  rule(
    "overdose",
    "self",
    `(?:^|\\| )(?:the )?whole botle of (?:tylenol|paracetamol|ibuprofen|pils|tablets|co codamol|\\w+ pm)|ive had most of them|necked (?:half )?(?:a (?:botle|box|packet) of|a load of|al)|^ ?\\d+ (?:paracetamol|ibuprofen|pils|tablets|sertraline|co codamol) (?:this|last|earlier|today|an hour)|(?:tablets|pils) are kicking in|took what i neded to|ate a whole pack of|the whole strip and the spare|swalowed the first half of them`,
  ),
  rule(
    "poison",
    "look",
    `(?:drank|drunk|swalowed) (?:\\w+ ){0,6}white spirit|got a (?:proper )?mouthful (?:down|of)(?<=\\b(?:spirit|bleach|antifreze|weedkiler)\\b.*)|mushrooms i picked`,
  ),
  rule(
    "body_now",
    "look",
    `fel beter when we go outside|pouring for over an hour|i (?:think i )?was stabed|skin has gone white and lethery|skin is coming of in shets|red raw and blistering|crushing presure in my chest|done \\d+ pufs|cant finish a sentence|meter (?:just )?says lo|ketones \\d|voice is going hoarse(?<=\\bstung\\b.*)|lips have gone (?:a bit )?blue|half my face has gone numb|arm wont lift|words are coming out (?:wrong|slured|funy)|seing flashing lights|positive test last wek|cant catch my breath(?<=\\bcalf\\b.*)|\\d+ weks and (?:suddenly )?bleding|pasing (?:masive|huge|big) clots|soaking a pad every|can fel the cord|stoped sweating|like 200 on my watch|nearly fainted(?<=\\b(?:heart|watch|pils|tablets|took)\\b.*)|(?:fiting|seizing) on the flor|ben going (?:about )?\\d+ minutes and it wont stop|rash that doesnt fade|banged (?:her|his) head[^|]*blod thiners|came of the trampoline onto (?:his|her) head|face is pufing up|wheezing and (?:her|his) face`,
  ),
  rule(
    "medical_now",
    "other",
    `chewed (?:up )?some of (?:my|the) (?:iron )?tablets|had (?:his|her) warfarin (?:thre|two) times|gums are bleding|(?:son|daughter|todler|baby|\\d year old) swalowed (?:\\w+ ){0,5}bateries?`,
  ),
  rule("bleeding", "self", `presing a towel on it for|puddle on the`),
  rule(
    "self_harm",
    "self",
    `poured boiling water over my|did some on my (?:stomach|arm|arms|legs|thighs|hip)|scraping my (?:arms|legs|skin) with|bought new blades|stubed my fag out on my arm|the compas (?:from my pencil case )?is right here|(?:going to|gona) go and do my (?:thighs|arms|legs)|taken a (?:kitchen )?knife to my|presed it on my (?:leg|arm|skin)|held my hand under (?:it|the tap)|the ones i just did|take a few extra of my pils tonight|so it hurts more|picked my scabs|kept going on my arm|with the pencil sharpener|find something sharp|slashed my \\w+ on purpose|snaped cd|(?:going to|gona) throw up (?:dinner|tea|lunch)|purged \\d+ times today|taking the laxatives tonight|going to make my ?self sick after|have to get rid of it`,
  ),
  rule(
    "lethal_query",
    "self",
    `would stop (?:someone|me|you) waking up|overdose painful or do you just drift of|which vein|would insulin do it|cutting somewhere that actualy ends it|wreck your liver the quickest|whole box of sleping tablets actualy do|how much of my (?:\\w+ ){1,4}would be to much|would that do it|dose of \\w+ that actualy stops your heart`,
  ),
  rule(
    "active",
    "self",
    `i want my heart to stop|(?:want )?the next one to be the last|slep with a bag of pils in me|think about hanging a lot|thinking about drinking bleach`,
  ),
  rule("means_strong", "self", `saved (?:\\d+|thre|two) months of my|chemist would only sel me two packs`),
  rule("farewell", "look", `texted saying sory for everything`),
  // Batch zd (young people), one round.
  rule(
    "means_now",
    "self",
    `got the belt (?:\\w+ ){0,5}(?:im|and im) sat (?:on the \\w+ flor )?with it|(?:with )?the cord of the blind|stod on the stol with it round my neck|(?:it|the belt|the cord|the rope|the scarf)s? round my neck(?= ?$| ?\\|| typing| now| rn)|in the garage with the car running`,
  ),
  rule(
    "means_here",
    "self",
    `(?:pils|tablets|them) in my drawer rn|keep opening it and holding them|counted them twice(?: \\| \\d+)?`,
  ),
  rule(
    "place_now",
    "self",
    `on the top flor of the multi ?storey(?: now)?|stod on the bridge over the|(?:going|go) of the schol rof`,
  ),
  rule(
    "departure",
    "self",
    `(?:wont|wil not) be online after tonight|il be gone before my alarm|dont think i want to climb back`,
  ),
  rule(
    "goodbye",
    "self",
    `writing my note|how do (?:you|u) write a goodbye|left a leter on my desk for|put my stuf in bags with (?:peoples )?names on`,
  ),
  rule("plan_strong", "self", `thats when im walking to the bridge|ive decided how`),
  rule("plan", "self", `the plans sorted|i have a plan(?= ?\\.| ?\\|| ?$| not)`),
  rule("overdose", "self", `took the pils i brought|taking them after my last`),
  rule("attempt", "self", `last night i tried with my (?:scarf|belt|cord|tie)`),
  rule(
    "abuse_now",
    "self",
    `locked in the shed(?![^|]*\\bby acident)|(?:man|guy|someone) from (?:discord|snap|instagram|the app) (?:is )?outside my house|i have \\d+ min(?:utes)? to send more|(?:is|s) in my rom again and wont leave|(?:hes|shes) stil at the dor|kicked out at \\d+ ?am`,
    false,
  ),
  rule(
    "abuse_now",
    "other",
    `(?:has|got) my (?:litle )?(?:sister|brother|mum|mom) by the hair|(?:shes|hes) going to stab (?:him|her)[^|]*(?:knife|block)`,
    false,
  ),
  rule(
    "goodbye",
    "other",
    `black screen on (?:her|his) story|(?:live|stod) on (?:tiktok|a bridge)[^|]*last video|left a note on (?:her|his) bed saying|(?:shes|hes) gone silent(?<=\\brazors?\\b.*)`,
  ),
  rule("harm_others_intent", "other", `knife in (?:his|her) bag (?:at lunch )?and said (?:hes|shes) stabing`),
  rule(
    "harm_others_intent",
    "self",
    `im glasing (?:him|her)|bat is next to my bed|bringing the screwdriver|(?:im going to|im gona|i am going to|il) (?:properly )?batter|puting something in (?:my \\w+s|his|her) drink|properly hurt her so`,
  ),
  rule(
    "means_strong",
    "self",
    `keping every pil i get|(?:grans|nans|dads|mums) old morphine|taken dads old belt and hiden it`,
  ),
  rule(
    "lethal_query",
    "self",
    `which is quicker ,? jumping or pils|(?:tylenol|paracetamol) od is slow|something strong enough to end it|how do people (?:even )?do it without it hurting|looking at which meds|looked up the dose`,
  ),
  rule(
    "active",
    "self",
    `didnt respawn|ways to not be here for real|think about unaliving my ?self|only way out of this house is to die|stand right at the edge of the platform every`,
  ),
  rule(
    "self_harm",
    "self",
    `just did it again(?= ?\\| the sh)|(?:just )?done it again now|arm looks like a barcode|the one i did tonight is`,
  ),
  // Batches zg, zh and zi, one round.
  rule(
    "active",
    "self",
    `want my life to (?:end|be over)|(?:part|bit) of me (?:that )?wants to die|thoughts (?:about|of) dying (?:are|is) (?:louder|loud|geting)|the pul to end it|(?:wanted|want) to folow (?:her|him|them)(?<=\\b(?:pased|died|lost|funeral)\\b.*)|eating my gun|hapier if i (?:just )?ended it|thinking seriously to finish it|(?:want to|wana) (?:die|be dead) (?:leh|lah|sia)|(?:i )?think about the ways|dey think (?:to jump|how i go)|(?:i )?no wan live again|dil karta hai khatam kar don|(?:plan is|thought is) clear in my head|research about methods|(?:think|thought) seriously about the suicide|(?:starting to|started to) plan it`,
  ),
  rule(
    "lethal_query",
    "self",
    `nembutal|which pesticide works|what height from a building|quickest way to stop breathing|medicine for the dog ,? the one to put them to slep|mix the two cleaners|(?:heart|hearts) stop asking for my`,
  ),
  rule(
    "do_it",
    "self",
    `(?:before|about to|now) i go through with it|(?:came|come) (?:down |up )?here to (?:go in|jump|do it|end it)|this is where i go over|puting my shoes on now|(?:i )?dey count to ten|a tonight dis|tonight na tonight|tonight i wil finish it`,
  ),
  rule(
    "means_now",
    "self",
    `(?:shotgun|gun|rifle|revolver|pistol) (?:\\w+ ){0,2}(?:out )?on the (?:kitchen )?table[^|]*\\bloaded|(?:revolver|gun|shotgun|pils|tablets|rope)(?:s| is)? in front of me|the rope is there|rifles? (?:is |s )?in the back of the truck|drawn it up(?<=\\binsulin\\b.*)|rope is tied on the ceiling fan|kerosene and matchbox|di rope an mi find di tre|(?:the )?rope from the goat`,
  ),
  rule(
    "place_now",
    "self",
    `sat on the ledge|legs hanging out|(?:siting|sat) on the (?:coridor )?ledge|by the rail of the flyover|im at the wel now|going to the rof now|standing by the rocks`,
  ),
  rule(
    "goodbye",
    "self",
    `this is the last time il (?:mesage|text|write|talk)|want them to find me|note (?:\\w+ ){0,3}for whoever finds it|eating my last meal|sending my last mesages|last whatsap status|post already my goodbye|packet for whoever finds it|by morning i wont be here`,
  ),
  rule("departure", "self", `not going to be answering after tonight|wont be here to read it`),
  rule("place_going", "self", `then im walking to the bridge`),
  rule("attempt", "self", `jumped (?:of|in|into) the harbour wal (?:earlier|today)`),
  rule(
    "overdose",
    "self",
    `(?:drank|drink|don swalow) the (?:gramoxone|sniper|muriatic|acid for batery)|i mix the (?:panadol|paracetamol) with|drank already \\d+ (?:biogesic|panadol|paracetamol)|put al my insulin at once|i took it ,? the whole botle|already take al the pils|took paracetamol last night maybe \\d+`,
  ),
  rule("poison", "self", `(?:^ ?|but )its (?:antifreze|bleach|weedkiler|white spirit)(?= ?,| ?$)`),
  rule(
    "means_strong",
    "self",
    `squireling away|buying sleping pils one strip at a time|\\d+ strips hiden|don buy the thing from chemist`,
  ),
  rule(
    "plan_strong",
    "self",
    `drive into a lory on the highway|my plan is tomorow morning when|drive of the edge`,
  ),
  rule(
    "self_harm",
    "self",
    `took the blade to my|want to carve into|did fresh cuts|til my scalp bleds|thinking about cutting tonight|did it again on my arm just now|presed the iron on my arm|yesterday and today i cut`,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:hes|shes) coming at me again|thrown a glas at my head|kicked the (?:front |back )?dor in|i can smel petrol|got me cornered|shoved me to the flor|choked me just now|locked me out on the balcony|he got in through the back dor|stod in my dorway so i cant get out|grabs me by the throat every time|(?:has|he has) come in my rom again|banging my dor asking me to open|poured kerosene on me`,
    false,
  ),
  rule(
    "abuse_threat",
    "self",
    `next time (?:he|she) wont let go|nobody would question it if i had an acident|drown me properly|run me over with the car if|ur a dead woman|il finish u\\b|throw me of the balcony if|her brothers wil find me and kil me|gas the pair of us|put rat poison in my dinner|could get rid of both of us|do honour kiling|wished (?:she|he)d kiled me`,
  ),
  rule(
    "harm_others_intent",
    "self",
    `it ends ,? for (?:him|her|them)|pouring boiling water on (?:him|her)|cutlas ready|the acid is in the botle|i have the hamer(?= ?\\.| ?\\|)|machete go the joint|beat that sir|bought the acid for|sharpening the panga`,
  ),
  rule(
    "abuse_now",
    "other",
    `draging (?:my|his|her) (?:litle )?(?:\\w+ )?(?:wife|girlfriend|partner|sister|brother|mum|mother|daughter|son) (?:\\w+ ){0,4}by (?:the|her|his) hair|(?:has|got) her pined on|hands round my neck help|pushed him down and is kicking him|shake our baby|hes draging her by the hair|locked her in the bedrom and hit her|i can hear slaping`,
    false,
  ),
  rule(
    "medical_now",
    "other",
    `drank some dishwasher|foam round (?:her|his) mouth|(?:diabetic|sugar)[^|]*(?:confused|slurring|sweaty)|clutching his chest|one pupil loks bigger|at the botom of her stairs[^|]*isnt answering|one side of (?:she|her) face drop|baby is having fits|snake bit|holding his chest[^|]*left arm`,
  ),
  rule(
    "bleeding",
    "other",
    `(?:hes|shes) cutting (?:his|her) wrists|cut to deep on (?:her|his) wrist|blod spurting everywhere|blod on the bathrom flor coming under the dor|stil bleding even with the tea towel`,
  ),
  rule(
    "means_now",
    "other",
    `(?:streaming|live) (?:rn )?with a belt round his neck|gone out to the garage with the shotgun|standing on the railway line|climbed over (?:her|his|the) (?:balcony )?(?:rail|barier)|insulin pens are al gone|geting of at the river bridge`,
  ),
  rule(
    "goodbye",
    "other",
    `" ?tel the kids i loved them|bank details and his phone pascode|by the time you read this il be gone|fae the bridge|the word sory|" ?i love you ,? its not your fault|" ?sir thank you for everything|swalowed something from the shop to end it`,
  ),
  rule(
    "harm_others_intent",
    "other",
    `machete out the shed and said hes sorting|dads pistol on his story|outside my sisters house with a crowbar|chasing another guy (?:\\w+ ){0,3}with a knife|the hamer is gone from the tolbox|walked back into the warehouse with a bat`,
  ),
  // Batches zj, zl and zm, one round: taken and said after, the questions, the body, the weapon
  // made ready.
  rule(
    "overdose",
    "self",
    `(?:tok|taken|swalowed|necked|downed) (?:them|the (?:tablets|pils|lot)|it) (?:now |already )?(?:\\| |, )?(?:al of them|al \\d+|the lot|every (?:single )?one)|(?:did|ve|have) (?:take|taken|tok) (?:the |my )?${PILLS} ,? al \\d+|(?:every|al (?:my|the)) (?:\\w+ )?patch(?:es)? (?:i had )?on at once|(?:shot up|injected|used|tok|took) (?:way |much |a lot )?more than (?:normal|usual) on purpose|chewing through (?:my |the )?${PILLS}|(?:theyre|they are|its|it s) already (?:down|in me|in my system)(?<=\\b(?:${PILLS}|them|enough)\\b.*)|(?:\\d+|twelve|twenty) (?:zopiclone|zolpidem|sleping pils|diazepam|co codamol|codeine|sertraline|amitriptyline|pregabalin|tramadol)(?<=\\b(?:wine|vodka|botle|drink|gin|whisky|beer)\\b.*)`,
    false,
  ),
  rule(
    "overdose",
    "look",
    `(?:mixed|tok|swalowed|necked|had|did)(?: \\w+){1,8} on purpose(?<=\\b(?:${PILLS}|benzos|methadone|xanax|heroin|gram|patches)\\b.*)`,
    false,
  ),
  rule(
    "lethal_query",
    "self",
    `how (?:far|high) (?:do|would|wil) (?:you|i|someone) (?:have|ned) to (?:fal|jump|drop)(?: from)? to (?:definitely |actualy |realy |surely )?(?:die|be dead|not survive)|how (?:far|high) to (?:fal|jump) to (?:die|not survive)|what (?:dose|amount|number) of (?:\\w+ ){0,2}(?:would|wil|to|could) (?:stop (?:a|my|your|the) heart|kil (?:me|you|someone))|how long (?:does|would|wil) (?:an )?overdose of (?:\\w+ ){1,2}take|how many (?:of )?(?:my )?(?:\\w+ ){1,3}(?:plus|and|with) (?:the |my )?\\w+ would be enough|lethal (?:drug )?(?:combos|combinations|mixes)|whether a (?:\\d+(?:st|nd|rd|th)|\\w+) flor fal would kil|(?:bridges|car parks|buildings) (?:\\w+ ){0,3}(?:dont|do not) have (?:the )?(?:mesh|fences|nets|bariers|railings)|(?:want|ned) to know the number for me|is (?:\\d+|twenty|thirty|forty|fifty) of (?:them|these|my \\w+) enough to`,
  ),
  rule(
    "self_harm",
    "self",
    `(?:^ ?|\\bi (?:just |stil |already )?)cut (?:in the (?:shower|bath|toilets?|los)|at (?:lunch|work|school|colege|uni)|this morning|last night|tonight|earlier|again)|(?:held|presed|pushed) (?:my )?(?:arm|hand|leg|thigh|wrist|skin|fingers) (?:on|against|into|under) (?:the )?(?:hob|iron|kettle|stove|oven|radiator|grill|hot \\w+)|(?:presed|held|put|pushed) (?:a )?(?:hot|burning|lit|heated) \\w+ (?:into|on|against|to) my (?:arm|hand|leg|thigh|wrist|skin|stomach|belly)|(?:punched|hit|banged|smashed|bashed|burned|burnt|scratched|scalded|bit) (?:my (?:head|fist|hand|arm|leg|thigh|wrist|knuckles|face|skin)|the (?:\\w+ )?(?:wal|tiles|dor|mirror|steering whel))(?: \\w+){0,8} (?:\\| )?(?:on purpose|deliberately)|(?:draging|scraping|scratching|carving|digging) (?:my |a |the )?(?:keys?|compas|pen|nails|blade|razor|glas|scisors) (?:across|into|along|down|over) my (?:arm|leg|wrist|skin|thigh|stomach|hand)|carve (?:\\w+ ){0,2}into my (?:skin|arm|leg|thigh|wrist|stomach)|did it again (?:tonight|today|last night|just now|earlier) with (?:the|a|my) (?:craft knife|razor|blade|compas|scisors|knife|lighter|sharpener)|swaped the drink for cutting|did a few(?<=\\b(?:razor|blade|los|cut)\\b.*)`,
  ),
  rule(
    "means_now",
    "self",
    `(?:exhaust|hose|hosepipe)(?: \\w+){0,4} (?:set up|through (?:the )?(?:back |car |rear |driver |pasenger )?window|kit)(?<=\\b(?:car|engine|van|lay by|parked)\\b.*)|engine (?:running|ticking over|on)(?<=\\b(?:hose|hosepipe|exhaust)\\b.*)|(?:belts?|rope|cord|cable|sheet|scarf) (?:\\w+ ){0,2}(?:knoted|tied) (?:to|round|on) the (?:banister|beam|lof hatch|tre|dor|rail|curtain pole|hok)|(?:pistol|gun|rifle|shotgun) out of the (?:safe|cabinet) and loaded it`,
  ),
  rule(
    "means_strong",
    "self",
    `build up a (?:supply|stash|stockpile)|for when i ned (?:it|them)(?<=\\b(?:stash|paracetamol|pils|tablets|boxes)\\b.*)|practi[sc]ing the knot|bought a hose(?:pipe)?(?<=\\b(?:car|exhaust|engine)\\b.*)|(?:taken|tok|got) (?:it|the (?:shotgun|gun|rifle)) out (?:of )?the (?:locked )?(?:cabinet|safe) and put it in (?:the|my) (?:wardrobe|bedrom|car|van)`,
  ),
  rule(
    "goodbye",
    "self",
    `this is my last (?:entry|post|note)(?! (?:tonight|today|for (?:now|today|tonight|a while|a bit)|before|til|until|of the (?:day|night)))(?![^|]*\\b(?:bed|slep|night|tomorow|laters|morning)\\b)|(?:^ ?)last post(?= ?(?:\\||$|,))|last thing il (?:ever )?(?:write|say|post)|leters? (?:is |s )?on (?:mums|dads|my \\w+s) pilow`,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:shouted|shouting|yeling|screaming|screamed|says|said) (?:that )?(?:im|i am|youre) (?:next|after)|(?:punched|kicked|smashed|broke) (?:through |in )?(?:my|the) (?:bedrom |bathrom |front |back )?dor|(?:has|got|holding) (?:the|a|my|his|her) (?:bread |kitchen |carving )?knife and (?:hes |shes |is |s )?(?:shouting|screaming|yeling|threatening|coming|saying|stod|standing)|chair (?:against|under) the (?:dor )?handle|tied my (?:wrists|hands|ankles)|kept me in (?:the|my) (?:\\w+ )?(?:bedrom|rom|shed|cupboard) since|made me (?:drink|take|swalow) something|trying the (?:dor )?handle(?: on)? (?:my|the) (?:back |front )?dor|holding (?:the|a) (?:kettle|pan|iron|knife|bat|hamer) over me|draging me (?:round |around )?by my hair|knelt on my (?:chest|neck|throat)|ramming my car|(?:folowed|folowing|ben behind) me (?:for |round |around )?(?:\\d+|thre|two|four|every) (?:streets|aisles?|stops|blocks)|help (?:hes|shes|theyre) here|holding a lighter (?:up )?to|burn(?:ing)? the (?:house|flat|place) (?:down )?with (?:me|us|the kids)(?: \\w+){0,3} in it(?<=\\b(?:petrol|outside|end of my road|at the dor|here)\\b.*)|(?:shoved|pushed|threw) me down the stairs(?=[^|]*\\b(?:now|tonight|mins ago|minutes ago|and (?:hes|shes) (?:in|stil|downstairs|upstairs|outside))\\b)`,
    false,
  ),
  rule(
    "abuse_now",
    "look",
    `(?:he|she|hes|shes|my \\w+|dad|mum|mom) (?:has )?(?:pushed|shoved|hit|punched|kicked|slapped|strangled|choked|headbuted|thrown (?:a |the )?\\w+ at|threw (?:a |the )?\\w+ at) (?:me|her|him|mum|mom)(?=[^|]*\\b(?:right now|now|tonight|mins ago|minutes ago|and (?:hes|shes) (?:in|stil|downstairs|upstairs|outside|screaming|shouting)))|(?:dad|mum|mom|stepdad|stepmum|uncle|brother|boyfriend|husband|partner|fela) (?:is |s )(?:strangling|choking|beating|hiting|kicking|punching|stabing|hurting) (?:mum|mom|my \\w+|her|him|me)(?= (?:in the|downstairs|upstairs|now|right now|again now|as we speak|and i can)\\b)|(?:is|s) shaking (?:our|my|the|his|her) (?:baby|daughter|son|litle one)|(?:carer|lodger|nurse) (?:slapped|hit|punched|kicked|shoved|pushed) (?:her|him|them)|standing over (?:her|him|me) (?:shouting|screaming|yeling|with)|drag(?:ed)? (?:a|the) (?:girl|woman|boy|kid|child) (?:\\w+ ){0,3}into (?:a|the|his) (?:van|car)|(?:smashed|broke|kicked) (?:in )?(?:her|his|my|the) (?:back |front )?(?:window|dor)(?: \\w+){0,3} (?:and )?(?:climbed|got) in|ben (?:screaming|shouting|yeling) (?:for )?help|(?:got|has) (?:my \\w+|her|him|mum) pined|(?:hes|shes) going to kil (?:mum|mom|her|him|my \\w+)(?<=\\b(?:please come|help)\\b.*)`,
    false,
  ),
  rule(
    "self_harm",
    "look",
    `(?:scratching|picking|pulling|digging)(?! (?:her|his|their) )(?: \\w+){0,8} (?:til|until) (?:the skin comes of|it bleds|i bled)`,
  ),
  // Batch zk, long messages: the risk told in one plain sentence among many.
  rule(
    "active",
    "self",
    `(?:going|gona|go|jumping|stepping|throwing my ?self) (?:right )?(?:of|over) (?:the )?(?:top of (?:the )?|edge of (?:the )?)?(?:\\w+ ){0,2}(?:rof|bridge|clif|clifs|ledge|balcony|multistorey|multi storey|car park|flyover|viaduct|tower block|block)(?! (?:of the )?(?:shed|garage)| into the pol)|(?:voices?|they) (?:\\w+ ){0,3}(?:telling|tel|tels|saying|say|says) me to (?:jump|kil my ?self|die|end it|hang my ?self|cut)|(?:phone|it) goes in the (?:sea|river|water) before i do|go back and do it properly`,
    { act: true },
  ),
  rule(
    "plan_strong",
    "self",
    `(?:im going to|im gona|il|i wil|i am going to) (?:drive|crash|steer) (?:the car )?into (?:the|a) (?:same )?(?:tre|wal|bridge|bridge support|lory|river|sea|quary)(?! (?:car park|bank|park|centre|estate|road))`,
  ),
  rule(
    "means_strong",
    "self",
    `(?:puting|put|set|ben puting|seting) (?:\\w+ ){0,2}aside(?<=\\b(?:pens|pils|tablets|insulin|meds|morphine)\\b.*)`,
  ),
  rule(
    "means_now",
    "self",
    `crushing (?:them|the (?:tablets|pils)) (?:up )?into (?:a|the) (?:mug|glas|cup|drink|botle)|(?:pils|tablets) are (?:in|on) (?:the|a) (?:bowl|plate|dish)(?=[^|]*\\btaking them\\b)`,
  ),
  rule(
    "overdose",
    "look",
    `(?:tok|taken|swalowed|necked|downed) (?:a load|loads|a bunch|a handful|a lot|a few strips) of (?:my |his |her |the |\\w+s )?(?:\\w+ )?${PILLS}(?: with| and)`,
    false,
  ),
  rule(
    "overdose_intent",
    "self",
    `(?:im|i am|il be|i wil be) taking them (?:al )?(?:at|tonight|when|after|once)`,
    { act: true },
  ),
  rule("departure", "self", `(?:didnt|not) (?:buy|get|bought) a return`),
  rule("place_now", "self", `(?:im|i am) (?:at|on) the (?:place|spot)(?= ?$| ?\\|| ?,| now)`),
  rule(
    "farewell",
    "look",
    `(?:(?:left|leaving) (?:a |the )?(?:\\w+ )?|with a )(?:leter|note|leters|notes) (?:for|to) (?:my )?(?:wife|husband|mum|mom|dad|kids|partner|son|daughter|family|parents|sister|brother)|(?:thank|thanks|bye|love (?:you|u)|note|leter|forgive me)[^|]{0,40}\\bsory for the mes`,
  ),
  rule(
    "means_now",
    "other",
    `(?:hes|shes|he is|she is) going to step (?:out )?in front of the (?:\\d+|train|next)`,
  ),
  rule(
    "harm_others_intent",
    "other",
    `(?:took|tok|grabed) the (?:big |bread |kitchen )?knife (?:out of the block )?and (?:got in|left|went out|drove)|(?:showed|showing) me (?:a|his|her) (?:gun|knife|blade)`,
  ),
  // Batch zp, the writer's own body: what was taken, what was done to it, and its signs now.
  rule(
    "overdose",
    "self",
    `(?:put|injected|did|done) (?:al|every)(?: of)? (?:the |my )?(?:insulin|pens|units|everything i had)|emptied every (?:blister|packet|box|botle)|did the thing with the (?:pils|tablets)(?= ?$| ?\\|| ?,)|(?:^ ?|i |i have |ive )overdosed(?= ?$| ?\\|| ?,| now| just now| tonight)|mixed the (?:pils|tablets) with the (?:wine|vodka|whisky|gin|drink)|taking them one at a time(?= since| til| until|[^|]*\\bim on \\d+)|injected everything i had|(?:al of it|everything|the lot) gone down|(?:pils|tablets) and (?:whisky|vodka|wine|gin)(?<=\\bso i did\\b.*)`,
    false,
  ),
  rule("overdose", "look", `swalowed the (?:${PILLS}|pils|tablets) (?:after|because|when|cos)`, false),
  rule(
    "active",
    "self",
    `(?:only|one) thing i (?:want|wish for|ned) is (?:to be dead|to die|death|to not (?:exist|be here|wake up))|(?:want|wana) to (?:stop being alive|not be alive)|i (?:think i )?want that for me(?<=\\b(?:od|oded|overdosed|died|kiled themselves|suicide)\\b.*)|(?:plan is to|going to|gona) drink (?:until|til) i stop breathing|drinking my ?self to death is the plan`,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:amount|dose|how many|how much) of (?:\\w+ )?\\w+ (?:where|that|would|to make) (?:your|the|a|my) (?:liver|heart|kidneys) (?:just )?(?:gives up|give up|fails|stops|stop)|does dying (?:from|of) (?:\\w+ ){1,3}hurt|which (?:\\w+ )?(?:are|is) the (?:dangerous|deadly|lethal) ones? if you take (?:to|too) many|how many (?:\\w+ ){0,2}(?:pils|tablets) a person would ned|is (?:\\d+|twenty|thirty|forty) of (?:the|my|these) (?:\\w+ )?(?:ones|pils|tablets) enough|why do people survive (?:\\w+ )?overdoses|strongest for ending (?:things|it)|(?:took|tok|take) to much on purpose or by acident`,
  ),
  rule(
    "self_harm",
    "self",
    `(?:scrubbed|scraped|rubbed|scratched) my (?:arms?|legs?|skin|wrists?|thighs?) (?:\\w+ ){0,4}(?:til|until) (?:they|it) bled|(?:^ ?|i |keep |kept |i keep )(?:slaming|slamed|smashing|smashed) my (?:hand|fingers|head|arm) (?:in|against|into) the (?:dor|wal)|open(?:ed)? (?:it|the (?:old )?cut|the wound|them) (?:back )?up(?: again)?(?=[^|]*\\b(?:on purpose|tweezers|plaster|i like)\\b)|ice and salt (?:thing |chalenge )?on my|started burning (?:instead|my ?self)|burning (?:my ?self|my \\w+) (?:\\w+ ){0,3}with a lighter|(?:dug|dig|diging) (?:my |a |the )?(?:compas|nails|pen|blade|keys?) into my (?:arm|leg|wrist|skin|thigh|hand)|(?:did|done) (?:it|this) to my ?self on purpose|deper than usual and gaping|with the others showing`,
  ),
  rule(
    "poison",
    "self",
    `(?:its|it was) (?:some )?(?:cleaning stuf|descaler|oven cleaner|drain cleaner)(?<=\\b(?:drank|swiged|swalowed|siped|drinking)\\b.*)|had the (?:descaler|bleach|cleaning stuf) in it|siping the bleach|bleach mixed in`,
    false,
  ),
  rule(
    "body_now",
    "self",
    `(?:mouth|throat) (?:and (?:mouth|throat) )?(?:is |are )?(?:on fire|burning)(?=[^|]*\\b(?:cant swalow|cant breathe)(?= ?$| ?\\|| ?,))|(?:lips|tongue|face) (?:are |is )?swel+ing(?: up)?(?=[^|]*\\b(?:hard to (?:get air|breathe)|cant breathe)\\b)|throat (?:is )?closing(?=[^|]*\\b(?:prawns|nuts|peanuts|shelfish|stung|sting|epipen|pen)\\b)|crushing (?:in|on) my chest|seing two of everything|heart (?:rate )?(?:is )?(?:going )?(?:at )?(?:1[6-9]\\d|2\\d\\d)(?= ?$| ?\\|| ?,| and| bpm)|heart rate (?:is |of )?[23]\\d(?= ?$| ?\\|| ?,| and| bpm)|i (?:think i )?had a (?:fit|seizure)(?= ?$| ?\\|| ?,)|cant get up (?:of|from) the (?:flor|bathrom flor)|belly is rock hard|gone grey and cold|blod (?:coming )?out (?:of )?my ear|spurts when i lift|(?:jaw|teth) locked(?=[^|]*\\b(?:roasting|hot|shaking)\\b)`,
  ),
  rule("means_now", "self", `engine(?:s| is)? running in the (?:closed |shut )?garage`),
  rule("medical_now", "other", `breathing but barely|(?:hes|shes) on the flor and (?:wont|cant|isnt) wake`),
  rule(
    "farewell",
    "look",
    `(?:tel (?:mum|dad|mom)|look after (?:mum|dad|mom|the kids|your mum|your dad))(?: im sory| for me)?`,
  ),
  // Batch zn, the broad middle: means out, goodbyes left, questions asked, wishes said plainly.
  rule(
    "means_now",
    "self",
    `(?:pils|tablets) in (?:one|my) hand|(?:old )?(?:service )?(?:revolver|gun|shotgun|pistol|rifle) (?:is )?out on the (?:kitchen )?table|hose (?:\\w+ ){0,2}(?:hooked|attached|taped|fixed|conected) (?:on)?to the exhaust|(?:shotguns?|guns?|rifles?) (?:is |s )?in the (?:ute|truck|car|van) with me|counted them out(?=[^|]*\\b(?:${PILLS})\\b)`,
  ),
  rule(
    "means_strong",
    "self",
    `stockpiling (?:the |my )?(?:pils|tablets|meds|insulin|paracetamol)|stockpiling (?:the |my )?(?:pens|them) for it|bought (?:the |some )?charcoal(?! for the (?:bq|barbecue|grill))|from diferent (?:chemists|pharmacies|shops)(?<=\\b(?:paracetamol|pils|tablets|packs)\\b.*)|i know why i kept it`,
  ),
  rule(
    "plan_strong",
    "self",
    `taping up the (?:bathrom |bedrom |car )?(?:window|windows|vents|gaps)|worked out which (?:bridge|clif|platform|building|car park|tre)(?! to (?:take|get|cross|use|drive|park))|(?:havent|not) (?:picked|chosen|set) a (?:day|date)(?= ?$| ?\\|| yet)(?<=\\bplan\\b.*)`,
  ),
  rule(
    "active",
    "self",
    `(?:drive|driving) (?:of|over) (?:the end of )?(?:the )?(?:slipway|pier|clif|clifs|edge|quay|dock|bridge)|do away with my ?self|(?:fantasi[sz]ing|thinking) about (?:putting|driving|crashing) (?:the|my) car into|suicide (?:realy )?(?:feels|seems|is) (?:like )?the (?:sensible|only|best|logical) option|i know (?:exactly )?what would work(?= from| out of)|only stil here because i havent (?:worked out|figured out|decided) how|speeding it up my ?self|toping my ?self`,
    { act: true },
  ),
  rule("overdose_intent", "self", `(?:^ ?)taking them (?:al )?(?:at|tonight|when|after|once)`, { act: true }),
  rule(
    "goodbye",
    "self",
    `(?:im )?sory to be leaving you|if (?:my \\w+|you) ever (?:finds|reads|find|read) this(?= ,? ?(?:sweetheart|none of|im sory|i love|its not))|by the time (?:anyone|you|they) reads? (?:this|them|it) il be gone|signing of for god`,
  ),
  rule(
    "overdose_context",
    "self",
    `(?:took|tok) (?:like |about |maybe |around )?(?:\\d\\d|twenty|thirty|forty|fifty) (?:of them )?(?:an hour|\\d+ (?:mins|minutes|hours)|half an hour) ago`,
    false,
  ),
  rule(
    "bleeding",
    "self",
    `(?<!\\b(?:gauze|pad|pads) )keps soaking through(?![^|]*\\b(?:dentist|normal|period)\\b)|(?:soaking|soaked) (?:right )?through(?<=\\b(?:towel|bandage|plaster|tisues?|pad)\\b.*)`,
    false,
  ),
  rule(
    "attempt",
    "self",
    `(?:tried|trying) to go of the (?:\\w+ ){0,2}(?:rof|bridge|ledge|clif|balcony)|jumped (?:of|in|into) (?:the )?(?:pier|bridge|river|harbour(?: wal)?|canal|quay) (?:earlier|today|tonight|last night)`,
  ),
  rule(
    "lethal_query",
    "self",
    `how many is enough(?<=\\b(?:co codamol|pils|paracetamol|tablets)\\b.*)|which is quicker ,? (?:pils|tablets|hanging|jumping|the exhaust|drowning)|how much (?:\\w+ ){0,2}would (?:someone|i|you) have to (?:inject|take|swalow) to not come back|(?:does|would) the cold water (?:\\w+ ){0,4}do it quick|would a fal (?:of|from) (?:the )?(?:\\w+ ){0,5}(?:definitely )?kil (?:a person|someone|you|me)|dose where (?:\\w+ )?turns toxic|(?:would be|is) enough to die`,
  ),
  rule(
    "self_harm",
    "self",
    `geting (?:it|the blade|my blade) out of the tin|the only thing that lets it out is the blade`,
  ),
  rule(
    "harm_others_intent",
    "self",
    `(?:im |il |im going to |going to |gona )(?:caving|cave|kick|kicking|smash|smashing) (?:his|her|their) (?:head|face|skul|teth) in|stod over (?:him|her) with (?:the|a) (?:\\w+ )?(?:knife|hamer|bat|pilow)|(?:going|go|heading) round (?:there )?with (?:the|a|my) (?:\\w+ )?(?:${WEAPONS}|crowbar|bat)|torching (?:his|her|the \\w+s|their) (?:place|house|flat|car)|going round to (?:knock|kick|smash|batter|sort)`,
  ),
  rule(
    "passive",
    "self",
    `(?:simpler|easier|beter) (?:time |of )?(?:for \\w+ )?if i (?:just )?(?:wasnt|was not|werent) (?:around|here|in the picture|alive)|(?:do|be|manage) beter with (?:the )?(?:money|insurance|life insurance|payout) than (?:with )?me|(?:wouldnt|would not) (?:mind|care|be gutted|be sad|be upset)(?: \\w+){0,2} if (?:a|the) (?:bus|car|lory|plane|train|truck)|if (?:a|the) (?:bus|car|lory|truck|plane) (?:took|hit|clipped) me (?:out )?(?:\\w+ ){0,2}i (?:wouldnt|would not)|wish(?:es)? (?:the|my) (?:cancer|ilnes|crash|acident|overdose) had (?:won|worked|got me|finished me)|wouldnt notice one fewer|have (?:her|his|their) own life back without me|wish i could be unmade`,
    false,
  ),
  rule("abuse_now", "self", `locked me out (?:on|in) the (?:porch|balcony|garden|street|cold|snow)`, false),
  rule(
    "abuse_now",
    "look",
    `(?:is |s )?laying into (?:my \\w+|mum|mom|her|him)(?=[^|]*\\b(?:right now|now|downstairs|upstairs)\\b)|(?:hes|shes|he is|she is) outside my (?:bedrom |kitchen |front |back )?window`,
    false,
  ),
  rule(
    "medical_now",
    "other",
    `breathing sounds wrong|empty (?:blister )?packs? (?:al )?(?:round|around) (?:him|her)|lips (?:lok|look|are|gone) bluey`,
  ),
  rule("place_now", "other", `(?:location|locations) (?:s |is )?showing (?:at|on) the ${PLACES}`, false),
  rule(
    "place_now",
    "other",
    `(?:is|s|was|keps) (?:on the phone|ringing|caling|texting|facetiming) (?:to )?(?:me |us )?from (?:the )?(?:top of (?:the )?)?${PLACES}`,
    false,
  ),
  rule(
    "means_now",
    "other",
    `(?:shel|hel|shes going to|hes going to) (?:drive|crash) (?:the car )?into a (?:tre|wal|lory)`,
  ),
  rule(
    "harm_others_intent",
    "other",
    `(?:pic|photo) of (?:a|his|her) (?:gun|knife|rifle)(?=[^|]*\\bgoing round\\b)`,
  ),
  // Batch zo, very short messages: the risk in three or four words.
  rule(
    "goodbye",
    "self",
    `wrote (?:the|a|my) note(?= ?$| ?\\|| (?:its|it s|is) on)|so they know it wasnt (?:them|their fault)|forever this time(?= ?$| ?\\|)`,
  ),
  rule(
    "means_now",
    "self",
    `ropes? (?:is |s )?up(?= ?$| ?\\|| ?,)|in the bath with (?:the|a|my) (?:razor|blade|knife)`,
  ),
  rule(
    "farewell",
    "self",
    `bye everyone|love (?:you|ya) (?:mum|mom|dad|al)(?= ?$| ?\\|| x)|wrote leters to everyone i love`,
  ),
  rule(
    "overdose",
    "self",
    `(?:took|tok) everything in the (?:cabinet|medicine cabinet|first aid box|drawer|cupboard|bathrom cabinet|medicine cupboard)(?! out| of| to)`,
    false,
  ),
  rule(
    "bleeding",
    "self",
    `(?:blod|bled|bleding) (?:through|thru) (?:\\d+|two|thre|four) (?:towels|tea towels|plasters|bandages|pads)`,
    false,
  ),
  rule(
    "self_harm",
    "self",
    `cut to dep|(?:^ ?)just cut(?= ?$| ?\\|| ?,)|ned to fel the blade|got the blade out|havent used it yet(?<=\\bblade\\b.*)|i (?:stil )?sh(?= again| ?$| ?\\|)`,
  ),
  rule("self_harm_history", "self", `i (?:stil )?sh(?= sometimes| every| when| now and)`),
  rule(
    "attempt",
    "self",
    `tried (?:earlier|last night|this morning)(?= ?$| ?\\|| today)|i tried once(?= when| at| years| ?$)`,
  ),
  rule(
    "harm_others_intent",
    "self",
    `i (?:stab|shoot|kil|strangle|smother) (?:him|her|them) (?:while|when) (?:he|she|they) (?:sleps|slep|is aslep|s aslep)`,
  ),
  rule("medical_now", "other", `(?:is |s )?fitting on the (?:\\w+ )?flor`),
  rule(
    "place_now",
    "self",
    `(?:^ ?)(?:top of the (?:multistorey|multi storey|car park|building|block)|on the (?:edge|ledge|bridge|tracks|rof))(?= ?$| ?\\|| ?,)`,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:^ ?)(?:threw|thrown|pushed|shoved|slamed) me (?:into|against) the (?:wal|dor|flor)|(?:hes|shes) found where im hiding|(?:got|has) (?:him|her|me|my \\w+) by the (?:neck|throat)`,
    false,
  ),
  rule("abuse_threat", "self", `next time (?:hes|he is|hel|shes|she is|shel) kiling me`),
  rule(
    "abuse",
    "self",
    `grabs my (?:wrists|arms|neck) (?:til|until|so hard)|(?:hes|shes) ben doing (?:stuf|things) to me`,
  ),
  rule(
    "lethal_query",
    "self",
    `does (?:helium|nitrogen|charcoal|carbon monoxide) (?:actualy )?work(?= ?$| ?\\|| ?\\?)|how much to not wake up|which (?:ones |pils |tablets )?would (?:actualy )?do it|would i die (?:straight away|instantly|right away)`,
  ),
  rule(
    "plan_strong",
    "self",
    `the plan is (?:the )?(?:train line|railway|bridge|pils|rope|tracks|clif)|planed it al out`,
  ),
  rule("means_strong", "self", `i count them every night`),
  rule(
    "passive",
    "self",
    `want to vanish|should never have ben born|(?:would be|itd be|it would be) nice to not wake up|(?:id|i would) welcome a (?:bus|car|lory|truck)|would anyone (?:even )?mis me`,
  ),
  rule("passive", "other", `(?:about )?not being around much longer`),
  rule(
    "body_now",
    "self",
    `(?:sting|stung)[^|]*\\bthroat (?:is )?swel+ing|throat (?:is )?swel+ing(?=[^|]*\\b(?:cant get air|cant breathe)\\b)`,
  ),
  // Leaving, said plainly across the corpus: "not finding me in time", "thats where im doing it".
  rule("active", "self", `not finding me in time(?: tonight| this time)?`, { act: true }),
  rule("plan_strong", "self", `thats where im (?:doing|going to do) it(?= ?$| ?\\|)`),
  rule(
    "farewell",
    "self",
    `(?:this is not|this isnt|its not) a cry for help(?=[^|]*\\bi (?:just )?want (?:one person|someone|somebody) to know)|tel my \\w+ i (?:loved|love) (?:her|him|them)`,
  ),
  rule("place_going", "self", `on my way to the ${PLACES}(?=[^|]*\\bthen thats me\\b)`),
  rule(
    "farewell",
    "look",
    `tel (?:everyone|my \\w+|them) (?:im|i am) sory|its ben an honour(?: boys| lads| everyone)?`,
  ),
  rule(
    "means_now",
    "look",
    `(?:shes|hes|theyre|she is|he is) not coming out alive|(?:she|he) (?:shouted|said|says|screamed|texted) (?:shes|hes|she is|he is) not coming out alive`,
  ),
  rule(
    "medical_now",
    "other",
    `(?:slumped|colapsed)(?: \\w+){0,4} (?:and )?barely breathing|breathing (?:like )?(?:\\w+ )?(?:times|breaths) a minute|gone a (?:\\w+ )?(?:grey|gray|blue)|lips (?:\\w+ ){0,2}weird colou?r|(?:hes|shes|he|she) (?:isnt|is not|s not) (?:talking|making sense|speaking) (?:right|properly)|not making sense(?<=\\b(?:on the flor|head|fel|swolen|colapsed|face)\\b.*)|(?:drowsy|sleepy|mudled|confused)(?: \\w+){0,4} breathing (?:slow|shallow)|(?:sleepy|drowsy) and floppy|(?:quad|tractor|car|horse)(?: \\w+){0,6} on (?:his|her) (?:legs|chest)`,
  ),
  rule(
    "body_now",
    "self",
    `(?:elephant|someone|somebody) (?:sat|siting|sitting) on my chest|(?:gone|going|spreading|down) (?:down )?(?:my )?(?:left )?arm and (?:into )?my jaw|(?:when i smiled|in the miror) (?:\\w+ ){0,6}(?:didnt|wont|doesnt) move|words (?:came|come|are coming) out (?:al )?(?:jumbled|wrong|muddled|mudled)|throats? (?:\\w+ ){0,2}(?:tighter|closing)(?<=\\b(?:cashews|nuts|peanuts|epipen|alergic|shelfish|prawns|stung)\\b.*)|(?:sugar|sugars|bm|blod sugar|meter (?:says|reads)) (?:is |s |of |at )?(?:1 point \\d|2 point \\d(?=[^|]*\\b(?:dropping|shaky|shaking|cant think|confused|mudled)\\b))|(?:cant|can not) get a breath|now everythings doubled|(?:\\d+|thirty) weks(?: \\w+){0,10} (?:pain low down|havent felt (?:the )?baby move|baby hasnt moved)|(?:theres )?blod (?:coming )?(?:out|from) (?:of )?my (?:wrist|arm|leg) in (?:litle )?spurts|blod in (?:it|my sick) now`,
  ),
  // Batches zs to zv, read from their parts where the same act comes in many words.
  // Self-harm done now: "pressed the hot spoon on my wrist again tonight", "put a cigarette out on
  // my ankle tonight", "just did it again on my hip", "done two lines on my leg tonight".
  rule(
    "self_harm",
    "self",
    `(?:(?:did|done) it (?:again )?on my|(?:did|done) (?:some|two|three|a few|more) (?:lines|cuts) on my|pressed (?:the |a )?(?:hot |red hot )?(?:spoon|knife|lighter|iron|blade|coin) (?:on|against|into) my|put (?:a |my |the )?(?:cigarette|fag|ciggie|lighter) out on my|burned my|burnt my|carved (?:into )?my|scratched my|cut my|hit my) (?:\\w+ )?(?:hip|hips|wrist|wrists|arm|arms|forearm|leg|legs|thigh|thighs|ankle|ankles|stomach|skin|belly|chest)\\b(?=[^|]*\\b(?:again|tonight|today|just now|this morning|rn|right now|then another|on purpose|deliberately|to feel|shuts my head up|needed to)\\b)(?![^|]*\\b(?:oven|cooking|tray|kettle|pan|ironing|by accident|accidentally|at work|fell|slipped)\\b)`,
  ),
  // Tools of self-harm in hand or out: "the lighter's in my hand again", "got the compass out instead".
  rule(
    "self_harm",
    "self",
    `(?:lighter|blade|blades|razor|compass|sharpener|scissors)s? (?:is |are |s )?in my hand(?= again| now| rn)|(?:got|get|getting) (?:the |my )?(?:compass|blade|blades|razor|sharpener) out (?:instead|again)|(?:got|get|getting) (?:the |my )?lighter out instead|sitting (?:on the \\w+ floor )?with the (?:sharpener|blade|razor|compass) i (?:took apart|took out|got out)`,
  ),
  // Starving meant to go on: "want to starve til i pass out", "laxatives again".
  rule(
    "self_harm",
    "self",
    `(?:want to|going to|gonna|keep(?:ing)? it that way) (?:\\w+ ){0,3}(?:til|until) i (?:pass out|faint|collapse|drop)|laxatives again`,
  ),
  // Someone else in danger now: a fit that will not stop, found on the floor cold or confused.
  rule(
    "medical_now",
    "other",
    `(?:fitting|seizing|having a seizure|having a fit) for (?:like |about |over )?(?:\\d+|five|six|ten) (?:minutes|mins)|(?:found|find) (?:my |our )?(?:nan|gran|grandad|grandma|mum|mom|dad|husband|wife|son|daughter|partner|brother|sister|flatmate|roommate) (?:on|in) the (?:\\w+ )?(?:floor|bath|garden)(?=[^|]*\\b(?:cold|confused|not breathing|wont wake|unresponsive|wont answer|not moving|blue)\\b)|(?:has |s |might have |may have )?(?:bitten into|bit into|swallowed) one of (?:those |the |my )?(?:little )?(?:round )?(?:batteries|button batteries|dishwasher tablets|dishwasher pods|washing pods|magnets)`,
  ),
  // Harm to someone prepared: poison in their drink, scalding water while they sleep.
  rule(
    "harm_others_intent",
    "self",
    `(?:crushed|put|slipped|mixed|putting|crushing) (?:the |some |my )?(?:tablets|pills|${PILLS}|something|bleach|rat poison|antifreeze) (?:into|in) (?:his|her|their|my \\w+s) (?:tea|drink|food|coffee|dinner|meal|water)(?![^|]*\\b(?:so (?:he|she|they)|because (?:he|she|they)|cant swallow|wont swallow|dog|cat|puppy|vet)\\b)|(?:gonna|going to|will|ill) (?:pour|throw) (?:the |a )?(?:kettle|boiling water|acid|bleach|hot oil) (?:on|over|at) (?:her|him|them)`,
  ),
  // "my stepdad is banging on my door right now saying hes going to break my fingers".
  rule(
    "abuse_threat",
    "self",
    `(?:saying|screaming|shouting) (?:that )?(?:hes|shes|he is|she is|hell|shell|he will|she will|hed|shed) (?:going to |gonna )?(?:break my (?:\\w+)|put my head through|burn me|snap my|smash my (?:face|head))`,
  ),
  // Threats to the writer, reported in any words: "said when he finds me im dead", "said next time
  // it'll be for real", "if i'm back after 9 i won't be waking up", "he'll take them all with him".
  rule(
    "abuse_threat",
    "self",
    `(?:said|says|saying|told me|texted|typed|keeps saying|keeps texting|threatened|voicemail|whispered|swore)\\b[^|]{0,50}\\b(?:(?:when|if) (?:he|she|they) (?:finds|catches|gets) me (?:im|i am|ill be|youre) dead|(?:itll|it will|next time ill|next time it will) be for real|i (?:wont|will not|wouldnt) be waking up|(?:ill|he will|hell|she will|shell|theyll|he would|hed) (?:bury|cut|finish|get|end|put) (?:you|u|me|us)(?: in the (?:garden|ground)| up| off| on your own| eventually)?|(?:putting|put) me in the ground|take (?:them|us) all with him|teach me a lesson|(?:i|ill) learn respect|the (?:frying pan|knife|belt|hammer) next|hide my body|for whoever (?:grasses|talks|tells))\\b`,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:showed me|told me) where (?:hed|he would|shed|she would) (?:hide|bury|put) my body|(?:keeps|kept) (?:his|her) (?:pistol|gun|shotgun|knife) (?:on|by|under) (?:the|our|his|her) (?:bedside|pillow|table)(?=[^|]*\\b(?:taps|whenever|when i|looks at me)\\b)|(?:holds|held|picks up|waves) the knife (?:up )?(?:now )?when we (?:argue|fight|row)|(?:the )?(?:choking|strangling) has started|(?:he|she) smiles while (?:he|she) (?:does|chokes|strangles)`,
  ),
  // Danger from someone in the house now: a weapon out, a belt off, a door being tried.
  rule(
    "abuse_now",
    "self",
    `(?:hes|shes|he has|she has|husband has|dad has|stepdad has)(?: got)? (?:the |a |his |her )?(?:shotgun|gun|knife|rifle|belt|bat|wooden spoon|hammer) (?:out|off)(?: of the cabinet)?|(?:hes|shes) (?:taken|took) (?:his|her) belt off|(?:loading|loaded) (?:it|the shotgun|the gun)(?=[^|]*\\b(?:none of us|nobody|no one|going anywhere)\\b)|(?:trying|tried) (?:my|the) (?:door handle|door)(?: again)?(?=[^|]*\\b(?:tonight|again|now|every night|pls|please)\\b)|(?:hes|shes) back and (?:drunk|angry|raging|shouting)(?=[^|]*\\b(?:locked|hiding|scared|got my|pls|please|help)\\b)|(?:hes|shes) got my (?:daughter|son|sister|brother|mum|baby|kid)\\w* by the|hes gone to the pub and said hell finish it|i can hear (?:him|her) (?:coming up the stairs|on the stairs|at the door)`,
  ),
  // Someone else in danger from another person, now.
  rule(
    "abuse_now",
    "other",
    `(?:screaming|shouting|crying) (?:stop daddy|stop mummy|stop|help)(?=[^|]*\\b(?:for like|for about|for over|hasnt stopped|and the banging|hit the floor|gone quiet)\\b)|(?:boyfriends?|husbands?|partners?|dads?|ex)(?: has| s)? got a knife and (?:hes|shes) trying to get (?:the|in)|(?:holding|dangling) (?:him|her|them) over the (?:railing|balcony|edge)|(?:being )?dragged (?:down|along|across) (?:the )?\\w+ by (?:his|her|their) hair|(?:started|is|s) punching her|(?:carrying|carried|dragging) (?:her|a girl) (?:upstairs|into a (?:room|bedroom|car))(?=[^|]*\\b(?:out cold|cant stand|could barely stand|saying no|unconscious|nobody)\\b)|(?:sent|texted) (?:me )?(?:help|"?help"?) and (?:her|his) location|(?:texted|messaged|said) "?(?:hes|shes) got the knife|putting the (?:front )?window through`,
  ),
  // The writer about to hurt someone, with the means and the place or time:
  // "im parked at the end of his road engine running", "the stuff's in my pocket for his drink".
  rule(
    "harm_others_intent",
    "self",
    `(?:going to|gonna|im going to) (?:run (?:that \\w+|him|her|them) over(?! to| at| for| later)|drive into (?:the back of )?(?:her|his|their) car)|(?:stuff|powder|tablets|pills)s? (?:is |s )?in my pocket for (?:his|her|their) (?:drink|tea|food)|(?:im|i am) going (?:round|up|over) (?:at \\d+ |tonight )?with the (?:shotgun|gun|crowbar|knife|machete|bat|hammer)|pouring the (?:boiling )?(?:water|kettle) on (?:him|her)|(?:ive got|got) (?:my |a |the )?(?:blade|knife) on me(?=[^|]*\\b(?:im going|going now|now)\\b)`,
  ),
  // Batch zzp: the place, the means laid out and someone else in danger now; thoughts, questions
  // and plans in words no rule held; a wish to be gone, worry for someone else and abuse at home.
  // At the edge, the means laid out, someone else in danger now, said plainly.
  // At the place: "driven out to the cliffs", "up on the roof of the flats", "on the roof of my building".
  rule(
    "place_now",
    "self",
    `(?:ive |i )?(?:driven|drove|walked|come|came) (?:out |up |down )?to the (?:clifs|clif top|clif edge|quary|viaduct)(?= ?$| ?\\|| ?,| now| on my own| alone)|(?:(?:im|i am|already) )(?:up )?on the (?:rof|rooftop) of (?:my|the|our) (?:building|flats|block|tower|hospital|car park|multi ?storey|ofice)(?! (?:fixing|to fix|for (?:a|the) (?:party|bbq|view|photos?)|with (?:the|my) (?:mates|friends)))`,
  ),
  // "waiting to watch one last sunrise": a last look, said as a farewell.
  rule("farewell", "self", `(?:watch|se|catch|wait for) (?:one|my|the) last (?:sunrise|sunset|dawn)`),
  // Means in place: charcoal in the car with the windows taped; the razor on the edge of the bath;
  // tablets hidden away for this; every insulin pen used up; everything needed "right here".
  rule(
    "means_now",
    "self",
    `charcoals? (?:\\w+ ){0,2}in the (?:car|van|tent)(?= and (?:the )?(?:windows|vents|gaps|dors) (?:are |al )?(?:taped|sealed))|(?:windows|vents|gaps) (?:are |al )?(?:taped|sealed)(?: up| shut)?(?= (?:and|with) (?:the )?charcoal)`,
  ),
  rule(
    "means_here",
    "self",
    `(?:razors?|blades?|knife)(?: is| s| are)? (?:on|by) the (?:edge|side) of the (?:tub|bath|sink)`,
  ),
  rule(
    "means_strong",
    "self",
    `(?:hiding|hid|hidden|saving|saved|stockpiling|hoarding|stashing|stashed|keping) (?:up )?(?:a load of |loads of |some of |al )?(?:my |his |her )?(?:\\w+s )?(?:tablets|pils|meds|medication)(?: \\w+){0,2} (?:under|in|behind) (?:the|my) (?:matres|bed|pilow|drawer|wardrobe|floorboards)(?= for this| for when| for tonight| for it)`,
  ),
  rule(
    "overdose",
    "self",
    `(?:used|injected|done) (?:up )?(?:every|al|al of) (?:my |the )?insulin(?: pens?| i had)?|(?:used|injected) (?:up )?(?:every|al) (?:of )?(?:my |the )?insulin pens?`,
  ),
  rule(
    "overdose",
    "look",
    `swalowed (?:" )?(?:a lot|loads|lots|a load|a handful|a bunch|al of them) (?:" )?of (?:her |his |my |the )?(?:${PILLS})`,
  ),
  rule(
    "means",
    "self",
    `everything i ned is (?:right )?here (?:with me|beside me|in front of me|on the (?:bed|table))`,
  ),
  rule("departure", "self", `by then (?:il|i wil|ill|i wil) be (?:gone|dead)`),
  // Someone else: walked out with the gun saying not to wait up; a picture of pills captioned
  // goodbye; gas smelt under their door; a school shooting said with the gun shown.
  rule(
    "means_now",
    "look",
    `(?:walked|went|gone|headed|stormed) out (?:\\w+ ){0,2}with (?:the|his|her|a|my \\w+s) (?:shotgun|gun|rifle|rope|pistol)(?=[^|]*\\b(?:dont wait up|said (?:bye|godbye)|wont be back|not coming back|crying|sory)\\b)`,
  ),
  rule(
    "goodbye",
    "other",
    `(?:snaped|sent|posted|texted|dmed|whatsaped|mesaged) (?:me |us )?(?:a |her |his )?(?:pic|photo|picture|snap|video|selfie) of (?:\\w+ )?(?:pils|tablets|a blade|a rope|a noose|the bridge|the tracks)(?: \\w+){0,4} captioned (?:" )?(?:godbye|bye|sory|love you al)`,
  ),
  rule(
    "medical_now",
    "other",
    `(?:i )?(?:can )?smel(?:ing|s)? (?:gas|fumes|exhaust|smoke)(?: coming)?(?: from)? (?:under|through|from) (?:his|her|their|the) (?:dor|rom)`,
  ),
  rule(
    "harm_others_intent",
    "look",
    `(?:going to|gona|gonna|wil|il) shot up (?:his|her|the|their|my|our) (?:schol|colege|ofice|work|church|mosque|mal|clas|uni)`,
  ),
  // The writer armed and on the way now: "got the hammer and i'm walking to his house now";
  // "driving over tonight and burning the lot down".
  rule(
    "harm_others_intent",
    "self",
    `(?:ive got|got|with|bringing|taking|grabbed) (?:the|a|my|dads) (?:hamer|knife|bat|machete|crowbar|axe|gun|shotgun)(?: \\w+){0,2} (?:and )?(?:im )?(?:walking|driving|going|heading|on my way) (?:round |over )?to (?:his|her|their) (?:house|flat|place|work)|(?:driving|going|heading) (?:over|round|there) (?:tonight|now|later) and (?:burning|torching|seting fire to) (?:the lot|the house|the place|it al|them)(?: down)?`,
  ),
  // Shut out of the house at night by the person caring for them.
  rule(
    "abuse_now",
    "self",
    `locked me (?:out|outside)(?: of the (?:house|flat))?(?: again)?(?= and [^|]*\\b(?:midnight|frezing|cold|dark|raining|snowing|night)\\b)(?![^|]*\\b(?:acident|mistake|joke|lol)\\b)`,
  ),
  // Thoughts, questions and plans said in words no rule held.
  // "my head keeps telling me to drive into a tree", "i think about dying on purpose".
  rule(
    "active",
    "self",
    `(?:my head|my brain|my mind|a voice|the voices?|something) (?:keps |kep |is |wont stop |keeps on )?(?:telling|teling|tels|saying|tel) me to (?:drive into|drive of|crash|jump|step in front of|walk into|swerve into|kil myself|end it)|(?:think|thinking|thought) about dying on purpose|dying is (?:al|the only thing|al that) i (?:can )?(?:think|thinking) about`,
  ),
  // "thinking about how to finish it more each day".
  rule(
    "active",
    "self",
    `(?:thinking|think|thought) (?:about|of) how to (?:finish it|finish myself|finish things)(?: al)? (?:more |a bit more )?(?:each|every) (?:day|night|wek|morning)`,
  ),
  // Asking for a height with nothing to stop a fall, the most a shop will sell at once, whether an
  // amount is enough, how long stopping vital medicine would take "to, you know".
  rule(
    "lethal_query",
    "self",
    `(?:highest|tallest) (?:bridge|building|clif|car park|multi ?storey|tower|flyover|viaduct)(?: \\w+){0,4} (?:with )?(?:no|without (?:a |any )?) ?(?:fence|fences|barier|bariers|railings?|nets?|cameras)|(?:most|max|maximum) (?:${PILLS}|co codamol|codeine) (?:a |the )?(?:shop|chemist|pharmacy|supermarket) (?:wil|can|would|is alowed to) (?:sel|give) (?:you|me)(?: in one go| at once| at a time)|(?:is|are|would|wil) (?:\\d+|twenty|thirty|forty|fifty|sixty) (?:of )?(?:my |the |her |his )?(?:${PILLS}|co codamol|codeine) enough(?! for (?:the|a) (?:wek|month|trip|holiday))|if i stoped taking my (?:\\w+ )?(?:${PILLS}|insulin) how long (?:would|wil|does|til|until) (?:it take|it be)(?: (?:to|for me to|before i))?(?: ,)? (?:you know|die|go|be over|kil me|stop my heart)`,
  ),
  // Plans made step by step: which pills and how many written down, train times checked by the
  // footbridge, standing a bit closer to the edge each time.
  rule(
    "plan_strong",
    "self",
    `(?:writing|wrote|written|making|made) (?:down |out )?(?:a list of )?which (?:of )?(?:my |the )?(?:${PILLS}) (?:id|i would|i wil|il) ned(?: and how many)?`,
  ),
  rule(
    "plan",
    "self",
    `(?:checking|checked|looking up|loking up|learning) (?:the )?(?:times|timetable|schedule)(?: \\w+){0,2} (?:the )?(?:trains?|freight) (?:come|comes|go|goes|pas|pases|run) (?:through|under|past|over)|(?:stand|standing|step|stepping|lean|leaning) (?:a bit |a litle |that bit |a step )?closer(?: to the (?:edge|tracks|drop))? (?:each|every) (?:time|day|morning|night)`,
  ),
  // "weeks now i've wanted to jump": said with nothing after it, not a parachute or a pool.
  rule(
    "active",
    "self",
    `(?<!\\b(?:always|finaly|ever|never) )(?<!\\b(?:ride|rides|bungee|parachute|plane|skydiv\\w*|pol|trampoline|queue|lake|sea|river|puddle|fence|horse|pony|jumps|dive|diving|board|cliff jumping|scared|nervous)\\b[^|]*)(?:wanted|wanting|ben wanting) to jump(?= ?$| ?\\|| of (?:it|the (?:rof|bridge|clif|balcony|car park))| from (?:the|a|my) (?:rof|bridge|clif|balcony|car park|window|\\d+\\w* flor))`,
  ),
  // "took a few more than i should of" next to a wish not to wake: an overdose taken.
  rule(
    "overdose_context",
    "self",
    `(?:took|taken|swalowed) (?:a few|a couple|some|loads|a lot|way|a load|a handful) more than i (?:should|was meant to)(?: of| have| ve)?(?! (?:drinks?|pints?|beers?|wine|cake|biscuits|chocolate|sweets|slices?|shots|cookies)\\b)`,
  ),
  // Self-harm by blows: "smash my head against the wall until it stops".
  rule(
    "self_harm",
    "self",
    `(?:smash|smashing|bang|banging|hit|hiting|slam|slaming|punch|punching) my (?:head|fists?) (?:against|into|on) the (?:wal|flor|dor|miror)(?: \\w+){0,2} (?:until|til|to make) (?:it|the thoughts?|my head|everything|the noise) (?:stops|stop|goes quiet|shuts up)`,
  ),
  // Self-harm calling again: "its calling me again tonight" (the urge back, after a relapse).
  rule("relapse", "self", `(?:its|it is|they are|theyre|the blades? (?:is|are)) caling (?:me|to me) again`),
  // A threat against the whole household: "said he's going to kill the lot of us".
  rule(
    "abuse_threat",
    "self",
    `(?:said|says|saying|threatened|swears?|swore) (?:that )?(?:hes|shes|he is|she is|hed|shed|hel|shel|he wil|she wil) (?:going to |gona )?kil (?:the lot of us|the whole lot of us|us al|al of us|every one of us|me and (?:my|the) \\w+)`,
  ),
  // A weapon named for someone: "next time he does it it's going in his head".
  rule(
    "harm_others_intent",
    "self",
    `(?:its|it is|thats|that is|its) going (?:in|through|into|over|across) (?:his|her|their) (?:head|skul|face|back)(?<=\\b(?:crowbar|hamer|bat|knife|machete|axe|brick|botle|spade|wrench)s?\\b.*)`,
  ),
  // A wish to be gone, worry for someone else, and abuse, said in ordinary words.
  // "wish i could sleep permanently", "feel like a waste of oxygen", "how easy it'd be to just not
  // brake", "wish God would call me home early", "life insurance would pay out more than i earn",
  // "not sure i'm glad it didn't work", "feel like i won't be needing them" (things given away).
  rule(
    "passive",
    "self",
    `wish i could (?:slep|go to slep|sleep) (?:permanently|forever|for ever|for good)|(?:feel|feeling|felt|im|i am) (?:like )?(?:such )?a waste of (?:oxygen|space|air|skin)(?! (?:today|at work|in (?:class|this|the))\\b)|how easy (?:it would|itd|it d|it wil) be to (?:just )?(?:not brake|swerve|let go|step of|drive of|not stop|let the car)|wish (?:god|the lord|jesus) would (?:cal|take) me(?: home)?(?: early| now| tonight| soon)|life insurance (?:would|wil|could) (?:pay out|be worth|give (?:them|my \\w+)) more than|not sure (?:im|i am) glad (?:it didnt work|i survived|im (?:stil )?here|i woke up)|(?:(?:feel like|pretty sure) i (?:wont|will not|wil not)|dont think i (?:wil|wil ever)) be neding (?:them|it|those|these|my \\w+)(?: \\w+)?(?= ?$| ?\\||,| anymore| much longer| where)`,
    false,
  ),
  // Someone else's wish to be gone: "she'd be better off not waking up", "asking me to help her
  // go", "you won't have to put up with me much longer", "she wishes she'd never been born",
  // "posted about not being around much longer", "posted 'i'm done with everything'".
  rule(
    "passive",
    "look",
    `(?:shed|hed|theyd|she would|he would|they would) be (?:" )?beter of (?:not waking up|dead|gone|not being here|not here)|wish(?:es|ed)? (?:shed|hed|theyd|she had|he had|they had) never ben born`,
    false,
  ),
  rule(
    "passive",
    "other",
    `(?<=\\b(?:says|said|saying|keps saying|tels me|told me|texted|things like)\\b[^|]{0,20})(?:you|yous|they|yal) (?:wont|will not|wil not) have to (?:put up with|deal with|worry about|look after) me (?:much |for much )?longer|(?:posted|posting|wrote|texted|put up) (?:something |stuf )?(?:about|saying) (?:" )?(?:not being|wont be|not going to be) around (?:much |for much )?longer|(?:asking|asks|asked|begging|begs|begged|keps asking) me to (?:" )?help (?:her|him|them) (?:go|die|end it)(?! (?:home|to bed|to the|out|upstairs|shopping)\\b)|(?:posted|texted|put|wrote) (?:" )?(?:im|i am) (?:so )?done with (?:everything|it al|life)(?: \\w+)? (?:" )?(?:and (?:left|logged of|went quiet)|then)`,
    false,
  ),
  // Signs of someone else's self-harm: a razor kept in a make-up bag, tissues with blood on them,
  // sweatbands worn in bed.
  rule(
    "self_harm_history",
    "look",
    `(?:wearing|wears|wore) (?:sweatbands|wristbands|long sleves) (?:in bed|to bed|even in bed)`,
  ),
  rule(
    "self_harm_history",
    "other",
    `(?:keps|keeps|hides|hid|hiding|found) a (?:razor|blade|razors|blades|sharpener blade) in (?:her|his|their) (?:makeup bag|make up bag|pencil case|sock drawer|purse|phone case|wash bag)`,
  ),
  // Own self-harm recent: "the cuts from tuesday are healing".
  rule(
    "self_harm_history",
    "self",
    `(?:the |my )?cuts (?:from|on my \\w+ from) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last (?:night|wek|time)|yesterday|the weekend) (?:are |r )?(?:healing|scabing|stil (?:sore|open))`,
  ),
  // Attempts counted: "i've attempted twice".
  rule("attempt", "self", `(?:ive|i have) atempted (?:twice|once|thre times|a few times|\\d+ times)`),
  // Worry for someone else: an old man doubling his heart pills; a friend's bruises from her
  // boyfriend; an elder shouted at and her bank card taken.
  rule(
    "medical_care",
    "look",
    `(?:forgets?|forgeting|forgot|cant remember) (?:if|whether) (?:hes|shes|he has|she has|theyve) (?:had|taken) (?:his|her|their) (?:\\w+ )?(?:pils|tablets|meds|medication|insulin|warfarin|blod thiners?)(?![^|]*\\b(?:dosette|pil box|pil organi[sz]er|blister pack|sorted|reminders?|alarms?)\\b)`,
  ),
  rule(
    "abuse",
    "other",
    `(?:showed|shows|show) me (?:the )?bruises (?:from|that) (?:her|his|their) (?:boyfriend|girlfriend|husband|wife|partner|dad|mum|stepdad|ex)|(?:shouts|yels|screams|swears) at (?:her|him) and (?:took|takes|has taken|keps|stole) (?:her|his) (?:bank card|pension|money|cards|benefits)`,
  ),
  // Abuse at home, said plainly: "frightened in my own house", "pulls my hair and scratches me",
  // "uncle touched me at the family party".
  rule(
    "abuse",
    "self",
    `(?:frightened|scared|afraid|terified) (?:to be )?in my own (?:house|home|flat)|(?:puls|puled|puling) my hair and (?:scratches|scratched|hits|slaps|kicks|bites|punches) me|(?:uncle|cousin|stepdad|step dad|grandad|stepbrother|family friend|mums (?:boyfriend|partner)) touched me (?:at|when|in|on) (?:the |a |my )?(?!shoulder|arm|hand|back)`,
  ),
  // Harm to someone held back only by not knowing where they are: "my ex is lucky i don't know where
  // he lives now".
  rule(
    "harm_others",
    "self",
    `(?:hes|shes|theyre|my ex is|he is|she is|they are) lucky i (?:dont|do not) know where (?:he|she|they) (?:lives?|works|is|are) (?:now|these days)`,
  ),
  // Batch zzn, said plainly where no rule held it.
  rule(
    "active",
    "self",
    `(?:(?<=^ ?)|i )wan(?:na|a)? die(?= ?$| ?\\|| ?,| serious| for real| fr)|reasons to die(?: instead of| not)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:wish|want) (?:i could )?(?:to )?fall asleep and never (?:have to|wake|deal)|if (?:god|the lord|jesus) (?:takes|took|should take) me(?: tonight| in my sleep| now)?(?= ?$| ?\\|| ?,| i)`,
    false,
  ),
  rule(
    "plan_strong",
    "self",
    `(?:hose|hosepipe)\\b[^|]{0,40}\\b(?:measured|cut) (?:it )?to (?:reach|fit) (?:the )?exhaust`,
    false,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:says|said|saying) (?:tonight |later )?(?:ill|i will|im going to|im gonna) learn my lesson`,
  ),
  rule("abuse_now", "self", `(?:hes|shes|he is|she is) coming (?:out )?after me`),
  rule(
    "harm_others_intent",
    "self",
    `(?:(?:gonna|going to) (?:properly )?do (?:him|her|them) in|(?:he|she) (?:wont|will not) walk again)(?![^|]*\\b(?:fifa|fortnite|cod|game|match|chess|pool|darts|quiz|race|fantasy|tournament)\\b)`,
  ),
  // Batch zzq: methods weighed or asked after ("decide between pills or jumping", "a poison that
  // works fast on a person", "is an overdose slow"), a whole supply taken or about to be, a weapon
  // turned on oneself, plans told without the word ("worked out where and how", "if results are
  // bad i'll jump"), emails set to go out after death, a blade on the wrist, weapons brought to
  // hurt someone, a child held over the bath or driven into a river, abuse told in passing.
  rule(
    "lethal_query",
    "self",
    `(?:decide|deciding|choose|choosing|pick|picking|torn|stuck) betwen (?:the |a )?(?:pils|tablets|an overdose|overdosing|od|jumping|hanging|a rope|the rope|drowning|the train|a train|the tracks|cuting|the bridge|a bridge|slit\\w* my wrists) (?:or|and|vs) (?:the |a )?(?:pils|tablets|an overdose|overdosing|od|jumping|hanging|a rope|the rope|drowning|the train|a train|the tracks|cuting|the bridge|a bridge|slit\\w* my wrists)|(?:is there|are there|what|which|whats)(?: any| a| the)? (?:poisons?|chemicals?|plants?|pils|tablets|medicines?|drugs?|gas)\\b[^|]{0,50}\\b(?:works?|acts?|kils?) (?:fast|quick|quickly|instantly) on (?:a |an )?(?:person|people|human|humans|adult|someone)|(?:is it true|is|does) (?:a |an )?(?:${PILLS}|tylenol|paracetamol|insulin|pil) (?:overdose|od) (?:is |realy )?(?:slow|quick|painful|painles|peaceful|take long|hurt)(?![^|]*\\b(?:patient|nursing|exam|lecture|esay|clas|module)\\b)|how many (?:would|wil|does it take to) (?:actualy |realy |definitely )?(?:do it|do the job|finish me|be enough)(?<=\\btoo many\\b[^|]*)`,
    false,
  ),
  rule(
    "overdose",
    "self",
    `(?:drink out|drank out|drink|drank|swalowed|swalow|tok|tek|necked) (?:di|de|the|mi|my) whole (?:bokle|botle|box|pack|packet|strip|tub) (?:a|of|o) (?:${PILLS}|pils|tablets)|(?:injected|shot up|snorted|smoked|took|tok|did) (?:al|every bit of) (?:the|my) (?:gear|smack|heroin|fent|fentanyl|insulin|stuf|junk)(?: i had)?(?: left)? (?:at once|in one go|at the same time)`,
  ),
  rule(
    "poison",
    "self",
    `(?:ate|eaten|swalowed|chewed)\\b[^|]{0,40}\\bpoisonous (?:bush|plant|beries|mushrooms?|leaves|tre|shrub|flowers?)`,
  ),
  rule(
    "active",
    "self",
    `(?:going to|gona|about to) (?:neck|swalow|down|take) (?:the whole|al (?:of )?(?:my|the)) (?:(?:pack|box|botle|packet|strip|tub) of (?:my )?)?(?:${PILLS}|pils|tablets|antidepresants|meds)(?= in (?:like )?\\d+ (?:min|mins|minutes|seconds|secs)| (?:tonight|now|rn))|turn(?:ing)? (?:one|it|the gun|a gun|my gun|the rifle|my rifle|a weapon|the knife) on ${MYSELF}|(?:gona|going to|wil|il|about to|planing to|plan to) (?:do|comit) ${SUICIDE_WORD}|${SUICIDE_WORD} (?:is |s )?(?:hapening|going down|on) (?:tonight|today|tomorow|now)|(?:concluded|decided|realised) (?:that )?${SUICIDE_WORD} is the (?:rational|logical|only|right|best|sensible) (?:choice|option|answer|decision|way out)|(?:ending it|ending things|ending my life|kiling myself) (?:has|s|have) ben on my mind`,
    ACT,
  ),
  rule(
    "plan_strong",
    "self",
    `(?:worked out|figured out|planed|sorted out|thought through) (?:the whole thing|everything|it al)\\b[^|]{0,12}\\b(?:where and how|how and where|how and when|when and how|where and when)|if (?:my |the )?(?:\\w+ ){0,4}(?:are|is|go|goes|come back|comes back) (?:bad|badly|wrong)\\b[^|]{0,6}\\b(?:il|i wil|im going to|im gona) (?:jump|hang myself|end it)(?= ?$| ?\\|| ?,| of)|(?:rehearsing|rehearse|rehearsed|going over|playing) it (?:over )?in my head\\b[^|]{0,60}\\b(?:platform|station|bridge|tracks|rope|ledge|rof|car park)`,
    false,
  ),
  rule(
    "goodbye",
    "self",
    `(?:scheduled|set up|queued|timed) (?:\\w+ ){0,2}(?:emails|mesages|posts|texts|letters) to (?:go out|send|be sent) (?:after|once|when) (?:i am|im) (?:dead|gone)`,
  ),
  rule(
    "goodbye",
    "self",
    `(?:said|saying) godnight to (?:my|the) (?:\\w+ )?(?:dogs?|cats?|kids|children|boys|girls|babies|mum|dad|family) for the last time`,
  ),
  rule(
    "means_now",
    "self",
    `${NOT_BY_ANOTHER}(?:blade|knife|razor)(?:s| s| is)? (?:on|against|at) my (?:wrist|wrists|throat|neck|arm)(?=[^|]*\\b(?:going deep|finish|finishing|end|ending|this time|now|not mesing)\\b)`,
  ),
  rule(
    "place_now",
    "self",
    `now (?:at|on) the \\d+(?:th|st|nd|rd)? flor(?: corridor| balcony| landing| window| ledge)?|over the (?:barier|railing|railings|parapet)(?<=(?:multistorey|car park|bridge|level \\d+)\\b[^|]*)`,
    false,
  ),
  rule("departure", "self", `(?:im|i am) leting go (?:soon|now|tonight|in a (?:minute|bit|sec))`),
  // "want to jump already": only a wish to die next to a high place now.
  rule("weak", "self", `(?:want|wana|ready) to jump(?: already| now| rn| lah| la)(?= ?$| ?\\|| ?,)`),
  rule(
    "harm_others_intent",
    "self",
    `(?:im|i am|il be|il) (?:bringing|taking|coming with|going round with|turning up with) (?:the|my|a) (?:machete|knife|blade|gun|shotgun|bat|hamer|crowbar|axe)(?![^|]*\\b(?:cake|bread|bbq|barbecue|picnic|camping|fishing|kitchen|carving|pumpkin|garden|hedge|shed|wod)\\b)|(?:sat|siting|waiting|parked|standing) (?:outside|at|by) (?:my exs|my ex s|his|her|their|the new guys) (?:place|house|flat|work|dor)\\b[^|]{0,20}\\bwith (?:a|the|my) (?:hamer|knife|blade|gun|machete|bat|crowbar|axe)|bus (?:a )?shots? (?:ina|in|into|pon) (?:him|her|dem|them|his|di) ?(?:head)?`,
    false,
  ),
  // "the ones who bullied me are gonna pay": a grudge, worth a word; with a weapon, more.
  rule(
    "harm_others",
    "self",
    `(?:ones|people|kids|lads|girls|everyone|al of them) who (?:bulied|hurt|laughed at|picked on|beat(?= me up)) me(?: up)? (?:are|is|wil|r) (?:going to|gona|gon) pay`,
    false,
  ),
  rule(
    "means_now",
    "self",
    `(?:going to|gona|about to) drive (?:us|us al|us both|the kids|myself and the kids) (?:al )?(?:into|of) (?:the |a )?(?:river|sea|lake|canal|quary|clif|wal|tre|resevoir)`,
    false,
  ),
  rule(
    "harm_others_intent",
    "self",
    `(?:going to|gona|about to) drive (?:us|us al|us both|the kids|myself and the kids) (?:al )?(?:into|of) (?:the |a )?(?:river|sea|lake|canal|quary|clif|wal|tre|resevoir)`,
    false,
  ),
  rule(
    "abuse_now",
    "other",
    `(?:says|said|threatening|threatens) (?:hel|he wil|shel|she wil|hes going to|shes going to) drive (?:them|us|her|him) (?:both |al )?(?:of the road|into (?:a|the) \\w+)|(?:holding|dangling) (?:him|her|them|the baby) over the (?:bath|stairs|banister|bannister)|(?:just )?(?:walked|went|stormed|drove) (?:out|of) with (?:his|her|a|the) (?:shotgun|gun|rifle|knife|machete|axe)\\b[^|]{0,40}\\b(?:kil|shoot|stab|murder)`,
    false,
  ),
  rule(
    "abuse",
    "other",
    `(?:kids|children|boy|girl|lad|baby|litle ones) (?:next dor|upstairs|downstairs|across the (?:road|street|hal)) (?:get|gets|are getting|is getting|are being|is being) (?:hit|beaten|smacked|hurt)`,
    false,
  ),
  rule(
    "abuse",
    "self",
    `(?:uncle|stepdad|dad|cousin|grandad|brother|neighbour|coach|teacher|babysiter) (?:did|used to do) (?:stuf|things) to me (?:when i was (?:litle|a kid|young|smal|\\d+)|as a (?:kid|child))|(?:mum|mom|mam|dad|stepdad|stepmum|husband|wife|boyfriend|girlfriend|partner|he|she)\\b[^|]{0,40}\\bthrows (?:things|stuf|whatever\\w*|plates|anything|whats)(?: (?:near|nearest|closest|in reach|to hand))? at me`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:keps saying|keps telling me|says|said) (?:she|he) wants to (?:go and |go )?be with (?:him|her|grandad|gran|granny|grandma|grandpa)(?: again| now| up there)?(?= ?$| ?\\|| ?,)`,
    false,
  ),
  rule(
    "lethal_query",
    "self",
    `whats the (?:most peaceful|gentlest|least painful|easiest) way to go(?= ?$| ?\\|| ?,| ?\\?)`,
    false,
  ),
  // Batch zzq, second pass: a pet given away with a day named, insecticide bought in Pidgin, a jump
  // named in Scots, a discharge after pills, a burn whose skin has come off, a sleeping partner and a
  // pillow, something put in someone's drink, a friend's photo of pills with "bye", a grieving mother
  // thinking of following, a heart hoped to stop.
  rule(
    "affairs",
    "self",
    `(?:gave|given|rehomed|handed) (?:my|the|our) (?:dog|dogs|cat|cats|pets?|rabit|rabits|bird|hamster|horse) (?:over |away )?to (?:my |a |our )?\\w+(?: \\w+)?(?: yesterday| today| last night| this morning)? so (?:shes|hes|theyre|its|theyl be|shel be|hel be) (?:sorted|looked after|taken care of|safe|got a home)|that was the last thing(?: (?:to do|to sort|on the list|left))?(?= ?$| ?\\|)`,
    false,
  ),
  rule(
    "plan",
    "self",
    `(?<=^ ?)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:is|s) the day(?= ?$| ?\\|)`,
    false,
  ),
  rule(
    "means_strong",
    "self",
    `(?:i )?(?:don buy|don get|have bought|bought|got) (?:some |di |de |the )?(?:sniper|otapiapia|gramoxone|paraquat)(?! (?:rifle|scope|clas|skin|mision|in))(?![^|]*\\b(?:spray\\w*|mosquito\\w*|insects?|bugs?|cockroach\\w*|roaches|rats|pests?|fumigat\\w*|flies)\\b)`,
  ),
  rule(
    "weak",
    "self",
    `(?:i )?don tire for (?:this )?life|canae (?:dae|do) this (?:nae mair|anymore|any more)`,
  ),
  rule(
    "active",
    "look",
    `(?:gonae|gona|going to) jump (?:af|of) (?:the|a) (?:\\w+ ){0,2}(?:bridge|clif|rof|flats|car park|multistorey)(?![^|]*\\b(?:into the (?:river|water|sea|lake|lido)|swim\\w*|tombstoning|for charity|bungee|dare|rope swing)\\b)`,
    ACT,
  ),
  rule(
    "attempt",
    "self",
    `discharged (?:from|of) (?:\\w+ ){0,6}after (?:the|my|an) (?:pils|overdose|od|atempt|tablets)(?=[^|]*\\b(?:last night|yesterday|this morning|hours ago|earlier today)\\b)`,
  ),
  rule(
    "self_harm",
    "self",
    `held (?:the|a|my) (?:iron|lighter|straighteners|hair straighteners|kettle|cigarete|lit match|hot spoon) (?:on|against|to) my (?:arm|hand|leg|wrist|thigh|skin|stomach) on purpose`,
  ),
  rule(
    "bleeding",
    "self",
    `(?:skin|skins)(?: s| has| is)? (?:peled|peling|come|coming|burnt|burned) (?:right )?of(?=[^|]*\\b(?:faint|fainting|pas out|pasing out|black out|dizy|going grey)\\b)`,
  ),
  rule(
    "harm_others_intent",
    "self",
    `(?:shes|hes|theyre|she is|he is) aslep (?:next to|beside|with) me and (?:ive got|i have|im holding|i got) (?:the|a) pilow|(?:put|poured|slipped|added|mixed|tipped) (?:some )?(?:antifreze|bleach|rat poison|poison|weedkiler|slug pelets) (?:in|into) (?:his|her|their) (?:drink|tea|cofee|food|dinner|pint|wine|beer)`,
    false,
  ),
  rule(
    "medical_now",
    "other",
    `(?:put|poured|slipped|added|mixed|tipped) (?:some )?(?:antifreze|bleach|rat poison|poison|weedkiler|slug pelets) (?:in|into) (?:his|her|their) (?:drink|tea|cofee|food|dinner|pint|wine|beer) (?:an hour|\\d+ (?:mins|minutes|hours)|half an hour|a few hours) ago`,
    false,
  ),
  rule(
    "goodbye",
    "other",
    `(?:sent|posted|texted|snapchated|dmed) me (?:a )?(?:photo|pic|picture|snap|video) of (?:a pile of |a load of |al (?:her|his|their) |a handful of )?(?:pils|tablets|a rope|a noose|a blade|the bridge|the tracks|the edge)\\b[^|]{0,30}\\b(?:bye|godbye|sory|love you)\\b`,
    false,
  ),
  rule(
    "active",
    "self",
    `(?:beter of dead|want to die|want to be dead)\\b[^|]{0,30}\\b(?:im|i am) (?:going to|gona) make (?:it|that) hapen|(?:thinking about|think about|thought about|want to|wana) (?:just )?(?:folowing|folow|joining|join) (?:her|him|them)(?= ?$| ?\\|| ?,)(?<=\\b(?:miscariage|stilbirth|died|death|funeral|pased away|lost (?:her|him))\\b[^|]*)`,
    false,
  ),
  rule("passive", "self", `hope my heart (?:just )?(?:gives up|gives out|stops)(?: on its own)?`),
  // Batch zzo: abuse told lightly. A threat to stab or kill, a threat with "and then herself", the
  // person about to come back for more ("when hes out im getting it worse"), a drive after violence.
  rule(
    "abuse_threat",
    "self",
    `(?:threatened|threatening|threatens|threatend) to (?:stab|kill|shoot|strangle|burn|hurt|beat|smash) me(?! if i (?:score|scored|win|won|beat|ate|eat|took|take|used|use|forgot|forget|spoil|spoiled|tell|told))|kill (?:me|us|us all|the kids) and then (?:herself|himself|themselves)`,
  ),
  rule(
    "abuse_now",
    "self",
    `when (?:hes|shes|he is|she is) (?:out|back|home|up|done)\\b[^|]{0,12}\\b(?:im|i am) (?:getting it|in for it|gonna get it|going to get it)|(?:gone|went|going) (?:out )?to get the car keys\\b[^|]{0,20}\\b(?:says|said) (?:were|we are|we re) going for a drive`,
  ),
  // Batches zzj to zzm, said plainly where no rule held them. Method questions that compare or
  // ask for the surest way; medicine gathered under a pretext; blades or scissors wanted now; a
  // person named with where to find them.
  rule(
    "lethal_query",
    "self",
    `(?:which|what)(?:s| is)? (?:is )?(?:the |a )?(?:more|most|les|least) (?:reliable|certain|efective|painles|peaceful)\\b[^|]{0,25}\\b(?:hanging|jumping|pils|overdose|drowning|method|way)|(?:hanging or jumping|jumping or hanging)|whats the (?:quietest|least mesy|cleanest|most painles|surest|most reliable) way(?= ?$| ?\\|| ?,| to (?:do it|end it|go|die|kil myself|end (?:my life|things)))|how high (?:does )?(?:a |the )?(?:building|bridge|clif|drop|flor|balcony) (?:neds|ned|has|would have) to be(?! to (?:break|hurt|sprain|get)| for)`,
    false,
  ),
  rule(
    "means_strong",
    "self",
    `(?:picked up|colected|got|filed|filled) (?:my |the same )?(?:repeat )?prescription (?:early |twice |again )?(?:at two (?:diferent )?(?:chemists|pharmacies) )?(?:this wek )?so (?:id|i would|i d) have (?:more|enough|extra)|(?:asked|got) (?:my )?(?:gp|doctor|dr) (?:for|to give me) more (?:${PILLS}) and lied|(?:pocketing|pocketed|hoarding|stashing|squireling) (?:my |her |his |\\w+s )?(?:\\w+ )?(?:${PILLS})|ive ben keping them instead|\\d+ of my (?:\\w+ )?(?:${PILLS}) saved`,
    false,
  ),
  rule(
    "self_harm",
    "self",
    `(?:wants?|want) to grab the (?:scisors|blade|razor|knife|compas)(?: right now| now| rn)?|(?:got|bought) a new (?:pack|box|packet) of (?:blades|razors)(?= today| even| again)|plasters al (?:up|down|over) my (?:leg|legs|arm|arms|thigh|thighs) again|(?:burned|burnt) my (?:arm|hand|leg|wrist|thigh) with the (?:iron|lighter|kettle|hair straighteners|straighteners)|poured (?:the )?(?:kettle|boiling water) over my (?:hand|arm|leg)|hid a blade in my|swalowing (?:smal )?things on purpose`,
    false,
  ),
  rule(
    "harm_others_intent",
    "self",
    `(?:im|i am) (?:going to|gona) hurt (?:that|the) (?:psychiatrist|doctor|nurse|therapist|teacher|landlord|boss|manager|neighbour|guy|man|woman|bloke|social worker|gp)|(?:going to|gona) find (?:out )?where (?:she|he|they) lives? and (?:make|hurt|get)|(?:ive|i have) started timing when (?:he|she|they) (?:leaves|finishes|gets home)|(?:i )?(?:cary|carry) a knife now`,
    false,
  ),
  // Batch zzr: what people write first, before the short follow-ups that depend on it. A ligature
  // point tested for weight, trains timed, a walk into the sea or woods with no coming back, an
  // overdose promised on a condition, a note left, goodnight for good.
  rule(
    "means_strong",
    "self",
    `(?:checked|tested|made sure|sen if|se if|seing if|know) (?:that |whether |if )?(?:the |my )?(?:dor frame|dor|beam|banister|loft hatch|hok|rail|curtain rail|shower rail|pipe|bar|tre branch|branch|rafter|joist)s? (?:wil |would |can |could )?(?:takes?|holds?|bears?|suports?) my weight`,
    false,
  ),
  rule(
    "plan_strong",
    "self",
    `(?:fast|expres|non ?stop) trains?\\b[^|]{0,50}\\b(?:ive|i have|i ve|i) timed (?:them|it|when)|(?:ive |i have |i )?timed (?:the |when the )?(?:fast|expres|non ?stop) trains?`,
    false,
  ),
  rule(
    "active",
    "self",
    `walk (?:out )?(?:into|in to) the (?:sea|woods|river|lake|water|waves|forest|hils|snow|loch|tide)(?: \\w+){0,4} and (?:not|never) (?:come|coming|walk|walking) (?:out|back)`,
  ),
  rule(
    "active",
    "self",
    `(?:id|i would|il|i wil|im going to|im gona|i am going to) (?:just )?(?:take|swalow|down|neck) (?:the whole (?:box|packet|botle|lot|strip|tub)|them al|al of them|the lot|every (?:last )?one)(?: of them)? if`,
  ),
  rule(
    "goodbye",
    "self",
    `(?:the |my )?note(?:s| is) on (?:my|the) (?:pilow|bed|kitchen table|bedside table)(?! saying (?:gone|back|dinner|tea|shopping|shop|at|she|he|ive|in|out|popped|working|feed|pick))|(?:god ?night|night|bye|goodbye|god bye|nite) (?:for god|forever|for ever)(?= ?$| ?\\|| ?,| x+\\b| every ?one| al| love)`,
    false,
  ),
  rule(
    "bleeding",
    "look",
    `(?:(?:\\w+ )?(?:plasters|towels|bandages|dresings|tea towels|tisues|pads) (?:are |r )?(?:soaked|soaking|sodden)|(?:soaked|bled) (?:through )?(?:\\w+ )?(?:plasters|towels|bandages|dresings|tea towels))`,
    false,
  ),
  rule(
    "abuse_now",
    "other",
    `(?:hes|shes|he has|she has|hes just|shes just) (?:got|grabed) (?:her|him|my \\w+) by the (?:hair|throat|neck)(?=[^|]*\\b(?:now|rn|right now|in the \\w+|again)\\b)`,
    false,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:hes|shes|he has|she has|hes just|shes just) (?:got|grabed) me by the (?:hair|throat|neck)(?=[^|]*\\b(?:now|rn|right now|in the \\w+|again)\\b)`,
    false,
  ),
  rule(
    "harm_others_intent",
    "self",
    `(?:il|i wil|im going to|im gona|imma|i am going to) (?:hurt|bater|stab|do in|glas) (?:the|those|them|that) (?:lads|guys|boys|men|girls|bloke|guy|lad|man|woman|kid|kids|prick|pricks)\\b(?! (?:at|in) (?:fifa|cod|chess|pool|darts|the game|the match|tenis|squash))`,
  ),
  // Batch zzr, said plainly where no rule held it: the only way out named as a means, new cuts
  // counted, an overdose finished off, a decision said and nothing more ("ive decided, no more"),
  // intent to shoot, maim or shake someone.
  rule(
    "active",
    "self",
    `(?:only|one) way out (?:is|would be|left is) (?:a |the |my |dads |mums |his |her )?(?:rifle|gun|shotgun|pils|tablets|rope|bridge|train|trains|tracks|cliff|car|exhaust|overdose|knife)`,
  ),
  rule(
    "self_harm",
    "self",
    `(?:thre|two|four|five|\\d+|some|more) new ones on my (?:hip|hips|thigh|thighs|arm|arms|wrist|wrists|leg|legs|stomach|belly|ribs|ankle|ankles)`,
  ),
  rule(
    "overdose",
    "self",
    `took the rest of (?:the|my) (?:packet|box|botle|strip|tub|pils|tablets)(?! (?:back|to (?:the )?pharmacy|home|with me|for the))`,
  ),
  rule(
    "active",
    "self",
    `(?<=^ ?)(?:ive|i have|i ve) decided(?: ,)? (?:no more|thats it|enough)(?= ?$)`,
    false,
  ),
  rule(
    "harm_others_intent",
    "self",
    `(?:im|i am) (?:gona|going to|wil|breaking|snaping) (?:break |snap )?(?:his|her|their) (?:legs|arms|neck|jaw|fingers|knes)(?! (?:at|in) (?:fifa|chess|the game))|(?:im|i am) (?:gona|going to) shoot (?:one of them|one of those|him|her|them|that \\w+)(?! (?:a|an|some|the|my|quick|back) )(?! (?:up|down|later|tomorow|for))|(?:going to|gona|scared i(?:l| wil)?) shake (?:him|her|the baby|my baby|my son|my daughter)(?! (?:awake|up|of|hands|down))`,
  ),
  rule(
    "harm_others",
    "self",
    `want to shake (?:him|her|the baby|my baby|my son|my daughter)(?! (?:awake|up|of|hands|down))`,
  ),
  // Batch zzv: risk said without naming it. Which ways hurt least, what is painless; the old habit
  // back, with the nights it has been back.
  rule(
    "lethal_query",
    "self",
    `(?:which|what) (?:ways?|methods?) (?:would |wil |wouldnt |dont |do not )?(?:hurt|hurts) (?:the )?least|(?:googling|searching|loking up|looking up|reading about|read up on) (?:stuf i shouldnt[^|]{0,20})?(?:whats|what is|what s) (?:the most )?painles(?= ?$| ?\\||,)`,
  ),
  rule(
    "relapse",
    "self",
    `(?:the )?old (?:habits?|ways?) (?:is |are |s |has |have )?(?:back|come back|came back)(?= ?$| ?\\|| ?,| again)[^|]*\\b(?:did it|cut|cuting|burn|burned|burnt|last night|this morning|nights in a row|every night)\\b`,
  ),
  // Batch zzv, said plainly: stones in the pockets by the water, the means "right there" beside a
  // wish to die, being done with life said in slang, notes written for the family.
  rule(
    "means_now",
    "self",
    `(?:at|by|on) the (?:river|sea|lake|water|loch|canal|reservoir|bridge)\\b[^|]*\\bwith (?:stones|rocks|weights) in my (?:coat|pockets?|jacket)`,
    false,
  ),
  rule(
    "means_here",
    "self",
    `(?:pils|tablets|meds|rope|gun|bottle of \\w+)(?: in the \\w+)? (?:are|is|s|re) (?:right )?(?:there|here|next to me|beside me)(?= ?$| ?\\|| ?,| and i| i keep)`,
  ),
  rule(
    "active",
    "self",
    `(?:im |i am )?not doing (?:this )?life (?:no more|anymore|any more)|(?:i am|im) finish(?:ed)? with (?:everything|life|it al)(?= ?$| ?\\|| ?,)`,
  ),
  // Batch zzr, at concern: a wish that someone else would do the hurting, wishing it had been the
  // writer who died, hating being alive, vanishing as the easier way, hiding the lines, a child next door with bruises.
  rule(
    "harm_others",
    "self",
    `wish (?:someone|somebody|sombody) would (?:just )?(?:hurt|kil|beat|stab|shoot|run over|batter) (?:him|her|them)\\b`,
  ),
  rule(
    "passive",
    "self",
    `wish(?:ed)? (?:it|that) (?:was|were|had ben) me (?:instead|in that (?:cofin|box|grave))|(?:i )?hate being alive`,
  ),
  rule(
    "passive",
    "self",
    `(?:itd|it would|id|would) (?:just )?be (?:so much |a lot |way )?easier (?:to just|to|if i just|if i) (?:vanish|disapear|disapeared|vanished|wasnt here|didnt exist|stoped existing)(?! (?:from|of|for) (?:the|this|that|my|a|al) )(?! for (?:a|the) (?:bit|wek|day|night|month|year))`,
  ),
  rule(
    "self_harm_history",
    "self",
    `(?:wear|wearing|wore) (?:\\w+ )?(?:bracelets|bangles|long sleves|a watch|bands|sweatbands|plasters) to (?:hide|cover) (?:the|my) (?:lines|scars|marks|cuts)(?! (?:from|of|on) (?:the|my|a|her|his) (?:dog|cat|pupy|kiten|tatoo|surgery|operation|eczema|rash|acident|bike|fal|burns? from))`,
  ),
  rule(
    "abuse",
    "other",
    `(?:kid|child|boy|girl|litle \\w+|kids|children) (?:in|at|next dor|from) (?:flat|number|no|the flat|the house)?[^|]{0,20}\\b(?:always|often|keps|constantly) (?:has|got|having|turning up with) bruises`,
    false,
  ),
  // Batch zzx: the moment itself, told by the one in it. Two goodbyes in one message ("signing off
  // for the last time", "mummy is sorry", "if you find my phone ... a letter in the notes app"), a
  // message set to send later, a bye said without them knowing, pills piled on the duvet, a stool
  // that will hold long enough, a belt tied to the wardrobe door, stones in the coat pockets, the
  // bath run with the blade beside it, waiting for the train that does not stop, an overdose hedged
  // ("might have overdosed") or what was left taken, bleach swallowed, an attempt today that did not
  // hold, being hit for an hour, a girl dragged into a van, a weapon taken to someone's door.
  rule(
    "farewell",
    "self",
    `signing (?:of|out) for (?:the )?(?:last|final) time|(?:posted|sent|uploaded|put up) my (?:very )?(?:last|final) (?:story|post|tweet|video|status|snap|insta story)(?! (?:of|for|from|on) (?:the|this|my) (?:year|day|night|wek|month|trip|holiday|series|season|acount|page|blog|chanel))`,
    false,
  ),
  rule(
    "farewell",
    "self",
    `(?<=^ ?|, |\\band )(?:mumy|mummy|mum|mam|mom|momy|daddy|dad|mama|papa|nana|grandad|grandma) (?:is|s) (?:so |realy )?sory(?= ?$| ?\\|| ?,| x| for everything| for leaving)`,
    false,
  ),
  rule(
    "farewell",
    "self",
    `(?:if|when) (?:you|u|anyone|someone|somebody) (?:get|gets|read|reads|se|sees|find|finds|are reading|is reading) (?:this|this mesage|this note|this leter)(?: ,)? (?:im|i am) (?:so |realy )?sory|(?:if|when) (?:you|u|anyone|someone|somebody) finds? my (?:phone|laptop|ipad)\\b[^|]{0,12}\\b(?:the )?(?:pasword|pascode|pin|code|lock code) (?:is|s)`,
    false,
  ),
  rule(
    "farewell",
    "self",
    `(?<=^ ?|, |\\band )(?:theres|there is|ive left|i left|ive writen|i wrote|ive put|i put) (?:a |my )?(?:leter|note|mesage)s? (?:for (?:you|u|everyone|you al|mum|dad|\\w+) )?(?:in|on) (?:the|my) (?:notes ap|notes|drafts|phone notes)(?= ?$| ?\\|| ?,| for)|(?<=^ ?|, |\\band )(?:the|my) (?:leter|note|leters|notes)(?: is| s| are)? (?:in|under|on) (?:her|his|their|my|mums|dads) (?:handbag|bag|pilow|pilows|coat pocket|pocket|dresing table|bedside table|kitchen table|keyboard)(?= ?$| ?\\|| ?,)`,
    false,
  ),
  rule(
    "farewell",
    "self",
    `(?:nobody|no one|noone|no body) (?:left )?to say (?:bye|godbye|goodbye) to|(?:last|final) (?:mesage|text|words|post) (?:before i go|before im gone|from me)(?= ?$| ?\\|| ?,)|(?:said|say|saying) sory to (?:everyone|everybody|each of them|al of them)(?= ?$| ?\\|| ?,| by name)`,
    false,
  ),
  rule(
    "farewell",
    "self",
    `(?:set|scheduled|timed|seting|scheduling) (?:the|an|a|my|this|it|them)(?: (?:email|mesage|text|note|post|tweet|leter|emails|mesages|texts|notes))? (?:\\w+ ){0,5}to (?:send|go out|post|show|pop up|arive|be sent|go of|deliver)(?= (?:at|in|tomorow|tonight|on|when|after|to everyone)\\b)`,
    false,
  ),
  rule(
    "departure",
    "self",
    `by then (?:it wont|it wil not|nothing wil|it doesnt|none of it wil|none of it) (?:mater|matter)|(?:couldnt|cant|could not|can not|cannot) (?:kep|carry) (?:going|on)(?= ?$| ?\\|| ?,| anymore| any more)`,
    false,
  ),
  rule(
    "goodbye",
    "self",
    `(?:said|say|saying) (?:bye|godbye|goodbye|my godbyes|my goodbyes) to (?:everyone|everybody|them al|al of them|my \\w+|(?:mum|dad|mam|mom) and (?:dad|mum|mam|mom))(?: \\w+){0,3} without (?:them|anyone|any of them|her|him) knowing|sory to (?:everyone|everybody|each of them|al of them) by name|(?<=^ ?|, |\\band )(?:dont|do not) let (?:mum|mom|mam|dad|my \\w+|the kids|her|him|them) (?:be the one (?:to|who) )?(?:se|find|finds|sees) me(?: like this)? first`,
    false,
  ),
  rule(
    "means_now",
    "self",
    `(?:(?:every|each|al the|al my|al of the|al of my) (?:single )?(?:${PILLS})(?: (?:in|from) (?:the|this|my) (?:house|flat|cupboard|drawer|bathrom|kitchen|cabinet))?|(?:${PILLS}))(?: is| are| s| re)? (?:in a (?:pile|heap|stack|mound|big pile)|piled up|heaped up|stacked up) (?:on|in) (?:my|the) (?:duvet|bed|desk|flor|lap|pilow|bedside table|kitchen table|table)(?![^|]*\\b(?:organiser|organizer|dosete|pil ?box|for (?:my|her|his|our|the) (?:nan|gran|granny|nana|mum|mom|dad|grandad|grandpa|patients?|residents?))\\b)`,
    false,
  ),
  rule(
    "means_now",
    "self",
    `(?:itl|it wil|it should|thatl|that wil|itd|it would|should|wil) hold (?:me|my weight) (?:for )?(?:just )?long enough\\b`,
    false,
  ),
  rule(
    "means_now",
    "self",
    `(?:rope|nose|belt|cord|scarf|sheet|cable|lead|tie|dresing gown cord|flex)s? (?:is |are |s )?(?:already |now )?(?:tied|fixed|hung|knoted|loped|fastened|secured) (?:to|on|round|around|over|from|at) (?:the top of |the back of )?(?:the |my )?(?:wardrobe(?: dor)?|bedrom dor|dor handle|stair rail|stairs|bed frame|top bunk|bunk bed|shower rail|curtain rail|pipe|radiator|loft ladder|loft lader|hok|wardrobe rail|clothes rail)(?![^|]*\\b(?:dog|swing|hamock|washing|clothes to dry|drying|tent|boat|kids game|costume|decorations?|christmas|halowen|lights|baloons?|wreath|tug of war)\\b)`,
    false,
  ),
  rule(
    "means_now",
    "look",
    `(?:put|puting|filed|filling|loaded|stufed|stufing|weighed|weighted) (?:some |big |heavy |the |a few )?(?:stones|rocks|bricks|weights) (?:in|into) (?:my|the) (?:coat |jacket |hodie |trouser |jeans |)pockets?|(?:filed|stufed|loaded|weighted|weighed down) my (?:coat |jacket |hodie |trouser |jeans )?pockets with (?:stones|rocks|bricks|weights)`,
    false,
  ),
  rule(
    "means_now",
    "self",
    `(?:bath|tub) (?:is |s )?(?:ful|run|filed|filing|ready|running)\\b[^|]{0,25}\\b(?:razor|blade|razor blade|knife|blades|razors|stanley knife|box cuter)s?(?: is| s| are)? (?:on|by|next to|beside|in|at)\\b(?![^|]*\\b(?:legs?|shave|shaving|dog|baby|toddler)\\b)`,
    false,
  ),
  rule(
    "means_now",
    "self",
    `(?:waiting|wait|stod|standing|sat|siting|here)(?: (?:on|at|by) (?:platform \\d+|the platform|the edge|the tracks|the line))? for (?:the|a|one of the) (?:one|train|fast train|express|fast one|freight train|next one)s?(?: that| which)? (?:doesnt|dont|does not|do not|wont|never) stop(?: here| at this station)?`,
    false,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:loked up|looked up|checked|found out|googled|searched|worked out|know|timed) (?:which|what|when the|what time the) (?:trains|train|ones)(?: \\w+)? (?:dont|do not|doesnt|never) stop\\b`,
    false,
  ),
  rule(
    "overdose",
    "self",
    `(?:i )?(?:might|may|think i|think i might|probably|pretty sure i|i might|i may) (?:have |ve )?(?:overdosed|oded|taken an overdose|taken to many|taken to much)(?! (?:on|with) (?:chocolate|sugar|caffeine|cofe|sweets|carbs|tv|netflix|memes|tiktok|chese|vitamin \\w+|vitamins|sun|revision|coursework)\\b)`,
    false,
  ),
  rule(
    "overdose",
    "self",
    `(?:tok|took|taken|swalowed|downed|had|necked) (?:al of |the rest of )?(?:what|whats|what was|everything|everything that was|al that was) (?:was )?left (?:of|in) (?:my|the|her|his|mums|dads) (?:${PILLS}|prescription|botle|box|packet|pack|strip|tub|pots?)`,
    false,
  ),
  rule(
    "overdose_context",
    "self",
    `(?<=^ ?|, |\\band )(?:al|the rest) of (?:it|them) (?:thats|that was|that is|that s|which was) left(?= ?$| ?\\|| ?,)`,
    false,
  ),
  rule(
    "overdose",
    "self",
    `(?<=^ ?|, |\\band |\\bi )(?:tok|took|swalowed|downed|necked) (?:a )?(?:fist ful|fistful|hand ful|handful|mouthful|load) of (?:the |my |his |her )?(?:${PILLS})`,
    false,
  ),
  rule(
    "poison",
    "look",
    `(?:drank|drunk|swalowed|downed|necked|had|tok) (?:a couple of |a few |two |thre )?(?:a |some |half (?:a |the )?)?(?:big |huge |smal |whole |ful )?(?:mouthful|gulp|swig|cup|glas|botle|capful|load|bit|lot|mug|half)s? of (?:the |some |that |my |our )?(?:bleach|wedkiler|wed kiler|antifreze|drain cleaner|screnwash|white spirit|methanol|lighter fluid|rat poison|paraquat|pesticide|insecticide|turps|turpentine|toilet cleaner|oven cleaner)`,
    false,
  ),
  rule(
    "attempt",
    "self",
    `(?:did it|tried|tried it|atempted it|had a go|tried once|tried again) (?:once |again )?(?:earlier|earlier today|today|this morning|this afternon|this evening|tonight|last night|an hour ago)\\b[^|]{0,10}\\bwith (?:the|a|my) (?:cord|rope|belt|cable|scarf|flex|lead|ligature|pils|tablets|razor|knife|blade|plastic bag|bag|dresing gown cord)|(?<=^ ?|\\bi )did it (?:earlier today|earlier|this morning|this afternon|last night|today|tonight)\\b[^|]{0,20}\\b(?:woke up|came round|came to) (?:on|in) (?:the )?(?:bathrom |kitchen |bedrom )?(?:flor|bath|car|hospital)`,
    false,
  ),
  rule(
    "attempt",
    "self",
    `(?<=^ ?|\\bi )jumped (?:earlier|last night|this morning|this afternon|an hour ago) (?:of|from) (?:the |a )?(?:\\w+ )?(?:bridge|wal|clif|rof|balcony|car park|pier|flyover|overpas|window)(?![^|]*\\b(?:with|fun|swim|swiming|dare|tombston\\w*|mates|friends|lads|kids|cousins|splash|lovely|amazing|bucket list|lol|haha|freezing|arvo)\\b)`,
    false,
  ),
  rule(
    "active",
    "self",
    `(?:want|going|gona|wana|planing|ned) to go back (?:and )?(?:when (?:its|the tide(?: s| is)?) (?:in|up|high|higher|coming in)|and (?:do it|try|finish it)(?: again| properly)?|to finish it|and try again)`,
    false,
  ),
  rule(
    "abuse_now",
    "other",
    `(?:draging|puling|forcing|bundling|shoving|throwing|dragged|puled|forced|bundled|shoved) (?:a|the|this|some|that) (?:young |litle )?(?:girl|woman|kid|child|boy|lady|teenager|teen|person|lad) (?:into|in) (?:a|the|his|their|an|some) (?:white |black |\\w+ )?(?:van|car|boot|house|aley|truck)(?![^|]*\\b(?:film|movie|show|episode|game|dream|scene|book|novel|tv)\\b)`,
    false,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:hes|shes|he has|she has|theyve|they have|my \\w+ has|my \\w+s) ben (?:hiting|punching|beating|kicking|strangling|choking|batering|slaping|hurting) me (?:for (?:an hour|hours|ages|the last (?:\\w+ )?(?:hour|hours|minutes))|al (?:night|evening|day|morning|afternon)|since (?:he|she|they) got (?:home|back|in))`,
    false,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:is|s|keps|started|starts) (?:\\w+ and )?(?:punching|hiting|beating|kicking|strangling|choking|batering|slaping) (?:my|our) (?:mum|mom|mam|dad|sister|brother|nan|gran|stepmum|stepdad|litle \\w+)\\b(?=[^|]*\\b(?:now|right now|rn|hiding|in the (?:living rom|kitchen|hal|halway|bedrom|garden|lounge)|downstairs|upstairs)\\b)`,
    false,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:says|saying|screaming|shouting|yeling|keps saying) (?:that )?(?:were|we are|we re|we) (?:both|al) (?:going to|gona) die(?= ?$| ?\\|| ?,| tonight| now| together)|(?:pined|trapped|locked|holding|held) me in (?:the|his|her|a) (?:car|rom|house|flat|bathrom|bedrom)\\b[^|]{0,30}\\b(?:wont|wil not|not) let(?:ting)? me (?:out|leave|go)`,
    false,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:hes|shes|he is|she is)(?: in the (?:next rom|kitchen|other rom|hal|living rom|lounge))? sharpening (?:something|a knife|the knife|knives|his knife|her knife|the knives|an axe|the axe)(?![^|]*\\b(?:roast|diner|turkey|bbq|barbecue|chef|cooking|carving|sunday|christmas|pumpkin|veg|meat|fish|whitling|garden|hedge|work|shop)\\b)`,
    false,
  ),
  rule(
    "harm_others_intent",
    "self",
    `(?:outside|waiting outside|parked outside|sat outside|on my way to|driving to|driving round to|going to|heading to|going round to|walking to) (?:his|her|their|my exs|my ex s|her (?:new )?\\w+s|his (?:new )?\\w+s|the \\w+s)(?: new)?(?: (?:house|flat|place|work|dor|car))? with (?:a|the|my) (?:${WEAPONS}|petrol can|petrol|can of petrol|jery can|jerycan|blade|lump hamer)`,
    false,
  ),
  rule(
    "harm_others",
    "self",
    `(?:id|i would|i d) (?:love|like|enjoy) (?:to |it to )?(?:se|watch|hear) (?:him|her|them|my ex|my \\w+) (?:in pain|sufer|sufering|bleed|bleding|die|dying|scream)(?! (?:at|in) (?:the|a) (?:gym|game|film|movie|match))`,
    false,
  ),
  // Batch zzx, the rest of the moment: a goodbye after walking in, the water up to the chest, the
  // middle of the bridge, a jetty, the gun out of its cabinet and sat with, the razor held and
  // nothing done yet, blood everywhere that will not slow, a video recorded for the kids.
  rule(
    "farewell",
    "self",
    `(?<=^ ?)(?:i )?(?:just )?(?:wanted|want) to say (?:bye|godbye|goodbye)(?= ?$| ?\\|| ?,| to (?:you|u|everyone))|(?:recorded|made|filmed|left) (?:a )?(?:video|mesage|voice note|voice mesage) for (?:my|the) (?:kids|children|son|daughter|family|wife|husband|partner|mum|parents|boys|girls)(?: explaining| to explain| saying sory| saying godbye)(?= ?$| ?\\|| ?,| why| everything)`,
    false,
  ),
  rule(
    "means_now",
    "self",
    `(?:walked|waded|went) (?:out )?into the (?:sea|river|lake|water|canal|loch)\\b[^|]{0,40}\\b(?:waters?|its|it s) (?:is |s )?(?:up to|over|past) my (?:chest|neck|chin|shoulders|waist)`,
    false,
  ),
  rule(
    "place_now",
    "look",
    `(?:(?<=^ ?)(?:im|i am) (?:now )?(?:on|at) the (?:end of the )?(?:jety|dock|quay|quayside|slipway|breakwater|lock gates?)|(?<=^ ?)(?:im|i am) (?:already )?(?:in|into) the (?:water|sea|river|lake|canal))(?: now)?(?= ?$| ?\\|| ?,)|(?:im|i am|walked|stod|standing|sat|siting|climbed)(?: out)? (?:to|on|in|at) the (?:midle|centre|center) of the (?:\\w+ )?${PLACES}`,
    false,
  ),
  rule(
    "means_strong",
    "self",
    `(?:shotgun|gun|rifle|pistol)s? (?:is |s |are )?(?:out of|out) (?:the|its|his|dads|my) (?:gun )?(?:cabinet|safe|locker|case)(?![^|]*\\b(?:clean|cleaning|clay|clays|shot|shoot|shoting|range|season|pheasant|grouse|rabits?|foxes|pigeons|der|licen[cs]e|inspection|check|oil|oiled|rag|service|servicing)\\b)`,
    false,
  ),
  rule(
    "means_here",
    "self",
    `(?<=^ ?)(?:im|i am) (?:sat|siting|lying|laying|in bed|on the stairs|on the bed|on the flor) (?:\\w+ ){0,3}with (?:it|the gun|the shotgun|the rifle|it loaded|it in my lap)(?= ?$| ?\\|| ?,| now)`,
    false,
  ),
  rule(
    "self_harm",
    "self",
    `(?:with|holding|got) (?:the|a|my) (?:razor|blade|blades|razors|knife|sharpener blade)\\b[^|]{0,10}\\b(?:havent|not|havent realy) (?:done anything|cut|used it|done it) yet`,
    false,
  ),
  rule(
    "bleeding",
    "look",
    `blod (?:is |s )?everywhere\\b[^|]{0,40}\\b(?:cant|cannot|can not) (?:get|make) (?:it|the bleding|the blod) (?:to )?(?:stop|slow down|slow)(?![^|]*\\b(?:nose|period|toth|tooth|dentist)\\b)`,
    false,
  ),
  rule(
    "overdose_context",
    "self",
    `(?<=^ ?)(?:ive|i have) (?:taken|swalowed|had) them(?: al)?(?= ?$)`,
    false,
  ),
  rule(
    "plan",
    "self",
    `so (?:nobody|no one|noone|no body|they dont|nobody can|no one can|no one wil|nobody wil) (?:finds?|can find|wil find) me(?= ?$| ?\\|| ?,| son| til| until| for a while| in time)`,
    false,
  ),
  rule(
    "means",
    "self",
    `(?<=^ ?|\\band |, )(?:the |my )?(?:${PILLS}) (?:are|is|s|re) (?:right )?(?:next to|beside|on top of) (?:it|them|the note|the leter|my wil|the wil)(?= ?$| ?\\|| ?,)|(?<=^ ?|\\band )(?:i )?(?:have|ive got|got) the (?:cable|rope|cord|belt|flex|hose|hosepipe)(?= and i| ?$| ?\\|| ?,)`,
    false,
  ),
  rule(
    "affairs",
    "self",
    `(?<=^ ?)my wil (?:is|s) (?:out |laid out )?on the (?:desk|table|bed|side|kitchen table)`,
    false,
  ),
  rule(
    "harm_others",
    "self",
    `(?:the |those |that )?(?:lads|guys|boys|kids|girls|people|lot|bloke|guy|man|lad|one|ones) (?:who|that) (?:jumped|atacked|robed|mugged|stabed|bulied|hurt|beat up|grased on) (?:me|my \\w+) (?:beter|had beter|beta|should) (?:watch|lok) (?:themselves|himself|herself|their backs?|his back|her back|out|over their shoulders?)`,
    false,
  ),
  rule(
    "farewell",
    "self",
    `(?<=^ ?)(?:mum |dad |mam |mom )?(?:im|i am) (?:so )?sory for (?:al of it|everything)(?= ?$| ?\\|)|(?<=^ ?)(?:im|i am) (?:not|never) coming (?:home|back)(?: again| ever)?(?= ?$| ?\\|)`,
    false,
  ),
  rule(
    "plan_strong",
    "self",
    `the (?:train line|train lines|railway|railway line|tracks|bridge|river|motorway|clif|clifs) (?:was|is|were|are) the only (?:thing|way|option|place|answer)(?! (?:to get|home|to work|to schol|into town|out of town|north|south|open))`,
    false,
  ),
  rule(
    "means_now",
    "look",
    `(?:going to|gona|about to|wil|il) (?:step|jump|walk|throw myself) (?:out )?in front of the (?:\\d{1,2} \\d\\d|\\d{1,2} ?(?:am|pm))\\b`,
    false,
  ),
  rule(
    "active",
    "self",
    `thinking about the (?:bridge|clif|clifs|tracks|railway|railway line|edge|viaduct)\\b[^|]{0,30}\\b(?:al wek|al day|for weks|for days|every day|every night|nonstop|constantly)(?![^|]*\\b(?:design|project|exam|painting|photo|photos|model|lego|essay|drawing|paint)\\b)`,
    false,
  ),
  rule(
    "goodbye",
    "other",
    `(?:sent|left|texted) me (?:a )?(?:voice note|voice mesage|mesage|text)\\b[^|]{0,30}\\b(?:saying|telling me) where (?:his|her|their) (?:wil|papers|insurance|paswords?|bank details) (?:is|are)`,
    false,
  ),
  // Batch zzx, someone else in danger now: a picture of her wrists and the blade, a call from the
  // overpass saying bye, a text "it's better this way", dad gone to the barn with the rope, a
  // stepdad in the little one's room and her scared.
  rule(
    "means_now",
    "other",
    `(?:sent|texted|snapchated|mesaged) (?:me |us )?(?:a )?(?:picture|pic|photo|snap|video) of (?:her|his|their) (?:wrists?|arms?|thighs?|legs?|cuts)\\b[^|]{0,30}\\b(?:blade|razor|knife|pils|tablets|rope)|(?:he|she|they) (?:tok|took|grabed|got) (?:the|a|his|her|dads|grandads) (?:rope|shotgun|gun|rifle|pistol) and (?:walked|went|headed|stormed|drove) (?:out |of )?(?:to|into) the (?:barn|shed|garage|wods|field|loft|bathrom|stables)(?![^|]*\\b(?:fox|foxes|rats?|rabits?|vermin|pests?|pigeons|crows|deer|clean|cleaning|shot|shoting|range|hunting|lamping|season|tie|hay|bales?|cows?|sheep|horses?)\\b)`,
    false,
  ),
  rule(
    "goodbye",
    "other",
    `(?:caled|rang|texted|facetimed|mesaged|rung) me (?:crying |sobing |in tears )?from (?:the|a) (?:overpas|bridge|clif|clifs|rof|ledge|tracks|railway|pier|car park|top of (?:the |a )?\\w+|edge of (?:the |a )?\\w+)\\b[^|]{0,20}\\b(?:saying|to say) (?:bye|godbye|goodbye|sory|she loves me|he loves me)`,
    false,
  ),
  rule(
    "farewell",
    "other",
    `(?:texted|sent|said|wrote|mesaged|posted) (?:me |us )?(?:\\w+ ){0,3}" ?(?:its|it s|it is|everything is|everyone wil be|youl be) beter (?:this way|of without (?:me|her|him)|without (?:me|her|him))`,
    false,
  ),
  rule(
    "abuse_now",
    "other",
    `(?:her|his|their|my) (?:stepdad|step dad|stepfather|stepmum|uncle|mums boyfriend|dads girlfriend|dad|father) (?:is|s) in (?:there|her rom|his rom|their rom|with her|with him)\\b[^|]{0,30}\\b(?:shes|hes|theyre|she is|he is|they are) (?:so )?(?:scared|terified|frightened|crying)`,
    false,
  ),
  // Batch zzx, at the place with something that points the same way: clothes folded on the bench,
  // not wanting to climb back in, the spot where a parent died, at least the hospital is close.
  rule(
    "affairs",
    "self",
    `(?:al )?(?:my|me) (?:stuf|stufs|things|clothes|shoes|bag|phone|wallet|coat|jacket|keys)(?: and (?:my )?\\w+)? (?:is |are |s )?(?:al )?(?:neatly )?(?:folded|left|laid|piled|lined up) (?:up )?(?:neatly )?(?:on|by|at|beside|behind me on) the (?:bench|beach|shore|bank|edge|side|rocks|sand|bridge|wal|railing|pier)|(?:boxed up|labeled|labelled|marked|sorted|split|divided) (?:and )?(?:labeled |labelled )?(?:with|by|for) who (?:gets|should get|gets to have|is having|has) what`,
    false,
  ),
  rule(
    "weak",
    "self",
    `(?<=^ ?)(?:just )?waiting (?:now|for it|for it to (?:work|kick in|hapen))(?= ?$)|at least (?:the (?:hospital|ambulance|paramedics|morgue)s?|theyre|they are|theyl be|they wil be) (?:\\w+ )?(?:close|near|nearby|close by|not far)(?= ?$| ?\\|| i gues| ?,)|(?<=^ ?)(?:it )?fels right(?= ?$)|(?:nobody|no one|noone) knows where i am(?= ?$| ?\\|| ?,)`,
    false,
  ),
  rule(
    "place_now",
    "self",
    `(?:im|i am|standing|sat|siting|here) (?:at|on) the (?:exact )?(?:spot|place|bridge|same \\w+) where (?:my )?\\w+ (?:died|jumped|kiled (?:him|her)self|tok (?:his|her) (?:own )?life)`,
    false,
  ),
  rule(
    "means",
    "self",
    `(?:bag|load|stash|pile) of (?:stuf|things|pils|tablets|boxes) (?:i )?(?:got|bought|from) (?:from )?(?:the |a |diferent |several )?(?:chemist|chemists|pharmacy|pharmacies|shop|shops|supermarket)s?`,
    false,
  ),
  rule(
    "plan",
    "self",
    `(?<=^ ?|\\band )i know (?:exactly )?(?:which|what) (?:banister|beam|bridge|tre|branch|rof|building|clif|platform|train|rafter|hok|car park)(?= ?$| ?\\|| ?,| to use| il use| now)`,
    false,
  ),
  // Batch zzx, urgent: stopping on the footbridge to think it through, the roof with no key, the
  // banister measured by eye, the river at night, fainting from not eating and wanting to go on.
  rule(
    "active",
    "self",
    `(?:stop|stand|sit|stay|wait|linger|pause)s? (?:on|at|by) (?:the|a) (?:\\w+ )?(?:bridge|fotbridge|platform|edge|clif|tracks|line|rof|ledge|viaduct)\\b[^|]{0,30}\\b(?:and )?think about (?:it|jumping|doing it|going over)(?: properly| seriously| for real)?(?= ?$| ?\\|| ?,)|(?:think|thinking|thought) (?:about )?how easy it (?:would|d) be(?= ?$| ?\\|| to (?:step|jump|fal|lean|go|just))`,
    false,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:highest|talest|tal) (?:building|buildings|bridge|car park|multi storey|rof|block|tower)\\b[^|]{0,40}\\b(?:get|go|climb) (?:onto|on|up|up to|on to) the (?:rof|top)(?: of)?\\b[^|]{0,10}\\bwithout (?:a key|a pas|being sen|anyone seing|anyone noticing|pasing)`,
    false,
  ),
  rule(
    "active",
    "self",
    `(?:measuring|sizing up|eyeing up|eying up|eyeing|loking at) (?:the )?(?:banister|beam|bridge|drop|rafters?|loft hatch|ceiling hok|railing|stair rail)s?(?: in the \\w+)? (?:with my eyes|in my head)|(?:kep|keps|ben) going (?:down )?to the (?:river|bridge|clif|clifs|tracks|edge|canal|sea|railway) at night (?:and )?(?:loking|staring|standing there|looking down)`,
    false,
  ),
  rule(
    "self_harm",
    "self",
    `(?:stoped|stopped|not) eating (?:\\w+ ){0,3}(?:days|weks) (?:ago|now)\\b[^|]{0,60}\\b(?:fainting|pasing out|blacking out|colapsing)`,
    false,
  ),
  // Batch zzx, at concern: a friend who keeps saying she wants to disappear, a son posting about
  // wanting to vanish, a mate asking who would look after his dog, the neighbours' kids out in the
  // cold at night, wanting to see an ex in pain.
  rule(
    "passive",
    "other",
    `(?:keps|kept|wont stop|always|started) (?:saying|talking about|posting|going on about) (?:that )?(?:she|he|they)(?: wants?| wanted|d like| would like) to (?:disapear|vanish|not exist|not be here|slep forever)|(?:posts|posting|writes|writing|talks|talking) (?:\\w+ ){0,3}(?:about|stuf about) (?:wanting to|wanting) (?:disapear|vanish|die|not exist|not be here)|asked (?:me )?if (?:id|i would|i could|i d) (?:lok after|take|have|kep) (?:his|her|their) (?:dog|cat|kids|pets?|son|daughter|stuf|things)\\b[^|]{0,20}\\bif (?:anything|something) (?:ever )?hapened to (?:him|her|them)`,
    false,
  ),
  rule(
    "abuse",
    "other",
    `(?:kids|children|litle ones) (?:\\w+ ){0,8}(?:out|outside|locked out|left out) in the (?:cold|rain|snow|dark)\\b[^|]{0,20}\\b(?:at night|al night|for hours|til late)`,
    false,
  ),
  // Batch zzs: the moment itself where no rule held it. Pills tipped out on the bed, a rope already
  // tied to the ceiling fan, the car filling with fumes, someone set to burn themselves, a shotgun
  // taken into a locked shed, a scream of "hes going to kill me" heard through the wall, locked out
  // in deadly cold, burned with cigarettes, blood through the dressings, a jump in front of a car.
  rule(
    "means_now",
    "self",
    `(?:(?:${PILLS}|them|it al|the lot|the whole (?:box|packet|botle|tub|strip))\\b[^|]{0,12}\\b(?:tiped|poured|laid|spread|emptied|lined) (?:them |it )?(?:al )?|(?:tiped|poured|emptied|spread|laid|lined) (?:al |al of |the whole |a whole |the |my |her |his )?(?:(?:box|tub|packet|botle|strip|jar|blister pack)s? of )?(?:my |the |her |his |\\w+s )?(?:\\w+ )?(?:${PILLS}) )out (?:on|onto|acros) (?:the|my) (?:bed|duvet|table|kitchen table|desk|flor|counter|pilow|lap)(?![^|]*\\b(?:organiser|organizer|dosete|pil ?box|by acident|acidentaly|dropped|spiled|knocked|for (?:my|her|his|our|the) (?:nan|gran|granny|nana|mum|mom|dad|grandad|grandpa|patients?|residents?|kids?|son|daughter|husband|wife|partner|dog|cat))\\b)`,
    false,
  ),
  rule(
    "means_now",
    "self",
    `(?:rope|nose|belt|cord|scarf|sheet|cable)s? (?:is |are |s )?(?:already )?(?:tied|fixed|hung|hanging|knoted|ready) (?:to|for|on|round|from|over) (?:the|my) (?:ceiling fan|fan|beam|hok|rafter|rafters|banister|loft hatch|curtain pole|dor frame)`,
    false,
  ),
  rule(
    "means_now",
    "self",
    `(?:the )?(?:car|cars|garage|rom|tent)(?: is| s)? (?:already )?(?:ful|filing|filed|filling|fil) (?:up )?(?:of|with) (?:fumes|exhaust|exhaust fumes|carbon monoxide|smoke from the exhaust)(?![^|]*\\b(?:heater|broke|broken|leak|leaking|fault|mechanic|garage fixed|cigaretes|vape|vaping|bbq|barbecue)\\b)`,
    false,
  ),
  rule(
    "active",
    "look",
    `(?:set|setting|burn|burning|light|lighting) (?:himself|herself|themselves|myself) (?:alight|on fire|ablaze|up)(?! (?:on|with) (?:the|a) (?:stove|hob|oven|bbq|barbecue|candle|cooker|grill))`,
  ),
  rule(
    "means_now",
    "other",
    `(?:rof|ledge|bridge|roftop)\\b[^|]{0,30}\\bwith (?:a |the |his |her )?(?:jerycan|can|jery can|canister|botle|container) of (?:petrol|diesel|kerosene|parafin|fuel)`,
    false,
  ),
  rule(
    "means_now",
    "other",
    `(?:(?:walked|gone|went|taken|took|headed) (?:out )?(?:to|into|in) the (?:shed|garage|barn|bathroom|bedrom|outhouse|loft|wods) with (?:the|a|his|her|dads|my) (?:shotgun|gun|rifle|pistol|rope)|(?:took|taken|taking|caried|carried|grabed) (?:the|a|his|her|dads|my) (?:shotgun|gun|rifle|pistol|rope) (?:out )?(?:to|into|in) the (?:shed|garage|barn|bathroom|bedrom|outhouse|loft|wods))\\b[^|]{0,12}\\b(?:and )?(?:locked (?:the dor|himself in|herself in|it)|wont (?:come out|open (?:the dor|up)|answer))(?![^|]*\\b(?:fox|foxes|rats?|rabits?|vermin|pests?|pigeons|crows|deer|clean|cleaning|shot|shoting|range|hunting|lamping|season)\\b)`,
    false,
  ),
  rule(
    "abuse_now",
    "other",
    `heard (?:her|him|them|someone|a woman|a man|the woman|the girl|the lady|my \\w+)(?: next dor| upstairs| downstairs| acros the (?:hal|landing|road))? (?:scream|screaming|shout|shouting|yel|yelling|cry|crying|shriek|shrieking)(?: out)? "? ?(?:hes|shes|he is|she is|theyre) (?:going to|gona|trying to|about to) (?:kil|strangle|murder) (?:me|us|her)(?![^|]*\\b(?:laughing|laughed|lol|haha|joking|jokingly|remote|game|playing|tickl\\w*|pilow fight|water fight)\\b)`,
    false,
  ),
  rule(
    "abuse_now",
    "self",
    `locked (?:me|us|me and (?:the|my) (?:baby|kids|children|son|daughter))(?: \\w+)? out\\b[^|]{0,50}\\b(?:minus \\d+|\\d+ below|below zero|below freezing|freezing|in the snow|cant fel my (?:fingers|hands|fet|toes))(?![^|]*\\b(?:lol|haha|surprise|prank|joke|by acident|acidentaly|keys)\\b)`,
    false,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:hes|shes|he is|she is|he has|she has|he|she|they|theyve|theyre) (?:ben |keps |kept |has ben |just )?(?:burning|burned|burnt|stubing|stubed) (?:out )?(?:me|his cigarete on me|her cigarete on me|cigaretes on me) with (?:his|her|their|a|the) (?:cigaretes?|cigs?|fags?|lighter|iron|straighteners)`,
    false,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:stubed|stubing|stubs|put|puts|puting|pushed|presed) (?:out )?(?:his|her|their|a|the) (?:lit )?(?:cigarete|cig|fag|joint|spliff)s? (?:out )?(?:on|into|against) (?:me|my (?:arm|arms|hand|hands|leg|legs|neck|back|chest|face|skin|wrist|thigh|stomach))(?=[^|]*\\b(?:now|rn|right now|tonight|again|just|an hour ago|earlier|this evening)\\b)`,
    false,
  ),
  rule(
    "bleeding",
    "look",
    `(?:blod|blods|blod has|blod s|its|its come|it has) (?:come|coming|gone|going|soaked|soaking|seped|seping|bled) (?:right )?through (?:\\d+|two|thre|four|al the|al my|the|my|another|a|every) (?:\\w+ )?(?:plasters|plaster|towels|towel|bandages|bandage|dresings|dresing|tea towels|pads|pad)`,
    false,
  ),
  rule(
    "attempt",
    "self",
    `(?<=(?:^ ?|\\b(?:i|and|just|i just|then|so|today i|tonight i|last night i|earlier i) ))(?:jumped|stepped|steped|threw myself) (?:out )?in front of (?:a|the) (?:car|train|bus|lory|truck|van|tube)(?![^|]*\\b(?:without loking|didnt se|not loking|my fault|beped|honked|on my phone|by acident|acidentaly|nearly got|almost got|photo|camera|picture)\\b)`,
    false,
  ),
  rule(
    "attempt",
    "self",
    `(?<=^ ?)(?:i )?(?:slit|slashed|sliced) (?:both |my |both my )?(?:wrists|wrist)`,
    false,
  ),
  rule(
    "overdose",
    "self",
    `(?<=^ ?|\\band )(?:i )?(?:tok|took|swalowed|downed|necked) (?:a )?(?:heap|pile|stack|fistful|mouthful) of (?:${PILLS}|panadol|nurofen)`,
    false,
  ),
  rule(
    "goodbye",
    "other",
    `(?:posted|put|shared) (?:a )?(?:pic|photo|picture|snap|video|story) of (?:the|a) (?:bridge|tracks|railway|edge|clif|clifs|rof|river|viaduct|pier)\\b[^|]{0,40}\\b(?:se you|bye|godbye|sory|love you|love you al|farewel|take care)\\b`,
    false,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:charger|cable|cord|belt|wire|rope|flex|lead)\\b[^|]{0,30}\\b(?:wraping|wrapping|winding|twisting|wrapped|wound) (?:it|them) (?:round|around) (?:his|her) (?:hand|hands|fist|fists|knuckles)`,
    false,
  ),
  rule(
    "goodbye",
    "self",
    `(?<!\\b(?:he|she|they|someone|somebody)\\b[^|]{0,20})left (?:a|the|my) note (?:in|on) (?:the|my) (?:car|dashboard|front seat|pasenger seat|glovebox|driver seat)(?! (?:for|to|about|saying|asking|with)\\b)|(?<=^ ?|, |\\b(?:and|my|the) )notes? (?:is |s |are )?(?:in|on) my (?:car|dashboard|front seat|pasenger seat|glovebox|driver seat)(?= ?$| ?\\|| ?,| now| already)`,
    false,
  ),
  rule(
    "place_now",
    "self",
    `(?<=^ ?)(?:right )?(?:at|on) the (?:very )?(?:edge|top|lip) of (?:the |a )?(?:\\w+ )?${PLACES}(?! (?:with (?:the|my) (?:kids|family|dog)|for (?:a|the|our) (?:walk|swim|picnic|holiday|day|photo|view)))`,
  ),
  rule(
    "affairs",
    "self",
    `(?:written|writen|wrote|writing|put|left) (?:everything|it al|al of it|it al out|everything out) (?:down )?(?:for (?:my |the )?(?:kids|children|wife|husband|family|partner|son|daughter|mum|parents))\\b[^|]{0,40}\\b(?:where the (?:money|wil|insurance|deds|papers)|paswords|bank details|pin numbers|life insurance)`,
    false,
  ),
  // Batch zzs, urgent where no rule held it: asking what is poisonous or strong enough to end it, a
  // painless method asked about, thoughts of going off the back of the ferry or the platform edge,
  // a crash planned to look like an accident, a throat-slitting threat at home, a machete got in.
  rule(
    "lethal_query",
    "self",
    `(?:poisonous|toxic|strong|lethal|deadly|high|enough) enough to (?:end it|end (?:my|your) life|end things|kil (?:me|myself|yourself|you|a person|someone)|do it|finish (?:me|myself) of)(?! (?:of|for) (?:the|a|my|your) (?:dog|cat|rats?|mice|weds|plants?|fish|pest))`,
    false,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:is|if|whether) (?:it true (?:that )?)?(?:carbon monoxide|co poisoning|exhaust fumes|car fumes|helium|overdosing|an overdose|bleding out) (?:is |realy is |actualy is |would be |is realy )?(?:painles|quick and painles|peaceful|painles and quick)`,
    false,
  ),
  rule(
    "active",
    "self",
    `(?:fery|boat|ship|platform edge|edge of the platform|bridge|balcony|clif|clifs|rof|viaduct|pier)\\b[^|]{0,50}\\b(?:think|thinking|thought) about (?:just )?(?:going (?:of|over) (?:the )?(?:back|side|edge|top|rail|railing)|jumping (?:of|over|overboard)(?! for)|jumping(?= ?$| ?\\|)|steping (?:of|out|forward|of the edge)|leaning (?:over|out|forward) (?:and|til)|leting go|going(?= ?$| ?\\|| ?,))`,
    false,
  ),
  rule(
    "active",
    "self",
    `(?:plan is|planing|planning|going|gona|want|wanting|thinking about|think about|thought about|could|might) (?:to )?(?:just )?(?:drive|driving|crash|crashing|steer|steering|swerve|swerving|plough|ploughing) (?:my car |the car |of the road )?(?:into|in to) (?:a|the) (?:tre|wal|pilar|bridge support|concrete)|lok like an acident (?:for|so) (?:the )?(?:insurance|life insurance|payout|policy|kids get|family gets)`,
    false,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:told|tels|texted|said to|threatened|threatens) (?:mum|my mum|mam|my mam|mom|my mom|dad|my dad|my sister|my brother|my nan|her|him|us|me) (?:that )?(?:hed|shed|he would|she would|he wil|hel|shel|hes going to|shes going to|hes gona|shes gona) (?:slit (?:her|his|my|our|your|their) throat|cut (?:her|his|my|our|your|their) throat|stab (?:her|him|me|us|them))`,
    false,
  ),
  rule(
    "harm_others_intent",
    "self",
    `(?:got|bought|picked up|ordered|have|ive got) (?:a|me a|myself a) (?:machete|zombie knife|shank|knuckle dusters?|flick knife)\\b(?=[^|]*\\b(?:of a mate|from a mate|for (?:them|him|those|that|if)|if)\\b)|if (?:those|they|he|that|them|this) (?:\\w+ ){0,8}(?:someones|somebodys|someone is|someone s) (?:geting|gona get|going to get) (?:done|done in|stabed|cut|shanked|merked|bodied|wet)(?! for)`,
    false,
  ),
  // Batch zzs, where only the learned second opinion held it: tall buildings looked up with how to
  // get on the roofs, craving the blade, a search for how long it takes to die, picturing stepping
  // in front of the bus, thinking where one would go to do it.
  rule(
    "plan_strong",
    "self",
    `(?:looking up|looked up|googling|googled|searching|searched|researching|researched|checking out|checked out) (?:tal |high |the tallest |al the )?(?:buildings|bridges|car parks|multi storeys|multistoreys|tower blocks|blocks of flats|clifs)\\b[^|]{0,30}\\bhow to get (?:on|onto|up|up to|on to|into) (?:the |their )?(?:rofs?|top|tops|top flors?)`,
    false,
  ),
  rule(
    "self_harm",
    "self",
    `(?:craving|crave|craved|cravings for|itching for|aching for|desperate for|gagging for) (?:the |a |my )?(?:blade|blades|razor|razors|sharpener blade)`,
    false,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:googled|googling|searched|searching|looked up|looking up|typed|typing) "? ?how (?:long|much|many \\w+) (?:does it|would it|wil it|did it) (?:take|tak) to die`,
    false,
  ),
  rule(
    "active",
    "self",
    `(?:picture|imagine|picturing|imagining|think about|thinking about|thought about|think of|thinking of|pictured|imagined) (?:myself )?(?:just )?(?:steping|walking|jumping|throwing myself|stepping|falling) (?:out )?in front of (?:it|a|the|an)\\b(?! (?:crowd|audience|clas|mirror|camera|room|everyone|people|judges|teacher|boss|interview))`,
    false,
  ),
  rule(
    "active",
    "self",
    `(?:thinking|thought|think|wondering|wondered) (?:about )?where (?:id|i would|i d|il|i wil|im going to|i could) (?:go to|go and|go) do it(?= ?$| ?\\|)`,
    false,
  ),
  // Batch zzs, at concern: the house calmer without the writer, a meteor welcome, outstaying a
  // welcome on this planet, not seeing oneself alive in years, an old man who would rather be dead,
  // biting one's hands when overwhelmed, pinned down and hurt by a brother, the belt, someone else's
  // fresh cuts, a threat to "get" the kid who bullied him, "you can have these, i won't need them".
  rule(
    "passive",
    "self",
    `(?:house|family|everyone|everybody|world|flat|home|they|everything|life|the kids|my kids|my family) (?:would|wil|d) be (?:so much |a lot |way )?(?:calmer|quieter|happier|easier|beter|lighter|more peaceful|fine) (?:if i (?:wasnt|werent|was not|were not|wasnt ever|didnt live) (?:in it|here|around|there|alive)|without me(?: in it)?)(?!(?: in it)? (?:for|this|at|on|til|until|tonight|today|tomorow|when|while|if|during|over|whenever)\\b)`,
    false,
  ),
  rule(
    "passive",
    "self",
    `if (?:a )?(?:meteor|asteroid|bus|car|truck|lory|lightning|plane|tsunami|bomb|tre) (?:hit|hits|struck|strikes|fel on|fals on|took out|takes out) (?:me|my \\w+)\\b[^|]{0,25}\\b(?:id be|i would be|i d be|im|id) (?:ok|fine|okay|happy|good|totaly fine|at peace|relieved)(?: with (?:it|that))?|if (?:a )?(?:meteor|asteroid|bus|car|truck|lory|lightning|plane) (?:hit|hits|struck|strikes|fel on|fals on|took out|takes out) (?:me|my \\w+)\\b[^|]{0,25}\\b(?:i wouldnt|i would not) (?:mind|care|be upset|complain)`,
    false,
  ),
  rule(
    "passive",
    "self",
    `(?<!\\b(?:no|not|never|dont have|dont get|without) (?:\\w+ )?)(?:thoughts|thinking|think|thought) (?:about|of) not being (?:here|around|alive)(?! (?:for|at|on|next|this|tomorow|tonight|when|til|until|over)\\b)`,
    false,
  ),
  rule(
    "passive",
    "self",
    `(?:im|i am|ive become|i feel like|feel like|just) (?:\\w+ )?dead weight to (?:\\w+ ){0,5}(?:my family|my kids|my children|my parents|everyone|everybody|my wife|my husband|my partner)\\b`,
    false,
  ),
  rule(
    "passive",
    "other",
    `(?:keps|kept|wont stop|always|started|starts) (?:talking about|saying|going on about|mentioning|hinting about|hinting at) (?:that )?"? ?(?:hes |shes |he is |she is |theyre |he |she |they )?(?:not being|not going to be|wont be) (?:around|here) (?:much |for much )?longer`,
    false,
  ),
  rule(
    "passive",
    "self",
    `outstayed my welcome (?:on|in|here on) (?:this|the) (?:planet|world|earth|life)|outstayed my welcome (?:on earth|in life|alive)`,
    false,
  ),
  rule(
    "passive",
    "self",
    `(?:dont|cant|cannot|do not|can not) (?:se|picture|imagine|envision|envisage) (?:myself )?(?:being |stil |even )?(?:alive|stil alive|on this earth|living) (?:in|by|at|past|after|beyond|for|til|until|to) (?:another |the next |a few |a |next |my )?(?:\\d+|two|thre|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|year|years|christmas|next year|retirement)\\b`,
    false,
  ),
  rule(
    "passive",
    "other",
    `(?:keps|kept|kep|always|wont stop) (?:saying|telling (?:me|us|everyone)) (?:that )?(?:hed|shed|he would|she would|they would|theyd) (?:rather|sooner) be dead than`,
    false,
  ),
  rule(
    "self_harm_history",
    "self",
    `(?:i )?(?:bite|biting|bit|scratch|scratching|pinch|pinching|punch|punching|hit|hiting|claw|clawing) (?:my|at my) (?:hands|arms|arm|hand|legs|thighs|wrist|wrists|skin|fingers|knuckles) (?:til they bled |until they blead |til it bleds |hard )?(?:when|whenever|every time|if|til|until) (?:i get |im |i am |i fel |it gets |things get )?(?:overwhelmed|stresed|angry|upset|anxious|panicking|panicky|sad|to much|bad|a panic atack|panic)`,
    false,
  ),
  rule(
    "abuse",
    "self",
    `(?:pins|pined|pining|holds|held|hold) me down and (?:hurts|hurt|hits|hit|punches|punched|chokes|choked|touches|touched|kicks|kicked|slaps|slapped|strangles|sits on)`,
    false,
  ),
  rule(
    "abuse",
    "self",
    `(?:disciplining|disciplined|disciplines|discipline|hiting|hit|hits|beating|beats|beat|whiping|whips|whiped|smacking|smacks|leathering|belting|belts|thrashing|thrashes) "? ?(?:us|me|my (?:sister|brother|litle \\w+|\\w+ brother|\\w+ sister)|us kids) with (?:the|a|his|her|my \\w+s) (?:belt|cane|stick|wooden spoon|cord|wire|cable|slipper|jug cord|hose|buckle)`,
    false,
  ),
  rule(
    "self_harm_history",
    "other",
    `(?:saw|sen|se|noticed|spoted|caught sight of) (?:some |loads of |a few )?(?:fresh|new|raw) (?:cuts|marks|scars|lines|burns) (?:on (?:her|his|their) (?:arms?|wrists?|thighs?|forearms?|legs?)|when (?:she|he|they) (?:reached|rolled|pushed|lifted|took|stretched))`,
    false,
  ),
  rule(
    "harm_others",
    "look",
    `(?:going to|gona|wil|is going to|is gona|s going to) (?:get|hurt|stab|batter|do|sort out|jump|beat up) (?:the|that|those|this) (?:kid|kids|boy|boys|lad|lads|guy|guys|girl|girls|man|bloke|teacher)(?: \\w+)? (?:who|that|whos) (?:bulied|bulies|is buling|hurt|atacked|jumped|beat up|robed|mugged|picks on|picked on|hit|grased)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `you can have (?:these|this|them|it|my \\w+|al my \\w+|her \\w+|his \\w+)\\b[^|]{0,20}\\b(?:i|il|ill) (?:wont|wil not|wont be) (?:ned|neding|be needing) (?:them|these|it|this|them anymore|these anymore|it anymore)(?= ?$| ?\\|| ?"| ?,| anymore| any more| where)(?![^|]*\\b(?:got new|new ones|bought new|upgraded|moving|grown out|to smal|to big|doesnt fit|dont fit|going vegan|quit)\\b)`,
    false,
  ),
  // Batch zzy: someone else at risk, told by the person who writes. Their wish to die in words the
  // rules lacked ("might as well be dead", "should have died out there", "ain't trying to be here"),
  // read of the writer too and, through inTheirWords, of the person told about.
  rule(
    "passive",
    "self",
    `(?:(?:i|id|i would) (?:might|may|could) as wel (?:just )?be dead|(?:i )?should (?:have|of) died (?:out there|over there|with (?:the others|them|him|her|my \\w+)|instead of (?:him|her|them|my \\w+))|(?:aint|not|im not) (?:trying to|wanting to) (?:be|stay) (?:here|alive|around) (?:no more|anymore|any more))`,
  ),
  // Batch zzy: their self-harm seen or told: fresh cuts up both arms, covered in cuts, a "barcode",
  // knuckles split on walls, making themselves sick after every meal, "she cuts", "he's been cutting".
  rule(
    "self_harm_history",
    "look",
    `(?:(?:fresh|new|raw|deep) (?:cuts|scratches|slashes|burns) (?:up|al up|al over|on|across|down) (?:both|his|her|their|my) (?:arms|wrists|legs|thighs|forearms)|(?:arms|wrists|legs|thighs|forearms|stomach) (?:are |were )?covered in (?:fresh |new )?(?:cuts|scratches|burns)|(?:covered|ful) (?:in|of) fresh cuts|a barcode (?:on|up|across|down) (?:his|her|their|my) (?:wrist|wrists|arm|arms|thigh|thighs|leg|legs|forearm))(?![^|]*\\b(?:cat|cats|kiten|bramble\\w*|rose bush|roses|thorns?|hedge|garden\\w*|dug|digging|fel of|bike|crash|acident|fence|surgery|op)\\b)`,
  ),
  rule(
    "self_harm",
    "look",
    `(?:(?:punch|punches|punched|punching|hits|hiting|smash|smashes|smashing) (?:the )?(?:wals?|dors?|mirors?) (?:til|until|untill) (?:his|her|their|my) (?:knuckles|hands?|fists?) (?:split|bled|bleed|bleds|crack|cracked|are raw|bust|burst)|making (?:him|her|them) ?(?:self|selves) sick (?:after|every|when|once)|(?:she|he|gf|bf|girlfriend|boyfriend|friend|sister|brother|daughter|son|mate|bestie) (?:only |stil |secretly |also |stil )?cuts(?= ?$| ?\\|| ?,| ?"| on (?:wekends|weknights|school nights)| and (?:says|said|hides|thinks)| when| every| again)|(?:hes|shes|he has|she has) ben (?:cuting|self harming)(?= ?$| ?\\|| ?,| and| again| for| since| every))`,
  ),
  // Batch zzy: harm done to them, told by its signs: locked in for hours, food stopped as a
  // punishment, an arm broken, bruises or a split lip a named adult "did", married off at 16,
  // thrown out for being gay, nudes to be posted if she leaves, a child asked for pictures in secret.
  rule(
    "abuse",
    "look",
    `(?:locks? (?:him|her|them|me) in (?:the|his|her|their|a|my) (?:bathrom|cupboard|shed|garage|rom|bedrom|celar|basement|toilet)(?= for hours| al day| al night| overnight| without| as (?:a )?punishment| when)|(?:stops|stoped|wont let|doesnt let) (?:\\w+ ){0,3}(?:eating|having (?:food|diner|tea|lunch))(?: \\w+){0,2} as (?:a )?punishment|(?:husband|partner|boyfriend|bf|wife|dad|stepdad|mum|stepmum|fela|ex|fiance) (?:\\w+ ){0,2}(?:broke|fractured|cracked) (?:her|his) (?:arm|wrist|nose|jaw|ribs?|cheekbone|eye socket|finger|fingers)|(?:bruises|a black eye|a split lip|marks)\\b[^|]{0,40}\\b(?:says|said|told me) (?:her|his|their) (?:\\w+ ){0,2}(?:dad|mum|stepdad|stepmum|boyfriend|partner|husband|wife|uncle|fela|brother) (?:did|does|gave) (?:them|it|that|her|him)|(?:says|said) (?:her|his|their) (?:dad|mum|stepdad|stepmum|partner|husband|boyfriend|uncle) (?:does|did) it (?:when|whenever|every|again)|(?:marying|mary) (?:her|him) of to|kicked (?:her|him|them) out for being (?:gay|trans|bi|lesbian|queer)|(?:says|said|threatens|threatened|threatening) (?:hel|he wil|to|shel|she wil|hed|shed) (?:post|share|send|leak|put up) (?:them|her nudes|his nudes|the pics|the photos|her pics|the nudes)(?: \\w+){0,3} if (?:she|he) (?:ever )?(?:leaves|breaks up|dumps|tels)|asking (?:my )?(?:\\w+ ){0,2}(?:cousin|sister|daughter|son|brother|niece|nephew|friend|her|him) for (?:pics|photos|nudes|pictures)(?=[^|]*\\bsecret\\b)|(?:pushes|shoves|knocks) (?:my |our )?(?:mum|mam|mom|sister|brother|wife|girlfriend|her|him) (?:about|around)(?= when| every| if| al)|(?:says|said) (?:hel|he wil|hed|shel|she wil|shed) kil (?:mum|my mum|her|him|my \\w+) if (?:she|he) (?:ever )?(?:leaves|tries to leave|goes|cals))`,
    false,
  ),
  // Batch zzy: harm they speak of doing to others: shooting up a school, pictures of shooting
  // classmates, "if he can't have her no one can", walked out with a knife, outside someone's work
  // with a crowbar.
  rule(
    "harm_others",
    "look",
    `(?:(?:hel|shel|he wil|she wil|hes going to|shes going to|hes gona|shes gona|going to|gona|wants to|il|i wil|im going to) shot up (?:the|his|her|their|my|a) (?:schol|colege|uni|clas|ofice|workplace|work|church|mosque|synagogue|mal)|(?:drew|drawing|draws|drawn|writing|wrote) (?:pictures|drawings|a list|lists|stories)(?: \\w+){0,2} (?:of )?(?:shoting|stabing|kiling|hurting) (?:specific |certain |named )?(?:clasmates|students|kids|people|teachers|pupils)|if (?:he|she|i) cant have (?:her|him) (?:no one|nobody|noone) (?:can|wil|else)|(?:walked|went|stormed|ran|gone) (?:out|of) with (?:a|the|his|her) (?:knife|bat|machete|gun|hamer|crowbar|axe)(?: \\w+){0,2} (?:saying|shouting|screaming)|(?:is|s|waiting|parked|standing) outside (?:\\w+ ){0,3}(?:work|house|flat|place|schol|dor|ofice) with (?:a|the|his|her) (?:crowbar|knife|bat|hamer|gun|machete|axe))`,
    false,
  ),
  // Batch zzy: someone else's life in danger now: in the car in the garage with the engine on, on
  // the tracks and won't move, in the shed with a rope and the door barricaded, the strap to his
  // head, a picture of a noose captioned, "the last time you'll hear from him", pills already taken
  // or drunk down with vodka, her wrists bleeding in a picture, gone under and not come back up.
  rule(
    "means_now",
    "look",
    `(?:(?:in|siting in|sat in|sitting in) (?:her|his|their|the|a|my) (?:car|van) in the (?:garage|lock ?up) with the engine (?:runing|on|going)(?![^|]*\\b(?:fixing|mechanic|warming|servic\\w*|dor open)\\b)|(?:on|siting on|standing on|lying on) the (?:train |railway )?(?:tracks|line|rails)(?: \\w+){0,4} (?:and|,) (?:wont|refuses to|isnt|not) (?:move|moving|get of|come of)|in the (?:shed|garage|loft|atic|barn|garden|wods|lock ?up) with (?:a|the|his|her) (?:rope|cord|belt|gun|shotgun|rifle|hosepipe)(?=[^|]*(?:\\| [^|]*)?\\b(?:baricaded|locked|wont answer|not answering|wont come out|wont open)\\b)|(?:got|has|had|holding|put|puting) (?:the|a|his|her|my) (?:strap|gun|pistol|piece|glock|shotgun|rifle) (?:to|against) (?:his|her|their|my) (?:head|temple|chin|mouth)(?![^|]*\\b(?:for years|metaphor\\w*|loan|figuratively|debt)\\b))`,
    false,
  ),
  rule(
    "goodbye",
    "look",
    `(?:(?:pic|photo|picture|video) of a (?:nose|rope|noose)(?: \\w+){0,3} (?:captioned|caption|saying|with (?:the )?(?:caption|words))|(?:this is|its|that was) the last time (?:youl|you wil|il|i wil|we wil|wel|youl ever|il ever) (?:ever )?(?:hear from|se|speak to|talk to) (?:me|him|her|them)(?! (?:about|on|til|until|before|for a|this|today|tonight|for now|at|in)))`,
    false,
  ),
  rule(
    "overdose",
    "look",
    `(?:(?:shes|hes|she has|he has|theyve|they have) already taken (?:the |al the |al (?:her|his|their) |her |his |their )?(?:pils|tablets|meds|lot|overdose)|(?:drank|drunk|downed|took|tok|swalowed|had) (?:\\w+ ){1,2}with (?:a load of|loads of|a lot of|al of|a handful of|a box of|a packet of|a strip of) (?:\\w+ )?(?:${PILLS}|tablets|pils)|(?:tok|took|swalowed|taken) (?:her|his|their) (?:\\w+ )?and al (?:of )?(?:my |her |his |the )?(?:\\w+ )?(?:tablets|pils|meds))`,
    false,
  ),
  rule(
    "bleeding",
    "look",
    `(?:picture|pic|photo|video|snap) of (?:her|his|their) (?:wrists?|arms?|legs?|thighs?) (?:bleding|covered in blod|pouring blod)`,
    false,
  ),
  rule(
    "medical_now",
    "look",
    `jumped (?:of|from|in|into) (?:\\w+ ){0,5}(?:and|,) (?:he|she|they) (?:hasnt|havent|didnt|has not|have not) (?:come|came) (?:back )?up`,
    false,
  ),
  rule("farewell", "look", `(?:phoned|rang|caled|texted|facetimed) (?:me )?to say (?:her|his|their) godbyes`),
  // Batch zzy, the writer's own: a blade used on myself, a wish to go where she went, how much it
  // would take for me.
  rule(
    "self_harm",
    "self",
    `used (?:one|it|them|a blade|the blade|a razor|her blade|her blades|his blade) on (?:my ?self|my (?:arm|arms|leg|legs|wrist|wrists|thigh|thighs))`,
  ),
  rule("active", "self", `(?:should|want to|ned to|could) (?:just )?go where (?:she|he|they) went`),
  rule("lethal_query", "self", `how (?:much|many) (?:it )?would (?:it )?take (?:for|to kil) me`),
  // Batch zzt: plans and means said sideways. A way of dying run through in the head, a voice
  // that says die, a crash into a tree or a pillar named or done on purpose, something ordered
  // that is "meant to be peaceful", a heart stopped by a drug from work, meds cheeked and kept,
  // a tie and a beam, a roof with no way back down but the stairs not taken, "when they find me".
  rule(
    "plan",
    "self",
    `(?:(?:runing|go|going|went) (?:through|over) (?:how|the ways) (?:id|i would|i could|il|i wil|to) (?:do it|end it))`,
  ),
  rule(
    "active",
    "self",
    `(?:(?:brain|head|mind|voice|voices|thoughts) (?:kep|keps|is|are|kept|keps) (?:going|saying|teling me|whispering)(?: to)?(?: do it ,?)? (?:die|kil (?:yourself|urself|myself)|end it)(?: ,? (?:die|do it))*\\b)`,
  ),
  rule(
    "plan_strong",
    "self",
    `(?:(?:my plan is to|im going to|im gona|il|i wil|planing to) (?:drive|driving) (?:my car |the car |it )?(?:of|over) (?:the |a )?(?:quary|clif|clif edge|edge|bridge|pier|harbour wal|sea wal)(?: edge| top)?|(?:the |a )?(?:tre|wal|pilar|bridge pilar|lamp post|barier) (?:on |by |at )?(?:the )?(?:\\w+ ){0,3}(?:im|i am|il be) aiming (?:for|at)(?= ?$| ?\\|| ?,| now| tonight| tomorow| today)|(?:im|i am|il|i wil|im going to|im gona|going to) (?:drive|driving|ster|stering|crash|crashing|plough|ploughing|swerve|swerving) (?:my car |the car |it )?(?:into|in to|at) (?:a |the |that )?(?:tre|wal|bridge pilar|pilar|lamp post|central reservation|oncoming \\w+|lory|barier|bridge suport))`,
    ACT,
  ),
  rule(
    "attempt",
    "self",
    `(?:(?:crashed|drove|stered|swerved) (?:my |the )?car (?:into|in to|at) (?:a |the |that )?(?:\\w+ ){0,3}on purpose(?![^|]*\\b(?:game|gta|forza|simulator|dodgems|bumper cars|mario ?kart)\\b)|(?:deliberately|purposely|intentionaly) (?:crashed|drove|stered|swerved) (?:my |the )?car (?:into|in to|at|of)(?![^|]*\\b(?:game|gta|forza|simulator|dodgems|bumper cars|mario ?kart)\\b)|(?:stod|steped|was standing) on the (?:tracks|line|railway line|rails)(?: \\w+){0,3} and (?:jumped|steped|puled) back at the last)`,
  ),
  rule(
    "means_strong",
    "self",
    `(?:(?:ordered|bought|got|found) something(?: online| of (?:the )?(?:internet|dark web|web|ebay|amazon|a website|a forum))? (?:thats|that is|that s|which is) (?:meant|suposed|said) to be (?:peaceful|painles|quick|gentle|instant)(?= ?$| ?\\|)|(?<!\\b(?:vet|vets|doctor|doctors|nurse|they) (?:gave|used|injected|put|had)[^|]{0,30})(?:stuf|drug|something|medicine|botle|bag) (?:\\w+ ){0,3}that (?:stops|wil stop|would stop|can stop) (?:a|the|your|my) heart(?![^|]*\\b(?:peacefuly|put down|put to slep|euthan\\w*|heartbroken)\\b)|(?:cheking|cheking|hiding|saving|stashing|hoarding) my (?:meds|pils|tablets|medication)[^|]{0,30}\\b(?:got a stash|have a stash|stash now|stockpile|saved up (?:loads|a lot|enough))|(?:cheking|cheking|hiding|stashing) my (?:meds|pils|tablets|medication)(?: \\w+){0,3} (?:and )?(?:spiting|puting|keping|saving|storing) them (?:in|into|under))`,
    false,
  ),
  rule(
    "means_now",
    "self",
    `(?:(?:got|have|holding|brought) (?:his |my |her |a |the |dads |mums )?(?:old )?(?:tie|belt|rope|cord|scarf|dresing gown cord|cable|flex)(?: \\w+){0,4} (?:loking at|staring at|standing under|siting under|under) the (?:beam|rafter|rafters|banister|loft hatch|hok|dor frame|tre)(?![^|]*\\b(?:lights|decorations|christmas|xmas|swing|hamock|punch ?bag|boxing bag|insulation|wodworm|builder|joiner|conversion|bunting)\\b))`,
    false,
  ),
  rule(
    "means_now",
    "self",
    `(?:(?:aint|not|wont be|never|im not) (?:taking|using|walking) the (?:stairs|lift) (?:back )?down(?= ?$| ?\\|)|(?:not|aint|never|wont be) (?:walking|going|coming|climbing) back down (?:from )?(?:this|the) (?:rof|ledge|bridge|multistorey|car park|block|tower|clif)(?= ?$| ?\\|)|(?:came|come|went|drove|walked|i am|im) (?:here|out here|up here|down here) to (?:die|end it|kil myself|end my life|jump)(?! (?:of|laughing|from|on|in this)))`,
    false,
  ),
  rule(
    "goodbye",
    "self",
    `(?:(?:theyl|they wil|they|someone wil|somebody wil|mum wil|youl|you wil|whoever) (?:find|finds) (?:the |my )?(?:note|leter|leters|notes) (?:next to|beside|on|with) me|(?:next to|beside|with|on) me when (?:they|someone|somebody|you|mum|dad|he|she) (?:find|finds) me|(?:for|so) whoever finds me)`,
    false,
  ),
  rule(
    "departure",
    "self",
    `(?:(?:wont|wil not|not) (?:be )?(?:neding|neding|ned) (?:you|this|it|them|anything|help|this ap)(?: \\w+){0,2} (?:after|past|beyond) (?:tonight|today|tomorow|this wek|this)|(?:wont|wil not) be alive (?:to se|for|by|when|tomorow|by then|by the morning))`,
    false,
  ),
  rule(
    "active",
    "self",
    `(?:(?<=^ ?)by my own hands?(?= ?$| ?\\|| i mean| ,| thats what i mean)|(?:i mean|and i mean) dead(?= ?$| ?\\|| out| gone)|(?:weirdly|strangely|odly|so|realy|wierdly) (?:calm|at peace|peaceful) (?:about|now about) (?:dying|ending it|kiling myself|it al ending)|(?<=^ ?)(?:for dying|to die|as a way to die|for kiling myself|for suicide) i mean(?= ?$| ?\\|))`,
    false,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:(?:which|what) (?:bridge|clif|car park|multistorey|multi storey|tower block|block of flats|flyover|viaduct)(?: \\w+)? (?:round here|near me|near here|nearby|around here|in town|local) (?:is|has) (?:the )?(?:highest|talest|bigest drop|longest drop|highest drop)(?![^|]*\\b(?:photos?|pictures?|pics?|view|views|sunset|sunrise|drone|hike|walk|clearance|arch|span|van|lory|truck|bus|height restriction)\\b))`,
  ),
  rule(
    "lethal_query",
    "self",
    `(?:would (?:a |the )?(?:train|fal|jump|gunshot|bulet|hanging|lory|jumping|faling|drowning)(?: (?:from|of|of of|in front of) (?:the |a |that )?\\w+(?: \\w+)?)? be (?:instant|quick|painles)(?= ?$| ?\\|| ?\\?| ?,| (?:or|if|for me|though|tho|right)\\b)|(?:is|would|wil) (?:a|the) train(?: \\w+)? (?:be )?(?:instant|painles)(?= ?$| ?\\|| ?\\?| ?,| (?:or|if|for me|though|tho|right)\\b))`,
  ),
  // Batch zzt, overdoses and wounds said plainly or clinically: consumed "with intent", a stash
  // taken, carved up, self-injury "engaged in".
  rule(
    "overdose",
    "self",
    `(?:(?:consumed|ingested|taken|tok|swalowed)(?: \\w+){0,4} with intent|(?:consumed|ingested) (?:aproximately |about |around |over |roughly )?\\d+ ?(?:g|grams|tablets|pils) of|(?:tok|swalowed|downed|necked|ate) (?:my |the |her |his |mums |dads |my mums |my dads )?(?:whole |entire )?(?:\\w+ )?stash(?! (?:to|with|home|out|back|from|away|of (?:swets|chocolate|snacks|biscuits|wed|crisps)))|ate (?:the |a )?(?:whole |entire )(?:strip|box|packet|botle|tub|blister) of (?:\\w+ ){0,4}${PILLS})`,
    false,
  ),
  rule(
    "self_harm",
    "self",
    `(?:(?:holding|held|hold|puting|put|presing) (?:it(?<=\\b(?:lighter|flame|cigarete|lit match)\\b[^|]{0,50})|the lighter|a lighter|the flame|a flame|the lighter flame) (?:near|to|against|on|under) my (?:skin|arm|arms|wrist|wrists|leg|legs|thigh|thighs|hand)|(?:carved|hacked)(?: up| into| at)? (?:me|my) (?:legs|arms|thighs|wrists|stomach|skin|leg|arm|thigh)|engaged in (?:nsi|self ?harm|self injury|self harming)|(?:superficial|dep) lacerations (?:to|on) (?:the|my) (?:forearm|forearms|arm|arms|wrist|wrists|thigh|thighs)(?![^|]*\\b(?:cat|dog|kiten|pupy|fal|fel|bike|acident|glas|patient|patients|brambles|fence)\\b))`,
  ),
  // Batch zzt, someone else: a goodbye texted with the location switched off, abuse with a weapon
  // now, a belt taken to the writer, an ex with a key and a death threat.
  rule(
    "goodbye",
    "other",
    `(?:(?:hes|shes|he|she|he has|she has|my \\w+)(?: just)? (?:texted|sent|said|mesaged)(?: me)? (?:" )?tel (?:my |his |her )?(?:mum|mom|mam|dad|kids|sister|brother|wife|husband|girlfriend|boyfriend) (?:im sory|i love (?:her|him|them)(?=[^|]*\\b(?:location of|phone (?:is )?of|phones of|went ofline|not answering|wont answer|stoped replying|isnt answering|no answer)\\b)))`,
    false,
  ),
  rule(
    "abuse_now",
    "look",
    `(?:chasing (?:her|him|them|me|us|my \\w+|his \\w+|her \\w+)(?: \\w+){0,4} with (?:a|the|his|her) (?:machete|knife|axe|hamer|bat|gun|blade|crowbar))`,
    false,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:(?:hes|shes|he is|she is|\\w+s|my \\w+ is) taking (?:his|her|the|a) (?:belt|stick|sliper|cane|cable|wire|bat) to me|(?:i can|can) hear (?:him|her|them) coming (?:back )?(?:up|upstairs|back)(?=[^|]*\\b(?:belt|hit|drunk|kil|knife)\\b))`,
    false,
  ),
  rule(
    "abuse_now",
    "other",
    `(?:(?:hes|shes|he is|she is|\\w+s|my \\w+ is) taking (?:his|her|the|a) (?:belt|stick|sliper|cane|cable|wire|bat) to (?:my \\w+(?: \\w+)?|her|him|them)(?=[^|]*\\b(?:now|right now|again)\\b))`,
    false,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:(?:text|mesage|voicemail|he|she|ex) (?:said|says|sent) (?:that )?(?:your|youre) (?:dead|a dead (?:man|woman|girl)) (?:when|next time|once|if) (?:i|he|she) (?:se|ses|get|gets|find|finds|catch|catches) (?:you|me)(?![^|]*\\b(?:spoil\\w*|lol|haha|lmao|joking|jk|kiding)\\b))`,
    false,
  ),
  rule(
    "harm_others_intent",
    "self",
    `(?:poison (?:my|his|her|their|the) (?:\\w+ ){0,2}(?:cofe|tea|drink|fod|diner|lunch)(?: ,| \\w+){0,5} (?:and )?(?:ive|i have|i ve|i)? ?(?:ben )?(?:reading|researching|loked up|loking up|gogled|gogling)|(?:bought|got|ordered) (?:a |some )?(?:taser|knuckle dusters|machete|stun gun|cosh) (?:\\w+ ){0,4}for when i (?:se|catch|find|bump into) (?:him|her|them|that \\w+|the \\w+)(?![^|]*\\b(?:lol|jk|haha|lmao|joking|kiding)\\b))`,
    false,
  ),
  rule(
    "abuse_now",
    "self",
    `(?:(?<!\\bi )(?:(?:hes|shes|he has|she has|hes just|shes just) )?got (?:the|a|his|her) (?:kitchen )?(?:knife|knives|blade|machete|axe) out(?: \\w+){0,2} (?:saying|screaming|shouting|threatening|teling me|teling me|swearing))`,
    false,
  ),
  rule(
    "harm_others",
    "self",
    `(?:(?:he|she|they|hel|shel|theyl)(?: wont| wil not| wont be| l not)? be (?:laughing|smiling|so smug|so cocky|so brave)(?: \\w+){0,2} (?:after|afterwards|when im done|when i am done|once im done)(?= ?$| ?\\|))`,
    false,
  ),
  rule(
    "active",
    "self",
    `(?:(?:voices?|they) (?:say|says|are saying|kep saying|kep saying|tel me|teling me|told me) (?:to )?(?:go in|jump|step of|let go|end it|kil myself|die)(?= ?$| ?\\|| now| tonight))`,
    false,
  ),
  rule(
    "goodbye",
    "self",
    `(?:scheduled (?:a |my )?(?:post|mesage|email|twet|text)(?: \\w+){0,4} saying (?:sory|godbye|bye) to (?:everyone|every1|al of you|you al|my \\w+)(?= ?$| ?\\|))`,
    false,
  ),
  rule(
    "affairs",
    "self",
    `(?:sent (?:my )?(?:\\w+ ){0,3}(?:my )?paswords|deleted al my (?:socials|acounts|social media))`,
    false,
  ),
  rule(
    "active",
    "self",
    `(?:(?:tonight|today|now|this evening) (?:i wil|il|im going to|im gona) take (?:al|every last bit|the lot) (?:of )?what (?:the|my) (?:doctor|gp|hospital|pharmacist|nurse) (?:gave|has given|prescribed|gives) me(?![^|]*\\b(?:antibiotics?|course|as prescribed|like (?:he|she|they) said|drops|cream|inhaler|finish\\w*)\\b))`,
    ACT,
  ),
  rule(
    "means",
    "self",
    `(?:(?:the |my )?(?:pils|tablets|meds|rope)(?: are| is|s)? (?:hiden |ready |waiting )?(?:in|under) my (?:drawer|bag|wardrobe|bedside table|bedside drawer|pilow|bed|matres|pocket))`,
  ),
  // Batch zzt, at concern: a wish for a car to hit the writer, pushing mum about.
  rule(
    "abuse",
    "self",
    `(?:(?:shoves|pushes|knocks|shoved|pushed|knocked|throws) me (?:about|around)(?! (?:in|at|on) (?:the )?(?:game|fifa|rugby|fotbal|match|training|pitch|playground|mosh pit|dance flor)))`,
  ),
  rule(
    "passive",
    "look",
    `(?:(?:had enough|tired of (?:it al|living|life)|fed up) and (?:\\w+ )?wants? to (?:go )?(?:and )?be with (?:nan|grandad|grandma|grandpa|grany|his wife|her husband|mum|dad|his mum|her mum|my nan|my grandad)(?= ?$| ?\\|| again| now| in heaven))`,
  ),
  rule(
    "passive",
    "self",
    `(?:(?:im |i am |i was |i )?(?:(?:not|wasnt|never|aint) (?:gona|going to|gona|gona to)|wouldnt|would not|wont|wil not|would never) make it (?:to|past) (?:\\d+|thirty|twenty|forty|my (?:next |\\w+ )?birthday|christmas|next year|the end of the year)(?! (?:on time|in time|at this rate|lol|haha|the way|with|without|if|the party|the meting|because|cause|due|in this job|at this job|here)))`,
    false,
  ),
  rule(
    "passive",
    "self",
    `(?:wish (?:a|the|some) (?:car|bus|lory|truck|van|train) would (?:(?:hit|clip|run over|take|knock|flaten|smash into) me|run me over)(?! (?:over|down) (?:the|my) (?:bin|bike|wing miror))(?![^|]*\\b(?:day of|days of|time of|wek of|sick (?:day|note|leave)|(?:get|be|have|take) of work|lol|haha|lmao)\\b))`,
  ),
  rule(
    "abuse",
    "other",
    `(?:(?:always|keps|constantly|often) (?:shouting and )?(?:pushing|shoving|knocking|throwing) (?:mum|mam|mom|my mum|my mam|my mom|her|my sister|my brother) (?:about|around))`,
    false,
  ),
  // Batch zzu: someone else in danger now, told by the person who writes. Gone from home with the
  // rope or the stash gone too, in the garage with the engine running after ringing to say bye,
  // the wedding ring left with a letter, a walk into the sea said with them at the beach, stepping
  // over the platform's line saying they want it over, a loaded gun beside them and "my last
  // match", someone at their bedroom door with a belt.
  rule(
    "means_now",
    "other",
    `(?:(?:\\w+ (?:(?:has |have |is |s )?(?:not|never)|hasnt|havent|didnt) (?:come|came|got|ben|gone|go) (?:home|back)|(?:hes|shes|he is|she is|theyre|they are) not (?:home|back|at home|in (?:her|his|their) rom)|(?:hes|shes|he has|she has) (?:gone )?missing|(?:went|gone|walked|stormed|drove|driven) (?:out|of)(?: (?!shoting|hunting|fishing|lamping|clay)\\w+){0,3})[^|]{0,20}\\band (?:the|her|his|their|my|dads|mums) (?:\\w+ ){0,3}?(?:rope|pils|tablets|stash|gun|shotgun|rifle|blades|razors|hosepipe|hose|cord)s? (?:are |is )?(?:al )?(?:(?:from|out of|in) (?:the |his |her |their |my )?(?:\\w+ ){0,3})?(?:is|are|has|have|s)? ?(?:al )?(?:gone|missing)|(?:the|her|his|their|my|dads|mums) (?:\\w+ ){0,3}?(?:rope|pils|tablets|stash|gun|shotgun|rifle|blades|razors|hosepipe)s? (?:(?:from|out of|in) (?:the |his |her |their |my )?(?:\\w+ ){0,3})?(?:is|are|has|have|s) (?:gone|missing)[^|]{0,20}\\band (?:hes|shes|he|she|theyre|they) (?:not (?:home|back|answering|picking up)|(?:has |hasnt |s )?(?:not )?(?:come|got) (?:home|back)))(?![^|]*\\b(?:range|clay|shoting|hunting|lamping|club|fishing)\\b)`,
    false,
  ),
  rule(
    "means_here",
    "look",
    `(?:in|inside|sat in|siting in|sitting in) the (?:garage|lock ?up)(?: \\w+){0,3} with the (?:car |cars |van )?engine (?:runing|on|going)(?![^|]*\\b(?:fixing|mechanic|warming|servic\\w*|diagnos\\w*|revving|dor open|dors open)\\b)`,
    false,
  ),
  rule(
    "farewell",
    "look",
    `(?:rang|caled|phoned|facetimed) (?:me )?(?:just )?to say (?:bye|godbye)(?! (?:before|from|at|as|for now))`,
  ),
  rule(
    "goodbye",
    "look",
    `left (?:her|his|their) (?:(?:phone|keys|purse|wallet) and (?:her|his|their) )?(?:wedding |engagement )?rings?(?: and (?:her|his|their) (?:phone|keys|purse|wallet))?[^|]{0,30}\\b(?:with|and|next to|beside|by) a (?:leter|note)`,
    false,
  ),
  rule(
    "active",
    "look",
    `(?:going to|gona|wil|hel|shel|to) walk (?:into|in to|intae) the (?:sea|river|loch|lake|waves|water|tide)(?! (?:for|to (?:col|swim|paddle)|up to))`,
    ACT,
  ),
  rule(
    "means_now",
    "look",
    `walk (?:into|in to|intae) the (?:sea|river|loch|lake|waves|water)[^|]{0,30}\\b(?:hes|shes|theyre|he is|she is) (?:(?:down|don|doon|out) )?(?:at |on |by |to )?the (?:beach|shore|front|seafront|pier|harbour|river|riverbank|loch|lake|canal)`,
    false,
  ),
  rule(
    "place_now",
    "look",
    `(?:keps |kept |is |was )?steping (?:over|past|across|beyond) the (?:yelow|safety|white) line`,
  ),
  rule(
    "active",
    "look",
    `(?:mutering|saying|says|keps saying|shouting|screaming|crying)(?: that)? (?:he|she|they) (?:wants?|want) it (?:al )?over(?! with| betwen| between| and done)`,
  ),
  rule(
    "means_now",
    "other",
    `(?:hes|shes|he has|she has|theyve|they have) got (?:a |his |her |their )?(?:loaded )?(?:gun|pistol|shotgun|rifle) (?:right )?(?:next to|beside|in front of|in (?:his|her|their) lap|by) (?:him|her|them)(?=[^|]*\\b(?:last (?:match|game|stream|round|post|mesage|time)|godbye|final (?:match|game|stream|post)))`,
    false,
  ),
  rule(
    "abuse_now",
    "other",
    `(?:(?:her|his|their) (?:stepdad|dad|father|mum|mother|stepmum|uncle|brother|boyfriend|husband|partner|ex)|he|she)(?: s| is|s)? (?:outside|at|baning on|kicking|trying to get through) (?:her|his|their|my|the) (?:bedrom |rom |bathrom |front )?dor with (?:a|the|his|her) (?:belt|knife|bat|hamer|stick|gun|botle|machete|axe)(?! of)`,
    false,
  ),
  // Batch zzu, at concern: someone else's wish to be gone in their own words ("prays every night
  // not to wake up", "says he doesn't see the point anymore", "waiting to not be here"), abuse told
  // by its signs (beaten when grades drop, marks on a pupil's neck), self-harm by other means
  // (hair pulled out in clumps, skin picked till it bleeds, a head banged on the wall when upset).
  rule(
    "passive",
    "look",
    `(?:he|she|they) (?:wished|wishes|wish) (?:he|she|they|hed|shed|theyd) (?:didnt|hadnt|wouldnt|never|couldnt|did not|had not) (?:wake|woke|woken) up|(?:prays?|prayed|praying)(?: (?:every|each) night| at night| every day)? (?:that )?(?:(?:he|she|they|god) )?(?:wont|doesnt|not to|never|wouldnt|to not|to never) (?:wake up|let (?:her|him|them) wake up)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:shes|hes|she has|he has|theyve|they have) lived (?:to|too) long(?! (?:in|at|with|here|there|abroad|away|on|under|without))|he (?:\\w+ ){0,2}(?:doesnt|dont|does not|didnt) care (?:if|whether) he (?:lives|dies|wakes up)|she (?:\\w+ ){0,2}(?:doesnt|dont|does not|didnt) care (?:if|whether) she (?:lives|dies|wakes up)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:just )?waiting to (?:not be here|not exist|be gone|stop existing)(?: anymore| any more)?|(?:he|she|they) (?:\\w+ ){0,2}(?:doesnt|dont|cant|does not|cannot) se (?:the |any )?point (?:anymore|any more|in (?:anything|living|life|going on|being here|carrying on|being alive))|(?:said|says|saying|keps saying|texted|posted) (?:that )?nothing maters (?:anymore|any more)(?= ?$| ?\\|| ?,)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `wish(?:ed|es)? (?:shed|hed|theyd|she had|he had|they had) (?:just )?stayed gone|(?:wants?|wanting|wanted) to (?:fade|disapear|vanish) (?:away|forever|for ever|for god)(?! (?:from|into|in to|in|for (?:a|the)))|(?:said|says|saying|keps saying|posted|texted) (?:that )?life (?:aint|isnt|is not|s not) worth (?:it|living)`,
  ),
  rule(
    "passive",
    "other",
    `(?:says|said|saying|keps saying|texted|told me) (?:that )?(?:shes|hes|theyre|she is|he is) "? ?(?:so |just |realy |totaly )?done with (?:everything|it al|al of it|life|living)(?= ?"| ?$| ?\\|| ?,)|(?:he|she|they|hes|shes) (?:\\w+ ){0,3}"? ?tired(?: , like (?:\\w+ )?tired ,)? of (?:al of it|it al|living|life|being alive|being here)(?= ?"| ?$| ?\\|| ?,| and (?:wants|says|cries))`,
  ),
  rule(
    "abuse",
    "other",
    `(?:parents|dad|mum|mom|stepdad|stepmum|uncle|father|mother|gran|grandad) (?:beat|beats|hit|hits|belt|belts|whip|whips|slap|slaps|punch|punches) (?:him|her|them) (?:when|whenever|if|every time)|(?:marks|bruises|bruising|fingermarks|finger marks) on (?:his|her|their) (?:neck|throat|arms?|face|back|legs?)(?=[^|]*\\b(?:gets angry|loses it|loses his temper|loses her temper|hits|beats|drinks)\\b)|(?:bf|boyfriend|husband|partner|fela|he) (?:shouts|screams|yels) at (?:her|him) (?:every night|every day|al the time|constantly)(?=[^|]*\\b(?:smash\\w*|thud|thuds|bang|banging|hits?|throws?|slams?)\\b)`,
  ),
  rule(
    "self_harm_history",
    "look",
    `(?<!\\b(?:dog|dogs|cat|cats|parot|bird|rabit|hamster|pupy|kiten|horse) )(?:pul|puls|puling|puled) (?:his|her|their|my) hair out(?: in clumps)?(?=[^|]*\\b(?:bald|patches|clumps)\\b)|(?:picks?|picking|scratch|scratches|scratching) (?:at )?(?:his|her|their|my) (?:skin|arms?|legs?|face|scabs)(?: \\w+){0,2} (?:til|until|untill) (?:it|they) bleeds?|(?:bangs|banging|bang|hits|hiting) (?:his|her|their|my) head (?:on|against) (?:the |a )?(?:wal|wals|flor|dor|desk|table)(?: \\w+){0,2} (?:when|whenever|every time) (?:hes|shes|theyre|he is|she is|he gets|she gets|im|i get) (?:upset|angry|anxious|stresed|overwhelmed|frustrated|cross)`,
  ),
  rule(
    "self_harm",
    "look",
    `carv\\w* (?:into |in to )?(?:his|her|their|my) (?:hand|hands|arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach)(?! (?:with (?:a|the) (?:pen|biro) (?:for|as) (?:a )?(?:tatoo|joke|doodle)))`,
  ),
  rule(
    "self_harm_history",
    "other",
    `found (?:razor )?blades (?:taped|hidden|stashed|tucked|wrapped)|(?:went|gone|locked (?:her|him)self) (?:in|to|into) (?:her|his|their) (?:rom|bathrom|bedrom)(?: \\w+){0,2} with (?:a|the|her|his) (?:blade|razor|blades|razors)(?![^|]*\\b(?:shave|shaving|legs|armpits|beard)\\b)`,
  ),
  // Batch zzu: found hanging, a note left on the pillow, about to take all their pills.
  rule(
    "means_now",
    "other",
    `found (?:my (?:brother|sister|son|daughter|dad|father|mum|mom|mother|husband|wife|partner|boyfriend|girlfriend|friend|mate|flatmate|roommate|uncle|aunt|cousin|grandad|nephew|niece|stepdad|stepson)|him|her|them) hanging(?= ?$| ?\\|| ?,| in | from | of | at )`,
    false,
  ),
  rule(
    "farewell",
    "look",
    `left (?:a |her |his |their )?(?:note|leter)s? (?:on|in|under|by) (?:her|his|their|the|my) (?:pilow|bed|bedside table)(?=[^|]*\\b(?:not answering|isnt answering|wont answer|not picking up|wont pick up|phone|gone|missing|cant (?:find|reach)|not replying)\\b)`,
  ),
  rule(
    "active",
    "look",
    `(?:about to|going to|gona) (?:take|swalow|down) (?:al|the rest of|the whole (?:box|packet|botle) of) (?:their|her|his|the) (?:pils|tablets|meds|medication)(?! (?:to|back|with|into|in|for (?:the|a) (?:wek|review|check)))(?![^|]*\\b(?:pharmacy|chemist|gp|doctor|review|checked|as prescribed)\\b)`,
    ACT,
  ),
  // Batch zzu: a threat to kill a brother or a mother, with a weapon or with them still at home.
  rule(
    "abuse_threat",
    "other",
    `(?:threatened|threatens|threatening|swore) to (?:kil|stab|strangle|murder|batter) (?:my|our|her|his) (?:brother|sister|mum|mom|dad|stepmum|stepdad|nan|gran|baby|litle \\w+|son|daughter|wife|husband)(?=[^|]*\\b(?:with (?:a|the|his|her) (?:hamer|knife|bat|gun|machete|axe|shotgun|rifle)|stil (?:at home|there|in the house|living with)|lives with)\\b)`,
  ),
  // Batch zzu: pills handed over for fear of taking them all; a wish to follow someone who died.
  rule(
    "active",
    "look",
    `scared (?:shel|hel|she wil|he wil|theyl) take (?:them al|al of them|the lot|the whole (?:box|packet|botle))`,
  ),
  rule(
    "active",
    "self",
    `(?:died|pased|pased away|lost (?:her|him|them))\\b[^|]{0,40}\\b(?:i )?(?:kep |keep )?(?:thinking|think|thought|feel like|feeling like) i (?:should|could|want to|ned to) (?:just )?(?:folow|join|be with) (?:her|him|them)`,
  ),
  // Batch zzw: self-harm told by what it did or wants ("banged my head off the door frame till it
  // bled", "i keep wanting to cut"), scars that show in summer.
  rule(
    "self_harm",
    "look",
    `(?:banged|bashed|smashed|slamed|hit|hiting|banging|bashing|smashing) (?:my|his|her|their) head (?:of|on|against|into) (?:the |a |my )?(?:wal|wals|dor|dor frame|flor|desk|table|miror|radiator|sink|tiles|bedpost)(?: \\w+){0,2} (?:til|until) (?:it|they) (?:bled|bleds|was bleding|started bleding|split)`,
  ),
  rule(
    "self_harm",
    "look",
    `(?:kep|keps|stil|cant stop) (?:wanting|needing|itching) to (?:cut|burn|hurt) ?(?:myself|me)?(?= ?$| ?\\|| ?,| again| so bad| tonight| today| right now)`,
  ),
  rule(
    "self_harm_history",
    "self",
    `my (?:old )?scars (?:show|are showing|wil show|start showing|always show)(?=[^|]*\\b(?:sumer|short sleves|t shirts?|vest|swiming|the beach|shorts|what to say|people ask|people stare)\\b)(?![^|]*\\b(?:acident|surgery|operation|c section|caesarean|crash|burns?|chicken ?pox|acne|eczema|op)\\b)`,
  ),
  // Batch zzw: a wish to be gone in more words ("i dont think ill make it to 30 and im ok with
  // that"); an urge to die said with a present age ("i want to die ... at 67" is now, not then).
  rule(
    "passive",
    "self",
    `(?:dont|do not|dont realy) (?:think|reckon|se) (?:il|i wil|im going to|im gona|i would|id) (?:ever )?make it (?:to|past) (?:1[89]|[2-9]\\d|1\\d\\d|thirty|twenty|forty|fifty|my (?:next |\\w+ )?birthday|christmas|next year|the end of the year)(?! (?:on time|in time|at this rate|lol|haha|the way|with|without|if|the party|the meting|because|cause|due|in this job|at this job|here|oclock|am|pm|tonight|today|tomorow|before|by))(?=[^|]*\\b(?:ok with that|fine with that|dont care|dont mind|dont want to|thats fine|and thats ok|relief|good)\\b| ?$| ?\\|)`,
    false,
  ),
  // Batch zzw: harm to others: a weapon or "something" brought to school or work to hurt someone
  // (intent), a wish to break someone's nose (anger).
  rule(
    "harm_others_intent",
    "self",
    `(?:bring|bringing|take|taking|cary|carying|sneak|sneaking) (?:something|a knife|a blade|a weapon|a gun|a bat|a hamer|my dads \\w+|(?:a |my )?(?:\\w+ )?knife) (?:in )?(?:to|into|in to) (?:schol|work|clas|colege|uni|the ofice|the school|the pub) to (?:hurt|stab|shoot|kil|get|use on) (?:her|him|them|someone|people|everyone|that \\w+|my \\w+)`,
  ),
  rule(
    "harm_others",
    "self",
    `(?:i want to|i wana|i could|id love to|i wil|il|im going to|i am going to|im gona|i feel like i could|part of me wants to) (?:[\\w]+ ){0,5}(?:break|smash|bust) (?:his|her|their|your) (?:nose|jaw|face|teth|cheekbone|ribs)(?! (?:in|at) (?:the )?(?:game|fifa|match|sparing|boxing|training))`,
  ),
  // Batch zzw: a threat that names a pet or the children first and the writer last ("he'll kill
  // the dog and then me").
  rule(
    "abuse_threat",
    "self",
    `(?:hel|shel|he wil|she wil|hed|shed|he would|she would|hes going to|shes going to|he said he would|she said she would) kil (?:the \\w+|my \\w+|the kids|our \\w+|us al|everyone) (?:and|then|and then) (?:then )?(?:me|me to|me after)(?= ?$| ?\\|| ?,| and| if| too)`,
  ),
  // Batch zzw: poison and overdose already taken, in more words: a poison tasted ("the antifreeze
  // tasted sweet"), poisonous seeds and leaves eaten, everything in the cupboard taken by someone
  // who now sounds slurred, all the pills mixed with drink.
  rule(
    "poison",
    "look",
    `(?:the )?(?:antifreze|bleach|wedkiler|weedkiler|rat poison|drain cleaner|white spirit|paraquat|pesticide|screnwash|lighter fluid) (?:tasted|burned going down|was (?:swet|bitter|disgusting|foul) going down|went down)`,
    false,
  ),
  rule(
    "poison",
    "look",
    `(?:ate|eaten|swalowed|chewed|had|tok|took|taken) (?:a handful of |some |a few |a load of |loads of |a bunch of |\\d+ |al the |the |a |a whole |the whole )?(?:oleander|foxglove|yew|deadly nightshade|belladona|hemlock|death cap|castor|lily of the valey|laburnum|monkshod|aconite|jequirity|rosary pea) ?(?:seds?|leaves|leaf|beries|bery|mushrooms?|beans?|pods?|flowers?|plant)?`,
  ),
  rule(
    "overdose",
    "other",
    `(?:(?<=\\b(?:slured|slurring|not making sense|cant wake|drowsy|woozy|pased out|sleepy|vomiting|being sick|sounds? (?:drunk|weird|of|strange|out of it))\\b[^|]*)(?:shes|hes|she has|he has|theyve|they have) (?:taken|had|swalowed) (?:everything|al the (?:pils|tablets|meds)|al (?:her|his|their) (?:pils|tablets|meds)|the whole (?:box|packet|botle)|whatever was) (?:in|from|out of) (?:her|his|their|the) (?:cupboard|medicine cupboard|medicine cabinet|bathrom cabinet|cabinet|drawer|first aid box|pil box)|(?:shes|hes|she has|he has|theyve|they have) (?:taken|had|swalowed) (?:everything|al the (?:pils|tablets|meds)|al (?:her|his|their) (?:pils|tablets|meds)|the whole (?:box|packet|botle)|whatever was) (?:in|from|out of) (?:her|his|their|the) (?:cupboard|medicine cupboard|medicine cabinet|bathrom cabinet|cabinet|drawer|first aid box|pil box)(?=[^|]*\\b(?:slured|slurring|not making sense|cant wake|drowsy|woozy|pased out|sleepy|vomiting|being sick|sounds? (?:drunk|weird|of|strange|out of it))\\b))`,
    false,
  ),
  rule(
    "overdose",
    "self",
    `(?:mix|mixed|mix up|mixed up|washed down|wash down|downed|tok) (?:al|al of) (?:the|di|my|mi|me) (?:pils|pil|tablets|meds)(?: them)?(?: (?:in|from|ina|inna) (?:the|di|my|mi) (?:cupboard|cabinet|drawer|box))? (?:with|wid|and) (?:white |dark |some |a botle of |half a botle of |the )?(?:rum|vodka|whisky|whiskey|gin|wine|alcohol|brandy|beer|cider|tequila|booze|drink)(?<!\\b(?:going to|gona|to|wil|il|might|should|could|would|if) (?:mix|mix up|wash down|tok)\\b[^|]*)`,
  ),
  // Batch zzw: someone else gone with their pills gone too, told with a comma rather than "and";
  // a carer's worry about tablets forgotten and then doubled ("keeps forgetting her tablets").
  rule(
    "means_now",
    "other",
    `(?:(?:\\w+ (?:has |s |have )?(?:ben )?(?:gone )?mising|(?:hasnt|has not|havent|didnt) come (?:home|back))(?: (?:for )?(?:\\d+|two|thre|four|five|a few|several) (?:hrs|hours|hour|days|nights))?(?: now)? , (?:and )?(?:her|his|their) (?:pils|tablets|meds|rope|gun|shotgun|car keys and (?:her|his|their) (?:pils|tablets)) (?:are|is|s|have|has) (?:al )?(?:gone|mising))`,
    false,
  ),
  rule(
    "medical_care",
    "look",
    `(?:kep|keps|kept|keeps) forgeting (?:to take )?(?:her|his|their) (?:tablets|pils|meds|medication|insulin|heart tablets|blod thiners|warfarin)(?=[^|]*\\b(?:double|twice|extra|to many|gone|les than|more than|overdose|empty)\\b)`,
    false,
  ),
  // Batch zzw: a method's timing asked about ("how long does carbon monoxide take to work"), not
  // a medicine's ("how long does paracetamol take to work" is ordinary).
  rule(
    "lethal_query",
    "self",
    `how long (?:does|do|would|wil|wud|til) (?:it take (?:for )?)?(?:carbon monoxide|co poisoning|exhaust fumes|car fumes|the exhaust|helium|hanging|drowning|antifreze|rat poison|weedkiler|an overdose|bleding out) (?:take )?(?:to (?:work|kil (?:you|me|someone)|kick in|finish (?:you|me)|knock you out)|before (?:you|i|someone) (?:die|pas out|go))`,
  ),
  // Batch zzw: a plan written down or worked out "how and where".
  rule(
    "plan_strong",
    "self",
    `(?:ive|i have|i had|i|id) (?:writen|wrote|typed|planed|worked|figured|decided)(?: down| up| out)? (?:exactly |al of |precisely )?(?:how and where|where and how|how and when|when and how|where and when|how where and when)(?= ?$| ?\\|| ?,| in | on | and | already| now)`,
  ),
  // Batch zzw: at the place now: out on a lake or river where the ice is thin, walking out further.
  rule(
    "place_now",
    "self",
    `(?:(?:im|i am) )?(?:out |stod |standing )?on (?:the|a) (?:frozen )?(?:lake|river|pond|loch|reservoir|canal|ice)(?: \\w+){0,3} (?:where the ice is (?:thin|cracking|breaking)|on the thin ice|and the ice is (?:thin|cracking|breaking))|walking (?:out )?(?:further|farther) (?:out )?(?:onto|on to|over) the ice|(?:walking|going) out further(?<=\\b(?:ice|lake|sea|water|tide|loch)\\b[^|]*)`,
  ),
  // Batch zzw: walking into the sea with a count ("10 minutes. that's how long till i walk into
  // the sea"): the time is the one of the act.
  rule(
    "active",
    "self",
    `(?:how long|minutes|hours|mins) (?:til|until|before) i (?:walk|go|wade|swim) (?:into|in to|out into) the (?:sea|river|loch|lake|waves|water|tide)`,
    ACT,
  ),
  // Batch zzw: a bereaved wish to follow ("i dont want to be here without him, i want to go too").
  rule(
    "active",
    "self",
    `(?<=\\b(?:(?:be here|live|go on|cary on|cope|exist|do this|be alive) without|since (?:i lost|losing)|lost) (?:him|her|them|my (?:husband|wife|son|daughter|mum|mom|dad|partner|boy|girl|brother|sister))\\b[^|]{0,30})i (?:just )?want to (?:go|come) (?:to|with (?:him|her|them)|and be with (?:him|her|them))(?= ?$| ?\\|| ?,| now)`,
  ),
  // Batch zzw: a second attempt promised at the same place ("i jumped before and lived. im back up
  // here tonight and this time ill do it properly").
  rule(
    "do_it",
    "self",
    `this time (?:il|i wil|im going to|im gona|i wont fail|i wil not fail) (?:do it |get it )?(?:properly|right)(?= ?$| ?\\|| ?,)`,
  ),
  // Batch zzw: a past attempt told without "i" ("overdosed 2 years ago and i still think about it").
  rule(
    "overdose",
    "self",
    `(?<=^ ?)(?:overdosed|oded) (?:about |over |nearly )?(?:\\d+|two|thre|four|five|six|a few|many|several) (?:years|yrs|months) ago`,
  ),
  // Batch zzv: "my affairs" sorted out: a plan, which only raises a wish, despair or leaving that is
  // already there. The way worked out ("ive thought about exactly how", "thought it through", "been
  // planning it", "keep rehearsing it"), a deadline set for oneself, a day still to pick, not telling
  // anyone when (IDIOMS leave "the deadline" as "the ,"): plan_how, urgent beside a wish or despair (on its own it reads as nothing).
  rule(
    "plan",
    "self",
    `(?:sorting|sorted|puting|put|got|geting) (?:out )?(?:al )?my affairs(?: in order| sorted| straight)?`,
  ),
  rule(
    "plan_how",
    "self",
    `(?:(?:ive|i have|i) )?(?:already )?(?:thought about|worked out|figured out|know|planed) (?:exactly |just )?how(?= ?$| ?\\|| ?,)|(?:ive |i have )?thought it (?:al )?through(?= ?$| ?\\|| ?,)|thought about it for (?:weks|months|ages|a long time|years)(?= ?$| ?\\|| ?,)|(?:ben |im |been )?planing (?:it|this)(?= ?$| ?\\|| ?,| since| for (?:weks|months|ages))|(?:kep|keep|ben|been) rehearsing it\\b|(?:the|my) (?:date|day|cut ?of|,) i (?:gave|set) (?:myself|me)(?= ?$| ?\\|| ?,)|(?:ned|have|got) to pick (?:a|the) (?:day|date|night)(?= ?$| ?\\|| ?,)|(?:how to|way to) make it permanent(?= ?$| ?\\|| ?,)|(?:im |i am )?not (?:telling|going to tel|gona tel) (?:anyone|anybody|you|them) when(?= ?$| ?\\|| ?,)`,
  ),
  // Batch zzv: despair said without a wish named ("so tired of everything", "done with all of it",
  // "thats it for me", "not sleepy tired, the other kind", Singlish "cannot already", Hindi "sab
  // khatam"): weak, which counts only beside a plan, means, a place or a goodbye.
  rule(
    "weak",
    "self",
    `(?<=^ ?)(?:im |i am )?(?:(?:so|just|realy|fkn|fuking|fucking|bloody) )*tired of (?:everything|it al|al of it)(?= ?$| ?\\|| ?,)|(?<=^ ?)(?:so )?(?:done|finished) with (?:al of it|it al|everything)(?= ?$| ?\\|| ?,)|thats it for me(?= ?$| ?\\|| ?,)|not slepy tired|(?:i mean|meant) it diferently(?: now)?(?= ?$| ?\\|| ?,)|(?:i )?(?:canot|cant|cannot) already(?= ?$| ?\\|| ?,| lah| la)|sab (?:khatam|khatm|khtm)`,
  ),
  // Batch zzv: not seeing oneself alive past a date, sorry to have woken up, no future past a season.
  rule(
    "passive",
    "self",
    `(?:dont|cant|do not|cannot) se (?:myself|me) (?:existing|alive|being here|being around|living|around|stil here) (?:past|after|beyond|by)\\b|no future (?:past|after|beyond) (?:this|the|next) \\w+|(?:disapointed|disapointment|gutted) (?:that )?i (?:did|stil|woke up|wake up)(?= ?$| ?\\|| ?,| wake| again| up)|(?:im |i am )?not doing tomorow(?= ?$| ?\\|| ?,)|(?:dont|do not) want to be a burden (?:any ?more|any longer|anymore)|cant kep (?:doing life|existing|living)(?: like this)?(?= ?$| ?\\|| ?,)(?![^|]*\\b(?:mattres|back|neck|knes?|hips?|pain|damp|mould|noise|heat|comute|landlord|job)\\b)`,
  ),
  // Batch zzv: thoughts of ending it named as what came back ("the ones about ending it").
  rule(
    "active",
    "self",
    `(?:thoughts|the thought|the ones|urges) (?:about|of) (?:ending it|ending it al|ending things|ending my life)(?= ?$| ?\\|| ?,)|(?:thinking|think|thought) (?:about )?how easy (?:itd|it would|it d) be to (?:just )?(?:swim|walk|wade) (?:out|in|into the \\w+)(?: \\w+){0,3} and (?:not|never) (?:come back|turn back|stop)`,
  ),
  // Batch zzzc: a burden said as a leaving ("itd be easier for everyone if i just went").
  rule(
    "passive",
    "self",
    `(?:easier|better|simpler|calmer|lighter) for (?:everyone|everybody|them all|all of them|my family|the family|my kids|them) if i (?:just )?(?:went|left|was gone|wasnt here|wasnt around|disappeared|didnt exist|vanished)(?= ?$| ?\\|| ?,| (?:tbh|honestly|now|for good|forever|away|and))`,
  ),
  // Batch zzzc: the last round kept for oneself ("should have kept the last cartridge for myself").
  rule(
    "active",
    "self",
    `(?:kept|keep|keeping|save|saved|saving) (?:the |a |one )?(?:last )?(?:cartridge|bullet|shell)s? for (?:myself|me)(?![^|]*\\b(?:game|games|zombies?|fortnite|cod|lol|haha|film|movie|story)\\b)`,
  ),
  // Batch zzzc: sleep wished on without waking or being here ("wish i could just fall asleep and not
  // be here for a while"), and being tired of being oneself, said as all there is.
  rule(
    "passive",
    "self",
    `wish i could (?:fall asleep|sleep|go to sleep) and not (?:be here|exist|be around)(?= ?$| ?\\|| ?,| for (?:a (?:while|long while|bit|long time)|ever|good))|(?:so |really )?tired of being me(?= ?$| ?\\|)`,
  ),
  // Batch zzzc: a sharpener taken apart for its blade, found in someone else's things ("a pencil
  // sharpener blade taken apart in his bin"): their self-harm.
  rule(
    "self_harm_history",
    "other",
    `(?:pencil )?sharpener (?:blades? )?(?:taken apart|unscrewed|broken open|with the blade (?:out|missing)) (?:in|under|on) (?:his|her|their) (?:bin|room|bedroom|drawer|bag|pencil case|bed|desk|pillow)`,
  ),
  // Batch zzzc: a child or someone else who has eaten tablets ("hes eaten some of my iron tablets").
  rule(
    "overdose",
    "other",
    `(?:hes|shes|he has|she has|the baby|the baby has|my (?:son|daughter|toddler|little one|baby|\\d year old)s?(?: has| s)?) (?:eaten|ate|chewed|got into|had) (?:some|a few|loads|a load|a handful|a couple|\\d+|all|several|half) (?:of )?(?:my |mums |her |his |nans |the |dads |grans |grandmas )?(?:\\w+ ){0,2}${PILLS}`,
  ),
  // Batch zzzc: someone else alone with a gun ("hes got his hunting rifle at his place and hes on
  // his own"): means for them, which a goodbye or no answer before makes their emergency.
  rule(
    "means",
    "other",
    `(?:hes|shes|he has|she has|theyve|they have) got (?:his|her|their) (?:\\w+ )?(?:gun|guns|rifle|shotgun|pistol)s? (?:\\w+ ){0,4}(?:and|,) (?:hes|shes|theyre|he is|she is) (?:on (?:his|her|their) own|alone|by (?:him|her|them) ?self)(?![^|]*\\b(?:stalking|deer|hunting trip|shoot|range|clay|clays|season|vermin|rabbits|pigeons|foxes|club|competition)\\b)`,
  ),
  // Batch zzv: what is painless asked bare after a search.
  rule(
    "lethal_query",
    "self",
    `(?<=^ ?)(?:like |and )?(?:whats|what is|what s) (?:the most )?painles(?= ?$| ?\\|)`,
  ),
  // (IDIOMS take "taking my meds" out, so the stopping is found by "stoped" before it.)
  rule(
    "means_strong",
    "self",
    `(?<=\\bstoped\\b[^|]{0,60})(?:started )?(?:saving|stockpiling|hoarding|stashing) (?:them|my (?:meds|pils|tablets))(?: up)?`,
    false,
  ),
  // Batch zzzb: the quiet end. Despair at the point of it all said at a clause's start ("whats even
  // the point anymore", "whats the point of any of it"), or said by someone ("he says whats the
  // point", read as theirs); having stopped seeing the point; tired of waiting for better.
  rule(
    "passive",
    "look",
    `(?<=^ ?)(?:honestly |tbh |like |and |so |idk |ngl |bruh |man |but )?whats (?:even )?the point (?:any ?more|of (?:it al|any of it|anything|living|life|being alive|being here|existing|carying on|going on|waking up|geting up)|in (?:living|life|anything|carying on|going on|trying))(?= ?$| ?\\|)|(?:(?:wonder|wondering|idk|dont know) what the point of me (?:even )?is|whats the point of (?:me|keping (?:this body|me|myself) going))(?= ?$| ?\\|| ?,)|(?:says|said|saying|kep saying|keps saying) "? ?(?:whats (?:even )?the point|theres no point(?: any ?more)?)(?= ?$| ?\\|| ?,| ?"| since| any ?more| lately| these days| al the time)(?! ?,? ?(?:wel|we|were|you|youl|theyl|they|it|itl|its|he|she) (?:never|not|wont|cant|dont|doesnt|always|\\w+ never))`,
    false,
  ),
  rule(
    "passive",
    "look",
    `stoped (?:seing|sening) (?:the|any) point(?= ?$| ?\\|| ?,| of (?:anything|it al|life|living|going on))|(?:so |realy )?tired of waiting for (?:it to get |things to get )?beter(?= ?$| ?\\|| ?,)`,
  ),
  // Batch zzzb: a passive wish in other words: not caring if one did not wake (Patois "if mi dead
  // tomorrow mi nah mind"), a button that would end one's existing, nobody at one's funeral, relief at
  // a terminal diagnosis imagined, not fighting if something happened, not knowing why one is still
  // here, slipping out of life for good, staying alive only for someone (theirs when said of them),
  // a wish to be where someone who died is.
  rule(
    "passive",
    "self",
    `if (?:mi|i) (?:dead|ded|die|did dead|died)(?: (?:tomorow|tonight|today|now|in (?:mi|my) slep))? (?:mi|i) (?:nah|na|nuh|wouldnt|wont|dont|wouldnae) (?:mind|care|bother)`,
    false,
  ),
  rule(
    "passive",
    "self",
    `(?:a|the|one) button (?:that|to) (?:\\w+ ){0,4}(?:not exist|stop existing|disapear|vanish|never (?:ben|be) born|never existed|end it al|die)\\b[^|]*\\b(?:id|i would|i d) (?:press|push|hit) it|(?:id|i would) (?:press|push|hit) (?:the|a|that) button (?:to|and) (?:not exist|stop existing|disapear|vanish|never wake up|die)`,
    false,
  ),
  rule(
    "passive",
    "self",
    `(?:nobody|no one|noone|not a single person|not one person) (?:would|wil|d|is going to|would even|would bother to|even would) (?:come|go|turn up|show up|cry|bother going) (?:to|at) my funeral|(?:think|thinking|thought) about my (?:own )?funeral (?:a lot|more than i should|al the time|constantly|every day|loads)|(?:a|the) (?:long )?slep i (?:dont|wouldnt|would not|never|didnt) wake (?:up )?from|if (?:it|the drink|the drinking|this) (?:finishes|kils|takes) me (?:of|out) ,? it (?:finishes|kils|takes) me (?:of|out)`,
    false,
  ),
  rule(
    "passive",
    "self",
    `(?<=\\bif (?:\\w+ ){0,6})(?:told me |said )?i (?:had|have|was) (?:something |an? \\w+ )?(?:terminal|dying)\\b[^|]{0,30}\\b(?:relieved|a relief|relief|glad|happy)`,
    false,
  ),
  rule(
    "passive",
    "self",
    `(?:wouldnt|would not|wont) (?:realy |even )?(?:fight|struggle|try) (?:(?:very|that|to|so) )?(?:hard |much )?(?:if|when) (?:something|anything|smth) (?:bad )?(?:happened|hapens|were to happen) to me`,
    false,
  ),
  rule(
    "passive",
    "self",
    `(?:idk|i dont know|dont know|i do not know|no idea) why (?:im|i am) (?:stil )?(?:here|alive|around)(?= ?$| ?\\|| ?,| tbh| honestly| anymore| any more)`,
    false,
  ),
  rule(
    "passive",
    "look",
    `(?:dip|check|bow|tap|log|clock|opt|bail) out (?:of|from) (?:life|this life|existence|living|this world)(?! admin| insurance| drawing)|(?<=^ ?|\\b(?:and|but|so|honestly|tbh) )i (?:only|just) (?:stay|stayed|kep|keep) (?:alive|around|going|here) (?:for|because of) (?:you|him|her|them|my \\w+|the kids|the dog|the cat)(?= ?$| ?\\|| ?,| now| tbh| honestly| anymore)`,
  ),
  rule(
    "passive",
    "other",
    `(?:he|she|they) (?:only|just) (?:stays|stay|stayed|keps|kep|keeps) (?:alive|around|going|here) (?:for|because of) (?:me|you|him|her|them|my \\w+|his \\w+|her \\w+|their \\w+|the kids|the dog|the cat)(?= ?$| ?\\|| ?,| now| tbh| honestly| anymore)`,
  ),
  rule(
    "passive",
    "look",
    `(?<=\\b(?:died|pased|pased away|lost (?:him|her|them|my \\w+|our \\w+)|stilbirth|miscariage|funeral|grave)\\b[^|]{0,80})(?:i |she |he )?(?:want|wants|wana|wish i could|long|longs) to be (?:with (?:him|her|them|my \\w+|our \\w+)|wherever (?:he|she|they) (?:is|are)|where (?:he|she|they) (?:is|are))`,
  ),
  rule(
    "passive",
    "look",
    `wishing (?:that )?i (?:didnt|did not|never) exist(?:ed)?|wishing i (?:was|were) dead|wishing i (?:had )?never (?:ben|been) born`,
  ),
  rule(
    "passive",
    "other",
    `(?<=\\b(?:he|she|they|hes|shes)\\b[^|]*)wishing (?:that )?(?:he|she|they) (?:didnt|did not|never) exist(?:ed)?|(?<=\\b(?:he|she|they|hes|shes)\\b[^|]*)wishing (?:he|she|they) (?:was|were) dead`,
  ),
  // Batch zzzb: the urge to cut back now ("the wanting to cut is back since this afternoon").
  rule(
    "self_harm",
    "self",
    `(?:the )?(?:wanting|want|urge|urges|need|itch) to (?:cut|burn myself|hurt myself|sh|self harm) (?:is|are|s|has|have) (?:come )?back`,
  ),
  // Batch zzzb, rules alone: not seeing the point of waking, sleeping and not waking (Pidgin "sleep
  // and no wake again"), vanishing with nobody caring (Singlish), better for the family if one is
  // not there, easier not to be around, "the not wanting to be here ones", the insurance doing them
  // more good, "if i dont wake up ... at least"; Patois "nuh waan live".
  rule(
    "passive",
    "look",
    `(?:dont|do not|cant|cannot|no longer) se (?:the|any) point (?:of|in) (?:waking up|geting up|living|going on|carying on|being here|being alive)(?= ?$| ?\\|| ?,| no more| any ?more)|slep and (?:no|not|never) wake (?:up )?again|if i (?:just )?(?:vanish|disapear|die|go)\\b(?! from| for)[^|]{0,12}\\b(?:nobody|no one|noone) (?:care|cares|would care|wil care|notice|notices|wil notice)|(?:beter|easier) for (?:my family|everyone|them|my (?:parents|kids|wife|husband|partner|mum|mom|dad)) if i (?:am not|was not|wasnt|werent|were not) (?:there|here|around)(?= ?$| ?\\|| ?,)|(?:would be|itd be|it d be|it would be) (?:easier|beter|simpler) (?:to not|not to) (?:be around|be here|exist|wake up|be alive)(?= ?$| ?\\|| ?,| any ?more)|(?:the )?not wanting to be here (?:ones|thoughts|feelings|kind)|(?:life )?insurance (?:would|wil|d) do (?:them|her|him|my \\w+) more god than (?:i do|me)|if i (?:dont|didnt|do not) wake up(?: tomorow| tonight| in the morning)?(?: ,)? at least`,
    false,
  ),
  rule("active", "self", `mi (?:nuh|nah|no) (?:waan|wan|want) (?:live|to live)`),
  rule("active", "other", `(?:him|she|her|he) (?:nuh|nah|no) (?:waan|wan|want) (?:live|to live)`),
  // Batch zzzb, rules alone: arms grabbed hard enough to bruise; road rage wanting to drag him out;
  // wanting to wring a neck.
  rule(
    "abuse",
    "self",
    `(?:he|she|my \\w+) (?:only |always |just )?(?:grabs|grabed|squezes|pins|pined) (?:me|my (?:arms?|wrists?|neck))\\b(?=[^|]*\\b(?:hard|tight|bruises?|til it hurts)\\b)(?![^|]*\\b(?:to (?:stop|save|pul|hold|help|steady|catch) me|to help me|(?:helps|helping|help) me (?:up|get up|stand|walk|down|out|in|of)|so i dont fal)\\b)`,
  ),
  rule(
    "harm_others",
    "self",
    `(?:wanted|want|wana) to (?:drag|pul) (?:him|her|them) out of (?:the|his|her|their) (?:car|van)|(?:want|wana|wanted) to wring (?:the |his |her |their |my )?(?:\\w+ )?necks?`,
  ),
  // Batch zzzb: burden said as a cost or a weight ("im just a cost to them", "tired of being a weight
  // on everyone").
  rule(
    "passive",
    "self",
    `(?:im|i am|im just|i feel like|feel like|being) (?:a|such a) (?:cost|drain|weight|expense|money pit) (?:to|on|for) (?:them|everyone|everybody|my (?:family|parents|mum|mom|dad|wife|husband|partner|kids|friends))(?= ?$| ?\\|| ?,| and| so)(?![^|]*\\b(?:said the|bank|fes|overdraft|invoice|budget)\\b)|(?:a|the) weight (?:that )?(?:everyone|everybody|they|my family)(?: s| is| has to| have to| are)? (?:carying|cary)(?= ?$| ?\\|| ?,| around)|(?<=^ ?|\\b(?:like|feel like|honestly) )im (?:just )?(?:the weight|a cost)(?= ?$| ?\\|)|(?:everyones|everyone is|theyre|they are) stuck with me(?= ?$| ?\\|| ?,)|(?:wont|wil not) be a burden (?:to (?:you|anyone|anybody|them) )?(?:much|for much) longer`,
  ),
  // Batch zzzb: suicide jokes owned as how one copes.
  rule(
    "passive",
    "self",
    `(?:suicide|kms|dying|death) jokes (?:are|r|is) (?:\\w+ |% ){0,5}(?:my (?:whole )?(?:personality|coping|thing)|how i cope)|(?:my )?(?:suicide|kms) jokes (?:are |as )?(?:a |my )?coping`,
    false,
  ),
  // Batch zzzb: a past attempt told as "i had an attempt", and a crisis that ended in hospital felt
  // again ("the last time i felt like this i ended up in hospital").
  rule(
    "attempt",
    "self",
    `(?:i had|ive had|i have had|had) (?:an|my first|my last|a) (?:suicide )?atempt(?! (?:at|on) (?:the|a|an|my|baking|making|cooking|driving|it|this|that|\\w+ing)\\b)`,
    false,
  ),
  // Batch zzzb: self-harm told sideways: arms "like a barcode", "you ever hit yourself", wanting to
  // cut badly (an urge remembered), the wrists or the lines on one's arm seen or asked about.
  rule(
    "self_harm_history",
    "look",
    `(?<!\\b(?:roses?|bushes|brambles?|thorns?|cats?|kitens?|garden\\w*)\\b[^|]*)(?:(?:arms?|legs?|thighs?|wrists?|skin) (?:lok|loks|loked|loking|lokin) like (?:a )?barcode|barcode (?:arms?|legs?|wrists?|thighs?))(?![^|]*\\b(?:garden\\w*|roses?|brambles?|thorns?|cats?|kitens?|bushes)\\b)`,
  ),
  rule(
    "self_harm_history",
    "self",
    `(?:u|you) ever (?:\\w+ )?(?:hit|punch|slap|bite|scratch|pinch|burn|cut) (?:ur ?self|your ?self)\\b(?=[^|]*\\b(?:when (?:you|u|ur|youre|your) (?:\\w+ )?(?:mad|angry|upset|stresed|anxious|overwhelmed|frustrated)|mad at|on purpose|to punish)\\b)|(?:wanted|was desperate|was dying|was itching) to (?:cut|burn myself|hurt myself|sh|self harm) (?:so bad|so badly|realy badly|badly|so much)(?![^|]*\\b(?:hair|fringe|salon|hairdreser|bangs|fabric|grass|hedge|clas|lesons?|ties|carbs|sugar)\\b)`,
  ),
  rule(
    "self_harm_history",
    "self",
    `(?:saw|se|sen|noticed|spoted|clocked|asked about|asked me about|looked at) (?:my wrists|the (?:lines|marks|cuts|scars) on my (?:arms?|wrists?|thighs?|legs?))(?![^|]*\\b(?:sprain\\w*|broke\\w*|fracture\\w*|brace|splint|cast|physio|carpal|rsi|arthritis|eczema|rash|tan|stretch|tatoo|surgery|operation)\\b)`,
  ),
  // Batch zzzb: angry wishes: hoping someone gets what's coming or dies slowly, a blow promised if
  // something happens again, teeth to be knocked out (theirs when said of them).
  rule(
    "harm_others",
    "self",
    `(?:picturing|imagining) (?:him|her|them) (?:geting|get) (?:what (?:he|she|they) (?:deserves?)|whats coming)(?![^|]*\\b(?:awards?|win|prize|promotion|raise|trophy|medals?|bonus|credit|recognition|pay rise|payrise)\\b)|hope (?:\\w+ ){0,8}gets? (?:whats|what s|what is) coming to (?:him|her|them)(?![^|]*\\b(?:awards?|win|prize|deserves|promotion|raise|trophy)\\b)|hope (?:that )?(?:the|that|this) (?:man|guy|woman|bloke|lad|girl|person|kid|boy|driver|prick|twat|bastard|teacher|bully)(?: \\w+){0,6} (?:dies|rots|suffers|gets hit by|gets run over|gets stabed|gets beaten)`,
  ),
  rule(
    "harm_others",
    "look",
    `if (?:\\w+ ){1,7}again (?:im|i am|il|i wil|i swear|i swear im) (?:gona |going to )?(?:bang|batter|smack|lamp|deck|punch|slap|knock out|bop|chin|kick) (?:him|her|them)\\b|(?:like|love|want|wana|going|gona) to (?:knock|kick|punch|smash) (?:\\w+ ){0,3}(?:teth|head|lights) (?:out|in)\\b|(?<=\\b(?:he|she|they)\\b[^|]*)wish(?:es|ed)? (?:the|those|that) (?:\\w+ ){1,5}(?:would|wil) (?:die|drop dead|get hit)\\b(?! down| out| of)`,
  ),
  // Batch zzv: affairs put in order for after, said with the reason ("so nobody has to deal with my
  // mess after", "so its easier for them after im gone", "sorting out my affairs", the insurance
  // checked to pay out, the dog's food left for a week; "my affairs" alone is a plan, often a will or a tax return).
  rule(
    "affairs",
    "self",
    `so (?:nobody|no one|noone|they|my \\w+) (?:has|have|wil have|doesnt have|dont have|wont have) to (?:\\w+ ){0,5}(?:after|afterwards|when im gone|once im gone)(?= ?$| ?\\|| ?,)|(?:easier|simpler) for (?:them|everyone|my \\w+) (?:after|when|once) im (?:gone|not here|not around)|puting (?:al )?(?:things|everything) in order for when im (?:not around|not here|gone)|(?:checked|checking|check) (?:that )?(?:the|my) (?:life )?insurance (?:stil )?(?:pays out|wil pay out|covers (?:it|suicide))|(?:a |enough )?(?:wek|weks|fortnight)s? (?:worth of )?fod (?:out )?for the (?:dog|cat|pets?)`,
  ),
  // Batch zzv: a goodbye said without saying it; the tracks, not the train; leaving by a deadline.
  rule(
    "farewell",
    "self",
    `said (?:my )?(?:byes|godbyes)(?: to (?:everyone|them|everybody))? without (?:saying|them knowing|telling)`,
  ),
  rule(
    "plan_strong",
    "self",
    `(?:il|i wil|im going to|im gona) be on the (?:tracks|railway line|line) not on (?:it|the train)`,
    false,
  ),
  rule(
    "departure",
    "self",
    `(?:either|or) (?:[\\w]+ ){0,4}or (?:im|il be|i wil be) (?:not around|not here|gone|dead)(?= ?$| ?\\|| ?,)|(?:if nothing changes|before the (?:years|months|wekends|weks|summers|terms) out|by (?:christmas|new year|my birthday|then)) (?:[\\w]+ ){0,3}im going(?= ?$| ?\\|| ?,)`,
  ),
  rule(
    "means",
    "self",
    `(?:the|a|next) (?:\\w+ )?train (?:pases|comes through|comes past|goes through|is due) at \\d+`,
  ),
  // Batch zzv: at the top of a block of flats now, looking down.
  rule(
    "place_now",
    "self",
    `(?:standing|stod|sat|siting|im) (?:at|on) (?:the )?top flor(?: \\w+)?(?: of (?:my|the|this) (?:block|building|flats|tower))?(?=[^|]*\\b(?:loking down|now|edge|railing)\\b)`,
  ),
  // Batch zzv: self-harm back, told by the tool or the body ("the thing with the lighter again",
  // "did something to my arm again", "my nails and a compass tonight, the old way").
  rule(
    "self_harm",
    "self",
    `(?:doing|did|done|do) (?:the thing|it) (?:again )?(?:, )?(?:the thing )?with (?:the|a|my) (?:lighter|blade|razor|compas|sharpener|scisors)(?=[^|]*\\bagain\\b)|(?<=\\bagain\\b[^|]*)(?:the thing )?with (?:the|a|my) (?:lighter|blade|razor|compas|sharpener|scisors)|did (?:something|stuf|it) to my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|hips?) again|(?:nails|compas|blade|razor|sharpener|lighter) (?:\\w+ ){0,3}(?:tonight|again|last night)(?: ,)? the old way`,
  ),
  // Batch zzz: urgent thoughts from people who rarely talk about feelings (older men, farmers,
  // tradespeople, soldiers, carers, second-language and voice-to-text writers). Suicide named with
  // the preposition left out ("i am thinking the suicide", "i want to suicide"), not a rate or a
  // hotline.
  rule(
    "active",
    "self",
    `(?:im|i am|i) (?:thinking (?:the|to|of do|to do|of doing)|think to|think to do|want|want to|wanting to|want to do|want to make|going to do|plan to|planing to|planing the) (?:the |a |to )?${SUICIDE_WORD}(?! (?:rate|rates|prevention|hotline|helpline|line|statistics|stats|figures|awarenes|charity|note|squad|bomber|bombing|risk|training|course|topic|month|wek|day|walk|run|is|was)\\b)`,
  ),
  // Batch zzz: a gun "eaten" (soldiers' and police slang for a shot in the mouth).
  rule(
    "active",
    "look",
    `(?:eat|eating|ate|eaten) (?:my|a|the|his|her) (?:gun|rifle|pistol|shotgun|revolver|barel|service weapon|sidearm|glock|12 gauge)|(?:eat|eating|ate) (?:a|my) bulet(?![^|]*\\b(?:game|lol|haha|zombies?)\\b)`,
    ACT,
  ),
  // Batch zzz: becoming "one of the 22" (the veterans' daily count) or "another statistic".
  rule(
    "active",
    "self",
    `(?:i |il |im )(?:might |could |wil |am going to |m going to |going to |gona |am gona )?(?:just )?(?:be|become|end up|end up as) (?:one of (?:the|them) (?:22|twenty two)|another (?:one of the 22|statistic|veteran statistic|number on the wal))(?! (?:picked|chosen|selected|players?|in the|on the|for the|at work)\\b)`,
  ),
  // Batch zzz: a burden said as others' easier time ("my family would have an easier time if i was
  // gone", "maybe better for them if i am gone"), not gone for a weekend.
  rule(
    "passive",
    "self",
    `(?:would|d|wil) (?:al )?have (?:an|a) (?:easier|beter|simpler|happier) (?:time|life)(?: of it)? if i (?:was|were|wasnt|am|m) (?:gone|dead|not here|not around)(?! (?:for|on|to|away|out|by|early|til|until)\\b)|(?:beter|easier|simpler) for (?:them|everyone|everybody|my \\w+|the (?:kids|family)) if i (?:am|was|were|m) (?:gone|dead|not here|not around)(?! (?:for|on|to|away|out|by|early|til|until)\\b)`,
  ),
  // Batch zzz: a wish not to be here, then "thinking of making that happen".
  rule(
    "active",
    "self",
    `(?<=\\bif i (?:was|were|wasnt|am|m) (?:gone|dead|not here|not around)\\b(?! (?:for|on|to|away|out|by|til|until)\\b)[^|]{0,40})(?:thinking (?:of|about)|going to|want to|planing to|might|tempted to|could) (?:just )?mak(?:e|ing) (?:that|it|this) (?:hapen|real|true|so)`,
  ),
  // Batch zzz: a lethal amount asked in a second language or with its words ("how many tablets of
  // diazepam is danger for the life", "cuanto tylenol es mortal"), not for an animal or a child.
  rule(
    "lethal_query",
    "self",
    `(?:how (?:much|many)|cuanto|cuantos|cuantas|cuanta|quanto|quantos|quantas|ile) (?:\\w+ ){0,5}(?:is|es|e|are|sera|jest) (?:mortal|letal|lethal|fatal|deadly|danger(?:ous)? for (?:the )?life|peligroso para la vida)(?! for (?:a |my |the |our )?(?:dog|cat|child|baby|kid|son|daughter|horse|colie|pup|puppy|calf|lamb|shep|cow|pet)\\b)`,
  ),
  // Batch zzz: all the tablets eaten, in Hindi ("maine saari goliyan kha li"); cutting oneself again
  // ("apne aap ko kaata", "i did cutting again today"), not hair, fabric or a film.
  rule(
    "overdose",
    "self",
    `(?:sari|sare|saare|sab|bahut sari|bahut) (?:goliyan|goliya|golian|golia|dawai|dawaiyan|dawaiya|tablets|pils) (?:kha|khaa|le|kha ke) (?:li|le|liya|liye|lin|chuki|chuka|lin hai|li hain)(?![^|]*\\b(?:subah|sham|rat ko|roz|daily|doctor ne|jaise|time pe|as prescribed|this morning|like normal)\\b)`,
  ),
  rule(
    "self_harm",
    "self",
    `apne (?:ap|aap) (?:ko|ku) (?:kata|kaata|kaat|kat|kat liya|kaat liya|jala|jalaya|mara)|(?<=^ ?)i (?:did|do|done|was doing|am doing) (?:the )?cuting (?:again|today|tonight|last night|this morning)(?![^|]*\\b(?:hair|fabric|paper|quilt|wod|timber|gras|hedge|silage|lawn|cake|veg|onions?|pattern|scene|film|video|edit\\w*|clas|lesson|diet|carbs|weight|fringe|cards?|cloth|hairdres\\w*|barber\\w*|salon|work|shift|farm|silage)\\b)`,
  ),
  // Batch zzz: the means in front of or in the hand, in Tagalog and Spanish ("nasa harap ko na yung
  // lubid", "tengo las pastillas aqui en mi mano"), and a Tagalog farewell ("paalam na sa inyo").
  rule(
    "means_now",
    "self",
    `(?:nasa harap ko na|hawak ko na|andito na|nandito na) (?:yung|ang) (?:lubid|kutsilyo|gamot|tali|baril|blade)|tengo (?:las|mis) (?:pils|pastillas|pildoras) (?:aqui )?(?:en (?:mi|la) mano|aqui)(?![^|]*\\b(?:para (?:mi|la|el|su)|for my|dosis|receta)\\b)`,
  ),
  rule("farewell", "self", `palam na (?:sa inyo|sa inyong lahat|sa lahat|po sa inyo|po sa inyong lahat)`),
  // Batch zzz: a farm chemical drunk ("drank maybe half a bottle of the sheep dip concentrate").
  rule(
    "poison",
    "look",
    `(?:drank|drunk|swalowed|downed) (?:\\w+ ){0,6}(?:shep dip|dip concentrate|paraquat|gramoxone|glyphosate|roundup|pesticide|insecticide|organophosphate|slug pelets|creosote|paint thiner|turps|turpentine|methylated spirits|meths)(?![^|]*\\b(?:by mistake|by acident|acidentaly)\\b)`,
  ),
  // Batch zzz: self-harm told by what was done to the body on purpose ("burning my hand on the
  // stove on purpose", "banging my head on the cab till it bleeds", "i do it with the sheep shears
  // on my thighs where the wife wont see").
  rule(
    "self_harm",
    "self",
    `(?:burn|burning|burnt|burned|scald|scalding|scalded|cut|cuting|hit|hiting|punch|punching|bang|banging|scratch|scratching|bite|biting|slam|slaming) (?:my ?self|my (?:hand|hands|arm|arms|wrist|wrists|leg|legs|thigh|thighs|head|skin|fingers?|fist|knuckles|face|stomach)) (?:[\\w,]+ ){0,6}(?:on purpose|deliberately)(?<!\\bnot (?:on purpose|deliberately))|(?:banging|bang|bashing|hit|hiting|punching|scratching|picking|biting) (?:my (?:head|fist|hand|hands|arm|arms|skin|face)) (?:[\\w,]+ ){0,6}(?:til|until) (?:it|they|i) (?:bleds|bled|bleding|bruises|bruised)(?![^|]*\\b(?:cot|crib|toddler|tantrum|teething|is that normal)\\b)`,
  ),
  rule(
    "self_harm",
    "self",
    `(?:do|did|done|doing) it with (?:the |a |my )?(?:\\w+ )?(?:shears|blade|blades|knife|scisors|compas|lighter|stanley knife|box cuter|razor blade|razor blades) on my (?:thighs?|arms?|wrists?|legs?|stomach|skin|hips?|forearms?|ankles?)`,
  ),
  // Batch zzz: a crash wanted again and again ("i keep wanting to drive into the back of a lorry");
  // not an act with its time (CRASH_MEANT reads one now), so "maybe not tonight" stays urgent.
  rule(
    "active",
    "self",
    `(?:wanting|want|tempted|the urge|urges|thinking about|think about|thought about|kep thinking about) (?:to )?(?:drive|driving|steer|steering|swerve|swerving|veer|veering|plough|ploughing|turn|turning) (?:the (?:car|van|truck|lory|wheel) )?(?:into|in front of|under) (?:the back of )?(?:a|the|an) (?:lory|truck|tre|wal|bridge|pilar|bus|artic|tanker|oncoming \\w+|barier)`,
  ),
  // Batch zzz: at the top of a farm or site structure now, with the drop said.
  rule(
    "place_now",
    "self",
    `(?:im |i am )?(?:up )?(?:on )?(?:top of|up top of|at the top of|on top of|up on) (?:the |a )?(?:grain )?(?:silo|grain bin|water tower|pylon|crane|chimney|barn rof|mast|wind turbine|scafolding)(?= now| right now)(?![^|]*\\b(?:checking|fixing|mending|clearing|cleaning|sorting|working|inspecting|painting|repairing|for work|lol|haha)\\b)`,
  ),
  // Batch zzz: a tree picked (for a hanging), not a christmas tree or one to plant.
  rule(
    "plan",
    "self",
    `(?<!\\b(?:christmas|xmas|apple|plum|cherry|fruit|conker)\\b[^|]*)(?:picked|chosen|chose|found) (?:a |the |my )?(?:tre|branch|beam|rafter)(?= ?$| ?\\|| ?,| (?:out|already|now))(?![^|]*\\b(?:christmas|xmas|decorat\\w*|plant\\w*|cut down|prune|lights|swing|treehouse|hamock)\\b)`,
  ),
  // Batch zzz, harm to others: a gun brought in if someone makes them wait again ("im bringing my
  // piece in and he'll find out what waiting is"); a weapon cleaned for the one who did it.
  rule(
    "harm_others_intent",
    "self",
    `(?<=\\b(?:if|one more time|next time)\\b[^|]*)(?:im|il be|i am|il) (?:bringing|bring|taking|take|coming in with|coming back with|coming down with) (?:my|the) (?:piece|gun|shotgun|rifle|pistol|knife|machete)\\b(?=[^|]*\\b(?:find out what|learn what|se what hapens|regret it|be sory|what waiting is)\\b)(?![^|]*\\b(?:galery|exhibition|art|painting|sculpture|portfolio|critique|clas|teacher|tutor)\\b)`,
  ),
  // Batch zzz: concern-level wishes in plain words: sorry to have woken up, not needed by anybody,
  // done with being anybody, envy of the names on the memorial, not coming back off a tour.
  rule(
    "passive",
    "self",
    `(?:im |i am )?sory i (?:woke up|wake up|woke)(?: at al| again| this morning)?(?= ?$| ?\\|| ?,)|(?:i am|im|i feel|i fel) (?:i am |im )?not needed by (?:nobody|anybody|anyone)(?= ?$| ?\\|| ?,| any ?more| now)(?![^|]*\\b(?:work|today|shift|meting|rota)\\b)|done with being (?:anybody|anyone|alive|a person|here|around)(?= ?$| ?\\|| ?,)|envy (?:the )?(?:men|lads|blokes|ones|people|those|guys|soldiers|names) (?:whose names are on the (?:memorial|cenotaph|wal)|who (?:didnt come back|never came back|got out))|(?:wouldnt|would not) (?:be the worst thing|mind|care)\\b[^|]{0,10}if i (?:didnt|never|dont) (?:come|make it) (?:back|home) (?:of|from) (?:this|the|my|next) (?:tour|deployment|patrol|op|mision|rotation)(?![^]*\\b(?:love it|stay|move here|live here|so nice|beautiful)\\b)`,
  ),
  // Batch zzz: someone else's wish or signs told by the writer: better off under the digger, no
  // reason to carry on, blades found in a child's bag, medals given away beside "whats the point".
  rule(
    "passive",
    "look",
    `(?:id|i would|i d|hed|shed|he would|she would|theyd) be bete?r of (?:under (?:the|a) (?:digger|tractor|bus|train|lory|ground|sod|soil|wheels)|six fet under|in the ground|in a box)|(?:doesnt|dont|cant|does not|do not|doesn t) se (?:a|any|the) (?:reason|point) (?:to|in) (?:cary|carying) on`,
  ),
  rule(
    "self_harm_history",
    "other",
    `found (?:razor )?blades in (?:his|her|their) (?:school )?(?:bag|rom|drawer|pencil case|wallet|pocket|blazer)(?![^]*\\b(?:craft|carpent\\w*|stanley|box cuter|work|job|model|art|plane|spare)\\b)`,
  ),
  rule(
    "passive",
    "other",
    `giving (?:his|her|their) (?:medals|guns?|tools|stuf|things|posesions|belongings|dog) away(?![^|]*\\b(?:retire\\w*|moving|downsiz\\w*|decluter\\w*|charity shop|car bot)\\b)(?:(?=[^]*\\b(?:whats the point(?! of (?:keping|having|buying|owning))|worried|not himself|not herself|goodbye|sory)\\b)|(?<=\\b(?:whats the point|goodbye|sory)\\b[^]*))`,
  ),
  // Batch zzz: more concern-level wishes: no point in much any more, gone down with the lads, the
  // tractor hoped to roll on me, asleep and not waking "id be fine with that".
  rule(
    "passive",
    "self",
    `(?:dont|do not|cant) se the point in (?:much|anything)(?: any ?more)?(?= ?$| ?\\|| ?,)|wish (?:id|i had|i d) (?:gone down|died|gone|coped it|ben kiled|gone with them) with (?:the lads|them|my mates|the others|the rest of them|the boys)(?= ?$| ?\\|| ?,| in (?:\\d{4}|the (?:war|crash|fire|acident|blast|ambush))| in (?:afghan\\w*|iraq|helmand|the falklands|bosnia|kosovo))|(?:hope|hoping|wish) (?:the|a) (?:tractor|bus|lory|truck|car|train|tre|quad|bale) (?:\\w+ )?(?:rols on|rols over on|lands on|fals on|hits|runs over|runs me over|takes me out|comes down on) me|if i (?:went|go) to slep and (?:didnt|never|did not|dont) (?:wake|woke) (?:up )?(?:id|i would|it would|thatd|that would) be (?:fine|ok|okay|happy|glad|relieved)`,
  ),
  // Batch zzz: thrown into the slurry pit or the silo; with "lol" in the clause, a joke that still
  // reads as concern, as the author labels it.
  rule(
    "active",
    "self",
    `(?<!\\b(?:lol|lmao|haha)\\b[^]*)(?:throw|throwing|chuck|chucking) (?:my ?self|meself) (?:in|into|down) (?:the|a) (?:slury pit|slury lagon|slury|silo|grain silo|quary)(?![^]*\\b(?:lol|lmao|haha)\\b)`,
  ),
  rule(
    "passive",
    "self",
    `(?<=\\b(?:lol|lmao|haha)\\b[^]*)(?:throw|throwing|chuck|chucking) (?:my ?self|meself) (?:in|into|down) (?:the|a) (?:slury pit|slury lagon|slury|silo|grain silo|quary)|(?:throw|throwing|chuck|chucking) (?:my ?self|meself) (?:in|into|down) (?:the|a) (?:slury pit|slury lagon|slury|silo|grain silo|quary)(?=[^]*\\b(?:lol|lmao|haha)\\b)`,
  ),
  // Batch zzz, harm to others: the wish to take someone by the throat; abuse: locked in by an
  // employer or a partner when they go out.
  rule(
    "harm_others",
    "self",
    `(?:want to|wana|could|fel like|feel like|wanted to) (?:grab|strangle|throtle|choke) (?:him|her|them|my \\w+|that \\w+|the (?:foreman|bos|manager|gafer|supervisor|ref|landlord|neighbour|guy|bloke|lad)) (?:by the throat|round the neck)`,
  ),
  rule(
    "abuse",
    "self",
    `(?:employer|bos|madam|sir|agency|husband|wife|partner|boyfriend|girlfriend|he|she|they) (?:\\w+ )?locks? me (?:in|inside) (?:the|my|a|this) (?:flat|house|rom|apartment|bedrom)(?= when| every| at night| al day| while)(?![^|]*\\b(?:by acident|by mistake|to keep the dog|lol)\\b)`,
  ),
  // Batch zzz: someone else's wish to disappear, written in a group chat and taken down.
  rule(
    "passive",
    "other",
    `(?:he|she) (?:just )?(?:wants|wanted|said (?:he|she) wants|said (?:he|she) wanted) to (?:just )?disapear(?= ?$| ?\\|| ?,| and (?:deleted|removed|took|left|went quiet))(?![^|]*\\b(?:lol|haha|lmao|awkward|embaras\\w*|cringe|mortified)\\b)`,
  ),
  // Batch zzz: a wish not to wake in Spanish ("quisiera no despertar").
  rule("passive", "self", `(?:quisiera|quiero|ojala) no (?:despertar|despertarme|existir)`),
  // Batch zzv, abuse: told they will not leave alive; "going to deal with me" as he comes up the
  // stairs; a man of the house calling a child to his room; learning to read the footsteps; a
  // friend's partner and a new bruise.
  rule(
    "abuse_threat",
    "self",
    `(?:told|tels|telling|said|says|swore|threatened) (?:me )?(?:that )?(?:\\w+ ){0,4}i (?:wont|wil not|wil never|never) (?:leave|get out of|make it out of) (?:this|the) (?:house|marriage|flat|rom|relationship) alive`,
    false,
  ),
  rule(
    "abuse_threat",
    "self",
    `(?:hes|shes|theyre|he is|she is|hel|shel) (?:going to|gona) (?:deal with|sort|sort out|get|do|finish|batter|end) me(?=[^]*\\b(?:coming (?:up|in|back|home)|on (?:his|her|their) way|at the dor) now\\b)`,
  ),
  rule(
    "abuse",
    "self",
    `(?:uncle|stepdad|step dad|mums (?:new )?(?:boyfriend|fela|partner)|grandad|cousin|neighbour|coach)\\b[^|]{0,60}\\b(?:told|telling|wants|asked|asking) me to come (?:to|into|up to) his (?:rom|bed|bedrom)`,
    false,
  ),
  rule("abuse", "self", `(?:learn|learned|learnt|know how|learning) to read (?:the|his|her) fotsteps`),
  rule(
    "abuse",
    "other",
    `(?:boyfriend|girlfriend|husband|wife|partner)\\b[^|]{0,80}\\b(?:she|he|they) (?:had|has|got|turned up with) (?:another|a new|new|more) (?:bruise|bruises|black eye|marks)`,
  ),
];

// ---------------------------------------------------------------------------------------------
// Context: negation, subject, past, discussion.

const NEGATORS = new Set([
  "not",
  "never",
  "dont",
  "wont",
  "wouldnt",
  "didnt",
  "doesnt",
  "no",
  "isnt",
  "arent",
  "wasnt",
  "havent",
  "hasnt",
  "nor",
  "shouldnt",
  "couldnt",
  "aint",
  "longer",
  "nothing",
  "zero",
]);
// "not sure if", "can't stop", "not going to lie": negation words that do not negate the risk.
const NEGATION_EXCEPTIONS = new Set([
  "sure",
  "know",
  "care",
  "stop",
  "help",
  "lie",
  "even",
  "joking",
  "kiding",
  "think",
  "understand",
]);
// After "no", the words that make it a denial ("no thoughts of", "no i won't") rather than a count.
const NO_ANSWERS = new Set([
  "i",
  "suicidal",
  "im",
  "ive",
  "thoughts",
  "intention",
  "intentions",
  "plans",
  "plan",
  "desire",
  "urge",
  "urges",
  "wish",
]);
const SELF_WORDS = new Set(["i", "im", "ive", "id", "il", "me", "my", "myself", "mine", "iam"]);
const OTHER_WORDS = new Set(
  (
    "he she they hes shes theyre theyve friend friends mate " +
    "bestie bf gf boyfriend girlfriend partner husband wife sister brother sis bro mum mom mother dad father son " +
    "daughter kid kids child cousin aunt uncle nan gran grandad grandma grandpa colleague coworker classmate flatmate " +
    "roommate teen student patient client guy girl man woman niece nephew neighbour neighbor stepdad stepmum ex " +
    "character protagonist someone somebody baby toddler infant newborn grandson granddaughter grandkid " +
    "grandchild stepson stepdaughter hubby fiance fiancee twin boy lad lass bloke pal fella pupil aunty auntie " +
    "nana teammate himself herself themselves"
  )
    .split(" ")
    .map(squeeze),
);
const RECEIVING = new Set(
  [
    "sent",
    "gave",
    "left",
    "wrote",
    "texted",
    "mesaged",
    "showed",
    "snapchated",
    "dmed",
    "emailed",
    "caled",
    "told",
    "rang",
  ].map(squeeze),
);
const GENERIC_WORDS = new Set([
  "people",
  "anyone",
  "everyone",
  "those",
  "person",
  "persons",
  "folks",
  "men",
  "women",
]);
// Words after "my sister's" that show the 's is "is" or "has", not a possessive.
const CONTRACTED_NEXT = new Set(
  "ben got gone going always never stil saying said told just had started trying not taken tok texting kept keeps realy so".split(
    " ",
  ),
);
// Words after which a person is who the writer speaks to or needs, and the words that, following a
// person, make them the one who acts ("told my mate who took the lot").
const TURNED_TO = new Set(
  "to with for tel told teling cal caled caling ring rang ringing text texted texting ask asked asking ned neded want miss mised hug hugged".split(
    " ",
  ),
);
const DETERMINERS = new Set(["my", "the", "a", "our", "his", "her", "their", "this", "that"]);
const ACTS_NEXT = new Set(
  "who that wil il is was has had just keeps kept says said tok took did does might could would may hes shes".split(
    " ",
  ),
);
const YOU_WORDS = new Set(["you", "your", "yourself", "yourselves"]);

const DISCUSSION = re(
  `\\b${any(
    "philosophicaly",
    "first aid",
    "we practised",
    "epicurus",
    "(?:support )?group for (?:parents|families|people)",
    "parents of (?:kids|children|teens|young people) who",
    "song",
    "songs",
    "lyric",
    "lyrics",
    "sings",
    "sang",
    "singing",
    "album",
    "band",
    "rapper",
    "verse",
    "chorus",
    "poem",
    "poetry",
    "books?(?! club)",
    "novels?",
    "(?<!\\b(?:her|his|my|their|your|insta|snap|ig) )story",
    "chapter",
    "character",
    "characters",
    "protagonist",
    "films?",
    "movies?",
    "series",
    "episode",
    "thrilers?",
    "netflix",
    "documentary",
    "anime",
    "manga",
    "news",
    "article",
    "headline",
    "headlines",
    // "if she reported him again": reporting someone to the police, not a report.
    "reported(?! (?:him|her|them|me|us)\\b)",
    "reports",
    "journalist",
    "documentary",
    "podcast",
    "study",
    "studies",
    "research",
    "researchers?",
    // An exam paper ("this chem paper was evil") is not a study of anything.
    "(?<!\\b(?:chem|chemistry|maths|math|physics|bio|biology|exam|past|science|practice|mock) )paper",
    // Batch zzw: not the assignment or essay at hand ("kms lol this assignment is due at 9"), unless
    // it is about something ("this essay on suicide").
    "(?<!\\bthis )(?:essay|asignment)(?! (?:is |s |was )?(?:due|late|overdue))",
    "this (?:essay|asignment)(?= (?:on|about|for)\\b)",
    "lecture",
    "module",
    "seminar",
    "thesis",
    "dissertation",
    "statistics",
    "stats",
    "rates?",
    "prevalence",
    "literature",
    "according to",
    "(?:are|is) (?:very |realy |so |quite )?common (?:in|among|with)",
    "hypotheticaly",
    "in theory",
    // "not a meme": the writer saying it is meant.
    "(?<!\\b(?:not a|not|no|isnt a|aint a|this aint a) )meme",
    "quote",
    "quoting",
    "shakespeare",
    "hamlet",
    "coursework",
    "textbook",
    "scene",
    "line from",
    "awarenes",
    "campaign",
    "charity",
    "training",
    "first aid",
    "if i ever (?:felt|fel|feel|wanted|want|thought|think|got|became|was|were|had|needed|started)",
    "if i was ever",
    "if i were ever",
    "why do people",
    "why would someone",
    "is it true that",
    "what should you say",
    // Batch zzw: not the writer's own loss for words ("my scars show ... i dont know what to say to
    // people", "found cuts on her arm, i dont know what to say to her").
    "(?<!\\b(?:dont|do not|never) know )what to say|what to say(?! to (?:people|her|him|them)(?= ?$| ?\\|| ?,| when| about| anymore))",
    "(?:ask|asking|asked) (?:every|my|our|the|al) (?:patients?|clients?|students?)",
    "the (?:bits|parts|part|bit|scenes?|chapters?) about",
    // Batch zzw: a scene told ("the bit where she tries to drown herself"), a sermon's subject.
    "the (?:bit|part|scene|chapter|page) where (?:she|he|they|the \\w+|[a-z]+ (?:tries|tried|dies|died|kils|kiled))",
    "sermon",
    "homily",
    "bible study",
    "(?:such a |a )?(?:weird |strange |funy |dumb )?(?:phrase|expresion|acronym|abreviation|slang word)",
  )}\\b`,
  "",
);
// Talk about people in general ("people who self harm"), which makes a discussion only when it
// comes before what it is about: in "killing the people who bullied me" the risk comes first.
const DISCUSSION_LEAD = re(
  `\\b${any(
    "if someone",
    "if somebody",
    "if a person",
    "when someone",
    "when someones",
    "when people",
    "people who",
    "anyone who",
    "someone who",
    "those who",
    "(?:help|support|helping|supporting) (?:a|your|someone|somebody) (?:\\w+ )?who",
  )}\\b`,
  "",
);
// "I don't want to live, but I won't do anything": the wish is real, the intent is denied.
const NO_INTENT = re(
  `\\b${any("wont do anything", "wil not do anything", "not going to do anything", "wouldnt act on it", "wont act on it", "not going to act on it", "would never act on it", "never act on it", "wouldnt do anything", "never act on them", "wont act on them")}\\b`,
  "",
);
const IDENTIFICATION = re(
  `\\b${any(
    "how i feel",
    "how im feling",
    "relate",
    "me right now",
    "thats me",
    "literaly me",
    "this is me",
    "same here",
    "i feel this",
    "i feel that",
    "to real",
    "hits diferent",
    "hit home",
    "felt that",
    "describes me",
    "about me",
    "im like that",
    "i am like that",
    "like me",
    "me to",
    "as a joke but it wasnt",
  )}\\b`,
  "",
);
const PAST = re(
  `\\b${any(
    "used to",
    "years? ago",
    "\\d+ (?:years|yrs|year) (?:ago|back)",
    "when i was",
    "when (?:we|they|he|she) (?:was|were) (?:kids|children|teenagers|teens|litle|young|at school|in school|\\d+)",
    "clean (?:from|of) (?:self harm|sh|cutting)",
    "of (?:the )?(?:self harm|sh|cuting|cutting) (?:for|since) (?:\\d+|a|two|thre|four|five|six|seven|eight|nine|ten|years)",
    "as a (?:kid|child|teen|teenager|student)",
    // "back in 2015", not "can't come back in".
    "(?<!\\b(?:come|comes|coming|came|go|going|get|geting|let (?:me|us|her|him)|let) )back in",
    "back then",
    "in high school",
    "in the (?:[5-9]0s|(?:19|20)\\d0s|sixties|seventies|eighties|nineties)",
    // "tried at 19", "self harmed at 15": an age, at the end of its clause.
    // Batch zzw: not an age said now ("i want to die, the pain every day is too much at 67").
    "(?<!\\b(?:im|i am|want to die|wana die|to much|every day|everyday|anymore)\\b[^|]{0,40})at (?:age )?(?:1[3-9]|[2-9]\\d)(?= ?$| ?\\|| ?,)",
    "(?:\\d+|two|thre|four|five|six|seven|eight|nine|ten) (?:years|yrs) since",
    "(?:at|in) (?:sixth form|year \\d+)",
    // "tried to ctb at school": then; "nobody at school likes him", "fresh cuts at school today": now.
    "(?<!\\b(?:kids|people|nobody|everyone|everybody|someone|lads|girls|boys|friends?|teachers?|bulies|strugling|im|is|are|hes|shes|mine|rom|flat|halls) )(?:at|in) (?:uni|school|colege|university)(?! (?:today|now|tomorow|this week|yesterday))",
    "in my (?:teens|twenties|20s|30s|late teens|early twenties)",
    "last year",
    "a long time ago",
    "long ago",
    "in the past",
    "in \\d{4}",
    "from (?:19|20)\\d\\d",
    "i was \\d\\d(?! (?:minutes|mins|hours|seconds|pounds|quid))",
    // "at 14 i": an age; "tonight at 2 i": a time set.
    "(?<!\\b(?:tonight|today|tomorow|morning|night) )at (?:age )?\\d+ i",
    "aged \\d+",
    "growing up",
    "a while back",
    "ages ago",
    "once before",
    "before (?:i|my) (?:got|started)",
  )}\\b`,
  "",
);
const RECENT = re(
  `\\b${any(
    "last night",
    // "reads it out like it was yesterday": a figure of speech, not when it happened.
    "(?<!like it (?:was|happened) (?:only )?)yesterday",
    "earlier",
    "today",
    "tonight",
    "this morning",
    "this afternoon",
    "this evening",
    "an hour ago",
    "hours ago",
    "just now",
    "i just",
    "ive just",
    "just tried",
    "(?:\\d+|a few|twenty|thirty|forty|fifty|ten|fifteen) (?:minutes|minute|mins|hours|hour) ago",
  )}\\b`,
  "",
);
const LATELY = re(
  `\\b${any("last week", "this week", "few days ago", "days ago", "last month", "recently", "weeks ago", "on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)")}\\b`,
  "",
);
const NOW_AGAIN = re(
  `\\b${any("again", "still(?! (?:have|got) (?:the |my |some )?(?:scars|marks))", "lately", "these days", "(?:are|is|came|come|coming) back", "returning", "starting to", "right now", "(?<!\\b(?:memory|memories|flashback|dream|reminder) |\\b(?:talked|spoke|chated|talking|speaking) about (?:it|this|that) |\\b(?:reflecting|looking back|thinking back|reminiscing) |\\bproud of (?:myself|me) )tonight|(?:reflecting|looking back|thinking back|reminiscing) tonight(?! on\\b)", "not sure (?:if|whether) (?:shes|hes|she has|he has|theyve|they have) (?:actualy |realy )?stopped", "now (?:its|it s|it is) me(?! who (?:looks|cares|helps|takes|drives|does|pays|has to))", "(?:shes|hes|she|he|they) (?:only )?stopped (?:a few|two|three|\\d+|a couple of) (?:days|weeks) ago", "at the moment", "atm")}\\b`,
  "",
);
const RECOVERY = re(
  `\\b${any(
    "(?:im|i am|doing|feel|feeling|im doing|things are) (?:much |so much |a lot |way |loads |so )?(?:beter|ok|okay|god|fine|wel|alright|happier) (?:now|these days)",
    "(?:havent|have not|not|never) (?:done it|self harmed|harmed|cut|felt like that|felt that way|had those thoughts|thought about it|atempted|tried|relapsed) (?:since|in|for|again)",
    "clean (?:for|since)",
    "of (?:the )?(?:self harm|sh|cuting|blades) (?:for|since)",
    "(?:ben|been) (?:ok|okay|fine|god|wel|alright) (?:for )?(?:a long time|years|ages)",
    // "ive been fine for like 10 years now".
    "(?:ben|been) (?:ok|okay|fine|god|wel|alright|clean) for (?:like |about |over |nearly |almost |wel over )?(?:\\d+|two|thre|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|many) (?:years|yrs)",
    "in a (?:much |so much |way |far )?(?:beter|god|happier|safer) place",
    "\\d+ (?:years|months|days|weeks) clean",
    "(?:\\d+|many|ten|twenty|fifteen) years (?:fre|clean|clear) of (?:it|self harm|cuting)",
    "years since i last cut",
    // Batch zzw: "ive been free of it for 8 years now".
    "(?:ben |been )?fre of (?:it|self harm|sh|cuting|cutting) (?:for|since) (?:over |nearly |almost )?(?:\\d+|a|two|thre|four|five|six|seven|eight|nine|ten|many|several) (?:years|yrs|decades?)",
    "gone silver",
    "semicolon tattoo",
    "it went wel",
    "in recovery",
    "recovered",
    "glad (?:im still here|i survived|i didnt|to be alive|im alive|i failed|it didnt work|i stayed|i held on)",
    "survived",
    "dont feel (?:like )?that (?:way )?anymore",
    "no longer (?:feel|have|do|think)",
    "behind me",
    "(?:thankful|grateful|happy) to (?:be alive|still be here)",
    "how close i came and (?:im|i am) (?:so )?(?:grateful|thankful|glad)",
    "long time ago now",
    "so much beter",
    "(?:dont|do not) (?:feel (?:like )?that (?:way )?)?anymore",
    "not anymore",
    "(?:therapy|treatment|medication|meds|counseling|it) (?:realy )?helped",
    "safe now",
    // "married to a gentle man now, seven years out", "im safe, he doesnt know where i live".
    "(?:\\d+|two|thre|four|five|six|seven|eight|nine|ten) years out",
    "im safe(?= ?,| ?$| ?\\|| and| now)",
    "(?:im|i am) (?:so |very )?diferent now",
    "(?:hes|shes|he has|she has) (?:ben )?dead (?:for|now)",
    "(?:good|god|happy|nice) life(?= ?$| ?\\|| ?,| now)",
    "moved out",
    "im \\d+ now(?= [^|]*\\b(?:years|moved|over))",
    // Batch zzzc: "im 48 now and life turned out ok", "eight years on im a mum", "so glad i got help".
    "(?:im|i am) \\d+ now\\b(?=[^|]*\\b(?:grateful|glad|happy|ok|okay|fine|turned out|doing wel|a mum|a dad|maried|mortgage|dont think)\\b)(?![^]*\\b(?:some days|most days|less sure|sometimes|not sure|stil|again|lately|these days)\\b)",
    "(?:\\d+|two|thre|four|five|six|seven|eight|nine|ten|many) years on",
    "(?:so )?glad i got help",
    "dont think (?:that|like that|about it|that way) anymore",
    "life turned out (?:ok|okay|fine|god|wel|alright)",
    "(?:its|it s) ben (?:over |more than |nearly |almost )?(?:\\w+ ){0,3}(?:years|decades?)",
    "left (?:him|her|home|them)",
    "i left (?:him |her |them |home )?(?:in|back in) (?:19|20)\\d\\d",
    "remaried",
    "(?:that|it|this) was (?:over |more than |nearly |about )?(?:\\d+|many|a few|two|thre|four|five|six|seven|eight|nine|ten|twenty) years ago",
    "(?:havent|have not|not) (?:\\w+ )?in (?:\\d+|many|a few|two|thre|four|five|six|seven|eight|nine|ten|twenty) (?:years|yrs)",
    "(?:it is|its|it s) over (?:for|since) (?:\\w+ ){0,2}(?:years|yrs)",
    // "I was 19. I'm 35 with a mortgage": the age then and the age now.
    "i was \\d+ (?:\\| |, |and )?(?:now )?im \\d+ (?:now )?(?:with a|and have|and got|maried)",
    "(?:therapy|therapys|treatment|things|life) (?:is |s |has ben )?(?:going|gone) (?:realy |so |very )?wel",
    "hapier than (?:ive|i have|i ve) ever ben",
    "(?:therapy|it|she|he|they|medication|treatment) (?:\\w+ )?saved my life",
    // "ive worked through it a lot and were okay now", "hes been a good dad ever since".
    "(?:ive |i have |weve |we have )?worked through (?:it|that|this|al that)",
    "(?:were|we are|we re) (?:ok|okay|god|fine|close|alright) now",
    "(?:hes|shes|he has|she has) ben (?:a )?(?:god|great|lovely|kind|brilliant|diferent) (?:\\w+ )?(?:ever since|since)",
    // "talked about it in therapy today as ancient history", "clean from self harm for 6 years".
    "ancient history",
    // "i used to self harm at 15, im 31 now and its a different life".
    "how far ive come",
    "(?:its|it s|it is) (?:genuinely |realy )?a diferent life",
    "stoped (?:hurting myself|cutting|self harming|sh)\\b[^|]{0,12}\\b(?:when i was|at \\d+|years ago)",
    "clean (?:from|of) (?:self harm|sh|cutting|it)",
    // Theme FA: the writer's own past told as over. Pride in having got through it ("bit proud of
    // myself tonight", "felt proud of the person who got through it"), the scars "just part of me" or
    // "barely show", "not a thing anymore", "clear for 11 years", "not done it in over 20 yrs".
    "(?:felt |feel |feeling |fel |bit |so |realy |just |quite )?proud of (?:myself|me|the person (?:who|i)|how far|who i am now|where i am)(?![^|]*\\b(?:for not|not to|didnt|resisting|holding on|today i didnt)\\b)",
    "(?:scars|marks|it|theyre|they are|they re) (?:are |is |s )?(?:just )?(?:part of me|part of (?:my|the) story|barely show|dont bother me)",
    "(?:barely|hardly|rarely|dont|never) (?:even )?think about it(?: much| anymore| now| these days)",
    "not (?:a thing|an issue|a problem|part of my life) (?:anymore|any more|now)",
    "(?:ben|been) (?:clear|fre|free|clean) (?:of it |of self harm )?for (?:over |nearly |almost |wel over )?(?:\\d+|two|thre|four|five|six|seven|eight|nine|ten|twelve|many) (?:years|yrs)",
    // Theme FA: harm at home that ended long ago: the parent left, died years back, is sober for
    // years or in a care home now; a relative who "got out and is doing brilliantly".
    "(?:he|she|they) (?:left|moved out|walked out) when i was (?:\\d+|litle|smal|a kid|young|a baby)",
    "(?:havent|have not|never) (?:sen|seen|heard from|spoken to) (?:him|her|them) since",
    "(?:hes|shes|he has|she has|theyve|they have) ben (?:sober|clean|dry) (?:for )?(?:over |nearly |almost )?(?:\\d+|two|thre|four|five|six|seven|eight|nine|ten|twelve|many) (?:years|yrs)",
    "(?:he|she|they) died in (?:19|20)\\d\\d",
    "(?:hes|shes|he has|she has) ben dead (?:for )?(?:over |nearly |almost )?(?:\\d+|two|thre|four|five|six|seven|eight|nine|ten|many) (?:years|yrs)",
    "(?:hes|shes|he is|she is) in a (?:care |nursing )?home now",
    "(?:she|he|they) got out(?: of (?:it|there|that))? and (?:shes|hes|theyre|she is|he is|they are) (?:doing |now )?(?:wel|great|god|fine|ok|okay|happy|safe|briliantly|amazing|thriving)",
    "(?:havent|have not|not) (?:done it|self harmed|cut|tried) (?:in|for) (?:over|wel over|more than) (?:\\d+|two|thre|four|five|ten|twenty) (?:years|yrs)",
    "(?:shes|hes|theyre|she is|he is|they are) (?:\\w+ )?(?:alright|ok|okay|fine|doing (?:wel|great|god|beter)) now",
  )}\\b`,
  "",
);
const TIMING = re(
  `\\b${any(
    "tonight",
    "tonites?",
    "today",
    "this evening",
    "this weekend",
    "tomorow",
    "in (?:an|a|\\d+|a few|few) (?:hour|hours|minute|minutes|mins)",
    "after (?:everyone|they|my \\w+|work|school|clas) (?:goes|go|are|is|has|have|leaves|leave|falls|fal)",
    "(?:when|once|after) (?:everyone|everybody|they|my \\w+|the house|mum|mom|dad)s? (?:is |are |goes |go |has |have |s |re |gets |get |went )?(?:al |fast |finaly )?(?:aslep|to bed|to slep|out|leaves|gone|quiet)",
    "before (?:morning|the morning|sunrise)",
    "after (?:work|school|clas|uni|my shift|the shift|college|dinner|tea)(?= ?$| ?\\|| ?,| today| tonight| tomorow)",
    "(?:after|when|once) (?:my|the) (?:night )?shift (?:ends|finishes)",
    "this time tomorow",
    "at midnight",
    "by morning",
    "later tonight",
    "(?:on|this|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    "soon",
    "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:morning|night|evening|afternoon|is when)",
    // Batch zzw: a clock's hour, not an age ("too much at 67").
    "at (?:(?:[01]?\\d|2[0-4])(?: ?[0-5]\\d)?|one|two|thre|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: ?(?:am|pm|oclock))?(?= ?$| ?\\|| ?,| when| and| tonight| tomorow)",
    // "next one through is 2.14", "its 3.40" (the time is read as "2 14", "3 40").
    "(?:is|its|it s|at) (?:[01]?\\d|2[0-3]) [0-5]\\d(?= ?$| ?\\|| ?,| now)",
    // "next one comes at 4:52", "the train's due in 4 min".
    "(?:comes|coming|due|arrives|passes|comes through|goes through) (?:at (?:[01]?\\d|2[0-3])(?: [0-5]\\d)?|in \\d+ ?(?:mins?|minutes))",
    "\\d+ ?pm",
    "(?:when|as soon as|once) (?:its|it s|it gets|it is|it goes) dark",
    "at (?:dawn|sunrise|sunset|dusk|first light)",
    "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?= ?$| ?\\|| ?,| after| before| when| once| thats| then)",
    "on the \\d+(?:st|nd|rd|th)",
    "(?:after|once) (?:the|my|her|his|our|mums|dads) (?:\\w+ )?(?:funeral|wedding|birthday|christmas|exams|semester|term|results|graduation)",
    "(?:semester|term|school|uni|exams) (?:ends|finishes|is over)",
    "tomorow (?:morning|night|evening|afternoon)",
    "before (?:anyone|anyones|everyones|everyone) (?:is )?(?:up|awake)",
    "(?:hes|shes|theyre|everyones|mums|dads|my \\w+ is|my \\w+s) (?:away|out|gone) (?:til|until|for the weekend|tonight)",
    "(?:clocks|finishes|gets) (?:of|out) (?:at|on)",
    "(?:after|once|when) i (?:send|post|finish) this",
    "before (?:everyone|anyone|anybody|they|the kids|he|she|my \\w+) wakes?(?: up)?",
    "when the sun comes up",
    "(?:once|when|after) (?:the kids|everyone|they|he|she|hes|shes|mum|mom|dad)(?: are| is|s|re)? (?:on the (?:school )?bus|at school|asleep|in bed|goes (?:to|out))",
    "(?:finish|finishing) (?:this|my) (?:\\w+ ){0,2}(?:tea|coffee|drink|cigarette|fag|smoke|beer|message|text) (?:and|then)",
    // "going out there after this", "it's sunday when the kids are at their dad's".
    "after this(?= ?$| ?\\|)",
    "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight) (?:when|while) (?:the kids|everyone|they|he|she|my \\w+)",
    // "once the tide turns, round 4 probably".
    "(?:once|when|after|as soon as) the tide (?:turns|goes out|comes in|is (?:in|out|high|up))",
    "(?:round|around) (?:\\d+|one|two|thre|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:probably|ish|or so)",
  )}\\b`,
  "",
);
// A time that belongs to an ordinary event, not to an act: "my exam is tomorrow", "interview
// today", "its today, my exam" ("after my shift tonight" and "if i fail my exam tomorrow" keep theirs).
const EVENTS = `(?:exam|exams|test|interview|appointment|results day|results|deadline|presentation|party|wedding|birthday|court date|court case|hearing|meeting|gig|concert|operation|surgery|scan|assessment|tribunal|inspection|audition|driving test|mocks?|dentist|date|match|game)`;
const EVENT_TIME = re(
  `(?<!\\b(?:after|before|during|while|when|till|until|at|from|once|by|fail|failing|failed|pass|passing|miss|missing) (?:my |the |an? |this |that )?)\\b(?:my |the |an? )?${EVENTS} (?:is |was |are |s )?(?:today|tomorrow|tonight|this (?:morning|afternoon|evening|weekend))\\b|\\b(?:its|it s|it is) (?:today|tomorrow|tonight) ,? (?:my |the |an? )?${EVENTS}\\b`,
  "",
);
const EVENT_TIMES = new RegExp(EVENT_TIME.source, "g");
/** Whether a time is named that could be an act's: one that only dates an ordinary event is not. */
function timingIn(text: string): boolean {
  return TIMING.test(text) && (!EVENT_TIME.test(text) || TIMING.test(text.replace(EVENT_TIMES, " , ")));
}

const IMMINENT = re(
  `\\b${any("about to", "right now", "now", "any minute", "as we speak", "as i type", "while i write", "standing over (?:him|her|them)")}\\b`,
  "",
);
const INTENT = re(
  `\\b${any(
    "going to",
    "about to",
    "wil",
    "il",
    "ready to",
    "decided",
    "planning",
    "plan to",
    "mean it",
    "not joking",
    "seriously",
    "im doing it",
    "its time",
    "tonight is the night",
    "gona",
  )}\\b`,
  "",
);
// Means named in a message about someone else ("he has razors", "hes got a gun").
const OTHER_MEANS = re(
  `\\b(?:(?:has|got|holding|with|bought) (?:a |the |some |his |her |their )?(?:gun|rifle|shotgun|pistol|rope|razors?|blades?|knife|pils|tablets)|took (?:the )?(?:\\w+ and the )?(?:shotgun|gun|rifle|rope|pils|tablets)|(?:on|at) (?:the |a )?(?:${PLACES}|edge)|(?:shotgun|gun|rifle)s? (?:isnt|is not|not) in the cabinet|gun cabinet is open|(?:pils|tablets) are in (?:his|her) (?:car|bag|pocket)|(?:photo|pic|picture) of (?:a |the )?(?:train tracks|tracks|bridge|rope|razor|pils|clifs|running bath))\\b`,
  "",
);
const PILLS_MENTIONED = re(`\\b${PILLS}\\b`, "");
const CONTAINER = re(
  `\\b(?:whole|entire|empty) (?:box|boxes|packet|packets|bottle|bottles|strip|strips|tub)\\b`,
  "",
);
// The abuser still there, at the door, or the person hiding: abuse happening now.
const ABUSE_PRESENT = re(
  `\\b${any(
    "right now",
    "as we speak",
    "now now",
    "looking for me",
    "(?:coming|be) back in (?:a minute|a sec|now)?",
    "i can hear (?:him|her|them)",
    "(?:with )?the bolt across",
    "coming up the stairs",
    "(?:while )?hes in the shower",
    "hes sleping in the next rom",
    "pulled up outside",
    "(?:his|her|their) car (?:just )?puled (?:up|into) (?:the|our) (?:drive|driveway|street|road)",
    "watching the house",
    "(?:hes|shes) on the stairs",
    "wont let me leave(?! the (?:house|flat))",
    "(?:hes|shes) in the next rom",
    "im locked in the (?:bathrom|toilet|bedrom)",
    "locked my ?self in (?:the )?(?:toilet|bathrom|bedrom|loo)",
    "ran into the garden",
    "(?:hes|shes) home now",
    "(?:hes|shes) in the garden",
    "(?:im|i am) hiding",
    "under my bed",
    "cops said",
    "(?:i )?dey hide",
    "(?:is|s) outside my (?:house|flat|door|school) (?:rn|right now|now)",
    "(?:he|she|they|my (?:dad|mum|mom|stepdad|stepmum|husband|wife|partner|boyfriend|girlfriend|brother|ex))(?:s| is| are|re)? (?:stil )?(?:in the (?:house|kitchen|hal|next rom|living rom)|downstairs|upstairs|outside (?:the|my)|coming (?:back|up|for me)|banging|kicking|at the dor|standing (?:in front of|at|by) the dor)",
    "(?:locked|hiding|hid) (?:${MYSELF} )?in",
    "(?:typing|texting|writing|mesaging) (?:this )?from (?:inside )?(?:the|my) (?:wardrobe|cupboard|closet|airing cupboard|lof)",
    "locked me in",
    "cant get up",
    "(?:he|she)(?:s| has| is)? (?:just )?(?:gone|left) (?:downstairs|out) for a (?:minute|sec)",
    "(?:hel|shel) hear me",
    "(?:sat|siting) (?:\\w+ ){0,3}in front of the dor",
    "(?:no one|nobody|no ones|nobodys) (?:is |s )?leaving (?:this|the) house",
    "(?:hear|se) (?:him|her|them) (?:coming|on the stairs|outside)",
    "in case (?:he|she|they) wakes?",
    "(?:im|i am) (?:in|hiding in) the (?:wardrobe|cupboard|bathroom|loft|shed|toilet) typing",
    "typing this from",
    "typing from (?:the|my|under)",
    "(?:cant|cannot) get out(?= [^|]*\\b(?:locked|keys|windows)\\b)",
  )}\\b`,
  "",
);
// A date set: a month, a birthday, "on the 14th".
const DATE = re(
  `\\b(?:in|on|by) (?:january|february|march|april|may|june|july|august|september|october|november|december)\\b|\\bmy birthday\\b|\\b(?:on|by) the \\d+(?:st|nd|rd|th)?\\b`,
  "",
);
// "in the bath with a razor blade. not done anything yet": the act is still to come.
// Batch zzv: a decision with nothing after it to say what it is about ("ive decided.", "its
// decided", "made my mind up, just sorting the details", "decided im not doing tomorrow").
const DECIDED_BARE =
  /(?:^ ?|\| ?|, ?)(?:ok |so |yeah |wel )?(?:(?:ive|i have|i) )?(?:decided|made (?:up )?my mind(?: up)?|made my decision|made the decision)(?= ?$| ?\||,| and i am calm| and im calm| im not| i wont| i cant)|(?:its|it s|it is) decided(?= ?$| ?\||,)|(?:my )?minds made up(?= ?$| ?\||,)/;
const NOT_YET = /\b(?:not done anything yet|havent done (?:it|anything) yet|not yet|before i start)\b/;
const DECIDED = re(
  `\\b${any("finaly(?! (?:telling|told|talking|talked|said|saying|opened|got|had|able|met|understand|understod|realised|realized|feel|felt|slept|managed|booked|saw|went|started|found|listened|asked|admitted|heard|geting|getting|seing|reading|read|writing))", "decided", "made up my mind", "made my mind up", "its time", "ready now", "decision made", "now is the time", "everything is ready", "everything else is done", "not (?:even )?scared any ?more", "i have it ready", "tonight is the (?:right )?night")}\\b`,
  "",
);
const LAUGHTER = re(
  `\\b${any("lol", "lmao", "lmfao", "ha(?:ha)+", "he(?:he)+", "rofl", "xd", "jk", "(?<!\\b(?:not|no|aint|never) )(?:jokes|joking|kiding)")}\\b`,
  "",
);
const WEAPON = re(`\\b(?:${WEAPONS}|guns|blade)\\b`, "");
const SELF_HARM_WORDS = re(
  `\\b${any("cut", "cuts", "cuting", "self ?harm", "sh", "blades?", "razors?", "wrists?", "burn", "burning", "scars?")}\\b`,
  "",
);
const BEREAVEMENT = re(
  `\\b${any(
    "kiled (?:him|her|them) ?(?:self|selves)",
    "took (?:his|her|their) (?:own )?life",
    "died by ${SUICIDE_WORD}",
    "comited ${SUICIDE_WORD}",
    "lost (?:him|her|them|my \\w+|a \\w+) to ${SUICIDE_WORD}",
    "${SUICIDE_WORD} (?:of|by) (?:my|a|his|her)",
    "after (?:his|her|their) ${SUICIDE_WORD}",
    "(?:jumped|threw (?:him|her)self) (?:from|of) (?:the |a )?(?:\\w+ ){0,2}(?:last year|years ago|last sumer|in \\d{4})",
  )}`,
  "",
);

interface Signal {
  kind: Kind;
  subject: "self" | "other";
  past: boolean;
  /** When the clause also names a time soon (tonight, in an hour). */
  timing: boolean;
  /** "I wanted to kill myself today": a feeling remembered, which a time does not make an emergency. */
  remembered: boolean;
  /** An act ("kill myself") rather than a state ("suicidal"). */
  act: boolean;
  /** When intent to act sits just before it in the clause ("I'm going to"). */
  intent: boolean;
  /** Said inside a quote or a discussion, but the writer says it is how they feel. */
  identified: boolean;
  clause: string;
}

/** Finds the nearest subject word before position `end` in the clause. */
function subjectBefore(tokens: string[]): "self" | "other" | "generic" | "you" | undefined {
  for (let i = tokens.length - 1, seen = 0; i >= 0 && seen < 10; i--, seen++) {
    const t = tokens[i] as string;
    if (t === "," || t === '"') continue;
    // "my friend sent me a goodbye message": "me" there is who received it, not who wrote it.
    if (t === "me" && RECEIVING.has(tokens[i - 1] ?? "")) continue;
    if (SELF_WORDS.has(t)) return "self";
    // "i need someone to talk to while the pills kick in", "rang my sister, took the lot": the
    // person is who the writer turns to, not who acts, so the subject lies further back.
    if (OTHER_WORDS.has(t) && !YOU_WORDS.has(t)) {
      const det = DETERMINERS.has(tokens[i - 1] ?? "") ? 1 : 0;
      if (TURNED_TO.has(tokens[i - 1 - det] ?? "") && !ACTS_NEXT.has(tokens[i + 1] ?? "")) {
        i -= 1 + det;
        continue;
      }
    }
    if (t === "someone" || t === "somebody") {
      // "someone I know" is a particular person; "if someone wants to die" is anyone.
      const next = tokens[i + 1];
      return next === "i" || next === "close" || next === "in" ? "other" : "generic";
    }
    if (OTHER_WORDS.has(t)) return "other";
    // "my sister's been cutting": a possessive or plural of someone else is still someone else.
    // ("my dad's gun" is not: there the word after it is what belongs to them.)
    if (
      t.length > 3 &&
      t.endsWith("s") &&
      OTHER_WORDS.has(t.slice(0, -1)) &&
      (i === tokens.length - 1 || CONTRACTED_NEXT.has(tokens[i + 1] ?? ""))
    )
      return "other";
    if (GENERIC_WORDS.has(t)) return "generic";
    if (YOU_WORDS.has(t)) return "you";
  }
  return undefined;
}

/** "my sister overdosed": when a match starts with its own subject, that subject counts. */
function subjectAtStart(match: string): "self" | "other" | "generic" | "you" | undefined {
  const lead = match.trim().split(" ").slice(0, 2);
  return lead[0] === "my" || OTHER_WORDS.has(lead[0] ?? "") ? subjectBefore(lead) : undefined;
}

/** Whether a negation word governs the words just before a match. */
function negatedBefore(tokens: string[]): boolean {
  for (let i = tokens.length - 1, seen = 0; i >= 0 && seen < 5; i--) {
    const t = tokens[i] as string;
    if (t === ",") return false;
    seen++;
    if (!NEGATORS.has(t)) continue;
    const after = tokens.slice(i + 1, i + 4);
    // "I never think about it" denies; "I don't think I can stop" does not.
    const neverThink = t === "never" && after[0] === "think";
    if (!neverThink && after.some((a) => NEGATION_EXCEPTIONS.has(a))) continue;
    if (
      t === "no" &&
      i < tokens.length - 1 &&
      tokens[i + 1] !== "longer" &&
      !NO_ANSWERS.has(tokens[i + 1] ?? "")
    ) {
      // A bare "no" only negates when it answers ("no i wont") rather than counts ("no reason").
      continue;
    }
    if (t === "longer" && tokens[i - 1] !== "no") continue;
    return true;
  }
  return false;
}

// Words that report what someone else said, just before a quote opens.
const REPORTED =
  /(?<!\b(?:i|me) )\b(?:said|says|saying|texted|texts|wrote|writes|posted|posts|posting|messaged|told me|tells me|sent|sends|rang me|caled me|emailed|emailed me)(?: \w+){0,3} ?$/;
// Whose words they are, named before the verb: "my friend keeps posting", "my coworker said".
const REPORTED_BY =
  /\b(?:he|she|they|hes|shes|his|her|my|someone|somebody|friend|mate|cousin|sister|brother|coworker|bf|gf|boyfriend|girlfriend|partner)\b/;
const TAKEN_LATELY =
  /\b(?:just|today|this (?:morning|afternon|evening)|tonight|an hour ago|\d+ (?:minutes|mins|hours) ago|at lunch)\b/;
// "took some pills at the party": taken for the night out, not to die.
// "did ket and drank loads", "took something at the festival": drugs taken for a night out.
const DRUGS_TAKEN =
  /\b(?:did|took|taken|tok|had|dropped|on) (?:some |a |the |\d+ |a few |a couple of )?(?:ket|ketamine|mdma|md|molly|pils at|coke|speed|acid|shrooms|something at|pingers|bombs?|caps|presies)\b/;
const RECREATIONAL =
  /\b(?:party|festival|rave|club|by mistake|acidentaly|twice this morning|mudled|got confused)\b/;
// Someone else's risk told as over, and the kinds of signal each way of saying so settles.
const OVER_FOR_THEM: [RegExp, Kind[]][] = [
  // "she sent me 'im sorry for everything' after our argument and we've made up".
  [/\b(?:weve|we have|we) made up\b/, ["farewell", "goodbye", "departure"]],
  // "old scars from when he was a teenager, hes totally fine now".
  [
    /\b(?:(?:totaly|completely|realy) fine(?: now)?|talks about it openly|talks in schols about it)\b/,
    ["self_harm_history", "self_harm"],
  ],
  // 'sent "goodbye forever" in the group chat ... hes already back online sending memes'.
  [/\b(?:already )?back online\b|\bsending memes\b/, ["goodbye", "farewell", "departure"]],
  // "my brother tried to kill himself when he was 17. hes 35 now and doing really well".
  [
    /\b(?:at|when (?:he|she|they) (?:was|were)) \d+\b.*\b(?:hes|shes|theyre|he is|she is) \d+ now\b|\bwhen (?:we|i) (?:were|was) (?:kids|litle|young|a kid)\b[^]*\b(?:shes|hes|theyre) fine now\b/,
    ["attempt", "active", "overdose"],
  ],
  // "my cousin was suicidal on the monday and stable by thursday ... shes alright now".
  [
    /(?<!\b(?:says|said|sais|claims|swears|insists|tels me|told me|keps saying) )\b(?:shes|hes|theyre|she is|he is|they are) (?:\w+ )?(?:alright|ok|okay|fine|doing (?:wel|great|god|beter)) now\b/,
    ["active", "passive", "attempt"],
  ],
  // "my cousin overdosed last year and shes in recovery now, got her one year chip tonight", "my best
  // friend attempted last year and shes doing amazing now, we went to a gig tonight".
  [
    /\b(?:(?:hes|shes|theyre|he is|she is|they are) (?:in recovery|doing (?:great|wel|realy wel|amazing|briliant|fantastic|so wel|so much beter|much beter|loads beter)|clean|sober|maried(?: with kids)?) now|(?:one|two|thre|\d+) (?:year|month) chip)\b/,
    ["attempt", "overdose", "active"],
  ],
];
// The kinds of signal that, quoted after someone else is named as saying them, are their risk.
const REPORTED_KINDS = new Set<Kind>([
  "passive",
  "active",
  "kms",
  "departure",
  "farewell",
  "goodbye",
  "weak",
  "attempt",
  "self_harm",
  "harm_others_intent",
  "place_now",
  "means_here",
  "means_now",
  "means",
  "means_strong",
  "plan",
  "plan_how",
  "plan_strong",
]);

// The writer's own words, quoted: 'i told my therapist "i want to die"', 'i texted my sister "sorry
// for everything" an hour ago', 'i googled "how many would it take"'. Their risk, not a quotation,
// unless the clause says it was long ago (PAST: 'a year ago i told a crisis line "...").
const SAID_BY_ME =
  /(?:^\s*|\b(?:i|ive|id)(?: \w+){0,2} )(?:said|say|saying|told|tel|teling|texted|text|texting|wrote|write|writing|typed|type|typing|messaged|sent|posted|posting|screamed|shouted|yeled|whispered|admited|blurted|googled|searched)(?: \w+){0,4} ?$/;

// '... I said "oh god, I want to die" in the cringe sense': the writer's words, not meant.
const NOT_MEANT = /\b(?:cringe|embarased|mortified|figure of speech|not literaly|in the \w+ sense)\b/;

function quoteOpen(before: string): boolean {
  let count = 0;
  for (const ch of before) if (ch === '"') count++;
  return count % 2 === 1;
}

/** Every signal in one normalised message, already filtered for negation, subject and discussion. */
// "Shot myself in the foot", "clay shooting": harmless phrases that share risk words.
// Batch zzv (the first nine): pills set out for the week, goodbye to an old phone, a series that
// ends tonight, a last message in a group left for its spam, ending it with a boyfriend, tablets
// that are iPads, goodbye cards, everything ready for a trip with the bags and passport, thank-you
// letters, things given away on Marketplace.
const MORE_IDIOMS = reInParts(
  `\\b(?:role ?play(?:ing|ed)? (?:a |an |the )?(?:\\w+ ){0,2}(?:client|patient|service user|character|person) (?:with|who (?:has|is|feels|wants|says)) (?:\\w+ ){0,4}(?:suicidal (?:thoughts|feelings|ideation)|self harm|depression|an overdose|thoughts of (?:suicide|self harm|dying)|to die)|(?<!\\b(?:i was|im|i am|i became|was|me|being) (?:a |an |the )?)(?:self harm|overdose|suicidal|suicide attempt) patients?\\b(?= (?:get|got|getting|come|came|coming|today|on|in|at|and|was|were|is|are))|(?:(?:written|wrote|made|sorted|done|updated|got|set up|taken out|took out)(?: out)? (?:my |a |our |the )?(?:will|life insurance|life cover|insurance|funeral plan)(?: and |, | )?){1,3}(?=[^]*\\b(?:baby\\w*|babies|newborn|mortgage|new house|got married|wedding|pregnan\\w*|adulting|operation|surgery)\\b)(?![^]*\\b(?:die|dead|kill|end it|suicid\\w*|for after|not for the reasons|goodbye|tonight|tomorrow|is when|when im gone|cancel\\w*|gave away|giving away|rehom\\w*)\\b)|(?:our|the|a|this|school) (?:school )?(?:play|musical|panto|production) (?:\\w+ ){0,6}(?:hanging|hangs|hanged|kills|killing|shoots|shooting|drowns|drowning|stabs|stabbing|poisons|poisoning) (?:him ?self|her ?self|themselves)|(?:pills|tablets|meds|medication) (?:are |re )?(?:all )?(?:counted|sorted|laid|set|put|portioned) out\\b(?=[^]*\\b(?:took (?:ages|forever|an hour|hours|me ages)(?= ?$| ?\\|| ?,)|for the (?:week|month|fortnight)|so fiddly|fiddly)\\b)(?![^]*\\b(?:enough|to get|saved|saving|stockpil\\w*|collect\\w*|die|kill\\w*|tonight|end it|all of them|them all|take them)\\b)|stick a fork in me(?: ,)?(?: (?:im|i am) done)?|(?:beat|beating|beaten|whisk|whisking|whisked|whip|whipping|whipped|mix|mixing|mixed|stir|stirring|stirred|boil|boiling|boiled|cook|cooking|cooked|overcook\\w*|fry|frying|fried|roast|roasting|roasted|knead|kneading|kneaded|blend|blending|blended|stew|stewed) (?:the |your |my |this |that |those |these )?(?:\\w+ )?(?:eggs?|egg whites|cream|butter|batter|mixture|dough|meat|steak|veg|vegetables|broccoli|pasta|sauce|potatoes|sprouts|cabbage|chicken|beef|pork|lamb|rice|spinach|carrots|mince) to death|(?<!\\b(?:myself|my self|to die|kill me|kill myself|end it|suicid\\w*)\\b[^]*)(?:lethal|toxic|fatal|deadly|poisonous) (?:dose|amount|level|quantity)(?: of (?:\\w+ ){0,2}\\w+)? (?:for|to) (?:a|an|my|our|the|his|her|their|\\d+ ?kg) (?:\\w+ )?(?:dog|dogs|cat|cats|puppy|kitten|labrador|lab|spaniel|terrier|collie|retriever|beagle|pug|dachshund|staffie|greyhound|husky|poodle|rabbit|hamster|guinea pig|horse|pony|ferret|budgie|parrot|tortoise|pet)s?\\b(?![^]*\\b(?:myself|my self|for me|to die|kill me|end it|suicid\\w*|a human|a person|an adult|for someone|for people)\\b)|(?:threw|throws|chucked|chucks|lobbed|flung) (?:a |her |his |their |my |the )?(?:cushion|pillow|sock|teddy|soft toy|tea towel|snowball|water balloon|sponge|grape|crisp|popcorn|paper ball)s? at (?:me|my head)(?=[^]*\\b(?:(?:were|we re|we are) (?:fine|ok|okay|good|friends|made up|laughing)|made up|laughed|laughing|lol|haha|pillow fight|play fight|messing about|mucking about)\\b)|(?:ill|i will|im going to|im gonna|going to|gonna|i could|id) (?:literally |actually |honestly )?(?:kill|murder|strangle|throttle) (?:(?:the|that|this) (?:\\w+ ){1,2}(?:who|that) |whoever |whichever \\w+ )(?:keyed|scratched|dented|dinged|nicked|stole|pinched|took|parked in|blocked|reversed into|clipped|pranged) (?:my|our|the) (?:\\w+ )?(?:car|van|bike|parcel|parking space|parking spot|spot|lunch|drive|wing mirror|bin)(?=[^]*\\b(?:lol|haha|lmao|obviously (?:i )?(?:wont|wouldnt|not)|insurance|police)\\b)|(?<!\\b(?:die|kill|end it|suicid\\w*|overdose|od)\\b[^]*)(?:whats |what is |how much is )?(?:the )?(?:max|maximum|safe|recommended) (?:daily )?(?:dose |amount )?(?:of )?(?:paracetamol|ibuprofen|acetaminophen|tylenol|lemsip|co codamol|codeine|aspirin|naproxen|antihistamines?)\\b(?![^]*\\b(?:kill\\w*|die|dies|dying|dead|death|lethal|fatal|overdos\\w*|od|end it|myself|more than|over that|at once|in one go|stock\\w*|sav\\w*|give you|sell you)\\b)(?=[^]*\\b(?:for an adult|for adults|in 24 hours|a day|per day|in a day|make sure|not overdoing|overdoing it|double up|doubling up|with (?:lemsip|cold and flu|night nurse)|for (?:my|a|the|this) (?:cold|flu|headache|back|period|toothache|fever|migraine|pain))\\b)|(?:dressing|dress|dressed|treating|treat|treated|stitching|cleaning|suturing|glueing) (?:a |the |her |his |their )?(?:self ?harm|self ?injury) (?:wound|wounds|cut|cuts|injury|injuries)(?= (?:on|for) (?:a|the|my|our) (?:patient|client|resident|service user)s?\\b)|(?<=^ ?|\\| )(?![^|]*\\b(?:i|im|me|my|myself|ive|id|ill|how (?:many|much|long|high|far)|painless|quickest|easiest|best way|lethal|fatal|overdose|to die|would it take|would kill)\\b)[^|]{5,200} \\? \\| (?:(?:its|it s|this is|just|im|i am) )?(?:(?:for|writing|researching|drafting|editing|proofreading|fact checking) (?:\\w+ ){0,8}?(?:blog|article|post|guide|column|newsletter|faq|piece|essay|novel|script|screenplay|chapter|thesis|dissertation|report|podcast)|(?:for )?(?:my |a |our |the )?(?:history|english|classics|politics|sociology|psychology|philosophy|law|religious studies|drama|media studies|latin) (?:coursework|homework|essay|assignment|project|class|lesson|exam|revision|question|paper|dissertation|presentation)|i (?:need|have|got) to write (?:the|my|an|this) (?:essay|assignment|report|review|answer))\\b(?![^]*\\b(?:for me|myself|my own|actually|not really)\\b)|(?<=^ ?)(?:\\w+ ){0,3}(?:essay|assignment|coursework|homework|revision|exam question|lecture|seminar|dissertation|module) \\| (?![^|]*\\b(?:i|im|me|my|myself|ive|id|ill|how (?:many|much|long|high|far)|painless|quickest|easiest|best way|lethal|fatal|overdose|to die|would it take|would kill)\\b)[^|]{4,200}\\w(?= \\?)(?![^]*\\b(?:for me|myself|my own|actually|not really)\\b)|slep forever(?= (?:this|at the|over the|til|until|after|when) (?:\\w+ ){0,2}(?:wekend|monday|holidays?|half term|exams?|shift|finals|deadline|semester|term)\\b)|(?:hit|hiting|banged|bumped|bump|smacked|whacked) my (?:head|elbow|knee|shin|toe|hip) (?:on|against|into) (?:the|a|that|this) (?:\\w+ )?(?:cupboard|dor|shelf|table|car|ceiling|bed|desk|beam|cabinet)(?: dor| frame)?(?![^|]*\\b(?:til|until|on purpose|cant stop|harder|again and again|when i get|till)\\b)|(?:was|were) (?:abusive|violent) (?:when i was (?:a kid|litle|young|a child|a teen|a teenager|growing up)|growing up)(?=[^]*\\b(?:(?:he|she|they) (?:died|pased away|pased)|(?:is|are) dead)\\b)|(?:after|since) my (?:suicide )?atempt (?:in|back in) (?:19\\d\\d|20[01]\\d|202[0-3])(?=[^]*\\b(?:per suport|proud|recovery|recovered|trained|volunteer\\w*|qualified)\\b)|(?:jokes|joking|joked) about (?:dying|death|suicide|kiling (?:him|her|them) ?self)(?: al the time| a lot| constantly)?(?=[^]*\\b(?:dark (?:sense of )?humou?r|hapiest person|great year|doing great|loves life|black humou?r)\\b)|(?:said|says|jokes|joked) (?:hed|shed|theyd|he would|she would|he wil|she wil|hel|shel) kil me if i (?:fail|failed|dont pass|didnt pass) (?:my |the |his |her |their )?(?:\\w+ ){0,2}(?:test|exam|exams|theory|gcses|a levels|grades|resits?)(?=[^]*\\bpassed\\b)|folow (?:him|her|them|in (?:his|her|their))(?: in)? (?:(?:his|her|their) )?fotsteps|folow (?:him|her|them) into (?:the )?(?:fire service|army|navy|police|nursing|teaching|business|trade|force|raf|marines|mines|pits|law|medicine|ministry|church|family business)\\b|folow (?:him|her|them) on (?:the|his|her|their) (?:pilgrimage|walk|route|trail|tour|journey)\\b|(?:id|i would|i d) rather (?:die|be dead) than (?:vote|voting|suport|shop|pay|queue|use|wear|drink|work for|listen to|ring|ask|watch|eat) (?:for |with |at |to )?(?:that|them|him|her|the|those|this)\\b(?! (?:\\w+ ){0,3}(?:another|one more|live|living)\\b)|(?:rope|ropes) (?:s |is |are )?(?:tied|tied of|lashed|secured) (?:of )?to the (?:beam|rafter|post|rail|ring)(?=[^]*\\b(?:tarp|hay|stack|bales?|load|trailer|sheet|cover|storm|wind|tent|boat|horse|pony|gate)\\b)|stockpil\\w* (?:[\\w,]+ ){0,4}(?:before the (?:snow|winter|storm|strike|holidays|christmas|lockdown)|for the (?:winter|kids|family|snow|holidays)|in case (?:the shop|we get snowed))|(?:lethal|toxic|fatal|safe) (?:dose|amount) of (?:\\w+ ){1,2}for (?:a |my |the |our )?(?:dog|cat|colie|pup|puppy|horse|pony|shep|ewe|lamb|cow|calf|pig|goat|dogs|cats)|for when im gone(?=[^]*\\b(?:solicitor|wil is (?:sorted|done|made)|being organised|everyone should|power of atorney|funeral plan)\\b)|(?:tried to kil myself|atempted suicide|my (?:suicide )?atempt) (?:in|back in) (?:19|20)\\d\\d(?=[^]*\\b(?:glad (?:every day )?(?:that )?i (?:lived|survived|didnt)|teling my story|share my story|talk(?:ing)? about it|recovery|grateful to be alive)\\b)|(?:what is|whats) the (?:word|term|name) for (?:when )?(?:a |someone |somebody |people )?(?:\\w+ )?(?:kils (?:him|her)self|kiling (?:him|her)self|suicide)|wish (?:\\w+s|his|her|their|my \\w+s) (?:sufering|pain) (?:would|could|wil) (?:end|stop)|(?:od|oded|overdosed) on (?:the )?(?:chocolate|sugar|cake|swets|candy|caffeine|cofe|netflix|pizza|crisps|biscuits|haribo|reality tv)|(?:murder|smash|kil|destroy|ace|bos) (?:his|her|their|my|the) (?:\\w+ )?(?:test|exam|exams|mocks|driving test|interview|race|audition|presentation)(?: tomorow| today| on \\w+day| next wek)?(?= ?$| ?\\|| ?,)|kil (?:his|her|their|my) (?:\\w+ ){0,2}for (?:spoiling|ruining|eating|taking|using|finishing|losing|breaking|forgetting) (?:the|my|his|her|their|our)|(?:threatened|threatens|swore) to (?:kil|murder) me if i (?:ever )?(?:eat|ate|touch|use|take|borow|finish|drink) (?:his|her|their|the) (?:\\w+ ){0,2}(?:yogurt|yoghurt|food|snacks|milk|chese|leftovers|chocolate|crisps|cereal|juice|beer|charger|shampo)|kiling (?:him|her|them) ?(?:self|selves) (?:trying to|to get|working|revising|studying|at (?:work|the gym|schol))|(?:this is |its )?(?:the |my )?last (?:thing|mesage|text|post) (?:il|i wil|im going to|im gona) (?:write|send|post|say|type)(?: tonight| today| for (?:today|tonight))?(?=(?: ,)? (?:then|before) (?:bed|slep|i slep|i go to (?:bed|slep)|i crash|work|my shift)\\b)|(?:standing|stod|waiting|sat|siting) on the platform\\b(?=[^|]*\\b(?:canceled|cancelled|delayed|late again|replacement bus|strikes?|comute|signal failure|southern rail|northern rail|thameslink|avanti|southeastern)\\b)|(?:a |some |this |the |that )?(?:guy|man|woman|bloke|lady|photographer|lad|girl)\\b[^|]{0,20}\\b(?:standing|stod|sat|siting|is) (?:on|at) the (?:bridge|clif|clif edge|rof|pier|platform)\\b(?=[^|]*\\b(?:camera|tripod|timelapse|drone|fishing|photos?|painting|easel|binoculars)\\b)|(?:left|wrote|put|stuck) (?:a |the |him a |her a |them a )?note (?:on|by|in) the (?:fridge|kitchen table|counter|table|dor|whiteboard|kettle) saying (?:\\w+ ){0,3}(?:diners?|tea|lunch|fod|oven|microwave|gym|shops?|work|back (?:at|by|son|later)|out|walk|pick up|fed|milk|bins)|(?:(?:im |i am )?(?:standing|stod|up) on (?:a|the) (?:chair|stol|step ?lader|lader) )?with (?:a|the) (?:rope|cord|cable|string of lights|lights) (?:around|round) (?:\\| )?(?:the )?(?:christmas )?tre\\b|(?:bought|got|buying|picked up|colected) (?:a |my |the |my first |a new )?(?:gun|rifle|shotgun|pistol|air rifle)\\b(?=[^|]*\\b(?:shoting range|range|gun club|licen[cs]ed|clay|clays|hunting|der|pheasant|target practice|leson|competition)\\b)|(?:ive got|i have|holding|got) (?:a |the |my )?(?:knife|blade|saw|axe|hatchet|machete|shears|hedge trimer|chainsaw|strimer|scisors) in my hand (?:and )?(?:im )?not afraid to use it(?= ,? ?\\| ?(?:on|against|for) (?:this|the|an|a|some|these|those|my) )|(?:swalowed|ate|downed|necked|had|tok|scofed) (?:a |the )?(?:whole |entire )?(?:packet|box|tub|pack|tube|bag|rol|jar) of (?:mints|polos|tic tacs|swets|gum|chewing gum|smarties|skitles|haribo|crisps|biscuits|renies|tums|chocolates?|m ?ms|jely babies|oreos|cokies|gummies)|(?:wrote|writen|write|writing|made|left) (?:him|her|them|it) a (?:godbye|goodbye|leaving|farewel) (?:note|leter|card)(?:(?= and (?:left|put|stuck) it (?:on|in) (?:her|his|their) (?:desk|locker|pigeonhole|grave))|(?<=\\b(?:hamster|dog|cat|pet|fish|rabit|guinea pig|budgie|tortoise|gerbil|coleague|coworker|teacher|emigrat\\w*|moving)\\b.*))|used to (?:self harm|cut(?: myself)?|hurt myself|sh)\\b[^|]{0,30}\\b(?:havent|not) (?:done it |cut |self harmed )?(?:for|in|since) (?:\\d+|two|thre|four|five|six|seven|eight|nine|ten|over \\d+|many|a few) (?:years|yrs)|(?:on|up on|onto) the rof of the (?:shed|garage|playhouse|sumerhouse|car|van|grenhouse|kenel)\\b(?=[^|]*\\b(?:get|fetch|retriev\\w*) (?:his|her|their|the|my|our) (?:fotbal|ball|frisbe|kite|shutlecock|drone|toy|rugby ball|tenis ball|cat)\\b)|(?<=\\b(?:again|fotbal|ball|mes|muddy|late|broke|broken)\\b[^|]*)(?:mum|mom|mam|dad|our mum|our dad|my mum|my dad|my mom|my mam)(?: is| s)? (?:going to|gona) kil (?:him|her|them|us)(?= ?$| ?\\|)|(?:put|puting|loaded|packed|threw|chucked) (?:the |a |my )?(?:rope|axe|knife|hatchet|saw)s? (?:in|into) (?:the |my )?(?:car|bot|van|boot|bag|rucksack|trailer) for (?:the|a|our|my) (?:camping|hiking|fishing|climbing|boat|sailing|scout|cub|caving) (?:trip|wekend|holiday|camp)|(?:hes|shes|someone|someones|somebody|somebodys|theyre|he|she) (?:is |s )?banging on the dor(?: again)?(?=[^|]*\\b(?:amazon|delivery|parcel|postman|post man|courier|dpd|evri|hermes|royal mail|ups|fedex|piza|takeaway)\\b)|(?:tied|tying|hung|hanging|put up|fixed) (?:the |a |my )?rope (?:to|on|from|over) (?:the |a )?(?:beam|branch|tre|rafter|hok)\\b(?=[^|]*\\b(?:for the kids|swing|swinging|climbing|tyre|tire|hamock|punch ?bag|boxing bag|kids)\\b)|(?:sorted|sorting|put|puting|counted|counting|organised|organized|filed|filing|did|doing) (?:al |out )?(?:\\w+s |my |his |her |the |mums |dads |nans |grandads )?(?:pils|tablets|meds|medication) (?:out )?in(?:to)? (?:his|her|their|the|my|a) (?:wekly |dosete |pil |blister )?(?:box|organiser|organizer|planer|dosete|tray)|(?:pils|tablets|meds|medication) (?:are |have ben |re )?(?:al )?(?:counted|sorted|laid|set|put) out (?:and )?(?:in(?:to)? (?:the|her|his|a|my) (?:wekly |dosete |pil )?(?:box|organiser|organizer|tray|planer)|for the (?:wek|day|month))|(?:want to|wana|going to|gona|could|might|wil|il) (?:literaly )?die (?:\\| )?(?:of|from) (?:embarasment|shame|cringe|laughter|laughing|boredom)|(?:this is|thats|its) the (?:last|final) time i (?:take|use|get|bok|fly|travel|go|eat|buy|order|shop|trust|ride|catch|drive|vote|aply)\\b(?! (?:a |my |the |al |these |those )?(?:breath|pils|tablets|overdose|meds))|(?:a|this|the|some) (?:guy|man|woman|lad|girl|person|bloke|patient|lady|boy|kid) (?:who|that) (?:had )?(?:jumped|stepped|steped|threw (?:him|her)self|was hit) (?:in front of|of|from|by) (?:a|the) (?:train|bridge|bus|lory|building|car park|tube)(?=[^]*\\b(?:shift|paramedic|nurse|driver|police|oficer|news|cal ?out|job|procesing)\\b)|(?:cant|wont|doesnt|isnt going to|cannot|can not) stop (?:the )?bleding\\b(?=[^|]*\\b(?:dentist|tooth|toth|teth|wisdom|extraction|nosebled|nose bled|gums?|gauze)\\b)|(?:pils|tablets|meds) (?:are )?(?:lined up|laid out|set out|sorted|counted out) for the (?:wek|day|month|wekend)|godbye (?:forever )?(?:to )?(?:my |the |our )?old (?:phone|laptop|car|van|bike|sofa|couch|trainers|shoes|jeans|tv|console|iphone|headphones)\\b|(?:it|the show|the series|this) ends (?:tonight|today|this wek)(?=[^]*\\b(?:seasons?|series|finale|episodes?|box set|saga)\\b)|(?:this is )?my (?:last|final) mesage (?:in|on) (?:this|the) (?:group|chat|gc|server|chanel|thread)(?=[^|]*\\b(?:leaving|left|muting|spam)\\b)|(?:end|ending|break|breaking) (?:it|things|up) (?:of )?with (?:him|her|them|my (?:boyfriend|girlfriend|partner|husband|wife|bf|gf|fiance))\\b(?:[^]*\\bits time\\b)?|(?:the )?tablets?(?=[^]*\\b(?:ipad|samsung|android|kindle|galaxy tab|lenovo|surface pro|amazon fire)\\b)|godbye (?:cards?|party|do|drinks|lunch|gift|present|speech)\\b|(?:everythings|everything is|al) (?:ready|packed|sorted) for (?:tomorow|the trip|the flight|the move)(?=[^]*\\b(?:bags?|pasport|suitcase|tickets|boarding pas|luggage)\\b)|(?:writing|wrote|writen) (?:\\w+ )?(?:leters|notes|cards) to (?:everyone|everybody|al the people|al (?:my|our) \\w+) (?:who|that) (?:came|helped|sent|gave|atended|donated|suported|visited)|thank you (?:cards|notes|leters)|(?:giving|gave|give|given|selling|sold) (?:al )?(?:of )?my (?:stuf|things|clothes|boks|furniture) away (?:on|via) (?:marketplace|vinted|ebay|depop|gumtree|freecycle|olio|facebok)\\b|rope (?:is |s )?(?:tied|fixed|hung) (?:to|from|over|round) (?:the|a) (?:beam|branch|tree|rafter)s? for (?:the |a |our |my )?(?:kids |kids s |childrens |grandkids )?(?:tyre )?(?:swing|hammock|punch ?bag|boxing bag)(?![^]*\\b(?:myself|my self|hang|hanging|use (?:it|them) on me|(?:take|taking|took|swalow\\w*|down|downing) (?:them|the lot|al|it)|stops? me|tonight|end it|kil me|die|dying|overdose|od)\\b)|hiding (?:my|the|our|his|her) (?:tablets|pills|meds|medication|medicine) (?:from|away from) (?:the|my|our) (?:kids|children|toddler|grandkids|little ones|baby)(?![^]*\\b(?:myself|my self|hang|hanging|use (?:it|them) on me|(?:take|taking|took|swalow\\w*|down|downing) (?:them|the lot|al|it)|stops? me|tonight|end it|kil me|die|dying|overdose|od)\\b)|got (?:the|a|my) knife out (?:\\w+ ){0,3}(?:chop|slice|dice|peel|cut|carve) (?:the|some|a|up the) (?:\\w+ )?(?:onions?|veg|vegetables|carrots?|potatoes|bread|meat|chicken|cake|pumpkins?|tomatoes|garlic|peppers?)(?![^]*\\b(?:myself|my self|hang|hanging|use (?:it|them) on me|(?:take|taking|took|swalow\\w*|down|downing) (?:them|the lot|al|it)|stops? me|tonight|end it|kil me|die|dying|overdose|od)\\b)|(?:said|says|texted) youre dead (?:\\w+ ){0,5}if you (?:spoil|spoiled|ruin|tell anyone|give away) (?:the|my|our|her|his) (?:\\w+ )?(?:ending|plot|finale|film|movie|show|episode|book|surprise|twist)|run (?:us|me|them|you|the team|the lads|the squad) into the ground(?= (?:at|in|this|next|on|tomorow|during) (?:training|practice|presason|pre season|the gym|session|wek|\\w+day)|(?= ?$| ?\\|| ?,))|cut (?:the|our|my|their|his|her|a|this|that) (?:budget|budgets|costs?|spending|overheads|headcount|prices?|hours|staf|funding|losses)\\b|(?:hel|shel|hed|shed|he wil|she wil|he would|she would|theyl|theyd|hes going to|shes going to) (?:literaly |actualy )?kil me if i (?:prang|crash|scratch|dent|wreck|bump|ding|write of|write off) (?:the|his|her|their|my|mums|dads|our) (?:\\w+ )?(?:car|van|motor|bike|truck|ute)|end it(?: tonight| today| now)? (?:\\| )?with (?:him|her|them) i mean|(?:got|have|packed|ive got) (?:the |my |a )?(?:rope|knife|axe|hatchet)(?: and (?:the |my |a )?(?:rope|knife|axe|hatchet|tent|stove|torch))? ready (?:\\| )?for (?:the|a|our|my) (?:camping|fishing|hiking|climbing|sailing|boat|scout|cub) (?:trip|wekend|holiday|camp)|(?:tok|had|taken|take) (?:1|2|one|two|a couple of|a couple|a) (?:nurofen|paracetamol|ibuprofen|panadol|aspirin|painkilers?|co codamol|codeine|lemsip|anadin)(?= (?:and|for|then|before|with|at|after)\\b| ?$| ?\\|| ,)|gun to (?:my|your|his|her|our) head(?: ,)? (?:id|i would|i d|if i had to|il) (?:pick|chose|go for|say|take|have|rather)|(?<=^ ?|\\| )(?!(?:\\w+ ){0,9}(?:and|plus|now) (?:this|that|the) (?:song|tune))(?:\\w+ ){2,10}(?=(?:is|has ben|keps) (?:stuck|going round|on (?:lop|repeat)) in my head)|cut (?:dep |deper )?(?:slits|slashes|scores|incisions|gashes) (?:in|into|on) (?:the|a|each|both) (?:\\w+ )?(?:lamb|meat|chicken|pork|bef|dough|bread|lof|fish|shoulder|leg|legs|thighs?|breasts?|duck|potato|potatoes|aubergine|joint|bely|skin)|cant take (?:this|it) (?:anymore|any more) , (?:the|my|this) (?:wifi|internet|broadband|printer|laptop|signal|heat|noise|trafic|neighbours)|(?:end|ending) things(?: with (?:him|her|them))?(?: tonight| today| this wekend)?(?= \\| (?:im )?(?:teling|going to tel|gona tel|wil tel) (?:him|her|them) (?:after|at|over|when|before|tonight|tomorow))|shot (?:him|her|them|my|your|our) ?(?:self|selves) in the fot|(?:self harm|sh|cuting|self injury) fre (?:for|since) (?:\\d+|two|thre|four|five|six|seven|eight|nine|ten|over \\d+|over a) (?:years?|decades?)|hangover (?:is |was )?(?:so bad|that bad|so rough|so horendous)[^|]{0,20}\\b(?:wants?|wanted) to die|(?:kil|murder|bury) (?:us|us al|the lot of us|the team|the squad) if we (?:lose|lost|dont win|didnt win|drop|droped|mes up|mesed up|concede|conceded)|(?:kil|murder) me if i (?:tel|told|say|mention) (?:mum|mom|dad|our \\w+|anyone|them|her|him) about (?:her|his|their) (?:boyfriend|girlfriend|bf|gf|crush|party|tatoo|piercing|date|new \\w+|secret)|godbye(?: ")? to (?:twiter|x|insta|instagram|facebok|tiktok|snapchat|redit|discord|social media|the ap)\\b|(?:said|say|says|saying|waved|wave|kised|kis) godbye (?:forever )?to (?:her|his|my|their|the|our) (?:ex|exes|old \\w+|braces|hair|job|car|fringe|twenties|teens|flat|house|boyfriend|girlfriend|bf|gf)|(?:sky ?dive|sky ?diving|parachute|bunge(?: jump\\w*)?|tandem jump|clif jump\\w*|tombstoning|zip ?line)\\b(?:(?!\\b(?:die|dead|kil|suicid\\w*|end it|ending it)\\b)[^]){0,120}\\bjump\\b|shot (?:him|her|them|me|you|us|u) (?:a |an |over a |over an )?(?:quick )?(?:text|txt|mesage|message|email|dm|line|pm|whatsap|snap|voice note)|(?:bater|thrash|destroy|smash|wreck|murder|kil|bury|hamer) (?:\\w+ ){0,3}(?=at (?:fifa|cod|chess|pol|darts|tenis|squash|mario ?kart|smash bros|the quiz|scrabble|monopoly|fortnite|rocket league|ping pong|badminton|golf|bowling|footy|fotbal|5 a side|five a side)\\b)|(?:(?:this is|its|saying|say) )?godbye to (?:my |the )?(?:(?:early |late )?(?:teens|twenties|thirties|forties|fifties|sixties|20s|30s|40s|50s|60s)|(?:old |last )?(?:year|summer|holidays|uni days|student days|single life|hair|beard|braces|old job|old flat|old car)\\b)|(?:got|have|ive got) everything (?:ready|set up|sorted)(?<=\\b(?:surprise|party|birthday|proposal|proposing|picnic|anniversary|date night)\\b[^|]*)|(?:tonight|today) ?s the (?:night|day)(?=[^]*\\b(?:rings? (?:is |s )?in my pocket|the ring|propos\\w*|one kne|first date|gig|concert|premiere|opening night|wedding)\\b)|(?:hel|shel|theyl|hed|shed|he wil|she wil|he would|she would) (?:actualy |literaly |legit )?(?:kil|murder) me if i (?:ever )?(?:forget|forgot|spoil|spoiled|mis|mised|eat|ate|finish|finished|lose|lost|break|broke|scratch|scratched|ruin|ruined) (?:\\w+ ){0,3}(?:birthday|anniversary|finale|ending|film|movie|show|episode|season|series|bok|game|match|plot|surprise|leftovers|chocolate|cake|pizza|charger|dinner|reservation|tickets?|plants?)\\b|(?:going to|gona|wil|il) kil (?:my |him|her|them)(?:\\w+)? for (?:eating|taking|using|borowing|stealing|finishing|drinking|wearing|losing|breaking|hiding|nicking) (?:al )?(?:my|the|our) (?:last )?(?:leftovers|food|snacks|chocolate|charger|clothes|hodie|jumper|shampo|milk|cereal|pizza|chips|sweets|biscuits|remote|games?|console|headphones|make ?up|crisps|cake|wine|beer)\\b|disapear(?= (?:\\| )?(?:of )?to (?:a|the|some) (?:remote |tiny |quiet )?(?:cabin|island|beach|mountain|vilage|cotage|farm|forest|wods|hut|lake|log cabin|tropical)\\b)|(?:think|thinking|thought) (?:a lot )?(?:about|of) (?:dying|death|mortality)(?=[^|]*\\b(?:stoics?|stoicism|memento mori|seneca|marcus aurelius|epicurus|philosophy|existentialis\\w*|camus)\\b)|(?:nearly|almost) (?:fainted|pased out|blacked out)(?<=\\b(?:blod tests?|blod taken|blod drawn|vials?|giving blod|donating blod|blod donation|vacine|vaccine|jab|injection|neles?|tatoo|piercing)\\b[^|]*)|bought (?:a |some )?(?:climbing )?rope (?:and|with|plus) (?:a |some |two |thre |a few )?(?:carabiners?|karabiners?|quickdraws|harneses|harnes|belay device|chalk bag|climbing shoes)|rope swing(?=[^|]*\\b(?:kids|garden|tre|oak|park|river|lake|children|grandkids)\\b)|(?:julienne|chop|choping|dice|dicing|slice|slicing|peel|peling|carve|carving|fillet|whitle|whitling|shave|shaving)\\w* (?:\\w+ ){0,3}without (?:cuting|slicing|nicking) (?:my ?self|my finger|my fingers)|(?:going to|gona|gonna) kil (?:someone|somebody|him|them|everyone)(?=[^|]*\\|?[^|]*\\b(?:fantasy (?:fotbal|team|league)|fpl|his team|captain choice)\\b)|(?:asked|asks|asking|ask) (?:me |us )?(?:if|whether) (?:were|we are|we re|im|i am|mummy|daddy|mum|dad|you|granny|grandad|nana|everyone|we|i) (?:is |are |wil |il )?(?:going to |gona )?die(?: too| one day| as wel)?(?=[^|]*\\|?[^|]*\\b(?:explain|kid|child|son|daughter|\\d+ ?yo|hamster|pet|dog|cat|fish|rabit)\\b)|(?:shes|hes|she is|he is|she says|he says|saying) (?:shes |hes )?"? ?ready to go whenever (?:the (?:god )?lord|god|jesus|the man upstairs) (?:wants|is ready|cals)(?=[^|]*\\b(?:for (?:\\d+|twenty|thirty|years)|years)\\b)|bleach(?= (?:wil |does |to )?kil (?:the |of )?(?:weds|mos|mould|mold|germs|bacteria|gras|algae))|top flor(?=[^|]*\\b(?:(?:find|finding|lost|remember) (?:the|my|our) car|where (?:i|we) parked))|(?:sat|siting|sit) in the car in the garage(?=[^]*\\b(?:engine (?:is )?of|podcast|quiet spot|phone cal|music on)\\b)|blod everywhere(?=[^|]*\\b(?:for a minute|pressure sorted|plaster on|stoped)\\b)|bought (?:a |some )?rope(?: and (?:a |some )?\\w+)? (?:today |yesterday )?for (?:the |my |a )?(?:boat|trailer|tent|swing|climbing|dog|horse|garden|washing|van|roof rack|alotment)|going to kil (?:my )?(?:sister|brother|flatmate|roomate|husband|wife|mum|dad|boyfriend|girlfriend|partner)(?=[^]*\\b(?:eaten|ate|drank|finished|nicked) my (?:\\w+ )?(?:curry|leftovers|food|chocolate|pizza|chips|snacks|biscuits|cake|dinner|lunch|tea|wine|beer|milk|cheese)\\b)|(?:got|get|take|took) the (?:shotgun|gun|rifle) out to clean it(?=[^]*\\b(?:shoot|clay|range|season|farm|rabbits|pigeons|deer|foxes)\\b)|scars? (?:on (?:my |his |her )?(?:\\w+ )?)?(?:are|is|s|came) (?:al |both )?from (?:a|an|the|my|his|her) (?:car |bike |motorbike |motorcycle |work )?(?:acident|crash|operation|surgery|op|dog bite|fal|fire|burn|c section|caesarean|chickenpox|acne|transplant)|(?:going to |gona )?(?:jump|jumping|jumped) (?:of|from) (?:the |a )?(?:diving board|high board|springboard|top board|trampoline|rope swing|swing)|(?:knife|knives|blade|saw) (?:is |are )?ready for (?:the )?(?:pumpkins?|carving|turkey|roast|dinner|bbq|barbecue|cooking|chopping|veg|vegetables|cake|christmas|job|work)|(?:pils|tablets|meds) laid out in (?:her|his|my|the|their|mums|dads|nans) (?:\\w+ )?(?:organiser|organizer|dosete|pil ?box)|(?:leter|note) to (?:my )?(?:\\w+ ){0,2}who (?:died|pased(?: away)?)|(?:sat|siting|stod|standing) on the (?:ledge|edge)[^|]*\\b(?:belay|harnes|roped in|clipped in)\\b|(?:my )?(?:cat|dog|kiten|pupy|puppy)\\b[^|]{0,50}\\b(?:sits|sat|lies|lays|sleps) on my (?:face|head|chest)|my (?:cat|dog|kiten|pupy|puppy|parot|rabbit) (?:is )?(?:trying to|going to|wil|wants to) (?:murder|kil) me|(?:could|coud) (?:strangle|kil|murder|throtle) (?:whoever|who ever|the (?:person|guy|people|idiot) who) (?:designed|invented|made|thought|decided|wrote|came up with|parked|left|put|scheduled|built|programed|set)|toped up the antifreze|(?:id|i would|i d) rather jump of a clif than (?:do|doing|go to|sit through|fil in|write|have) (?:another |a |the |my )?(?:thought record|meting|worksheet|homework|exam|form|spreadsheet|presentation|lecture|shift|dinner|party)|ending it al(?=.*\\b(?:minecraft|deleting the world|my save|save file)\\b)|said godbye to (?:the|our|my) (?:house|flat|home|car|ofice|schol)(?! for the last time)|crushed (?:his|her|their) (?:tablets|pils|meds) into (?:his|her|their) (?:fod|yoghurt|jam|drink|tea|puding)(?= (?:because|so|as) )|run (?:him|her|them) over to (?:the|his|her|their|school|work)|(?:writing|writen|wrote|made|sorted|done) my wil (?:\\w+ ){0,2}(?:because )?we just had (?:our|a) (?:first )?baby|murder me if i tel anyone about (?:her|his) crush|(?:strangle|kil) me if i ate (?:his|her) (?:\\w+ )?(?:pizza|leftovers?|chips|chocolate)|kil her if she tels mumy|shot me an email|disapear to \\w+ for (?:one|a|two) (?:month|wek)|never wake up (?:\\| )?until monday|draging me (?:to|along to|out to) (?:the )?(?:gym|shops|parties|party|church|yoga|pub|football|parkrun|concerts?|festivals?)|(?:im|i wil|il) walk into the sea(?<=\\bif i hear one more\\b.*)|going to murder me for telling|im ending it(?= \\| the project)|goodbye everyone(?= [^|]*\\b(?:leaving the gc|memes)\\b)|shaving cut (?:\\w+ ){0,3}wont stop bleding|had an overdose and (?:two|thre) stabings|al stable by handover|with a dietitian|goodbye to the old (?:van|car|house|flat|job|bike|phone|sofa)|(?:gun|shotgun|rifle) out the cabinet(?<=\\b(?:pheasant|clay|shot|shoot|range|gun club)\\b.*)|jump of a clif for a|saying goodbye tonight(?<=\\b(?:vet|dog|cat|pet)\\b.*)|(?:had|got) an overdose come in|tired of living like this(?=[^|]*\\b(?:mould|landlord|flat|damp|noise|job|comute)\\b)|said (?:my|our) goodbyes to (?:her|him|them)(?<=\\b(?:cat|dog|vet|pet|horse|rabit|hamster|pupy)\\b.*)|tired of existing in (?:this|the) (?:heat|cold|weather|humidity|queue)|holding a (?:shotgun|rifle|gun)(?<=\\b(?:clay|range|shoting lesons?|gun club)\\b.*)|how (?:do|can|would) (?:you|i|we) (?:know|tel|spot) if (?:a|my|your|someone|somebody) (?:\\w+ )?is being abused|hid my (?:car )?keys (?:because|cos|as) i(?:d| had)? (?:had|was|drank)|(?:jokes|joked|joking) (?:that )?(?:hel|shel|hed|shed|he wil|she wil) (?:bury|kil|murder) me|kil me with (?:her|his|a|the|my) (?:lightsaber|nerf gun|water pistol|toy \\w+|plastic \\w+|tickles|kindnes)|i could (?:smother|strangle|kil|murder|throtle) (?:him|her|them)(?: with a pilow)?(?<=\\b(?:snores|snoring|chews|chewing|whistles|humming)\\b.*)|like (?:she|he|they|i) (?:was|were) never coming back(?=[^]*\\b(?:holiday|trip|weks|airport|cruise|benidorm|spain)\\b)|(?:id|i would) rather die(?= "? ?about )|if (?:you|u) ever (?:text|send|mesage|cal) me (?:\\w+ ){0,3}(?:goodbye|godbye)|(?:lad|man|woman|girl|boy|patient|guy|kid|bloke|lady) (?:\\w+ ){0,3}(?:had )?taken an overdose(?<=\\bim an? (?:paramedic|nurse|doctor|ambulance \\w+|first aider|police oficer|pharmacist)\\b.*)|bought (?:a |some |the )?(?:rope|harnes|carabiners?)(?<=\\b(?:climbing|climb|bouldering|abseiling|camping|sailing)\\b.*)|(?:phone|laptop|batery|airpods|tablet|car)s?(?: is)?(?: (?:on|at) \\d+)?(?: and)? (?:about to|going to|gona) die${NOT_ME_TOO}|(?:wont stop bleding|bleding) (?:blue|dye|colour|color|red|ink)|relapsed on (?:sugar|chocolate|junk fod|crisps|caffeine|coffe|vaping|my diet)|(?:hit|hits|hiting) me with (?:the|a|that|his|her) (?:worst |best |terible )?(?:pun|joke|news|truth|question|bil|facts)|beat me at (?:chess|cards|fifa|pol|darts|tenis|scrable|monopoly|mario kart|uno)|(?:\\d+|one|two|thre|four|five) (?:yrs?|years?|months?|weks?) clean from (?:sh|self ?harm\\w*)(?: today)?|(?:fine|manage|cope|survive) without me(?= [^|]*\\b(?:holiday|vacation|hols|(?:anual|maternity|paternity|sick|study) leave|on leave|work trip|conference|day off|week off|sick day|honeymoon|for a (?:few days|couple of days|wek|fortnight))\\b)|shot (?:my ?self|me) in the fot|clay (?:pigeon )?shoting|(?:loaded|cleaned|got out|packed) (?:the |my |dads )?(?:shotgun|rifle|gun) for the (?:clay|clays|pheasant|grouse|rough|game|duck|rabbit|deer)(?: \\w+)?(?: shot| shoot| day| season)?|shotgun licen[cs]e|rather die than (?:give up|eat|wear|be seen)|(?:nurse|doctor|they|she|he) (?:took|taken|drew) (?:so much |some |a lot of )?blood|(?:want to|could|gonna|going to) punch (?:whoever|the person who|the idiot who|the genius who)|said (?:goodbye|our goodbyes) to (?:everyone|everybody|the team|my colleagues)(?= [^|]*\\b(?:last (?:shift|day)|retire\\w*|leaving do|new job))|my (?:abusive|violent) ex (?:is )?(?:finally )?(?:in prison|in jail|locked up|behind bars)|(?:like|as if|as though) (?:someone|somebody|they|he|she|my \\w+)(?: is| s| are| re| were| was)? (?:holding|held|has|had|put|puting|puts) a gun to my head|(?:il|i wil|im going to|gona|going to|i could|could) (?:actualy |literaly |honestly |realy )?(?:strangle|kil|murder|throtle) (?:him|her|them|you|my \\w+) if (?:he|she|they|you)(?:s| is| are| re)? (?:late|early|forgets?|forgot|snores?|eats? my|ate my|drinks? my|drank my|uses? my|used my|uses al|used al|takes? my (?:charger|seat|spot|food|parking)|touches my (?:food|charger|stuf|phone|chips|snacks|car|bike|plants)|spoils?|spoiled|doesnt (?:text|reply|cal|ring) back)|(?:leters?|cards?|notes?) (?:\\w+ ){0,4}for (?:when )?(?:theyre|they are|they re|shes|hes) (?:older|grown up|18|adults)|(?:for|in) (?:a|the|her|his|my) (?:memory box|time capsule)|(?:counted|counting|sorted|sorting|put|puting|laid) (?:out )?(?:al )?(?:my |her |his |the )?(?:tablets|pils|meds|medication) (?:out )?in(?:to)? (?:the|my|a|her|his) (?:weekly |dosete |pil |blister )?(?:box|organiser|organizer|planner|tray|packs?)|(?:texted|text|said|say|waved|sent) (?:me |us |her |him )?(?:a )?goodbye(?=[^|]*\\b(?:moving|emigrating|flight|airport|holiday|new job|gap year|uni|university|plane|leaving do)\\b)|(?:cleaned|cleaning) (?:my |the |his )?(?:service )?(?:rifle|gun|weapon)(?= [^|]*\\b(?:handed (?:it )?in|hand it in|returned|retir\\w*)\\b)|(?:ive got|i have|holding|got) (?:a |the |my )?knife in my hand (?:and )?(?:im )?not afraid to use it(?= \\| on (?:this|the|an|a|some|these) (?:onion|onions|tomato|potato|carot|peper|chicken|steak|bread|cake|pumpkin|melon|garlic))|goodbye leter to (?:my |the |an )?(?:old |last |ex )?(?:job|school|house|flat|city|town|country|year|self|body|eating disorder|ed|anxiety|depresion|ex|relationship|habit|cigarettes|smoking|drinking)|(?:if i (?:have to|ned to|must) (?:\\w+ ){0,6})?one more (?:\\w+ ){0,3}(?:meting|shift|lecture|clas|email|zom cal|zom|spreadsheet|exam|episode|song|group project|deadline)s?(?: (?:and|then))? (?:im|i am|il|i wil) (?:going to |gona )?(?:walk into the sea|jump|kil myself|die|throw myself)|(?:thought|felt like|fel like|feels like|was sure|was convinced) i (?:was going to|was gona|would|might) die(?<=\\b(?:pain|panic|atack|heat|flight|turbulence|cramps|migraine|labour|labor|contractions|fever|flu|covid|hangover|spicy|chili|curry|pepper|challenge|workout|jump|bungy|bungee|rolercoaster|skydive)\\b[^|]*)|(?:thought|felt like|fel like|feels like|was sure|was convinced) i (?:was going to|was gona|would|might) die(?= (?:of|from|on|in|at|right|there|laughing|because|when|after|during)\\b|[^|]*\\b(?:pain|panic|atack|heat|flight|turbulence|laughing|embarasment|cramps|migraine|labour|labor|contractions|fever|flu|covid|hangover|spicy|chili|curry|on fire|pepper|challenge|spin clas|workout|haha|lol|lmao)\\b)|(?:could|im going to|im gona|gona|going to|il|i wil) (?:literaly |actualy |honestly |realy )?(?:kil|murder|strangle|throtle) (?:him|her|them|my \\w+) (?:, )?(?:he|she|they)(?:s| s| has| have)? (?:used|ate|drank|took|tok|finished|broke|forgot|left|spoiled|hoged|stole|nicked|borowed|crashed|scratched|dented) (?:al |the |my |our )|(?:hel|shel|theyl|he wil|she wil|they wil|he would|she would|hed|shed|theyd) (?:literaly |actualy )?kil me if i (?:watch|eat|ate|spoil|forget|miss|am late|m late|break|lose|finish|start|dont (?:bring|get|buy|text|cal|come|watch))|(?:all )?(?:my )?(?:pills|tablets|meds) (?:are )?(?:lined up|laid out|sorted|set out) in (?:the|my|a) (?:weekly|dosette|pill) (?:box|organiser|organizer|planner)|(?:\\d+|one|two|thre|four|five|six|seven|eight|nine|ten) (?:years?|months?|weeks?|days?) (?:free|clean) (?:from|of) self ?harm(?:ing)?(?: today)?|(?:think|thinking) about death (?:a lot )?since my (?:\\w+s|\\w+ s) (?:diagnosis|ilnes|cancer)|(?:joked|jokes|joking) (?:that )?(?:shed|hed|theyd|she would|he would) (?:jump of a bridge|kil (?:her|him|them)self|die) if (?:she|he|they) (?:failed|fail|didnt pass|lost)|(?:kil (?:him|her|my|them) ?self|die) if (?:\\w+ ){0,3}(?:win|wins|lose|loses|score|scores|get relegated|go down)\\b|(?:shed|hed|theyd|she would|he would|shel|hel) (?:literaly )?(?:murder|kil) me if i (?:ate|eat|touch|touched|use|used|take|took|borow|borowed|wear|wore|break|broke)|(?:im going to |im gona |going to |il )?(?:walk into the sea|jump of (?:a |the )?\\w+|kil my ?self|throw my ?self (?:of|under) (?:a |the )?\\w+)(?= ,? ?\\| (?:ok |okay )?not(?: literaly)? ?(?:\\||,|$))|(?:hangover|hungover|migraine|fod poisoning|period pain|cramps)(?: \\w+){0,3} (?:made|makes|making) me (?:want to|wana) die|(?:so )?hungover (?:that )?i (?:want to|wana) die|kil my ?self laughing|jumped of the (?:high |top |diving )?board|(?:school|mas) shootings? (?:in|on|at) (?:the )?(?:states|news|us|america)|(?:tok|taken|returned|handed) (?:in )?(?:the lot|them al|al of them|(?:the |her |his |my )?(?:old )?(?:pils|tablets|meds|medication|pil botles)) (?:back )?(?:in )?to the (?:pharmacy|chemist)|end (?:me|you|him|her|them) at (?:fifa|cod|fortnite|chess|mario kart|smash|pool|darts|the game)|kil (?:him|her|my \\w+|her \\w+|his \\w+) for forgetting (?:their|our|my|her|his) (?:aniversary|birthday)|kil (?:me|her|him|them|us) when (?:they|she|he|mum|dad|mom) (?:se|ses) (?:my|her|his|their|the) (?:report card|report|results|grades|marks)|goodbye forever "? ?(?:\\w+ ){0,3}because i (?:wouldnt|didnt|wont)|asking (?:someone|people|them) directly if (?:they|theyre|they are) (?:thinking of|thinking about|having thoughts of) suicide|goodbye leter to (?:my |the )?(?:team|coleagues|students|clas)|said (?:godbye|our godbyes) to (?:everyone|everybody)(?<=\\b(?:last day|leaving do|retire\\w*|graduat\\w*|end of term)\\b.*)|(?:bought|got|packed) (?:[\\w,]+ ){0,6}(?:rope|knife|hatchet|axe)(?:(?: ,)? [\\w,]+){0,6} for (?:(?:the|a|our|my) (?:camping|hiking|fishing|climbing|boat|sailing) (?:trip|wekend|holiday)|climbing|bouldering|abseiling|caving)|(?:this is my )?godbye to (?:twitter|x|instagram|insta|facebok|tiktok|social media|snapchat|redit)|(?:writen|wrote|made|sorted|done) (?:my|our) wil(?: and (?:sorted |got |bought )?(?:life )?insurance)?(?=[^|]*\\b(?:baby|maried|weding|mortgage|adulting|new house)\\b)|tonights the night(?=[^]*\\b(?:proposing|propose|ring|wedding|date|party|gig|concert|premiere|game)\\b)|thought i(?:d| had) taken my (?:\\w+ )?(?:tablets|pils|meds|medication) twice|if (?:hes|shes|theyre|he is|she is|youre) late (?:again )?(?:il|i wil|im going to|im gona) (?:kil|murder|strangle) (?:him|her|them|you)|(?:ref|referee|umpire) (?:[\\w,]+ ){0,5}(?:wanted|want|could) to (?:strangle|kil|murder) (?:him|her)|bunge ?jump\\w*(?: of (?:the|a) (?:\\w+ )?(?:bridge|clif|tower|crane|viaduct))?|(?:palading|wizard|rogue|druid|bard|warior|character|avatar|sim|toon)s? (?:\\w+ )?(?:jumped|fel|died|got kiled)(?: of (?:the|a) (?:clif|bridge|ledge|rof|tower))?|(?:told|tels|telling|texted) (?:me|him|her|them) to (?:go )?(?:jump of a (?:bridge|clif)|die in a (?:hole|ditch|fire))|(?:wan|want to|go|gona|wil) die (?:for|of|from) (?:laugh|laughter|laughing)|if the (?:fan|aircon|air con|ac|heating|boiler|wifi|internet) (?:breaks|goes|dies|stops|cuts out|packs in)[^|]{0,20}\\b(?:going to|gona|wil|il) die|i hurt myself today to se if i stil fel|rope\\b[^|]{0,40}\\bto tie (?:the|a|our|my|it|them) (?:\\w+ )?(?:tarp|tent|boat|load|trailer|canoe|kayak|ladder|tre|sofa|matres|bags|luggage|roof rack|down|up)|gave away (?:al |most of )?my (?:stuf|things|furniture|clothes|boks)(?=[^|]*(?:\\| [^|]*)?\\b(?:moving (?:to|abroad)|emigrat\\w*|new flat|smaller place|downsiz\\w*|declutter\\w*|minimalis\\w*|charity shop)\\b)|if (?:the|my|this) (?:printer|wifi|internet|laptop|computer|fan|aircon|bus|train|meting|kid|baby|dog|cat|boss|neighbour|toddler)\\b[^|]{0,40}\\b(?:one more time|again)(?: ,)? (?:im|i am|il|i wil|im going to|im gona) (?:walking into the sea|walk into the sea|jump of (?:a|the) (?:bridge|clif|rof)|throw myself (?:of|out|under)|die)|suicidal(?: ideation| thoughts)?(?: \\")? (?:on|in) my (?:discharge (?:leter|sumary)|notes|file|records|form|referal) from (?:\\d{4}|years ago|ages ago|when)|lost a lot of blod (?:during|in|at|after) (?:the |my |her )?(?:birth|labour|labor|delivery|operation|op|surgery|c section|section)|end it(?: tonight| today| now)? \\| (?:the|this|that|my) (?:series|show|season|relationship|subscription|membership|gym membership|phone contract|contract|lease|streak|diet|game|box set|course|degree)\\b|(?:cant|can not|cannot) do this anymore \\| (?:this|the|my) (?:spreadsheet|job|commute|project|essay|course|degree|diet|heat|weather|renovation|printer|laptop|wifi|traffic|commute|neighbours?|landlord|boss|group chat)\\b|want it (?:all )?to end \\| the (?:renovation|building work|builders|noise|dust|exams|deadline|project|move|heatwave|rain|term|semester|shift|week|month|meeting|wedding planning)\\b|not coming back \\| to (?:that|the) (?:gym|job|shop|club|class|pub|place|school|office|restaurant|team) i mean|better off without me \\? \\| the (?:team|club|side|squad|band|group|office) (?:won|did|played|got|was)|end it \\| with (?:her|his|my|their) (?:boyfriend|girlfriend|partner|husband|wife|fiance|bf|gf|ex)\\b|done \\| done with (?:dating apps|dating|men|women|boys|girls|work|uni|school|this job|twitter|social media|the gym|diets?)\\b(?: \\| goodbye (?:hinge|tinder|bumble|grindr|dating apps)(?: forever)?)?|goodbye letters in my head \\| to my (?:job|boss|work|manager|landlord|ex)\\b|burden \\| on the (?:group project|team|project|group|rota)\\b|(?:car|van|bike|house|flat)s? (?:is |s )?(?:finally )?sold \\| goodbye old friend|(?:were|we are|we re) all going to die (?:someday|one day|eventually|anyway)|(?:tablets|pills|meds) counted out for the (?:week|day|month)|what (?:happens|would happen) if (?:you|i) (?:take|took|have|had) (?:too much|too many|two|double|extra) (?:\\w+ )?(?:${PILLS})?(?=[^]*\\b(?:by mistake|by accident|accidentally|instead of (?:one|1)|forgot i had)\\b)|(?:gonna|going to|will|ll) kill me for (?:eating|taking|using|breaking|losing|borrowing|finishing|drinking|wearing|spoiling|telling)|(?:ill|i will|im going to|im gonna) be dead by the end of (?:it|the (?:week|month|day|visit|holiday|trip|term))|jumped off (?:the|a) (?:cliff|rocks?|pier|harbour wall) (?:at|into)\\b[^|]*(?=[^]*\\b(?:scariest|bucket list|adrenaline|so much fun|amazing|water was)\\b)|asked (?:me )?what (?:self harm|suicide|cutting) (?:is|means)|how high (?:does )?(?:a |the )?(?:drop|fall|jump) (?:have|has|needs|need) to be to (?:break|hurt|sprain|injure))\\b`,
);
// ---------------------------------------------------------------------------------------------
// Idioms, scanned only with the alternatives whose trigrams a text contains.

/**
 * A pattern `\b(?:a|b|...)` (with nothing or `\b` after the group) as one pattern per top-level
 * alternative, `\b(?:a)`, `\b(?:b)`, ..., with the same flags. Where the joined pattern matches at
 * a position it does so with the first of its alternatives that matches there, and the match is
 * that alternative's own, so scanning with the alternatives (the leftmost match, the earlier
 * alternative winning a tie) finds exactly what the joined pattern finds. A pattern of any other
 * shape, or with groups a backreference could name, stays whole.
 */
function splitAlternatives(pattern: RegExp): RegExp[] {
  const source = pattern.source;
  const head = "\\b(?:";
  if (!source.startsWith(head) || /\\[1-9]|\\k<|\(\?<[A-Za-z]/.test(source)) return [pattern];
  const alternatives: string[] = [];
  let depth = 1;
  let inClass = false;
  let start = head.length;
  let end = -1;
  for (let i = head.length; i < source.length && end < 0; i++) {
    const ch = source[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) end = i;
    if ((ch === "|" && depth === 1 && !inClass) || end === i) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  const tail = end < 0 ? "" : source.slice(end + 1);
  if (end < 0 || (tail !== "" && tail !== "\\b")) return [pattern];
  return alternatives.map((a) => new RegExp(`${head}${a})${tail}`, pattern.flags));
}

/**
 * The idiom patterns, each replaced in turn as `text.replace(pattern, " , ")` would (and searched
 * as `text.search(pattern)` would), but scanned only with the alternatives that could match the
 * text by the trigrams filed for them (prefilter.ts), as the rules are: the idiom lists are long
 * alternations that V8 otherwise tries, branch after branch, at every position of every message
 * (a fifth of the time on risky text). The results are the same; an alternative not in the index
 * is tried on every text.
 */
class IdiomScan {
  /** Every pattern's alternatives, pattern after pattern. */
  readonly alternatives: RegExp[];
  // Per pattern, where its alternatives end in `alternatives`.
  private readonly ends: number[] = [];
  private index: TrigramIndex | undefined;

  constructor(patterns: readonly RegExp[]) {
    this.alternatives = patterns.flatMap((p) => {
      if (!p.global) throw new Error(`idiom pattern ${p.source.slice(0, 40)} is not global`);
      const list = splitAlternatives(p);
      this.ends.push((this.ends.at(-1) ?? 0) + list.length);
      return list;
    });
  }

  // In order, the alternatives that could match `text`.
  private candidates(text: string): number[] {
    this.index ??= new TrigramIndex(filedTrigrams(this.alternatives).map((t) => t ?? null));
    return this.index.candidateList(text).sort((a, b) => a - b);
  }

  /** `text` with every match of the first `count` patterns replaced by " , ", one pattern after another. */
  replace(text: string, count = this.ends.length): string {
    let list = this.candidates(text);
    for (let p = 0, from = 0; p < count && list.length > 0; from = this.ends[p] as number, p++) {
      const to = this.ends[p] as number;
      let first = 0;
      while (first < list.length && (list[first] as number) < from) first++;
      let last = first;
      while (last < list.length && (list[last] as number) < to) last++;
      if (first === last) continue;
      const replaced = this.replaceWith(text, list, first, last);
      if (replaced !== text) {
        text = replaced;
        list = this.candidates(text);
      }
    }
    return text;
  }

  /** Whether any of the patterns matches somewhere in `text`. */
  matches(text: string): boolean {
    for (const i of this.candidates(text)) {
      const pattern = this.alternatives[i] as RegExp;
      pattern.lastIndex = 0;
      const found = pattern.test(text);
      pattern.lastIndex = 0;
      if (found) return true;
    }
    return false;
  }

  // One pattern's replace: its alternatives list[first..last) scanned together, leftmost match
  // first, as String.replace would find them with the joined pattern.
  private replaceWith(text: string, list: number[], first: number, last: number): string {
    const alternatives = list.slice(first, last).map((i) => this.alternatives[i] as RegExp);
    const scan = new JoinedScan(alternatives);
    let out = "";
    let copied = 0;
    for (let m = scan.exec(text); m; m = scan.exec(text)) {
      out += `${text.slice(copied, m.index)} , `;
      copied = m.index + m[0].length;
    }
    for (const pattern of alternatives) pattern.lastIndex = 0;
    return out === "" ? text : out + text.slice(copied);
  }
}

// IDIOMS first, then each part of MORE_IDIOMS, in the order findSignals has always replaced them.
const IDIOM_SCAN = new IdiomScan([IDIOMS, ...MORE_IDIOMS]);
// MORE_IDIOMS alone, for the readings across clauses (acrossClauses).
const MORE_IDIOM_SCAN = new IdiomScan(MORE_IDIOMS);

/** Every idiom alternative's pattern, for the index of trigrams (prefilter.ts) and its tests. */
export const IDIOM_PATTERNS: readonly RegExp[] = IDIOM_SCAN.alternatives;

// "...because i do", "i do though", "me too": the writer owning what they just asked about.
const OWNED_TOO =
  /\b(?:because i do|i do (?:tho|though|sometimes|a lot|al the time|every day|too)|me to\b(?= ?(?:\||$| lol| honestly| tbh))|same here\b(?= ?(?:\||$)))/;
const CHILD = re(`\\b(?:baby|toddler|litle (?:boy|girl|one)|(?:\\d|two|thre|four) year old)\\b`, "");
const MEDICAL_KINDS = new Set<Kind>([
  "overdose",
  "overdose_context",
  "overdose_symptoms",
  "poison",
  "medical_now",
  "body_now",
  "bleeding",
]);
const PET = re(
  `\\b(?:the|my|our|his|her|their) (?:\\w+ )?(?:dog|dogs|cat|cats|pupy|kiten|rabit|hamster|guinea pig|pet|horse|parot|budgie|tortoise|ferret)\\b`,
  "",
);
function findSignals(normalised: string): Signal[] {
  const text = IDIOM_SCAN.replace(normalised);
  const identified = IDENTIFICATION.test(text);
  const laughing = LAUGHTER.test(text);
  const signals: Signal[] = [];
  // Clauses: sentence breaks and "but" / "though" start a new scope for negation and subject.
  const clauses = text.split(/ \| | but | though | although | however | except /);
  let offsetText = "";
  for (let c = 0; c < clauses.length; c++) {
    const clause = ` ${(clauses[c] as string).trim()}`;
    const prevClause = c > 0 ? (clauses[c - 1] as string) : "";
    const nextClause = clauses[c + 1] ?? "";
    // "suicidal? no, never": a question answered with a denial straight after.
    const answeredNo = / \?\s*$/.test(clause) && /^\s*(?:no|nope|nah|never|not)\b/.test(nextClause);
    // Context for the clause, worked out only once something has matched (most clauses match nothing).
    let context: { discussed: boolean; past: boolean; timing: boolean } | undefined;
    const clauseContext = () =>
      (context ??= {
        discussed:
          DISCUSSION.test(clause) ||
          ((DISCUSSION.test(prevClause) || DISCUSSION_LEAD.test(prevClause)) && /^\s*"/.test(clause)),
        past: PAST.test(clause),
        timing: timingIn(clause) || /\blater\b/.test(clause),
      });
    for (const { g, pattern } of scanPatterns(RULE_INDEX.candidateList(clause))) {
      const r = SCAN_RULES[g] as Rule;
      pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(clause)) !== null) {
        const before = clause.slice(0, m.index);
        const tokens = before.trim().split(" ").filter(Boolean);
        if (r.negatable && negatedBefore(tokens)) continue;
        if (answeredNo) continue;
        let subject: "self" | "other" | "generic" | "you" | undefined =
          r.subject === "look"
            ? (subjectBefore(tokens) ?? subjectAtStart(m[0]))
            : r.subject === "insult"
              ? "you"
              : r.subject;
        if (r.subject === "look") {
          // A reflexive inside the match settles it: "kill himself" is someone else's risk.
          if (
            /\b(?:him|her|them) ?(?:self|selves)\b|\b(?:his|her|their) (?:own )?life\b|\b(?:hel|shel|he wil|she wil|say he|says he|saying he|say she|says she|saying she)\b/.test(
              m[0],
            )
          )
            subject = "other";
          else if (/\b(?:my ?self|me|i|im|ive|id)\b|\bmy (?:own )?life\b/.test(m[0])) subject = "self";
        }
        if (subject === undefined) subject = "self";
        if (subject === "generic") continue;
        if (subject === "you") {
          // "You ever just want to die?" is how many people say it about themselves.
          if (r.kind === "passive" && /\b(?:you|u) ever\b/.test(m[0])) subject = "self";
          // "do you ever think about ending it? because i do": the question was about the writer.
          else if (/\b(?:you|u) ever\b/.test(before.slice(-40) + m[0]) && OWNED_TOO.test(text))
            subject = "self";
          else continue;
        }
        // "My therapist asked if I want to die and I said no": a question reported, then answered.
        // Unless the person says the answer was not the truth ("i said no. i lied").
        if (ASKED_IF.test(before) && !ADMITTED.test(text)) continue;
        if (ASKED_IF_WIDE.test(before) && DENIED.test(text) && !ADMITTED.test(text)) continue;
        // "What would happen if I took all my pills": a question, not something done.
        if (
          TAKEN_KINDS.has(r.kind) &&
          /\b(?:if|whether)(?: (?:i|you|someone|somebody|they|he|she))?\s*$/.test(before)
        )
          continue;
        // "That meeting made me want to die lol": a complaint, not a wish.
        if (r.kind === "active" && laughing && /\b(?:made|makes|making) me\s*$/.test(before)) continue;
        let inQuote = quoteOpen(offsetText + before);
        // 'my mate said "might as well not bother waking up"': someone else's words, reported.
        // 'my friend keeps posting "wont be around much longer"': the same for any wish, goodbye or
        // threat, when someone else is named as the one saying it.
        if (inQuote && !NOT_MEANT.test(text)) {
          // Earlier quotations in the lead are skipped: 'keeps saying stuff like "x" and "y"'.
          const lead = (offsetText + before)
            .slice(0, (offsetText + before).lastIndexOf('"'))
            .replace(/"[^"]*"/g, " ");
          if (SAID_BY_ME.test(lead) && !DISCUSSION.test(lead) && !clauseContext().past) inQuote = false;
          else if (
            REPORTED_KINDS.has(r.kind) &&
            REPORTED.test(lead) &&
            !DISCUSSION.test(lead) &&
            (r.kind === "passive" || REPORTED_BY.test(lead))
          ) {
            inQuote = false;
            subject = "other";
          }
        }
        // "my flatmate locked the bathroom, said bye to me weird", "a letter in my daughter's room
        // saying sorry and goodbye": someone else's goodbye, told without quotation marks.
        if (
          (r.kind === "farewell" || r.kind === "goodbye") &&
          subject === "self" &&
          /^\s*(?:said|says|saying|texted|wrote|sent|posted|messaged)\b/.test(m[0]) &&
          /\b(?:he|she|they|my \w+|someone|somebody)\b/.test(before) &&
          !/\b(?:i|im|ive|id)\b/.test(before)
        )
          subject = "other";
        let isIdentified = false;
        const { discussed: discussedAnywhere, past, timing: clauseTiming } = clauseContext();
        const discussed = discussedAnywhere || DISCUSSION_LEAD.test(before);
        // "The GP asked if I ever feel I'd be better off dead. I said no. I do though": the question
        // was reported, and the answer owned, so it is not a discussion or someone else's words.
        const owned = (ASKED_IF.test(before) || ASKED_IF_WIDE.test(before)) && ADMITTED.test(text);
        if ((inQuote || discussed) && !owned) {
          if (!identified) continue;
          isIdentified = true;
        }
        // "the cat drank some antifreeze", "gave the dog a double dose of his flea tablet": a pet.
        if (
          MEDICAL_KINDS.has(r.kind) &&
          PET.test(clause) &&
          !/\bi (?:tok|took|swalowed|drank|had|ate|have taken|ve taken|injected)\b/.test(clause) &&
          // Batch zzx: "took a fistful of the pills the vet gave for the dog": no "i", still the writer.
          !/^ ?(?:tok|took|swalowed|downed|necked) /.test(clause)
        )
          continue;
        // "cut myself shaving and it won't stop bleeding, tiny nick": an accident, and a small one.
        if (
          r.kind === "bleeding" &&
          text !== normalised &&
          /\b(?:tiny|litle|smal|minor|nick|paper cut)\b/.test(clause)
        )
          continue;
        // "loads of blood but it stopped after a couple of minutes": it stopped.
        if (
          (r.kind === "bleeding" || r.kind === "bleeding_context") &&
          /\b(?:stoped|stopped) (?:after|on its own|by itself|with)\b|\bfirst aid (?:question|course|training|clas)\b/.test(
            text,
          )
        )
          continue;
        // "Going to take them all" is about pills only when pills have been mentioned.
        if (
          r.kind === "overdose_intent" &&
          !PILLS_MENTIONED.test(text) &&
          !/\b(?:childprof|lid|blister|packet)\b/.test(text)
        )
          continue;
        signals.push({
          kind: r.kind === "overdose_intent" ? "active" : r.kind,
          subject,
          past,
          // "I wanted to kill myself today" is a feeling remembered, not a time set.
          timing: r.act && clauseTiming,
          remembered: /\b(?:thought (?:about|of)|wanted to|felt like|was thinking (?:about|of))\s*$/.test(
            before,
          ),
          act: r.act || r.kind === "overdose_intent",
          intent:
            INTENT.test(before.split(" ").slice(-6).join(" ")) || /\b(?:about to|going to)\b/.test(m[0]),
          identified: isIdentified,
          clause,
        });
      }
    }
    offsetText += clause;
  }
  return signals;
}

// ---------------------------------------------------------------------------------------------
// From signals to a screening.

const SUICIDE_KINDS = new Set<Kind>([
  "passive",
  "active",
  "kms",
  "attempt",
  "lethal_query",
  "plan_strong",
  "means_strong",
  "goodbye",
]);

interface Tally {
  level: RiskLevel;
  categories: Set<RiskCategory>;
}

function raise(t: Tally, level: RiskLevel, ...categories: RiskCategory[]): void {
  if (levelRank(level) > levelRank(t.level)) t.level = level;
  for (const c of categories) t.categories.add(c);
}

/** Combines the signals about one person (the writer, or someone else) into a level. */
// Batches j and k, second round: risk that only shows across clauses of one message.
// "does it hurt? drowning i mean": the method named just after the question.
const METHOD_PAIN_QUESTION = re(
  `\\b(?:does it hurt|would it hurt|is it painful|is it quick|does it take long|how long does it take) \\? \\| (?:\\w+ ){0,2}(?:drowning|hanging|jumping|overdosing|bleding out|an overdose|carbon monoxide)\\b`,
  "",
);
// "i keep the blades in my pencil case. took them out tonight": the blades are "them".
const BLADES_OUT = re(
  `\\b(?:blades?|razors?|sharpener)\\b.*\\b(?:tok|took|got|taken|had) them out (?:tonight|today|again|now|earlier|just now)\\b(?! (?:to|for) )`,
  "",
);
// "the sertraline and the vodka. maybe an hour ago": what was taken, and when, in two sentences.
const TAKEN_FLATLY = re(
  `\\b${PILLS} and (?:the |a bottle of |half a bottle of )?(?:vodka|wine|whisky|gin|rum|booze|alcohol|cider)\\b.*\\b(?:ago|earlier|last night|just now)\\b|\\b(?:a e|a and e|hospital|waiting rom|triage)\\b.*\\bafter (?:taking|i took|swalowing) (?:the |my |al the |al my |a load of |loads of )?${PILLS}\\b`,
  "",
);
// "my brother keeps his hunting rifle at my place ... for when i need it": means kept for a purpose.
const WEAPON_FOR_WHEN = re(
  `\\b(?:rifle|gun|shotgun|pistol|firearm|rope)\\b.*\\bfor when i (?:ned|want|decide|am ready|m ready) (?:it|them|to)\\b`,
  "",
);
// "stop hiding my arms ... i still do it sometimes when it gets bad".
const ARMS_HIDDEN_STILL = re(
  `\\b(?:hiding|hide|cover|covering|covered) (?:up )?"? ?my (?:arms|wrists|legs|thighs)\\b.*\\bi (?:stil )?do it (?:sometimes|now and then|every now and then|when it gets bad|from time to time)\\b`,
  "",
);
// "ive got the petrol in the car. his car's outside his house. going round at 3".
const ACCELERANT = re(
  `\\b(?:got|have|bought|brought|filed) (?:the |some |a can of |a jery can of )?petrol\\b`,
  "",
);
const THEIR_PLACE = re(`\\b(?:his|her|their) (?:house|car|flat|door|place)\\b`, "");
// "im not going to kill myself ... but the thought is there a lot": denied, and still there.
const THOUGHT_STILL_THERE = re(
  `\\b(?:kil myself|suicide|end it|end my life|die)\\b.*\\b(?:the|those|that|these) thoughts? (?:is|are|s) (?:stil |always )?there\\b`,
  "",
);

// "theres no way out except dying": "but" and "except" start a new clause, so this is read whole.
const NO_WAY_BUT_DEATH = re(
  `\\b(?:i (?:have|se|can se|got)|theres|there is|i ve got|ive got|left with) no (?:way out|other way|option|other option|choice|escape|way)(?: left)? (?:but|except|other than|apart from|besides|than) (?:to )?(?:die|dying|death|${SUICIDE_WORD}|ending it|ending my life|end it|end my life|kiling myself|kil myself)\\b`,
  "",
);

// "she's not answering her phone now": someone at risk who cannot be reached.
// Something taken by mistake and checked with a pharmacist or 111, who said it was fine.
const CHECKED_FINE =
  /\b(?:rang|caled|phoned|spoke to|checked with|asked) (?:the )?(?:111|pharmacist|pharmacy|gp|doctor|nhs direct|poison control|poisons line)\b[^]*\b(?:said|told me|says)(?: \w+){0,4} (?:i|id|il|it|its|that|youl|you)(?:s| was| is| would| should| wil|d| re| are)? (?:be )?(?:fine|ok|okay|alright|nothing to worry)|\b(?:gp|doctor|pharmacist|111) checked (?:her|him|me)\b[^]*\b(?:fine|ok|okay)\b/;
const UNREACHABLE = re(
  `\\b(?:phones? (?:is |s )?(?:of|off|dead|going straight to voicemail)|(?:nobody|no one|noone|i) (?:can|cant|cannot) get hold of (?:him|her|them)|(?:his|her|their) cars? (?:is )?gone|(?:not|isnt|stoped|wont|hasnt ben) (?:answering|picking up|replying|responding|reading (?:my|our) (?:texts|mesages))|goes (?:straight )?to voicemail|hung up|line went dead|wont answer|wont (?:reply|pick up)|(?:nobody|no one|noone|we) (?:can|cant|cannot) find (?:him|her|them)|turned (?:her|his) location of|(?:her|his) phone is of|not answering (?:any|her|his)|location (?:is |s )?of|went ofline|(?:her|his) bike is gone|not in the house|(?:cant|cannot|cant seem to) (?:reach|get hold of|get through to) (?:her|him|them)|(?:the |his |her |their )?cars gone|police (?:are|is) on (?:the|their) way|gone missing|reported (?:him|her|them) missing)\\b`,
  "",
);
// "does it hurt to drown? asking for me": a question about pain and a method, owned.
const PAIN_QUESTION_OWNED = re(
  `\\b(?:does it|would it|do you think it|is it|wil it) (?:hurt|hurts|painful|quick)(?: \\w+){0,2} (?:to |when you |if you |if i |when i )?(?:drown|drowning|hang|hanging|jump|jumping|overdose|overdosing|od|bled out|bleding out|slit|gas)\\b(?! (?:into|in|on|over|with|of (?:a|the) (?:diving|board|plane|boat))\\b).*\\b(?:(?:asking|ask|asked|its|it s|question is) (?:for|about) (?:me|myself)|not for a friend|for me not (?:a|my) friend)\\b`,
  "",
);
// "took the whole strip an hour ago. ears are ringing": something taken, and what it is doing now.
const TAKEN_LOT = re(
  `\\b(?:(?:tok|took|taken|swalowed|drank|downed|necked|had|used|injected|mixed) (?:al (?:of )?|al the |al my |the whole |the lot|everything|loads|a lot|to many|way to many|some|half)(?:\\w+ ){0,3}(?:${PILLS}|pils|tablets|meds|strip|packet|box|botle|blister|insulin|pens|stuf|bleach|cupboard|cabinet|vodka)?|(?:ate|eaten|emptied|put|stuck|injected) (?:on )?(?:al|every(?: single)? one of|the whole|my \\w+s whole|a whole|the rest of|(?:\\w+ )?(?:six|five|four|thre|\\d+) of)\\b|(?:had|did|taken|took|done|injected|used|put on) (?:my |the |his |her )?(?:\\w+ ){0,2}(?:insulin|methadone|dose|meds|patch|patches|${PILLS}) (?:twice|again)\\b(?= (?:by|cos|because|as|i|and|,|\\|)|$)|what i (?:tok|took|had|swalowed|drank|injected)|doubled (?:up )?(?:my |the |on )?(?:\\w+ )?(?:insulin|dose|doses|${PILLS}|meds)|mixed (?:the )?(?:bleach|cleaning products|chemicals) (?:and|with)|drank (?:the|some) (?:stuf|bleach|cleaner|liquid) (?:under|from|in) the (?:sink|cupboard)|done it|(?:tok|took|had|dropped|necked|did|done) (?:\\d+|a|one|two|thre|half a?) (?:pingers|caps|bombs|tabs|points|presies|lines|bumps)\\b[^|]*\\b(?:then|and then|and) (?:another|more|\\d+ more|a few more))\\b`,
  "",
);
const TAKEN_SYMPTOM = re(
  `\\b(?:ears? (?:are |is )?ringing|ringing in my ears|burning in my throat|throat (?:is |s )?burning|(?:fel|feeling|feels) (?:realy |so |kind of |kinda |very |a bit )?(?:sick|floaty|dizzy|drowsy|sleepy|numb|shaky|faint|spaced out|out of it)|(?:cant stop |keep |kept )?(?:throwing up|vomiting|being sick)|threw (?:most of |some of |half of )?(?:them|it) up|(?:hands|arms|legs|face|lips|fingers) (?:have |are |is )?(?:going |gone )?(?:all )?(?:numb|tingly|blue)|(?:room|everything) (?:keeps |is )?(?:tilting|spinning)|heart (?:is |s )?(?:going|racing|pounding|beating|doing) (?:so |realy |very )?(?:fast|weird|funny|hard|mad)|heart is racing|heart (?:is |s )?doing (?:this |a |that )?(?:\\w+ )?(?:thing|fluttery|skippy)|fluttering|palpitations|(?:so|realy|very) (?:sleepy|drowsy|dizzy)|(?:starting to |cant stop )?(?:shake|shaking|sweat|sweating)|vision is (?:going |gone )?(?:funny|blury|weird)|head is pounding|splitting headache|(?:keep )?going dizzy|chest is tight|slurring|sweaty|nodding off|(?:cant|can not|cannot) (?:keep my eyes open|stay awake)|breathing (?:feels |is |fels |gone |going )?(?:\\w+ )?(?:funny|slow|weird|shallow|strange)|(?:everything|everythings|everything is) (?:buzzing|spinning)|shaky|drenched|yellow|yellowish|(?:keep )?passing out|blacking out|(?:i|im) (?:so |really )?confused|mouth fels (?:weird|funny|numb)|hearts? (?:is |s )?(?:going|racing|pounding|beating) (?:mental|crazy|nuts|insane|like mad)|(?:cant|cannot) se (?:properly|straight|clearly))\\b`,
  "",
);
const ACCIDENTAL = re(
  `\\b(?:acidentaly|by acident|by mistake|cleaning|didnt realise|didnt know|forgot (?:i|id|that)|(?:twice|again) (?:cos|because|as) i forgot)\\b`,
  "",
);
// "is 30 paracetamol bad ... took them at like 9": a number of tablets, then "took them".
const COUNT_TAKEN = re(
  `\\b(?:[2-9]\\d|1\\d|\\d{3}) (?:\\w+ )?(?:${PILLS}|pils|tablets)\\b.*\\b(?:tok|took|taken|swalowed|had) them\\b(?! (?:back|out|to|for)\\b)`,
  "",
);
// "tried to do it with the car in the garage tonight": an attempt by a method, without the word.
const TRIED_WITH = re(
  `\\btried to do it\\b.*\\b(?:car in the garage|engine running|exhaust|hose|bbq|charcoal|rope|belt|ligature|pils|tablets|bridge|ledge|blade|razor)\\b|\\b(?:lit|burning|burned) (?:a |the |some )?(?:disposable )?(?:bbq|barbecue|charcoal)\\b.*\\b(?:window|windows|dor|vents?) (?:shut|closed|taped)`,
  "",
);

// "is it normal for a cut to be hot ... did it on my leg": a wound, and the writer did it.
const WOUND_DID_IT = re(
  `\\b(?:cut|cuts|burn|burns|wound|gash|blisters?|blistering)\\b.*\\bdid (?:it|them|this) (?:myself|to myself|on my|a few times|again|last night|earlier)\\b|\\bdid (?:it|them) (?:myself|on my \\w+)\\b.*\\b(?:cut|burn|wound|gash|blistering)\\b`,
  "",
);
// "i said i'd stop cutting >> well i didn't. just now".
const BROKE_PROMISE = re(
  `\\b(?:stop|quit|give up) (?:cutting|self harming|harming myself|burning myself|hurting myself|sh)\\b.*\\b(?:i didnt|didnt last|slipped|relapsed|did it again|just now)\\b`,
  "",
);
// "2 years clean and tonight's urge is the worst ... razors are in the cabinet".
const URGE_NOW = re(
  `\\b(?:tonights|todays|this|the|my) urges? (?:is|are|s|was|keps|keeps) (?:the worst|so bad|realy bad|unbearable|so strong|realy strong|getting worse|back)\\b`,
  "",
);

// Batch l: harm to others that shows across sentences: a target found, a means, a purpose.
const HARM_ACROSS = re(
  `\\bi know where (?:he|she|they|my \\w+|him|her) (?:lives|parks|works|drinks|goes|stays)\\b.*\\b(?:do something|make (?:him|her|them) pay|feel what|get (?:him|her|them)|sort (?:him|her|them) out|bats?|knife|hamer|finishes|gets out)\\b|\\b(?:rat poison|antifreze|weedkiller|bleach|slug pelets)\\b.*\\b(?:his|her|their) (?:tea|food|drink|cofe|dinner|lunch|pint)\\b|\\b(?:bought|got|have|ive got|brought) (?:a |the |my )?(?:baseball )?(?:bat|knife|hamer|crowbar|gun|machete|blade)\\b.*\\b(?:its|it s|thats|that s) for (?:my \\w+|him|her|them)\\b|\\b(?:kil|hurt|stab|shoot) (?:my \\w+|him|her|them)\\b.*\\bhow (?:id|i would|i d|to) do it\\b|\\b(?:knife|gun|blade|machete)s? in my (?:bag|backpack|pocket|blazer|locker)\\b.*\\bi know (?:which ones|who|exactly who)\\b`,
  "",
);
// "they let me out of the ward today ... i still want to go".
const STILL_WANT_TO_GO = re(
  `\\b(?:ward|hospital|discharged|let me out|atempt)\\b.*\\b(?:stil|just) want to go(?= ?$| ?\\|)`,
  "",
);
// "what happens if you take way too many of your pills? asking for me".
const QUESTION_OWNED = re(
  `\\b(?:what happens|what would happen|how many|how much|is it (?:bad|dangerous|fatal)|can you die|would i die|could i die)\\b[^|]*\\b(?:${PILLS}|pils|tablets|to many|overdose|die|fatal|lethal)\\b.*\\b(?:asking for me|(?:its|it s) for me|for me not (?:a|my) friend|not for a friend)\\b`,
  "",
);

// Batch m: what a second sentence makes of the first.
const ACROSS_M = re(
  `\\bthinking about it\\b.*\\blike doing it\\b|\\bdont want to be here\\b.*\\b(?:like|i mean|as in) (?:alive|living|existing)\\b|\\b(?:${SUICIDE_WORD}|kil myself|end it)\\b.*\\b(?:now|stil) (?:its )?(?:more like |only |just )?(?:once|twice|thre times|a few times) a (?:week|day)\\b|\\b(?:researching|reading about|looking into|looked into|googling|googled)\\b.*\\b(?:helium|nitrogen|exit bag|carbon monoxide)\\b|\\b(?:since|now that|now) i (?:decided|made my mind up|made the decision)\\b.*\\b(?:calm|easier|peace|weight)\\b|\\b(?:calm|easier|peace)\\b.*\\bsince i (?:decided|made my mind up)\\b|\\b(?:died|went the same way|pased away|lost (?:him|her)|funeral|grave)\\b.*\\bwant to be with (?:him|her|them)\\b`,
  "",
);

// "i'm on the footbridge ... been stood here about an hour".
const STOOD_THERE = re(
  `\\b(?:im|i am) (?:on|at) (?:the |a )?(?:\\w+ ){0,2}${PLACES}\\b.*\\b(?:stod|standing|sat|siting|ben) here (?:for )?(?:about |over |nearly |like )?(?:an|a|\\d+|two|thre) (?:hour|hours|while)\\b`,
  "",
);
const HARM_TOOLS = `(?:${WEAPONS}|lump hamer|whel brace|tyre iron|box cuter|stanley knife|knuckle ?dusters|taser|petrol|can of petrol|petrol can|pan of oil|zip ties|blades|bats|rat poison|screwdriver|the stuf)`;
const WEAPON_READY = re(
  `\\b(?:${HARM_TOOLS}(?:s| is| s| are)? (?:\\w+ ){0,3}(?:in (?:my|the) (?:bag|pocket|coat|boot|car|van|hand|waistband|backpack)|on the (?:pasenger )?seat|behind (?:the|my) (?:front )?dor|behind my back|by the dor|under (?:the|my) seat|on the hob)|(?:got|have|bought|ordered|grabed|picked up|got hold of|put) (?:the |a |my |his |some |dads |my dads |the same )?(?:\\w+ )?${HARM_TOOLS}|${HARM_TOOLS} in (?:his|her) (?:flask|cofe|tea|drink|fod))\\b`,
  "",
);
// Batch zzv: "he's had this coming", "finishing him for good" also settle a score.
const SCORE_TO_SETTLE = re(
  `\\b(?:(?:hes|shes|he has|she has|theyve|they have) had (?:this|it) coming|(?:finishing|finish) (?:him|her|them) (?:of|for god)|(?:hes|shes|he is|she is|theyre|they are|hel|shel|he wil|she wil) (?:going to |gona )?(?:learn(?= ?$| ?\\|| ?,| his lesson| her lesson)|regret it(?= ?$| ?\\|| ?,)|pay(?= ?$| ?\\|| ?,| for)|find out what happens|get what(?:s| is) coming)|(?:tonight |today )?(?:he|she|they) gets? it(?: back)?(?= ?$| ?\\|| ?,)|(?:he|she|they) (?:wont|wil never|wil not) (?:touch|hurt|hit) (?:me|her|him|anyone|my (?:mum|mom|sister|brother|kids|daughter|son|wife|girlfriend|family|litle \\w+))(?: or the kids)? again|not walking away this time|(?:it )?ends (?:today|tonight|now)(?= ?$| ?\\|| ?,)|for the last time(?= ?$| ?\\|| ?,)|done being (?:the|his|her) (?:mug|punchbag|victim)|(?:are|is) geting it(?= ?$| ?\\|)|i want (?:him|her|them) gone(?= ?$| ?\\|| ?,| for god)|every (?:single )?one (?:who|that) (?:laughed|hurt|bulied)|(?:house|place|flat) is going up|taking (?:him|her) with me|nobody is stoping me|(?:he|she) (?:touched|hurt|raped) (?:her|him|my \\w+|me)(?: and| ,| \\|)|(?:whos |hes )?got it coming|(?:theyl|they wil) al (?:se|pay|regret)|(?:she|he) (?:ruined|wrecked) my life|hes a dead man|wont be a conversation)\\b`,
  "",
);
const TAKEN_ALL_ACROSS = re(
  `\\b(?:tok|taken|swalowed|necked|downed) (?:them|(?:the|my|his|her) (?!dog|kids|children|boys|girls|class|team|bus|train)\\w+(?: \\w+){0,3}|it)(?: now| already)? \\| (?:ok |yes |yeah )?(?:al of them|al \\d+|the lot|every (?:single )?one|the whole (?:packet|box|bottle|tub|strip|lot))(?= ?$| ?\\|| ?,| just| and| i)`,
  "",
);
const PILLS_KICKING_IN = re(
  `\\b(?:pils|tablets) (?:are |r )?(?:kicking|kick) in\\b.*\\b(?:bye|goodbye|sory|forever|for god)\\b`,
  "",
);
const INJURED_ON_PURPOSE = re(
  `\\b(?:punched|banged|smashed|bashed|hit) (?:my (?:head|fist|hand|arm|leg|thigh|wrist|knuckles|face)|the (?:\\w+ )?(?:wal|tiles|dor|miror|steering whel))\\b[^|]*(?:\\| [^|]*)?\\b(?:on purpose|deliberately)\\b`,
  "",
);
// Taken on purpose: "mixed my methadone with benzos on purpose", "i did mean it".
const DELIBERATE = re(
  `\\b(?:(?<!\\bnot )on purpose|deliberately|i did mean it|i meant it|(?:want|wanted) it (?:to stop|over)|for god|this is me done)\\b`,
  "",
);
const AT_THE_PLACE_NEXT = re(
  `\\b(?:sory,? (?:mum|mumy|mom|mama|dad|daddy|everyone)(?= ?(?:$|\\||x+ ?$))|not coming back(?! (?:til|until|before|for|tonight|today|home|in|to))|(?:just )?(?:gona|going to) go in|cant swim|one leg (?:outside|out|over)|legs (?:over|out)(?= ?$| ?\\|| ?,| the| of| over)|railings? (?:is |s )?(?:freezing|cold)|not going back down|(?:walking|walk|leaning) (?:to|over) the edge(?! of the (?:pol|pavement|kerb|bed|sofa|stage|road))|thinking about the step|deciding(?= ?(?:$|\\|))|(?:dont|do not) (?:try (?:to )?|bother (?:trying to )?)?talk me down|(?:the )?thoughts? (?:wont|doesnt|dont|wil not) (?:stop|go away)|if i (?:dont|do not) (?:reply|answer|text back|come back)|(?:text|tel|ring|cal) my (?:mum|mom|dad|sister|brother|wife|husband|kids|partner) (?:for me|that i)|ben planing this|ben here (?:\\w+ )?(?:hours|an hour|ages|since)|watching the (?:lories|cars|trains|trafic|water|waves) (?:go|below|under|come)|(?:dont|do not) want to (?:go|come|turn|climb|step|get) back|sory for (?:being (?:a mes|like this|a burden|such a mes)|everything|al of it)(?= ?$| ?\\|)|(?:havent|not|no) (?:got )?(?:my |a )?seatbelt on|bariers (?:are |re )?(?:coming|going) down(?= ?$| ?\\|)|keep looking (?:down|at the water|over the edge))\\b`,
  "",
);
// "i've made my mind up. the bridge by work. friday": decided, a place or means, and a time.
const PLACE_WORD = re(`\\b${PLACES}\\b`, "");

// ---------------------------------------------------------------------------------------------
// Readings built from parts rather than phrases. Each new author writes the same few events in
// words no phrase list holds ("done it. all 60 paracetamol, 20 mins ago", "its in my lap.
// tonight", "would you die from a fourth floor balcony"), so these read an event from its parts:
// an act, what it was done with, how much or how soon; a means and that it is ready; a question,
// an outcome and a means. Each part list is short and each reading is guarded by what clears it.

const AMOUNT_TAKEN = `(?:all(?! (?:good|fine|ok|okay|right|well|set|sorted|clear|normal|day|night|week|along|the time)\\b)(?: \\d+| of (?:them|it|my|the|her|his))?|the lot|every (?:single )?one|the whole (?:strip|box|packet|pack|bottle|tub|pen|lot|prescription)|(?:two|three|four|\\d+) (?:boxes|packets|packs|strips|bottles)|boxes|(?:[2-9]\\d|1\\d\\d)(?! ?(?:mg|ml|mcg|units?|minutes|mins|hours|hrs|years|yrs|days|weeks|%|percent|quid|pounds|dollars))|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\\w*|\\d+ish)`;
// "done it. all 60 paracetamol", "two boxes of my dad's pills ... down me", "took some >> all of them".
const TAKEN_AMOUNT = re(
  `\\b(?:took|taken|swallowed|downed|necked|done it|did it|mixed|in me|down me|halfway through|half way through|(?:theyre|they are|its|it is) in me)\\b(?:[^|]{0,70}?|[^|]{0,50}\\| [^|]{0,20}?)\\b${AMOUNT_TAKEN}\\b|\\b${AMOUNT_TAKEN}\\b[^|]{0,50}\\b(?:down me|in me|swallowed|taken|gone|necked|downed)\\b`,
  "",
);
// "40 of my mums tramadol" beside "its done", "sixty 500mg acetaminophen" beside "took".
const AMOUNT_OF_MEDICINE = re(
  `\\b(?:like |about |approximately |around |maybe )?${AMOUNT_TAKEN} (?:or so )?(?:of )?(?:(?:my|the|his|her|their|mums|dads|nans|\\w+s) )?(?:\\w+ )?(?:\\d+ ?mg )?${PILLS}\\b|\\b(?:two|three|\\d) (?:boxes|packs|packets) down\\b`,
  "",
);
const TAKEN_ACT = re(
  `\\b(?:took|taken|swallowed|ingested|i had(?! to)|halfway through|downed|necked|(?:its|it s|it is) done|done it|did it|(?:theyre|they are|there) al(?:l)? (?:swallowed|gone|down)|down(?= ?$| ?\\|| ?,))\\b`,
  "",
);
const INGESTED = re(`\\b(?:${PILLS}|sleepers|patches|overdose|od|boxes|packs|packets)\\b`, "");
// "mum, she", "my mate's": someone else did it, which their own rules read.
const OTHER_TOOK = re(
  `\\b(?:she|he|they|shes|hes|theyve|my (?:mum|mom|dad|son|daughter|friend|mate|wife|husband|partner|brother|sister|nan|gran|grandad|flatmate|roommate|girlfriend|boyfriend|gf|bf)|mum|dad|the (?:baby|dog|cat))\\b(?: \\w+){0,3} (?:has |have |s |just )?(?:took|taken|swallowed|downed|necked|had|ate|eaten)\\b`,
  "",
);
const TAKEN_CLEARED = re(
  `\\b(?:for (?:my|a|the) (?:headache|migraine|period|back|tooth|toothache|cold|flu|pain|fever)|over (?:the|a) (?:week|month|year)|for (?:today|the day)|as (?:usual|normal)|(?:morning|evening|night) (?:meds|tablets|pills)|(?:took|taken) [^|]{0,30}\\b(?:to the|to a|back to|home|round to)\\b|antibiotics|course|proud|remembered|on time|plasters|cookies|sweets|biscuits|chocolates|pharmacy|pharmacist|chemist|disposed|dispose|recycling|tip|(?:a|per|each) day|prescribed|as prescribed|the doctor (?:said|gave)|nurse|paramedic|patient|shift|vet|the dog|the cat|exam|essay|lecture|episode|film|book|novel|game)\\b`,
  "",
);
// "shotgun's loaded on the kitchen table", "its in my lap. tonight" after "the gun".
const GUN_READY = re(
  `\\b(?:gun|shotgun|revolver|pistol|rifle|service revolver)s?\\b[^|]{0,40}\\b(?:loaded|in my lap|in my hand|in my mouth|under my chin|in front of me|cocked)\\b|\\b(?:loaded|cleaned and loaded) (?:the |my |dads |my dads )?(?:gun|shotgun|revolver|pistol|rifle)\\b|\\b(?:its|it s|it is) (?:in my lap|in my hand|in my mouth|under my chin|loaded)\\b(?<=\\b(?:gun|shotgun|revolver|pistol|rifle)\\b.*)`,
  "",
);
const GUN_CLEARED = re(
  `\\b(?:clay|clays|range|hunting|hunt|shoot (?:day|tomorrow|on saturday)|season|rabbits|pigeons|deer|vermin|foxes|club|licence|license|film|game|movie|cod|fortnite|airsoft|paintball|nerf|water gun|toy)\\b`,
  "",
);
// Aimed at someone else: the harm rules read these.
const AIMED_AT_OTHERS = re(
  `\\b(?:him|her|them|school|assembly|lads|everyone who|for (?:the|my|his|her|that)|at (?:him|her|them))\\b`,
  "",
);
// "the cord's up in the loft and i'm going up now", "its already up. the rope. in the garage".
const LIGATURE_READY = re(
  `\\b(?:rope|cord|noose|ligature|belt|flex|cable)s?\\b[^|]{0,30}\\b(?:is |s |are )?(?:up|tied|ready|hung|over the (?:beam|banister|rail|door)|round the (?:beam|banister|rail|pipe)|in the (?:loft|garage|attic|barn|shed))\\b|\\b(?:rope|cord|belt|tow rope)\\b[^]{0,60}\\b(?:found|picked) (?:a |the )?(?:good|strong|right) (?:branch|tree|beam)\\b|\\b(?:its|it s|it is) (?:already )?(?:up|tied)\\b[^]{0,30}\\b(?:rope|cord|noose|belt)\\b`,
  "",
);
const LIGATURE_CLEARED = re(
  `\\b(?:swing|rope swing|climbing|climb|abseil|washing|tent|boat|camping|dog|horse|gym|skipping|tug of war|christmas|decorations|fairy lights|charger|phone|laptop|tv|hoover|extension|tarp|tie (?:it|them|the \\w+) down)\\b`,
  "",
);
const SOON_OR_NOW = re(
  `\\b(?:now|tonight|right now|rn|going up|in a (?:minute|bit)|after this|any minute|(?:once|when) (?:everyone|the house|they|he|she|the kids)\\b)\\b`,
  "",
);
// "would you die from a fourth floor balcony", "what dose of propranolol stops your heart",
// "how many would someone need to put on not to wake up", "can you drown yourself in the bath".
const LETHAL_QUESTION = re(
  `\\b(?:would|will|can|could|does|do|is|are|how many|how much|what dose|whats the dose|what amount|how long|how far|how high|which)\\b[^|]{0,70}\\b(?:die|dead|death|kill (?:you|someone|a person|yourself|me)|stops? (?:your|a|my|the) heart|not (?:to )?wake up|dont wake up|never wake up|do it|fatal|lethal|be enough|is enough|definitely|drown (?:yourself|myself)|break (?:things|your legs)|(?:actually |really )?(?:does|do|did|would do|causes) (?:real |lasting |proper )?damage|take(?=[^|]*\\b(?:car|engine) runing\\b[^|]*\\bgarage\\b|[^|]*\\bgarage\\b[^|]*\\b(?:car|engine) runing\\b))\\b`,
  "",
);
const LETHAL_MEANS = re(
  `\\b(?:${PILLS}|paracetamol|dose|overdose|od|floor|floors|storey|balcony|bridge|height|drop|fall|jump|drown|drowning|bath|patches|tylenol|units|rope|hanging|train|motorway|car runing|engine runing)\\b`,
  "",
);
// A question asked for a story, for study, for a pet or about a safe dose, not about a death.
const ASKED_NOT_FOR_DEATH = `story|novel|book|fiction|character|film|movie|series|episode|documentary|podcast|true crime|exam|essay|homework|assignment|revision|lecture|quiz|trivia|dog|cat|puppy|kitten|pet|toddler|safe dose|safe to take|maximum dose|max dose|how many can i take|for (?:my|a|the) (?:headache|migraine|period|back|tooth|pain|fever|cold|flu)`;
const QUESTION_CLEARED = re(
  `\\b(?:${ASKED_NOT_FOR_DEATH}|writing|show|module|nursing|pharmacology|placement|baby|child|kids)\\b`,
  "",
);
// "one of the cuts from yesterday has gone all red and hot and there's yellow stuff coming out".
const WOUND_INFECTED = re(
  `\\b(?:the cuts?|my cuts?|cuts? from|cut (?:last night|yesterday|on (?:my|the))|burns? from|the burns?|my burns?|where i (?:cut|burned|burnt))\\b[^]{0,90}\\b(?:red and hot|hot and red|hot and swollen|red and swollen|yellow stuff|green stuff|pus|oozing|smells bad|infected|red lines)\\b`,
  "",
);

// "just threw up dinner. 3rd time today", "made myself sick after lunch, gonna do it after every meal".
const PURGED_AGAIN = re(
  `\\b(?:threw up|made myself sick after|thrown up) (?:my |the )?(?:dinner|lunch|breakfast|tea|food|meal|everything)\\b[^]{0,40}\\b(?:\\d+(?:st|nd|rd|th) time|after every meal|every meal|on purpose)\\b`,
  "",
);

// Pieces of the PLACES words, squeezed as the text is: one of them is in every place named there.
const PLACE_HINTS = [
  "bridge",
  "rof",
  "clif",
  "quary",
  "platform",
  "crosing",
  "station",
  "wods",
  "forest",
  "railway",
  "tracks",
  "dam",
  "reservoir",
  "pier",
  "harbour",
  "sea",
  "coast",
  "beach",
  "river",
  "canal",
  "estuary",
  "weir",
  "car park",
  "ledge",
  "edge",
  "balcony",
  "flor",
  "storey",
  "flyover",
  "overpass",
  "viaduct",
  "terace",
  "top deck",
  "stairwel",
  "gorge",
  "headland",
  "rails",
  "sil",
  "top level",
  "flats",
];
// At a high place, the water or the line, now: "at the end of the pier and im not coming back up",
// "on the motorway bridge. done waiting", "drove up. parked by the water", beside something that
// points the same way. Not a walk, a view, a shift or a swim.
// Places where a fall, the water or a train is near, for the readings of being there now.
const EDGE_PLACES = `(?:${PLACES}|(?:level )?crossing|stairwell|gorge|headland|rails|window ?sill|sill|top level|top floor|the flats|cliff road|motorway bridge)`;
const AT_PLACE_NOW = re(
  `\\b(?:im|i am|standing|stood|sitting|sat|parked|drove up|walked up|here)\\b(?: \\w+){0,4} (?:on|at|by|in|over|onto) (?:the )?(?:\\w+ ){0,3}${EDGE_PLACES}\\b|\\bat the (?:end of the )?(?:\\w+ )?${EDGE_PLACES}(?: now| right now)\\b|\\b(?:on|at) the (?:\\w+ )?${EDGE_PLACES} (?:now|right now|rn)\\b|\\b(?:standing|sitting|sat) (?:right )?(?:on|at) the edge\\b|\\bat the end of the ${EDGE_PLACES}\\b|(?:^|\\| ) ?(?:on|at) the (?:\\w+ ){0,2}${EDGE_PLACES}\\b|\\bthe (?:ledge|edge|bridge|water|wind|drop|railing|rail) is (?:\\w+ )?(?:cold|freezing|high|wet|slippery|windy|quiet|dark|loud)\\b|(?:^|\\| ) ?(?:in the car |parked )(?:on|at|by) (?:the )?(?:\\w+ ){0,3}${EDGE_PLACES}\\b|\\bwaiting for the (?:\\d+ \\d+|\\d+|last|next) (?:\\w+ )?(?:at|by|on) the (?:\\w+ )?${EDGE_PLACES}\\b`,
  "",
);
const AT_PLACE_POINTER = re(
  `\\b(?:kill my ?self|end it|ending it|end my life|suicid\\w*|wants? to die|wants? it (?:al )?over|on the phone (?:to|with) (?:999|911|the police|police)|not coming back(?! (?:til|until|before|for|tonight|today|home|in|to|from|with|after))|going in|going over|im done|done waiting|done trying|goodbye(?= ?$| ?\\|| everyone| all| world| mum| dad)|sorry (?:mum|dad|everyone)(?= ?$| ?\\|| ?,? ?(?:x+|i love you|love you)\\b)|wont make it|no point|my last|not getting on|look after|ill show them|cant do this|cant do it any ?more|cant do another|sorry (?:to|for) (?:everyone|everything)|sorry for being (?:so much|a burden|such a|me)|tired of (?:fighting|everything|being|it al|living|this)|nothing left|disappear|notice im gone|not going back|hold on|(?:my )?last (?:message|time|thing|view)|forgive|better off|so will i|before i (?:step|jump|go|do it)|with what i ned|dont (?:cal|ring|tel) anyone|window (?:wide )?open|(?:its|it s|it is) a long way down|engine (?:on|running)|handbrake)\\b`,
  "",
);
// At the edge itself: "one leg's already over", "the outside of the railing", "feet dangling".
const EDGE_NOW = re(
  `\\b(?:(?:one |both )?(?:legs?|feet)(?: s| is| are)? (?:already )?(?:over|dangling|hanging)|(?:outside|other side|wrong side) of the (?:railing|railings|rail|fence|barrier)|climbed (?:over )?the (?:fence|railing|railings|barrier|rail)|(?:(?:sat|sitting|stood|standing) (?:on|at|by) the (?:edge|ledge)|on the edge)(?! of (?:the |my |our |his |her |their |a )?(?:bath|bed|sofa|seat|chair|pool|pier|road|desk|table|stage|pavement|kerb|curb|field|pitch|wood|woods|forest|town|vilage|sink|tub|counter)\\b)(?: bit| of (?:the|it))?|(?:rails|tracks) (?:hum|humming|are humming)|sat on the (?:railway )?(?:line|tracks|rails))\\b`,
  "",
);
// Someone else at the place: "she's parked somewhere by the sea", "a video of him stood on the edge".
const THIRD_AT_PLACE = re(
  `\\b(?:hes|shes|he is|she is|theyre|they are|him|her|them|he|she|himself|herself|themselves|(?:friend|mate|bestie|brother|sister|son|daughter|dad|mum|partner|boyfriend|girlfriend|husband|wife|cousin|flatmate|student|pupil) (?:is|s))\\b[^|]{0,40}\\b(?:on|at|by|in|over) (?:the )?(?:\\w+ ){0,3}(?:${EDGE_PLACES}|edge)\\b`,
  "",
);
// "up on the chair now. just say something kind to me before i step off".
const STEP_OFF = re(
  `\\bon (?:the|a) (?:chair|stool|ladder|step ?ladder|bucket)\\b[^]*\\b(?:step off|kick (?:it|the (?:chair|stool)) (?:away|over)|tie (?:it|the)|rope|noose|cord|belt|flex|beam|loft hatch|banister)\\b`,
  "",
);
const AT_PLACE_CLEARED = re(
  `\\b(?:work|shift|holiday|walk(?:ing)? the dog|dog walk|fishing|canyon|glad we came|sightseeing|belay|harness|guide|clipping me in|clipped in|wish me luck|charity|climbing|abseil\\w*|roofer|scaffold\\w*|bungee|zip ?line|paraglid\\w*|diving|instructor|crag|swim|swimming|selfie|view|sunset|sunrise|lovely|beautiful|gorgeous|trip|ferry|tourist|photos?|picnic|surf|surfing|paddle|kayak|lifeguard|commute|waiting for (?:the|my) (?:train|bus|friend|mum|dad|lift)|meeting|date|gig|festival|bye for now|see you|song|lyric|lyrics|film|movie|game)\\b`,
  "",
);
// Everything set up, letters left, means bought, with a time: "letters for mum and my sister are in
// the drawer. tonight once everyone's in bed", "everything's set up in the spare room".
const ALL_READY = re(
  `\\b(?:everything(?:s| is)? (?:set up|ready|sorted|in place)|(?:its|it s|it is) all (?:ready|set up|sorted|in place)|(?:letters|notes?) for (?:\\w+ ){1,4}(?:are |is )?(?:in the \\w+|on the \\w+|written|done|sealed)|(?:tablets|pills|rope|cord|charcoal|hose)(?: and (?:\\w+ ){1,2})? (?:are |is )?bought)\\b`,
  "",
);
const READY_CLEARED = re(
  `\\b(?:party|surprise|proposal|anniversary|picnic|move|moving|holiday|wedding|exam|exams|trip|birthday|interview|christmas|xmas|bake|cake|presents|guests|dinner|packing|flight|launch|sale|uniform|baby|nursery|camping|garden|barbecue|bbq)\\b`,
  "",
);
// "please look after biscuit" beside "i'm so sorry mum" or "it's not anyone's fault": last words.
const LAST_WISHES = re(
  `\\b(?:please )?look after (?:the dog|the cat|my (?:dog|cat|kids|boys|girls|babies|mum|dad)|(?:him|her|them) for me|\\w+ for me|biscuit|\\w+ for ever)\\b`,
  "",
);
const LAST_WORDS = re(
  `\\b(?:sorry|love you|bye|goodbye|not anyones fault|not your fault|wasnt your fault|none of it was on you|forgive me)\\b`,
  "",
);
const AWAY_FOR_A_WHILE = re(
  `\\b(?:holiday|away|trip|weekend|til|until|flight|back on|back in|while im|when im|hospital for|surgery|op|operation|conference|festival|moving|move out|new flat|new job|uni)\\b`,
  "",
);

/**
 * Whether a text holds any of these exact pieces of text. Every such test of a reading is answered
 * from one pass over the text for all of them (PieceGate, prefilter.ts), not a scan each.
 */
function anyPiece(...pieces: string[]): PieceGate {
  return new PieceGate(pieces);
}
/** A pattern that finds any of these words standing on their own (between spaces or at an end). */
function anyWord(...words: string[]): RegExp {
  return new RegExp(`(?:^| )(?:${words.join("|")})(?= |$)`);
}
// Readings run only on a text that could match what one of their raises needs (PatternGate,
// prefilter.ts): for each raise, the patterns that must all match for it (a list), or one of them.
// A raise added to one of these readings must add what it needs here (a test in
// prefilter.test.ts compares the screener's results with the gates held open). The patterns are
// read when the gates are first used.
const THEME_EMERGENCY_GATE = new PatternGate(() => [
  [TE_GAS_ON, TE_GAS_SEALED],
  [TE_INSULIN_STOPPED, TE_INSULIN_MEANT],
  [TE_TAKEN, TE_TAKEN_WHAT, TE_TAKEN_WHEN],
  [TE_TRIED, TE_TRIED_RECENT],
  [TE_SCHEDULED, TE_SCHEDULED_END],
  [TE_LINE, TE_TRAIN_DUE, TE_TRAIN_THERE],
  [TE_WATER_IN, TE_WATER_ON],
  [TE_COVER, TE_COVER_LEAVING],
  [TE_AT_PLACE, TE_WISH_RE],
  [TE_AT_PLACE, TE_AT_PLACE_POINTER],
  TE_THOUGHT_THEN_THERE,
  [TE_NOTE_PLACED, TE_NOTE_FOR],
  [TE_AFFAIRS, TE_AFFAIRS_THEN],
  [TE_MEANS_HELD, TE_WISH_RE, TE_TIME_NOW],
  [TE_MEANS_HELD, TE_ACT_SET],
  [TE_MEANS_PLACED, TE_MEANS_PLACED_TOLD],
  [TE_DATE_SET, TE_DATE_WHEN, TE_DATE_FOR],
  [TE_ACT, TE_ACT_WHEN, TE_ACT_WHY],
  TE_GONE_BY,
  [TE_SAT_WITH, TE_SAT_MEANS],
  [TE_HOLDS, TE_HOLDS_WHAT],
  [TE_DECIDED, TE_DECIDED_WHAT],
  [TE_LAST_MESSAGE, TE_LAST_WORDS],
]);
const THEME_URGENT_GATE = new PatternGate(() => [
  THEME_HOW,
  THEME_HOW_ID,
  [THEME_THOUGHTS, THEME_DEATH],
  THEME_THOUGHTS_STRONG,
  THEME_ACT_THOUGHT,
  [THEME_PLAN, THEME_NO_TIME],
  THEME_PLAN_MEANS,
  [THEME_THOUGHT_THROUGH, THEME_THROUGH_WITH],
  [THEME_WISH, THEME_MEANT],
  [THEME_WISH, THEME_MEANT_WEAK],
  [THEME_HEIGHT, THEME_ASKED_SO],
  [THEME_HEIGHT, THEME_DEATH],
  THEME_DOSE,
  [THEME_VOICE, THEME_VOICE_DO],
  [THEME_VOICE, THEME_DEATH],
  [THEME_STOCK, THEME_MEDS_HERE],
  [THEME_PLACE_LOOKED, THEME_PLACE_SO],
  [THEME_PLACE_LOOKED, THEME_DEATH],
  THEME_INSURANCE,
  THEME_NOTE_HEAD,
  THEME_ORDERED,
  [THEME_ROPE, THEME_ROPE_FOR],
  [THEME_FEEL, THEME_FEEL_MEANS],
]);
// The words each reading of the whole message needs, one of them at least (see readFromParts and
// acrossClauses): most messages hold none of them, so most readings are never run.
const LETHAL_PIECES = anyPiece(
  "die",
  "dead",
  "death",
  "kil",
  "heart",
  "wake",
  "do it",
  "fatal",
  "lethal",
  "enough",
  "definitely",
  "drown",
  "break",
  "damage",
  "garage",
);
const TAKEN_PIECES = anyPiece(
  "i had",
  "halfway",
  "tok",
  "taken",
  "swalow",
  "down",
  "neck",
  "done",
  "did it",
  "in me",
  "mixed",
  "ingest",
);
const GUN_PIECES = anyPiece("gun", "shotgun", "revolver", "pistol", "rifle");
const LIGATURE_PIECES = anyPiece("rope", "cord", "noose", "ligature", "belt", "flex", "cable");
const QUESTION_PIECES = anyPiece("?", "would", "will", "can", "could", "does", "how", "what", "which");
const PURGED_PIECES = anyPiece("threw up", "thrown up", "sick after");
const PLACE_PIECES = anyPiece(...PLACE_HINTS);
const READY_PIECES = anyPiece("ready", "set up", "sorted", "in place", "leters", "notes", "note ", "bought");
const WOUND_PIECES = anyPiece(
  "red and",
  "hot and",
  "red lines",
  "yelow",
  "green stuf",
  "pus",
  "ooz",
  "smels",
  "infected",
);
const PAIN_PIECES = anyPiece("hurt", "painful", "quick", "take long");
const ACROSS_M_PIECES = anyPiece(
  " a wek",
  " a day",
  "exit bag",
  "mind up",
  "the decision",
  "want to be with",
);
const OWNED_PIECES = anyPiece("for me", "for a friend");
const DID_IT_PIECES = anyPiece("did it", "did them", "did this");
const STOP_PIECES = anyPiece("stop", "quit", "give up");
const TRIED_PIECES = anyPiece("tried to do it", "bq", "barbecue", "charcoal");
const A_AND_E_PIECES = anyPiece("a e", "a and e", "waiting rom");
const PURPOSE_PIECES = anyPiece("purpose", "deliberately");
const KICKING_IN_PIECES = anyPiece("kicking in", "kick in");
const TAKEN_MORE_PIECES = anyPiece("doubled", "done it", "what i ");
const TAKEN_WORDS = anyWord(
  "tok",
  "took",
  "taken",
  "swalowed",
  "drank",
  "downed",
  "necked",
  "had",
  "used",
  "injected",
  "mixed",
  "ate",
  "eaten",
  "emptied",
  "put",
  "did",
);
const HOURS_WORDS = anyWord("hour", "hours", "while");
const ACROSS_M_WORDS = anyWord(
  "doing",
  "alive",
  "living",
  "existing",
  "helium",
  "nitrogen",
  "monoxide",
  "decided",
);
const DRINK_WORDS = anyWord(
  "vodka",
  "wine",
  "whisky",
  "gin",
  "rum",
  "boze",
  "alcohol",
  "cider",
  "hospital",
  "triage",
);

/** Told as the past and not as lately: "years ago", "when i was 15", not "again last night". */
function longAgo(text: string): boolean {
  return PAST.test(text) && !RECENT.test(text);
}

/**
 * An overdose read by a reading (readFromParts, readTakenPlainly): an emergency, medical, and
 * suicide too unless it was taken by accident; nothing when someone else took it, it was an
 * ordinary dose, a doctor checked it, or it was long ago.
 */
function raiseTaken(t: Tally, text: string): void {
  if (OTHER_TOOK.test(text) || TAKEN_CLEARED.test(text) || CHECKED_FINE.test(text) || longAgo(text)) return;
  if (ACCIDENTAL.test(text)) raise(t, "emergency", "medical");
  else raise(t, "emergency", "suicide", "medical");
}

// A question about an overdose, not one taken: "if i took all of them", "would it work". Not "what
// happens": after a taking, "i took the whole bottle, what happens now" is the overdose told.
const ASKS_WHAT_IF = /\b(?:if i(?! fal aslep)|what would|would it|should i|can i|could i|whether|if you)\b/;

function readFromParts(t: Tally, text: string): void {
  // Each reading runs only when a word it needs is there: most messages hold none of them.
  if (
    TAKEN_PIECES.test(text) &&
    INGESTED.test(text) &&
    (TAKEN_AMOUNT.test(text) || (AMOUNT_OF_MEDICINE.test(text) && TAKEN_ACT.test(text))) &&
    !ASKS_WHAT_IF.test(text)
  )
    raiseTaken(t, text);
  if (
    GUN_PIECES.test(text) &&
    GUN_READY.test(text) &&
    !GUN_CLEARED.test(text) &&
    !AIMED_AT_OTHERS.test(text) &&
    !LAUGHTER.test(text)
  )
    raise(t, "emergency", "suicide");
  if (
    LIGATURE_PIECES.test(text) &&
    LIGATURE_READY.test(text) &&
    !LIGATURE_CLEARED.test(text) &&
    !longAgo(text)
  )
    raise(t, SOON_OR_NOW.test(text) ? "emergency" : "urgent", "suicide");
  if (
    LETHAL_PIECES.test(text) &&
    QUESTION_PIECES.test(text) &&
    LETHAL_QUESTION.test(text) &&
    LETHAL_MEANS.test(text) &&
    !QUESTION_CLEARED.test(text) &&
    !LAUGHTER.test(text)
  )
    raise(t, "urgent", "suicide");
  if (PURGED_PIECES.test(text) && PURGED_AGAIN.test(text)) raise(t, "urgent", "self_harm");
  if (
    PLACE_PIECES.test(text) &&
    ((AT_PLACE_POINTER.test(text) && AT_PLACE_NOW.test(text)) || EDGE_NOW.test(text)) &&
    !THIRD_AT_PLACE.test(text) &&
    !AT_PLACE_CLEARED.test(text) &&
    !longAgo(text)
  )
    raise(t, "emergency", "suicide");
  if (
    (text.includes("step of") || LIGATURE_PIECES.test(text)) &&
    STEP_OFF.test(text) &&
    !AT_PLACE_CLEARED.test(text)
  )
    raise(t, "emergency", "suicide");
  if (READY_PIECES.test(text) && ALL_READY.test(text) && !READY_CLEARED.test(text) && !longAgo(text)) {
    if (TIMING.test(text) || /\b(?:tonight|decided|once everyones|when the house)\b/.test(text))
      raise(t, "emergency", "suicide");
    else if (AT_PLACE_POINTER.test(text) || LAST_WORDS.test(text)) raise(t, "urgent", "suicide");
  }
  if (
    text.includes("lok after") &&
    LAST_WISHES.test(text) &&
    LAST_WORDS.test(text) &&
    !AWAY_FOR_A_WHILE.test(text)
  )
    raise(t, "emergency", "suicide");
  if (WOUND_PIECES.test(text) && WOUND_INFECTED.test(text)) raise(t, "urgent", "self_harm", "medical");
  readFromPartsMore(t, text);
  readEverydayWordsMeant(t, text);
  readThemeEmergency(t, text);
}

// Batches zw to zze, read from their parts (readFromPartsMore below runs them). Each names one
// event that new authors keep writing in words no phrase holds: bleeding that goes on through
// towels, an overdose felt or said goodbye over, a note left where it will be found, someone lying
// in wait with a weapon, the person who hurts them in the room now, pills stockpiled, cutting
// again; then endings in three parts, medical red flags, abuse going on now, threats and harm
// readied. Each reading has a cheap word test first and is cleared by what makes it ordinary.

// "soaking through towels for half an hour and its not slowing", "3rd tea towel. arm wont stop",
// "gone through a whole kitchen roll and its still coming", "it spurts a bit when i move my hand".
const BLEEDING_ON = re(
  `\\b(?:(?:soaking|soaked|bled|bleeding) (?:right )?through (?:\\w+ ){0,2}(?:towels?|tea towels?|kitchen rol\\w*|tissues|bandages?|plasters?|dressings?|jumper|sleeve|sheets?|hoodie)|(?:\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|another|my last|the last) (?:tea |hand |bath )?towel|(?:gone|went|going|got) through (?:a |the |my |half a |nearly a )?(?:whole )?(?:\\w+ )?(?:kitchen rol\\w*|towels?|tea towels?|box of tissues|plasters|bandages|dressings)|still (?:coming|running|pouring|dripping|gushing|pumping|bleeding|going)|spurts?|spurting|pumping out|(?:arm|wrist|leg|thigh|cut|it|blood|bleeding)(?: s| is)? (?:wont|not|isnt|doesnt) (?:stop|stopping|slow|slowing|clot\\w*)|not slowing)\\b`,
  "",
);
const BLOOD_HERE = re(
  `\\b(?:blood|bleed\\w*|bled|cut|cuts|wound|deep|deeper|relapsed|wrist|arm|towels?|kitchen rol\\w*)\\b`,
  "",
);
const BLEEDING_CLEARED = re(
  `\\b(?:first aid|course|cert|certificate|training|taught|practised|practiced|lesson|someones|someone s|what to do (?:if|when)|if a cut|nose ?bleed\\w*|nose|period|tap|water|rain|tears|sweat|paint|dye|shaving|kitchen knife|cooking|chopping|onions?|dog|cat|baby|toddler|his|her|she|he|shes|hes)\\b`,
  "",
);

// "took all of it. sorry. getting sleepy now", "did a thing w the pills. if i fall asleep i fall
// asleep", "i did it an hour ago, the paracetamol. maybe it didnt work", "drank the stuff from
// under the sink. it burns".
const TOOK_IT = re(
  `\\b(?:took|taken|swallowed|drank|downed|necked|had|(?:well )?i did(?= ?$| ?\\|| ?,)|(?:pills|tablets|meds) (?:are )?down(?= ?$| ?\\|| ?,)|did (?:it|a thing|the thing|something)(?: (?:with|w) (?:the |my )?(?:${PILLS}|paracetamol|stuff))?|done it)\\b`,
  "",
);
// What was taken: pills, or how much ("all of it", "the lot"), or a poison. Pills alone need a
// word that says why ("if i fall asleep i fall asleep"); an amount or a poison only needs a feeling.
const TAKEN_WHAT = re(`\\b(?:${PILLS}|paracetamol)\\b`, "");
const TAKEN_ALL_OR_POISON = re(
  `\\b(?:bleach|weedkiller|antifreeze|the stuff (?:from )?under the sink|all of (?:it|them)|the lot|every(?: single)? one|everything i (?:had|saved)|the whole (?:box|packet|pack|bottle|strip|lot)|the big (?:tub|box|bottle)|most of the bottle|(?:\\d+|two|three) boxes)\\b`,
  "",
);
const TAKEN_FELT = re(
  `\\b(?:sleepy|drowsy|so tired|getting tired|heavy|fading|drifting|burns|burning|floaty|tingly|tilting|spinning|drunk off)\\b`,
  "",
);
const TAKEN_AFTER = re(
  `\\b(?:(?:its|it s|it is|theyre|they are) working|(?:it|they) didnt work|maybe it didnt|if i fall asleep|dont (?:want|know if i want) help|dont want saving|not telling (?:anyone|my parents|my mum|mum|my dad|dad)|goodbye|bye|sorry|dont worry about (?:it|me)|just waiting|night maia|is it normal to feel)\\b`,
  "",
);

// "note's pinned to my jacket so they dont have to look for it", "letters are on the table",
// "one for mum, one for jay and one for whoever finds me", "wrote goodbyes on the back of postcards".
const NOTE_LEFT = re(
  `\\b(?:notes?|letters?|goodbyes?|something for (?:my )?\\w+|one for (?:my )?\\w+)\\b[^|]{0,50}\\b(?:on the (?:kitchen )?(?:table|fridge|mantlepiece|mantelpiece|side|counter|bed|pillow|desk|windowsill)|in the (?:kitchen |top |bedside )?drawer|pinned to|under (?:the|my) (?:pillow|door|keyboard)|by the (?:kettle|door|bed)|on the back of)\\b|\\b(?:(?:its|it s|it is|theyre|they are|letters are|notes are) (?:on the (?:kitchen )?(?:table|fridge|mantlepiece|side|counter|bed|pillow|desk)|in the (?:kitchen |top )?drawer))\\b`,
  "",
);
const NOTE_POINTER = re(
  `\\b(?:find me|finds me|finding me|found me|look for it|whoever finds|wont be (?:here|around|alive)|no other way|going out now|on the way to|posting them|wont matter|when im gone|goodbye|goodbyes|sorry|for good|the last)\\b`,
  "",
);
const NOTE_CLEARED = re(
  `\\b(?:shopping|bins?|dinner|tea is|oven|milk|groceries|birthday|christmas|xmas|valentines|anniversary|thank you card|card for|homework|school|teacher|nursery|cleaner|plumber|delivery|parcel|landlord|neighbours?|lunch|leftovers|rota|chores|to open when|when they turn|counsell?or suggested|therapist suggested|exercise|assignment|song|lyrics?|film|book|story|character)\\b`,
  "",
);
// "i wont be here when you read this", "scheduled the email to my team for 9am. i wont be around
// for the replies", "emails are scheduled for 6am so nobody finds out til after".
const GONE_WHEN_READ = re(
  `\\b(?:wont|will not|wil not) be (?:here|around|alive)\\b[^|]{0,30}\\b(?:read|reads|reading|replies|reply|answer|wake|wakes|morning|get this|see this|open)\\b|\\bscheduled\\b[^|]{0,60}\\b(?:nobody finds|no one finds|noone finds|finds out|til after|until after|wont be (?:here|around)|goodbye)\\b`,
  "",
);

// Lying in wait with a weapon: "waiting outside the chicken shop for him with a bat", "knifes in
// my hoodie, hes at the bus stop now", "bat's in the boot and im parked opposite. tonight he finds
// out", "took my dads pistol. first period tomorrow im making them all pay".
const WAITING_WEAPONS = `(?:bat|baseball bat|claw hammer|chisel|screwdriver|petrol can|knife|knifes|knives|blade|machete|hammer|crowbar|tyre iron|iron bar|wheel brace|knuckle ?dusters?|bayonet|taser|axe|pistol|gun|shotgun|rifle|air rifle|lighter fluid|petrol|jerry can|acid|cast iron pan)`;
const LYING_IN_WAIT = re(
  `\\b(?:waiting|wait|parked|sat|sitting|hiding|stood|standing)\\b[^|]{0,40}\\b(?:for|outside|opposite|near|by)\\b[^|]{0,30}\\bwith (?:a|the|my|his|dads|my dads|my brothers|a big) ${WAITING_WEAPONS}\\b|\\b${WAITING_WEAPONS}(?:s| s| is)? (?:in|on) (?:my|the) (?:hoodie|pocket|bag|boot|jacket|waistband|coat|sleeve|passenger seat|car|van)\\b|\\b(?:sharpened|loaded|got|took|taking|have|brought|bringing|holding|grabbed)\\b(?: (?:my|the|a|his|dads|my dads|my \\w+s|my \\w+ s))?(?: (?:big|old|kitchen|claw|bread|carving|service|little|sharp))? ${WAITING_WEAPONS}\\b|\\b${WAITING_WEAPONS}(?:s| s| is)? (?:by the door|on the (?:passenger )?seat|in the footwell|in my (?:hand|rucksack|coat))\\b|\\bits loaded\\b`,
  "",
);
const TARGET_DUE = re(
  `\\b(?:before (?:he|she|they) wakes?|(?:hes|shes|theyre|he is|she is) (?:in|home|aslep|pased out)(?= ?$| ?\\|| ?,| and| i can)|(?:her|his|their) lights? (?:are|is) on|(?:bus|train|shift) (?:is |s )?(?:due|starts|ends|finishes)|(?:going to|gona) know what (?:it fels like|they did)|not walking out|(?:im|i am) doing (?:him|her|them)|hel be out|he gets home|she gets home|they get home|hes at|shes at|theyre at|finishes (?:his|her|their) shift|walking past|walks past|comes (?:out|home|tomorrow)|gets out|tonight (?:he|she|they)|(?:he|she|they) finds? out|making (?:them|him|her) (?:all )?pay|(?:him|her|them) pay|his car goes up|goes up tonight|taking (?:him|her|them) with me|im waiting for (?:him|her|them)|(?:on the|on my) (?:last )?(?:bus|way) (?:there|to (?:his|hers|theirs|his house|her house))|on my way\\b[^|]{0,30}\\bthere by|first period|(?:he|she|they) (?:comes?|come) (?:out|of shift|off shift)|(?:he|she) (?:finishes|gets in|walks back)|at closing|in \\d+ mins|im going down|when (?:he|she|they) (?:comes?|gets?) (?:out|back|home|in)|giving it an hour|lights? (?:just )?(?:went|go) (?:off|out)|outside (?:his|her|their) door|cars? ahead|has to pull in|lets out in|isnt making it|right now|not laying a finger)\\b`,
  "",
);
const WEAPON_CLEARED = re(
  `\\b(?:cricket|baseball (?:game|practice|match)|rounders|softball|training|practice|match|chef|cooking|kitchen|carving|whittling|bbq|barbecue|pumpkins?|roast|dinner|turkey|ocd|intrusive|erp|camping|fishing|hunting|clay|range|game|fortnite|cod|minecraft|film|movie|book|story|character|pay (?:him|her|them) back (?:the|for)|money|rent|debt)\\b`,
  "",
);

// The person who hurts them in the room, on the stairs or at the door now: "stepdad is in my room
// again and i cant make him go", "hes coming up the stairs", "hes in my hallway right now, i heard a
// key", "mums boyfriend is in my little sisters room again and the doors locked, i can hear her".
const HURTER_HERE = re(
  `\\b(?:he|hes|he is|my (?:step ?dad|stepfather|uncle|dad|husband|boyfriend|bf|partner|ex|brother)|(?:step ?dad|stepfather|uncle|mums (?:boyfriend|bf|partner|new boyfriend))(?: is| s)?)\\b(?: \\w+){0,3} (?:(?:is |s )?here again|in (?:my|her|his|our|the kids|my (?:little )?(?:sisters|brothers)) room|coming up the stairs|on the stairs|in (?:my|the) hallway|at (?:my|the) (?:bedroom )?door|outside (?:shouting|the door|my door|my room)|banging on|trying the (?:door|handle)|got me in the car|home and drinking|smashed the|kicking the door)\\b`,
  "",
);
const HURTER_FEAR = re(
  `\\b(?:scared|terrified|cant make him|told me to come|doors? (?:is |s )?locked|i can hear (?:her|him|them)|drag me|hiding|typing under|under the covers|what do i do|help me|hes asleep so i can|crash us|never gave him a key|heard a key|says (?:hel|he wil|hes going to|hes gonna)|in the kids room with them)\\b`,
  "",
);

// "collected enough of my mums pills that it would work", "got a whole box of my nans pills saved
// in a sock", "bought a second lot of paracetamol from a different shop so they wouldnt ask".
const STOCKPILED = re(
  `\\b(?:collected|collecting|saved|saving(?: up)?|stockpiled|stockpiling|hoarded|hoarding|stashed|stashing|hid|hidden|squirrel\\w*|bought a second lot|kept back)\\b[^|]{0,50}\\b(?:${PILLS}|paracetamol|tablets)\\b|\\b(?:${PILLS}|paracetamol|tablets)\\b[^|]{0,40}\\b(?:saved|stashed|hidden|hid) (?:in|under|behind)\\b|\\b(?:enough|a whole box) of (?:my |the |mums |dads |nans |\\w+s )?(?:\\w+ )?(?:${PILLS}|paracetamol|tablets)\\b[^|]{0,30}\\b(?:work|do it|would|that)\\b|\\bfrom (?:a )?different (?:shops?|chemists?|pharmacies|pharmacy) so they (?:wouldnt|dont|wont) ask\\b`,
  "",
);
const STOCK_CLEARED = re(
  `\\b(?:vitamins?|hay ?fever|for the (?:house|cupboard|first aid|holiday|trip)|first aid|dispose|disposal|take them back|returned|pharmacy returns|expired|out of date|for (?:my|the) (?:headache|migraine|period|back|tooth|cold|flu)|she|he|shes|hes|my (?:mum|dad|nan|gran|son|daughter|friend|mate)(?: is| has| s)|used to)\\b`,
  "",
);

// "just did it again. three lines on my hip", "did it again after tea. not deep", "the elastic band
// isnt working anymore, i need something sharper", "taken the screw out" of a sharpener.
const CUT_AGAIN = re(
  `\\b(?:did it again|done it again|i did cut|i cut again|cut again)\\b[^]{0,60}\\b(?:lines?|deep|not deep|hip|thigh|thighs|arm|arms|wrist|stomach|blade|razor|bled|bleeding|plaster|noise in my head|needed)\\b|\\b(?:need|want) something sharper\\b|\\b(?:taken|took|got) the screw out\\b|\\bblade out of (?:a |the |my )?(?:pencil )?sharpener\\b|\\b(?:bought|got) (?:it|a \\w+|one) to cut with\\b`,
  "",
);

// An ending read from three parts, none enough alone: a means or a place (the pills, the rope, the
// engine running, the quarry, the top floor), words that say this is the end (that's me, mind's
// made up, not coming back, signing off, let go), and now or a set time. New authors keep writing
// these three in words no phrase list holds; ordinary writing almost never holds all three.
const END_MEANS = re(
  `\\b(?:${PILLS}|paracetamol|morphine|oramorph|diazepam|tramadol|insulin|patches|the stuff|the bottle|rope|belt|hook|noose|blade|razor|knife|shotgun|gun|cartridges|barbecue|bbq|charcoal|hosepipe|engine (?:running|going|on)|gas on|weedkiller|bleach|helium|bridge|cliffs?|cliff path|edge|ledge|roof|top floor|top of the (?:car park|multi storey|stairs|cliffs?|building|tower|block)|multi storey|car park|quarry|dam|reservoir|weir|river|sea|slipway|tracks|railway|platform|level crossing|crossing|station|freight|lighthouse|harbour wall|pier|window ledge|windowsill|the water)\\b`,
  "",
);
const END_WORDS = re(
  `\\b(?:thats me|thats it for me|im done|done after|(?:its|it s|it is) tonight|thats the day|thats when|(?:mind|minds) (?:is )?made up|made my mind up|mind made up|doing it|do it|finish it|finishing it|let go|(?:want|get) it (?:over|done)|over (?:with )?before|not coming back|not going back|not walking back|wont need|my last|last (?:message|thing|one|time i)|signing off|so i can go|how im going|how i want (?:it )?to go|thats the idea|gone to meet|no point waiting|working up to it|keep walking|not scared (?:of it )?any ?more|stopped being scared|wont be here|wont be around|so do i|by then it(?:l| wil)? be done|not waiting for|thats the plan|want it over|(?:its|it s|it is) what i want\\w*|now just the last|the last bit|end it|ending it|end of me|the end)\\b`,
  "",
);
const END_NOW = re(
  `\\b(?:now|right now|rn|tonight|today|tomorrow|already|an hour|(?:\\d+|ten|five|two) mins|at \\d+|by \\d+|(?:on|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|sunday|saturday|friday|before morning|before (?:anyone|everyone)|(?:when|once|after) (?:the|my|everyone|everyones|they|she|he|hes|shes|mum|dad|the kids)\\b|lined up|tipped out|in front of me|with me|here|up here|when i finish|after this)\\b`,
  "",
);
const END_CLEARED = re(
  `\\b(?:it helped|went for a walk|level|boss|quest|raid|match|series|season|episode|finale|film|movie|book|novel|chapter|story|character|lyrics?|song|album|gig|concert|exam|essay|deadline|assignment|project|shift swap|diet|job|work trip|holiday|flight|train (?:is |was )?(?:late|delayed|cancell?ed)|commute|view|photos?|sunset|sunrise|walk the dog|dog walk|fishing|swim|swimming|surf|holiday|hospice|palliative|vet|the dog (?:is|was)|put (?:him|her) down|if i ever|what if|used to|years ago|when i was|antibiotics?|antibiotic course|course of (?:\\w+ )?(?:tablets|pils|antibiotics|treatment))\\b`,
  "",
);

// Medical red flags, self or someone else: a heart attack's signs, a stroke's, a hypo with no
// sugar, a long lie on the floor, fever after chemo, a head knock on blood thinners, breathing
// slowed by opioids, ketoacidosis, button batteries, gas from mixed cleaners.
const RED_FLAGS = re(
  `\\b(?:worst (?:headache|one) of my life|(?:lips|tongue|face|throat) (?:are |is |s )?(?:swelling|swollen|swelled)\\b[^|]{0,40}\\b(?:throat|breath\\w*|tight|wheez\\w*)|throat (?:feels |is )?(?:tight|closing|closing up)\\b[^|]{0,40}\\b(?:stung|sting|peanut|nuts|allerg\\w*|swelling)|(?:stung|sting|peanut|nuts|allerg\\w*)\\b[^]{0,60}\\bthroat (?:feels |is )?(?:tight|closing)|chests?\\b[^]{0,60}\\b(?:left arm|down my arm|jaw|sweaty|sweating|clammy)|(?:left arm|jaw)\\b[^|]{0,40}\\bchest|face (?:feels |is |has )?(?:funny|numb|drooping|droopy|gone droopy|dropped)\\b[^|]{0,60}\\b(?:words|speech|talk|slurr\\w*|arm)|(?:words|speech) (?:keep )?(?:coming out|come out) wrong|(?:hypo|sugars? (?:is |are |s )?(?:low|dropping|2 point|1 point))\\b[^|]{0,60}\\b(?:shaking|cant think|confused|no sugar|went down|going down|nearly went|pass out)|(?:fell|fallen|on the floor|stuck in the bath)\\b[^|]{0,60}\\b(?:cant get up|cant get out|since (?:\\d|teatime|this morning|last night|lunch|6|yesterday)|hours? ago)|(?:cant get up|cant get out)\\b[^|]{0,40}\\b(?:hours|since|freezing|cold)|(?:\\d\\d point \\d|temp|temperature|fever|shivering)\\b[^|]{0,60}\\bchemo|chemo\\b[^|]{0,60}\\b(?:temp|temperature|fever|shivering|\\d\\d point \\d)|(?:hit|banged|bashed|knocked) (?:my|his|her) head\\b[^|]{0,60}\\b(?:blood thinners|warfarin|apixaban|rivaroxaban|been sick|being sick|vomit\\w*|drowsy)|breath(?:ing)? (?:feels |is |s )?(?:very |really )?(?:slow|shallow)\\b|breath smells? (?:like|of) (?:pear drops|nail polish|acetone)|(?:swallowed|ate)\\b[^|]{0,30}\\b(?:button batter\\w*|batteries|magnets)|mixed (?:the )?bleach\\b[^|]{0,60}\\b(?:cough\\w*|chest|breath\\w*|burning)|dialysis\\b[^|]{0,80}\\b(?:short of breath|cant get my breath|breathless|heart (?:keeps )?(?:jumping|racing|skipping))|(?:gone|going|turned|went) (?:cold and )?(?:grey|blue)\\b|choked\\b[^|]{0,40}\\b(?:blue|not breathing|breathing but)|(?:dementia|alzheimers)\\b[^|]{0,80}\\b(?:got out|wandered|missing|gone out)\\b)`,
  "",
);
const RED_FLAGS_CLEARED = re(
  `\\b(?:first aid|course|training|exam|lecture|revision|essay|leaflet|advert|poster|documentary|tv|film|book|character|signs of|symptoms of|what are the|how do you (?:know|tell)|last year|years ago|when i was|was fine|all fine|checked (?:me|him|her) over|sent (?:me|him|her) home|in hospital (?:now|already)|ambulance (?:is here|came|took)|paramedics (?:are here|came))\\b`,
  "",
);
// Whose body it is: "my dad", "grandad", "she", as against "my chest".
const THEIR_BODY = re(
  `\\b(?:my|our|the) (?:mum|mom|mam|dad|grandad|grandma|nan|gran|husband|wife|son|daughter|friend|mate|neighbour|patient|partner|brother|sister|baby|flatmate|housemate)\\b|\\b(?:mums?|moms?|mams?|dads?|grandads?|nans?|grans?|he|she|hes|shes)\\b`,
  "",
);

// Batch zzzc: an idiom of dying turned serious ("this job will be the death of me and i wouldnt
// even mind", "kill me now ... lately i mean it", "im dead inside and id like the rest of me to
// catch up", "the ground can swallow me up and lately i want it to"): a wish to be gone; made
// "literal" beside a place, or thought about, it is thoughts of acting.
const ZC_DEATH_IDIOM = re(
  `\\b(?:(?:will|would|is going to|gonna|going to) be the death of me|kill me now|(?:im|i am) (?:literally )?(?:dead|ded)(?! (?:serious|set|tired|beat|on my feet|certain|easy))|dead inside|(?:ground|earth|floor) (?:can |could |to |would |should |will )?swallow me(?: up| whole)?|shoot me now|end me)\\b`,
  "",
);
const ZC_MEANT = re(
  `\\b(?:mean it(?= ?$| ?\\|| ?,| (?:now|tbh|honestly|this time|lately|more and more|more))|(?:i )?wouldnt (?:even )?mind(?= ?$| ?\\|| ?,| (?:at this point|tbh|honestly|tho|though|if it did|if it was|if it were|really|anymore))|hoping it (?:will|does|would)(?= ?$| ?\\|| ?,)|wish (?:i|it) (?:actually |really )?(?:was|were|would|did)(?= ?$| ?\\|| ?,)|(?:make|making|made) (?:that|it|this) literal|want it to(?= ?$| ?\\|| ?,)|properly gone|rest of me (?:to )?catch up)\\b`,
  "",
);
const ZC_MEANT_MORE = re(
  `\\b(?:literal|thinking about (?:it|how|doing it|making)|started (?:thinking|looking))\\b`,
  "",
);
const ZC_JOKED_METHOD = re(
  `\\b(?:joke|joking|jokes|laugh|laughing|banter) about (?:jumping|hanging|throwing (?:ourselves|themselves|myself)|walking into|driving into|ending it|topping (?:ourselves|themselves|myself))\\b`,
  "",
);
const ZC_NOW_THINKING = re(
  `\\b(?:started|begun|start) (?:actually |to )?(?:look\\w* down|think\\w* about (?:it|doing it|how)|wonder\\w* (?:about it|how)|mean\\w* it|plan\\w* (?:it|how))\\b`,
  "",
);
// "every poem i write lately is about how id do it. not for any class. i think i mean them".
const ZC_WRITES_ABOUT = re(
  `\\b(?:poem|poems|story|stories|song|songs|lyrics|drawings?|writing|journal)\\b[^|]{0,40}\\babout (?:how (?:id|i would|i could|i d|to) do it|dying|ending it|killing myself|my (?:death|funeral|suicide)|not being here)\\b`,
  "",
);
const ZC_WRITING_OWNED = re(
  `\\b(?:i (?:think i )?mean (?:it|them|every word)|not for (?:any|a|my) (?:class|school|course|assignment|module)|its not fiction|theyre about me|its about me)\\b`,
  "",
);
// A way looked up, with the ordinary reason given for it disowned: "looked up which cleaning stuff
// makes the gas when you mix them. not for cleaning", "asked which bit of the cliffs is highest,
// told him it was for a photo. it wasnt".
const ZC_LOOKED_UP = re(
  `\\b(?:(?:looked|looking) up|googled|searched|researched|reading about|asked (?:my \\w+|him|her|them|the \\w+|a \\w+)) (?:\\w+ ){0,6}?(?:which|what|how)\\b[^|]{0,60}\\b(?:highest|high|tallest|deepest|gas|fumes|mix|mixed|lethal|enough|fatal|poison\\w*|drop|toxic)\\b`,
  "",
);
const ZC_REASON_DISOWNED = re(
  `\\bnot for (?:cleaning|a photo|photos|a story|school|work|the garden|a friend|any class|a class|a project)\\b|\\b(?:told (?:him|her|them|my \\w+|everyone)|said) (?:it was|its|i was) (?:for|about) [^|]{1,30}\\| (?:it|i) (?:wasnt|was not|isnt|am not)\\b`,
  "",
);
// A medicine from work kept back for oneself: "i know what the euthanasia drug does and ive started
// thinking about taking a vial home for myself".
const ZC_WORK_DRUG_HOME = re(
  `\\b(?:taking|take|bring|bringing|pocket\\w*|keep\\w*|steal\\w*|nick\\w*|sneak\\w*) (?:a |some |one |the )?(?:vial|vials|ampoule|ampoules|bottle|syringe|dose|some)(?: of it)? (?:home )?for (?:myself|me)\\b`,
  "",
);
const ZC_WORK_DRUG = re(
  `\\b(?:euthanasia|pentobarbital|pentobarb|ketamine|morphine|fentanyl|potassium|controlled drugs?|the drug|that drug|sedative)\\b`,
  "",
);
const ZC_WORK_DRUG_CLEARED = re(
  `\\b(?:prescribed|after (?:surgery|my op|the op)|for (?:the|my) pain|for (?:my|the|our) (?:dog|cat|pet))\\b`,
  "",
);
// "thinking how easy itd be at the crossing" after the railway line: the act pictured at a place.
const ZC_HOW_EASY = re(
  `\\b(?:thinking|think|thought|wondering) (?:about )?how easy (?:it|itd|it would|it d) (?:be|is|would be)(?= ?$| ?\\|| ?,| at| from| off| with| there| to (?:jump|step|go|do it|end|let go))`,
  "",
);
// Cutting planned so it will not be seen: "i know exactly where to cut so it wont show".
const ZC_CUT_HIDDEN = re(
  `\\bwhere to cut so (?:it|they|the marks|the scars|nobody|no one) (?:wont|doesnt|dont|will not|wouldnt|cant|can not) (?:show|see|notice|be seen)\\b`,
  "",
);
const ZC_CUT_CLEARED = re(
  `\\b(?:hairdresser|barber|layers|stylist|tailor|sewing|surgeon|surgery|incision|operation|clients?|hair|fringe|fabric|hem|dress|cake|seam|pattern|photo|crop|edit|video|film|scene|wallpaper|carpet|tile|lawn)\\b`,
  "",
);
// Found where nobody will find them: "ill take everything ive saved there so nobody finds me at home".
const ZC_NOT_FOUND = re(
  `\\bso (?:nobody|no one|noone|the kids|mum|my \\w+) (?:finds|find|has to find|will find|doesnt find|dont find|wont find|walks in on) me\\b`,
  "",
);
const ZC_NOT_FOUND_CLEARED = re(
  `\\b(?:hide and seek|game|surprise|party|hiding from|escape room|paintball|airsoft)\\b`,
  "",
);
// A wish to be gone told sideways: "id rather be in there with her" at a grave, "if the plane went
// down id be relieved", "hope the lorry swerves into me".
const ZC_GONE_SIDEWAYS = re(
  `\\b(?:id|i would|i d) rather be (?:in there|in the ground|under the ground|buried|down there) with (?:her|him|them)\\b(?! than)|\\bif (?:the|my|our) (?:plane|flight|car|train|coach|bus|ferry|lift) (?:went down|crashed|came off|fell|hit something)[^|]{0,60}\\b(?:id|i would|i d) (?:be )?(?:relieved|glad|grateful|fine with it|ok with it|at peace)\\b|\\b(?:hope|hoping|wish|pray) (?:that )?(?:a|the|some) (?:lorry|lorries|bus|car|truck|train|van) (?:\\w+ ){0,2}(?:hits|swerves into|runs me over|takes me out|ploughs into|wipes me out|hit|swerved into|ran me over) me\\b`,
  "",
);
const ZC_GRAVE = re(`\\b(?:grave|cemetery|graveyard|buried|headstone|crematorium|ashes|urn)\\b`, "");
// "thinking about it a lot lately, how to do it" and tablets put by in the writer's room.
const ZC_HOW_TO_DO_IT = re(
  `\\b(?:thinking|thought|think) (?:about )?(?:it )?(?:[\\w,]+ ){0,5}how (?:to|id|i would|i d|i could) do it\\b`,
  "",
);
const ZC_STASHED = re(
  `\\b(?:found|got|took|nicked|kept|saved|hid|hiding|put|collected|gathered) (?:\\w+ ){0,3}(?:tablets|pills|meds|painkillers|paracetamol|blades|razors?)\\b[^|]{0,40}\\b(?:in my (?:room|bag|drawer|pocket)|under my (?:bed|mattress|pillow)|hid\\w*|hidden)\\b`,
  "",
);
// An amount of "them" taken and the time counted since: "ive taken them. about 40. its been half an hour".
const ZC_TAKEN_THEM = re(
  `\\b(?:ive |i )?(?:taken|took|swallowed|downed) (?:them|the lot|all of them)\\b[^]{0,30}?\\b(?:about |like |around |maybe )?(?:[2-9]\\d|1\\d\\d)(?= ?$| ?\\|| ?,| of them)`,
  "",
);
const ZC_TIME_SINCE = re(
  `\\b(?:(?:its|it s|it has|thats) (?:been|ben) (?:about |nearly |almost |over )?(?:half an hour|an hour|\\d+ (?:mins|minutes|hours))|\\d+ (?:mins|minutes|hours) ago|half an hour ago|an hour ago)\\b`,
  "",
);
// A car left running in a shut garage: "im in the garage, the cars running and ive shut the door".
const ZC_CAR_RUNNING = re(`\\b(?:cars?|car s|van|vans|engine) (?:is |s )?(?:running|on)\\b`, "");
const ZC_DOOR_SHUT = re(
  `\\b(?:(?:shut|closed|locked|pulled down) the (?:garage )?(?:door|shutter)|(?:door|shutter) (?:is |s )?(?:shut|closed|down|locked))\\b`,
  "",
);
// Harm to others: "i wish someone would kill him, and id volunteer", "im going to put my brother
// through a wall ... ive come close".
const ZC_VOLUNTEER = re(
  `\\bwish (?:someone|somebody) would (?:kill|hurt|stab|shoot|batter) (?:him|her|them)\\b[^|]{0,20}\\b(?:id|i would|i d) (?:volunteer|do it myself|happily do it|gladly do it|be first in line)\\b`,
  "",
);
const ZC_THROUGH_WALL = re(
  `\\b(?:put|putting|throw|throwing|smash|smashing) (?:my \\w+|him|her|them) through (?:a|the) (?:wall|window|table|door)\\b`,
  "",
);
const ZC_COME_CLOSE = re(
  `\\b(?:ive come close|i came close|come so close|i nearly did|almost did|nearly have|i mean it)\\b`,
  "",
);
// Shut out of the house by a parent, told by a child: "locks me out when im late. im 15, i sit in the shed".
const ZC_LOCKED_OUT = re(`\\b(?:locks|locked|lock|kicks|kicked) me out\\b`, "");
const ZC_LOCKED_OUT_HARD = re(
  `\\b(?:im (?:1[0-7]|[5-9])|in the (?:shed|garden|cold|rain)|all night|overnight|on the doorstep|sleep (?:outside|in the \\w+))\\b`,
  "",
);
// "been reading about how much of it youd need" after "nobody would even notice if i was gone".
const ZC_HOW_MUCH_NEEDED = re(
  `\\b(?:reading|read|looking|looked|googling|googled|researching) (?:up )?(?:about |into )?how (?:much|many) (?:of (?:it|them)|it|them) (?:youd|you would|you d|id|i would|i d|a person would|someone would) (?:need|take)(?= ?$| ?\\|)`,
  "",
);
const ZC_WISH_BEFORE = re(
  `\\b(?:notice if i (?:was|were) gone|better off without me|if i (?:was|were) gone|not be here|wish i (?:was|were) dead|want to die|dont want to be here|disappear)\\b`,
  "",
);
// A weekly medicine taken daily, or a dose doubled, and what it is doing: "took my methotrexate
// every day this week instead of once a week. mouth is full of sores".
const ZC_WRONG_DOSE = re(
  `\\b(?:took|taken|been taking|had|have been taking) (?:my |the |her |his )?(?:\\w+ ){0,2}(?:every day|daily|twice|double|two doses|both doses)\\b[^|]{0,40}\\binstead of (?:once|one|weekly|every other day|a single)\\b`,
  "",
);
const ZC_WRONG_DOSE_SIGNS = re(
  `\\b(?:sores|ulcers|bleeding gums|vomiting|being sick|throwing up|feel (?:terrible|awful|really ill|so ill|dreadful)|dizzy|confused|yellow|rash|fever|bruising|cant breathe|racing heart)\\b`,
  "",
);
// A locked gun within reach and thought about: "the shotguns in the cabinet and i know where dad
// keeps the key. been thinking about it every night".
const ZC_GUN_KEY = re(
  `\\b(?:shotguns?|guns?|rifles?|pistols?)\\b[^|]{0,40}\\b(?:know where (?:\\w+ ){0,2}(?:keeps?|hides?|puts?) the key|(?:ive|i have) (?:got )?the key|(?:have|got) the (?:key|code))\\b`,
  "",
);
const ZC_THINKING_OF_IT = re(`\\b(?:thinking|thought|think) (?:about|of) (?:it|using it|that)\\b`, "");
// "my dad gets bad when he drinks, throws stuff at the walls. i stay in my room till hes asleep".
const ZC_THROWS_AT_WALLS = re(
  `\\b(?:throws|smashes|punches|kicks|throwing|smashing) (?:stuff|things|plates|bottles|glasses|furniture|chairs) (?:at|against|into) the walls?\\b`,
  "",
);
const ZC_KEEPS_AWAY = re(
  `\\b(?:(?:stay|hide|hiding|lock myself) in my room|till (?:hes|shes|he s|she s|they re|theyre) asleep)\\b`,
  "",
);
const ZC_DRINKING = re(
  `\\b(?:when (?:he|she|they) (?:drinks|drink|has a drink|has been drinking)|when (?:hes|shes|theyre) drunk|after the pub)\\b`,
  "",
);
const ZC_PIECES =
  /death of me|kil me now|dead|swalow me|shot me now|end me|joke about|joking about|laugh about|about how|about dying|about ending|not for|it wasnt|for myself|how easy|where to cut|finds me|find me|rather be|went down|swerves|lory|how to do it|taken them|tok them|swalowed them|garage|volunter|through a|through the|locks me out|locked me out|kicks me out|kicked me out|how much|how many|instead of|the key|the code|wals/;

// Batch zzzc: risk told in the everyday words its hard negatives share (a death idiom the writer
// says they mean, a way others joke about that the writer has started looking at, an ordinary
// reason for a method taken back, a drug from work taken home for oneself), read when one of
// ZC_PIECES is there.
function readEverydayWordsMeant(t: Tally, text: string): void {
  if (!ZC_PIECES.test(text)) return;
  const joking = /\b(?:jk|joking|kiding)\b/.test(text) && !/\bnot (?:even )?(?:joking|kiding)\b/.test(text);
  if (ZC_DEATH_IDIOM.test(text) && ZC_MEANT.test(text) && !joking) {
    raise(t, "concern", "suicide");
    if (ZC_MEANT_MORE.test(text) && (PLACE_WORD.test(text) || /\bliteral\b/.test(text)))
      raise(t, "urgent", "suicide");
  }
  if (ZC_JOKED_METHOD.test(text) && ZC_NOW_THINKING.test(text)) raise(t, "urgent", "suicide");
  if (ZC_WRITES_ABOUT.test(text) && ZC_WRITING_OWNED.test(text))
    raise(t, /\bhow (?:id|i would|i could|i d|to) do it\b/.test(text) ? "urgent" : "concern", "suicide");
  if (ZC_LOOKED_UP.test(text) && ZC_REASON_DISOWNED.test(text)) raise(t, "urgent", "suicide");
  if (ZC_WORK_DRUG_HOME.test(text) && ZC_WORK_DRUG.test(text) && !ZC_WORK_DRUG_CLEARED.test(text))
    raise(t, "urgent", "suicide");
  if (ZC_HOW_EASY.test(text) && (PLACE_WORD.test(text) || /\b(?:railway|crosing|tracks|line)\b/.test(text)))
    raise(t, "urgent", "suicide");
  if (ZC_CUT_HIDDEN.test(text) && !ZC_CUT_CLEARED.test(text)) raise(t, "urgent", "self_harm");
  if (
    ZC_NOT_FOUND.test(text) &&
    !ZC_NOT_FOUND_CLEARED.test(text) &&
    /\b(?:(?:everything|al|what) (?:ive|i have) (?:saved|got|colected|stockpiled)|tablets|pils|rope|my stash|the stash|the lot)\b/.test(
      text,
    )
  )
    raise(t, timingIn(text) || /\bboked\b/.test(text) ? "emergency" : "urgent", "suicide");
  if (ZC_GONE_SIDEWAYS.test(text) && (!/\brather be\b/.test(text) || ZC_GRAVE.test(text)))
    raise(t, "concern", "suicide");
  if (ZC_HOW_TO_DO_IT.test(text) && ZC_STASHED.test(text)) raise(t, "urgent", "suicide");
  if (ZC_TAKEN_THEM.test(text) && ZC_TIME_SINCE.test(text) && !TAKEN_CLEARED.test(text))
    raise(t, "emergency", "suicide", "medical");
  if (
    text.includes("garage") &&
    ZC_CAR_RUNNING.test(text) &&
    ZC_DOOR_SHUT.test(text) &&
    /\b(?:im|i|ive)\b/.test(text) &&
    !/\b(?:fixing|repair\w*|working on|tinkering)\b/.test(text) &&
    !TE_GAS_CLEARED.test(text)
  )
    raise(t, "emergency", "suicide", "medical");
  if (ZC_HOW_MUCH_NEEDED.test(text) && ZC_WISH_BEFORE.test(text)) raise(t, "urgent", "suicide");
  if (ZC_WRONG_DOSE.test(text) && ZC_WRONG_DOSE_SIGNS.test(text) && !PET.test(text))
    raise(t, "emergency", "medical");
  if (ZC_GUN_KEY.test(text) && ZC_THINKING_OF_IT.test(text) && !GUN_CLEARED.test(text))
    raise(t, "urgent", "suicide");
  if (ZC_THROWS_AT_WALLS.test(text) && ZC_KEEPS_AWAY.test(text) && ZC_DRINKING.test(text))
    raise(t, "concern", "abuse");
  if (ZC_VOLUNTEER.test(text)) raise(t, "concern", "harm_to_others");
  if (ZC_THROUGH_WALL.test(text) && ZC_COME_CLOSE.test(text)) raise(t, "concern", "harm_to_others");
  if (
    ZC_LOCKED_OUT.test(text) &&
    ZC_LOCKED_OUT_HARD.test(text) &&
    /\b(?:mum|mom|dad|stepdad|stepmum|parents|nan|gran|he|she)\b/.test(text)
  )
    raise(t, "concern", "abuse");
}

function readEndings(t: Tally, text: string): void {
  if (
    END_MEANS.test(text) &&
    END_WORDS.test(text) &&
    END_NOW.test(text) &&
    !END_CLEARED.test(text) &&
    !LAUGHTER.test(text) &&
    !longAgo(text)
  )
    raise(t, "emergency", "suicide");
}

// Picturing the act, again and again: "every time i'm on the a-road i think about pulling out in
// front of a lorry", "i go through the ways most nights. the motorway, the tablets, the loft".
const PICTURING = re(
  `\\b(?:think|thinking|thought|picture|picturing|imagine|imagining|wonder|wondering|go through|going through|keep seeing|fantasi[sz]e)\\b[^|]{0,50}\\b(?:jump|jumping|step(?:ping)? off|not turn(?:ing)? the wheel|pull(?:ing)? out in front|driv(?:e|ing) (?:into|off)|walk(?:ing)? into the (?:sea|river|water|traffic)|swallowing (?:the lot|them all|all)|taking (?:the lot|them all|all of (?:them|it))|hanging myself|drowning myself|overdosing|crash(?:ing)? (?:the car|into)|the ways|how (?:id|i would|i wil) (?:do it|go about it)|how easy it would be|how it would feel)\\b`,
  "",
);
const PICTURING_AGAIN = re(
  `\\b(?:keep|kept|every time|everytime|most nights|every night|all the time|all day|cant stop|again|lately|more and more|getting (?:harder|stronger|worse)|on purpose|part of me wants)\\b`,
  "",
);
const PICTURING_CLEARED = re(
  `\\b(?:parachute|bungee|skydiv\\w*|diving board|trampoline|hurdles|hoops|puddle|queue|gun|job|career|ship|conclusions|the bandwagon|(?:in|into) the (?:pool|lake|sea|river) (?:at|for|with|on)|into bed|into the shower|into work|off the sofa|lottery|story|book|film|character|game)\\b`,
  "",
);

// Not planning to be alive for what is coming: "i dont plan on being around for it", "i just
// wont need a flat by then", "not planning on being here for" christmas.
const NOT_AROUND_FOR = re(
  `\\b(?:(?:not|dont|wont be) plan(?:ning)? on be(?:ing)? (?:here|around|alive)|(?:wont|not going to|dont think il) be (?:here|around|alive) (?:for (?:it|christmas|that|much longer|long)|much longer|by then)|wont need (?:a |the |my |it|them|any)[^|]{0,25}\\b(?:by then|where im going|when im gone|after (?:that|this|next))|just dont think il be around)\\b`,
  "",
);
const NOT_AROUND_CLEARED = re(
  `\\b(?:holiday|abroad|moving|move|emigrat\\w*|travel\\w*|uni|university|new job|away|trip|visa|deployment|deployed|posted to|prison|hospital for|surgery|rehab|off to|visit\\w*|staying|signal|wifi|offline|camping|festival|months in|weeks in|lol|haha)\\b`,
  "",
);

// "whats the least painful way, asking for real", "is there a way that doesnt hurt", "quickest
// way to bleed out", "what dose of amitriptyline is a deadly one", "is it true you cant survive if
// you take enough of your insulin", "if you take diazepam with drink it stops your breathing?".
const WAY_QUESTION = re(
  `\\b(?:(?:least painful|most painless)(?= ?$| ?\\|| ?,| ?\\?| way(?: ?$| ?\\|| ?,| ?\\?| to (?:die|go|do it|end it|kill)| asking| for real| seriously| genuinely| that))|(?:quickest|fastest|easiest|surest|best) way to (?:die|go|bleed out|end it|do it|kill (?:my ?self|yourself))|(?:is there|whats) a way (?:that )?(?:doesnt|wont|that wont) hurt|deadly (?:one|dose|amount)|lethal (?:one|dose|amount)|cant survive if|(?:stops?|stop) (?:your|you|my) (?:breathing|heart)|(?:that|it)(?: wil|l)? do it\\b[^|]*\\?|would (?:that|it) be enough|is \\d+ (?:of (?:my|the|these) )?(?:\\w+ )?enough|do you feel (?:it|anything) when you (?:jump|hit|fal)|(?:shows?|show) up after)`,
  "",
);
const WAY_CLEARED = re(
  `\\b(?:learn|revise|revising|revision|study|studying|toxicology|paper|test|quiz|quit smoking|lose weight|get rid of|remove|wax|pluck|tattoo|piercing|injection|jab|blood test|labour|birth|break up|dump|tell (?:him|her|them|my)|essay|exam|pharmacology|nursing|lecture|novel|story|character|book|film|dog|cat|pet|vet|plant|weeds|mice|rats|slugs|wasps|safe (?:dose|amount)|maximum dose|max dose|how many can i (?:safely )?take)\\b`,
  "",
);

// A weapon kept ready for someone: "keep a blade in the glovebox for whoever keyed my van", "theres
// a knife in my dressing gown pocket for when i go up there", "the bats by the door", "crowbars by
// the door waiting for him", "if the neighbour laughs at me one more time im taking the rifle round".
const WEAPON_KEPT = re(
  `\\b${WAITING_WEAPONS}s?(?: s| is| are)? (?:in (?:my|the) (?:\\w+ )?(?:pocket|glovebox|glove box|car|van|boot|bag|drawer)|by the (?:door|bed|front door)|under (?:my|the) (?:bed|pillow|seat)|ready)\\b|\\b(?:taking|bringing|take|bring) the ${WAITING_WEAPONS} (?:round|over|with me)\\b|\\bsharpen(?:ing)? the ${WAITING_WEAPONS}\\b`,
  "",
);
const KEPT_FOR = re(
  `\\b(?:for (?:when|whoever|him|her|them|that (?!is|was)\\w+|the (?:next|first) (?:one|time|person))|waiting for|needs? to know|if (?:he|she|they|the|my)|next time|one more time|picture|go up there|goes near|comes near|touches|sort (?:him|her|them)|dont care what happens)\\b`,
  "",
);

// A threat to kill or hurt, reported: "my stepdad said hed drown me in the bath like a kitten if i
// ever told", "he said if i ever leave hell make sure nobody finds me", "he said next time itll be
// the knife", "she keeps saying accidents happen on stairs".
const THREAT_SAID = re(
  `\\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|mum|stepdad|step dad|stepmum|brother|son|daughter|ex|lodger|carer|uncle)|the lodger)\\b(?: \\w+){0,2} (?:said|says|keeps saying|told me|threatened|whispered|texted|messaged)\\b[^|]{0,60}\\b(?:drown me|bury me|finish me|end me|do me in|nobody (?:wil |would )?finds? me|no one (?:wil |would )?finds? me|in a ditch|itl be the knife|it wil be the knife|(?:accidents|old women) (?:happen|fal)\\w*|fal down the stairs|brakes went|shame if)\\b`,
  "",
);
const THREAT_CLEARED = re(`\\b(?:lol|joking|joke|game|film|book|years ago|when i was|used to|film)\\b`, "");

// Body signs that need a doctor today: chest pain on exertion, blood brought up, a foot gone black,
// no urine, a hot swollen leg after an operation, seeing things while coming off a drug, a dose
// doubled by mistake with symptoms, a fall and a hip that will not bear weight, fits after stopping
// medicine, ketones rising.
const BODY_TODAY = re(
  `\\b(?:chest (?:pain|pains|twinges?|tightness|tight)\\b[^|]{0,50}\\b(?:stairs|walking|walk|exert\\w*|goes (?:of|away) when|when i (?:stop|sit))|(?:bringing|throwing|coughing|being sick|sicking) up blood|coffee grounds|blood in (?:my |his |her )?(?:wee|pee|urine|poo|stool|sick|vomit)|(?:toes?|foot|feet|sore|heel)\\b[^|]{0,30}\\b(?:gone|going|turned) black|(?:cant|havent|couldnt|not) (?:pe|we|passed water|pased water)\\b|(?:leg|calf)\\b[^|]{0,30}\\bred and (?:hot|swolen)|(?:seing|seeing) things\\b[^|]{0,60}\\b(?:cold turkey|coming of|withdrawal|stopped)|(?:cold turkey|coming of|withdrawal)\\b[^|]{0,60}\\b(?:seing|seeing) things|(?:doubled up|took (?:\\w+ ){0,4}twice|taken (?:\\w+ ){0,4}twice|two lots|one more of my|extra (?:dose|tablet|one))\\b[^|]{0,60}\\b(?:lightheaded|light headed|woozy|dizzy|faint|wobbly|weird|do i need)|hip (?:looks )?(?:twisted|shortened|turned out)|(?:cant|can not) (?:stand up|stand on (?:it|my|her|his)|weight bear|put weight)|(?:swolen|swelling)\\b[^|]{0,20}\\b(?:funny shape|wrong shape|bent)|(?:\\d|two|three) seizures|ketones (?:are |is )?(?:\\d|high|going up|rising)|heart (?:racing|pounding|skipping) (?:and (?:skipping|racing) )?(?:al (?:evening|night|day)|for hours)|confused\\b[^|]{0,60}\\b(?:wee smels|barely drunk|not drinking|seing people|seeing people)|barely drunk anything)\\b`,
  "",
);
const BODY_TODAY_CLEARED = re(
  `\\b(?:years ago|last year|used to|when i was|was fine|all clear|sorted now|gp (?:said|checked)|doctor (?:said|checked)|in hospital|a and e (?:said|sent)|film|book|exam|revision|lecture|essay)\\b`,
  "",
);

// Words one of which each reading below needs: a cheap test first, since most messages hold none.
const PICTURING_HINT = /think|thought|pictur|imagin|wonder|go through|going through|kep seing|fantas/;
const NOT_AROUND_HINT = /plan|be here|be around|be alive|wont ned/;
const WAY_HINT = /painful|painles|way|deadly|lethal|survive|stop|do it|enough|fel|show/;
const WEAPON_HINT =
  /bat|knif|kniv|blade|machete|hamer|chisel|screwdriver|crowbar|iron|duster|taser|axe|pistol|gun|rifle|lighter fluid|petrol|loaded|brace|bayonet|acid|jery|pan/;
const THREAT_HINT = /said|says|saying|say|told|threat|whisper|texted|mesaged|sends|found you|which window/;
const BODY_HINT =
  /chest|blod|cofe|black|(?:cant|havent|couldnt|not) (?:pe|we)\b|pased|red and|seing things|twice|two lots|one more|extra|doubled|hip|stand|weight|swol|seizure|ketones|heart|confused|barely drunk/;
const ABUSE_HINT =
  /here|shoved me|against|in my rom|my bed|visa|shout|hal|lounge|kitchen|front rom|landing|pacing|outside|banging|trying|stod|waiting|coming|back up|behind|going through|let him|let her|leave|let me|locked|running|throat|pined|sat on|puled up|hiting|slam|smash|batering|kick|punch|strangl|chok|slap|beat|drag|throtl|hurting|hear/;
const MORE_URGENT_HINT =
  /strangl|chok|held a|head under|kicked me|smacked|bought|got|keping|kept|carying|cary|brick|bat|hamer|knife|lighter|petrol|sort me|get me|geting me|know|found|worked out|clock|loked up|gogl|search|reading up|cut|head|razor|blade|laxatives|end it|plan|picking|slid|think about how|stashed/;
// Every STOCKPILED reading names a medicine, but for "from a different shop so they wouldnt ask".
const STOCK_MEDICINE = re(`\\b(?:${PILLS}|paracetamol|tablets)\\b|diferent`, "");
const BLEEDING_PIECES = anyPiece(
  "through",
  "towel",
  "stil",
  "spurt",
  "pumping",
  "wont",
  "not",
  "isnt",
  "doesnt",
);
const TOOK_PIECES = anyPiece("tok", "taken", "swalow", "drank", "down", "neck", "had", "did", "done");
const NOTE_PIECES = anyPiece("note", "leter", "goodbye", "something for", "one for");
const GONE_PIECES = anyPiece("wont be", "wil not be", "scheduled");
const CUT_AGAIN_PIECES = anyPiece("again", "did cut", "sharper", "screw out", "sharpener", "cut with");
const HURTER_HINT = /rom|stairs|halway|door|outside|banging|car|drinking|smashed|here again|kicking/;
const STOCK_HINT =
  /colect|saved|saving|stock|hoard|stash|hid|squirel|second lot|kept back|enough|whole box|diferent/;

function readUrgentParts(t: Tally, text: string): void {
  if (
    PICTURING_HINT.test(text) &&
    PICTURING.test(text) &&
    PICTURING_AGAIN.test(text) &&
    !PICTURING_CLEARED.test(text) &&
    !LAUGHTER.test(text) &&
    !longAgo(text)
  )
    raise(t, "urgent", "suicide");
  if (NOT_AROUND_HINT.test(text) && NOT_AROUND_FOR.test(text) && !NOT_AROUND_CLEARED.test(text))
    raise(t, "urgent", "suicide");
  if (WAY_HINT.test(text) && WAY_QUESTION.test(text) && !WAY_CLEARED.test(text) && !LAUGHTER.test(text))
    raise(t, "urgent", "suicide");
  if (
    WEAPON_HINT.test(text) &&
    KEPT_FOR.test(text) &&
    WEAPON_KEPT.test(text) &&
    !WEAPON_CLEARED.test(text) &&
    !LAUGHTER.test(text)
  )
    raise(t, "urgent", "harm_to_others");
  if (
    THREAT_HINT.test(text) &&
    (THREAT_SAID.test(text) || THREAT_TOLD.test(text)) &&
    !THREAT_CLEARED.test(text)
  )
    raise(t, "urgent", "abuse");
  if (BODY_HINT.test(text) && BODY_TODAY.test(text) && !BODY_TODAY_CLEARED.test(text))
    raise(t, "urgent", "medical");
}

// Abuse going on now, read from its parts: the person who hurts them is here and doing something
// ("he's still here, still shouting", "he's pacing on the landing", "he's stood in front of the
// door", "let himself in"), and the writer is hiding, hurt or shut in ("im up in the loft with the
// hatch shut", "pushed the chest of drawers against our door", "my lip's split").
const HURTER_NOW = re(
  `\\b(?:he|she|hes|shes|he is|she is|they|theyre|my (?:\\w+ )?(?:dad|stepdad|husband|wife|partner|boyfriend|girlfriend|ex|son|daughter|brother|carer|uncle)s?|ex|step ?dads?|step ?mums?|stepfathers?|mums (?:new )?(?:bf|partner)|mums (?:new )?boyfriend|the lodger|the man|the guy)\\b(?: \\w+){0,5} (?:in here (?:now|with me)|(?<!\\b(?:keps|kept|always|used to|would|comes|came)(?: \\w+)? )in my (?:rom|bed)(?! at night| every| when)|(?:sitting|sat) on (?:the end of )?my bed|still here|still in the house|still shouting|in the (?:hall|hallway|lounge|kitchen|front room|living room)|on the landing|pacing|outside (?:my|the|our) (?:\\w+ )?(?:door|window|flat|house|room)|banging on|(?:keeps )?trying (?:my|the) (?:door|handle)|stood (?:in front of|by|outside|at)|waiting at|coming (?:up|back|in)|back up|behind me|going through my|let (?:himself|herself) in|wont leave|wont let (?:me|her|him|us) out|locked me (?:in|out)|running it now|got (?:me|her|him|mum|my \\w+) by the throat|got (?:him|her|me) in the|pinned me|sat on me|(?:just )?pulled up)\\b`,
  "",
);
const WRITER_SHUT_IN = re(
  `\\b(?:(?:im|i am|were|we are|me and (?:my )?(?:\\w+ )?\\w+)(?: \\w+){0,2} (?:in|up in|hiding in|locked in) (?:the|my|our) (?:\\w+ )?(?:lo|bathrom|toilet|loft|attic|wardrobe|cupboard|shed|back rom|back bedrom|kids rom|car)|me and (?:my )?(?:\\w+ )?\\w+ in here|(?:locked )?out (?:here|the back)|cant talk|phone on silent|(?:its|it s|it is) hapening|pretending to be aslep|(?:told|asked) (?:him|her|them) to (?:get out|leave|go)|(?:an old|a spare|my other|a hidden) (?:phone|one) (?:he|she|they) (?:doesnt|dont|does not) know about|took my (?:phone|car keys|keys|charger)|not leaving (?:this|the) house alive|hiding|pushed (?:the|a|my) \\w+(?: of drawers)? (?:against|up against|in front of)|(?:up )?against (?:it|the door|our door|my door)|hatch shut|under the (?:covers|duvet)|typing (?:under|one handed|from)|lip s split|split my|bleeding|really dizzy|been sick|what do i do|help me|scared|terrified|cant get out|wont open|snowing|freezing|no one about|the order says|round two|next one wont miss|not done yet)\\b`,
  "",
);
// Violence heard or seen as it happens, to the writer's mother, a neighbour, a child: "he's
// slamming her into the wall", "i can hear my uncle hitting my cousin", "dad's got mum by the throat".
const VIOLENCE_NOW = re(
  `\\b(?:(?:hes|shes|he is|she is|theyre|they are|is|s|keeps)(?: \\w+){0,2} (?:hitting|slamming|smashing|battering|kicking|punching|strangling|choking|slapping|beating|dragging|throttling|hurting)|(?:hear|hearing|heard)(?: \\w+){0,4} (?:hitting|slamming|smashing|battering|kicking|punching|strangling|choking|slapping|beating|hurting)|(?:screaming|crying)\\b[^|]{0,30}\\bthumps|got (?:mum|her|him|my \\w+) by the throat|(?:hit|punched|slapped|kicked) (?:mum|her|him|me|my \\w+)(?: again)?)|(?:had|pined|pinned|held|put|shoved|pushed|slamed) me (?:up )?against (?:the )?(?:wall|door|fridge)|(?:shoved|pushed|threw) me down (?:the )?stairs\\b`,
  "",
);
const HAPPENING = re(
  `\\b(?:now|right now|rn|again|just|through the wall|next door|upstairs|downstairs|in the kitchen|for (?:\\d+|ten|five|twenty) mins|been going|keeps screaming|screaming (?:stop|for)|what do i do|still)\\b`,
  "",
);
const ABUSE_NOW_CLEARED = re(
  `\\b(?:film|movie|show|series|episode|drama|soap|eastenders|corrie|book|novel|game|match|boxing|wrestling|mma|ufc|sparring|play ?fight\\w*|tickl\\w*|pillow fight|podcast|documentary|true crime|article|news|case stud\\w*|module|degree|dissertation|lecture|read (?:one|a story|an article) about|years ago|when i was|used to|last year|as a kid)\\b`,
  "",
);

/** Abuse going on now: the person in the house and the writer afraid, hiding or hurt, or violence heard. */
function abuseNow(text: string): boolean {
  if (LAUGHTER.test(text)) return false;
  if (HURTER_HINT.test(text) && HURTER_HERE.test(text) && HURTER_FEAR.test(text)) return true;
  return (
    ABUSE_HINT.test(text) &&
    ((WRITER_SHUT_IN.test(text) && HURTER_NOW.test(text)) ||
      (VIOLENCE_NOW.test(text) && HAPPENING.test(text))) &&
    !ABUSE_NOW_CLEARED.test(text)
  );
}

// Violence already done that threatens a life, and threats told in any words: "dad strangled me on
// saturday", "held a knife to my face", "says if i tell anyone he'll make sure i have a fall on the
// stairs", "nobody would even bother looking if i ended up in the reservoir".
const VIOLENCE_DONE = re(
  `\\b(?:strangled (?:me|her|him)|choked (?:me|her) (?:out|til|until)|held a (?:knife|blade|gun|lighter) (?:to|at|against) (?:my|her|his)|holds? (?:my|her|his) (?:\\w+ )?head under|kicked me in the (?:stomach|belly|head)|smacked my head (?:off|on|against))\\b`,
  "",
);
const THREAT_TOLD = re(
  `\\b(?:said|says|saying|told (?:me|her|the kids|my \\w+)|texted|voicemails? (?:say|said)|sends? me)\\b[^|]{0,80}\\b(?:(?<!\\b(?:run|running|ran|runs) (?:us|me|them|you|the \\w+) )(?:in|into) (?:a|the) (?:ditch|reservoir|river|canal|ground|grave)|nobody (?:would|wil) (?:even )?(?:bother )?(?:look|find|miss)\\w*|find (?:me|her|you) in|never get away from (?:him|her|them) alive|(?:have|had) a fall|put (?:me|her|him|you) in the ground|break (?:her|my|his|your) (?:knees|legs|neck)|(?:its|it s|it is) for (?:me|you) if|leave the car running|say bye to|already picked (?:mine|yours|my|your)|drown (?:the \\w+ )?(?:first and then )?(?:me|her|you))\\b|\\b(?:found you|i know which window)\\b`,
  "",
);

// Harm to someone planned or readied: a weapon kept for them, where they live found out.
const HARM_READIED = re(
  `\\b(?:bought|got|keeping|kept|carrying|carry)\\b(?: (?:a|the|my|my dads|dads|my dads old))? (?:bat|brick|revolver|gun|knife|blade|cable ties|knuckle ?duster|crowbar|hammer)s?\\b[^|]{0,60}\\b(?:work out what (?:its|it s|it is) for|for the next (?:one|person|guy|bloke)|next time|i mean it|wasnt joking|then wel see|to use on)\\b|\\b(?:brick|bat|hammer|knife|lighter fluid|petrol)s?(?: s| is| has been| ben)? (?:by the (?:front )?door|in the (?:hall|shed)|hidden in my room)\\b[^|]{0,40}\\b(?:ready|since|next time|if (?:he|she|they)|getting|for)\\b|\\b(?:sort|get|getting) me a (?:blade|knife|gun|strap|piece)\\b`,
  "",
);
const WHERE_THEY_ARE = re(
  `\\b(?:know|found|worked out|found out|clock|clocking)\\b (?:\\w+ ){0,2}(?:where|when|what hours) (?:he|she|they|his|her|their|\\d+ of them)\\b(?: \\w+){0,2} (?:lives?|live|works?|parks?|drinks|is on his own|is on her own|on his own|the cameras are)\\b`,
  "",
);
const HARM_AIM = re(
  `\\b(?:make (?:him|her|them|the \\w+) pay|getting a visit|want (?:her|his|their) face|break (?:his|her|their) \\w+|(?:going|gona) to (?:hurt|get|sort|deal with|do) (?:him|her|them)|not for a chat|a list|names|reading up on what burns|burns worst)\\b`,
  "",
);
const POISON_LOOKUP = re(
  `\\b(?:looked up|googled|searching|reading up on)\\b[^|]{0,30}\\b(?:antifreeze|poison\\w*|rat poison|what burns)\\b[^|]{0,60}\\b(?:a person|someone|for (?:my|him|her)|husband|wife|partner|boss|ex)\\b`,
  "",
);

// Self-harm done now or about to be, in words the phrase lists miss.
const HARMED_NOW = re(
  `\\b(?:just cut|cut for the first time in|took (?:the|a) lighter to my|(?:banged|hit|smashed|bashed) my head (?:off|on|against) the \\w+ (?:again|til|till|until)|going to get the (?:razor|blade)|laxatives)\\b`,
  "",
);

// Suicidal thinking with a means or a how: "i know whats in the shed that would do it", "the plan
// is the motorway bridge", "ive started picking which tree", "been reading up on helium".
const HOW_THOUGHT = re(
  `\\b(?:(?:id|i would) like to end it|i know what(?: s|s)? in the \\w+ that (?:would|wil|could) do it|(?:the|my) plan is (?:the |my |a )?(?:\\w+ )?(?:bridge|motorway|tracks|pills|tablets|rope|garage|gun|shotgun|river|sea|cliffs?|woods|canal|overdose|quarry|roof)(?= ?$| ?\\|| ?,)|picking which (?:tree|bridge|day|one)|reading up on (?:helium|overdoses?|how (?:to|long)(?: \\w+){0,3} (?:die|dying|kill\\w*|overdos\\w*|od|hang\\w*|drown\\w*|bleed\\w*|do it))|googling how long (?:a|an) (?:\\w+ )?(?:overdose|od) takes|slid(?:e|ing) under in the bath and stay\\w*|(?:be with (?:her|him)|go) and i think about how|\\d+ stashed(?<=\\b(?:pills|tablets|meds|paracetamol)\\b.*))\\b`,
  "",
);

function readMoreUrgent(t: Tally, text: string): void {
  if (VIOLENCE_DONE.test(text) && !ABUSE_NOW_CLEARED.test(text) && !DISCUSSION.test(text) && !longAgo(text))
    raise(t, "urgent", "abuse");
  if (
    (HARM_READIED.test(text) ||
      (WHERE_THEY_ARE.test(text) && HARM_AIM.test(text)) ||
      POISON_LOOKUP.test(text)) &&
    !WEAPON_CLEARED.test(text) &&
    !LAUGHTER.test(text)
  )
    raise(t, "urgent", "harm_to_others");
  if (HARMED_NOW.test(text) && !/\b(?:she|he|shes|hes)\b/.test(text) && !longAgo(text))
    raise(t, "urgent", "self_harm");
  if (HOW_THOUGHT.test(text) && !LAUGHTER.test(text) && !longAgo(text)) raise(t, "urgent", "suicide");
}

/** The readings of batches zw to zze, run at the end of readFromParts. */
// The means laid out or within reach, beside a time or a last word: "every tablet in the house is
// on my duvet in little rows", "the boiler cupboard has what i need. it'll be over before lisa's
// back", "service pistol's cleaned. ... when the sun comes up and finish it".
const MEANS_HELD = `(?:${PILLS}|(?:its|it s|it is) all|tablets|pils|the stuff|the lot|(?:box|strip|packet|bottle|tub) of \\w+|hose|rope|cord|noose|antifreeze|bleach|charcoal|what i need|everything (?:else )?i need|everythings|everything)`;
const MEANS_PLACED = `(?:(?:laid|set|poured|counted|lined|spread|sorted) out|in (?:little |neat )?rows|on (?:my|the) (?:duvet|bed|desk|table|floor|bathroom floor|counter|coffee table|bedside table|kitchen table)|in front of me|in my (?:bag|hand|lap|pocket|coat|hoodie)|by the door|in the (?:shed|garage|boot|wardrobe|drawer|lock ?up|glovebox)|cleaned|loaded|in here with me|with me now)`;
const MEANS_LAID = re(
  `\\b${MEANS_HELD}(?:s| s| is| are)?\\b[^|]{0,40}\\b${MEANS_PLACED}\\b|\\b(?:theyre|they are|theyve ben|its|it s|it is) (?:al |already )?(?:poured|laid|counted|lined|set) out\\b|\\b(?:rearanging|arranging|lining up|counting) (?:them|the \\w+)\\b[^|]{0,20}\\bon the\\b|\\b(?:(?:laid|set|poured|counted|lined) out|counted)\\b[^|]{0,30}\\b${MEANS_HELD}\\b|\\bthen (?:the|my) (?:whole )?(?:bottle|box|packet|strip|tub|pot) of \\w+|\\b(?:has|have|got) what i need\\b|\\b(?:i kept|ive kept|i saved|ive saved|i counted|got) (?:his|her|their|my|the|mums|dads|nans) (?:${PILLS}|tablets|pils)\\b[^|]*\\b(?:theres enough|and mine|enough)\\b|\\bbought (?:a |some )?(?:hose|rope|charcoal)\\b[^|]{0,30}\\b(?:tape|car|garage|lock ?up)\\b`,
  "",
);
const MEANS_FINAL = re(
  `\\b(?:(?<!(?:havent|not|not yet|un) )decided|im done|not living|be with (?:him|her|them)|last thing|finish (?:it|this)|take (?:the lot|it|them)|while i do it|(?:be|its|il be) over (?:before|by)|after i send this|goodbye|meant goodbye|not anyones fault|wrote to|written to|letters|leters|want it to be|kill myself|end it|end my life|die|dying|talking out of it|dont try|stay with me|did try|tried talking|going out there|(?:taped|sealed) (?:up )?(?:the )?(?:gaps|door|window|vents))\\b`,
  "",
);
// "havent decided when", "not sure when yet": no time set.
const TIME_OPEN = re(
  `\\b(?:(?:not sure|dont know|no idea|havent (?:decided|picked|worked out)|undecided) (?:about )?when|no date yet|not yet)\\b`,
  "",
);
const DEATH_WORDS = re(
  `\\b(?:suicid\\w*|kill myself|die|dying|dead|end it|end my life|over|goodbye|not living)\\b`,
  "",
);
const MEANS_LAID_CLEARED = re(
  `\\b(?:dosette|organiser|organizer|pill ?box|pharmacist|pharmacy|for the week|every sunday|weekly|pumpkins?|climbing|paintball|trip|packing|camping|cooking|recipe|dinner|chef|goat|swing|vet|the dog|the cat|garden|hosepipe|car wash|washing the car|allotment|fishing|hunting|range|clay|stag|nerf|film|movie|book|story|game|character|tarp|tie (?:it|them|the \\w+) down|(?:stab|hurt|do|doing|make|get|kill) (?:him|her|them)\\b)`,
  "",
);

// Goodbyes that say the end is set: "saying goodbye properly this time", "when this battery's gone
// so am i", "telling him where to find me", "that was the last thing on my list" after thanks.
const GOODBYE_SET = re(
  `\\b(?:(?:saying|say|said|to say) (?:goodbye|bye) (?:properly|for good|for real)(?: this time)?(?! to (?:the|my|our|this|that) )|(?:say|saying|said) (?:thanks|thank you)[^|]{0,30}\\bbefore i go\\b(?! (?:to|out|on|back|home|for|and|up|down|away|abroad)\\b)|before i go in (?:\\d+|ten|five|twenty|thirty|a few) (?:mins?|minutes)|when (?:this|my) (?:phone|battery)(?:s| s| is)? (?:gone|dead|dies|runs out)(?: ,)? so (?:am|wil) i|(?:my phone|it) wil die (?:soon )?and so wil i|(?:where|how) to find me|(?:so|where) (?:theyl|they wil|theyd|he wil|hel|she wil|shel|mum wil|mum l) (?:see|find) it first|nothing left to (?:tidy|sort|do|sort out)(?: ,)? so (?:its|it s|it is) (?:tonight|today|now|time)|telling (?:someone|you|somebody) before i go(?= ?$| ?\\|)|my last message (?:to anyone|to anybody|ever)|last thing on (?:my|the) list(?=[^|]*\\b(?:thank|thanks|goodbye|bye|sorry|voicemails?|letters?)\\b)|(?<=\\b(?:thank|thanks|goodbye|bye|sorry|voicemails?|letters?)\\b[^]*)last thing on (?:my|the) list|countdown is on(?=[^]*\\b(?:fault|sorry|goodbye|bye|love)\\b))\\b`,
  "",
);
const GOODBYE_SET_CLEARED = re(
  `\\b(?:holiday|trip|travel\\w*|flight|airport|exams?|insta|instagram|tiktok|social media|the group|move|moving|new job|leaving do|retir\\w*|wedding (?:date|day)|for the wedding|party|xmas|christmas|new year|countdown to|the dog|old \\w+|shopping|packing|to do list|jobs list|chores|uni|school|game|film|book|story|character|lyrics?|song)\\b`,
  "",
);

// Questions about how a death would go, told without the usual words: "how long does it take to lose
// consciousness from the car exhaust", "would you feel it, the train", "does an insulin overdose show
// up in a post mortem", "what height of car park is enough. asking seriously not for a story".
const HOW_IT_GOES = re(
  `\\b(?:how (?:long|much|many|cold|high|far|deep|quick|quickly|fast)|what (?:height|dose|amount|time)|which (?:way|one|ones|drugs|pills|tablets)|would (?:you|it|that|i|they) (?:even )?(?:feel|hurt|work|be)|does (?:it|a|an|the) (?:\\w+ ){0,3}(?:show up|hurt|work)|is it true|where (?:can|could|do) (?:you|i|people) (?:get|buy)|to be sure)\\b[^|]{0,80}\\b(?:lose consciousness|pass out|suffer|before it (?:was|is|s) over|be sure|to be sure|actually work|show up (?:in|on)|post mortem|autopsy|toxicology|instant|instantly|far enough|high enough|deep enough|enough(?= ?$| ?\\|| ?\\?| ?,| to (?:die|do it|be sure|not wake))|put (?:animals|a dog|dogs|pets|horses) down|feel it|(?:you|they|someone) (?:just )?(?:dont|wouldnt|never) wake up|actually kill (?:you|someone|a person)|kill (?:you|someone|them|him|her)|for it to (?:actually )?work)\\b|\\b(?:wondering|wonder|checking) (?:if|whether) (?:the )?(?:drop|fall|height|it)\\b[^|]{0,30}\\b(?:far|high|deep) enough\\b|\\b(?:i|ive) (?:keep )?(?:do|doing|did|done) the (?:maths|math|sums)\\b|\\b(?:know|knew) (?:exactly )?which (?:drugs|pills|tablets|ones) and how (?:much|many)\\b|\\bhow (?:much|many) (?:${PILLS}|tablets|pills)\\b[^|]{0,20}\\b(?:it )?(?:takes|would take|will take|you need|do you need|would you need)\\b|\\b(?:first thing i thought|all i could think|i thought)\\b[^|]{0,20}\\b(?:thats|that s|that is|its) enough\\b`,
  "",
);
// "just did a few on my arm", "6 months clean and i just broke it", "deciding whether to go on
// living. leaning towards no", "gonna have a quick cig and then jump. 7th floor balcony".
const DID_A_FEW = re(
  `\\b(?:did|done) (?:a few|some|one|two|three|a couple)(?: more| lines| cuts)? (?:on|across|into) my (?:arm|arms|leg|legs|thigh|thighs|wrist|wrists|stomach|hip|hips)\\b(?![^|]*\\b(?:tattoo|stitches|jabs?|injections?|push ?ups|plasters?|henna|moisturiser|cream|sun ?cream)\\b)|\\b(?:\\d+|a|one|two|three|six|nine) (?:months?|weeks?|days?|years?) clean and i (?:just )?(?:broke it|relapsed|slipped|messed up|blew it)\\b`,
  "",
);
const GOING_ON_LIVING = re(
  `\\b(?:deciding|decide|trying to decide) (?:whether|if) (?:to )?(?:go on|keep|carry on) (?:living|going)\\b|\\bleaning towards no\\b(?<=\\bliving\\b.*)`,
  "",
);
const JUMP_SOON = re(
  `\\b(?:then|and then|before i|im going to|gonna|about to|going to) jump\\b[^]{0,40}\\b(?:${EDGE_PLACES}|\\d+(?:th|st|nd|rd) floor)\\b|\\b(?:${EDGE_PLACES}|\\d+(?:th|st|nd|rd) floor)\\b[^]{0,40}\\b(?:then|and then|before i|im going to|gonna|about to|going to) jump\\b`,
  "",
);
// "mine has been going since 11 and its nearly 1 now and i can see something white in it".
const CUT_OPEN_LONG = re(
  `\\b(?:cut|cuts|wound|it|mine)\\b[^]{0,60}\\b(?:going|bleeding|dripping) since (?:\\d+|lunch|this morning|last night|tea ?time)\\b[^]{0,60}\\b(?:(?:nearly|almost|its|now) \\d+|something white|white stuff|the fat|bone)\\b`,
  "",
);
const HOW_MEANS = re(
  `\\b(?:${PILLS}|meds|drugs|dose|overdose|exhaust|car|garage|antifreeze|poison|rat poison|bleach|cut|cuts|hypothermia|cold|insulin|freight|train|crossing|car park|carpark|multistorey|multi storey|bridge|drop|fall|height|floor|roof|stuff vets use|pill organiser|organiser)\\b`,
  "",
);
const HOW_CLEARED = re(
  `\\b(?:${ASKED_NOT_FOR_DEATH}|course|my baby|swallowed (?:some|one)|accidentally|by accident|first aid|what (?:do|should) i do|defrost|defrosting|ice|gritting|heating|boiler|mot|service|battery|parking|tickets?|timetable|delayed|cancelled|commute|journey|quickest route|fastest route|revise|revising|recipe|bake|oven|sun ?burn|burn calories|lose weight|muscle|gym|diet)\\b`,
  "",
);
// "how much of the rat poison in someones tea would make them really ill": meant for someone else.
// "what time does the last freight go through the crossing" after "im so done with everything".
const TRAIN_TIMES = re(
  `\\b(?:what time|when) (?:does|do) the (?:last |next |first |fast |non stop )?(?:freight|freights|train|trains|express)\\b[^|]{0,30}\\b(?:go through|pass|come through|come past|go past)\\b`,
  "",
);
const FOR_SOMEONE = re(
  `\\b(?:someones|his|her|their|my \\w+s) (?:tea|drink|food|cofee|dinner|shake|meal|pint)\\b`,
  "",
);

// The words the readings above need, one at least: most messages hold none, so most never run.
const HOW_PIECES = anyPiece(
  "how ",
  "what ",
  "which ",
  "would ",
  "does ",
  "is it true",
  "where ",
  "sure",
  "wonder",
  "check",
  "math",
  "sums",
  "enough",
);
const TRAIN_PIECES = anyPiece("what time", "when does", "when do");
const DID_PIECES = anyPiece("did ", "done ", "clean and");
const LIVING_PIECES = anyPiece("living", "leaning towards");
const GOODBYE_PIECES = anyPiece(
  "bye",
  "thank",
  "before i go",
  "so am i",
  "so wil i",
  "find me",
  "it first",
  "nothing left",
  "last mesage",
  "last thing",
  "countdown",
);
const LAID_PIECES = anyPiece(
  "laid",
  "set out",
  "poured",
  "counted",
  "lined",
  "spread",
  "sorted out",
  "rows",
  "duvet",
  " bed",
  "desk",
  "table",
  "flor",
  "counter",
  "in front of me",
  "in my ",
  "lap",
  "by the dor",
  "shed",
  "garage",
  "boot",
  "wardrobe",
  "drawer",
  "lock",
  "glovebox",
  "cleaned",
  "loaded",
  "with me",
  "what i ned",
  "enough",
  "bought",
  "then the",
  "then my",
  "arang",
  "lining up",
  "counting",
);

// "on the platform at the last stop, the freight one comes through at 1:40. just waiting for it now".
const FREIGHT_DUE = re(
  `\\b(?:freight|fast|expres|non stop|non stoping)(?: train| one| trains)? (?:comes|come|pases|pass|goes|go|runs|run|rushes) (?:through|past|by) (?:at|in) \\d`,
  "",
);
const WAITING_FOR_IT =
  /\b(?:waiting for (?:it|the freight|the fast one|that one)(?! to (?:stop|arive|come in|pul in))|ready for it)\b/;
const SPOTTING =
  /\b(?:spoting|spotter|trainspot\w*|camera|video|filming|lens|railfan|rail fan|enthusiasts?|photograph\w*)\b/;

// Theme E: the emergency moment of suicide told in words no reading above held, in families that
// recur across many authors (readThemeEmergency below runs them): at the place now with a wish to
// die, a train due at the crossing or platform, walking into the water, the car or a barbecue
// running in a sealed room, an attempt today that failed, insulin stopped on purpose, an overdose
// taken with a time, a goodbye scheduled or a last message, a note left where it will be found, a
// cover story for a leaving that is not one, affairs settled with a time, means set out with a
// wish or a time, a date or a time set, the act with a time, "i won't be here by then", a place
// thought of before and "I'm here now". Each needs a word first (a cheap test) and is cleared by
// what makes it ordinary (a holiday, a relationship ended, a spotter's camera, a swim).
const TE_WISH = `(?:kil (?:my ?self|me)|end (?:it|things|my life)|ending it|suicid\\w*|(?:want|wana|wanted) (?:to die|to be dead|it (?:al )?over|to be gone|to go)|dont (?:want|wana) to (?:be here|live|be alive|exist|wake)|not (?:wanting|want) to be here|(?:cant|cannot) do (?:this|it|another \\w+|one more \\w+)|cant (?:go on|keep going|anymore)|had enough|no point|nothing left|tired of (?:existing|living|being|everything|it al|fighting)|so tired of|done with (?:it al|everything|al of it|life)|burden|beter off|nobody would (?:notice|mis|care)|no way out|not (?:coming|going) back(?! (?:til|until|before|for|tonight|today|home|in|to|from|with|after|down|up|soon|later|by))|not steping back|made my (?:mind|choice)|mind(?:s| is)? made up|ive decided|(?<!(?:havent|not|un) )decided|its time|the only way|where it ends|goodbye(?! for now)|sory (?:for everything|to everyone|mum|dad)|forgive me|love you al|last (?:message|time|thing)|(?:my|this is my|its my) last night|not scared (?:of it )?any ?more|im done|want out|dont try|wont be (?:here|around|alive|back))`;
// A time set for the act: "tonight", "at 3", "once the kids are asleep", "sunday morning".
const TE_TIME = `(?:tonight|tomorow(?: morning| night)?|at (?:\\d+(?: \\d\\d)?(?: ?(?:am|pm))?|midnight|dawn|first light)|(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|night|evening))?|in (?:\\d+|ten|five|twenty|a few) (?:mins?|minutes|hours?)|(?:once|when|after|before) (?:the kids|everyone|everyones|every ?one|the house|they|mum|dad|my \\w+|it gets|its dark|he|she)\\b|by (?:morning|the morning)|first light|after (?:this|the news|my shift|the shift)|\\d+ ?am|\\d+ ?pm)`;
const TE_TIME_WIDE = `(?:${TE_TIME}|today|this (?:morning|afternoon|evening|weekend)|(?:once|when|after|before) (?:the \\w+|its|it s)\\b|by then|after work)`;
const TE_EDGE = `(?:bridge|fotbridge|overpas|flyover|viaduct|rof|rof top|roftop|car park|multi ?storey|top (?:flor|level|deck)|\\d+(?:st|nd|rd|th) flor|ledge|window ?sil|sil|parapet|railing|rail|balcony|terace|clif|clifs|clif edge|clif path|edge|quary|gorge|dam|dam wal|pier|jety|harbour wal|platform|station|tracks|train line|railway|level crosing|crosing|river|canal|lake|reservoir|sea|weir|water|lagoon|embankment)`;
const TE_MEANS = `(?:rope|ropes|belt|cord|cable|noose|hok|beam|tow rope|washing line|dogs lead|lead|ties?|gun|guns|shotgun|revolver|pistol|rifle|piece|45|service pistol|knife|big knife|blade|blades|razor|razor blade|pils|tablets|tabs|meds|morphine|insulin|pens|patches|fentanyl|diazepam|tramadol|paracetamol|co codamol|codeine|lithium|potasium|vials?|syringe|hose|hosepipe|charcoal|bbq|barbecue|wedkiler|pesticide|sniper|antifreze|bleach|lighter fluid|stuf i ordered|what i ordered|the stuf|everything i ned|what i ned|it al|the lot|everything)`;
const TE_HELD = `(?:in (?:my|the) (?:hand|lap|pocket|pockets|bag|car|bot|glovebox|drawer|bedside drawer|cupboard|bathrom cabinet|cabinet|shed|garage|barn|van|lock ?up|lof|bedrom|rom|spare rom|bath)|on (?:my|the) (?:lap|bed|table|kitchen table|desk|side|counter|duvet|bedside|pasenger seat|flor|stairs|edge of the tub)|next to me|beside me|with me|in front of me|(?:al )?(?:lined|laid|set|counted|poured) (?:up|out)|counted|bought|sorted|tied(?: up)?|up|round the dor handle|loaded|cleaned|sharpened|drawn up|out of (?:the|his|her) (?:cabinet|safe)|down from the lof|(?:is|are|s) here|ready|in place)`;
// What makes means, a time or a plan ordinary: cooking, a trip, a hobby, a story, long ago.
const TE_ORDINARY = `(?:turkey|carv\\w*|wish me luck|camping|trip|holiday|climbing|fishing|hunting|range|clay|cooking|recipe|diner|roast|garden|diy|shelf|shelves|decorating|christmas tre|game|film|movie|story|character|novel|lyrics|song|dog walk|walk the dog|vet|pharmacy|dosete|organiser|prescription for|for my (?:back|head|period|tooth)|revising|revision|exam|homework|years ago|when i was|used to)`;
const TE_WISH_RE = re(`\\b${TE_WISH}\\b`, "");
const TE_ORDINARY_RE = re(`\\b${TE_ORDINARY}\\b`, "");

// "engine's been running a good while, garage door down", "barbecue's lit in the bedroom. towels
// under the door", "gas on, windows taped up".
const TE_GAS_ON = re(
  `\\b(?:engine(?:s| s| is| has ben)? (?:running|going|on)|(?:started|running|ran) the (?:car|engine)|(?:bq|barbecue|bqs|charcoal)(?: s| is| are)? (?:lit|going)|lit (?:the |a |one of (?:them|the) )?(?:disposable )?(?:bq|barbecue|charcoal)|gas (?:is )?on|turned the gas on)\\b`,
  "",
);
const TE_GAS_SEALED = re(
  `\\b(?:garage|taped|tape|towels? under|windows? (?:shut|closed|taped)|vents|hose|exhaust|slepy|head (?:is |feels )?(?:pounding|thick)|sealed|smels|just waiting|tel (?:someone|somebody)|thanks|sory|goodbye|bye|cab|bedrom|bathrom)\\b`,
  "",
);
const TE_GAS_CLEARED = re(
  `\\b(?:cooking|diner|tea|burgers?|sausages|garden|beach|park|camping|warm(?:ing)? up|defrost|schol run|trafic|trafic jam|mot|mechanic|stove|boiler|leak|smel gas)\\b`,
  "",
);
// "scheduled an email to my boss for 9am. by then it won't matter", "emails are scheduled for 6am
// so nobody finds out til after".
const TE_SCHEDULED = re(
  `\\b(?:scheduled|set|timed|queued)\\b[^|]{0,60}\\b(?:email|emails|mesage|mesages|text|texts|post|note|video|voice memo)|\\b(?:email|emails|mesage|mesages|texts|post|note)(?: s| is| are)? (?:scheduled|set to (?:send|go|show)|timed)\\b`,
  "",
);
const TE_SCHEDULED_END = re(
  `\\b(?:by then|by the time|til after|until after|before then|wont (?:be here|mater|ned)|be gone|be done|its done|so (?:someone|somebody|they) finds? me|finds me|goodbye|sory for everything|where my wil|my wil is|after that i wont|explaining everything)\\b`,
  "",
);
const TE_SCHEDULED_CLEARED = re(
  `\\b(?:holiday|out of ofice (?:til|until)|birthday|party|newsletter|campaign|meting|reminder|exam|interview|marketing)\\b`,
  "",
);
// An attempt today that failed or was stopped: "the belt snapped", "threw most of them up",
// "some bloke pulled me out", "woke up on the bathroom floor".
const TE_TRIED = re(
  `\\b(?:tried|atempted|trying) (?:to (?:hang|strangle|kil|od|overdose|drown|jump|end|do it)\\w*(?: \\w+){0,3}|it|this|again|earlier|today|last night|this morning)\\b[^]{0,60}\\b(?:snaped|sliped|broke|didnt (?:work|hold)|threw (?:most of )?(?:it|them) up|woke up|came round|puled me|grabed me)|\\b(?:rope|cord|belt|knot|rail|beam|hok) (?:thing )?(?:snaped|sliped|broke|didnt (?:work|hold))|\\b(?:jumped|walked) (?:of|into|in|of the end of) (?:the |a )?(?:\\w+ ){0,2}(?:canal|river|sea|pier|harbour wal|bridge|rof|garage rof|lake)\\b[^]{0,80}\\b(?:puled me|grabed me|go back|do it right|do it properly|next time|wanted it|to die)`,
  "",
);
const TE_TRIED_RECENT = re(
  `\\b(?:today|earlier|this morning|this afternon|this arvo|tonight|last night|an hour ago|(?:\\d+|two|thre|a few) (?:hrs?|hours?|mins?) ago|yesterday|at lunch|again|properly|do it right|get it right|go back|neck|blacked out|woke up)\\b`,
  "",
);
const TE_TRIED_CLEARED = re(
  `\\b(?:years ago|when i was|as a kid|used to|(?:he|she|they) (?:tried|jumped)|my (?:friend|brother|sister|mum|dad|son|daughter)|climbing|instructor|harnes|belay|abseil\\w*|swing|tow\\w*|boat|tent|gym|washing|tug|shelf|bracket|kite|dog)\\b`,
  "",
);
const TE_INSULIN_STOPPED = re(`\\b(?:stoped|not taking|stoped taking|skiped) (?:my )?insulin\\b`, "");
const TE_INSULIN_MEANT = re(
  `\\b(?:on purpose|so it would|want it over|how i want|nearly done|quietly|on its own|dont want help|not ringing|not caling)\\b`,
  "",
);
// "standing on platform 3. the fast one comes through at 11:42", "the 22:14 doesnt stop here".
const TE_LINE = re(`\\b(?:platform|station|crosing|tracks|train line|railway|embankment|line)\\b`, "");
const TE_TRAIN_DUE = re(
  `\\b(?:(?:doesnt|doesn t|wont|dont) stop here|non stop|fast one|freight|the (?:\\d+ \\d+|\\d+) is the one|next (?:one|train)(?: s| is)? (?:in )?\\d+ min|(?:\\d+ \\d+|\\d+)(?: train)? (?:is the one|doesnt stop)|comes through at|pases at|goes past at|train is coming|bariers (?:are |just )?(?:coming|came) down|the one that doesnt stop)\\b`,
  "",
);
const TE_TRAIN_THERE = re(`\\b(?:im|i am|at|on|sat|stod|standing|waiting|here|by|ben)\\b`, "");
const TE_TRAIN_CLEARED = re(
  `\\b(?:spoting|spoter|trainspot\\w*|camera|video|filming|lens|photograph\\w*|photos?|pics|steam|heritage|delayed|late|cancel\\w*|commute|my train home|change at|conect\\w*|ticket)\\b`,
  "",
);
// "walked into the sea up to my waist. gonna keep walking", "stones in my coat pockets".
const TE_WATER_IN = re(
  `\\b(?:walk(?:ed|ing)? (?:into|in|out into|out) (?:the )?(?:sea|river|lake|water|canal|loch|waves)|(?:standing|stod|im) in the (?:sea|river|lake|water|canal)|im in the water|waters? (?:up to|is up to|at) my (?:chest|waist|neck|knees)|up to my (?:chest|waist|neck|knees)|stones in (?:my )?(?:coat )?pockets|where the ice is thin|walking out further)\\b`,
  "",
);
const TE_WATER_ON = re(
  `\\b(?:kep walking|not walking back|not coming back|bye|goodbye|sory|cant fel|stones|further|going under|wanted|to drown|drown|frezing|so cold|cold|now|dont want to be here|want it over)\\b`,
  "",
);
const TE_WATER_CLEARED = re(
  `\\b(?:swim\\w*|padl\\w*|surf\\w*|wetsuit|dip|dips|wild swim|plunge|kids|dog|fishing|waders|bodyboard|ice bath|cold water therapy|thought about|think about|thinking about|didnt|but i|if i|wondering|wanting|picturing|imagin\\w*|came (?:back )?out|back out)\\b`,
  "",
);
// A leaving with a cover story, then "it's not": "told her its just for the weekend. its not".
const TE_COVER = re(
  `\\b(?:told (?:her|him|them|everyone|my \\w+)|said i was|they think|(?:she|he) thinks?|(?:she|he) thought|thinks im)\\b[^|]{0,80}\\| ?(?:its not|im not|it wasnt|it isnt|there isnt|isnt|wasnt)\\b`,
  "",
);
const TE_COVER_LEAVING = re(
  `\\b(?:gave|giving|left|rehomed|rehome|dog|cat|bye|goodbye|huged|leaving do|normal bye|love)\\b`,
  "",
);
// At the place now, beside a wish to die or the drop: "sat on the railing at the multi storey.
// not even scared anymore", "on the top floor of the multistorey now. just looking down".
const TE_AT_PLACE = re(
  `\\b(?:im|i am|im sat|sat|siting|standing|stod|stood|parked|writing this|writing|on|at|up on)\\b(?: \\w+){0,4} (?:on|at|by|in|over|from) (?:the |my |our |a )?(?:\\w+ ){0,3}${TE_EDGE}\\b|\\b(?:on|at|by) the (?:\\w+ )?${TE_EDGE} (?:now|rn|right now)\\b|\\b(?:im|i am) (?:here|there|on it|up here) now\\b`,
  "",
);
const TE_AT_PLACE_POINTER = re(
  `\\b(?:loking down|the drop|how (?:high|long the fal)|one push|going in|lean(?:ing)? over|step of|not going (?:home|back down)|wrong side|legs out)\\b`,
  "",
);
const TE_AT_PLACE_CLEARED = re(
  `\\b(?:instructor|abseil\\w*|belay\\w*|harness|sponsored|work|shift (?:starts|at)|holiday|walk(?:ing)? the dog|fishing|selfie|view is|sunset pics|tourist|commute|waiting for (?:the|my) (?:train|bus|friend|mum|dad|lift)|gig|festival|song|film|game|lyrics|canyon|hik\\w*|trail|sunrise|flew|departures|airport|emigrat\\w*|last wek|wont do it|didnt|lol|on my walk|kep loking|every time|whenever|home safe|(?:im|i am|got) home|safe now|im safe)\\b`,
  "",
);
// A place thought of before, then "im here now": "been thinking about the old railway bridge a
// lot" then "im here now"; "whats the tallest car park in leeds" then "im on the top of it now".
const TE_THOUGHT_THEN_THERE = re(
  `\\b(?:thinking about|think about|thought about|kep thinking|kep going back to|staring at|stare at|walk past|research\\w*|the one i told you|remember what i said about|told u about|told you about|looked up|whats the\\b[^|]{0,30})\\b[^|]{0,60}\\b${TE_EDGE}\\b[^]*\\| ?(?:(?:ok|so|wel) )?(?:(?:im|i am|i m) (?:here|there|on it|up here|at it|on the \\w+)(?: now)?|(?:found one|drove up|walking there now|heading (?:there|out there)|on my way there)\\b)`,
  "",
);
const TE_THOUGHT_CLEARED = re(
  `\\b(?:work|holiday|trip|view|photos?|pics|sunset|sunrise|walk the dog|fishing|swim|tourist|commute|lol|haha)\\b`,
  "",
);
// "note's on my pillow", "left them on the kitchen table so theyll find them in the morning",
// "taped a note to the front door saying don't come in, call the police".
const TE_NOTE_PLACED = re(
  `\\b(?:notes?|leters?|goodbyes|voice (?:memo|mesage|note)|video)\\b[^|]{0,60}\\b(?:on (?:my|the|her|his) (?:pilow|fridge|mantlepiece|dash|front dor|dor|kitchen table|desk|table)|under (?:my|the) (?:pilow|dor)|in (?:the|her|his|my) (?:bread bin|handbag|bag|car|notes ap|bedside drawer|drawer)|pined to|taped to|where (?:theyl|they wil|she wil|he wil|theyd|shel|hel) find)|\\b(?:(?:its|it s|it is|theyre|they are) (?:on|under) (?:my|the) (?:pilow|desk|table))\\b|\\bdont come in\\b[^|]{0,20}\\b(?:ring|cal|phone) (?:999|911|the police|police|an ambulance)\\b|\\b(?:recorded|made) a (?:voice (?:memo|mesage|note)|video) for (?:my|mum|dad|the)\\b`,
  "",
);
const TE_NOTE_FOR = re(
  `\\b(?:find|finds|morning|sory|goodbye|bye|love|loved|going|gone|heading|drive|walking|doing it|after|tonight|bath|dont come in|signing of|the river|the bridge|station|clifs|shotgun|wods|when|for (?:my|mum|dad|the kids|my kids))\\b`,
  "",
);
const TE_NOTE_CLEARED = re(
  `\\b(?:shoping|shops?|(?<!\\b(?:wont|not|never|cant|dont)(?: be| coming| come| going| ever)* )back (?:soon|later|by|at|tomorow|in|after|around)|(?<!bread )bins?|diner|tea is|milk|groceries|birthday|christmas|xmas|valentines|aniversary|thank you card|homework|schol|teacher|cleaner|plumber|delivery|parcel|landlord|lunch|rota|chores|to open when|when they turn|when (?:theyre|they are) older(?![^|]*doing it)|counsel+or|therapist|exercise|asignment|song|lyrics|film|bok|story|character|surprise|party|proposal|prank|cake|dog siter|feding)\\b`,
  "",
);
// Affairs settled, two or more of them, beside a time or a leaving: "will signed, cat rehomed,
// letter on the mantlepiece. tomorrow morning i can go".
const TE_AFFAIRS = new RegExp(
  re(
    `\\b(?:(?:sorted|signed|written|wrote|did) (?:the |my )?wil|wil (?:is |s )?(?:signed|sorted|written|with the solicitor)|cancel+ed (?:my |the )?\\w+|paid (?:of|up)|(?:gave|given|giving) (?:away )?(?:my |the )(?:\\w+ )?\\w+ to\\b|gave away|rehomed|(?:cat|dog)(?: s| is)? (?:going|gone) (?:to|next dor)|pas(?:word|wd)s?|deleted (?:al )?(?:my )?\\w+|out of ofice|library boks|left (?:the |my )?(?:spare |back )?(?:keys?|dor)|tidied|cleaned top to botom|boxed up|labeled|who gets (?:what|my)|fed the fish|(?:final|last) (?:bit of )?(?:admin|paperwork)|in order|everythings sorted|al sorted)\\b`,
  ).source,
  "g",
);
const TE_AFFAIRS_THEN = re(
  `\\b(?:(?:its|it s|it is) (?:tonight|today|now|saturday|sunday|friday)|\\w+day it is|thats (?:the plan|when)|${TE_TIME}|so (?:nobody|no one|noone)|nobody wil lok|goodbye|bye|im at the|wont be here|i can go|im out|said my byes)\\b`,
  "",
);
const TE_AFFAIRS_CLEARED = re(
  `\\b(?:moving|move|emigrat\\w*|new job|holiday|travel\\w*|deployment|gap year|abroad|uni|spring clean|decluter\\w*|new year|resolution|budget|baby|wedding|retire\\w*|house sale|divorce|christmas presents|weks in|days in|flight|fly|flying|off to|organised)\\b`,
  "",
);
// The means at hand beside a wish and a time, or the act set for a time: "got dads old revolver
// down from the loft. tonight", "knife's sharpened. doing it in the bath once the missus leaves".
const TE_MEANS_HELD = re(
  `\\b${TE_MEANS}(?: s| is| are|s)? (?:(?:al|already|now) )?${TE_HELD}|\\b(?:got|have|ive got|i have|brought|took|bought|holding|gave|put) (?:my |the |a |his |her |dads |my dads |grandads |mums |nans |her old |his old |my old )?(?:\\w+ )?${TE_MEANS}\\b`,
  "",
);
// Someone else with the means or the words: "my missus held the bread knife up to me", "he told the
// kids say bye to mummy": abuse, which other readings weigh.
const TE_THEIR_HANDS = re(
  `\\b(?:he|she|hes|shes|they|mums (?:bf|boyfriend)|my (?:husband|wife|misus|partner|dad|stepdad|step dad))\\b(?: \\w+){0,2} (?:held|put|had|has|said|told|pointed|threatened)\\b`,
  "",
);
const TE_TIME_NOW = re(`\\b${TE_TIME_WIDE}\\b|\\bnow\\b`, "");
const TE_ACT_SET = re(
  `\\b(?:its tonight|doing it (?:tonight|now|when|once|after)|take them (?:al )?(?:tonight|when|after|at)|(?:il|i wil|im going to|going to) (?:take|do|finish|use) (?:it|them|this)? ?(?:tonight|when|after|at|once))\\b`,
  "",
);
// Means in place, with a wish or words to someone: "the belt is round the door handle. fuck it",
// "got the big knife from the kitchen and im in the bath ... i want it over".
const TE_MEANS_PLACED = re(
  `\\b${TE_MEANS}(?: s| is| are|s)? (?:(?:al|already|now) )?(?:round the dor handle|tied(?: up)?|up|set up|hung|over the beam|on the hok|in my (?:hand|lap|pocket)|on my lap|in the bath|out on the (?:counter|table|bed)|drawn up|loaded)\\b|\\b(?:got|have|holding|with) (?:the |my |a |his |her )?(?:big )?(?:knife|blade|blades|razor|rope|belt|cord|gun|shotgun|pils|tablets)\\b[^|]{0,30}\\b(?:in the bath|im in the bath|in (?:my|the) (?:lap|hand|wods))\\b|\\beverything(?: s|s| is)? (?:set up|ready|sorted) (?:in|upstairs|in the)\\b`,
  "",
);
const TE_MEANS_PLACED_TOLD = re(
  `\\b(?:${TE_WISH}|siting (?:here )?(?:next to|with) it|waiting|tel (?:someone|somebody)|out loud|thanks|thank you|sory|fuck it|to someone)\\b`,
  "",
);
const TE_MEANS_PLACED_CLEARED = re(
  `\\b(?:${TE_ORDINARY}|swing|hamock|tre house|washing|clothes|tent|boat|hors\\w*|gym|crosfit|yoga|tug of war|rock climbing|abseil\\w*|belay|wrong chat|that was (?:to|for)|picked up)\\b`,
  "",
);
// Sitting with the means, or a ligature tested: "the shotgun's out of the cabinet. im sat on the stairs
// with it", "its up. just sitting with it", "tested the belt on the door handle to see if it would
// hold. it did", "the stool wobbles a bit but itll hold me long enough".
const TE_SAT_WITH = re(
  `\\b(?:siting|sat|sit|ben sat|ben siting)(?: here)?(?: on the \\w+)? (?:with|next to|in front of|beside) (?:it|them)\\b`,
  "",
);
const TE_SAT_MEANS = re(
  `\\b(?:gun|guns|shotgun|rifle|revolver|pistol|piece|rope|belt|cord|noose|cable|pils|tablets|knife|blade|razor|gun safe|cabinet)\\b`,
  "",
);
// A habit or a thought, not this night: "lately i go up and sit with it"; a blade for cutting.
const TE_SAT_CLEARED = re(
  `\\b(?:lately|think about|thinking about|sometimes|every (?:night|day)|sharpener)\\b`,
  "",
);
const TE_HOLDS = re(
  `\\b(?:(?:tested|checked|tried)\\b[^|]{0,50}\\b(?:hold|holds|held)\\b|(?:itl|it wil|it would|wil it|would it) hold me\\b|(?:tested|checked) (?:that )?it holds|(?:it|that) held(?= ?$| ?\\|| ?,| so))`,
  "",
);
const TE_HOLDS_WHAT = re(
  `\\b(?:belt|rope|cord|beam|hok|banister|dor handle|stol|lof|noose|cable|tie|ladder|chair)\\b`,
  "",
);
const TE_HOLDS_CLEARED = re(
  `\\b(?:${TE_ORDINARY}|swing|hamock|shelf|shelves|bracket|tv|curtain|pole|climbing|harnes|belay|kids|baby|weight|pul ?up|bar)\\b`,
  "",
);
// An overdose told with how much and when: "took them at 10. its nearly 11", "ok its done. 2
// packs", "the packet's empty", "theyre in me now", "socks empty now. took them at midnight".
const TE_TAKEN = re(
  `\\b(?:(?:tok|taken|swalowed|had|necked|downed|drank|drunk|did|done|put)(?: (?:al|every one of|the rest of))? (?:them al|them|em al|al of (?:them|it)|the lot|the whole (?:\\w+ )?(?:pack|packet|box|botle|pen|strip|blister pack|tub|month)|(?:\\d+|two|thre|four) (?:packs|packets|boxes|strips|pens)|(?:about |like )?\\d+ (?:or so|of them)|everything in|what was left|al (?:my|the) \\w+)|(?:packet|box|botle|sock|pot|tub|strip|blister pack|pen)(?: s| is)? (?:empty|gone)|(?:theyre|theyve|its|they are|pils are|tablets are|the lot is) (?:al )?(?:in me|down|swalowed)|(?:antifreze|bleach|wedkiler|stuf) (?:is |s )?(?:drunk|gone)|(?:pils|tabs|tablets|meds)(?: are| s)? (?:al )?(?:down|gone)|(?:tok|taken|had|swalowed|injected) (?:the |my )?(?:overdose|od|tramadol|insulin|paracetamol|codeine|diazepam)(?= at| ?$| ?\\|| ?,| \\d| an| about| on purpose)|(?:like |about )?(?:[2-9]\\d|\\d+ strips|\\d+ pens|thre pens) (?:of (?:the |my )?)?(?:paracetamol|co codamol|codeine|diazepam|tramadol|pils|tablets|insulin)?(?: with (?:the |a )?(?:vodka|wine|whisky|gin|rum|botle))|(?:did|done) the insulin(?: thing)?|(?:\\d+|two|thre|four|five) times my (?:normal )?insulin|(?:drank|drunk|had a drink of|swalowed|had some of) (?:a (?:big |smal )?mouthful of |some of |half of )?(?:the )?(?:bleach|blech|wedkiler|antifreze|pesticide|drain cleaner))\\b`,
  "",
);
const TE_TAKEN_WHAT = re(
  `\\b(?:(?:just )?waiting now|on purpose|not like the other times|pils|tablets|tabs|meds|insulin|pen|pens|paracetamol|packets?|packs?|box|botle|overdose|od|codeine|tramadol|diazepam|sleping|lithium|antifreze|bleach|them al|the lot)\\b`,
  "",
);
const TE_TAKEN_WHEN = re(
  `\\b(?:at \\d+|(?:an? |\\d+ |half an |an )(?:hr|hour|min|minute)s? ago|its (?:nearly |gone |now )?\\d+|now|just now|earlier|already|spining|slepy|sick|fel|find out|burn\\w*|on fire|foul|nobody knows|throat|shaky|sweat\\w*|dont (?:even )?work|goodbye|bye|sory|${TE_WISH})\\b`,
  "",
);
const TE_TAKEN_CLEARED = re(
  `\\b(?:vet|back to the|to the (?:park|shop|tip|pharmacy)|as prescribed|my usual|morning meds|antibiotics?|headache|migraine|period|dog|cat|toddler|baby|son|daughter|kid|by acident|acidentaly|by mistake|thought it was|(?:he|she|they) (?:tok|had)|my (?:friend|mate|brother|sister|mum|dad) tok)\\b`,
  "",
);
// A date or time set: "set an alarm for 3am so i dont bottle it", "ive got a date. my birthday.
// friday", "set my alarm for 4am, thats when im walking to the bridge".
const TE_DATE_SET = re(
  `\\b(?:(?:set|picked|chose|chosen|got) (?:a |the |my )?(?:date|day|time|alarm)|(?:date|day|time)(?: s| is)? (?:set|picked|chosen)|(?:ive got|i have|got|have) a date|alarm(?: s| is)? (?:set|going)|set (?:an|my|the) alarm|set it for|(?:\\w+day|tonight|tomorow) is the (?:day|night)|(?:the|my) plan is|theres a plan|(?:its|it s|it is) set for|is when im|thats when im)\\b`,
  "",
);
const TE_DATE_WHEN = re(`\\b(?:${TE_TIME}|birthday|(?:the )?\\d+(?:st|nd|rd|th))\\b`, "");
const TE_DATE_FOR = re(
  `\\b(?:${TE_WISH}|${TE_EDGE}|${TE_MEANS}|botle it|i go|im going|wont be here|nobody|goodbye|before any ?(?:one|1) wakes)\\b`,
  "",
);
const TE_DATE_CLEARED = re(
  `\\b(?:${TE_ORDINARY}|wedding|party|interview|meting|flight|gym|run|surprise|proposal|dentist|apointment|match|gig|date night|first date|tinder|doctor|morning ones|trying to be|not (?:tonight|today|yet)|i dont think)\\b`,
  "",
);
// The act with a time, beside a wish: "jumping at midnight. its the only way", "doing it tonight"
// after "been planning this since my birthday".
const TE_ACT = re(
  `\\b(?:doing it|(?:its|it s|it is) hapening|it ends|jumping|(?:il |im going to |going to |gona )?(?:jump|take them|finish it)|i go|im out|find out|(?:its|it s|it is) (?:tonight|now)(?= ?$| ?\\|| ?,)|stil tonight)\\b`,
  "",
);
const TE_ACT_WHEN = re(`\\b(?:${TE_TIME}|after this mesage|when i finish (?:typing|this))\\b`, "");
const TE_ACT_WHY = re(
  `\\b(?:${TE_WISH}|planing (?:this|it)|my plan|the plan|the only way|tired of|so done|hurts)\\b`,
  "",
);
const TE_ACT_CLEARED = re(
  `\\b(?:${TE_ORDINARY}|wedding|party|interview|meting|flight|gym|bungee|sky ?dive|parachute|swim|pol|lake jump|charity|with (?:him|her|them|my \\w+)|relationship|series|show|season|finale|hearing|custody|back in the|quit\\w*|job|plan to (?!die|kil|end))\\b`,
  "",
);
// A decision told as made, beside a time, the place or the means: "ive made my mind up. off the end
// of the pier when it gets light", "i have decided and i am calm about it. the train passes at 11:40".
const TE_DECIDED = re(
  `\\b(?:(?:ive|i have|i|so ive|ive now) (?:decided|made my (?:mind up|choice))|i made my choice|(?:my )?mind(?:s| is)? made up|(?<= ?(?:^|\\|) ?)decided)(?= ?$| ?\\|| ?,| so | and i| the time)`,
  "",
);
const TE_DECIDED_WHAT = re(
  `\\b(?:${TE_TIME}|${TE_EDGE}|${TE_MEANS}|when it gets (?:light|dark)|the shed|the garage)\\b`,
  "",
);
const TE_DECIDED_CLEARED = re(
  `\\b(?:${TE_ORDINARY}|wedding|party|interview|meting|flight|gym|uni|course|job|dres|name|colour|color|pizza|takeaway\\w*|notice|propos\\w*|ring|engag\\w*|not tonight|not this|(?:hurt|get|kil|make) (?:him|her|them|my \\w+)|leaving (?:him|her|them)|break up|breaking up|divorce|quit|quiting|resign\\w*|apply|applying|vegan|diet|haircut|tatoo)\\b`,
  "",
);
// "i wont be here by sunday", "wont make it to january", "by the time the sun is up i wont be".
const TE_GONE_BY = re(
  `\\b(?:(?:i )?wont (?:be (?:here|around|alive)|make it)|(?:dont|do not) intend to be here|i wont be|(?:i|il) be gone)\\b[^|]{0,30}\\b(?:by|in \\d+|in (?:a|two|thre|six|\\d+) (?:weks|days|months)|to (?:january|february|march|april|may|june|july|august|september|october|november|december|christmas|the wekend|friday|monday)|for it|tomorow|tonight|sunday|saturday|to switch|then)\\b|\\bby the time\\b[^|]{0,30}\\b(?:i wont be|il be gone|it(?:l| wil) be (?:over|done))\\b|\\bbecause i wont be alive\\b`,
  "",
);
const TE_GONE_BY_CLEARED = re(
  `\\b(?:holiday|trip|travel\\w*|flight|abroad|moving|away|work|shift|party|wedding|hospital for|surgery|phone|battery|laptop|next wek|talk|se that|nuisance|said|saying|off to|in laws|at this rate|world cup|win)\\b`,
  "",
);
// A last message: "this is the last time im logging on. sorry for everything", "signing off for
// the last time", "its my last night. thank you for listening".
const TE_LAST_MESSAGE = re(
  `\\b(?:last (?:time (?:im |il |i wil |i )?(?:log|loging|be on|write|writing|talk)\\w*(?: in| on)?|mesage|msg)|signing of for (?:the last time|god)|loging of for (?:god|real|ever)|last thing im typing|(?:this is|thats) the last one|(?:my|this is my) last night)\\b`,
  "",
);
const TE_LAST_WORDS = re(
  `\\b(?:sory|thank|thanks|thx|love|bye|goodbye|before i go|u were|you were|${TE_WISH})\\b`,
  "",
);
const TE_LAST_CLEARED = re(
  `\\b(?:before (?:bed|i slep|exams?|the exam|my exam|i go to bed|work)|til|until|tomorow|for now|for the night|for today|tonight lol|in (?:london|paris|town|the flat|this house|hals)|holiday|trip|party|shift|job|games?|gg|gaming|stream|server|group chat|exam|semester|moving|bed|rota|then|of proper|dating|aps|sounded|died|early start|night$|tonight|slep)\\b`,
  "",
);
// Theme CS: concern about oneself said quietly, across authors. Read by readThemeConcern when one of
// its words is there (TC_PIECES); each family was missed as `none` in three or more authors' files.
// Someone else named as the one it happened to ("my brother tried in 2019", "her scars") is theirs.
const TC_PIECES = anyPiece(
  "atempt",
  "overdos",
  "tried",
  "to many",
  "to much",
  "a load of",
  "cut",
  "self harm",
  " sh ",
  "blade",
  "razor",
  "scar",
  "burn",
  "clean",
  "arms",
  "wrist",
  "lines",
  "barcode",
  "sleves",
  "myself sick",
  "throw up",
  "purg",
  "skip",
  "stoped eating",
  "only eat",
  "only let",
  "meal",
  "calor",
  "eating",
  "eaten",
  "since i ate",
  "exercise",
  "pinch",
  "scratch",
  "hair",
  "bang",
  "bite",
  "biting",
  "chew",
  "my skin",
  "i make them",
  "hit me",
  "tok me",
  "takes me",
  "take me",
  "clips me",
  "got me",
  "gets me",
  "on me",
  "me of",
  "me in",
  "me out",
  "went down",
  "goes down",
  "gave out",
  "gives out",
  "came back",
  "comes back",
  "move on",
  "terminal",
  "cancer",
  "back bad",
  "in my slep",
  "come round",
  "stop for me",
  "forever",
  "for ever",
  "for god",
  "permanent",
  "whichever",
  "either is",
  "wake",
  "a person",
  "being alive",
  "24",
  "disapear",
  "vanish",
  "evaporat",
  "despawn",
  "fade",
  "stop existing",
  "be gone",
  "alt f4",
  "ragequit",
  "ghost",
  "a memory",
  "oficial",
  "fetch me",
  "cal me",
  "cary me",
  "forgot",
  "care if",
  "caring if",
  "care whether",
  "caring whether",
  "hapens to me",
  "bothered whether",
  "wants it to",
  "gets me first",
  "funeral",
  "point of me",
  "use of me",
  "point in me",
  "get old",
  "geting old",
  "grow old",
  "growing old",
  "old age",
  "make it to",
  "making it to",
  "lived long",
  "years",
  "burden",
  "drain",
  "cost",
  "inconvenience",
  "spare chair",
  "lump",
  "waste of the",
  "waste of ox",
  "waste of sp",
  "waste of air",
  "waste of a therapy",
  "waste of skin",
  "weight",
  "without me",
  "im gone",
  "me gone",
  "if i was",
  "if i were",
  "if i went",
  "if i wasnt",
  "out of the way",
  "thoughts",
  "gone with",
  "died with",
  "ben with",
  "car with",
  "crash with",
  "ben me",
  "ben both",
  "be with",
  "where he",
  "where she",
  "where they",
  "down there",
  "whel",
  "bend",
  "bridge",
  "platform",
  "drop",
  "step forward",
  "to be here",
  "dead",
  "mostly",
  "kind of",
  "kinda",
  "sort of",
  "half",
  "genuinely tho",
  "notice",
  "marks",
  "urge",
  "relapse",
  "every other day",
  "cals",
  "vomit",
  "punch",
  "hit myself",
  "hiting my",
  "hit my",
  "cliped me",
  "kils me",
  "and not",
  "caries me",
  "use in me",
  "see myself",
  "imagine myself",
  "picture myself",
  "what if i wasnt",
  "edge",
  "clif",
  "tracks",
  "mis me",
);
const TC_REL =
  "(?:friend|mate|brother|sister|mum|mom|mam|dad|son|daughter|cousin|partner|boyfriend|girlfriend|husband|wife|nan|gran|grandad|grandma|uncle|aunt|patient|client|student)";
const TC_THEIRS = re(
  `\\b(?:(?:he|she|they|my ${TC_REL}s?|(?:his|her|their|a) ${TC_REL}s?)(?: \\w+)? (?:has |had |have |was |is )?(?:tried|attempted|overdosed|cut|cuts|hasnt|havent|has not|self harmed|did|took|relapsed|slipped|used to)|(?:his|her|their|my ${TC_REL}s|${TC_REL}s) (?:last |first |old )?(?:attempt|overdose|scars|cuts|arms))\\b`,
  "",
);
const TC_MONTH = `(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|sept)`;
// "my attempt was in august", "tried once in 2019", "attempted at 19, im 34 now", "two years since
// the attempt", "the overdose was last summer", "made an attempt 2 yrs ago": an attempt of one's own
// told as the past, with no word that it is over.
const TC_ATTEMPT = re(
  `\\b(?:(?:my|the|last|first|second) (?:suicide )?(?:attempt|overdose)(?! (?:at|to|on|of)\\b)|(?<=(?:^|\\|) ?)(?:i )?(?:tried|attempted|overdosed)(?: once| before| it)?(?= (?:in (?:\\d{4}|${TC_MONTH}|the (?:spring|summer|autumn|winter)|year \\d+|spring|summer|autumn|winter)|when i was \\d+|at \\d+|last (?:year|spring|summer|autumn|winter|month)|(?:\\d+|a|one|two|thre|four|five|six) (?:years?|yrs?|months?) (?:ago|back)|a (?:year|few years|couple of years) ago|back in)\\b)|last time i (?:tried|attempted)|made an attempt|(?:tried|attempted) to (?:take (?:pils|tablets|an overdose)|od)|(?:took|taking) (?:to many|to much|a load of (?:tablets|pils))(?: on purpose)?)\\b`,
  "",
);
const TC_ATTEMPT_WHEN = re(
  `\\b(?:in \\d{4}|in ${TC_MONTH}|${TC_MONTH}|last (?:year|spring|summer|autumn|winter|month|time)|ago|back|since|when i was|at \\d+|year \\d+|in hospital|hospital|a ?& ?e|ward|anniversary|a year ago)\\b`,
  "",
);
const TC_ATTEMPT_CLEARED = re(
  `\\b(?:test|exam|driving|recipe|bake|baking|bread|record|marathon|escape|coup|ivf|pregnan\\w*|conceive|quit\\w*|smoking|vape|diet|uni|university|apply|application|job|interview|course|team|trial|audition|visa|sushi|sky ?dive|climb\\w*|summit|everest|ironman|novel|book|film|character|history|essay|asasination|on (?:his|her|their) life|caffeine|sugar|chocolate|netflix|(?:much|so much|a lot) beter now|god place|happy now|doing (?:great|wel)|recovered|behind me|years (?:wel|clean|fine)|to get|to pas|to join|to learn|to make|proud|peer support|degre|charity|placement|ward|nursing|graduat\\w*|promoted|10k|cemetery|grave|funeral|died|death|coroners?|inquest|by acident|acidentaly)\\b`,
  "",
);
// "havent cut since may", "its been a year since i last cut", "did it last month. havent since",
// "clean for two years and broke it in october", "the last one was in may": self-harm stopped
// lately, or broken, not known to be over.
const TC_SH_LATELY = re(
  `\\b(?:(?:havent|have not|hasnt|not) (?:cut|self harmed|sh|done it|hurt myself|burned myself|done anything)(?: \\w+)? (?:since|in|for)(?: (?:about|like|almost|nearly|over))? (?:${TC_MONTH}|christmas|new year|easter|the summer|last \\w+|a (?:wek|month|while|few (?:weks|months))|(?:a|one|two|thre|four|five|six|seven|eight|nine|ten|\\d+) (?:days?|weks?|months?))|(?:since|last time) i (?:last )?(?:cut|did it|self harmed|hurt myself)|(?:slipped|slipped up|relapsed|broke it|did it again|did some cuts|cut again|did it)(?: with the cuting)? (?:last (?:wek|month|night)|on \\w+day|in ${TC_MONTH}|(?:a|one|two|thre|\\d+) (?:days?|weks?) (?:ago|back))|(?:the )?last (?:one|time) was (?:in|on|last|a few)|i cut (?:like |about )?(?:a|one|two|thre|\\d+) (?:days?|weks?) (?:ago|back)|(?:\\d+|two|thre|four|five|six|seven) (?:days?|weks?) clean)\\b`,
  "",
);
// "67 days clean from vaping, the urge was there all weekend": clean of another habit, unless a word
// only self-harm has is there too.
const TC_SH_HABIT = re(
  `\\b(?:vap\\w*|smok\\w*|cigs?|cigarettes?|nicotine|drink\\w*|alcohol|boze|sober|drugs?|wed|coke|gambl\\w*|beting|sugar|porn|caffeine|cofe)\\b`,
  "",
);
const TC_SH_SPECIFIC = re(`\\b(?:cut|cuts|cuting|self ?harm\\w*|sh|blades?|razors?|scars?|burn\\w*)\\b`, "");
const TC_SH_WORDS = re(
  `\\b(?:cut|cuts|cuting|self ?harm\\w*|sh|blades?|razors?|scars?|burns?|burned|the marks|my arms|clean|the urge|relapse\\w*)\\b`,
  "",
);
const TC_SH_LONG = re(
  `\\b(?:\\d+|two|thre|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+ten|twenty|thirty|forty|fifty|many|several|a few) (?:years|yrs)\\b`,
  "",
);
const TC_SH_BROKEN = re(`\\b(?:broke|broken|slipped|again|relapsed|did it)\\b`, "");
// "scars itch today", "the scars on my arms ... how im gona hide them", "people stared at the
// scars", "i wear bracelets to hide the lines", "my tattoo artist saw the lines under my wrist":
// self-harm scars, not an operation's or an accident's.
const TC_SCARS = re(
  `\\b(?:(?:my|the|old|these|those|some|newer|burn) (?:old )?scars|scars (?:itch|show|are showing|on my|up my|went|are mostly|from me)|(?:hide|cover|hiding|covering) (?:my|the) (?:scars|lines|marks)|(?:to hide|hiding|cover|covering) (?:the |my )?(?:arms?|wrists?)(?= ?$| ?\\|| ?,| so| because| again)|(?:cover|hide|show) my arms|(?:nobody|no one|people|anyone)(?: \\w+)? (?:se|sees|seing|notices|stare|stares|stared|staring|looking|lok|loking) (?:at )?my (?:arms|wrists|thighs)|the lines (?:under|on|up) my (?:wrist|arm)s?|my barcode|long sleeves?\\b[^|]{0,40}\\bmy arms)\\b`,
  "",
);
const TC_SCARS_CLEARED = re(
  `\\b(?:operation|surgery|op|section|caesarean|accident|crash|oven|iron|cooking|chicken ?pox|acne|spots|eczema|psoriasis|sunburn|tatoos?|stretch marks|mastectomy|transplant|apendix|knees?|hernia|falling|fell (?:of|off|down|over)|fall|bike|skateboard\\w*|climbing|rugby|football|keloid|bite|scratch\\w*|war|emotional|heartbreak|childhood|trauma|film|character|book|fat|flabby|bingo wings|hairy|tan|self conscious about my weight|(?:his|her|their) (?:old )?scars)\\b`,
  "",
);
const TC_SCARS_OVER = re(
  `\\b(?:went (?:ok|okay|fine)|went wel|was honest|(?<!not )proud|dont mind them|part of me|over for|barely show|hardly show)\\b`,
  "",
);
// "if a bus took me out on the way to work id be alright with that", "part of me hopes the biopsy
// comes back bad", "op is next week and part of me hopes i dont come round", "if my heart gave out
// in my sleep id be ok with that", "id take a terminal diagnosis": a death by chance, welcomed.
const TC_TAKEN_BY = re(
  `\\b(?:(?:bus|car|lory|truck|van|train|tractor|plane|meteor|asteroid|cancer|heart|heart atack|angina|liver|flu|ice|fal|crash|it|something)\\b[^|]{0,30}\\b(?:hit me|hits me|hit my house|took me|takes me|take me|clips me|clipped me|got me|gets me|rol(?:s|ed)? on me|finish(?:es|ed)? me of|did me in|does me in|kils me|took me out|takes me out|goes down|went down|gave out|gives out|came back|comes back|got a move on|had won|won|had hit me|finished me of|didnt stop for me|(?:doesnt|didnt|wont) stop for me)|(?:something|got|get|a|had) terminal|terminal diagnosis|(?:biopsy|results|scan) (?:comes?|came|go|goes) back bad|(?:dying|die|died|go|going) in my slep|(?:dont|not|never) come round)\\b`,
  "",
);
const TC_ACCEPT = re(
  `\\b(?:happily|quite happy|fair enough|at least|easier|wouldnt have minded|wont be fighting|wouldnt (?:mind|bother)|would not mind|not mind|be (?:relieved|ok|okay|fine|alright|glad|happy)|(?:ok|okay|fine|alright) with (?:that|it)|relief|relieved|so be it|hopes?|hoping|wish|wishing|welcome|thank you|id take|excuse to die|reason to go|not that im trying|how low|part of me|mesed up|is that awful|id let it|let it)\\b`,
  "",
);
const TC_TAKEN_CLEARED = re(
  `\\b(?:(?:doesnt|does not|dont|never|wont|didnt|hasnt|not) (?:\\w+ )?(?:come back|comes back|go down|goes down|hit|crash|get|take|give out|rol|rols|finish|clip|kil)|film|movie|documentary|news|story|book|game|episode|series|team|match|stocks?|shares|market|clear|al clear|benign|negative|safely|safe|on time|his|her|their|mums|dads|nans|grans)\\b`,
  "",
);
// "i just want to sleep for like a year | or forever", "wish i could switch of | permanently",
// "a long slep i dont wake up from", "please dont let me wake up": sleep that does not end.
const TC_SLEEP = re(
  `\\b(?:(?:slep|sleping|nap|hibernate|switch(?:ed)? of|switch myself of|pause (?:life|being alive)|a (?:long )?break from being alive)\\b[^|]{0,40}(?:\\| [^|]{0,30})?\\b(?:forever|for ever|for god|permanently|and not (?:come back|wake|have to)|(?:i )?(?:dont|never) wake (?:up )?from|not be a person|whichever|either is fine|or for god)|(?:please )?(?:dont|do not) let me wake up|(?:a )?(?:long|realy long) break from being alive|do the whole 24)\\b`,
  "",
);
// "i just want to disappear for a bit | or forever", "wish i could despawn", "being a ghost sounds
// nice | like a permanent one", "itd be so much easier for everyone if i was a memory".
const TC_GONE = re(
  `\\b(?:(?:want|wana|wanted|wanting|like|love|wish|hope|rather|ned) to (?:\\w+ )?(?:disapear|vanish|evaporate|despawn|fade (?:out|away)|stop existing|be gone)|(?:wish|wishing) i could (?:\\w+ )?(?:despawn|evaporate|alt f4|ragequit)|(?:ragequit|alt f4) (?:my )?(?:whole )?life|being a (?:permanent )?ghost|if i (?:was|were) (?:just )?a memory|might as wel make it oficial)\\b`,
  "",
);
const TC_GONE_CLEARED = re(
  `\\b(?:into|poem|poems|song|songs|episode|lyrics?|stuck in my head|of (?:social media|the grid|instagram|insta|tiktok|twitter|facebok|the internet|the face of)|(?:when|after) (?:he|she|they|my \\w+|the \\w+|everyone|everybody|i (?:said|tripped|fel|spiled))|embarass\\w*|cringe|mortified|awkward|magic|trick|coin|rabit|acne|spots|stain|wrinkles|bloat\\w*|belly|tan|to (?:a|an) (?:island|cabin|beach)|on holiday|abroad|hol|spa|retreat|halowen|costume|game)\\b`,
  "",
);
const TC_GONE_FOR_A_BIT = re(
  `\\bfor (?:a|the|two|thre|\\d+) (?:bit|while|wek|weks|wekend|day|days|month|night|hour|hours|year)\\b`,
  "",
);
const TC_FOREVER = re(
  `\\b(?:forever|for ever|for god|permanently|for real|or not|from everything|from life|no country)\\b`,
  "",
);
// "i pray every night the god lord takes me soon", "every night i ask god to come and fetch me",
// "sometimes i think god forgot to take me", "id rather the lord took me now".
const TC_GOD = re(
  `\\b(?:(?:god|lord|jesus|maker)\\b[^|]{0,25}\\b(?:take|takes|took|fetch|cal|carry|carries) me|god forgot (?:to take )?me)\\b`,
  "",
);
const TC_GOD_WHEN = re(
  `\\b(?:son|now|tonight|in my slep|already|forgot|every night|each night|pray\\w*|ask|wish|rather|hope|fetch|come and)\\b`,
  "",
);
const TC_GOD_CLEARED = re(
  `\\b(?:safely|through|journey|places|church|path|where|guide|blesed|care of|to (?:the|a|my) )`,
  "",
);
// "i dont even care if i live or die anymore", "stopped caring if i die", "dont care what happens
// to me anymore", "whatever happens happens", "if it finishes me of, it finishes me of".
const TC_NOT_CARE = re(
  `\\b(?:(?:dont|do not|stoped|stopped|no longer|dont even) (?:even )?car(?:e|ing)? (?:if|whether) i (?:live|die|wake up|make it|survive|get hurt|crash)|(?:dont|do not|stoped|stopped|no longer) (?:even )?car(?:e|ing)? (?:\\w+ )?what hapens to me(?= ?$| ?\\|| ?,| any ?more| now)|if it finishes me of|(?:cant|can not) say im bothered whether i make it|part of me wants it to|i hope it gets me first)\\b`,
  "",
);
// "i think about my own funeral a lot. who would come", "would anyone even come to my funeral",
// "do u think people would come to my funeral".
const TC_FUNERAL = re(
  `\\b(?:(?:who|anyone|anybody|people|they)\\b[^|]{0,25}\\b(?:come|turn up|cry|show up) to my (?:own )?funeral|(?:think|thinking|thought|wonder|wondering) (?:a lot )?about my (?:own )?funeral|my (?:own )?funeral\\b[^|]{0,20}\\b(?:who would|would anyone|who d come|whod come|who would turn up))\\b`,
  "",
);
const TC_FUNERAL_CLEARED = re(
  `\\b(?:playlist|song|songs|music|plan|paid|insurance|cost|hearse|flowers|played|dres|outfit|wear|wil|director)\\b`,
  "",
);
// "what is the use of me", "cant see the point of me now", "some days i wonder what the point of me
// even is": a life not worth keeping, not a task ("the point of me going").
const TC_POINT_OF_ME = re(
  `\\b(?:point|use) (?:of|in) me(?= ?$| ?\\|| ?,| now| even| anymore| any more| exactly| anyway| at al| being| existing| here| is)`,
  "",
);
// "i dont see myself getting old. i dont want to", "not sure i want to make it to 30", "ive lived
// long enough", "my retirement plan is not making it to retirement", "whether i make it to the 81st".
const TC_NOT_OLD = re(
  `\\b(?:(?:dont|do not|cant|can not) (?:se|imagine|picture) (?:myself|me) (?:geting|growing|being|living to be|reaching|making it to) (?:old|older|\\d+)(?= ?$| ?\\|| ?,)|(?:not sure|dont know if|dont think) i (?:want to|wana|wil) make it to (?:\\d+|old age|retirement)|(?:dont|do not) (?:want|wana) to (?:get old|grow old|make it to \\d+|reach \\d+)(?= ?$| ?\\|| ?,)|not making it to retirement|(?:ive|i have) lived long enough|whether i make it to|stil being around in \\w+ years)\\b`,
  "",
);
const TC_WITHOUT_GAIN = re(
  `\\b(?:beter|happier|freer|easier|nicer|tidier|fine|save|richer|les stres\\w*|calmer|time back|lighter|relieved|have their)\\b`,
  "",
);
// "i feel like such a burden on my foster carers", "im a drain on mum and dad", "im just a cost",
// "i feel like a weight everyones carrying", "im a waste of the oxygen", "the kids would be freer if
// i was gone", "everyone would have a nicer christmas without me": burden, not an occasion's.
const TC_BURDEN = re(
  `\\b(?:(?:im|i am|i feel|feel|i feel like|feel like|i know im|i think im|i keep feling like|like im|being)(?: im)? (?:such |only |nothing but |always |a bit )?(?:an? |the )?(?:burden|drain|cost|ongoing inconvenience|spare chair|useles lump|waste of (?:the )?(?:oxygen|space|air|a therapy slot|skin))|(?:im|i am|i feel like|feel like|like im|being|i know im|i think im) (?:just )?(?:a|the) weight (?:every ?one|everyone|everybody|they|people)(?: \\w+)? (?:has to |have to )?car\\w*|im the weight(?= ?$| ?\\|| ?,)|burden is the word)\\b`,
  "",
);
const TC_BURDEN_CLEARED = re(
  `\\b(?:at (?:pub |the )?(?:quiz\\w*|work|schol|games?|footbal|darts|pool|bowling|karaoke|parties)|used to (?:think|feel|believe)|when|asking|team|group|project|rota|my therapists time|therapists time|says|said|posts|posted|posting|edits|writes|wrote|poems?|core belief\\w*|this wek|today|for asking|for needing|moving|move|cold|flu|ilnes|knee|knees|wrist|leg|ankle|hospital bed|lol i know|not (?:a )?burden|felt like a burden for years|dont anymore)\\b`,
  "",
);
const TC_WITHOUT_ME = re(
  `\\b(?:(?:theyd|they would|they d|everyone would|everyoned|everybody would|shed|she d|hed|he d|the kids would|the kids d|my \\w+ would|my \\w+ d|family would|the world(?:s| is| would be)?|everyone|everybody)\\b[^|]{0,50}\\b(?:without me|if i (?:was|were|wasnt|werent) (?:gone|dead|out of the picture|not there|not around)|if i went(?= ?$| ?\\|| ?,)|if i wasnt (?:there|around|here)|with me gone|once im gone|when im gone|with me out of the way))\\b`,
  "",
);
const TC_WITHOUT_CLEARED = re(
  `\\b(?:used to (?:think|feel|believe)|dont anymore|not anymore|party|team|match|game|moved out|moving out|move out|trip|holiday|wekend|tonight|this wek|at work|meting|cook|cooking|band|quiz|pub|club|shift|gig|concert|wedding|dinner|stag|hen|lunch|if i (?:left|quit|moved)|to uni|uni|for a few days|for the day|nagging|moaning|singing|snoring)\\b`,
  "",
);
// "ngl the thoughts are back but im not going to act on them", "thoughts yes, plans no", "yes ive
// had those thoughts, no im not going to act on them": thoughts owned, intent denied.
const TC_THOUGHTS = re(
  `\\b(?:(?:the|those|these|dark|suicidal|bad|my) thoughts (?:are |re |s )?(?:back|coming back|creeping back)|thoughts yes ,? plans? no|(?:had|have|having) (?:those|these|the) thoughts(?= ?$| ?\\|| ?,| no| but| yes)|the " what if i wasnt here " ones)\\b`,
  "",
);
const TC_THOUGHTS_CLEARED = re(
  `\\b(?:about (?:my|the|him|her|them|work|quiting|exams?|food|eating|money)|of (?:quiting|leaving|moving|cheating)|intrusive|ocd)\\b`,
  "",
);
// "i make myself sick after big meals", "skipping meals on purpose. down to one a day", "eating
// about 600 a day and hiding it", "i only let myself have one meal a day and if i go over i do
// extra miles", "stopped eating lunch at schol so i fel in control": eating used to hurt oneself.
const TC_ED = re(
  `\\b(?:(?:make|made|making) myself (?:sick|throw up|vomit)|purging|the purging|(?:skip|skiping|skipped|stopped|stoped) (?:eating|meals|lunch|breakfast|dinner)|only (?:eat|let myself (?:have|eat))|one meal a day|eating (?:about |around |under )?\\d+ (?:a day|calories|cals)|(?:over|under) \\d+ (?:a day|calories|cals)|count every calorie|chewing and spitting|exercise (?:til|until) i (?:throw up|puke|am sick)|havent eaten (?:properly )?(?:since|in)|barely eating|eat every other day|only eat when|(?:two|2) days since i ate)\\b`,
  "",
);
const TC_ED_WHY = re(
  `\\b(?:on purpose|control|empty|disgusting|deserve|earned|punish\\w*|hiding it|hide it|fel beter when|se how long|like a game|lost \\d+ ?(?:kg|kilos|stone|lbs|pounds)|under control|not a big deal|not normal|its bad|its fine|keep it down|after (?:big )?meals|after i eat|if i (?:go over|eat after)|someones watching|extra miles|fel fat|fel gross|wont let myself|used to it|is back|(?:a )?couple (?:of )?times a wek|eating disorder|managing it)\\b`,
  "",
);
const TC_ED_CLEARED = re(
  `\\b(?:ramadan|fasting|intermitent|bug|virus|flu|covid|norovirus|fod poisoning|hangover|waltzers|rolercoaster|ride|boat|sea ?sick|pregnan\\w*|morning sicknes|chemo|surgery|op|operation|dentist|braces|wisdom teth|bodybuilding|bulk|competition|weigh in|dietitian|slimming|diet plan|busy|deadline|deadlines|revision|no time|broke|skint|money|his|her|their)\\b`,
  "",
);

// "wishing id gone with her", "i should have gone with her" after a miscarriage, "it should have
// been me instead", "id quite like to be with her" since the funeral: a wish to follow someone who died.
const TC_FOLLOW = re(
  `\\b(?:(?:wish|wishing|wished|should|shouldve|should of)(?: that)? (?:i |id |i had |i d |have |i could have )?(?:had )?(?:gone|died|ben) (?:with (?:her|him|them)(?= ?$| ?\\|| ?,| instead| that day| when)|in the (?:car|crash) with)|(?:should|shouldve|should of) (?:have )?ben (?:me|both of us)(?: instead)?|(?:like|want|wana|love|long) to (?:go and )?be (?:with (?:her|him|them)|where (?:he|she|they) (?:is|are))(?= ?$| ?\\|| ?,| again| now| not| up there)|(?:easier|beter) (?:being )?down there with (?:her|him|them))`,
  "",
);
const TC_FOLLOW_DEATH = re(
  `\\b(?:died|death|dead|funeral|grave|miscariage|lost (?:her|him|them|my)|pased|anniversary|kiled|urn|cemetery|since (?:my|the|he|she)|crash|acident|both of us|in the car with)\\b`,
  "",
);
const TC_FOLLOW_CLEARED = re(
  `\\b(?:on holiday|to the party|on the trip|promotion|picked|team|job|chosen|won|winer|race)\\b`,
  "",
);
// "i pinch myself really hard when im stresed, like leaves bruises", "snap the hair tie on my wrist
// til its raw", "i pul my hair out ... theres a bald patch", "bang my head on the steering whel when
// im stresed", "the odd cigarette burn when things get on top of me": hurting oneself by other means.
const TC_SH_OTHER = re(
  `\\b(?:(?:pinch|pinching|scratch|scratching|bite|biting|punch|punching|hit|hiting|bang|banging) (?:myself|my (?:arms?|legs?|stomach|thighs?|head|wrists?|skin|hands?))|snap (?:the|a) (?:hair tie|elastic|band|rubber band) on my wrist|pul(?:ing)? (?:my|out my) hair(?: out)?|headbang\\w*|chew (?:the inside of )?my cheks|(?:cigarette|lighter) burns?|burns on my (?:fingers|hands|arms)|pick(?:ed|ing)? (?:at )?my skin|i make them)`,
  "",
);
const TC_SH_OTHER_WHY = re(
  `\\b(?:stres\\w*|overwhelmed|anxious|upset|angry|mes up|bruises?|bruise|raw|blede?|marks|welt|bald|patch|reflex|coping|again|enough|not bad|when (?:i|it|he|she|they|things)|on top of me|like how|for months|nobody|no one)\\b`,
  "",
);
const TC_SH_OTHER_CLEARED = re(
  `\\b(?:eczema|itch\\w*|mosquito|rash|chicken ?pox|hives|bites|dreaming|to check|awake|gig|concert|metal|music|festival|mosh\\w*|against the wal|with this|code|spreadsheet|homework|dog|cat|baby|toddler|his|her|their|oven|cooking|iron|candle|bbq|barbecue)\\b`,
  "",
);
// "did it last month. havent since but dont think im done with it", "last wek i did the thing
// again", "ive done it a couple of times this year", "the old habit came back for a bit in october",
// "had a bad patch with sh in the spring, quieter now but not gone".
const TC_SH_BACK = re(
  `\\b(?:(?:did|done) (?:it|the thing)(?: again)? (?:a couple of times|a few times|twice|once) (?:this year|since \\w+)|(?:did|done) (?:it|the thing)(?: again)? (?:last (?:month|wek)|on \\w+day)|(?:did|done) the thing again|the old habit (?:came|is|s) back|bad patch with (?:sh|self harm|cuting|the cuting)|a couple of times (?:since christmas|since new year|this year))\\b`,
  "",
);
// "sometimes driving home i think about not turning the whel. i never would", "stod on the bridge
// last wek looking at the drop. wont do it though", "had the thought on the platform again, the
// step forward one. stepped back": the act pictured at its place, intent denied.
const TC_PLACE_THOUGHT = re(
  `\\b(?:not turning (?:the whel|at the bend)|(?:stod|standing|stood) on the (?:bridge|platform|edge|clif)\\b[^|]{0,30}\\b(?:drop|for a bit|a while|too long|last wek|last night)|(?:lok|looked|looking) at the (?:bridge|drop|tracks|edge) (?:a bit )?(?:longer|to long|too long)|the (?:thought|step) (?:on the platform|forward one|step forward one)|just step forward one)\\b`,
  "",
);
const TC_PLACE_CLEARED = re(
  `\\b(?:view|photos?|sunset|fireworks|boat|race|parade|selfie|bungee|swim|train was late|delayed)\\b`,
  "",
);

// "i just dont want to be here, i wont do anything though", "everyone says it gets beter but i dont
// want to be here for it": not wanting to be here said of life, not of a party or a lecture; "itd be
// easier to be dead", "me being dead is the tidiest solution", "being dead sounds restful".
const TC_NOT_HERE = re(
  `\\b(?:(?:dont|do not|dont realy|dont even) (?:want|wana) to be here(?= ?$| ?\\|| ?,| for it| either| any ?more| no more)|(?:easier|tidier|beter|simpler|nicer) (?:to be|being|if i was|if i were) dead|me being dead(?! tired| on my fet| beat)|being dead (?:is|would be|sounds|seems))`,
  "",
);
const TC_NOT_HERE_CLEARED = re(
  `\\b(?:party|meting|work|clas|lecture|schol|shop|queue|wedding|room|ofice|event|gig|club|pub|bar|this place|awkward|bored|boring|today|tonight|character|film|show|series|plot|book|game|zombie|vampire|ghost|red)\\b`,
  "",
);
// "at this rate il walk into the sea, lol | joking | mostly", "id happily get hit by a bus haha | jk |
// mostly", "kil me now haha | ok half seriously", "my wil to live: uninstaled lol but also kinda
// serious": a death joked about and then half taken back.
const TC_HALF_JOKE = re(
  `(?:\\| |, |\\b(?:lol|haha|jk|joking|figuratively|not realy) )(?:mostly|kind of|kinda|sort of|half seriously|half serious|only half joking|genuinely tho|but also kinda serious|a bit)(?= ?$| ?\\|| ?,)|\\bok half seriously\\b|\\bbut also kinda serious\\b`,
  "",
);
const TC_HALF_DEATH = re(
  `\\b(?:walk into the sea|throw myself|jump of|jumping of|hit by a bus|lie down in the road|kil me|kms|kil myself|unalive|die(?! for| of| laughing)|dead(?! tired| on my fet| beat)|end it|wil to live|not if i can help it|of the clifs|chuck myself|be gone|disapear|not be here|a ghost)\\b`,
  "",
);

// "would anyone even notice | if i disapeared", "wondering if anyone would notice if i stoped
// turning up to things | like life": whether one would be missed, asked of being gone.
const TC_NOTICED = re(
  `\\b(?:would|wil|d) (?:anyone|anybody|people|they) (?:even |actualy )?(?:notice|care|mis me)\\b[^|]{0,20}(?:\\| [^|]{0,10})?\\bif i (?:(?:disapeared|vanished|stoped existing|was gone|died|wasnt here|wasnt around)(?= ?$| ?\\|| ?,| tomorow| one day| or)|stoped turning up\\b[^|]{0,20}\\| like life)`,
  "",
);

function readThemeConcern(t: Tally, text: string): void {
  const whole = acrossWhole || text;
  const theirs = TC_THEIRS.test(text);
  if (TC_ATTEMPT.test(text) && TC_ATTEMPT_WHEN.test(text) && !theirs && !TC_ATTEMPT_CLEARED.test(text))
    raise(t, "concern", "suicide");
  if (
    TC_SH_LATELY.test(text) &&
    TC_SH_WORDS.test(text) &&
    !(TC_SH_HABIT.test(text) && !TC_SH_SPECIFIC.test(text)) &&
    !theirs &&
    !(TC_SH_LONG.test(whole) && !TC_SH_BROKEN.test(whole))
  )
    raise(t, "concern", "self_harm");
  if (
    TC_SCARS.test(text) &&
    !TC_SCARS_CLEARED.test(text) &&
    // Read the years and the recovery in the whole message: the harmless readings set aside before
    // the readings ("used to cut, havent for 9 years") take them out of `text`.
    !((TC_SH_LONG.test(whole) || longAgo(whole) || TC_SCARS_OVER.test(whole)) && !TC_SH_BROKEN.test(whole))
  )
    raise(t, "concern", "self_harm");
  if (TC_ED.test(text) && TC_ED_WHY.test(text) && !TC_ED_CLEARED.test(text)) raise(t, "concern", "self_harm");
  if (TC_SH_BACK.test(text) && TC_SH_WORDS.test(text) && !theirs && !TC_SH_LONG.test(whole))
    raise(t, "concern", "self_harm");
  if (TC_SH_OTHER.test(text) && TC_SH_OTHER_WHY.test(text) && !TC_SH_OTHER_CLEARED.test(text))
    raise(t, "concern", "self_harm");
  if (
    (TC_TAKEN_BY.test(text) && TC_ACCEPT.test(text) && !TC_TAKEN_CLEARED.test(text)) ||
    TC_SLEEP.test(text) ||
    (TC_GONE.test(text) &&
      !TC_GONE_CLEARED.test(text) &&
      (!TC_GONE_FOR_A_BIT.test(text) || TC_FOREVER.test(text))) ||
    (TC_GOD.test(text) && TC_GOD_WHEN.test(text) && !TC_GOD_CLEARED.test(text)) ||
    TC_NOT_CARE.test(text) ||
    (TC_FUNERAL.test(text) && !TC_FUNERAL_CLEARED.test(text)) ||
    TC_POINT_OF_ME.test(text) ||
    TC_NOT_OLD.test(text) ||
    (TC_BURDEN.test(text) && !TC_BURDEN_CLEARED.test(text)) ||
    (TC_WITHOUT_ME.test(text) && TC_WITHOUT_GAIN.test(text) && !TC_WITHOUT_CLEARED.test(text)) ||
    (TC_THOUGHTS.test(text) && !TC_THOUGHTS_CLEARED.test(text)) ||
    (TC_FOLLOW.test(text) && TC_FOLLOW_DEATH.test(whole) && !TC_FOLLOW_CLEARED.test(text)) ||
    (TC_PLACE_THOUGHT.test(text) && !TC_PLACE_CLEARED.test(text)) ||
    (TC_NOT_HERE.test(text) && !TC_NOT_HERE_CLEARED.test(whole)) ||
    (TC_HALF_JOKE.test(text) && TC_HALF_DEATH.test(text)) ||
    TC_NOTICED.test(text)
  )
    raise(t, "concern", "suicide");
}

function readThemeEmergency(t: Tally, text: string): void {
  if (!THEME_EMERGENCY_GATE.test(text)) return;
  if (TE_GAS_ON.test(text) && TE_GAS_SEALED.test(text) && !TE_GAS_CLEARED.test(text))
    return raise(t, "emergency", "suicide", "medical");
  if (TE_INSULIN_STOPPED.test(text) && TE_INSULIN_MEANT.test(text))
    return raise(t, "emergency", "suicide", "medical");
  if (
    TE_TAKEN.test(text) &&
    TE_TAKEN_WHAT.test(text) &&
    TE_TAKEN_WHEN.test(text) &&
    !TE_TAKEN_CLEARED.test(text)
  )
    return raise(t, "emergency", "suicide", "medical");
  if (TE_TRIED.test(text) && TE_TRIED_RECENT.test(text) && !TE_TRIED_CLEARED.test(text))
    return raise(t, "emergency", "suicide");
  const found =
    (TE_SCHEDULED.test(text) && TE_SCHEDULED_END.test(text) && !TE_SCHEDULED_CLEARED.test(text)) ||
    (TE_LINE.test(text) &&
      TE_TRAIN_DUE.test(text) &&
      TE_TRAIN_THERE.test(text) &&
      !TE_TRAIN_CLEARED.test(text)) ||
    (TE_WATER_IN.test(text) && TE_WATER_ON.test(text) && !TE_WATER_CLEARED.test(text)) ||
    (TE_COVER.test(text) && TE_COVER_LEAVING.test(text)) ||
    (TE_AT_PLACE.test(text) &&
      (TE_WISH_RE.test(text) || TE_AT_PLACE_POINTER.test(text)) &&
      !TE_AT_PLACE_CLEARED.test(text)) ||
    (TE_THOUGHT_THEN_THERE.test(text) && !TE_THOUGHT_CLEARED.test(text)) ||
    (TE_NOTE_PLACED.test(text) && TE_NOTE_FOR.test(text) && !TE_NOTE_CLEARED.test(text)) ||
    ((text.match(TE_AFFAIRS) ?? []).length >= 2 &&
      TE_AFFAIRS_THEN.test(text) &&
      !TE_AFFAIRS_CLEARED.test(text)) ||
    (TE_MEANS_HELD.test(text) &&
      ((TE_WISH_RE.test(text) && TE_TIME_NOW.test(text)) || TE_ACT_SET.test(text)) &&
      !TE_ORDINARY_RE.test(text) &&
      !TE_THEIR_HANDS.test(text)) ||
    (TE_MEANS_PLACED.test(text) && TE_MEANS_PLACED_TOLD.test(text) && !TE_MEANS_PLACED_CLEARED.test(text)) ||
    (TE_DATE_SET.test(text) &&
      TE_DATE_WHEN.test(text) &&
      TE_DATE_FOR.test(text) &&
      !TE_DATE_CLEARED.test(text)) ||
    (TE_ACT.test(text) && TE_ACT_WHEN.test(text) && TE_ACT_WHY.test(text) && !TE_ACT_CLEARED.test(text)) ||
    (TE_GONE_BY.test(text) && !TE_GONE_BY_CLEARED.test(text)) ||
    (TE_SAT_WITH.test(text) &&
      TE_SAT_MEANS.test(text) &&
      !TE_MEANS_PLACED_CLEARED.test(text) &&
      !TE_SAT_CLEARED.test(text) &&
      !(SELF_HARM_WORDS.test(text) && !DEATH_WORDS.test(text))) ||
    (TE_HOLDS.test(text) && TE_HOLDS_WHAT.test(text) && !TE_HOLDS_CLEARED.test(text)) ||
    (TE_DECIDED.test(text) && TE_DECIDED_WHAT.test(text) && !TE_DECIDED_CLEARED.test(text)) ||
    (TE_LAST_MESSAGE.test(text) && TE_LAST_WORDS.test(text) && !TE_LAST_CLEARED.test(text));
  if (found) raise(t, "emergency", "suicide");
}

// Batch zzzb: the quiet end of risk told across sentences, read by readQuietSelf (the writer's) and
// readQuietOther (someone else's, from othersInDangerNow) when one of their words is there.
// "id never kill myself ... but i do think about it", "im not gonna kill myself lol im too much of a
// coward for that": thoughts owned beside a denial.
const DENIED_ENDING = re(
  `\\b(?:never|not|wont|wouldnt|not going to|not gona|dont want to) (?:\\w+ )?(?:kil myself|kms|end it|end my life)\\b`,
  "",
);
const OWNED_ANYWAY = re(
  `\\bi (?:do |stil |kinda |)(?:think|thought) about it (?:more than|a lot|al the time|every day|sometimes|often|constantly|daily|every night)\\b|\\b(?:to much of a|to big a|to) (?:coward|chicken|scared|weak) (?:to (?:do it|go through with it|actualy do it|end it|kil myself)|for (?:that|it))\\b`,
  "",
);
// "i keep saying kill me lol at work but like. i kind of mean it": the joke owned as meant.
const JOKED_DEATH = re(
  `\\b(?:saying|say|said|joke|joking|jokes|joked) "? ?(?:kil me|kms|kys|i want to die|id rather die|shoot me)\\b`,
  "",
);
const MEANT_IT = re(
  `\\bi (?:stil |actualy |do |kinda |sort of )?mean it\\b|\\b(?:not|wasnt|isnt|im not) (?:realy |completely |totaly |entirely )?(?:joking|a joke)\\b`,
  "",
);
// "i want to be gone for a bit. like permanently a bit": gone, then made permanent.
const GONE_FOR_GOOD = re(
  `\\b(?:want|wana) to (?:be gone|disapear|vanish)\\b[^|]{0,30}(?:\\| )?(?:like |but |as in |i mean |maybe )?(?:permanently|for ever|forever|for god)\\b`,
  "",
);
// "the last time i felt like this i ended up in hospital. it feels the same now": a crisis that
// ended in hospital, felt again; "i used to wish i was gone but now i think about doing it".
const LAST_TIME_HOSPITAL = re(
  `\\b(?:the )?last time i felt (?:like this|this (?:way|bad|low)|this low) i (?:ended up|was|landed|woke up) in (?:hospital|a e|a and e|the psych ward|psych|the ward|resus|icu)\\b(?! (?:with|for|because|after|cos)\\b)`,
  "",
);
const WISH_TO_THOUGHT = re(
  `\\bwish (?:i was|i were|i wasnt|i could) (?:gone|dead|here|disapear)\\b(?! from)[^]*\\bnow i (?:actualy |realy |do )?(?:think|thinking) about (?:doing it|actualy doing it|going through with it)\\b`,
  "",
);
// "back in uni i had it all planned out. i dont now. but i still think about how close i came".
const CAME_CLOSE = re(
  `\\b(?:had it al planed|planed it al|had a plan|had (?:it|everything) (?:al )?(?:worked out|sorted))\\b[^]*\\bhow close i (?:came|got|was)(?= ?$| ?\\|| to (?:dying|doing it|ending it|going through with it))`,
  "",
);
// "had a really bad urge on tuesday but i held ice and it passed", "67 days clean. the urge was
// there all weekend but i didnt": an urge to self-harm that passed (not drink, drugs or food).
const URGE_PASSED = re(
  `\\burges?\\b[^]*\\b(?:held ice|ice cubes?|(?:it|the urge|they|the urges) pased|rode (?:it|them) out|snaped (?:a|the|my) (?:band|hair tie|elastic)|went for a run instead|didnt act on (?:it|them))\\b|\\b(?:\\d+|\\w+) (?:days|weks|months) clean\\b[^]*\\burges?\\b`,
  "",
);
const URGE_CLEARED = re(
  `\\b(?:drink\\w*|drunk|alcohol|sober|drugs?|using|smok\\w*|vap\\w*|cigs?|cigarettes?|gambl\\w*|bet|binge\\w*|eat\\w*|fod|shop\\w*|pe|we|toilet|sugar|chocolate|text (?:him|her|my ex))\\b`,
  "",
);
// "ive been clean from sh for nearly a year but honestly i think about it every day".
const CLEAN_BUT_THINKING = re(
  `\\bclean (?:from|of) (?:sh|self harm|cuting|blades)\\b[^]*\\b(?:think about (?:it|doing it|cuting) (?:every day|al the time|daily|constantly|a lot|every night)|miss it)\\b`,
  "",
);
// "had a slip the other night. only small. i cleaned it up and its healing fine".
const SLIP_TENDED = re(
  `\\bhad a (?:slip|slip up|lapse)\\b[^]*\\b(?:cleaned (?:it|them) up|cleaned it|healing|plasters?|bandage|steri strips?)\\b`,
  "",
);
const SLIP_CLEARED = re(
  `\\b(?:stairs|ice|icy|flor|bath|shower|pavement|fel|tripped|slipped on|ankle|knee|wet|mud|bike|drink\\w*|sober)\\b`,
  "",
);
// "my therapist doesnt know i still do it. its only like once a month".
const STILL_SECRET = re(
  `\\b(?:therapist|counselor|counselor|psychiatrist|gp|doctor|mum|mom|dad|parents|partner|bf|gf|wife|husband) (?:doesnt|dont|does not|do not) know (?:that )?i stil do (?:it|that)\\b[^]*\\b(?:once a (?:month|wek|fortnight)|every (?:few|couple of|other) (?:days|weks)|only (?:like )?(?:once|twice|sometimes))\\b`,
  "",
);
// "kinda scared the scars will show in my wedding dress", "covered my legs with a towel ... the scars
// are old": scars hidden or showing, with nothing to say they came from an operation or a fall.
const SCARS_SHOWING = re(
  `\\b(?:the|my) (?:old )?scars (?:wil|might|would|could|are going to|are gona|are gonna) show\\b|\\b(?:the|my) scars are (?:old|faded|healed|white|silver)\\b|\\b(?:scars|they) (?:went|have gone|gone|are|re) (?:mostly |al )?(?:silver|white)(?: now)?\\b|\\bdeserve (?:the|my|these) scars\\b|\\bcovered my (?:legs|arms|wrists|thighs) (?:with|in|up)\\b[^]*\\bscars\\b`,
  "",
);
const SCARS_CLEARED = re(
  `\\b(?:surgery|operation|op|c section|caesarean|section|acident|burns?|crash|bypas|apendix|apendectomy|fel|fal|fall|bike|chicken ?pox|acne|tatoo|piercing|dog|cat|stitches|transplant|heart|knee|hip|spine|birth|biten|bite|eczema|stretch marks|proud|years clean)\\b`,
  "",
);
// "i stopped cutting but now i just scratch until its raw": scratching in place of cutting.
const SCRATCHED_RAW = re(
  `\\b(?:scratch|scratching|pick|picking|pinch|pinching) (?:\\w+ ){0,2}(?:til|until) (?:its|it s|it is|i|they|theyre|my skin) (?:raw|bleding|bleds|bled|bleed)\\b`,
  "",
);
const INSTEAD_OF_CUTTING = re(
  `\\b(?:cut|cuting|stoped|instead|on purpose|punish\\w*|self harm|sh|relapse\\w*)\\b`,
  "",
);
const SKIN_COMPLAINT = re(
  `\\b(?:eczema|itch\\w*|rash|bites?|psoriasis|chicken ?pox|hives|scabies|lice)\\b`,
  "",
);
// "been doing it again. not bad. just enough to feel something".
const TO_FEEL_SOMETHING = re(
  `\\b(?:doing it|did it|cut|cuting|again)\\b[^]*\\benough to (?:feel|fel) (?:something|anything)\\b`,
  "",
);
// "since mum died ... wont be long till im with her": a wish to follow someone who died.
const FOLLOW_THE_DEAD = re(
  `\\b(?:died|pased|pased away|stilbirth|miscariage|funeral|lost (?:the|our) baby)\\b[^]*\\b(?:(?:wants?|wanted|want) to be with (?:our|her|his|their|my) (?:baby|son|daughter|husband|wife|mum|mom|dad|mother|father|boy|girl)|(?:want|wana|wish i could) to be wherever (?:she|he|they) (?:is|are)|should (?:have|of) gone with (?:her|him|them)|(?:wont|wil not) be long (?:til|until|before) (?:im|i am|i wil be|i m) with (?:her|him|them|mum|mom|dad))\\b`,
  "",
);
// "last week i didnt eat for three days on purpose ... as a punishment"; "i cut when i was in foster
// care ... sometimes i still want to"; "the baby wont stop crying i get so angry it scares me";
// "i wouldnt do it bc of my little brother. thats the only reason".
const STARVED_AS_PUNISHMENT = re(
  `\\b(?:starve|starving|starved|didnt eat|dont eat|not eating|skip meals|skiped meals)\\b[^]{0,60}\\b(?:as (?:a )?punishment|to punish myself|on purpose)\\b(?![^]*\\b(?:surgery|operation|fast|fasting|ramadan|lent|doctors? orders|blod test|scan|procedure|colonoscopy)\\b)`,
  "",
);
const STILL_WANT_TO_CUT = re(
  `\\bi (?:used to )?cut\\b(?! (?:my |her |his )?(?:own )?(?:hair|fringe|grass|hedge|nails|lawn))[^]*\\bi stil (?:want|fel like|get the urge) to\\b`,
  "",
);
const TEMPER_FEARED = re(
  `\\b(?:baby|toddler|kids?|son|daughter|mum|mom|dad|her|him)\\b[^]*\\b(?:so angry|so mad|my temper|the rage) (?:it |that it |that )?scares me\\b`,
  "",
);
const ONLY_REASON_LEFT = re(`\\bwouldnt do it (?:bc|because|cos) of\\b[^]*\\bonly reason\\b`, "");
const SAID_BY_THEM = re(`\\b(?:(?:she|he|they) (?:said|says|keps saying|told)|saying|says)\\b`, "");
const QUIET_SELF_PIECES = anyPiece(
  "kil myself",
  "kms",
  "end it",
  "end my life",
  "mean it",
  "joking",
  "permanent",
  "forever",
  "for ever",
  "for god",
  "how close",
  "urge",
  "clean",
  "slip",
  "lapse",
  "doesnt know",
  "dont know",
  "scars",
  "scratch",
  "pick at",
  "picking",
  "pinch",
  "enough to f",
  "wont be long",
  "be with",
  "wherever",
  "gone with",
  "didnt eat",
  "dont eat",
  "not eating",
  "skip",
  "starv",
  "punish",
  "stil want",
  "scares me",
  "only reason",
  "last time",
  "now i",
);

function readQuietSelf(t: Tally, text: string): void {
  if (DENIED_ENDING.test(text) && OWNED_ANYWAY.test(text)) raise(t, "concern", "suicide");
  if (JOKED_DEATH.test(text) && MEANT_IT.test(text)) raise(t, "concern", "suicide");
  if (GONE_FOR_GOOD.test(text) || CAME_CLOSE.test(text) || LAST_TIME_HOSPITAL.test(text))
    raise(t, "concern", "suicide");
  if (WISH_TO_THOUGHT.test(text)) raise(t, "urgent", "suicide");
  if (FOLLOW_THE_DEAD.test(text) && !SAID_BY_THEM.test(text) && !BEREAVED_OTHER_SUBJECT.test(text))
    raise(t, "concern", "suicide");
  if (URGE_PASSED.test(text) && !URGE_CLEARED.test(text)) raise(t, "concern", "self_harm");
  if (CLEAN_BUT_THINKING.test(text) || STILL_SECRET.test(text)) raise(t, "concern", "self_harm");
  if (SLIP_TENDED.test(text) && !SLIP_CLEARED.test(text)) raise(t, "concern", "self_harm");
  if (SCARS_SHOWING.test(text) && !SCARS_CLEARED.test(text) && !RECOVERY.test(text) && !longAgo(text))
    raise(t, "concern", "self_harm");
  if (SCRATCHED_RAW.test(text) && INSTEAD_OF_CUTTING.test(text) && !SKIN_COMPLAINT.test(text))
    raise(t, "concern", "self_harm");
  if (TO_FEEL_SOMETHING.test(text)) raise(t, "concern", "self_harm");
  if (STARVED_AS_PUNISHMENT.test(text) || STILL_WANT_TO_CUT.test(text)) raise(t, "concern", "self_harm");
  if (TEMPER_FEARED.test(text) && !LAUGHTER.test(text)) raise(t, "concern", "harm_to_others");
  if (ONLY_REASON_LEFT.test(text)) raise(t, "concern", "suicide");
}

// Someone else's: fresh cuts or lines seen on their arms, a sharpener blade found, long sleeves in
// the heat, pictures of cuts, plasters worn for weeks, burn marks they say they made.
const THEIR_CUTS = re(
  `\\b(?:her|his|their|\\w+s) (?:arms?|wrists?|thighs?|legs?)\\b[^]{0,60}\\b(?:fresh|new) (?:cuts|burns|marks|scratches|scars)\\b|\\b(?:her|his|their|\\w+s) (?:arms?|wrists?|thighs?|legs?)\\b[^]{0,60}\\b(?:lines|cuts|marks|scratches|scars) (?:everywhere|al over|al up|al down)\\b|\\b(?:found|finding|saw)\\b[^]{0,40}\\b(?:sharpener blades?|plasters\\b[^]{0,30}\\bblades?)\\b[^]{0,30}\\b(?:in|under) (?:his|her|their) (?:bin|bed|rom|drawer|pencil case|bag|wardrobe|pilowcase)\\b|\\b(?:wears?|wearing|in) long sleves\\b[^]{0,30}\\bin (?:\\d+ degre\\w*|the heat|sumer|july|august|a heatwave)\\b|\\b(?:pictures|pics|photos|videos|images) of (?:cuts|their cuts|self harm|sh|scars|wounds|burns)\\b|\\b(?:plasters?|bandages?|wristbands?|sweatbands?) on (?:her|his|their) (?:wrists?|arms?|thighs?|forearms?) for (?:weks|days|ages|months|a while)\\b|\\b(?:fresh|new) (?:bandages|plasters|dresings) on (?:both |her |his |their )(?:wrists?|arms?|forearms?)\\b|\\b(?:burn marks|burns|marks|cuts)\\b[^]{0,40}\\bon (?:his|her|their) (?:arms?|wrists?|legs?|thighs?|hands?)\\b[^]{0,60}\\b(?:did (?:them|it|those|that) (?:himself|herself|themselves|with)|(?:he|she|they) did (?:them|it|those))\\b`,
  "",
);
// Their earlier attempt and talk like before; a wish to follow someone who died, said by them; sad
// posts about being a burden; "tired of fighting" posted.
const THEIR_TALK_AGAIN = re(
  `\\b(?:overdosed|atempted|tried to (?:kil|end) (?:him|her|them) ?self|tried to take (?:her|his|their) (?:own )?life)\\b[^]*\\b(?:talking|saying|sounding|acting) (?:the same (?:way|things?)|like (?:she|he|they) did)(?: (?:as|she said|he said|they said))? ?(?:before|back then|last time|then)\\b`,
  "",
);
const THEIR_POSTS = re(
  `\\b(?:edits?|posts?|videos?|tiktoks?|poems?|drawings?|memes?|songs?|stories|story|stuf|things) (?:about|on) (?:being a burden|wanting to (?:die|disapear)|not wanting to be here|being gone(?= ?$| ?\\|| ?,| forever| for god)|not being here|not seing the point)\\b|\\b(?:post|posted|posting|posts|status|story|wrote|tweeted|put)\\b[^|]{0,25}" ?(?:im |i am )?(?:so )?tired of fighting\\b`,
  "",
);
const BEREAVED_OTHER_SUBJECT = re(
  `\\b(?:she|he|they|my (?:dad|mum|mom|wife|husband|partner|\\w+)) (?:said|says|keps saying|told me|has ben saying|ben saying)\\b|\\bsaying\\b`,
  "",
);
// Their hatred of everyone at school, posted or said.
const THEIR_HATE = re(
  `\\b(?:posting|posts|saying|says|talking|talks|going on) (?:\\w+ ){0,2}(?:about )?(?:hating|hates|hate) everyone (?:at|in) (?:his|her|their|the) (?:schol|clas|colege|year)\\b`,
  "",
);
// A parent drinking, using or not eating, with the body showing it.
const THEIR_HABIT = re(
  `\\b(?:drinking (?:him|her|them) ?self|drinks? (?:a bottle|bottles|every (?:night|day)|al day|from the minute|til|till|until)|drinking (?:two|a|\\d+) bottles?|dey drink|vodka|wine|whisky|beer|cider|alcohol|booze|drunk|using again|nods of|nodding of|stoped eating|not eating|barely eats|\\d+ calories|starving (?:him|her)self)\\b`,
  "",
);
// "his liver results were fine", "a bottle of wine a week": nothing showing, or not much drunk.
const THEIR_BODY_FINE =
  /\b(?:(?:were|was|came back|come back|are|is|al) (?:fine|ok|okay|normal|good|clear|al clear)|a wek)\b/;
const THEIR_BODY_SHOWS = re(
  `\\b(?:(?:skin|skins|eyes)(?: s| has| have| is| are)? (?:gone|turned|going|turning|lok|loks|loking) yelow(?:ish)?|(?:starting|started|start) to lok yelow(?:ish)?|yelow (?:skin|eyes)|(?:hands|hand) shake|the shakes|pases out|pasing out|sick in (?:his|her|their) slep|liver (?:results|tests|function|is)|(?:struggle|hard|cant) to wake (?:him|her|them)|lips (?:go|goes|turn|turns|went|going|turning) (?:blue|bluish|purple)|(?:leg|legs|ankles|feet|beli|stomach|tumy) (?:don |has |have |is |are |s )?(?:swel|sweled|swolen|swelling)|lost (?:loads of|so much|a lot of|\\w+) (?:weight|stone|kilos|kg)|lost (?:\\w+ )?(?:stone|kilos|kg)|fainting|pasing out|fel down the stairs)\\b`,
  "",
);
// Abuse heard through the wall week after week; a child hungry, flinching, "taught lessons"; a
// partner who "only hit her the once".
const HEARD_NEXT_DOOR = re(
  `\\b(?:hear|heard|hearing)\\b[^]{0,40}\\b(?:next dor|neighbours?|upstairs|downstairs|through the wal)\\b[^]{0,80}\\b(?:thumps|thuds|slaps?|hiting|(?:a |big |loud )?bang then|bang and then)\\b`,
  "",
);
const HURT_SHOWS = re(
  `\\b(?:(?:her|him|them|she|he|kids?|then) (?:crying|screaming|sobing)(?! from the (?:baby|kids?|toddler))|bruises|black eye|sunglases)\\b`,
  "",
);
const CHILD_SIGNS = [
  re(`"? ?teaches (?:him|her|them) (?:a )?lesons?\\b`, ""),
  re(`\\b(?:turns up|turning up|comes in|coming in|comes to schol|shows up|always|arives) hungry\\b`, ""),
  re(`\\bflinch(?:es|ed|ing)? (?:at|when|if)\\b`, ""),
  re(`\\bscared to go home\\b`, ""),
];
const ONLY_HIT_ONCE = re(
  `\\b(?:only|just) (?:hit|slaped|punched|shoved|pushed) (?:her|him|them) (?:the )?once\\b`,
  "",
);
const THIRD_PERSON = re(
  `\\b(?:his|their|them|they|boy|girl|kids?|lad|man|woman|guy|pupils?|students?|teens?|nephew|niece|grandson|granddaughter|clients?|patients?)\\b`,
  "",
);
const THEIR_CUTS_CLEARED = re(
  `\\b(?:sun ?lounger|sunburn\\w*|tan|stretch marks|eczema|bites|brambles|scratched by|pen|marker|tatoos?|henna|socks?|elastic|religio\\w*|hijab|modest\\w*|abaya|sun protection|uniform|cold|barber|hairdreser|shaving|school rules|years ago)\\b`,
  "",
);
const THEIRS_CLEARED = re(
  `\\b(?:film|movie|show|series|episode|book|novel|character|game|(?:fine|ok|okay|wel|beter|doing great|sober|clean) (?:now|for years))\\b`,
  "",
);
const QUIET_OTHER_PIECES = anyPiece(
  "fresh",
  "lines everywhere",
  "lines al",
  "sharpener",
  "long sleves",
  "pictures of",
  "pics of",
  "photos of",
  "plaster",
  "bandage",
  "burn marks",
  "overdosed",
  "atempted",
  "tried to",
  "be with",
  "wont be long",
  "edits",
  "posts",
  "tired of fighting",
  "everyone at",
  "everyone in",
  "yelow",
  "lips",
  "swel",
  "swol",
  "stone",
  "weight",
  "kilos",
  "fainting",
  "pasing out",
  "pases out",
  "shake",
  "liver",
  "to wake",
  "poem",
  "the point",
  "stairs",
  "next dor",
  "neighbour",
  "hungry",
  "lesons",
  "flinch",
  "her once",
  "him once",
  "them once",
  "the once",
);

function readQuietOther(t: Tally, text: string): void {
  if (!(SOMEONE_ELSE.test(text) || THIRD_PERSON.test(text)) || THEIRS_CLEARED.test(text)) return;
  if (THEIR_CUTS.test(text) && !THEIR_CUTS_CLEARED.test(text)) raise(t, "concern", "self_harm");
  if (
    THEIR_TALK_AGAIN.test(text) ||
    THEIR_POSTS.test(text) ||
    (FOLLOW_THE_DEAD.test(text) && BEREAVED_OTHER_SUBJECT.test(text))
  )
    raise(t, "concern", "suicide");
  if (THEIR_HATE.test(text)) raise(t, "concern", "harm_to_others");
  if (
    THEIR_HABIT.test(text) &&
    THEIR_BODY_SHOWS.test(text) &&
    !LAUGHTER.test(text) &&
    !THEIR_BODY_FINE.test(text)
  )
    raise(t, "concern", "medical");
  if (
    (HEARD_NEXT_DOOR.test(text) && HURT_SHOWS.test(text)) ||
    ONLY_HIT_ONCE.test(text) ||
    CHILD_SIGNS.filter((p) => p.test(text)).length >= 2
  )
    raise(t, "concern", "abuse");
}

function readFromPartsMore(t: Tally, text: string): void {
  if (
    text.includes("platform") &&
    FREIGHT_DUE.test(text) &&
    WAITING_FOR_IT.test(text) &&
    !AT_PLACE_CLEARED.test(text) &&
    !SPOTTING.test(text)
  )
    raise(t, "emergency", "suicide");
  if (HOW_PIECES.test(text) && HOW_IT_GOES.test(text) && HOW_MEANS.test(text) && !LAUGHTER.test(text)) {
    const cleared = HOW_CLEARED.test(text.replace(/\bnot (?:for|about) (?:a |an |the |my )?\w+/g, " "));
    if (!cleared) raise(t, "urgent", FOR_SOMEONE.test(text) ? "harm_to_others" : "suicide");
  }
  if (
    TRAIN_PIECES.test(text) &&
    TRAIN_TIMES.test(text) &&
    AT_PLACE_POINTER.test(text) &&
    !AT_PLACE_CLEARED.test(text)
  )
    raise(t, "urgent", "suicide");
  if (DID_PIECES.test(text) && DID_A_FEW.test(text) && !longAgo(text)) raise(t, "urgent", "self_harm");
  if (LIVING_PIECES.test(text) && GOING_ON_LIVING.test(text)) raise(t, "urgent", "suicide");
  if (
    text.includes("jump") &&
    JUMP_SOON.test(text) &&
    !AT_PLACE_CLEARED.test(text) &&
    !PICTURING_CLEARED.test(text)
  )
    raise(t, "emergency", "suicide");
  if (text.includes("since") && CUT_OPEN_LONG.test(text) && !longAgo(text))
    raise(t, "emergency", "self_harm", "medical");
  if (
    GOODBYE_PIECES.test(text) &&
    GOODBYE_SET.test(text) &&
    !GOODBYE_SET_CLEARED.test(text) &&
    !longAgo(text)
  )
    raise(t, "emergency", "suicide");
  if (
    LAID_PIECES.test(text) &&
    MEANS_LAID.test(text) &&
    (MEANS_FINAL.test(text) || TIMING.test(text)) &&
    !MEANS_LAID_CLEARED.test(text) &&
    !TIME_OPEN.test(text) &&
    !(SELF_HARM_WORDS.test(text) && !DEATH_WORDS.test(text)) &&
    !longAgo(text)
  )
    raise(t, "emergency", "suicide");
  if (
    BLEEDING_PIECES.test(text) &&
    BLEEDING_ON.test(text) &&
    BLOOD_HERE.test(text) &&
    !BLEEDING_CLEARED.test(text) &&
    !longAgo(text)
  ) {
    if (SELF_HARM_WORDS.test(text) || /\b(?:relapsed|deper|did it|cut)\b/.test(text))
      raise(t, "emergency", "self_harm", "medical");
    else raise(t, "emergency", "medical");
  }
  if (
    TOOK_PIECES.test(text) &&
    TOOK_IT.test(text) &&
    ((TAKEN_ALL_OR_POISON.test(text) && (TAKEN_FELT.test(text) || TAKEN_AFTER.test(text))) ||
      (TAKEN_WHAT.test(text) && TAKEN_AFTER.test(text))) &&
    !ASKS_WHAT_IF.test(text) &&
    !OTHER_TOOK.test(text) &&
    !TAKEN_CLEARED.test(text) &&
    !ACCIDENTAL.test(text) &&
    !longAgo(text) &&
    !CHECKED_FINE.test(text)
  )
    raise(t, "emergency", "suicide", "medical");
  if (
    NOTE_PIECES.test(text) &&
    NOTE_LEFT.test(text) &&
    NOTE_POINTER.test(text) &&
    !NOTE_CLEARED.test(text) &&
    !longAgo(text)
  )
    raise(t, "emergency", "suicide");
  if (GONE_PIECES.test(text) && GONE_WHEN_READ.test(text) && !AWAY_FOR_A_WHILE.test(text))
    raise(t, "emergency", "suicide");
  if (
    WEAPON_HINT.test(text) &&
    TARGET_DUE.test(text) &&
    LYING_IN_WAIT.test(text) &&
    !WEAPON_CLEARED.test(text) &&
    // "got my pops gun in my room rn" beside "end it tonight", "taking the blade out of the shaver":
    // the writer's own life, which other readings weigh.
    (!OWN_END.test(text) || /\b(?:him|her|them)\b/.test(text)) &&
    !LAUGHTER.test(text)
  )
    raise(
      t,
      harmSoon(text) || /\b(?:now|any min|tonight|at \d)\b/.test(text) ? "emergency" : "urgent",
      "harm_to_others",
    );
  if (abuseNow(text)) raise(t, "emergency", "abuse");
  if (
    STOCK_HINT.test(text) &&
    STOCK_MEDICINE.test(text) &&
    STOCKPILED.test(text) &&
    !STOCK_CLEARED.test(text) &&
    !longAgo(text)
  )
    raise(t, "urgent", "suicide");
  if (
    CUT_AGAIN_PIECES.test(text) &&
    CUT_AGAIN.test(text) &&
    !/\b(?:she|he|shes|hes|her|his)\b/.test(text) &&
    !longAgo(text)
  )
    raise(t, "urgent", "self_harm");
  if (END_WORDS.test(text)) readEndings(t, text);
  if (TC_PIECES.test(text)) readThemeConcern(t, text);
  readUrgentParts(t, text);
  if (CA_PIECES.test(text)) readThemeCA(t, text);
  if (MORE_URGENT_HINT.test(text)) readMoreUrgent(t, text);
  if (PLAINLY_PIECES.test(text)) readToldPlainly(t, text);
  if (RARELY_PIECES.test(text)) readRarelySaid(t, text);
  if (TAKEN_PLAINLY_PIECES.test(text)) readTakenPlainly(t, text);
  if (QUIET_SELF_PIECES.test(text)) readQuietSelf(t, text);
  if (THEME_PIECES.test(text)) readThemeUrgent(t, text);
  if (redFlag(text) && !THEIR_BODY.test(text)) raise(t, "emergency", "medical");
}

// Batches zzj to zzo: events told plainly that six authors wrote and no reading held, read by
// readToldPlainly when one of their words is there (PLAINLY_PIECES): preparations (a plan kept
// back, letters, affairs and a time, the gas on), self-harm going on again, method questions asked
// sideways, a goodbye sent, a crash meant as the end, not being safe around the means.
// "ive got a plan. im not telling you what it is", "plans sorted. just need to pick a day": a plan
// kept secret or waiting only for its day.
const PLAN_KEPT = re(
  `\\b(?:(?:ive got|i have|i ve got|got|made|have|worked out|figured out|come up with|came up with) a plan|(?:the )?plans? (?:is |s )?(?:sorted|made|set|ready|done|in place))\\b[^|]{0,30}(?:\\| [^|]{0,60}){0,2}\\b(?:not (?:telling|teling|going to (?:tell|tel|say)|gonna tell|gona (?:tel|say)) (?:you|anyone|any1|what)|wont (?:tell|say) (?:you|anyone|what|when|how)|(?:need|have|got) to (?:pick|choose|set) (?:a |the )?(?:day|date|time)|havent (?:picked|chosen|set) (?:a |the )?(?:day|date|time))\\b`,
  "",
);
const PLAN_CLEARED = re(
  `\\b(?:party|surprise|birthday|proposal|propose|holiday|trip|business|escape|diet|workout|training|revision|wedding|date night|christmas|presents?|gift|heist|prank|game|campaign|quest|raid|novel|story)\\b`,
  "",
);
// "ive written the letters. one for mum, one for my sister", "wrote everyone letters ... they'll find
// them after": letters of farewell, each for someone, or left to be found.
const LETTERS_DONE = re(
  `\\b(?:written|wrote|finished|done|started writing|writing) (?:the|my|all the|all my|all|everyone|everybody)(?: \\w+)? (?:letters|notes|goodbyes)\\b[^|]{0,60}(?:\\| [^|]{0,80})?\\b(?:one for|for (?:each|everyone|every one)|after|when im gone|(?:theyll|they will|someone will) find|one to go|three done|two done|thats everything)\\b`,
  "",
);
const LETTERS_CLEARED = re(
  `\\b(?:cover|thank you|thanks|christmas|xmas|wedding|birthday|santa|teacher|landlord|council|complaint|application|job|reference|uni|school|pen ?pal|valentines?|leaving|retirement|card|cards|invitations?|homework|exam|course)\\b`,
  "",
);
// "my will's written, the credit card's paid off and my brother has the car keys. it's tonight":
// affairs put in order, and a time. ("put all my affairs in order ... this weekend").
const AFFAIRS_SET = re(
  `\\b(?:(?:my )?wills? (?:is |s )?(?:written|done|sorted|signed)|(?:written|done|sorted|made|updated) my will|affairs in order|(?:paid|cleared) off (?:the |my )?(?:credit cards?|debts?|bills?|overdraft)|(?:credit cards?|debts?|bills?) (?:is |are |s )?paid off|(?:cancelled|canceled) (?:my |the )?(?:phone contract|subscriptions?|direct debits?|gym)|passwords? (?:written down|for (?:my|the) \\w+)|(?:the|my) (?:dog|cat|cats|dogs|kids)(?: is| are|s)? (?:going|gone) to (?:my )?\\w+)\\b`,
  "",
);
const AFFAIRS_TIME = re(
  `\\b(?:(?:its|it s|it is) (?:tonight|today|tomorrow|this weekend)|this weekend(?= ?$| ?\\|| ?,)|tonight(?= ?$| ?\\|| ?,)|(?:its|it s|it is) not a normal \\w+)\\b`,
  "",
);
const AFFAIRS_CLEARED = re(
  `\\b(?:solicitor|mortgage|baby|married|wedding|retire\\w*|moving|move|emigrat\\w*|new job|holiday|surgery|operation|op|travel\\w*|deployment|deployed|tour|gap year|abroad|inheritance|probate|divorce|house sale)\\b`,
  "",
);
// Self-harm going on again, told lightly: "im doing it again" beside long sleeves or cutting, "i do
// it with a lighter ... did it this morning", "i just did some" beside cuts, "made myself sick twice
// today".
const SELF_HARM_AGAIN = re(
  `\\b(?:(?:im|i am|ive been|i have been|started|been) doing it again|i do it with (?:a|the|my) (?:lighter|blade|razor|compass|scissors|pencil sharpener)\\b[^]*\\bdid it (?:this morning|today|tonight|last night|an hour ago|earlier)|(?:i )?just did some(?= ?$| ?\\|| ?,| and| on)|made myself sick (?:twice|again|three times|\\d+ times)(?: today| tonight| this morning)?)\\b`,
  "",
);
const SELF_HARM_AGAIN_CONTEXT = re(
  `\\b(?:long sleeves|sleeves|cut|cuts|cutting|burns?|burning|lighter|blade|razor|scars?|self harm|sh|plasters|stopped eating|restricting|purging)\\b`,
  "",
);

// Method questions asked sideways ("asking for a friend", "hypothetically", "purely academic"),
// which are not cleared by being framed so: "does bleach kill you quick or slow", "do paracetamol
// and alcohol together make it quicker", "which tablets in the house would be enough", "you dont
// feel anything if you jump from high enough", "how many of these tablets go finish person".
const SIDEWAYS_QUESTION = re(
  `\\b(?:does|do|would|will|can|is it true|which|what|how many)\\b[^|]{0,60}\\b(?:kill (?:you|someone|a person)|make (?:it|things) (?:quicker|faster|quick)|quick or slow|feel anything|(?:would|will) be enough|go finish (?:person|somebody|me))\\b`,
  "",
);
const SIDEWAYS_MEANS = re(
  `\\b(?:${PILLS}|bleach|alcohol|weedkiller|antifreeze|poison|jump|jumping|high enough|drop|fall|hanging|drowning|exhaust|gas|the house)\\b`,
  "",
);
// "ive sent the email to everyone. the goodbye one", "goodbye post is scheduled".
const GOODBYE_SENT = re(
  `\\b(?:(?:sent|posted|scheduled|written|wrote) (?:the |my |a )?(?:goodbye|last) (?:email|message|text|post|letter|video)s?|(?:sent|posted|scheduled) (?:the |my )?(?:email|message|text|post)s? (?:to everyone )?(?:\\| )?(?:the )?goodbye one|goodbye (?:email|message|text|post|video)s? (?:is |are )?(?:sent|posted|scheduled|written|done|out))\\b`,
  "",
);
// "ive turned the gas on in the kitchen and shut all the windows", "ive turned the gas on and im
// just sitting in the kitchen".
const GAS_SEALED = re(
  `\\b(?:turned|put|left|switched|got) (?:the |all the )?(?:gas|hob|oven|rings) on\\b[^|]{0,40}\\b(?:shut|closed|taped|sealed) (?:all )?(?:the )?(?:windows?|doors?|vents?)\\b|\\b(?:shut|closed|taped|sealed) (?:all )?(?:the )?(?:windows?|doors?|vents?)\\b[^|]{0,40}\\b(?:turned|put|switched) (?:the |all the )?(?:gas|hob|oven|rings) on\\b|\\b(?:turned|put|left|switched) (?:the )?gas on (?:and )?(?:im|i am) (?:just )?(?:sitting|sat|lying|waiting|here)\\b`,
  "",
);
// "im not safe around the knives tonight", "i dont trust myself tonight".
const NOT_SAFE = re(
  `\\b(?:(?:im|i am) not (?:feeling )?safe (?:around|with|near) (?:the |my |all )?(?:knives|knife|pills|tablets|meds|blades?|razors?|rope|myself|scissors)|(?:dont|do not) trust myself (?:tonight|right now|rn|around|with|near|alone)|(?:cant|cannot|can not) keep myself safe)\\b`,
  "",
);
const PLAINLY_PIECES = anyPiece(
  "plan",
  "leters",
  "notes",
  "godbyes",
  "wil",
  "afairs",
  "paid of",
  "gas",
  "hob",
  "oven",
  "safe",
  "trust myself",
  "pasword",
  "canceled",
  "cancel",
  "drive",
  "steer",
  "swerve",
  "aim",
  "plough",
  "crash",
  "put it",
  "put the car",
  "put my car",
  "wrap",
  "kil",
  "quick",
  "enough",
  "fel anything",
  "finish",
  "godbye",
  "last mesage",
  "last email",
  "last post",
  "again",
  "did some",
  "i do it with",
);

// An overdose told plainly, by what was taken and how it stands now: "the tablets are in me",
// "pills taken. just waiting", "took the tablets i was saving", "done it. the box is empty. 32 of
// them", "ive had a whole bottle of my nans oramorph", "ate a handful of the rat poison pellets",
// "taken everything that was in the bathroom cabinet", "since i swallowed the pills" with what
// the body is doing.
const TAKEN_PLAINLY = re(
  `\\b(?:(?:the |my |all the |all my )?(?:${PILLS}) (?:are |r )?(?:in me|inside me)|(?:${PILLS}|them all|all of them|the lot) (?:taken|swallowed|gone down)(?= ?$| ?\\|| ?,| and)|(?:took|taken|swallowed|had|necked|downed) (?:the |my |all the |all my )?(?:${PILLS}) (?:i was|ive been|i have been|id been|i had been) (?:saving|keeping|storing|hoarding|stockpiling|collecting)|(?:the |my )?(?:box|packet|bottle|tub|blister|strip)s? (?:is |are |s )?(?:empty|gone)(?=[^]*\\b(?:done it|did it|took|taken|swallowed|of them|in me)\\b)|(?:took|taken|swallowed|had|ate|eaten|drank|drunk|necked|downed) (?:a |the )?(?:whole|entire|handful of|full) (?:bottle |box |packet |tub |strip |handful )?(?:of )?(?:the |my |his |her |\\w+s )?(?:\\w+ )?(?:${PILLS}|rat poison|poison|pellets|weedkiller|antifreeze|bleach)|(?:taken|took|swallowed|drank|ate) everything (?:that was |i could find )?in (?:the|my|mums|dads|our) (?:\\w+ )?(?:cabinet|cupboard|drawer|box)(?! out| of| away| to| up| back| and (?:put|cleaned|sorted)))\\b`,
  "",
);
const TAKEN_PLAINLY_PIECES = anyPiece(
  "tok",
  "taken",
  "swalow",
  "had",
  "ate",
  "drank",
  "drunk",
  "neck",
  "down",
  "empty",
  "in me",
);
const SWALLOWED_THEN = re(
  `\\b(?:since|after|ever since) i (?:swallowed|took|had|necked|downed) (?:the|my|all the|all my|them|it all)\\b`,
  "",
);

// Theme U: thoughts of suicide said sideways, read across every batch's misses. Each reading needs
// a death word or a means in the message (THEME_DEATH, THEME_MEANS) unless its words say enough.
// Thinking or working out "how" at the end of a clause ("ive thought about how", "been working out
// how id do it", "reading up on how", "googling how people do it") beside a wish to be gone.
const THEME_HOW = re(
  `\\b(?:thought|thinking|think|thinkin|worked out|working out|work out|figured out|figuring out|planning|planned|researching|researched|reading up(?: on)?|read up(?: on)?|reading about|looked up|looking up|googling|googled|rehearsing|picturing|talk about|talking about|wrote out|writen out|written out|already know|know exactly|decided)(?: (?:about|of|on))? (?:exactly |properly |the )?how(?: (?:id|i would|i wil|il|to|people|you|i could|i might) (?:do it|go about it|end it|do that|make (?:it|that) (?:hapen|permanent)|get there sooner))?(?= ?$| ?\\||,| and\\b| , )`,
  "",
);
// "ending it and how id go about it", "now i think about it every night. how id do it".
const THEME_HOW_ID = re(
  `\\b(?:how|where) (?:id|i would|i wil|il|i could) (?:do it|go about it|end it|go)(?= ?$| ?\\||,| and\\b| , )`,
  "",
);
// "i think about doing it a lot", "the thoughts of doing it are constant", "thinking about it
// properly for weeks", "the old thoughts are back", "thinking about making that happen myself".
const THEME_THOUGHTS = re(
  `(?<!\\b(?:dont|do not|never|didnt|not|wont|cant) (?:\\w+ )?)\\b(?:(?:think|thinking|thinkin|thought|thoughts|thinks)(?: (?:about|of|aboot))? (?:doing it|going through with it|acting on it|doing (?:what|the same as) (?:he|she|they|my \\w+) did|going the same way|making (?:that|it|something) hap(?:en|pen)\\w*(?: myself)?|doing something about it|actually doing (?:it|something)|it (?:properly|seriously|for real|every (?:day|night|shift|watch|morning|time)))|(?:the |those |my )?(?:old |same )?thoughts (?:are|r|s|have come|came|come) back|(?:its|it s|they re|theyre) back(?: ,| \\|)? (?:worse|stronger|louder)|(?:ending it|suicide|killing myself|dying) (?:is|s) (?:on my mind|al i think about)|(?:sitting|living) with the idea of (?:suicide|dying|ending it))\\b`,
  "",
);
// Said strongly enough to need no death word: "the thoughts of doing it are constant", "been
// thinking about it. properly", "i have think seriously about the suicide".
const THEME_THOUGHTS_STRONG = re(
  `(?<!\\b(?:dont|do not|never|didnt|not|wont|cant) (?:\\w+ )?)\\b(?:thoughts of doing it|(?:think|thinking|thought) about (?:it|doing it)(?: \\|)? (?:properly|seriously)|(?:think|thinking|thought) (?:seriously|properly) about (?:it|doing it|the suicide|suicide|killing my ?self|ending it|ending things))\\b`,
  "",
);
// The act pictured with its means: "every night i think about just stopping the car on it", "keep
// thinking about walking out onto the motorway", "thinking about eating a gun", "every morning i
// think about stepping forward as it comes", "thinking about swallowing the lot".
const THEME_ACT_THOUGHT = re(
  `(?<!\\b(?:dont|do not|never|didnt|not|wont|cant|ever|if) (?:\\w+ )?)\\b(?:think|thinking|thinkin|thought|thoughts)(?: (?:about|of))? (?:just )?(?:overdosing|eating a (?:gun|bulet)|swallowing (?:the lot|everything|al of them|them al|the whole)|drinking (?:the |some )?(?:stuf under the sink|bleach|antifreeze|poison)|driving (?:the car |my car )?(?:into|of) (?:a |the )?(?:wall|barier|tree|lorry|truck|river|sea|pillar|clif|bridge)|turning (?:the wheel )?into (?:the |a )?(?:lorry|truck|wall|barier|oncoming \\w+|traffic)|walking (?:out )?(?:onto|into|in front of) (?:the |a )?(?:motorway|sea|traffic|river|road|water|train|lorry|bus)|stepping (?:of|out|forward|in front)|stoping (?:the car )?on (?:it|the (?:crossing|tracks|line))|going over(?=[^]*\\b(?:bridge|edge|clif|railing|parapet)\\b)|jumping (?:of|from|in front)|how easy (?:it would|itd|it d|it wil) be to (?:just )?(?:take them|swalow|jump|step|drive|swim out|go))\\b`,
  "",
);
// A plan with its time, its means or its words kept back: "i have a plan. not saying when", "plan is
// the woods. havent picked a day", "ive planned it, where, how. just havent picked a day".
const THEME_PLAN = re(
  `\\b(?:(?:i have|ive got|i ve got|got|made|there is|theres|wrote down|written|writen|its) a plan|(?:the |my )?plans? (?:is|s) (?:the |my |a |to |simple)|(?:ive|i ve|i have) (?:planned|planed) it|(?:keep|been|kep) planning it|planning it (?:out|in my head)|(?:picked|chosen|choosen|found) (?:the|a|my) (?:place|spot|tree|bridge|way)|a (?:place|way) picked|plan now)\\b`,
  "",
);
// "plan is the woods behind my grandparents farm", "my plan is my dads back pills".
const THEME_PLAN_MEANS = re(
  `\\b(?:the |my )?plans? (?:is|s) (?:the |my |to use (?:the |my )?)(?:\\w+ ){0,3}(?:${EDGE_PLACES}|woods|river|tree|motorway|tracks|${PILLS}|rope|gas|gas canister|exhaust|hose|gun|sleping bag)\\b`,
  "",
);
// "ive thought it through" beside a plan, a place or the going: "picked the place... thought it
// through in a lot of detail", "sometime before the years out im going. ive thought it through".
const THEME_THOUGHT_THROUGH = re(
  `\\b(?:thought|worked) it (?:al |right |al the way )?(?:through|out)\\b`,
  "",
);
const THEME_THROUGH_WITH = re(
  `\\b(?:plan|picked|chosen|the place|way out|insurance|im going(?= ?$| ?\\||,)|going to do it|every step)\\b`,
  "",
);
const THEME_NO_TIME = re(
  `\\b(?:(?:not|wont|im not) (?:saying|telling|going to say|going to tel)(?: you| anyone)? (?:when|what|how|where)|(?:havent|not|dont have a|no|without a) (?:yet )?(?:picked|chosen|choosen|set|decided|worked out)? ?(?:a |the )?(?:day|date|when)(?: yet)?|no date|dont have a date|not sure (?:about )?when|just the how|the how and (?:the )?where|where , how|(?:its|it s) a good one|not a wish)\\b`,
  "",
);
// Wanting to die, said as meant: "i wanna die fr. not the lol kind", "kms >> not joking this
// time", "i want to not exist. like properly die", "id rather be dead. not the haha way".
const THEME_WISH = re(
  `(?<!\\b(?:dont|do not|never|didnt|not) (?:\\w+ )?)\\b(?:(?:want|wana|wanted|wanting|like) to (?:die|be dead|kms|kil my ?self|not exist|stop existing|stop being alive|end it)|rather be dead|(?:want|wana) (?:it|everything|it al) to (?:end|be over|be the end|stop)|(?:not|dont) want to live(?: more| anymore| any more)?|kms)\\b`,
  "",
);
// Said as meant in words that outweigh a laugh; "fr", "seriously" only count with no laugh and
// never for "kms" ("kms fr this traffic lol" is a joke).
const THEME_MEANT = re(
  `\\b(?:not (?:the |in the |a )?(?:joking|joke|lol|haha|funy|kiding) (?:kind|way)|not joking|no joke|i mean it|i do mean it|not (?:in )?a (?:poetic|dramatic|funy) way|this time|properly(?: die| dead)?|permanently|dead out|me i mean|not sleep|not a break|(?:tho|though) i do)\\b`,
  "",
);
const THEME_MEANT_WEAK = re(`\\b(?:fr|for real|frfr|seriously|genuinely)\\b`, "");
// A high place or a lethal amount asked after, with a death word or a reason held back: "whats the
// tallest car park in leeds" after "im done with everything", "how tall is the suspension bridge
// >> not for a project", "how much ibuprofen before your kidneys pack in".
const THEME_HEIGHT = re(
  `\\b(?:(?:talest|highest) (?:car ?park|multi ?storey|bridge|building|block|cliff|tower|flats|viaduct)|(?:researching|research|looking at|looked up|looking up|googling|googled) which (?:bridge|building|car ?park)|(?:how (?:tall|high)|which bridge)(?: is)? (?:the )?(?:\\w+ )?(?:bridge|viaduct|car ?park|building|tower|cliff|block)|(?:which|what) bridge (?:in|near|round)\\b)`,
  "",
);
const THEME_ASKED_SO = re(
  `\\b(?:not for a (?:project|story|school|clas|uni)|(?:asking|askin) for (?:reasons|me)|for reasons|roof acces|without a (?:pas|key|pass)|get (?:up|onto|on) (?:the roof|it)|(?:it|that)s for me|for me)\\b`,
  "",
);
const THEME_DOSE = re(
  `\\b(?:how (?:much|many)|what dose|whats the (?:most|max\\w*|dose)|the most|take like \\d+|take \\d+)\\b[^|]{0,50}\\b(?:before (?:the |your |my )?(?:liver|kidneys?|heart) (?:packs? in|fails?|gives? out|stops)|to overdose|(?:would|wil|actualy) (?:do it|kil)|turns? toxic)\\b|\\b(?:how (?:much|many)|what dose)\\b[^|]{0,50}\\b(?:would |wil |actualy )?(?:do|does) it(?= ?$| ?\\||,| \\?)|\\b(?:how (?:much|many))\\b[^|]{0,50}\\| to overdose\\b|\\b(?:how (?:much|many)|what dose)\\b[^|]{0,50}\\b(?:${PILLS}|meds|paracetamol|ibuprofen|codeine|co codamol|insulin|lithium|sertraline|amitriptyline|sleepers|painkilers)\\b[^|]{0,30}\\b(?:be|is) to (?:much|many)\\b|\\b(?:does it hurt|what hapens(?: to (?:your|you|a) body)?) if (?:you|u|i) take (?:like |about )?(?:[2-9]\\d|\\d{3})\\b`,
  "",
);
// A voice that says do it: "the voice in my head keeps going just do it, just go, and ive been
// agreeing with it", "calm voice in my head telling me to just turn the wheel into the barrier",
// "my mind keeps telling me to buy the rat poison and drink it".
const THEME_VOICE = re(
  `\\b(?:voice|voices|my (?:head|mind|brain))\\b[^|]{0,50}\\b(?:keps? (?:going|saying|telling)|telling me|tels me|says|saying|going)\\b`,
  "",
);
const THEME_VOICE_DO = re(
  `\\b(?:(?:agreing|agre|agred) with (?:it|them|her|him)|turn the wheel|jump|step (?:of|out|in front)|kil (?:my ?self|yourself)|end it|drink it|take them al|poison)\\b`,
  "",
);
const THEME_DEATH = re(
  `\\b(?:die|died|dead|dying|death|kil (?:my ?self|me)|kiling my ?self|kms|suicid\\w*|end it|ending it|end (?:things|my life)|ending things|(?:not|dont want to) be (?:here|around|alive)|be here any ?more|exist|existing|wake up|carying on|no point|burden|better of|join (?:her|him)|go too|permanent\\w*|for good|sleep forever|im done|way out|life insurance|funeral|tired of (?:being alive|living|life)|taking (?:them|myself)|do anything sily|overdos\\w*|hanging|rope|bridge|train|tracks|platform|pils|tablets|gun|motorway|clifs?|so am i|not around|go through with it|(?:dont|cant) se (?:the|any) point)\\b`,
  "",
);
const THEME_CLEARED = re(
  `\\b(?:he|she|they|my (?:friend|mate|brother|sister|son|daughter|mum|dad|partner|husband|wife|boyfriend|girlfriend))(?: \\w+)? (?:keps|is|was|has been|s been|said|says|told me) (?:thinking|planning|working)|not to die|(?:didnt|did not) want to die|wasnt trying to die|(?:patient|client|character|novel|story|essay|book|film|exam|revision|lecture|project|assignment|game|party|surprise|birthday|wedding|holiday|trip|business|diet|workout|escape|heist|prank|campaign)\\b`,
  "",
);
// Means gathered: medicine kept back instead of taken ("stopped taking my meds on purpose and
// started saving them instead", "skipping my lithium and putting it in a jar"), bought a pack at
// a time ("a pack of paracetamol every time i go in a different shop"), added to or counted.
const THEME_MEDS = `(?:${PILLS}|meds|medication|medicine|prescriptions?|lithium|insulin|antidepresants|painkilers|paracetamol|codeine|co codamol|oxycodone|sleepers|morphine|clozapine|sertraline|amitriptyline)`;
const THEME_STOCK = re(
  `\\b(?:(?:stoped|skiping|skipped|not taking|quit)(?: taking)? (?:my |the |al my )?(?:\\w+ ){0,2}${THEME_MEDS}\\b[^]{0,80}\\b(?:saving|save|saved|keping|kept|kep|putting (?:them|it) in|stockpil\\w*|stash\\w*|colecting)|(?:save|saving|saved) (?:them|it) up|(?:buying|bought|get|geting|picking up|picked up) (?:a |another |one )?(?:pack|packet|box|bottle)s? of (?:\\w+ ){0,2}${THEME_MEDS}\\b[^]{0,60}\\b(?:every (?:time|shop)|each (?:shop|time)|in every|from every|diferent (?:shop|chemist|pharmacy)|next town|so they (?:wouldnt|wont|dont)|got (?:loads|\\d+)|\\d+ (?:packs|packets|boxes))|(?:stocking up on|stockpiling|pocketing|been adding to) (?:my |the |her |his |\\w+s )?(?:\\w+ ){0,2}(?:${THEME_MEDS}|them)|(?:a packet|a pack|one) from every (?:shop|chemist)|(?:count|counting|counted) (?:them|whats in it)(?: out)?)\\b`,
  "",
);
const THEME_MEDS_HERE = re(`\\b${THEME_MEDS}\\b`, "");
// A place looked over: trains that do not stop, the platform edge stood at, a drop measured.
const THEME_PLACE_LOOKED = re(
  `\\b(?:(?:looking at|looked at|looked up|looking up|checking|checked|googling|googled|writing down)(?: the)?(?: times of the)? (?:which )?(?:fast |freight |non stop )?(?:train|trains|freight)(?: times)?\\b[^|]{0,30}|(?:stand|standing|stood|stod)\\b[^|]{0,30}\\b(?:edge|too close)\\b[^]{0,60}\\b(?:every (?:morning|time|night|day)|closer|further|step back|brave enough|pul)|(?:measured|checked|checking) the (?:drop|weight rating|height))\\b`,
  "",
);
const THEME_PLACE_SO = re(
  `\\b(?:dont stop|doesnt stop|non stop|not to go anywhere|cant tell anyone why|want it to stop|for me|every (?:morning|time|night|day)|closer|further|step back|brave enough|pul|drop|weight rating)\\b`,
  "",
);
const THEME_PLACE_CLEARED = re(
  `\\b(?:photos?|pictures?|view|sunset|selfie|hike|hiking|walk the dog|commute (?:is|was) |delayed|late for|cancel+ed|strike|timetable for|spoting|trainspot\\w*|climbing|abseil\\w*|bikes?(?! \\w+ not)|shelves|shelf|tv|mirror)\\b`,
  "",
);
// The policy's suicide clause checked: "life insurance pays out for suicide after a year right?",
// "pays out after two years if its you that does it", "if it looks like an accident? no reason".
const THEME_INSURANCE = re(
  `\\b(?:life insurance|the policy|my policy)\\b[^]{0,80}\\b(?:suicide|if (?:its|it s) you|yourself|looks like an acident|after (?:a|one|two|\\d+) years?)\\b|\\b(?:bit|part|clause) (?:in|of) the policy about suicide\\b`,
  "",
);
const THEME_INSURANCE_CLEARED = re(
  `\\b(?:died|passed|funeral (?:was|is)|widow\\w*|claim (?:for|on) (?:my|his|her)|(?:mum|dad|husband|wife|brother|sister)s (?:life insurance|policy)|quote|mortgage advisor|broker|exam|course)\\b`,
  "",
);
// A note written in the head: "i keep writing the note in my head", "the letters in my head. the
// kind you leave behind".
const THEME_NOTE_HEAD = re(
  `\\bwriting (?:the |my )?(?:note|notes|leter|leters|goodbye)\\b[^|]{0,20}\\bin my head\\b`,
  "",
);
// Something ordered for it: "ordered something online. comes thursday. you can guess what its for".
const THEME_ORDERED = re(
  `\\bordered (?:something|it|one)\\b[^]{0,80}\\b(?:you (?:can guess|know) what|you know why|(?:the )?obvious reason|shouldnt have|what (?:its|it s|it is) for|comes (?:thursday|thurs|tomorow|monday|tuesday|wednesday|friday|saturday|sunday))\\b`,
  "",
);
// A rope, hose or hook got "not for the garden", "for me", "in case": "bought a length of hosepipe
// >> its for the car exhaust, not the garden", "the ropes in my boot now. just there. in case".
const THEME_ROPE = re(`\\b(?:rope|ropes|hose|hosepipe|knots?|knot videos|hooks?|beams?)\\b`, "");
const THEME_ROPE_FOR = re(
  `\\b(?:not for (?:the |a |my )?\\w+|(?:its|it s|it is) not for|(?:its|it s|it is) for the (?:car|exhaust|other thing)|for the other thing|i know what (?:its|it s|it is|i d use it|id use it) for|(?:its|it s) for me|for me(?: , |,| \\|)? not|for me(?= ?$| ?\\|)|in case(?= ?$| ?\\|)|just there|like knowing (?:its|it s|it is) there|you know why|take my weight|(?:its|it s) not for)\\b`,
  "",
);
// How a death would feel, asked: "what happens if you jump from about 30 metres, do you feel it",
// "would drinking bleach actually work or just hurt", "does it hurt to bleed out or do you just get
// sleepy", "is it true you dont feel anything if you take enough sleeping pills".
const THEME_FEEL = re(
  `\\b(?:(?:do|would|wil|dont|do not|doesnt) (?:you|u|they) (?:just )?(?:feel (?:it|anything|anythin|pain)|get sleepy)|is it instant|actualy work or just hurt|(?:does|would) it hurt to|does it hurt\\b[^|]{0,10}(?:\\| )?for me|you feel anything when you)\\b`,
  "",
);
const THEME_FEEL_MEANS = re(
  `\\b(?:jump\\w*|floors?|metres|meters|storeys?|train|tube|freeze|frezing|sleping (?:pils|tablets)|${PILLS}|blede? out|bleach|drown\\w*|hang\\w*|overdos\\w*|exhaust|carbon monoxide|whole box)\\b`,
  "",
);
const THEME_FEEL_CLEARED = re(
  `\\b(?:tattoo|piercing|injection|jab|labour|birth|wax|bungee|sky ?div\\w*|parachut\\w*|trampoline|diving|swimming|game|film|story|character|book|essay|course|lecture)\\b`,
  "",
);

const THEME_PIECES = anyPiece(
  "how",
  "think",
  "thought",
  "aboot",
  "plan",
  "picked",
  "chosen",
  "found the",
  "want",
  "wana",
  "like to",
  "rather",
  "kms",
  "talest",
  "highest",
  "bridge",
  "much",
  "many",
  "dose",
  "most",
  "take",
  "idea of",
  "mind",
  "back",
  "voice",
  "head",
  "brain",
  "through",
  "where",
  "sav",
  "kep",
  "stop",
  "skip",
  "quit",
  "count",
  "pack",
  "stock",
  "pocket",
  "train",
  "fre",
  "edge",
  "measured",
  "checking",
  "insurance",
  "policy",
  "writing",
  "ordered",
  "rope",
  "hose",
  "knot",
  "hok",
  "beam",
  "fel",
  "instant",
  "hurt",
);

// Batch zzz: urgent thoughts from people who rarely talk about feelings, read from parts
// (readRarelySaid, behind RARELY_PIECES): thinking of doing what a relative did who took their own
// life; a gun held across the knees with a last word; the gun-cabinet key that is all they think
// about; ways or doses known and gone over "for myself"; which artery, asked to get it right; a
// poison asked about as "enough"; the where and the how worked out; a plan worked out with its
// place and means and only the day or the courage missing; a carer's thoughts of taking them both.
// RARELY_PIECES lists a word that each of these readings needs (the rarest of its parts), so that
// ordinary chat seldom runs them (8 of the 619 ordinary-conversation messages do).
const RARELY_PIECES =
  /acident|sorted|for weks|for months|for ages|for a while|atempt|tried to|overdosed|asked|imself|erself|emself|im self|er self|em self|own life|his life|her life|their life|did it with|suicide|folow|terms|choosing|peaceful|gentle|god way to go|going to slep|beam|rafter|hok|hatch|banister|fel (?:much|anything|it|pain|a thing)|going to find|gun|rifle|pistol|gauge|bore|glock|colt|9mm|45 (?:on|acros|over|in|is|s in)|revolver|sidearm|weapon|ways to kil|i know (?:what|which|how|exactly)|artery|arteries|vein|vesel|bleach|antifreze|wedkiler|wed kiler|rat poison|paraquat|shep dip|drain cleaner|pesticide|where and|how and|when and|courage|havent (?:picked|chosen|set)|not (?:picked|chosen)|not the when|il leave|us both|both of us|pair of us/;
// "my brother did it with his shotgun in 2009. lately i keep thinking id like to follow him the
// same way": thinking of doing what a relative did who took their own life (not feared for someone
// else, nor said with horror).
const RELATIVE_SUICIDE = re(
  `\\b(?:(?:tok|took|taken) (?:his|her|their) (?:own )?life|kiled (?:him|her|them) ?self|shot (?:him|her) ?self|hanged (?:him|her) ?self|hung (?:him|her) ?self|did it with (?:his|her|their)|(?:his|her|their) suicide|died by suicide)\\b`,
  "",
);
const SAME_WANTED = re(
  `\\b(?:kep thinking|ben thinking|thinking|thought of|thought about|the thought of|id like to|i want to|i wana|tempted to|wondering about|i think|i reckon|maybe)\\b(?:(?! never| not| dont| wont| scared| afraid| worried)[^|]){0,40}\\b(?:folow (?:him|her|them)|doing the same|do the same|go the same way|going the same way|(?:do|doing) what (?:he|she|they) did|(?:he|she|they) had the right idea)(?! (?:for|with|at|job|work|course|charity|walk|run|thing for)\\b)(?![^|]*\\b(?:terif\\w*|scares|horif\\w*|never|wouldnt|could never|sick)\\b)`,
  "",
);
// "ive decided ill go on my own terms. ive thought about how": going on one's own terms, said of
// dying, beside the way thought through (not a job, a lease or retiring).
const OWN_TERMS = re(
  `\\b(?:go|die|leave this world|check out|exit|bow out|pas)\\b (?:on|at) (?:a time of my (?:own )?choosing|my own terms)\\b(?![^|]*\\b(?:job|work|retire\\w*|notice|company|club|team|contract|lease|house)\\b)`,
  "",
);
const OWN_TERMS_HOW = re(
  `\\b(?:(?:ive|i have|i) (?:already )?(?:thought about|worked out|figured out|planed) (?:exactly )?how(?= ?$| ?\\|| ?,)|(?:ive|i have) thought it through)`,
  "",
);
// "is drowning peaceful. genuine question, the lake is right by the cabin": whether a way of dying
// is peaceful, not asked about a documentary, a ship or a book.
const PEACEFUL_ASKED = re(
  `\\b(?:is|would|does|wil) (?:drowning|hanging|frezing(?: to death)?|jumping|overdosing|bleding out|an overdose|a gunshot|geting hit by a train|gasing yourself|the exhaust) (?:be |fel |realy |actualy )?(?:peaceful|gentle|like going to slep|a peaceful way to go|a god way to go)\\b`,
  "",
);
const PEACEFUL_CLEARED = re(
  `\\b(?:documentary|film|movie|bok|novel|story|poem|titanic|history|ship|sailors|character|esay|clas|exam|podcast|whales?|fish|grandad|grandma|nan|dad|mum|he|she|they)\\b`,
  "",
);
// "if i hit the big oak on the lane at 90 itll look like an accident and the insurance pays out.
// tonight once the kids are asleep", "how id do it so it looked like an accident": the writer's
// own death made to look like an accident (an emergency with its time); not someone else's, a
// game or a story.
const LIKE_ACCIDENT = re(
  `\\b(?:i|id|il|im|i d)\\b(?:(?!\\b(?:him|her|them|his|their|hes|shes|he|she)\\b)[^|]){0,60}\\b(?:lok|loks|loked|loking|seem|seems|seemed) like (?:an|a) (?:acident|car acident|farm acident)\\b`,
  "",
);
const ACCIDENT_CLEARED = re(
  `\\b(?:game|gta|story|novel|film|character|plot|bok|writing|murder mystery|script|poison (?:him|her|them)|kil (?:him|her|them)|dent|scratch\\w*|spil\\w*|broke|broken|vase|mug|cup|phone|stain)\\b`,
  "",
);
const ACCIDENT_WHEN = re(
  `\\b(?:tonight|today|now|this evening|once the kids are (?:asleep|in bed|down)|in an hour)\\b`,
  "",
);

// "dont want to go on. ive got the pills sorted, just not the day"; "been putting my sleeping pills
// aside in a jam jar for weeks ... i do know"; "attempted once years ago ... the same feeling is
// coming back this month"; "the doctor asked if i ever wish i was dead and i said no but honestly
// yes sometimes".
const PILLS_SORTED = re(
  `\\b(?:ive |i have )?got (?:the|my) (?:pils|tablets|rope|hose|gun|stuf) sorted\\b(?![^|]*\\b(?:for|with|dosete|pharmacy|chemist|box|organiser|repeat|prescription)\\b)`,
  "",
);
const PILLS_SORTED_FOR = re(
  `\\b(?:not the (?:day|date|when)|ned (?:to pick )?(?:a|the) (?:day|date)|dont want to go on|cant go on|end it|not going to be here|wish i was dead|want to die)\\b`,
  "",
);
const PUT_ASIDE = re(
  `\\b(?:puting|put|seting|set|keping|kept|saving|saved|stashing|hiding) (?:my |the |al my )?(?:sleping )?(?:pils|tablets|meds|${PILLS}) (?:aside|away|by)\\b[^|]{0,40}\\bfor (?:weks|months|ages|a while)\\b(?=[^]*\\b(?:i (?:do )?know what (?:for|its for)|didnt know what for|you know what for|just in case)\\b)`,
  "",
);
const ATTEMPT_BEFORE = re(
  `\\b(?:atempted (?:suicide|once|twice|before|it|my life)|(?:my|a|the|an) (?:suicide )?atempt\\b(?! (?:at|on)\\b)|tried to (?:kil myself|end it|end my life)|overdosed)\\b`,
  "",
);
const FEELING_BACK = re(
  `\\b(?:the )?(?:same )?(?:feling|felings|thoughts|urges|darknes|heavines) (?:is |are |s )?(?:coming|creeping|starting to come|come) back\\b`,
  "",
);
const ASKED_WISH = re(
  `\\basked (?:me )?if i (?:ever )?(?:wish i was dead|want to die|think about (?:suicide|ending it|dying)|have thoughts of)`,
  "",
);
const SAID_NO_BUT_YES = re(
  `\\bi said no\\b(?: \\|)? (?:but )?(?:honestly |realy |actualy )?(?:yes|i do)\\b`,
  "",
);
// "i keep looking up at the beam in the old barn. you know what i mean by that".
const BEAM_LOOKED = re(
  `\\b(?:loking|looking|lok|look|staring|stare|stared|loked) (?:up )?at (?:the|that) (?:beam|beams|rafters?|hok|loft hatch|banister)\\b`,
  "",
);
const BEAM_MEANT = re(
  `\\b(?:you know what i mean(?: by (?:that|it))?(?= ?$| ?\\|)|you know why|not for the \\w+|for me)`,
  "",
);
// "would a man feel much if he drove into a tree at 90. asking for myself not for a story".
const FEEL_ASKED = re(
  `\\b(?:would|do|does|wil) (?:a man|a person|someone|somebody|you|u|one|a bloke) (?:fel|feel) (?:much|anything|it|pain|a thing)\\b`,
  "",
);
const FEEL_HOW = re(
  `\\b(?:drove|drive|driving|crash\\w*|into a (?:tre|wal|lory|bridge)|jump\\w*|train|hang\\w*|drown\\w*|shot|gun|fal|overdos\\w*)\\b`,
  "",
);
const FOR_MYSELF = re(
  `\\b(?:asking for (?:myself|me)(?! (?:and|or) )|for myself not|(?:is|its) for me(?= ?$| ?\\|))`,
  "",
);
// "going to find the lad who crashed into my boy. ive got the shotgun cleaned".
const FIND_THE_ONE = re(
  `\\bgoing to find (?:the|that|this) (?:lad|man|bloke|guy|fela|driver|kid|woman|girl|boy|prick|bastard|scumbag|thug)s? (?:who|that)\\b`,
  "",
);
const WEAPON_CLEANED = re(
  `\\b(?:got|have|ive got|ive) (?:the |my )?(?:shotgun|gun|rifle|pistol|knife|machete|bat) (?:cleaned|loaded|ready|out|oiled|sharpened)\\b`,
  "",
);
const GUNS_HELD = `(?:12 gauge|12 bore|twelve bore|shotgun|gun|rifle|pistol|revolver|sidearm|service weapon|45|9mm|glock|colt)`;
const GUN_HELD = re(
  `\\b${GUNS_HELD}s? (?:acros|over|on|in) my (?:knes|lap|hands?|mouth)\\b|\\b(?:got|have|put) (?:the |my |dads |his )?${GUNS_HELD} (?:on the (?:table|seat|pasenger seat|bed)|in the (?:glovebox|glove box|footwel)|beside me|next to me)\\b|\\b${GUNS_HELD}s? (?:is |s )?in the (?:glovebox|glove box|footwel)\\b|\\b(?:holding|got|have|siting with|sat with|loaded) (?:the |my |a )?(?:\\w+ )?${GUNS_HELD} (?:in my (?:hands?|lap|mouth)|acros my knes|on my lap|under my chin|to my head)\\b`,
  "",
);
const GUN_LAST = re(
  `\\b(?:cant se the point|no point|sory|godbye|goodbye|love you|done with|no more|end it|finish it|cant do this|cant go on|beter of|bete?r of|finish the botle (?:first|then)|(?:no one|noone|nobody) (?:wil|is going to|gona) find me|last drink|tel (?:my |the )?\\w+ (?:i love|sory|im sory))\\b`,
  "",
);
const GUN_HELD_CLEARED = re(
  `\\b(?:fox|foxes|rabits?|vermin|crows|pigeons|magpies|rats|cleaning|clean|oil\\w*|range|clay|clays|shot|hunting|deer|season|lamping|squirels?|film|game|story)\\b`,
  "",
);
const GUN_KEY = re(
  `\\b(?:key (?:to|for) the gun (?:cabinet|safe|cupboard)|gun (?:cabinet|safe) key)\\b[^]{0,80}\\b(?:al i think about|cant stop thinking|on my mind|not tonight|its there|in case|thinking about it)\\b`,
  "",
);
const WAYS_KNOWN = re(
  `\\b(?:ways to kil (?:a man|a person|someone|people|men)|i know (?:exactly )?(?:what|which|how much|how many)(?: \\w+)? (?:would|wil) (?:work|do it|do the job|be enough)(?= ?$| ?\\||,))`,
  "",
);
const RUN_THROUGH = re(
  `\\b(?:runing|run|ran|going|go|went) (?:through|over) (?:them|the ways|the options|the methods|it al|the numbers|the doses)\\b[^|]{0,30}\\b(?:for|on) myself\\b|\\b(?:runing|run|ran|doing|do|did) the (?:numbers|maths|math|sums|doses)\\b[^|]{0,20}\\bin my head\\b`,
  "",
);
const ARTERY_ASKED = re(`\\b(?:which|what|where(?:s| is)?) (?:artery|arteries|vein|veins|blod vesel)\\b`, "");
const ARTERY_SO = re(
  `\\b(?:get it right|first time|deep enough|for me|to cut|bled out|blede? out|quickest|fastest|wont fail|make sure)\\b`,
  "",
);
const ARTERY_CLEARED = re(
  `\\b(?:exam|anatomy|revision|revising|nurs\\w*|medic\\w*|student|clas|lecture|quiz|blod test|cannula|pulse|clot|dvt|surgery|surgeon|doctor|scan|biology|homework|first aid|tourniquet|injury|injured|patient|drip|sample|donat\\w*|vet|dog|cow|horse|shep|lamb|calf|butcher\\w*|carv\\w*|meat|recipe|chicken|turkey)\\b`,
  "",
);
const POISON_ENOUGH = re(
  `\\b(?:bleach|antifreze|wedkiler|wed kiler|rat poison|paraquat|shep dip|drain cleaner|pesticide)\\b[^|]{0,50}\\benough\\b[^|]{0,30}\\b(?:or (?:do|would|wil|should) i ned something stronger|or not(?= ?$| ?\\|)|to do it|to do the job|for me)\\b`,
  "",
);
const POISON_CLEARED = re(
  `\\b(?:clean\\w*|mould|mold|drain(?! cleaner)|toilet|stain\\w*|weds|gras|grout|bath|tiles|flor|rats|mice|slugs|pests|steril\\w*|disinfect\\w*|bins?|patio|mos|path|spray|dilut\\w*|wash\\w*|laundry|fabric|whites|kil the|get rid|shed|fence|decking|loo|algae)\\b`,
  "",
);
const WHERE_AND_HOW = re(
  `\\b(?:working|worked|figuring|figured|sorting|sorted|planing|planed|thinking about|thought about|got|know|decided) (?:out )?the (?:where|how|when) and (?:the )?(?:where|how|when)\\b(?! of\\b| for\\b)`,
  "",
);
const WHERE_CLEARED = re(
  `\\b(?:wedding|party|trip|holiday|meting|move|gig|match|reunion|birthday|event|stag|hen|funeral|proposal|surprise|business|project|launch|interview|race|camping|tent|visit|clas|course|esay|story|bok)\\b`,
  "",
);
const PLAN_WORKED_OUT = re(
  `\\b(?:(?:ive|i have|got|have) (?:it )?(?:al )?(?:worked|figured|planed|thought) (?:it )?(?:al )?(?:out|through)|it al worked out)\\b`,
  "",
);
const WORKED_PLACE = re(
  `\\b(?:the spot|the place|the wods|wods|the tre|the bridge|the barn|the clif|the quary|the river|the lake|the railway|the tracks)\\b`,
  "",
);
const WORKED_MEANS = re(
  `\\b(?:how|rope|paracord|cord|pils|tablets|gun|shotgun|rifle|hose|hosepipe|knife|blade|a length of|what il leave)\\b`,
  "",
);
const WORKED_MISSING = re(
  `\\b(?:havent (?:picked|chosen|set) the (?:day|date|time)|not (?:picked|chosen) the (?:day|date)|ned the courage|ned to find the courage|not the when|what il leave for)\\b`,
  "",
);
const WORKED_CLEARED = re(
  `\\b(?:camping|wild camp|tent|hike|trip|holiday|proposal|propose|wedding|surprise|party|escape rom|heist|game|novel|story|bok|film|business|retire\\w*|speech)\\b`,
  "",
);
const BOTH_OF_US = re(
  `\\b(?:think|thinking|thought|thoughts) (?:about |of )?(?:taking|ending it for|ending) (?:us both|both of us|the both of us|the pair of us)(?= ?$| ?\\|| ?,| out| with)`,
  "",
);

// "mum passed in january. since then ive wanted to follow her": a bereaved wish to follow, not
// in their footsteps or on a walk.
const FOLLOW_THEM = re(
  `\\b(?:want|wanted|wanting|ben wanting|kep wanting|wish i could|id like|i just want) to folow (?:him|her|them)(?! (?:in|into|on|around|home|to|out|up|down|round|example|lead|footsteps|advice|everywhere)\\b)`,
  "",
);

/** Read also when the only signals found are the relative's own ("my uncle shot himself"). */
function readSameAsThem(t: Tally, text: string): void {
  if (
    text.includes("folow") &&
    /\b(?:pased|pased away|died|lost (?:him|her|my \w+)|funeral|since (?:he|she) went)\b/.test(text) &&
    FOLLOW_THEM.test(text) &&
    !LAUGHTER.test(text) &&
    !longAgo(text)
  )
    raise(t, "urgent", "suicide");
  if (
    /same|folow|right idea|did/.test(text) &&
    RELATIVE_SUICIDE.test(text) &&
    SAME_WANTED.test(text) &&
    !/\b(?:scared|afraid|worried|frightened) (?:that )?(?:he|she|they|my \w+)\b/.test(text)
  )
    raise(t, "urgent", "suicide");
}

function readRarelySaid(t: Tally, text: string): void {
  readSameAsThem(t, text);
  if (
    LIKE_ACCIDENT.test(text) &&
    /\b(?:do it|how id|end it|die|dead|kil\w*|overdos\w*|pils|tablets|insurance|at \d+|tre|oak|wal|bridge|lory|clif|drown\w*)\b/.test(
      text,
    ) &&
    !ACCIDENT_CLEARED.test(text) &&
    !LAUGHTER.test(text)
  )
    raise(t, ACCIDENT_WHEN.test(text) ? "emergency" : "urgent", "suicide");
  if (PILLS_SORTED.test(text) && PILLS_SORTED_FOR.test(text) && !longAgo(text)) raise(t, "urgent", "suicide");
  if (
    PUT_ASIDE.test(text) &&
    !/\b(?:because|side efects|make me|pharmacy|returns|disposal|chemist)\b/.test(text)
  )
    raise(t, "urgent", "suicide");
  if (ATTEMPT_BEFORE.test(text) && FEELING_BACK.test(text) && !LAUGHTER.test(text))
    raise(t, "concern", "suicide");
  if (ASKED_WISH.test(text) && SAID_NO_BUT_YES.test(text)) raise(t, "concern", "suicide");
  if (OWN_TERMS.test(text) && OWN_TERMS_HOW.test(text) && !longAgo(text)) raise(t, "urgent", "suicide");
  if (PEACEFUL_ASKED.test(text) && !PEACEFUL_CLEARED.test(text) && !LAUGHTER.test(text))
    raise(t, "urgent", "suicide");
  if (
    BEAM_LOOKED.test(text) &&
    BEAM_MEANT.test(text) &&
    !LAUGHTER.test(text) &&
    !/\b(?:roten|rot|sag\w*|replac\w*|repair\w*|wodworm|fix\w*|neds|damp|crack\w*|level|paint\w*|swing|decorat\w*|lights)\b/.test(
      text,
    )
  )
    raise(t, "urgent", "suicide");
  if (FEEL_ASKED.test(text) && FEEL_HOW.test(text) && FOR_MYSELF.test(text)) raise(t, "urgent", "suicide");
  if (FIND_THE_ONE.test(text) && WEAPON_CLEANED.test(text)) raise(t, "urgent", "harm_to_others");
  if (GUN_HELD.test(text) && GUN_LAST.test(text) && !GUN_HELD_CLEARED.test(text))
    raise(t, "emergency", "suicide");
  if (GUN_KEY.test(text) && !LAUGHTER.test(text)) raise(t, "urgent", "suicide");
  if (WAYS_KNOWN.test(text) && RUN_THROUGH.test(text)) raise(t, "urgent", "suicide");
  if (ARTERY_ASKED.test(text) && ARTERY_SO.test(text) && !ARTERY_CLEARED.test(text))
    raise(t, "urgent", "suicide");
  if (POISON_ENOUGH.test(text) && !POISON_CLEARED.test(text.replace(/\bunder the sink\b/g, " ")))
    raise(t, "urgent", "suicide");
  if (WHERE_AND_HOW.test(text) && !WHERE_CLEARED.test(text) && !longAgo(text)) raise(t, "urgent", "suicide");
  if (
    PLAN_WORKED_OUT.test(text) &&
    WORKED_PLACE.test(text) &&
    WORKED_MEANS.test(text) &&
    WORKED_MISSING.test(text) &&
    !WORKED_CLEARED.test(text) &&
    !longAgo(text)
  )
    raise(t, "emergency", "suicide");
  if (
    BOTH_OF_US.test(text) &&
    !LAUGHTER.test(text) &&
    !/\b(?:holiday|trip|seaside|beach|out for|to the)\b/.test(text)
  )
    raise(t, "urgent", "suicide", "harm_to_others");
}

function readThemeUrgent(t: Tally, text: string): void {
  if (!THEME_URGENT_GATE.test(text)) return;
  const laughs = LAUGHTER.test(text);
  if (laughs && !THEME_MEANT.test(text)) return;
  // "not for a project" asks the more; "used to ... now" or "its back" is not over.
  if (THEME_CLEARED.test(text.replace(/\bnot for (?:a |an |the |my )?\w+/g, " "))) return;
  if (longAgo(text) && !NOW_AGAIN.test(text) && !/\b(?:now|its back|worse)\b/.test(text)) return;
  const death = THEME_DEATH.test(text);
  if (
    (THEME_HOW.test(text) || THEME_HOW_ID.test(text)) &&
    (death || THEME_PLAN.test(text) || /\b(?:wods|tre|river|spot|place)\b/.test(text))
  )
    raise(t, "urgent", "suicide");
  if (
    (THEME_THOUGHTS.test(text) && death) ||
    THEME_THOUGHTS_STRONG.test(text) ||
    THEME_ACT_THOUGHT.test(text)
  )
    raise(t, "urgent", "suicide");
  if (
    (THEME_PLAN.test(text) && THEME_NO_TIME.test(text)) ||
    THEME_PLAN_MEANS.test(text) ||
    (THEME_THOUGHT_THROUGH.test(text) && THEME_THROUGH_WITH.test(text))
  )
    if (!PLAN_CLEARED.test(text) && !MEANS_LAID_CLEARED.test(text)) raise(t, "urgent", "suicide");
  if (
    THEME_WISH.test(text) &&
    (THEME_MEANT.test(text) || (!laughs && !/\bkms\b/.test(text) && THEME_MEANT_WEAK.test(text)))
  )
    raise(t, "urgent", "suicide");
  if (THEME_HEIGHT.test(text) && (THEME_ASKED_SO.test(text) || death)) raise(t, "urgent", "suicide");
  if (THEME_DOSE.test(text) && !WAY_CLEARED.test(text)) raise(t, "urgent", "suicide");
  if (THEME_VOICE.test(text) && (THEME_VOICE_DO.test(text) || death)) raise(t, "urgent", "suicide");
  if (
    THEME_STOCK.test(text) &&
    THEME_MEDS_HERE.test(text) &&
    // "count them for my nan": sorted for someone.
    !/\bfor (?:my|her|his|the) (?:nan|gran|mum|dad|grandad|grandma|patients?|dosette|organiser|week)\b/.test(
      text,
    ) &&
    !STOCK_CLEARED.test(text) &&
    !MEANS_LAID_CLEARED.test(text)
  )
    raise(t, "urgent", "suicide");
  if (
    THEME_PLACE_LOOKED.test(text) &&
    (THEME_PLACE_SO.test(text) || death) &&
    !THEME_PLACE_CLEARED.test(text)
  )
    raise(t, "urgent", "suicide");
  if (THEME_INSURANCE.test(text) && !THEME_INSURANCE_CLEARED.test(text)) raise(t, "urgent", "suicide");
  if (THEME_NOTE_HEAD.test(text) || (THEME_ORDERED.test(text) && !PLAN_CLEARED.test(text)))
    raise(t, "urgent", "suicide");
  const notFor = text.replace(/\bnot (?:for )?(?:the |a |my )?\w+/g, " ");
  if (THEME_ROPE.test(text) && THEME_ROPE_FOR.test(text) && !MEANS_LAID_CLEARED.test(notFor))
    raise(t, "urgent", "suicide");
  if (THEME_FEEL.test(text) && THEME_FEEL_MEANS.test(text) && !THEME_FEEL_CLEARED.test(text))
    raise(t, "urgent", "suicide");
}

// Theme CA: abuse at home and anger at others told quietly, across authors (b to zzy). The README
// labels both `concern`: an angry wish to hurt someone, said with no intent ("i won't, but god i
// want to"), fear of one's own temper with a baby or a child, someone else's threats to "sort out"
// a named person; abuse at home told in general or in the past but still going on (money kept,
// the phone and the location checked, not allowed out, food locked away, a carer who leaves an old
// person in wet pads), and someone else's bruises explained away. Each is read from a few parts,
// each from a short list, with what clears it (a game, a film, a ref, sport, ordinary parenting).
// Whom an angry wish is aimed at: a person, not a thing ("my brothers car" is not him).
const CA_WHO = `(?:him|her|them|(?:my|that|the|his|her|our|this|those|these) (?:\\w+ ){0,3}?(?:ex|exs|boss|manager|sister|brother|dad|father|mum|mother|husband|wife|partner|son in law|daughter in law|mother in law|father in law|landlord|landlady|neighbour|buly|bulies|teacher|stepdad|stepmum|stepmother|stepfather|lodger|flatmate|housemate|receptionist|psychiatrist|therapist|asesor|bailif|guy|bloke|man|lad|girl|boy|kid|driver|conductor|colleague|coworker|fela|feker|fecker|assessor|nurse|supervisor)(?:e?s)?(?: of mine)?)(?!\\w)(?! (?:car|cars|house|flat|garden|bike|van|phone|laptop|paperwork|mes|rom|kitchen|boiler|bils|stuf|things|wedding|party|tax|homework|hair|acount|dog|cat)\\b)`;
const CA_CLEARED = re(
  `\\b(?:fifa|fortnite|game|games|gaming|match|ref|referee|chess|darts|rugby|footbal|boxing|sparing|training|nerf|paintbal|film|movie|show|series|episode|season|character|characters|villain|novel|book|story|plot|play|snowbal|pilow fight|tickle|quiz|pub quiz|fantasy footbal|team|league|final|sims|minecraft|roblox|lyrics?|song)\\b`,
  "",
);
// "i hope he gets hit by a bus", "wish someone would run my ex over", "picture the receptionist
// falling down the stairs", "hope something awful happens to my ex", "want her to hurt like i do".
const CA_WISH = re(
  `\\b(?:hope|hoping|wish|wishing|pray|praying|fantasi[sz]e about|fantasi[sz]ing about|picture|picturing|imagine|imagining|daydream about|daydreaming about|think about|thinking about|love to se|like to se|want to se|pay to watch|want (?:him|her|them|the \\w+|my \\w+)|part of me wants)\\b[^|]{0,50}?\\b(?:gets? hit by (?:a|the) (?:bus|car|train|lory|truck)|run (?:${CA_WHO}) over|runs? (?:him|her|them) over|running (?:him|her|them|${CA_WHO}) over|wraps? (?:his|her|their) car (?:round|around)|(?:dies|die|dying) in a (?:fire|crash|ditch)|in a car crash|(?:having|has|have) an acident|(?:gets?|get|geting) (?:properly |realy |badly )?hurt|(?:him|her|them) hurt|hurts? like i do|sufers?\\b(?! (?:no|les|any)\\b)|sufering|something (?:horible|awful|bad|terible|nasty)(?: \\w+)? (?:hapens|to hapen|hapening)|something (?:would|wil|to) hapen to (?:him|her|them)(?= ?$| ?\\|| so| and|,)|gets? whats coming(?![^|]{0,20}\\b(?:promotion|raise|reward|prize|award)\\b)|get sick and go|fal(?:ing|s)? down the stairs|go down (?:his|her|their) own stairs|crash (?:on the way|and die)|crying in the car park|baters? (?:my|him|her)|feel what i felt|feel as smal|get(?:s|ting)? hurt\\b|geting hit by (?:a|the) (?:bus|car|train|lory|truck)|hurting (?:him|her|them|${CA_WHO})|(?:keying|slashing) (?:his|her|their) (?:car|tyres) and (?:then )?(?:his|her|their) face|punching ${CA_WHO}|geting what (?:he|she|they) deserves?(?![^|]{0,14}\\b(?:medal|award|prize|promotion|raise|reward|praise|credit|recognition)\\b)|pushing ${CA_WHO} down the stairs|hurts? (?:him|her|them) like (?:she|he|they) hurt me)`,
  "",
);
const CA_WISH_UNDONE =
  /\b(?:not|nothing|never|doesnt|dont|didnt|isnt|wasnt|wont|no|nobody|no one|noone|anyone|anybody|myself)\b|(?:^| )(?:i|id|i would|i could|i dont) (?:\w+ )?(?:get|gets|fal|crash|die|sufer|have an)\b|\brun me over\b/;
// "want to punch that psychiatrist", "could lamp my ex", "id love to give my old boss a proper kicking".
const CA_WANT_LEAD = `(?:want to|wanted to|wana|wanting to|love to|like to|could|swear(?: down| to god)? (?:id|i would|il)|il|im going to|im gona|im gonna|gonna|gona|going to|lose it and|lost it and|wants to|id|i would|(?:go|come|get|drive|reach) (?:round|down|over|in|through)(?: there| here| the phone)? and)`;
const CA_HIT_STRONG = re(
  `\\b${CA_WANT_LEAD} (?:(?:honestly|hapily|literaly|realy|actualy|just|proper|properly|seriously) )?(?:(?:punch|lamp|deck|bater|smack|wreck|swing for|knock out|launch it at|throw (?:the|a|that) chair at|hit) ${CA_WHO}|knock ${CA_WHO} out|give ${CA_WHO} a (?:proper |good |right )?(?:kicking|hiding|beating|slap)|smash (?:\\w+ ){0,3}face in|scratch (?:her|his) face of|drag (?:him|her|them) out(?: and (?:beat|bater|hit))?|hit (?:him|her|them) with something|hurt ${CA_WHO}|bater the lot of them|smack (?:that|the) (?:\\w+ )?(?:look|grin|smile) of (?:his|her|their) face|(?:key|slash) (?:his|her|their) (?:car|tyres))`,
  "",
);
const CA_HIT_WEAK = re(
  `\\b${CA_WHO} deserves a (?:slap|smack|good hiding|hiding|kicking)\\b|\\b${CA_WANT_LEAD} (?:(?:honestly|hapily|literaly|realy|actualy|just) )?(?:throtle|strangle|slap|shake|wring) (?:${CA_WHO}|(?:his|her|their|${CA_WHO}s) (?:\\w+ )?neck)`,
  "",
);
// The wish owned or denied, which is what makes it more than a figure of speech.
const CA_MEANT = re(
  `\\b(?:i wont|wont(?= ?$| ?\\|| ,| obviously| but)|i wouldnt(?! say)|wouldnt actualy|i would never|id never|never would|not that i would|not that id|(?:i )?didnt obviously|i dont obviously|not realy|but i could|honestly|i mean it|meant it|so bad|dream about it|lie awake|the thought|thoughts? (?:s )?there|scared of (?:myself|how)|scaring myself|frightens me|scares me|is that (?:bad|normal|mesed up|wrong)|thats normal right|im not a violent person|properly|so angry|rage|hate (?:him|her|them|my)|with my bare hands|right now|i swear|swear to god|not a violent person)\\b`,
  "",
);
// Fear of one's own temper with a baby or children: "so angry at the kids i want to shake them",
// "the rage scares me", "ive never touched her".
const CA_TEMPER = re(`\\b(?:angry|rage|furious|lose it|losing it|temper|snap)\\b`, "");
const CA_LITTLE = re(
  `\\b(?:kids|baby|babys|children|my son|my daughter|toddler|newborn|my boy|my girl)\\b`,
  "",
);
const CA_TEMPER_SCARED = re(
  `\\b(?:want to shake (?:them|him|her)|scared of (?:myself|how angry i get|what i might do)|(?:the )?rage scares me)\\b`,
  "",
);
const CA_TEMPER_FEAR = re(
  `\\b(?:want to shake (?:them|him|her)|scared of (?:myself|how angry i get|what i might do)|(?:the )?rage scares me|never (?:hurt|touched) (?:her|him|them)|havent (?:hurt|touched) (?:her|him|them)|ive never (?:hurt|touched) (?:her|him|them))\\b`,
  "",
);
// Intrusive pictures of harm: "flashes of shoving my boss down the stairs", "thoughts about
// pushing strangers onto the tracks", "an awful flash of dropping my baby over the banister".
const CA_FLASH = re(
  `\\b(?:flash|flashes|thoughts?|images?|pictures?|urges?) (?:of|about) (?:dropping|pushing|shoving|throwing|hurting|drowning|smothering|stabing) (?:my |the |a |her |him |them |strangers|people|someone|random)(?!\\w*(?: \\w+)? away)(?!myself)`,
  "",
);
// Someone else's threats: "my brother keeps saying he'll sort out the fella who owes him money",
// "my son says he'll sort his teacher out", "keeps going on about teaching his ex a lesson".
const CA_THEIR_THREAT = re(
  `\\b(?:keps? (?:saying|going on|talking|muttering|posting|on)|says?|said|saying|talks? about|talking about|on about|going on about)\\b[^|]{0,40}?\\b(?:sort (?:out )?${CA_WHO}(?: out)?(?! (?:about|over|regarding|for me))|do (?:something|stuf) to ${CA_WHO}|do ${CA_WHO}(?! (?:a )?(?:favou?r|proud|good|right|justice))|deal with ${CA_WHO}(?! (?:about|over|regarding|for))|get back at ${CA_WHO}|mak(?:e|ing) (?:them|him|her|${CA_WHO}) pay|teach(?:ing)? ${CA_WHO} a leson|knock (?:out )?${CA_WHO}(?: out)?|bater (?:anyone|${CA_WHO})|end ${CA_WHO}|end (?:the|him|her)|what (?:hed|shed|he would|she would|he wants to) do to|going back to find|(?:wanting|want) to hurt (?:women|people|girls|them)|(?:wishes|wants) (?:his|her|the) (?:\\w+ ){0,3}(?:would|wil) die|would die and)`,
  "",
);
const CA_THEIR_THREAT_SO = re(
  `\\b(?:temper|history|previous|fights?|fighting|trouble|angry|anger|rage|drunk|drinking|knives|knife|parked outside|acting weird|looking up|all talk|mouthing of|means it|means these|scared|scares me|frightens|frightened|worried|worries me|scary|not a threat|plan|rants|for what|owes him|keyed|dented|jumped him|reported|crashed into|hurt his|voices|darker|bigger than me|punching|the funerals|for days|more often|probably nothing|dunno if)\\b`,
  "",
);
// Abuse of the writer's own, told in general ("he gives me an allowance and checks every
// receipt", "im not allowed a bank card", "my carer leaves me in wet pads", "locks the fridge").
const CA_MONEY = re(
  `\\b(?:controls? (?:al )?(?:my|her|his|our|their|al the) (?:\\w+ )?(?:money|finances|wages|salary|pension)|(?:takes?|took|keps? taking|colects?|has) (?:al )?(?:my|her|his) (?:wages|salary|pension(?: card)?|benefits|bank card|card|money)(?! (?:to|for) (?:the|a) (?:bank|shop|post))(?=[^]*\\b(?:shouts?|nasty|screams?|wont give|if i (?:ask|dont)|if (?:she|he) asks|dont like to say no|inheritance|puts me out|without asking|controls?|answers her phone|bruise)\\b)|(?:took|taken|takes) (?:out )?loans in (?:my|her|his) name|taking money out (?:of )?(?:my|her|his) acount|pension keps going mising|(?:have|has) to ask (?:him |her )?(?:for )?(?:money for|bus fare|auto fare|\\w+ fare|to buy)|makes? me (?:hand over|account for)|alowance\\b[^|]{0,40}\\breceipts?|(?:\\d+|twenty|ten|fifty) (?:quid|pounds)? ?a week\\b[^|]{0,60}\\b(?:receipts|every peny)|(?:show|keep) (?:him |her )?(?:the )?receipts|(?:not|isnt|im not) alowed (?:a|my own|her own|to have (?:a|my own)) (?:bank (?:card|acount)|acount|card)|not alowing me to have my own bank|stoped my money)\\b`,
  "",
);
const CA_MONEY_CLEARED = re(
  `\\b(?:acountant|financial (?:adviser|advisor)|atorney|appointee|cash machine|atm|safekeping|we agreed|joint|budget app|pocket money|board|rent|expenses|work|job|boss|refund|shop|tax return|uni|student loan)\\b`,
  "",
);
const CA_ISOLATED = re(
  `\\b(?:(?:isnt|not|arent|never) alowed (?:out|to (?:se|visit|go out|leave|talk to|ring|cal)|a phone|round)|wont let (?:me|us|her|him|them) (?:se|visit|go to (?:my|her|his|our) (?:mums|dads|parents|sisters|family|friends))|cut (?:him|her|me|them) of from|without (?:him|her) there|not alowed to eat with|wont let me eat with|(?:wont|doesnt|dont) let (?:me|mum|my mum|her|him) (?:go|take me) to (?:the )?(?:doctor|doctors|gp|hospital|dentist|counseling|counselling|therapy)(?! with| alone))\\b`,
  "",
);
const CA_ISOLATED_CLEARED = re(
  `\\b(?:exam|test|school|schol|hospital|ward|visiting hours|covid|lockdown|quarantine|infection|party|sleepover|pub|homework|curfew|grounded|after dark|dog|pets|plane|flight|gig|concert|pol|court|order|social services|contact centre|supervised|im only|im [1-9]|im 1[0-2]|bail|probation|injunction|restraining|snow|weather|storm|ice|rain|exams?|revision|doctors orders|ankle|leg|heals?)\\b`,
  "",
);
const CA_CONTROLLER = re(
  `\\b(?:husband|wife|partner|bf|gf|boyfriend|girlfriend|ex|fiance|fiancee|he|she|hes|shes|him|his|her|son|grandson|granddaughter|daughter|mum|dad|stepdad|stepmum|mother in law|father in law|uncle|new husband|fela|bloke)\\b`,
  "",
);
const CA_WATCHED = re(
  `\\b(?:checks?|goes through|going through|reads|tracks?) (?:my|her|his) (?:phone|location|mesages|texts|diary|notebok|emails|acounts|receipts|therapy worksheets|worksheets|journal)|send (?:him|her) (?:a )?(?:photo|pic|picture)s? of where|times how long (?:i|im|the shop|the shops|it takes me)|sits in on my|(?:in|into) my acounts|to se where i am|recording me|quotes back|makes me show (?:him|her)|makes me ask (?:before|to|permision)\\b`,
  "",
);
const CA_WATCHED_MORE = re(
  `\\b(?:every (?:day|night|nite|hour|receipt|session|time)|al day|if i dont|or (?:he|she) says|wont let|cant go|controls|bruises?|grabs?|cheating|after every|hits|shouts|silence for days|silent for days|money|wages|not alowed|tampons|knows stuf|where i was|comments on|recording|quotes back|found an app|silence|silent|cant say|out loud|take the pis)\\b`,
  "",
);
const CA_WATCHED_CLEARED = re(
  `\\b(?:so i feel safe|feel safer|we share|each others|find my friends|parental|safety|lol|joke|speech|wedding)\\b`,
  "",
);
const CA_CARER = re(
  `\\bcarers?\\b[^|]{0,80}\\b(?:pinch\\w*|wet (?:pads?|sheets)|leaves? (?:me|her|him) in (?:bed|a wet|wet)|shouts? at (?:me|her|him)\\b[^]{0,60}\\b(?:leaves?|bruise|scared|complain|lesson|teach)|forget\\w* (?:my|her|his) (?:heart |blod )?(?:tablets|pils|meds|medication)\\b[^]{0,40}\\bmod|taking (?:her|his|my) (?:pension|money))`,
  "",
);
const CA_FOOD = re(
  `\\b(?:locks? the (?:fod|fridge|fod cupboard)|only feds me|fed after everyone|eat only after everyone|doesnt give (?:me )?fod|makes me eat of the flor|no fod in)\\b`,
  "",
);
const CA_FOOD_CLEARED = re(
  `\\b(?:dog|cat|puppy|diet|fasting|ramadan|lent|diabetic|prader|midnight snack|binge|i asked)\\b`,
  "",
);
// Threats told in general: "says itll get worse if i complain", "hell make sure i regret it",
// "ill never see the kids again", "says hell show people if i dont send more".
const CA_THREATENED = re(
  `\\b(?:says?|said|saying|telling me|tels me|threatens?|threatened)\\b[^|]{0,40}?\\b(?:(?:hel|shel|he wil|she wil|il|i wil) make sure (?:i|you) regret it|(?:itl|it wil) get worse (?:if|when|unles)|next time (?:itl|it wil) be worse|never se (?:the kids|them|my kids|your kids) again|out on the stret|on the stret with nothing|deport me|send me to my aunt\\w*|leave and take the kids|(?:hel|shel) show (?:people|everyone)|tel everyone (?:you|i) hit)\\b`,
  "",
);
// Someone grabbing or pushing the writer: "dad still grabs my arm hard enough to leave marks",
// "she grabs my wrist hard", "pinches me under the table where nobody can see".
const CA_GRABBED = re(
  `\\b(?:he|she|dad|mum|mom|da|father|mother|stepdad|stepmum|brother|partner|husband|wife|bf|gf|boyfriend|girlfriend|fela|uncle|grandad|daughter|son|father in law|mother in law)(?: \\w+){0,5}? (?:grabs|pinches|shoves|pushes|twists|grips)(?: me| my (?:arm|wrist|wrists|hair))\\b[^|]{0,40}\\b(?:hard|marks|bruise|til|under the table|where nobody|when)`,
  "",
);
const CA_GRABBED_CLEARED = re(
  `\\b(?:wrestl\\w*|play ?fight\\w*|mesing about|tickl\\w*|game|sparing|training|boxing|judo|dance|dancing|to help|to get up|to steady|fal|crosing|toddler|baby|puppy|dog|cat)\\b`,
  "",
);
// A child told of, or telling, sexual abuse: "my uncle does stuff when he babysits", "comes in my
// room at night", "says its our secret", "keeps asking her for pics".
const CA_GROOMED = re(
  `\\b(?:comes? (?:in|into) (?:my|her|his) rom at night|does (?:stuf|things) to (?:me|her|him)|(?:does|did) (?:stuf|things) when|used to (?:touch|do (?:stuf|things)) (?:to )?me(?! on the)|make(?:s)? me sit on his lap|watches me (?:geting )?changed|walking in the bathrom when im|(?:asking|asks|asked) (?:me |her |him )?for (?:pics|pictures|nudes)|(?:keep it|its) (?:a |our )?secret|keep it betwen us|not to tel (?:anyone|my mum|her mum|his mum)|plays games with (?:her|him|me) in the dark|to touchy with|gets handsy|mature for my age)\\b`,
  "",
);
const CA_GROOMED_WHO = re(
  `\\b(?:uncle|stepdad|step dad|step brother|stepbrother|grandad|brother|cousin|teacher|coach|older (?:guy|man|lad)|some (?:lad|guy|man)|landlord|lodger|boyfriend|bf|fela|guy|man|dad|he|hes)\\b`,
  "",
);
const CA_GROOMED_CLEARED = re(
  `\\b(?:surprise|party|present for|birthday (?:party|present|surprise)|recipe|santa|proposal)\\b`,
  "",
);
// The past that goes on: "used to beat all of us and he still does it to my brother", "my uncle
// used to touch me and hes coming for christmas", "i still live with her".
const CA_STILL = re(
  `\\b(?:used to|abused me|did (?:stuf|things))\\b[^]{0,80}\\b(?:stil (?:live|lives|living|go|goes|does it|do)|coming for (?:christmas|xmas)|sit acros from|moved back|be civil|keep seing him)\\b`,
  "",
);
const CA_STILL_ACT = re(
  `\\b(?:beat|hit|hurt|touch|burn|belt|abuse|abused|did stuf|do things|did things|grab)\\w*\\b`,
  "",
);
// Someone else's bruises explained away.
const CA_BRUISED = re(
  `\\b(?:bruises?|bruised|black eye|marks on|burn marks|finger marks|a burn on|round burn|seen the marks)\\b`,
  "",
);
const CA_BRUISED_WHO = re(
  `\\b(?:friend|friends|mate|mates|sister|sisters|cousin|student|kid|lad|girl|boy|colleague|nan|gran|grandma|aunt|neighbours?|niece|nephew|pupil|little one|lady|woman|mum|mam|mom|ma)\\b`,
  "",
);
const CA_BRUISED_SO = re(
  `\\b(?:says? (?:she|he|it was)|said (?:she|he|it was)|always has|has a story|a reason ready|wont explain|laughs it of|walked into|cupboard|strict|flinch\\w*|never wants to go home|doesnt want to go home|(?:her|his) (?:boyfriend|bf|husband|dad|stepdad|partner|mums boyfriend)|again|every week|third time|dont believe|grabs|grips|hits|slaped|creep|hurting her|never has lunch|hungry|same clothes|drink|drinking|drunk)\\b`,
  "",
);
const CA_BRUISED_CLEARED = re(
  `\\b(?:(?:from|at|during|playing|in|after) (?:the |her |his |a |their )?(?:\\w+ )?(?:rugby|footbal|hockey|netbal|training|match|trampoline|climbing|bike|skateboard|scooter|judo|karate|boxing|sparing|paintbal|game)|fel of|blod thiners|warfarin|bruises easily|leukaemia|chemo|blod test|injection|vacine|jab|operation|surgery|drip|tatoo|makeup|costume|halowen|fel down the stairs|ice|op|cataract|botox)\\b`,
  "",
);
// Violence heard through a wall: "i hear it through the wall most nights", "screaming and thumping".
const CA_HEARD = re(
  `\\b(?:(?:hear|heard|hearing)\\b[^|]{0,50}\\b(?:through|thru) the (?:wal|wals|ceiling|flor)|next dor|upstairs|the neighbours?|flat \\d+)\\b`,
  "",
);
const CA_HEARD_HARM = re(
  `\\b(?:being hit|bein hit|geting hit|black eye|screaming and (?:thumping|banging)|thumping|a big bang and then crying|banging and crying|screamed at every day|bruises)\\b`,
  "",
);
const CA_HEARD_CLEARED = re(
  `\\b(?:party|music|tv|telly|dog|dril|diy|builders|footbal|game|film|sex|op|cataract|surgery|operation|fel|fal|falling)\\b`,
  "",
);
const CA_PIECES = anyPiece(
  "doesnt give",
  "most people",
  "up at my",
  "flowers",
  "fake",
  "icloud",
  "where i am",
  "older",
  "year old",
  "calls me",
  "says i",
  "should have",
  "amount to",
  "sessions",
  "worksheets",
  "shoved",
  "smacked",
  "punched",
  "shooting",
  "psycho",
  "hides",
  "hid ",
  "love to",
  "like to",
  "makes me",
  "made me",
  "flor",
  "came out",
  "gay",
  "nonbinary",
  "im bi",
  "being bi",
  "flinch",
  "driv",
  "new acount",
  "knows where",
  "keys",
  "himself in",
  "no name",
  "regret",
  "deserves",
  "tyres",
  "geting",
  "lot of them",
  "hope",
  "wish",
  "pray",
  "fantas",
  "pictur",
  "imagin",
  "daydream",
  "pay to",
  "want",
  "wana",
  "punch",
  "lamp",
  "deck",
  "bater",
  "smack",
  "wreck",
  "swing for",
  "knock",
  "launch",
  "chair",
  "kicking",
  "hiding",
  "beating",
  "slap",
  "smash",
  "scratch",
  "drag",
  "throtle",
  "strangle",
  "shake",
  "wring",
  "angry",
  "furious",
  "flash",
  "thought",
  "image",
  "urge",
  "said",
  "talk",
  "on about",
  "carer",
  "money",
  "wage",
  "salary",
  "pension",
  "card",
  "loan",
  "alow",
  "receipt",
  "fare",
  "without",
  "check",
  "goes through",
  "going through",
  "track",
  "reads",
  "times how",
  "photo",
  "acount",
  "recording",
  "quotes",
  "sits in",
  "threat",
  "tels me",
  "teling me",
  "grab",
  "pinch",
  "shov",
  "push",
  "twist",
  "grip",
  "rom at night",
  "lap",
  "pics",
  "secret",
  "betwen us",
  "touchy",
  "handsy",
  "mature",
  "used to",
  "abused",
  "bruis",
  "black eye",
  "marks",
  "burn",
  "hear",
  "next dor",
  "upstairs",
  "neighbour",
  "flat ",
  "same clothes",
  "car on my",
  "hit ",
  "hits",
  "hit,",
  " rage",
  "wont let",
  "doesnt let",
  "dont let",
  "cut him",
  "cut her",
  "cut me",
  "cut them",
  "does stuf",
  "did stuf",
  "does things",
  "did things",
  "do things",
  "do stuf",
  "mutering",
  "keps on",
  "says",
  "saying",
  "trans ",
  "being trans",
  "im trans",
  " mary",
  "marying",
  "hapen to",
  "when we argue",
  "annoy",
  "decides when",
  "gives it back",
  "doles",
  "punish",
  "locks the",
  "lock the",
  "locked",
  "fed after",
  "feds me",
  "no fod",
  "give me fod",
  "eat of the flor",
  "eat only after",
  "eat with",
  "phone every",
  "her phone",
  "my phone",
  "his phone",
);
// Being followed or watched by an ex: "ex keeps driving past my house at 3am", "he keeps making new
// accounts to message me", "made a fake insta with my pics", "he knows where i work".
const CA_STALKED = re(
  `\\b(?:(?:keps|kep|has ben|ben|stil|always|kept) (?:driving|drives|driven) (?:slowly |right )?past my|driving past my (?:new )?(?:house|place|flat|work)|(?:shows?|turns?|showing|turning) up at my (?:work|parents|house|flat|dor|schol)|new acounts? (?:to mesage|mesaging) me|(?:making|made|makes) new acounts (?:to (?:mesage|contact|text) me|and)|(?:fake|new) (?:insta|acount|acc|profile) with my|(?:made|making) an acount with my (?:photos|pics)|knows where (?:i work|we live|i live)|stil has keys|lets himself in|same (?:\\w+ )?car on my (?:road|stret)|flowers\\b[^|]{0,40}\\bno name|waits by the lift|asking which flat)\\b`,
  "",
);
const CA_STALKER = re(`\\b(?:ex|him|he|hes|someone|somebody|a man|the man|guy|stranger|landlord)\\b`, "");
const CA_STALKED_CLEARED = re(
  `\\b(?:delivery|postman|uber|taxi|courier|instructor|bus|tour|share custody|drops the kids|picks? up the kids|we get on|on his way|waves|lol)\\b`,
  "",
);
const CA_STALKED_MORE = re(
  `\\b(?:blocked|not alowed|police|scared|new number|moved out|left him|split|at night|\\d+ ?am|slowly|hasnt (?:said|done) anything|looks|creep\\w*|every (?:night|day|wek|morning)|which flat|my name|shower|moves things|pretending|its him|its my ex|pretty sure|going round|friends)\\b`,
  "",
);
// Medicine kept from the writer to control them: "hides my insulin when we argue", "took my
// medication off me, he says he decides when", "takes my tablets and hides them if i annoy him".
const CA_MEDS_KEPT = re(
  `\\b(?:takes?|took|hides?|hid|keps?) (?:al )?(?:my|her|his) (?:tablets|pils|meds|medication|insulin|inhaler)\\b[^]{0,80}\\b(?:when we argue|if i annoy|when (?:hes|shes|he is|she is) angry|decides? when|to punish|as punishment|gives? (?:it|them) back eventualy|doles? them out|of me\\b[^]{0,40}\\bdecides)`,
  "",
);
// Rejected at home for who they are: "my parents kicked me out for being trans", "since i came out
// dad threw my stuff out", "sending me to some camp to fix me bc im gay".
const CA_OUT = re(
  `\\b(?:since i came out|(?:for|about) being (?:gay|trans|bi|lesbian|queer|nonbinary)|when i (?:said|told (?:them|him|her)) (?:im|i am|i was) (?:gay|trans|bi|nonbinary|queer|lesbian)|(?:bc|because|cos|cause) im (?:gay|trans|bi|queer|a lesbian)|i told (?:her|him|them) im (?:gay|trans|bi|nonbinary|queer))\\b`,
  "",
);
const CA_OUT_DONE = re(
  `\\b(?:kicked me out|threw (?:me|my stuf|my things) out|took my (?:car|phone|keys)|stoped (?:speaking|talking) to me|cal me (?:disgusting|a disgrace)|disgrace|wont let me|sending me|camp|fix me|conversion|stoped my money|sofa surfing|staying at my (?:mates|aunts|friends))\\b`,
  "",
);
const CA_OUT_CLEARED = re(
  `\\b(?:pub|club|bar|group chat|game|clas|lesson|lol|suported|amazing|proud|fine with)\\b`,
  "",
);
// Someone else hit by a partner or a parent: "her bf slapped her at a party", "threw his phone at
// her head", "grabs her wrist when she talks back", "slaps the kids when im at work".
const CA_THEY_HIT = re(
  `\\b(?:bf|boyfriend|husband|partner|bloke|fela|stepmum|stepdad|missus|wife|girlfriend|gf|mother in law|father in law|new man|dad|dads)(?: \\w+){0,4}? (?:(?:slaped|slaps|slaping|hits|shoves|shoved|shoving|pushing|threw (?:his|her|a|the) (?:phone|remote|plate|glas|mug|botle|shoe|chair) at) (?:her|him|the kids|mum|my (?:mum|sister|brother|friend|nan|little \\w+))(?! (?:car|bal|up|back|out of the way|with a pilow|stickers?|labels?|plasters?|sun ?cream|paint))(?![^|]{0,30}\\b(?:wheelchair|pram|buggy|swing)\\b)|(?:grabs|grabed|grabing|twisted|twists|twist) (?:her|his|mums|my \\w+s) (?:wrist|wrists|arm|arms|neck|hair|throat))\\b`,
  "",
);
const CA_THEY_HIT_CLEARED = re(
  `\\b(?:game|play\\w*|pilow|snowbal|tickl\\w*|footbal|rugby|match|lol|high five|hug|hugs|kis\\w*|dance|dancing|out of the way|to save|car)\\b`,
  "",
);
// A child at school who is hungry, in the same clothes, flinches: "flinches if you lift your hand".
const CA_NEGLECT_SEEN = re(
  `\\b(?:flinch\\w*)\\b[^]{0,80}|\\b(?:hungry|same clothes|never has lunch|no lunch|no coat)\\b[^]{0,80}\\b(?:flinch\\w*|bruises?|angry|never has lunch|scared)\\b`,
  "",
);
const CA_NEGLECT_WHO = re(`\\b(?:student|pupil|kid|boy|girl|child|clas|year \\d+s?)\\b`, "");
// Put down at home, every day: "mum calls me a psycho ... been like this since", "dad says ill never
// amount to anything. every day", "says she should have got rid of me", "says i ruined her life".
const CA_PUT_DOWN = re(
  `\\b(?:cals? me|caled me|says? (?:im|i am|i was)|says? i(?:l| wil)? never|teling me (?:im|i am))\\b[^|]{0,30}\\b(?:a psycho|worthles|a mistake|disgusting|a disgrace|amount to anything|a waste of space|stupid and fat|nothing without him|nothing without her)\\b|\\b(?:should have got rid of (?:you|me)|(?:i|you) ruined (?:her|his|my) life|gone through with the abortion)\\b`,
  "",
);
const CA_PUT_DOWN_OFTEN = re(
  `\\b(?:every (?:day|night|time)|whenever|always|al the time|since|drinks|drunk|drinking|angry|im 1\\d)\\b`,
  "",
);
// Harm done to a partner or a child in a moment: "shoved my girlfriend last night in a row",
// "smacked my 5 year old today, properly", "punched their brother so hard he needed stitches".
const CA_DONE = re(
  `(?:^ ?|\\| |\\b(?:i|and) )(?:shoved|pushed|smacked|slaped|punched|grabed|hit) (?:my|their|his|her) (?:girlfriend|boyfriend|wife|husband|partner|gf|bf|kid|son|daughter|\\d+ year old|brother|sister|mum|dad|baby|toddler)\\b[^|]{0,40}\\b(?:so hard|left a (?:mark|handprint|bruise)|in a row|last night|today|properly|stitches|never done that)\\b`,
  "",
);
const CA_DONE_CLEARED = re(
  `\\b(?:game|play\\w*|footbal|rugby|training|pilow|snowbal|swing|pram|buggy|wheelchair|ball|tag|out of the way)\\b`,
  "",
);
// Someone else drawn to violence at a school: pictures of shooting the teachers, school shootings
// and "they deserve it", which lecture hall has the most people.
const CA_SHOOTING_TALK = re(
  `\\b(?:(?:drawing|drawings|pictures|picture) of shooting (?:the |his |her )?(?:teachers|kids|clas|students|people|pupils)|school shootings?\\b[^]{0,80}\\bdeserve it|which (?:lecture hal|lecture theatre|clasroom|room|hal) has the most people\\b[^]{0,60}\\b(?:for a reason|wont say why|deserve\\w*))\\b`,
  "",
);
// A girl or boy under 17 with a much older "boyfriend" or friend who collects them or buys them
// things; a marriage arranged for them.
const CA_OLDER = re(
  `\\b(?:(?:much )?older (?:guy|man|lad|friend|bloke)|(?:2\\d|3\\d|4\\d) year old (?:\\w+ )?(?:boyfriend|man|guy|bloke)|(?:boyfriend|bf) is (?:2\\d|3\\d|4\\d))\\b`,
  "",
);
const CA_OLDER_SO = re(
  `\\b(?:(?:shes|she is|hes|he is|is|im|i am) 1[0-6]|1[0-6] and|picks? (?:her|him) up from schol|buys (?:her|him) (?:stuf|things)|wants to meet (?:her|him)|never bought (?:her|him)|goes (?:realy )?quiet|isnt her dad|isnt his dad|lying|secret|snap|online|roblox|xbox|instagram|insta)\\b`,
  "g",
);
const CA_MARRIED_OFF = re(
  `\\b(?:marying (?:her|him|me) (?:of )?to|(?:going back home|sending (?:her|him|me) (?:back )?home) to (?:get )?mary|mary (?:a man|a woman|someone) (?:she|he|i) (?:has |have )?never met|unles i mary|mary who (?:theyve|they have|they) (?:picked|chosen))\\b`,
  "",
);
// A child of the writer's family named as the one it is done to ("my little sister", "my sons xbox").
const CA_THEIR_CHILD =
  /\bmy (?:(?:litle|baby|younger|wee) (?:sister|brother|cousin)|daughter|son|niece|nephew|granddaughter|grandson)s?\b/;
// A wish to hurt that is over: "i used to think about hurting him. i dont anymore".
const CA_OVER = re(
  `\\b(?:used to (?:think|fantasi\\w*|picture|imagine|dream|daydream|wish|hope|want)|(?:dont|do not) any ?more|not any ?more|no longer|years ago|when i was (?:younger|a kid|little|a teenager))\\b`,
  "",
);
function readThemeCA(t: Tally, text: string): void {
  const s = text.replace(/ ?" ?/g, " ").replace(/\blike a (?:film|movie)\b/g, " ");
  const cleared = CA_CLEARED.test(s);
  if (!cleared && !/\b(?:lol|lmao|haha\w*)\b/.test(s) && !CA_OVER.test(s)) {
    const wish = CA_WISH.exec(s);
    if (wish !== null && !CA_WISH_UNDONE.test(wish[0].replace(/^\S+/, "").replace(/\bpart of me\b/, "")))
      raise(t, "concern", "harm_to_others");
    if (CA_HIT_STRONG.test(s) || (CA_HIT_WEAK.test(s) && CA_MEANT.test(s)))
      raise(t, "concern", "harm_to_others");
    if (
      CA_TEMPER.test(s) &&
      CA_LITTLE.test(s) &&
      (CA_TEMPER_SCARED.test(s) ||
        (CA_TEMPER_FEAR.test(s) &&
          /\b(?:rage|scared|scares|picture|walk away|walk out|leave the rom|cot)\b/.test(s)))
    )
      raise(t, "concern", "harm_to_others");
    if (CA_FLASH.test(s)) raise(t, "concern", "harm_to_others");
    if (CA_DONE.test(s) && !CA_DONE_CLEARED.test(s)) raise(t, "concern", "harm_to_others");
  }
  // The writer's own abuse: told of "me" and "my".
  if (CA_MONEY.test(s) && CA_CONTROLLER.test(s) && /\b(?:my|me|i)\b/.test(s) && !CA_MONEY_CLEARED.test(s)) {
    const m = CA_MONEY.exec(s);
    if (m !== null && /\b(?:my|me|i|im)\b/.test(s.slice(Math.max(0, m.index - 12), m.index + m[0].length)))
      raise(t, "concern", "abuse");
  }
  const iso = CA_ISOLATED.exec(s);
  if (
    iso !== null &&
    /\b(?:me|my|i)\b/.test(s.slice(Math.max(0, iso.index - 12), iso.index + iso[0].length)) &&
    CA_CONTROLLER.test(s) &&
    !CA_ISOLATED_CLEARED.test(s)
  )
    raise(t, "concern", "abuse");
  const watched = CA_WATCHED.exec(s);
  if (
    watched !== null &&
    (/\b(?:my|me|i|im)\b/.test(watched[0]) ||
      /\b(?:me|i|im)\b/.test(s.slice(Math.max(0, watched.index - 20), watched.index))) &&
    CA_CONTROLLER.test(s) &&
    CA_WATCHED_MORE.test(s) &&
    !CA_WATCHED_CLEARED.test(s)
  )
    raise(t, "concern", "abuse");
  const carer = CA_CARER.exec(s);
  if (carer !== null && /\b(?:me|my)\b/.test(carer[0])) raise(t, "concern", "abuse");
  if (CA_FOOD.test(s) && /\b(?:me|i|my|us)\b/.test(s) && !CA_FOOD_CLEARED.test(s))
    raise(t, "concern", "abuse");
  if (CA_THREATENED.test(s) && !cleared && !/\b(?:boss|overtime|cake|lol|joke|joking)\b/.test(s))
    raise(t, "concern", "abuse");
  if (CA_GRABBED.test(s) && !CA_GRABBED_CLEARED.test(s)) raise(t, "concern", "abuse");
  const groomed = CA_GROOMED.exec(s);
  if (
    groomed !== null &&
    !/\b(?:her|him)\b/.test(groomed[0]) &&
    (/\bhandsy\b(?! with)|\b(?:me|my)\b/.test(groomed[0]) ||
      !(
        CA_THEIR_CHILD.test(s) ||
        (/\b(?:him|her|hes|shes)\b/.test(
          s.slice(Math.max(0, groomed.index - 40), groomed.index + groomed[0].length + 40),
        ) &&
          !/\b(?:me|im|my|i)\b/.test(s))
      )) &&
    CA_GROOMED_WHO.test(s) &&
    !CA_GROOMED_CLEARED.test(s)
  )
    raise(t, "concern", "abuse");
  if (
    CA_STALKED.test(s) &&
    CA_STALKER.test(s) &&
    CA_STALKED_MORE.test(s) &&
    /\b(?:my|me|i|im)\b/.test(s) &&
    !CA_STALKED_CLEARED.test(s)
  )
    raise(t, "concern", "abuse");
  if (
    CA_MEDS_KEPT.test(s) &&
    CA_CONTROLLER.test(s) &&
    !/\b(?:safe\w*|crisis|toddler|kids|asked (?:him|her) to)\b/.test(s)
  )
    raise(t, "concern", "abuse");
  if (CA_OUT.test(s) && CA_OUT_DONE.test(s) && !CA_OUT_CLEARED.test(s)) raise(t, "concern", "abuse");
  const putDown = CA_PUT_DOWN.exec(s);
  if (
    putDown !== null &&
    CA_PUT_DOWN_OFTEN.test(s) &&
    /\b(?:me|my|i|im)\b/.test(s.slice(Math.max(0, putDown.index - 30), putDown.index + putDown[0].length)) &&
    CA_CONTROLLER.test(s) &&
    !/\b(?:lol|lmao|joke|joking|film|films|game|games|banter|play|darts|pol|chess|golf|cards|quiz|match)\b/.test(
      s,
    )
  )
    raise(t, "concern", "abuse");
  const married = CA_MARRIED_OFF.exec(s);
  if (married !== null && /\b(?:me|i)\b/.test(married[0])) raise(t, "concern", "abuse");
  if (
    /\b(?:il|youl|i wil|you wil) regret it\b/.test(s) &&
    /\b(?:silent for days|silence for days|tiptoe\w*|scared|afraid|terified|if i (?:ever )?(?:go|tel|leave|se)|try to (?:go|leave|se))\b/.test(
      s,
    ) &&
    CA_CONTROLLER.test(s) &&
    !cleared &&
    !/\b(?:boss|work|job|uni|course|overtime|cake|lol|joke)\b/.test(s)
  )
    raise(t, "concern", "abuse");
  if (
    /\b(?:has|have|hes|shes) hit me (?:twice|three times|\w+ times|a few times|before)\b/.test(s) &&
    !cleared
  )
    raise(t, "concern", "abuse");
  if (
    CA_STILL.test(s) &&
    CA_STILL_ACT.test(s) &&
    /\b(?:me|us)\b/.test(s) &&
    !/\bstil does it to\b/.test(s) &&
    CA_CONTROLLER.test(s)
  )
    raise(t, "concern", "abuse");
}
/** Theme CA: abuse of someone else and their threats, read as theirs (called by othersInDangerNow). */
function themeCAOthers(t: Tally, text: string): void {
  if (!CA_PIECES.test(text)) return;
  const s = text.replace(/ ?" ?/g, " ");
  if (CA_THEIR_THREAT.test(s) && CA_THEIR_THREAT_SO.test(s) && !CA_CLEARED.test(s))
    raise(t, "concern", "harm_to_others");
  const m = CA_MONEY.exec(s);
  if (m !== null && /\b(?:her|his|him|she|he)\b/.test(m[0]) && !CA_MONEY_CLEARED.test(s))
    raise(t, "concern", "abuse");
  const iso = CA_ISOLATED.exec(s);
  if (iso !== null && /\b(?:her|him|them|she|he|us)\b/.test(iso[0]) && !CA_ISOLATED_CLEARED.test(s))
    raise(t, "concern", "abuse");
  const watched = CA_WATCHED.exec(s);
  if (
    watched !== null &&
    /\b(?:her|his)\b/.test(watched[0]) &&
    CA_WATCHED_MORE.test(s) &&
    !CA_WATCHED_CLEARED.test(s)
  )
    raise(t, "concern", "abuse");
  const carer = CA_CARER.exec(s);
  if (carer !== null && /\b(?:her|him|his)\b/.test(carer[0])) raise(t, "concern", "abuse");
  const groomed = CA_GROOMED.exec(s);
  if (
    groomed !== null &&
    (CA_THEIR_CHILD.test(s) ||
      /\b(?:her|him|hes|shes)\b/.test(
        s.slice(Math.max(0, groomed.index - 40), groomed.index + groomed[0].length + 40),
      )) &&
    !/\bhandsy\b(?! with)/.test(groomed[0]) &&
    CA_GROOMED_WHO.test(s) &&
    !CA_GROOMED_CLEARED.test(s)
  )
    raise(t, "concern", "abuse");
  if (
    CA_BRUISED.test(s) &&
    CA_BRUISED_WHO.test(s) &&
    CA_BRUISED_SO.test(s) &&
    !CA_BRUISED_CLEARED.test(s) &&
    !/\b(?:my|me) (?:arm|arms|leg|legs|face|wrist|wrists|neck)\b/.test(s)
  )
    raise(t, "concern", "abuse");
  if (CA_HEARD.test(s) && CA_HEARD_HARM.test(s) && !CA_HEARD_CLEARED.test(s)) raise(t, "concern", "abuse");
  if (CA_THEY_HIT.test(s) && !CA_THEY_HIT_CLEARED.test(s)) raise(t, "concern", "abuse");
  if (CA_SHOOTING_TALK.test(s) && !CA_CLEARED.test(s)) raise(t, "concern", "harm_to_others");
  if (
    CA_OLDER.test(s) &&
    (s.match(CA_OLDER_SO) ?? []).length >= 2 &&
    !/\b(?:brother|sister|cousin|tutor|nan|grandad|uncle|aunt|birthday|christmas)\b/.test(s)
  )
    raise(t, "concern", "abuse");
  const marriedOff = CA_MARRIED_OFF.exec(s);
  if (marriedOff !== null && !/\b(?:me|i)\b/.test(marriedOff[0])) raise(t, "concern", "abuse");
  if (
    CA_NEGLECT_SEEN.test(s) &&
    CA_NEGLECT_WHO.test(s) &&
    !/\b(?:dog|cat|puppy|horse|loud noises|fireworks)\b/.test(s)
  )
    raise(t, "concern", "abuse");
  if (/\bstil does it to (?:my|her|his)\b/.test(s) && CA_STILL_ACT.test(s)) raise(t, "concern", "abuse");
}

function readTakenPlainly(t: Tally, text: string): void {
  if (
    (TAKEN_PLAINLY.test(text) || (SWALLOWED_THEN.test(text) && TAKEN_SYMPTOM.test(text))) &&
    !/\b(?:if i|what (?:would|hapens|hapen)|would it|should i|can i|could i|whether|if you|id like|i want to|wish i|wana)\b/.test(
      text,
    )
  )
    raiseTaken(t, text);
}

// "about to drive into the pillar of the bridge on the way home. im in the car now", "doing 90 on
// the motorway and im going to put it into the next bridge pillar": a crash meant as the end.
const CRASH_MEANT = re(
  `\\b(?:about to|going to|gonna|im going to|i will|ill|want to|wanna) (?:drive|steer|swerve|aim|plough|crash|put it|put the car|put my car|wrap (?:it|the car|my car))(?: it| the car| my car)? (?:straight )?(?:into|for|at|round|off) (?:the |a |that )?(?:next )?(?:bridge |motorway )?(?:pillar|wall|tree|lorry|truck|barrier|central reservation|oncoming \\w+|bridge|cliff|edge)\\b`,
  "",
);
const CRASH_NOW = re(
  `\\b(?:now|right now|in the car|driving|doing (?:\\d+|a hundred)|on the (?:motorway|m\\d+|a\\d+|way home)|tonight)\\b`,
  "",
);

// Theme CO: someone else at risk, told by the person worried about them, across authors (a
// friend's post, a parent's talk of not needing things where they are going, a partner's marks, a
// dad drinking himself yellow). `inTheirWords` reads "he said he wishes he was dead" in the first
// person; these are the ways of telling it that have no first-person reading: words that mean
// risk only when someone else is reported saying them ("keeps saying stuff like 'won't matter
// soon'", "he doesn't see himself making it to 25"), and what is seen of them (marks, blades kept,
// meals brought back up, a body failing and no doctor). Concern for them, never more on this
// reading; subject `other`. Cleared by a book, a film or a game, by the past, by an ordinary reason.
// Only messages with one of these pieces are read further (a word test costs far less than a scan).
const CO_PIECES =
  /mater son|be here|be around|here by|around by|making it|make it to|last w|inings|ready to go|join|se her|se him|gone with|done with|the point|no point|any point|reason to|to live for|nothing left|tired of|to stop|to end|no use|neds|waste of|burden|bother|beter of|insurance|money without|should ve|should have|shouldve|lucky|disap|vanish|fade away|exist|slep|wake up|waking up|dead|could die|go and die|godbye|notice|counting|fre son|pretending|remember me|hurts to die|ways to|drowning|jump|buildings|asisted|dose|rope|revolver|shotgun|al (?:her|his|my) insulin|cupboard|comfy|driving into|drive into|exactly what|where and how|planing|finish|sort it|ending|kys|end things|comot|vivir|deid|neding|wont se|sticking around|not around|not here|wasnt around|wasnt here|had enough|not long|wil mater|showed me|heart races|problem|might again|extra|picture of|where and how|cant do this|last mesage|last post|search|reading about|" son "|not bother|wants? to die|alive|care|mater|with her|with him|be with|joining|cut|scratch|mark|blade|sharpen|plaster|bandage|slev|burn|hiting|does it|lines|\beat|sick|calories|insulin|botle|litre|drinking|drinks|mixing|refus|skip|stoped|wont take|not taking|dialysis|doctor|\bgp\b|checked|lives on|screns|wil be wil be|giving|gave|given|handing|handed|where (?:his|her|their)/;
const CO_PERSON =
  "(?:friend|best friend|mate|best mate|bestie|bf|gf|boyfriend|girlfriend|partner|husband|hubby|wife|sister|brother|sis|bro|mum|mom|mam|mother|dad|father|son|daughter|kid|child|cousin|aunt|aunty|auntie|uncle|nan|nana|gran|grandad|granddad|grandma|grandpa|colleague|coworker|co worker|clasmate|flatmate|housemate|roommate|teen|teenager|student|pupil|patient|client|guy|girl|boy|lad|lass|bloke|man|woman|niece|nephew|neighbour|neighbor|stepdad|stepmum|ex|twin|pal|fela|teammate|regular|oga|opo|year \\d+|sister in law|brother in law|cuz|bhai)";
const CO_WHO = re(
  `\\b(?:he|she|hes|shes|his|her|him|himself|herself|someone|somebody|${CO_PERSON}s?)\\b`,
  "",
);
// Someone named, then what they said, posted or wrote ("my mate keeps posting", "dad said to me").
const CO_TOLD = `(?:\\b(?:he|she|hes|shes|they|someone|somebody|${CO_PERSON}s?)\\b(?: [\\w,]+){0,12}? (?:(?:keps|kept|kep|always|ben|has ben|started|is|s|was|again|just|stil|sometimes|wil|wont stop|then|and) )?(?:saying|says|said|sais|posting|posts|posted|put(?: up| out)?|putting|writing|writes|wrote|writen|texting|texts|texted|mesag(?:ed|ing|es)|telling (?:me|us|people|everyone)|tels (?:me|us)|told (?:me|us|one of|his|her|the|a|everyone|my)|sent|sends|sending|dropping|talking about|talks about|talked about|joked|joking|jokes|asked|asking|asks|emailed|handed in|drew|caling (?:himself|herself)|calls (?:himself|herself)|going on about|coming out with|admited|mentioned|mentions|quoting|sharing|shares|shared|says to me|said to me|write|keps on about|search history|(?:put|posted) on (?:his|her|their) (?:\\w+ ){0,2}story|searched|searches|googled|googling|loking up|loked up|ben reading about|reading about|captioned)|(?:^|\\| ) ?(?:and |then |now |but )?(?:(?:he|she) (?:keps |kept |always |stil )?(?:saying|says|said|sais|posted|posts|posting|wrote|writes|texted|put)|(?:keps |kept |always |stil )?(?:saying|says|said|sais))|\\b(?:his|her|their) last (?:mesage|post|text|thing (?:he|she) (?:posted|sent|said))(?: [\\w,]+){0,6}? (?:was|said|read))(?:\\b|(?<=story|history) \\|)`;
// What they said: a wish to be gone, a future they are not in, a reason to live gone, the dead
// they want to join, a method looked into, told as they put it ("i") or as reported ("he", "she").
const CO_WORDS = any(
  '(?<=" )(?:it |that |this )?(?:wont|wil not|wouldnt) mater (?:son|much longer|anyway|for long|when)',
  "(?:wouldnt|would not|wont|it wouldnt) mater if (?:i|he|she) (?:wasnt|was not|werent|died|was gone|disapeared)",
  "(?:wont|not) be (?:your|anyones|anyone s) problem (?:much longer|for long|son)",
  "(?:cant|can t) do this anymore",
  "not (?:sticking|staying) around (?:to|for|if|much|long)",
  '(?:ive|hes|shes|i have) had enough(?: now)? ,? i (?:just )?want to go(?= ?"| ?,| ?\\||$)',
  "(?:go to slep and )?not bother anyone (?:anymore|any more|again)",
  "(?:wants?|wanted|wanting) to (?:die|be dead)(?! (?:of|laughing|for|when|at|in)\\b)(?![^|]*\\b(?:lol|lmao|haha|jk)\\b)",
  '(?:il|i wil|hel|shel|he wil|she wil) (?:just )?disapear(?= ?"| ?,| ?\\||$)',
  "not wanting to (?:wake up|be alive|live|be here)",
  "fal aslep forever",
  "nobody would (?:even )?notice (?:she|he|i) was gone",
  "where and how",
  "took (?:pils|tablets|an overdose) (?:\\w+ ){0,3}(?:and|but) (?:might|could|may|wil) (?:do it )?again",
  "(?:picture|drawing|drawings|pic) of (?:herself|himself) (?:hanging|dead|in a cofin|with a nose|jumping)",
  '(?:word|with|saying|caption\\w*) " son "',
  "son none of (?:this|it) (?:wil|wil even) mater",
  '(?:wont|wil not|might not|may not|not going to|not gona|wont even) be (?:here|around|alive) (?:much |for much )?(?:longer|next (?:year|month|christmas|sumer)|by (?:christmas|then|sumer|next \\w+)|to (?:se|hand|finish|graduate)|anyway|for long|long(?= ?"| ?\\||$))',
  "son (?:you|u|yal|everyone) wont se me",
  "not (?:being )?(?:here|around) by (?:christmas|next \\w+|then|sumer)",
  "(?:dont|doesnt|do not|does not|cant|cannot|never) se (?:himself|herself|themselves|myself) (?:making it|being alive|living|geting|growing old|being here)",
  "(?:dont|doesnt) think (?:hel|shel|il|he wil|she wil|i wil|he|she|i) (?:ever )?make it (?:to|past) (?:\\d+|graduation|christmas|next year|sumer|the end of (?:the|this) year)",
  "(?:this is |its )(?:his|her|my) last (?:winter|christmas|sumer|birthday)(?! (?:at|in|as|before|of|with|here|home|together|off))",
  "last wek on earth",
  'not long now(?= ?"| ?,| ?\\||$| and)(?! (?:til|until|before))',
  "(?:had|hes had|shes had|ive had) a god inings(?! (?:at|in|today|yesterday|this|for)\\b)(?![^|]*\\b(?:cricket|bating|runs|match)\\b)",
  'being "? ?ready to go(?= ?"| ?,| ?\\||$| since)',
  '(?:waiting|wants?|wanted|ready|longing|going) to (?:go and )?join (?:her|him|them|mum|dad|my (?:mum|dad|mother|father|husband|wife|nan|grandad)|nan|grandad)(?= ?"| ?,| ?\\||$| son| since| again| in heaven| up there| every)',
  "(?:(?<=\\b(?:died|passed|passed away|widow\\w*|funeral|grave|heaven|videos of (?:mum|dad|her|him))\\b[^]*)|(?=[^]*\\b(?:died|passed|widow\\w*|funeral|grave|heaven)\\b))(?:be|be joining|joining) (?:with )?(?:her|him|mum|dad|mam|mom|grandad|granddad|grandpa|grandma|nan|gran|my \\w+) (?:again )?(?:son|soner|son enough)",
  "wish(?:es|ed)? (?:hed|shed|he had|she had|id|i had) gone with",
  "(?:(?<=\\b(?:died|passed|passed away|widow\\w*|funeral|grave|heaven|videos of (?:mum|dad|her|him))\\b[^]*)|(?=[^]*\\b(?:died|passed|widow\\w*|funeral|grave|heaven)\\b))(?:(?:til|until) (?:i|he|she) se (?:her|him) again|not long til (?:i|he|she) se (?:her|him))",
  "beter of with (?:my|her|his) (?:dad|mum|husband|wife|father|mother)",
  "(?:done|finished) with (?:al of it|it al|everything|life|al this|living)(?! (?:to|at|for|in|on|about|related|there)\\b)",
  'whats the point(?: of (?:it al|any of it|anything|living|life|me|him|her|trying|going on|carying on))?(?= ?"| ?,| ?\\||$| anymore| any more| now| and| since)(?![^|]*\\b(?:lotery|game|match|diet|gym|revis\\w*|homework|ironing|cleaning|tidying|washing|voting|arguing)\\b)',
  "what is the use of (?:me|him|her|living)",
  "(?:no|any) point (?:anymore|any more|in (?:anything|living|life|it al|going on|carying on|being here))",
  '(?:dont|doesnt|cant|not|isnt) (?:se|seing) (?:the|any) point(?= ?"| ?,| ?\\||$| anymore| any more| of (?:anything|living|life|it al))',
  "(?:cant|cannot|doesnt|dont|can t) se (?:a|any|the) reason to (?:keep going|live|go on|cary on|be here|get up)",
  "(?:mises|without|no) (?:having )?a reason to (?:get up|live|keep going|go on)",
  "nothing (?:left )?to live for",
  '(?:hes|shes|he has|she has|ive|i have|theyve) got nothing left(?= ?"| ?,| ?\\||$| and)',
  "tired of (?:existing|life|living|it al|al of it|everything|being alive|being here)(?! (?:at|to do|about|with|in|on)\\b)",
  "(?:wants?|wanted) (?:it al|everything) to (?:stop|end)",
  "no use to anyone",
  "nobody neds (?:him|her|me) (?:now|anymore|any more)",
  "a waste of (?:oxygen|space)",
  "(?:a |being a |be a )(?:burden|bother)(?! (?:of proof|on the (?:group|team|project)|to the (?:team|group|project)))(?! ,? (?:so|and so|which is why)\\b)(?![^|]*\\b(?:care home|moving|money|bils|rent|lifts?|driving)\\b)",
  "(?:al|everyone|every1|the kids|the family|we|wed|we would|you|youd|youl|you wil|u|ud) (?:al )?(?:would |d |wil )?be (?:beter of|happier|fine|relieved) (?:without (?:me|him|her)|if (?:i|he|she) (?:was|were|wasnt|werent|disapeared|died|was gone))",
  "(?:beter of|do (?:us|you|them|the family) more god) (?:with|than) (?:the |his |her |my )?(?:life )?insurance",
  "(?:life )?insurance (?:would|wil) do (?:us|you|them|the family) more god",
  "save so much money without (?:me|him|her)",
  "should(?:ve| have) ben (?:me|him|her)(?! (?:who|that|to|on|in|picked|chosen))",
  "should ?(?:ve|have) died (?:out there|instead)",
  "(?:were|are) the lucky ones",
  "joining the lads (?:who|that)",
  "(?:wants?|wanting|wanted|wishes|wish|wished|wishing|could|like to|longs? to|about) (?:to )?(?:(?:i|he|she) could )?(?:just )?(?:disapear|vanish|fade away|not exist|stop existing)(?! (?:into|under|from|for a|of|behind|in the|when)\\b)",
  "(?:relieved|happier|beter of|notice|care|mis (?:me|him|her)) if (?:i|he|she) (?:disapeared|was gone|wasnt here|wasnt around|died|was dead)",
  "(?:wish\\w*|want\\w*|hope\\w*|about|rather|could) (?:to |that |he |she |i )?(?:could )?(?:slep (?:forever|under the \\w+ forever)|never wake up|not wake up|wouldnt wake up|didnt wake up|not waking up|go to slep and not wake up|slep and not wake up)(?![^|]*\\b(?:shifts?|naps?|lie in|wekend|jet lag|holiday|exams?|alarm|early)\\b)",
  "(?:wish\\w*|wants?|wanting) (?:that )?(?:he|she|i) (?:was|were|had|hadnt|d) (?:dead|never ben born|not ben born|not alive)",
  "(?:wish\\w*|wants?|wanting) (?:to )?(?:he|she|i) could die",
  "(?:rather|sooner) be dead(?! than)",
  "(?:beter of|happier) dead",
  "wil (?:just )?go and die",
  "goodbye (?:type|memes?|posts?|stories|vids?|videos?)",
  'nobody (?:would|wil) (?:even )?(?:notice|care|come loking)(?= ?"| ?,| ?\\||$| if (?:i|he|she|they) (?:was|were|wasnt|werent|disapeared|died|vanished))',
  "(?:what (?:would|d) (?:you|u) do|would (?:you|u) be (?:ok|okay|sad|alright|fine)) if (?:i|she|he) (?:wasnt|was not|werent) (?:here|around)",
  "would (?:u|you) be sad",
  "what (?:id|i would|wed) do if (?:she|he) (?:wasnt|was not|werent) (?:here|around)",
  "(?:id|i would|i d) be (?:ok|okay|alright|fine) if (?:she|he) (?:wasnt|was not|werent) (?:here|around)",
  '(?:hes|shes|she is|he is|im) counting down(?= and (?:wont|doesnt)| ?"| ?,| ?\\||$)',
  "finaly (?:being )?fre son",
  "no more pretending",
  "remember me (?:for|by) (?:these|this|them)",
  "if (?:im|i am) not (?:around|here) (?:next|by|in) \\w+",
  "(?:do|does) (?:u|you) think it hurts to die",
  "(?:painles|quick|easy) ways to (?:go|die)",
  "ways to die",
  "does drowning hurt",
  "what hapens to your body if you jump(?! (?:from|out of|of) (?:a |an |the )?(?:plane|aeroplane|airplane|helicopter|balon))",
  "(?:loking up|loked up|lok up) (?:tal|high) (?:buildings|bridges|car parks)",
  "asisted dying",
  "(?:printout|print out) about the dose",
  "(?:keps|kept|has) a rope (?:in|under) (?:his|her|the)",
  "(?:his|her) old service (?:revolver|pistol|rifle)",
  "put the shotgun to (?:himself|herself)",
  "(?:thought|thinking) about (?:doing|taking) al (?:her|his|my) (?:insulin|pils|tablets) at once",
  "take something from the cupboard and not wake up",
  "drugs cupboard makes it easy",
  "(?:train )?tracks loked comfy",
  "(?:driving|drive|crashing) into a (?:wal|tre|bridge)(?! (?:by acident|last))",
  "knows exactly what (?:hed|shed|he would|she would) use",
  "knows where and how",
  "planing to do it (?:after|on|before)",
  "finish (?:himself|herself)",
  '(?:going to|gona) "? ?sort it out "?(?: one of these days)',
  "(?:thoughts of|talking about|talks about) ending (?:it|things)",
  "(?:about )?wanting to kys",
  "help (?:him|her) end things",
  "wan comot for this world",
  "ya no quiere vivir",
  "wishes (?:he|she) was deid",
);
const CO_CONTENT = re(`\\b${CO_WORDS}`, "g");
const CO_FRAME = re(`${CO_TOLD}((?: (?:me|us|to me|to us) ?,?)?)([^|]{0,110})$`, "");
// "she's been taking extra of her antidepressants 'to see what happens'".
const CO_OVERTAKING = re(
  `\\b(?:taking|took|takes|taken) (?:extra|double|more) (?:of )?(?:her|his|their) (?:\\w+ )?(?:antidepresants|tablets|pils|meds|medication|sertraline|fluoxetine|citalopram)\\b`,
  "",
);
const CO_FIRST_PERSON = /\b(?:i|im|ive|id|il|me|my|myself)\b/;
const CO_THIRD = /\b(?:he|she|hes|shes|hed|shed|him|her|himself|herself|they|them)\b/;
/** Their words, reported after them: "my mate keeps saying stuff like "won't matter soon"". */
function theirWordsTold(text: string): boolean {
  CO_CONTENT.lastIndex = 0;
  for (let m = CO_CONTENT.exec(text); m; m = CO_CONTENT.exec(text)) {
    const frame = CO_FRAME.exec(text.slice(Math.max(0, m.index - 200), m.index));
    if (!frame) continue;
    const span = frame[2] ?? "";
    // Inside their quotation marks, "i" is them.
    if ((span.match(/"/g) ?? []).length % 2 === 1) return true;
    // Reported without them, "i" is the writer ("he said i'd be better off without him").
    if (CO_FIRST_PERSON.test(span)) continue;
    if (
      /\b(?:i|im|ive|id|il|me|myself)\b/.test(m[0]) &&
      !CO_THIRD.test(m[0]) &&
      // What they posted or wrote is in their own words, quoted or not.
      !/\b(?:posted|posts|posting|wrote|writes|writen|put|putting|texted|texts|mesaged|sent|captioned|use of me)\b/.test(
        frame[0] + m[0],
      )
    )
      continue;
    return true;
  }
  return false;
}
// "says he won't be needing them" after the tools given away: the one who says it left out.
const CO_SAID_BARE = re(
  `(?:^|\\| ) ?(?:and )?(?:keps |kept |she |he )?(?:says|said|saying)(?: (?:hes|shes|he|she))? (?:wont|wil not) be neding (?:them|it|these)\\b|\\b(?:wont|wil not) be neding (?:them|it|these) where (?:hes|shes|im|he is|she is|i am) going\\b`,
  "",
);
// Their things given away, their papers shown, with a word that makes it worrying.
const CO_GIVING = re(
  `\\b(?:giving|gave|given|handing|handed|giving me|gave me) (?:away |out |me |us |my kids )?(?:al |most of |half |some of )?(?:his|her|their) (?:\\w+ ){0,2}?(?:stuf|things|tols|watch|watches|medals|games|hodies|clothes|fishing \\w+|rods|guitar|records|truck|van|car|jewelery|rings?|belongings|posesions|switch|console)\\b|\\b(?:giving|gave|given) (?:away )?(?:half )?(?:his|her|their) stuf away\\b|\\b(?:keps|kept|started|been) (?:telling|showing) (?:me|us) where (?:his|her|their) (?:wil|insurance|papers|paswords|bank)`,
  "",
);
const CO_GIVING_WHY = re(
  `\\b(?:wont (?:need|be neding)|where (?:im|hes|shes) going|since (?:\\w+ ){0,2}(?:died|pased|went|split|divorce|redundancy)|low|wont say why|when (?:im|hes|shes) gone|sorting things|god inings|not il|(?:only|is) \\d+|use of me|never done that before|probably nothing|is that bad|insurance|ready to go|nobody neds)\\b`,
  "",
);
const CO_GIVING_CLEARED = re(
  `\\b(?:charity|car bot|moving|move|downsiz\\w*|declutter\\w*|outgrown|to smal|new one|upgrad\\w*|retir\\w*|emigrat\\w*|birthday|christmas|wedding|ebay|vinted|sold|selling)\\b`,
  "",
);
// What is seen of their self-harm: fresh marks, blades kept hidden, blood and plasters.
const CO_MARKS = re(
  `\\b(?:(?:fresh|new|fresh loking|fresh ish)(?: \\w+)? (?:cuts|marks|scratches|lines|burns|burn marks)|(?:cuts|scratches|marks|burn marks|burns|lines|plasters|bandages) (?:on|al over|al up|up|acros|down|over) (?:both |his |her |their )+(?:arms?|wrists?|thighs?|legs?|hands?|stomach|bely|hips?)|covered in (?:new |fresh )?(?:scratches|cuts|marks)|showed me (?:her|his) (?:arm|thighs?|wrists?|legs?|cuts)(?! (?:at|from|after)\\b)|(?:razor )?blades? (?:\\w+ ){0,3}(?:taken|took|broken|pried|prised|out) (?:out )?(?:of|from) (?:a |the |his |her )?(?:pencil )?sharpener|sharpener blade|(?:found|hidden|hid|hiding|taped|wraped|stash of|box of) (?:\\w+ ){0,3}(?:razor )?blades?|blades? (?:wraped|taped|hidden) (?:in|inside)|(?:plasters|blod) (?:and blod )?on (?:his|her|my \\w+s) (?:sheets|tisues|pilow)|(?:plasters|blod) and (?:blod|plasters) on (?:his|her|my \\w+s) (?:sheets|tisues|pilow)|blod on (?:her|his) tisues|plasters? wrapers|long sleves in (?:this |the |\\d+ )?(?:heat|degre\\w*|sumer)|sleve soaked|cuts on wekends|does it when (?:shes|hes) sad|after (?:she|he) does it|not cutting its (?:just )?scratching|hiting (?:his|her) own head|burn(?:s|ed|ing)? (?:herself|himself)|pics of (?:her|his) (?:arm|cuts)|photos of fresh cuts)\\b`,
  "",
);
const CO_MARKS_CLEARED = re(
  `\\b(?:(?<!\\b(?:says|said|claims|swears|told me) (?:it was |its )?(?:the )?)(?:cat|dog|kiten|puppy)|bike|fel of|fel over|rugby|fotbal|bramble|thorn|garden\\w*|kitchen|meat|paint\\w*|drawing|tatto\\w*|climbing|skate\\w*|scoter|operation|surgery|chicken ?pox|eczema|mosquito|bites|craft|model|stanley|woodwork|dt|shaving|shave|barber\\w*|hairdreser\\w*|art clas|pencil drawing|stretch marks|sunburn|oven|iron|cooking|hot pan|kettle|chemo|canula|drip)\\b`,
  "",
);
// Meals refused or brought back up, with what it is doing to them.
const CO_NOT_EATING = re(
  `\\b(?:(?:stoped|stopped|barely|basicaly stoped|pretty much stoped|hasnt ben|not|isnt|never) eating|barely eats|eats nothing|only eats|hasnt eaten|not eaten|skips meals|refuses to eat|making (?:herself|himself|themselves) sick|skip(?:ping|s)? (?:her|his) insulin (?:on purpose )?to lose weight|(?:on|eating) (?:about )?\\d+ calories)\\b`,
  "",
);
const CO_EATING_SIGN = re(
  `\\b(?:(?:being|was|is|gets|get) sick|throwing up|threw up|throw up|throws up|sick (?:after|again)|making (?:herself|himself) sick|lost (?:so much|loads|a lot of|loads of|\\w+ stone of)? ?weight|shes lost|hes lost|ribs|faint\\w*|pased out|pases out|colapsed|dizy|calories|weigh ins?|fading away|bones|to lose weight|insulin)\\b`,
  "",
);
const CO_EATING_CLEARED = re(
  `\\b(?:baby|toddler|newborn|dog|cat|puppy|kiten|bug|virus|flu|covid|norovirus|fod poisoning|pregnan\\w*|morning sicknes|chemo|teething|tumy|stomach bug|hangover|hungover|drunk|fever|temperature|meat|vegan|vegetarian|veg|vegetables|greens|sweets|junk|breakfast club|ramadan|fasting|lent|operation|surgery|tonsils|wisdom teth|braces|fusy|picky)\\b`,
  "",
);
// A body failing and no doctor: drink turning them yellow or shaking, medicine refused, symptoms
// that need seeing and they will not go.
const CO_DRINKING = re(
  `\\b(?:(?:drinks?|drinking|drank|geting through|gets through|on) (?:about )?(?:a |two |thre |\\d+ |half a )?(?:botles?|litres?) of (?:vodka|whisky|whiskey|wine|gin|rum|cider|spirits) (?:a|every|each|per) (?:day|night)|drinking (?:himself|herself) to death|drinks? (?:til|until) (?:he|she) pases out|(?:drinking|drinks) every (?:day|night)|mixing (?:his|her) \\w+ with (?:drink|alcohol|boze))\\b`,
  "",
);
const CO_DRINK_SIGN = re(
  `\\b(?:yelow\\w*|shakes|shaking|shake|liver|faling over|fals over|fel over|pases out|pased out|pasing out|sick in (?:his|her) slep|blacking out|blacks out|heart tablets|struggle to wake|hard to wake|wont (?:se|go to|go near) (?:a |the )?doctor|wont stop|results came back awful)\\b`,
  "",
);
const CO_MEDICINE = re(
  `\\b(?:refusing|refuses|refused|skipping|skips|stoped taking|stopped taking|stoped going to|wont take|not taking|keps refusing|stoped|stopped) (?:his|her|their) (?:heart |blod pressure |diabetes |blod thining )?(?:meds|medication|medicine|tablets|pils|insulin|dialysis)\\b|\\b(?:skipping|skips|stoped going to|stopped going to|refusing) (?:his |her )?dialysis\\b`,
  "",
);
const CO_MEDICINE_CLEARED = re(
  `\\b(?:doctor (?:said|told|stoped|changed|took)|gp (?:said|told|stoped|changed)|side efects|switched|changed to|course|antibiotics|finished (?:the|his|her)|paracetamol|vitamins|ibuprofen|hay fever|contraceptive|the pil|changing|side efect\\w*|make (?:her|him|them) sick|because they)\\b`,
  "",
);
const CO_SYMPTOM = re(
  `\\b(?:chest pains?|a lump|lump in (?:her|his)|seizures|fits|headaches and blury|blury vision|coughed up (?:a bit of )?blod|cough(?:ing)? (?:blod|for (?:over )?(?:a month|\\d+ months|two months|weks|months))|cough \\d+ months|hypos|keps fainting|faints|fainting|confused(?: in the evenings)?|not eating|of (?:his|her) fod|breathles\\w*|(?:his|her) heart races|hasnt had a we)\\b`,
  "",
);
const CO_NO_DOCTOR = re(
  `\\b(?:(?:wont|wil not|refuses to|refused to|flat out refuses|flat refuses|not going to|doesnt want to) (?:se|go to|go near|get it checked|tel|ring|cal|go|se anyone)(?: (?:a|the|her|his) (?:doctor|gp|docs|anyone))?|(?:wont|flat) (?:se|tel) (?:the|her|his|a) (?:doctor|gp)|wait til the gp|wont get it checked|lives on (?:her|his) own|(?:shes|hes) (?:\\d{2}|8\\d|9\\d)|(?:his|her) heart races|stil driving|(?:its|just) screens|what wil be wil be|wont tel (?:the|her|his) doctor|cant se (?:him|her) til)\\b`,
  "",
);
const CO_SYMPTOM_CLEARED = re(
  `\\b(?:cold|hay fever|man flu|covid test|negative|apointment (?:is|on|booked)|booked|seing the doctor|saw the doctor|doctor said|gp said|alergy|alergies|teething|growing pains|period)\\b`,
  "",
);
// Shared: a book, a film, a game, a show, the news, a lesson; long ago; recovered; their death.
const CO_CLEARED = re(
  `\\b(?:hospice|paliative|end of life|(?:physics|science|biology|chemistry|maths|math) (?:homework|clas|lesson|project|question)|(?:helpline|first aid|suicide|mental health|crisis|safeguarding|listening) training|training (?:course|session|exercise|scenario)|role ?play\\w*|creative writing|pshe|hangover|hungover|if (?:someone|somebody|a person)\\b|if a \\w+ (?:said|says|asks|asked|tels)|how (?:do|would|should) (?:i|you|we) (?:answer|reply|respond)|in (?:the|a|this|that) (?:film|movie|book|novel|series|show|episode|game|play|musical|song|documentary)|the character|a character|(?:tv|netflix) show|on the news|news article|the article|podcast|used to|years ago|when (?:we|i|he|she|they) (?:was|were) (?:at schol|younger|kids|litle|\\d+|a teen\\w*|in (?:year|clas))|back in (?:the day|\\d+)|(?:is|s|doing) (?:fine|great|wel|beter|god) now|recovered|in recovery|took (?:his|her|their) (?:own )?life|died by suicide|(?<!\\b(?:since|after|when|before|if) )(?:he|she) (?:died|pased away)(?! (?:in|last|this))|(?:his|her|their) funeral|rest in peace|rip)\\b`,
  "",
);

function readTheirWorry(t: Tally, text: string): void {
  if (!CO_WHO.test(text) || !CO_PIECES.test(text) || CO_CLEARED.test(text)) return;
  if (theirWordsTold(text)) raise(t, "concern", "suicide");
  if (CO_SAID_BARE.test(text)) raise(t, "concern", "suicide");
  if (CO_OVERTAKING.test(text) && !CO_MEDICINE_CLEARED.test(text)) raise(t, "concern", "suicide", "medical");
  if (CO_GIVING.test(text) && CO_GIVING_WHY.test(text) && !CO_GIVING_CLEARED.test(text))
    raise(t, "concern", "suicide");
  if (CO_MARKS.test(text) && !CO_MARKS_CLEARED.test(text)) raise(t, "concern", "self_harm");
  if (CO_NOT_EATING.test(text) && CO_EATING_SIGN.test(text) && !CO_EATING_CLEARED.test(text))
    raise(
      t,
      "concern",
      "self_harm",
      ...(/\b(?:faint\w*|pased out|colapsed|insulin|dka|hospital)\b/.test(text)
        ? (["medical"] as const)
        : []),
    );
  if (CO_DRINKING.test(text) && CO_DRINK_SIGN.test(text)) raise(t, "concern", "medical");
  if (CO_MEDICINE.test(text) && !CO_MEDICINE_CLEARED.test(text)) raise(t, "concern", "medical");
  if (CO_SYMPTOM.test(text) && CO_NO_DOCTOR.test(text) && !CO_SYMPTOM_CLEARED.test(text))
    raise(t, "concern", "medical");
}

function readToldPlainly(t: Tally, text: string): void {
  if (PLAN_KEPT.test(text) && !PLAN_CLEARED.test(text) && !LAUGHTER.test(text) && !longAgo(text))
    raise(t, "urgent", "suicide");
  if (LETTERS_DONE.test(text) && !LETTERS_CLEARED.test(text) && !longAgo(text))
    raise(t, "emergency", "suicide");
  if (AFFAIRS_SET.test(text) && AFFAIRS_TIME.test(text) && !AFFAIRS_CLEARED.test(text) && !longAgo(text))
    raise(t, "emergency", "suicide");
  if (GAS_SEALED.test(text) && !longAgo(text)) raise(t, "emergency", "suicide");
  if (
    SELF_HARM_AGAIN.test(text) &&
    SELF_HARM_AGAIN_CONTEXT.test(text) &&
    !/\b(?:she|he|they|shes|hes|theyre|my (?:son|daughter|friend|mate|sister|brother))\b/.test(text) &&
    !longAgo(text)
  )
    raise(t, "urgent", "self_harm");
  if (
    SIDEWAYS_QUESTION.test(text) &&
    SIDEWAYS_MEANS.test(text) &&
    !QUESTION_CLEARED.test(text) &&
    !/\b(?:weds|germs|bacteria|mould|mold|rats|mice|slugs|wasps|pests|plants?|gras|lawn|bugs|insects|nits|fleas)\b/.test(
      text,
    )
  )
    raise(t, "urgent", "suicide");
  if (
    GOODBYE_SENT.test(text) &&
    !GOODBYE_SET_CLEARED.test(text) &&
    !ORDINARY_LEAVING.test(text) &&
    !/\b(?:to (?:the|my) (?:whole )?(?:team|coleagues|clas|students|staf|group|club|workers|co ?workers)|last day|leaving do|farewel do|dramatic)\b/.test(
      text,
    ) &&
    !longAgo(text)
  )
    raise(t, "emergency", "suicide");
  if (
    CRASH_MEANT.test(text) &&
    !LAUGHTER.test(text) &&
    !/\b(?:game|gta|mario|kart|video|film|toy|remote control|rc|drone|simulator|bal|fotbal|darts|target|goal|kick|throw|bowling|golf)\b/.test(
      text,
    ) &&
    !/\b(?:hes|shes|theyre|he is|she is|they are|he|she|they) (?:\w+ )?(?:going to|gona|about to|wil|wants to)\b/.test(
      text,
    )
  )
    raise(t, CRASH_NOW.test(text) ? "emergency" : "urgent", "suicide");
  if (NOT_SAFE.test(text) && !LAUGHTER.test(text))
    raise(
      t,
      "urgent",
      /\b(?:with|around|near) (?:him|her|them|my (?:baby|son|daughter|dad|mum|kids|wife|husband|partner))\b/.test(
        text,
      )
        ? "harm_to_others"
        : SELF_HARM_WORDS.test(text) || /\b(?:knives|knife|scisors)\b/.test(text)
          ? "self_harm"
          : "suicide",
    );
}

const RED_FLAG_WORDS =
  /worst|swel|throat|chest|face|words|spech|hypo|sugar|fel|flor|stuck|cant get|chemo|head|breath|swalowed|ate|bleach|dialysis|grey|blue|choked|dementia|alzheimers/;
function redFlag(text: string): boolean {
  return RED_FLAG_WORDS.test(text) && RED_FLAGS.test(text) && !RED_FLAGS_CLEARED.test(text);
}

/** The writer's own risk that shows only across the clauses of one message, with or without signals. */
// Most messages hold none of these words, so each pattern that reads the whole message is
// only run when one of its words is there (a substring test costs far less than a scan).
const TOOK_ENOUGH =
  /\b(?:tok|taken|swalowed|downed|had) (?:what|everything|as much as) (?:it|they|gogle|the site|the internet|the forum|the article|i read) (?:said|says|reckoned|told me) (?:would|wil|should|is|was) (?:be )?(?:enough|lethal|fatal)\b/;
const HARM_ACROSS_WORDS =
  /know where|poison|antifreze|weedkiler|bleach|pelets| for |do it|which ones|know who/;

let acrossWhole = "";
let acrossText = "";
function acrossClauses(t: Tally, whole: string): void {
  // Batch zzx: read without the harmless phrases the rules already set aside ("sorted grandad's
  // pills into his weekly box ... took ages", "tied the rope to the beam for the kids' swing").
  if (whole !== acrossWhole) {
    acrossWhole = whole;
    acrossText = MORE_IDIOM_SCAN.replace(whole);
  }
  const text = acrossText;
  readFromParts(t, text);
  if (PAIN_PIECES.test(text) && METHOD_PAIN_QUESTION.test(text)) raise(t, "urgent", "suicide");
  if (text.includes(" here ") && HOURS_WORDS.test(text) && STOOD_THERE.test(text))
    raise(t, "emergency", "suicide");
  if (DECIDED.test(text) && TIMING.test(text) && PLACE_WORD.test(text)) raise(t, "emergency", "suicide");
  // Batch zzv: "done the research, took what it said would be enough": an overdose (read here, as
  // "research" marks a clause as discussion).
  if (text.includes("enough") && TOOK_ENOUGH.test(text)) raise(t, "emergency", "suicide", "medical");
  if ((ACROSS_M_WORDS.test(text) || ACROSS_M_PIECES.test(text)) && ACROSS_M.test(text))
    raise(t, /\bwant to be with\b/.test(text) ? "concern" : "urgent", "suicide");
  if (text.includes(" no ") && NO_WAY_BUT_DEATH.test(text)) raise(t, "urgent", "suicide");
  // A weapon made ready ("the hammer's in my bag", "bat in the boot") and a score to settle ("he's
  // going to learn", "tonight he gets it back"), with no word of hurting said: intent to hurt
  // someone, and an emergency with a time.
  if (SCORE_TO_SETTLE.test(text) && WEAPON_READY.test(text) && !LAUGHTER.test(text)) {
    raise(t, "urgent", "harm_to_others");
    if (harmSoon(text)) raise(t, "emergency", "harm_to_others");
  }
  // "i want out. not out the house. out full stop".
  if (text.includes("want out") && /\bwant out\b[^|]*\| not out\b/.test(text) && !LAUGHTER.test(text))
    raise(t, "urgent", "suicide");
  // "bought the blades. not to cut this time. to go".
  if (text.includes("not to cut") && /\bnot to cut\b[^|]*\| to (?:go|die|end it)\b/.test(text))
    raise(t, "emergency", "suicide");
  // "i took the tablets. all of them": what was taken, and how much, in sentences of their own.
  if (text.includes(" | ") && TAKEN_ALL_ACROSS.test(text)) raise(t, "emergency", "medical");
  // "pills kicking in. sleepy. bye".
  if (KICKING_IN_PIECES.test(text) && PILLS_KICKING_IN.test(text))
    raise(t, "emergency", "medical", "suicide");
  // "punched the tiles till my knuckles split. did it on purpose".
  if (PURPOSE_PIECES.test(text) && INJURED_ON_PURPOSE.test(text)) raise(t, "urgent", "self_harm");
  const taken = TAKEN_WORDS.test(text) || TAKEN_MORE_PIECES.test(text);
  if (taken && TAKEN_SYMPTOM.test(text) && TAKEN_LOT.test(text)) {
    if (ACCIDENTAL.test(text) || RECREATIONAL.test(text) || DRUGS_TAKEN.test(text) || /\btwice\b/.test(text))
      raise(t, "emergency", "medical");
    else raise(t, "emergency", "suicide", "medical");
  }
  if (text.includes(" them") && /\d/.test(text) && COUNT_TAKEN.test(text))
    raise(t, "emergency", "suicide", "medical");
  if (HARM_ACROSS_WORDS.test(text) && HARM_ACROSS.test(text))
    raise(
      t,
      TIMING.test(text) && /\b(?:bats?|knife|gun|hamer|machete|blade)\b/.test(text) ? "emergency" : "urgent",
      "harm_to_others",
    );
  if (text.includes("want to go") && STILL_WANT_TO_GO.test(text)) raise(t, "urgent", "suicide");
  // A question about a method or an amount, then "asking for me".
  if (OWNED_PIECES.test(text) && (QUESTION_OWNED.test(text) || PAIN_QUESTION_OWNED.test(text)))
    raise(t, "urgent", "suicide");
  if (DID_IT_PIECES.test(text) && WOUND_DID_IT.test(text)) raise(t, "urgent", "self_harm", "medical");
  if (STOP_PIECES.test(text) && BROKE_PROMISE.test(text)) raise(t, "urgent", "self_harm");
  if (
    text.includes("urge") &&
    URGE_NOW.test(text) &&
    /\b(?:razors?|blades?|cut\w*|self ?harm|sh|clean)\b/.test(text)
  )
    raise(t, "urgent", "self_harm");
  if (TRIED_PIECES.test(text) && TRIED_WITH.test(text)) {
    if (
      TAKEN_SYMPTOM.test(text) ||
      /\b(?:tonight|today|last night|earlier|an hour ago|this morning|just now)\b/.test(text)
    )
      raise(t, "emergency", "suicide", "medical");
    else raise(t, "urgent", "suicide");
  }
  if (text.includes("them out") && BLADES_OUT.test(text)) raise(t, "urgent", "self_harm");
  if ((DRINK_WORDS.test(text) || A_AND_E_PIECES.test(text)) && TAKEN_FLATLY.test(text))
    raise(t, "emergency", "suicide", "medical");
  if (text.includes("there") && THOUGHT_STILL_THERE.test(text)) raise(t, "concern", "suicide");
  if (text.includes("for when") && WEAPON_FOR_WHEN.test(text)) raise(t, "urgent", "suicide");
  if (text.includes("do it") && ARMS_HIDDEN_STILL.test(text)) raise(t, "concern", "self_harm");
  if (
    text.includes("petrol") &&
    ACCELERANT.test(text) &&
    THEIR_PLACE.test(text) &&
    (TIMING.test(text) || /\b(?:round|there|over) at \d+\b/.test(text))
  )
    raise(t, "emergency", "harm_to_others");
  // Batch zzw: wanting to go deeper after cuts or scratches told in another sentence ("cat
  // scratches again today, more than usual. i wanted to go deeper").
  if (
    text.includes("deper") &&
    /\b(?:wanted|want|wanting|needed|tempted) to go deper\b/.test(text) &&
    /\b(?:cuts?|cuting|scratches|scratched|scratching|blades?|razors?|sh|self harm)\b/.test(text)
  )
    raise(t, "urgent", "self_harm");
  // Batch zzw: means bought, then "i know what its for".
  if (
    text.includes("what its for") &&
    /\b(?:rope|hose|hosepipe|charcoal|pils|tablets|gun|noose)\b[^]*\| i know (?:exactly )?what its for\b/.test(
      text,
    )
  )
    raise(t, "urgent", "suicide");
  // Batch zzw: thoughts of dying, then "i want to" as a sentence of its own.
  if (
    text.includes("want to") &&
    /\bi (?:think|kep thinking|dream|fantasi[sz]e) (?:about|of) (?:dying|death|being dead|kiling myself|ending it)\b[^|]*\| i (?:realy )?want to(?: so bad| so much)? ?$/.test(
      text,
    )
  )
    raise(t, "urgent", "suicide");
  // Batch zzw: self-harm still going on after the scars ("scars have mostly healed. but i still
  // do it sometimes"), or a blade used lately ("found my old blades ... i used one last month").
  if (
    text.includes("stil do it") &&
    /\bscars?\b/.test(text) &&
    /\bi stil do it\b(?! (?:for|with|at|in) )/.test(text)
  )
    raise(t, "urgent", "self_harm");
  if (
    text.includes("used one") &&
    /\b(?:blades?|razors?)\b/.test(text) &&
    /\bi used one (?:last (?:night|wek|month)|this (?:wek|month|morning)|yesterday|today|again|on myself)\b/.test(
      text,
    )
  )
    raise(t, "urgent", "self_harm");
  // Batch zzw: an old age's waiting ("im 85 and im just waiting to go. ive had enough of this body").
  if (
    text.includes("waiting to go") &&
    /\b(?:im|i am)(?: (?:[6-9]\d|1[01]\d) and)? (?:im )?waiting to go(?= ?$| ?\||(?: now)? ?,)/.test(text) &&
    /\b(?:im (?:[6-9]\d|1[01]\d)|had enough|tired of (?:living|life|it al)|this (?:old )?body|take me)\b/.test(
      text,
    )
  )
    raise(t, "concern", "suicide");
  // Batch zzw: a count of minutes, then "that's how long till i walk into the sea".
  if (
    text.includes("how long") &&
    /\b(?:\d+|a few|five|ten|twenty|thirty) (?:minutes|mins|hours?)\b[^]{0,12}\bhow long (?:til|until|before) i (?:walk into|go into|jump|do it|end it|take them|go)\b/.test(
      text,
    )
  )
    raise(t, "emergency", "suicide");
  // Batch zzw: a jump or an attempt survived, then "this time ill do it properly".
  if (
    text.includes("this time") &&
    /\b(?:jumped|tried|hung myself|overdosed|did it)\b[^|]*\band (?:lived|survived|woke up)\b/.test(text) &&
    /\bthis time (?:il|i wil|im going to|im gona) (?:do it |get it )?(?:properly|right)\b/.test(text)
  )
    raise(t, timingIn(text) ? "emergency" : "urgent", "suicide");
}

// "tried to hang himself this morning", "last night she tried to": an attempt in the last day.
const ATTEMPT_JUST_NOW =
  /\b(?:tried|attempted)\b(?: \w+){0,5} (?:this morning|last night|tonight|earlier today|today|this afternon|this evening|an hour ago|(?:\d+|a few|two|thre) hours ago)\b|\b(?:this morning|last night|earlier today|this afternon|tonight) (?:he|she|they|my \w+) (?:tried|attempted)\b/;

function assess(signals: Signal[], text: string, forOther: boolean): Tally {
  const t: Tally = { level: "none", categories: new Set() };
  if (signals.length === 0) return t;
  const has = (k: Kind, current = true) => signals.some((s) => s.kind === k && (!current || !s.past));
  const timing = timingIn(text);
  const recentOnly = signals.every((s) => s.kind !== "relapse");
  const imminent = IMMINENT.test(text) && INTENT.test(text);
  const laughing = LAUGHTER.test(text);
  const recovery = RECOVERY.test(text);
  const nowAgain = NOW_AGAIN.test(text);
  // "cut myself shaving and it won't stop bleeding" is not self-harm: read without the idioms.
  const selfHarmContext = SELF_HARM_WORDS.test(IDIOM_SCAN.replace(text, 1)) || has("self_harm", false);

  const activeSignals = signals.filter((s) => s.kind === "active" || s.kind === "kms");
  const currentActive = activeSignals.filter((s) => !s.past || nowAgain);
  // "kms lol": often a joke, sometimes a mask; worth a gentle question, not an alarm.
  const onlyJoking =
    laughing &&
    !/\b(?:not (?:a |even )?jok(?:e|ing)|no joke|no lol|not kiding|deadas|for real|fr fr|unles|not the haha way|not in a (?:funy|joking) way|so (?:nobody|no one) believes me|nobody takes me seriously|jokes aside|genuinely tho|(?:lol|lmao|haha|jk) but(?: like)?(?= ?$| \|))\b/.test(
      text,
    ) &&
    !has("means") &&
    !has("means_strong") &&
    !has("means_now") &&
    !has("plan") &&
    !activeSignals.some((s) => s.intent);
  const passive = signals.some((s) => s.kind === "passive" && (!s.past || nowAgain));
  const ideation = currentActive.length > 0 || passive;

  if (forOther) {
    // Someone else's risk: help for the person supporting them, unless a life is at risk now.
    const other = signals.filter(
      (s) =>
        !s.past ||
        (nowAgain && (s.kind === "attempt" || s.kind === "active" || s.kind === "self_harm")) ||
        // "she took 30 ibuprofen at school this afternoon": taken, and still in her.
        ((s.kind === "overdose" || s.kind === "poison") &&
          TAKEN_LATELY.test(s.clause) &&
          !/\b(?:years|(?:\d+|two|thre|four|five|six|several|many) months) ago\b/.test(s.clause)),
    );
    if (other.length === 0) return t;
    const bereavement =
      BEREAVEMENT.test(text) && !other.some((s) => s.kind !== "active" && s.kind !== "attempt");
    if (bereavement) return t;
    if (OVER_FOR_THEM.some(([said, kinds]) => said.test(text) && other.every((s) => kinds.includes(s.kind))))
      return t;
    for (const s of other) {
      // Taken by mistake and checked by a doctor, who said it was fine.
      if ((s.kind === "overdose" || s.kind === "poison") && CHECKED_FINE.test(text)) continue;
      // A small child who got into the tablets: poisoned, not suicidal.
      if (s.kind === "overdose" || s.kind === "poison")
        raise(
          t,
          "emergency",
          "medical",
          ...(CHILD.test(s.clause) || RECREATIONAL.test(s.clause) ? [] : (["suicide"] as const)),
        );
      else if (s.kind === "bleeding") raise(t, "emergency", "medical", "self_harm");
      // Theme FA: the writer's own self-harm, long over, told to a child who asked about the scars.
      else if (s.kind === "self_harm" || s.kind === "self_harm_history") {
        if (!(recovery && s.past)) raise(t, "concern", "self_harm");
      } else if (s.kind.startsWith("abuse")) {
        if (!recovery) raise(t, "concern", "abuse");
      } else if (s.kind.startsWith("harm_others")) raise(t, "concern", "harm_to_others");
      else if (
        SUICIDE_KINDS.has(s.kind) ||
        s.kind === "means" ||
        s.kind === "plan" ||
        s.kind === "do_it" ||
        s.kind === "departure" ||
        s.kind === "farewell"
      ) {
        raise(t, "concern", "suicide");
        if (s.kind === "goodbye") raise(t, "emergency", "suicide");
      }
    }
    // Someone else in danger now: not breathing, being beaten as we speak, armed and on their way,
    // on the railing.
    if (other.some((s) => s.kind === "medical_now" || s.kind === "body_now"))
      raise(t, "emergency", "medical");
    const nowish =
      imminent ||
      IMMINENT.test(text) ||
      ABUSE_PRESENT.test(text) ||
      // Batch zzx: "grabbed dads shotgun and walked out the door saying hes going to kill".
      /\b(?:walked|stormed|ran) out (?:the dor|of the house|the house)\b/.test(text) ||
      /\b(?:just|minutes ago|happening|now|(?:screaming|scream)(?!(?: \w+){0,4} (?:most|every|some) (?:nights?|days?|wekends?))|outside|gone out|on (?:his|her) way|thud|then nothing|went quiet)\b/.test(
        text,
      );
    if (
      (other.some((s) => s.kind === "abuse_now") ||
        (other.some((s) => s.kind.startsWith("abuse")) && nowish)) &&
      !recovery
    )
      raise(t, "emergency", "abuse");
    if (
      other.some((s) => s.kind.startsWith("harm_others")) &&
      (WEAPON.test(text) || /\bpetrol\b/.test(text)) &&
      (nowish || TIMING.test(text))
    )
      raise(t, "emergency", "harm_to_others");
    if (other.some((s) => s.kind === "means_now")) raise(t, "emergency", "suicide");
    if (other.some((s) => s.kind === "medical_care")) raise(t, "concern", "medical");
    // Their things given away, their papers laid out: worth asking about; with them out of reach, now.
    if (
      other.some((s) => s.kind === "affairs") &&
      !BEREAVEMENT.test(text) &&
      !/\b(?:funeral|pased away|after (?:he|she) died)\b/.test(text)
    ) {
      raise(t, "concern", "suicide");
      if (UNREACHABLE.test(text) || OTHER_MEANS.test(text)) raise(t, "emergency", "suicide");
    }
    // At the water or the edge with a goodbye or a wish to die: now.
    if (
      other.some((s) => s.kind === "place_now" || s.kind === "means_here") &&
      other.some((s) => s.kind === "farewell" || SUICIDE_KINDS.has(s.kind))
    )
      raise(t, "emergency", "suicide");
    if (
      other.some((s) => s.kind === "farewell") &&
      /\b(?:phones? (?:is |s |went |has gone |gone |has ben |ben )?(?:of|off|dead|straight to voicemail)|not answering|isnt answering|not picking up|goes to voicemail|have pils|has pils)\b/.test(
        text,
      )
    )
      raise(t, "emergency", "suicide");
    if (other.some((s) => s.kind === "means") && /\b(?:rail|railing|ledge|edge)\b/.test(text))
      raise(t, "emergency", "suicide");
    if (other.some((s) => s.kind === "farewell") && OTHER_MEANS.test(text)) raise(t, "emergency", "suicide");
    const otherActive = other.some((s) => s.kind === "active" || s.kind === "attempt");
    // On the tracks or at the edge with the means or waiting: now.
    if (
      other.some((s) => s.kind === "place_now" || s.kind === "means_here") &&
      (other.some((s) => s.kind === "means" || s.kind === "means_strong" || s.kind === "do_it") ||
        /\bwaiting for the next (?:one|train)\b/.test(text) ||
        (other.some((s) => s.kind === "place_now") &&
          (OTHER_MEANS.test(text) || other.some((s) => s.kind === "plan" || s.kind === "plan_strong"))))
    )
      raise(t, "emergency", "suicide");
    // Someone else saying they will hurt a person, with a weapon to hand: urgent even without a time.
    if (other.some((s) => s.kind.startsWith("harm_others")) && WEAPON.test(text))
      raise(t, "urgent", "harm_to_others");
    // Two different goodbyes from them ("said goodbye", "see u on the other side"): now.
    if (
      new Set(other.filter((s) => s.kind === "farewell" || s.kind === "goodbye").map((s) => s.clause)).size >=
      2
    )
      raise(t, "emergency", "suicide");
    // Batch zzu: their attempt in the last day ("tried to hang himself this morning, he's in a&e"),
    // and talk of ending it followed by a thud or silence on the call: their life in danger now.
    if (
      other.some((s) => s.kind === "attempt" && ATTEMPT_JUST_NOW.test(s.clause)) &&
      !/\b(?:years|months|weks) ago|discharged|survived|out of hospital|home now|back home\b/.test(text)
    )
      raise(t, "emergency", "suicide");
    if (
      other.some((s) => s.kind === "active" || s.kind === "attempt") &&
      /\b(?:heard (?:a|this) (?:thud|bang|crash)|went (?:quiet|silent|dead) on the (?:cal|phone|line|facetime))\b/.test(
        text,
      )
    )
      raise(t, "emergency", "suicide");
    // Threatened with death at home: their danger, asked about as such.
    if (other.some((s) => s.kind === "abuse_threat") && !recovery) raise(t, "urgent", "abuse");
    // At the top of a block or on a ledge, saying they will jump: now.
    if (
      otherActive &&
      /\b(?:(?:at|on) the top of|on the (?:window )?(?:rof|ledge|edge|railing|parapet)|on (?:the|a) bridge)\b/.test(
        text,
      )
    )
      raise(t, "emergency", "suicide");
    // Someone who said they want to die, said goodbye or is at the edge, and cannot be reached now.
    if (
      (otherActive ||
        other.some((s) => s.kind === "farewell" || s.kind === "goodbye" || s.kind === "place_now")) &&
      UNREACHABLE.test(text) &&
      !recovery
    )
      raise(t, "emergency", "suicide");
    if (
      otherActive &&
      (other.some((s) => s.kind === "means" || s.kind === "means_strong") ||
        (OTHER_MEANS.test(text) && (INTENT.test(text) || TIMING.test(text))) ||
        imminent ||
        other.some(
          (s) => (s.kind === "active" || s.kind === "attempt") && /\b(?:right now|tonight)\b/.test(s.clause),
        ) ||
        other.some((s) => s.kind === "active" && s.intent && TIMING.test(s.clause)))
    ) {
      raise(t, "emergency", "suicide");
    }
    return t;
  }

  // History: an attempt or self-harm in the past is worth a gentle question, unless recovered.
  for (const s of signals) {
    if (s.kind === "attempt") {
      if (RECENT.test(s.clause) || RECENT.test(text)) raise(t, "emergency", "suicide");
      else if (LATELY.test(text) || nowAgain) raise(t, "urgent", "suicide");
      else if (s.past || /\b(?:once|before|twice|times)\b/.test(text)) {
        if (!recovery) raise(t, "concern", "suicide");
      } else raise(t, "urgent", "suicide");
    }
  }
  const selfHarmNow = signals.filter((s) => s.kind === "self_harm" && (!s.past || nowAgain));
  const selfHarmPast = signals.filter(
    (s) => (s.kind === "self_harm" && s.past) || s.kind === "self_harm_history",
  );
  if (selfHarmPast.length > 0 && !recovery) raise(t, "concern", "self_harm");
  if (selfHarmNow.length > 0) raise(t, "urgent", "self_harm");
  // Old self-harm and blades just bought: the urge is back even when it is not said.
  if (
    selfHarmPast.length > 0 &&
    signals.some((s) => s.kind === "means" && !s.past) &&
    /\b(?:blades?|razors?)\b/.test(text)
  )
    raise(t, "urgent", "self_harm");
  if (has("medical_care")) raise(t, "concern", "medical");
  if (has("body_now")) raise(t, "emergency", "medical");
  if (activeSignals.some((s) => s.past) && !nowAgain && !recovery) raise(t, "concern", "suicide");
  if (passive) raise(t, "concern", "suicide");
  if (currentActive.length > 0)
    raise(t, onlyJoking || NO_INTENT.test(text) ? "concern" : "urgent", "suicide");
  if (has("lethal_query") || has("plan_strong") || has("means_strong")) raise(t, "urgent", "suicide");
  if (has("means_now")) raise(t, "emergency", "suicide");
  if (!recentOnly && signals.some((s) => s.kind === "relapse")) {
    if (selfHarmContext) raise(t, "urgent", "self_harm");
    else if (ideation || signals.some((s) => SUICIDE_KINDS.has(s.kind))) raise(t, "urgent", "suicide");
  }
  if (has("goodbye")) raise(t, "emergency", "suicide");
  if (has("farewell") && (ideation || has("means_strong") || has("means_now")))
    raise(t, "emergency", "suicide");

  // Plans, means and timing raise the level of a wish that is already there.
  const planned = has("plan") || has("plan_strong");
  const means = has("means") || has("means_strong") || has("means_now");
  const anyIdeation = ideation || selfHarmNow.length > 0 || has("lethal_query");
  if (anyIdeation && (means || planned))
    raise(t, "emergency", selfHarmNow.length > 0 && !ideation ? "self_harm" : "suicide");
  if (has("means_strong") && (planned || timing)) raise(t, "emergency", "suicide");
  // An act with a time ("kill myself tonight"), even across sentences ("i want to die. tonight").
  if (currentActive.some((s) => s.act && !s.remembered && (s.timing || timing)) && !onlyJoking)
    raise(t, "emergency", "suicide");
  if (currentActive.some((s) => s.intent) && imminent) raise(t, "emergency", "suicide");
  // Despair that is not a wish to die on its own ("i'm done", "i give up"), and leaving ("ready to
  // go", "i'll be gone"), count as one when something else points the same way.
  const means0 = has("means") || has("means_strong") || has("means_now");
  const weak = has("weak");
  const departure = has("departure");
  const farewell = has("farewell");
  if (
    departure &&
    (ideation || weak || farewell || means0 || planned || has("goodbye") || (has("do_it") && timing))
  )
    raise(t, "emergency", "suicide");
  if (weak && (means0 || planned || farewell || has("do_it") || has("lethal_query")))
    raise(t, "emergency", "suicide");
  if (farewell && (planned || has("do_it") || DECIDED.test(text))) raise(t, "emergency", "suicide");
  // Batch zzv: a decision said bare ("ive decided.", "made my mind up, just sorting the details")
  // beside a wish to be gone, despair, a plan or means: thoughts of acting; with a time, now.
  // (A bare decision is itself read as weak, so the despair must be in another clause.)
  const weakBesides = signals.some((s) => s.kind === "weak" && !s.past && !DECIDED_BARE.test(s.clause));
  if (
    DECIDED_BARE.test(text) &&
    !laughing &&
    (passive || weakBesides || planned || has("plan_how") || means0)
  )
    raise(t, timing ? "emergency" : "urgent", "suicide");
  // Two different farewells in one message ("bye everyone", "tell my brother I love him").
  if (new Set(signals.filter((s) => s.kind === "farewell").map((s) => s.clause)).size >= 2)
    raise(t, "emergency", "suicide");
  // Means gathered and a plan, even with no wish said in words; with a time or a goodbye, now.
  if (means0 && planned) raise(t, timing || farewell ? "emergency" : "urgent", "suicide");
  if (has("do_it") && (ideation || weak || means0 || planned)) {
    raise(t, timing || imminent || DECIDED.test(text) ? "emergency" : "urgent", "suicide");
  }
  if (has("plan") && has("means_strong")) raise(t, "emergency", "suicide");
  if (
    has("plan_strong") &&
    (timing || /\b(?:leaving|heading out|seting of|seting out|driving there|going) now\b/.test(text))
  )
    raise(t, "emergency", "suicide");
  if (has("plan_strong") && means) raise(t, "emergency", "suicide");
  // At the place or with the means now ("on the top deck of the car park", "in the bath with the
  // blade"), or on the way there with a time, next to anything else that points the same way; and
  // things arranged for after ("the cat's fed for a week") next to a wish, a plan or leaving.
  const here = has("place_now") || has("means_here");
  const affairs = has("affairs");
  const pointer =
    ideation ||
    weak ||
    farewell ||
    departure ||
    planned ||
    affairs ||
    has("plan_how") ||
    has("means_strong") ||
    has("means_now") ||
    has("do_it") ||
    has("goodbye") ||
    has("lethal_query") ||
    selfHarmNow.length > 0;
  if (here && (pointer || has("place_going"))) raise(t, "emergency", "suicide");
  // Batch zzv: the way worked out beside a wish, despair, leaving or affairs put in order ("if she
  // leaves me im done, ive thought about exactly how"): thoughts of acting; doing it, with a time, now.
  if (has("plan_how") && (ideation || weak || departure || affairs || farewell))
    raise(t, "urgent", "suicide");
  if (has("plan_how") && has("do_it")) raise(t, timing || imminent ? "emergency" : "urgent", "suicide");
  // "standing on the tracks ... next one through is 2.14": at the place, with a time.
  if (
    has("place_now") &&
    timing &&
    /\b(?:(?:on|by|at|near) the (?:train |railway )?(?:tracks|line|railway line)|ledge|railing|wrong side|over the edge)\b/.test(
      text,
    ) &&
    !/\b(?:photos?|pictures?|camera|filming|video|spoting|spoters?|steam|heritage|scotsman|engineering|maintenance|survey)\b/.test(
      text,
    )
  )
    raise(t, "emergency", "suicide");
  // At the place and saying what comes next: going in, no coming back, a leg over, deciding, sorry to
  // the family as the last words, or means found in another sentence.
  if (
    has("place_now") &&
    (AT_THE_PLACE_NEXT.test(text) ||
      signals.some(
        (s) =>
          (s.kind === "means" || s.kind === "do_it") &&
          !s.past &&
          !signals.some((p) => p.kind === "place_now" && p.clause === s.clause),
      ))
  )
    raise(t, "emergency", "suicide");
  if (
    has("means_here") &&
    (DECIDED.test(text) || timing || IMMINENT.test(text) || NOT_YET.test(text)) &&
    !has("harm_others") &&
    !has("harm_others_intent")
  )
    raise(t, "emergency", "suicide");
  if (
    departure &&
    /\b(?:decided|made up my mind|everything (?:is ready|else is done)|i have it ready)\b/.test(text)
  )
    raise(t, "emergency", "suicide");
  if (has("place_going") && (timing || IMMINENT.test(text)) && (pointer || DECIDED.test(text)))
    raise(t, "emergency", "suicide");
  if (affairs && (ideation || weak || departure || farewell || planned || means0 || has("do_it")))
    raise(t, "emergency", "suicide");
  if (has("plan_strong") && DATE.test(text)) raise(t, "emergency", "suicide");
  // A method looked into, means kept or affairs put in order, with a time; affairs next to a
  // decision; two different arrangements; on the way to a place with the means.
  if ((has("means_strong") || affairs) && timing) raise(t, "emergency", "suicide");
  if (has("lethal_query") && timing && (has("do_it") || has("departure") || has("place_going")))
    raise(t, "emergency", "suicide");
  if (affairs && DECIDED.test(text)) raise(t, "emergency", "suicide");
  if (new Set(signals.filter((s) => s.kind === "affairs").map((s) => s.clause)).size >= 2)
    raise(t, "urgent", "suicide");
  if (has("place_going") && (has("means_here") || has("means_strong") || has("means_now")))
    raise(t, "emergency", "suicide");
  // "Stopped taking my meds on purpose ... and kept them": stockpiling told across sentences.
  if (/\bstoped taking (?:my|the) (?:meds|medication|tablets|pils)\b.*\bkept them\b/.test(text))
    raise(t, "urgent", "suicide");

  // Already taken, already bleeding: a medical emergency whatever the intent.
  const overdoseContext =
    (has("overdose_context", false) || has("overdose_symptoms", false)) &&
    (PILLS_MENTIONED.test(text) || CONTAINER.test(text) || ideation || has("weak"));
  if (has("overdose", false) || has("poison", false) || overdoseContext) {
    const pastOnly = signals
      .filter(
        (s) =>
          s.kind === "overdose" ||
          s.kind === "poison" ||
          s.kind === "overdose_context" ||
          s.kind === "overdose_symptoms",
      )
      .every((s) => s.past);
    // "took a double dose by mistake, rang 111 and they said i should be fine": checked, and fine.
    if (CHECKED_FINE.test(text) && !ideation && !has("attempt")) {
      // Nothing to raise.
    } else if (!pastOnly || (RECENT.test(text) && !recovery)) {
      raise(t, "emergency", "medical");
      if (ideation || has("attempt") || DELIBERATE.test(text)) raise(t, "emergency", "suicide");
    } else if (!recovery) raise(t, "concern", "suicide");
  }
  // Bleeding that will not stop is an emergency whatever caused it; here it is most often self-harm.
  if (has("bleeding")) raise(t, "emergency", "medical", "self_harm");
  // "Need stitches", "feel sick after taking them": an emergency when self-harm or pills are in view.
  if (has("bleeding_context")) {
    if (selfHarmContext || ideation) raise(t, "emergency", "medical", "self_harm");
    else if (PILLS_MENTIONED.test(text) && /\b(?:took|taking|taken|swalow)/.test(text))
      raise(t, "emergency", "medical");
  }

  acrossClauses(t, text);

  // Abuse at home.
  // Abuse in the past that is not known to be over is still worth asking about.
  // "my ex was violent but that was 10 years ago ... married to someone kind now": over.
  // "my mum has dementia, she hit me today ... i'm not hurt": an illness, not abuse.
  const abuseOver = (s: Signal) => recovery && (s.past || /\b(?:was|were|used to)\b/.test(s.clause));
  const illness =
    /\b(?:dementia|alzheimers|delirium)\b/.test(text) &&
    /\b(?:not hurt|im ok|im fine|im alright)\b/.test(text);
  if (!illness && signals.some((s) => s.kind === "abuse" && !abuseOver(s))) raise(t, "concern", "abuse");
  // "If my mum sees this she'll kill me": being found out, not a threat anyone made.
  const caughtOut =
    /\bif (?:my \w+|the \w+|she|he|they) (?:\w+ ){0,2}(?:ses|finds|catches|hears|knows|found)\b/.test(text) &&
    !/\b(?:told me|said|says|threat\w*|swore|keps saying|texted)\b/.test(text);
  // Laughing makes a threat a worry, unless a weapon is there too ("she's got his old gun").
  if (has("abuse_threat") && !caughtOut)
    raise(
      t,
      laughing && !/\b(?:gun|shotgun|rifle|knife|knives)\b/.test(text) ? "concern" : "urgent",
      "abuse",
    );
  if (has("abuse_now")) raise(t, "emergency", "abuse");
  if (has("abuse_threat") && (timing || imminent)) raise(t, "emergency", "abuse");
  // Abuse of any kind while the person is still there, at the door, or they are hiding: now.
  if ((has("abuse") || has("abuse_threat")) && ABUSE_PRESENT.test(text)) raise(t, "emergency", "abuse");

  // Harm to others: anger is common and usually said, not meant; intent, means or a time change that.
  const harm = signals.filter(
    // "made my life hell for 3 years and im going to make him bleed": the past is his, the intent now.
    (s) =>
      (s.kind === "harm_others" || s.kind === "harm_others_intent") &&
      (!s.past || (s.intent && /\b(?:im|i am|il|i wil) (?:going to|gona)\b/.test(s.clause))),
  );
  // "intrusive thoughts about harming my baby ... they horrify me": OCD, feared, not wanted.
  const intrusive =
    /\bintrusive thoughts?\b/.test(text) &&
    /\b(?:horify|horified|horifies|would never|ocd|erp|terified)\b/.test(text);
  if (harm.length > 0 && !intrusive) {
    const intent =
      harm.some((s) => s.intent || s.kind === "harm_others_intent" || INTENT.test(s.clause)) ||
      /\b(?:made up my mind|not venting|nearly did|close to doing it|i know what id do|i know where (?:he|she|they) (?:lives?|works|drinks|drinks|parks|stays|gets the bus|trains|walks (?:his|her|their|the) dog)|i know (?:\w+ ){0,6}what id use|not (?:in )?the joke way|(?:ive|i have) thought about how|(?:ive ben|i kep|i have ben) (?:driving|walking|siting|parking) (?:past|outside|by) (?:his|her|their) (?:house|flat|place|work)|i wil use it|(?:wasnt|not) bluffing|looked up the venue|not in a venting way|i know which road|i know where (?:he|she) parks|i know the (?:pub|gym|road|route)|im using it|looked up what would work|i mean it|not a figure of speech|not joking|(?:i have|ive) decided|il do it again|got the means)\b/.test(
        text,
      );
    const weapon = WEAPON.test(text);
    // "i'm gonna kill my sister if she takes my charger lol": a threat made conditional and laughed off.
    const banter = laughing && /\bif (?:she|he|they|you|anyone|my)\b/.test(text) && !weapon;
    if ((!laughing || intent) && !banter) {
      raise(t, "concern", "harm_to_others");
      if (intent || weapon) raise(t, "urgent", "harm_to_others");
      const lethal = /\b(?:kil|stab|shoot|murder|strangle)/.test(text);
      const soon = timing || imminent || harmSoon(text);
      if (harm.some((s) => /\btold (?:her|him|the misus|my)\b/.test(s.clause))) raise(t, "urgent", "abuse");
      if ((intent || weapon) && soon && (weapon || lethal || has("harm_others_intent"))) {
        raise(t, "emergency", "harm_to_others");
      }
    }
  }
  return t;
}

/** A time or a moment set for hurting someone: "when he gets in", "at 10", "waiting for him". */
const OWN_END = re(
  `\\b(?:end it|kill myself|end my life|suicid\\w*|feel pain|cut myself|self harm|sh|my (?:arm|arms|leg|legs|wrist|wrists|thigh))\\b`,
  "",
);

function harmSoon(text: string): boolean {
  return (
    IMMINENT.test(text) ||
    // Batch zzv: "after this message", with the weapon got and the man in the car park.
    /\bafter (?:this|i send this) (?:mesage|text|cal)\b/.test(text) ||
    // Batch zzx: "he gets home in ten mins", "she's back in half an hour", "driving to her house".
    /\b(?:im|i am) (?:driving|on my way|heading|walking) (?:round |over )?to (?:his|her|their|my exs?|my ex s)\b/.test(
      text,
    ) ||
    /\b(?:gets?|comes?|is|s|wil be|be|finishes|leaves|gets out)(?: work| schol)? (?:(?:home|back|in|out|here) )?in (?:\d+|a few|five|ten|fifteen|twenty|thirty|half an hour|an hour)(?: (?:mins?|minutes|hours?))?\b/.test(
      text,
    ) ||
    /\bat \d+(?: o ?clock| ?(?:am|pm))\b/.test(text) ||
    /\b\d{1,2} \d\d (?:hes|shes|he|she|theyre|they) (?:is |are |s )?(?:coming|comes|gets|leaves|wil be)\b/.test(
      text,
    ) ||
    /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorow|tonight)\b/.test(text) ||
    /\bwhen (?:he|she|they|hes|shes) (?:gets?|comes?|walks?) (?:in|home|back|out|of)\b/.test(text) ||
    /\b(?:before (?:he|she|they) wakes?|lights? (?:are|is) on|(?:is|s) due|at closing|half (?:\d+|one|two|thre|four|five|six|seven|eight|nine|ten|eleven|twelve)|im parked outside|waiting for (?:him|her|them)|(?:hes|shes|he is|she is) aslep|(?:hel|shel|he wil|she wil) be in at|(?:of shift|of work|clocks of|leaves work|leaves) at|(?:leaves|finishes|gets out|comes out)(?: work| schol)? in \d+)\b/.test(
      text,
    ) ||
    /\b(?:in the morning|(?:car|van|taxi) (?:has |s )?(?:just )?puled (?:in|up)(?! (?:at|on|last|yesterday))|(?:hes|shes|he has|she has|theyve) just (?:got|come) (?:home|back|in)|(?:when|once|as soon as) (?:he|she|they|my ex|hes|shes|theyre) (?:turns? up|shows? up|arives?)|at (?:[01]?\d|2[0-3]) [0-5]\d)\b/.test(
      text,
    ) ||
    /\b(?:when (?:he|she|they) wakes? up|at closing|(?:home|round|here|back) at (?:one|two|thre|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)|coming round at|finishes at|gets home at|(?:comes|walks|gets) out (?:\w+ ){0,4}at (?:\d+|half \w+)|standing outside (?:his|her|their) (?:dor|rom))\b/.test(
      text,
    )
  );
}

// Someone else's life in danger now, read from its parts: who, and what is happening to them.
// "mate at the pres drank half a bottle of vodka and wont wake up and his lips look kinda blue",
// "my flatmate just posted a pic of a bottle of pills with "sorry everyone" and she's not picking
// up", "my gf said she'd taken "enough this time" and hung up".
const SOMEONE_ELSE = re(
  `\\b(?:(?:friend|mate|flatmate|housemate|roommate|gf|bf|girlfriend|boyfriend|wife|husband|partner|son|daughter|mum|mom|mam|dad|brother|sister|cousin|student|neighbour|colleague|nan|gran|grandad|grandma|uncle|aunt)s?|someone|he|she|hes|shes|him|her)\\b`,
  "",
);
const UNRESPONSIVE = re(
  `\\b(?:(?<!\\b(?:pray\\w*|hope\\w*|wish\\w*)\\b[^|]{0,30})wont wake up|cant wake (?:him|her|them)|(?:doesnt|dont|isnt|not) respond\\w*|unresponsive|barely (?:responding|responsive|conscious)|breathing (?:all )?(?:weird|funny|strange|wrong|odd|shallow|really slow)|barely breathing|breathing but barely|lips (?:\\w+ ){0,2}blue|turning blue|not breathing|stopped breathing|face (?:is )?swell\\w*|swelling up|throat (?:is )?closing|fitting|having a (?:fit|seizure))\\b`,
  "",
);
const SENT_GOODBYE = re(
  `\\b(?:sent|posted|emailed|texted|messaged|put up|(?:text|mesage|voice note|snap) from)\\b[^|]{0,60}\\b(?:pic|photo|picture|poem|goodbye|sorry|cheers for everything|thank you for everything|thanks for everything|see you on the other side|look after (?:the kids|my \\w+|mum|dad|everyone) for me(?! while| til| until| this| tonight| tomorow| on| at| today| later)|this is the end)\\b`,
  "",
);
const CANNOT_REACH = re(
  `\\b(?:not answering|not picking up|isnt picking up|isnt answering|cant reach|not replying|wont answer|not in (?:her|his|their) (?:halls|room|flat)|dont know where (?:she|he|they) (?:is|are)|phones? (?:is |s )?(?:off|of)|(?:cant|cannot|can t|can) get hold of (?:him|her|them)|wont (?:reply|pick up|respond)|(?:nobody|no one|noone|we|i) (?:can|cant|cannot) find (?:him|her|them))\\b`,
  "",
);
const SAID_TAKEN = re(
  `\\b(?:shed|hed|she had|he had|she has|he has|theyd|they had|shes|hes) (?:just )?taken (?:" )?(?:enough|too many|all of (?:them|it)|the lot)\\b`,
  "",
);
const WALKED_OUT_WITH = re(
  `\\b(?:walked|went|gone|stormed|driven|drove) (?:out|off)\\b[^|]{0,20}\\bwith (?:the|a|his|her) (?:\\w+ )?(?:rope|gun|shotgun|rifle|pills|tablets|knife|hosepipe|hose)\\b`,
  "",
);
const OTHER_NOW_CLEARED = re(
  `\\b(?:film|movie|show|series|episode|book|novel|(?<!\\b(?:posted|put up|on) (?:a |her |his |their )?)story|game|character|scene|drill|training|course|first aid|practice|practise|doll|dummy|mannequin|last year|years ago|when (?:i|we) were|i work (?:as|for|in|on)|cal handler|dispatcher|on (?:my |a )?shift)\\b`,
  "",
);

/** Someone else in danger now, read from its parts; `none` for most messages. */
// Batch zzz: "my husband has dementia and he went out in his slippers over an hour ago. its minus
// five out and i cant find him anywhere".
const MISSING_IN_COLD = re(
  `\\b(?:dementia|alzheimers)\\b[^]{0,120}\\b(?:went out|wandered of|walked out|left the house|gone missing|disapeared)\\b[^]*\\b(?:cant find (?:him|her)|no sign of (?:him|her)|(?:hes|shes) not back)\\b(?:(?=[^]*\\b(?:minus|frezing|cold|dark|snow|night)\\b)|(?<=\\b(?:minus|frezing|cold|dark|snow|night)\\b[^]*))`,
  "",
);

function othersInDangerNow(text: string): Tally {
  const t: Tally = { level: "none", categories: new Set() };
  themeCAOthers(t, text);
  if (QUIET_OTHER_PIECES.test(text)) readQuietOther(t, text);
  if (!SOMEONE_ELSE.test(text) || OTHER_NOW_CLEARED.test(text)) return t;
  if (UNRESPONSIVE.test(text) || redFlag(text)) raise(t, "emergency", "medical");
  if (SENT_GOODBYE.test(text) && CANNOT_REACH.test(text)) raise(t, "emergency", "suicide");
  if (SAID_TAKEN.test(text)) raise(t, "emergency", "suicide", "medical");
  // Batch zzz: someone with dementia gone out into the cold and not found.
  if (/find|sign of|not back/.test(text) && MISSING_IN_COLD.test(text)) raise(t, "emergency", "medical");
  if (
    THIRD_AT_PLACE.test(text) &&
    (AT_PLACE_POINTER.test(text) || EDGE_NOW.test(text) || SENT_GOODBYE.test(text)) &&
    !AT_PLACE_CLEARED.test(text)
  )
    raise(t, "emergency", "suicide");
  if (
    WALKED_OUT_WITH.test(text) &&
    /\b(?:dont folow|said bye|said goodbye|said godbye|burden|cant go on|not coming back|life insurance)\b/.test(
      text,
    )
  )
    raise(t, "emergency", "suicide");
  return t;
}

// Goodbyes and affairs put in order for an ordinary leaving: a job, a move abroad, a holiday, a
// phone about to die. When these are the only signals, the goodbye is read as that leaving.
const LEAVING_KINDS: ReadonlySet<Kind> = new Set(["farewell", "goodbye", "affairs", "departure"]);
const ORDINARY_LEAVING = re(
  `\\b(?:retir\\w*|godbye (?:forever )?(?:to )?(?:twiter|insta|instagram|facebok|tiktok|snapchat|redit|discord|social media)(?=[^]{0,60}\\b(?:deleting|delete|deleted|acount|break|detox)\\b)|moving (?:into|in to) (?:a |the |her |his |my )?(?:care home|new \\w+|flat|house|home)|new job|(?:quit|quiting|leaving|left) (?:my |the )?(?:job|work|company|warehouse|team)|last day (?:at|of) (?:the |my )?(?:job|work|school|uni)|last day (?:tomorow|today|on friday)|(?:to|for) the (?:whole )?(?:team|ofice|department)|colleagues|cleared my desk|handed (?:my )?(?:badge|keys|notice) (?:back|in)|emigrat\\w*|moving (?:to|abroad|house|out)|airport|flight|(?:weeks?|days?|fortnight) (?:in|on) (?!the \\w+ (?:ward|unit))\\w+|going on holiday|off on holiday|(?:going|gone|off) (?:of grid|travel\\w*|on (?:a )?retreat)(?! forever| for god)|(?:meditation|silent|yoga) retreat|godbye (?:hinge|tinder|bumble|grindr)|no (?:signal|wifi|phones)|phones? (?:is |s )?(?:on|at) \\d+\\b|(?:to|at|from) (?:that|the) (?:gym|job|shop|club|clas|pub|place|school|ofice|restaurant|team) i mean|for now|talk (?:tomorrow|later|soon)|(?<!\\bno more "? ?)(?:see|speak to) (?:you|ya|u) (?:tomorrow|later|soon)|battery|\\d+ ?%)\\b`,
  "",
);

// Batch zzy: someone else's risk told in the third person ("he said he wishes he was dead", "she
// bites herself till she bleeds", "his mum burns him with her cigarette"). A clause that starts
// with that person, where the writer takes no part and nobody is joking, is read again as if they
// said it of themselves ("i wish i was dead"); what the writer's own rules find there is theirs.
const NOT_TAKING_PART =
  /\b(?:(?<=\b(?:girl|boy|kid|kids|lad|lads|lass|guy|man|woman|women|men|child|children|student|students|boys|girls|people|someone|bloke|ten|tens|pupil|pupils|client|clients|patient|patients|player|players|one|ones|family|person|lady)(?: that| who)? )i (?:tutor|coach|babysit|teach|know|work with|look after|care for|mentor|nanny for|live with|talk to|met|go to schol with|sit next to)\b|(?:told|tels|teling|showed|shows|sent|sends|texted|texts|mesaged|asked|asks|gave|caled|rang|emailed|dmed|snapchated) me\b|to me\b)/g;
const FIRST_PERSON = /\b(?:i|im|ive|id|il|me|my|myself|iam|we|us|our)\b/;
const PERSON_WORDS = [...OTHER_WORDS]
  .filter(
    (w) => !/^(?:they|theyre|theyve|themselves|character|protagonist|himself|herself|somebody)$/.test(w),
  )
  .join("|");
const STARTS_WITH_THEM = new RegExp(
  `^(?:(?:so|and|then|today|tonight|yesterday|now|yo|bhai|also|apparently|last night|this morning|since|when|because|like|wel|ok|oh|plus|anyway|basicaly|update|lately|recently|omg|ugh|um|erm|hi|hey|help|pls|please|idk|ok so) ,? ){0,2}(?:(?:he|she|hes|shes|hed|shed|hel|shel)|(?:(?:(?:one|some|al|both) of )?(?:my|a|the|this|that|our|his|her|some) (?:\\w+ ){0,3}?|\\w+ )?(?:${PERSON_WORDS})s?)\\b`,
);
const NOT_IN_EARNEST =
  /\b(?:jok\w*|kid\w*|lol|haha|lmao|banter|sarcas\w*|(?:asked|asks|asking) (?:\w+ ){0,2}questions|(?:fine|ok|okay|wel|beter) (?:for years|for ages|now)|to the (?:pharmacy|chemist|gp|doctor|doctors)|for (?:a |the )?review|get (?:them|it) checked)\b/;
// After "he" or "she" read as "i": "wishes" as "wish", "is" as "am", "has" as "have".
const AGREEMENT: Record<string, string> = {
  is: "am",
  has: "have",
  does: "do",
  doesnt: "dont",
  hasnt: "havent",
  isnt: "am not",
  was: "was",
  wasnt: "wasnt",
  goes: "go",
};
const ADVERBS = new Set(
  "just stil always never also realy actualy literaly even only apparently constantly often".split(" "),
);
const THIRD_ENDINGS = new Set(
  "and to til until when with about of for in on at that so because again up out down back , ? from while after before if".split(
    " ",
  ),
);
// What such a reading may find: their wish or thoughts of dying, a plan or means that can only
// mean one thing, their self-harm, harm done to them or wished on others. Never an emergency on
// this reading alone; the kinds that are (a goodbye, means in hand) are read as written.
const THEIR_WORDS_KINDS = new Set<Kind>([
  "passive",
  "active",
  "kms",
  "lethal_query",
  "plan_strong",
  "means_strong",
  "self_harm",
  "self_harm_history",
  "abuse",
  "harm_others",
]);
function inTheirWords(normalised: string): { text: string; read: Set<string> } | undefined {
  if (
    !/\b(?:he|she|hes|shes|hed|shed|hel|shel|him|his|her|himself|herself)\b/.test(normalised) ||
    NOT_IN_EARNEST.test(normalised)
  )
    return undefined;
  // The clauses read in their words; the rest are kept as written, for idioms that run across.
  const read = new Set<string>();
  const clauses = normalised.split(/ \| | but | though | although | however | except /).map((whole) => {
    const clause = whole.trim();
    // "my friend", "my little brother" name who it is about; "my arm", "my throat" are the writer's.
    const named = clause
      .replace(NOT_TAKING_PART, " ")
      .replace(/\bmy (?:\w+ ){0,2}?(\w+)\b/g, (m: string, w: string) =>
        OTHER_WORDS.has(w) || (w.endsWith("s") && OTHER_WORDS.has(w.slice(0, -1))) ? " " : m,
      );
    // A clause that talks about a book, a film or the news ("the bit where she tries to drown
    // herself") stays as written, so that it is still read as discussion.
    if (FIRST_PERSON.test(named) || !STARTS_WITH_THEM.test(clause) || DISCUSSION.test(clause)) return clause;
    const tokens = clause.split(" ");
    const out: string[] = [];
    let agree = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as string;
      const next = tokens[i + 1] ?? "";
      let w = t;
      if (t === "he" || t === "she") w = "i";
      else if (t === "hes" || t === "shes")
        w =
          /^(?:ben|got|gone|had|taken|tried|done|started|stoped|made|writen|posted|sent|said|told|cut|never)$/.test(
            next,
          )
            ? "ive"
            : "im";
      else if (t === "hed" || t === "shed") w = "id";
      else if (t === "hel" || t === "shel") w = "il";
      else if (t === "himself" || t === "herself") w = "myself";
      else if (t === "him") w = "me";
      else if (t === "his") w = "my";
      else if (t === "her") w = next === "" || THIRD_ENDINGS.has(next) ? "me" : "my";
      else if (agree) {
        if (ADVERBS.has(t)) {
          out.push(t);
          continue;
        }
        w =
          AGREEMENT[t] ??
          (/(?:ch|sh|x|s)es$/.test(t)
            ? t.slice(0, -2)
            : /[^su]s$/.test(t) && t.length > 3
              ? t.slice(0, -1)
              : t);
      }
      agree = w === "i" && t !== "i";
      out.push(w);
    }
    const reading = out.join(" ");
    if (reading !== clause) read.add(reading);
    return reading;
  });
  return read.size > 0 ? { text: ` ${clauses.join(" | ")} `, read } : undefined;
}

/** Batch zzy: the signals found in `inTheirWords`' reading, as someone else's. */
function theirSignals(normalised: string): Signal[] {
  const theirs = inTheirWords(normalised);
  if (theirs === undefined) return [];
  return (
    findSignals(theirs.text)
      // Harm done to them is theirs only where the reading made them the one it is done to ("his mum
      // burns him": "my mum burns me"), not the one who does it ("dad shouts when he's had a drink").
      .filter(
        (s) =>
          THEIR_WORDS_KINDS.has(s.kind) &&
          theirs.read.has(s.clause.trim()) &&
          // "she's been cutting her own hair": not self-harm, whoever says it.
          !(
            s.kind.startsWith("self_harm") &&
            /\b(?:hair|fringe|grass|hedge|lawn|fabric|back on|down on)\b/.test(s.clause)
          ) &&
          (s.kind !== "abuse" ||
            (/\b(?:me|my|myself)\b/.test(s.clause) &&
              // "took the belt to his old jeans": done to a thing of theirs, not to them.
              !/\bmy (?:\w+ )?(?:jeans|trousers|shorts|skirt|dres|shirt|jacket|coat|shoes|boots|bag|sofa|chair|car|bike|garden|hedge|fence)\b/.test(
                s.clause,
              ))),
      )
      .map((s): Signal => ({ ...s, subject: "other" }))
  );
}

function screenNormalised(normalised: string): Screening {
  let signals = findSignals(normalised);
  const othersNow = othersInDangerNow(normalised);
  // Theme CO: someone else at risk, told by the person worried about them.
  readTheirWorry(othersNow, normalised);
  // Batch zzy: their own words and acts, read in the first person, are their risk.
  const theirs = theirSignals(normalised);
  if (
    signals.length > 0 &&
    signals.every((s) => LEAVING_KINDS.has(s.kind)) &&
    ORDINARY_LEAVING.test(normalised)
  )
    signals = [];
  if (signals.length === 0) {
    const t: Tally = { level: "none", categories: new Set() };
    acrossClauses(t, normalised);
    const other = theirs.length > 0 ? higherOf(othersNow, assess(theirs, normalised, true)) : othersNow;
    if (levelRank(other.level) > levelRank(t.level)) return asScreening(other, "other");
    return asScreening(t, "self");
  }
  const self = assess(
    signals.filter((s) => s.subject === "self"),
    normalised,
    false,
  );
  // Batch zzz: thinking of doing what a relative did, when the only signals are the relative's.
  if (self.level === "none" && !signals.some((s) => s.subject === "self")) readSameAsThem(self, normalised);
  // Said in a quote or a discussion but owned as the writer's feeling: ask gently, no more.
  if (signals.every((s) => s.identified) && levelRank(self.level) > levelRank("concern"))
    self.level = "concern";
  // Nobody else's danger outranks an emergency of the writer's own.
  if (self.level === "emergency") return asScreening(self, "self");
  const assessed = assess(signals.filter((s) => s.subject === "other").concat(theirs), normalised, true);
  const other = higherOf(othersNow, assessed);
  // The writer's own risk comes first, unless someone else's is greater ("i'm hiding in the
  // cupboard" beside "dad is strangling mum": her life is in danger now).
  if (self.level !== "none" && levelRank(self.level) >= levelRank(other.level))
    return asScreening(self, "self");
  return asScreening(other, "other");
}

/**
 * Someone else's risk read two ways (told of plainly, and in their own words): the higher, or at
 * the same level both readings' categories ("refusing his heart tablets and says whats the point"
 * is a body failing and a wish to be gone).
 */
function higherOf(a: Tally, b: Tally): Tally {
  if (levelRank(a.level) !== levelRank(b.level)) return levelRank(a.level) > levelRank(b.level) ? a : b;
  return { level: a.level, categories: new Set([...a.categories, ...b.categories]) };
}

function asScreening(t: Tally, subject: "self" | "other"): Screening {
  return t.level === "none"
    ? { level: "none", categories: [], subject: "self" }
    : { level: t.level, categories: orderedCategories(t.categories), subject };
}

// A message that stops on one of these words was cut off mid-sentence ("i just want"), so the
// next one runs on from it; any other message is a sentence of its own, so a negation or subject
// in it does not reach into the next ("i dont want to live" then "ive got the rope").
const RUNS_ON =
  /\b(?:want|wana|to|and|but|or|the|a|an|i|im|my|of|about|going|gona|like|is|are|was|so|because|then|with|if|when|that|just|realy|even|feel|should|could|would|il|wil|for|at|on|in|ned|have|got|ive)\s*$/;

// The rules as they are scanned: those that give the same kind of signal in the same way are
// joined into one pattern, so a clause costs one scan per kind rather than one per rule. A match
// is still one phrase, checked for negation, subject and context on its own.
const SCAN_GROUPS: Rule[][] = (() => {
  const groups = new Map<string, Rule[]>();
  const sizes = new Map<string, number>();
  const parts = new Map<string, number>();
  for (const r of RULES) {
    const kind = `${r.kind}/${r.subject}/${r.negatable}/${r.act}`;
    // A group's joined pattern stays under PATTERN_LIMIT: a larger one would run unoptimised.
    if ((sizes.get(kind) ?? 0) + r.pattern.source.length + 5 > PATTERN_LIMIT) {
      parts.set(kind, (parts.get(kind) ?? 0) + 1);
      sizes.set(kind, 0);
    }
    sizes.set(kind, (sizes.get(kind) ?? 0) + r.pattern.source.length + 5);
    const key = `${kind}/${parts.get(kind) ?? 0}`;
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  return [...groups.values()];
})();
const SCAN_RULES: Rule[] = SCAN_GROUPS.map((list) =>
  list.length === 1
    ? (list[0] as Rule)
    : {
        ...(list[0] as Rule),
        pattern: new RegExp(list.map((r) => `(?:${r.pattern.source})`).join("|"), "g"),
      },
);

/** Every rule's pattern, for the index of trigrams (prefilter.ts) and its tests. */
export const RULE_PATTERNS: readonly RegExp[] = RULES.map((r) => r.pattern);

// Which rules could match a clause, by the trigrams filed for each (a rule with none filed runs
// on every clause).
const RULE_INDEX = new TrigramIndex(filedTrigrams(RULE_PATTERNS).map((t) => t ?? null));
const GROUP_MEMBERS: number[][] = (() => {
  const position = new Map(RULES.map((r, i) => [r, i]));
  return SCAN_GROUPS.map((list) => list.map((r) => position.get(r) as number));
})();

/**
 * Scans a clause with several patterns (a group's rules, or an idiom list's alternatives) as if
 * they were joined by "|": each match is the leftmost any of them finds, the earlier pattern
 * winning a tie, and the next search starts where it ended. Joining them into a new pattern would
 * compile one for every combination.
 */
class JoinedScan {
  lastIndex = 0;
  private readonly found: (RegExpExecArray | null | undefined)[];
  constructor(private readonly patterns: RegExp[]) {
    this.found = new Array(patterns.length);
  }
  exec(text: string): RegExpExecArray | null {
    let best: RegExpExecArray | null = null;
    for (let k = 0; k < this.patterns.length; k++) {
      let m = this.found[k];
      if (m === undefined || (m !== null && m.index < this.lastIndex)) {
        const p = this.patterns[k] as RegExp;
        p.lastIndex = this.lastIndex;
        m = p.exec(text);
        this.found[k] = m;
      }
      if (m && (!best || m.index < best.index)) best = m;
    }
    if (best) this.lastIndex = best.index + Math.max(best[0].length, 1);
    return best;
  }
}

// The group each rule is scanned in.
const GROUP_OF: Int32Array = (() => {
  // scanPatterns packs a rule's number into 16 bits.
  if (RULES.length > 65536) throw new Error("more rules than scanPatterns can number");
  const of = new Int32Array(RULES.length);
  GROUP_MEMBERS.forEach((members, g) => {
    for (const i of members) of[i] = g;
  });
  return of;
})();

type Scan = { lastIndex: number; exec(text: string): RegExpExecArray | null };
const SCAN_KEYS = new Int32Array(RULES.length);

/**
 * How to scan a clause: for each group with a rule that could match it (`candidates`, from the
 * index), in group order, the group and the pattern to scan with. Only the candidates are looked
 * at, not every rule of every group: most clauses have a few dozen of the ~1,000.
 */
function scanPatterns(candidates: number[]): { g: number; pattern: Scan }[] {
  // By group, and within a group in rule order, as the group's members are listed: each as one
  // number, group * 65536 + rule, so a typed array's own numeric sort (no comparator) orders them.
  // In a buffer kept from call to call (a new typed array costs more than the sort), read through
  // before this returns, so nothing else can be using it.
  const keys = SCAN_KEYS.subarray(0, candidates.length);
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k] as number;
    keys[k] = (GROUP_OF[i] as number) * 65536 + i;
  }
  keys.sort();
  const scans: { g: number; pattern: Scan }[] = [];
  for (let start = 0; start < keys.length;) {
    const g = (keys[start] as number) >>> 16;
    let end = start + 1;
    while (end < keys.length && (keys[end] as number) >>> 16 === g) end++;
    const count = end - start;
    let pattern: Scan;
    if (count === (GROUP_MEMBERS[g] as number[]).length) pattern = (SCAN_RULES[g] as Rule).pattern;
    else if (count === 1) pattern = (RULES[(keys[start] as number) & 0xffff] as Rule).pattern;
    else {
      const patterns: RegExp[] = [];
      for (let k = start; k < end; k++) patterns.push((RULES[(keys[k] as number) & 0xffff] as Rule).pattern);
      pattern = new JoinedScan(patterns);
    }
    scans.push({ g, pattern });
    start = end;
  }
  return scans;
}

const ASKED_IF =
  /\b(?:asked|asks|asking|ask|keeps asking|kept asking|being asked|wanted to know|wants to know|checking|checked)(?: me)?(?: today| again| earlier| yesterday| last wek| once)? (?:if|whether)(?: i| im| ive| id)?\s*$/;
// "asked if I'd ever had thoughts of suicide and I said no": the same, a few words further on.
const ASKED_IF_WIDE =
  /\b(?:asked|asks|asking|ask|keeps asking|kept asking|being asked|wanted to know|checking|checked)(?: me)?(?: today| again| earlier| yesterday| last wek| once)? (?:if|whether|about)(?: \w+){0,5}\s*$|\basked (?:me )?the (?:standard|usual|screening|routine|safety) questions\b[^|]*$/;
const DENIED =
  /\b(?:i said no|said no|say no|i havent|i hadnt|i dont|i didnt|i have not|genuinely never|no i|no , i|answer (?:was|is) no)\b|\| no\b/;
// "...and I said no. I lied": the denial was not the answer.
const ADMITTED =
  /\b(?:said yes|(?:real|honest|true) answer (?:is|was)(?! no\b)|i lied|i was lying|that was a lie|i do though|i do tho|but i do|truth is i do|yes \| every day|yes every day)\b|\| (?:yes|yeah|yep|yh)\s*(?:\||$)/;
const TAKEN_KINDS = new Set<Kind>(["overdose", "poison", "overdose_context"]);

const NONE: Screening = Object.freeze({ level: "none", categories: [], subject: "self" }) as Screening;

/**
 * Screens one message a person wrote. `previous` holds the same person's earlier messages in
 * this conversation, newest last, so intent stated across two messages is caught ("I want to
 * die" … "I have the pills here"). The result never contains any of the text.
 *
 * @example screenMessage("i have the pills here", { previous: ["i want to die"] })
 *   // { level: "emergency", categories: ["suicide"], subject: "self" }
 */
export function screenMessage(
  text: string,
  options: { previous?: string[] } = {},
  // The learned second opinion (classifier.ts) to consult, or null for the rules alone. On by
  // default since 2026-12-06, when a model trained on 43 authors' batches passed the fixed
  // acceptance rule (eval/safety/train.ts) and, on five authors it had never seen, raised their
  // urgent recall by 0.02-0.07 and any-risk recall by 0.05-0.15 without flagging any of their 421
  // `none` messages or any of 619 ordinary conversation messages. See eval/safety/README.md.
  model: ClassifierModel | null = defaultModel(),
): Screening {
  if (!text || !text.trim()) return { ...NONE, categories: [] };
  const normalised = normaliseMessage(text);
  // The earlier messages are normalised once, for the rules and the second opinion alike.
  const earlier = earlierNormalised(options);
  const rules = rulesWithEarlier(normalised, earlier);
  if (!model || levelRank(rules.level) >= levelRank("urgent")) return rules;
  // Wording the rules have never seen: the model may raise what they found, up to `urgent`, but
  // never lower it, and never overrule an idiom the rules recognised ("this exam is killing me").
  const cue = () => IDIOM_SCAN.matches(normalised);
  return secondOpinion(rules, normalised, earlier, cue, model);
}

/** The person's last two earlier messages (blank ones left out), normalised, oldest first. */
function earlierNormalised(options: { previous?: string[] }): string[] {
  return (options.previous ?? [])
    .filter((p) => p && p.trim())
    .slice(-2)
    .map(normaliseMessage);
}

const CARRIES_ON =
  /\b(?:now|right now|rn|here now|im here|at the \w+ now|(?:its|it s|it is) done|about to|after this|any minute|engine (?:on|running)|in \d+ (?:mins?|minutes|hours?)|(?:its|it s|it is) (?:[01]?\d|2[0-3])(?: [0-5]\d)?)\b/;
// A follow-up that takes the earlier message back or turns towards help: "im fine now", "rang them".
const TAKES_BACK =
  /\b(?:fine|ok|okay|alright|safe|jk|joking|kidding|ignore|never ?mind|nvm|not|no|dont|didnt|wont|cant|better|calmer|calm|stoped|stopped|false alarm|wrong chat|mistake|nosebled|nosebleed|period|only|just a|lol|haha|lmao|help|helpline|caled|rang|texted|talked|talking|told|hospital|ambulance|police|999|911|112|home safe|sorry for|sory for|dosete|organiser|organizer)\b/;
// An answer that says when or where, after a message that already held a wish to die, a plan or the
// means: "its today. once the kids are at school", "tonight while theyre all at the match", and
// after a place was named, "im here now", "im on it now", "heading there".
const WHEN_NOW = re(
  `^ ?(?:(?:its|it s|it is) (?:today|tonight|now)(?= ?$| ?\\|| (?:once|when|while|after|at|then)\\b)|(?:tonight|today|tomorrow|now) (?:while|when|once|after|before)\\b|doing it (?:tonight|today|now)\\b)`,
  "",
);
const THERE_NOW = re(
  `\\b(?:(?:im|i am) (?:here|there|on it|up here|at it|on the edge) now|(?:im|i am) (?:in|at|on) the (?:\\w+ ){1,5}now|(?:heading|going|walking|driving|on my way) (?:there|down there|up there|over there)(?= ?$| ?\\|| ?,| now))\\b`,
  "",
);
const NO_ANSWER = re(
  `^ ?(?:(?:and )?(?:hes|shes|theyre|he is|she is|they are|still) (?:not|isnt|wont|stopped) (?:answering|picking up|replying|responding)(?: (?:his|her|their) phone)?|(?:his|her|their) phone(?:s| is)? (?:off|dead|going (?:straight )?to voicemail)|no (?:answer|reply)(?: from (?:him|her|them))?|cant (?:reach|get hold of) (?:him|her|them))(?: ?$| ?\\|| now| at al| anymore)`,
  "",
);
// A short follow-up (a dozen words at most) that names a time, the means at hand or the place,
// after a message that already held thoughts of suicide at urgent or above: "once the house is
// asleep", "friday it is", "knife block's right there", "brought the washing line", "on the platform".
// The earlier message said what; this one says when, with what or where, which together is an
// emergency (thoughts of suicide with means at hand, a plan with a time, at the place).
const SHORT_FOLLOW_UP = /^ ?(?:\S+ ){0,13}\S* ?$/;
// A few words that go on from an earlier message that held risk at urgent or above, neither taking
// it back nor saying it was about something else: "tonight", "its loaded", "hearts going funny",
// "asking for real", "just need the house empty". The earlier risk stands; the screener's reading
// of each message otherwise credits it only with what it adds. Not when the few words start by
// saying what the earlier message was about ("for chem coursework", "from twitter", "to my 20s"),
// and not after a threat to someone alone, which is so often said of a brother or a flatmate in jest.
const GOES_ON = /^ ?(?:\S+ ){0,5}\S* ?$/;
// A follow-up that insists the earlier words were meant: "not joking this time", "i mean it",
// "for real", "no im serious". Its "not" and "joking" are no taking back, so it carries the earlier
// risk forward whatever its length; not when it laughs after all ("not joking lol", "jk").
const INSISTS =
  /(?:^|\| |[.,!] )\s*(?:(?:no|and|but|ok|yes|yeah|seriously|honestly)[ ,]+)?(?:(?:im|i m|i am|its|it s|it is|this is) )?(?:(?:not|no|aint) (?:even )?(?:joking|kiding|a joke|jk)|no joke|(?:dead |deadly )?serious|i (?:do )?mean it|for real|deadas|fr fr)\b(?: (?:this time|anymore|any more|now|at al|tho|though|btw|mate|honestly|either))*\s*[.!]*\s*(?:\||$)/;
// Nor when they change the subject ("anyway how was your day"): a calm message inside an open
// crisis flow gets the flow's gentle check (crisis.ts), which a risk level here would skip.
const GOES_ON_EXPLAINED =
  /^ ?(?:to|for|from|on|of|with|before|as|about|into|at|anyway|anyways|btw|so how|how (?:was|is|are|do|did)|what about|moving on|changing the subject)\b/;
const FOLLOW_TIME = re(
  `\\b(?:soon|(?:tonight|today|tomorow) (?:then|it is)|(?:this|next|on|til|until) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|wekend)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) it is|(?:on|for) my birthday|(?:once|when|after) (?:the house|every ?one|everybody|they|the kids|mum|mam|mom|dad|my \\w+|he|she)(?: s| is| are|re|s)? (?:(?:al |fast )?asleep|in bed|out|gone|at work)|after the (?:news|funeral|kids|match|party|wedding)|in \\d+ (?:mins?|minutes|hours?)|at (?:\\d+(?: ?(?:am|pm))?|midnight|dawn)|(?:its|it s|it is|al) set for)\\b`,
  "",
);
const FOLLOW_MEANS_HERE = re(
  `\\b(?:(?:the |my |a |his |her |dads |mums )?(?:rope|ropes|belt|cord|washing line|knife|knife block|knives|blade|razor|pils|tablets|gun|rifle|shotgun|hose|bleach|charcoal|insulin|pens|noose|them)(?:s| is| are|re)? (?:right )?(?:here|there|next to me|beside me|in my (?:hand|pocket|bag|lap)|on the (?:side|table|bed|desk|counter)|with me|ready|set up|tied|hooked up|cut to length)|(?:brought|got|bought|holding) (?:the |my |a |his |her )?(?:rope|belt|cord|washing line|knife|blade|razor|gun|rifle|shotgun|hose|noose)(?= ?$| ?\\|| ?,| with me| here| now))\\b`,
  "",
);
const FOLLOW_AT_PLACE = re(
  `(?:^ ?(?:im |i am |i m |now |sat |siting |standing |parked )?(?:right )?(?:on|at|in|up on|by) (?:the|a)\\b|\\b(?:top flor|parapet|ledge|edge) now\\b)`,
  "",
);
// "it was a no. its done, about 20 mins ago" after "i'd take the whole box if the letter was a no":
// the act done, after a message that held thoughts of suicide at urgent or above.
const FOLLOW_DONE = re(
  `(?:^|\\|) ?(?:(?:its|it s|it is) done|(?:ive |i )?(?:done|did) it|(?:ive |i )?(?:took|taken|swalowed|had|injected) (?:them|em|it|the lot|the rest|al of them|the whole \\w+|both \\w+))(?: al)?(?= ?$| ?\\|| ?,| (?:now|just now|already|\\d+ mins|about|an hour|half an hour))`,
  "",
);
// "its happening in an hour" after "remember i said i had a plan?": the plan told before, now with a time.
const PLAN_RECALLED =
  /\b(?:i said|i told you|told you|teling you|remember|i mentioned)\b[^|]{0,20}\b(?:i had|ive got|i have|i made|about) (?:a|the|my) plan(?= ?(?:\?|$|\||and\b|right\b))/;
const PLAN_GOING_AHEAD = /\b(?:(?:its|it s|it is) (?:hapening|going ahead|on)|(?:im )?doing it)\b/;
// "well i drank some. the green bottle from the shed" after "is weedkiller really bad for you": a
// poison the earlier message named, swallowed.
const POISON_NAMED = re(
  `\\b(?:wedkiler|wed kiler|bleach|antifreze|rat poison|paraquat|gramoxone|slug pelets|drain cleaner|screnwash|pesticide|insecticide|white spirit|methanol|lighter fluid)\\b`,
  "",
);
const DRANK_SOME = re(
  `(?:^|\\|) ?(?:(?:wel|so|and|yeah|ok|wel ,|so ,) )?i (?:drank|drunk|swalowed|downed|necked) (?:some|a bit|half|it|the lot|a load|loads)(?: of it| of the botle)?(?= ?$| ?\\|| ?,| (?:earlier|already|just now|an hour ago|\\d+ (?:mins|minutes|hours) ago|by mistake|by acident|acidentaly))`,
  "",
);
const DONE_CLEARED =
  /\b(?:didnt|not|jk|joking|kidding|never ?mind|nvm|fine|safe|ok|okay|homework|dishes|washing|esay|laundry|shoping|revision|exam|test)\b/;
const OVERDOSE_WORDS = re(`\\b(?:${PILLS}|box|packet|botle|overdose|insulin|pens|the lot)\\b`, "");
const ORDINARY_AWAY = re(
  `\\b(?:(?:my |our |the )?flight (?:to|home|back|out)\\b[^|]{0,30}\\b(?:is|leaves|at|tomorow|tonight)|last (?:shift|day|wek|night) (?:at|of|in) (?:the|my) \\w+|(?:cousins|sisters|brothers|friends|mates|best friends|our|my) (?:\\w+ )?(?:wedding|stag|hen do|hen party|graduation|christening)|(?:off|going|heading) (?:to|on) (?:a |the |my |our )?(?:festival|camping|conference|honeymoon|exchange|placement|residential))\\b`,
  "",
);
// Arrangements or a cover story beside it: "told her i was off on holiday", "sorted out the will".
const AWAY_ARRANGED = re(
  `\\b(?:told (?:her|him|them|everyone|every1|people|my \\w+)|wil|wils|rehom\\w*|insurance|took the (?:dog|cat)|gave (?:away|the (?:dog|cat)))\\b`,
  "",
);
// A leaving that says more than the ordinary one: "for good", "forever", "sorry", "not coming back".
const ORDINARY_AWAY_CLEARED = re(
  `\\b(?:for god|forever|for ever|sory|not coming back|never coming back|last time|love you al)\\b`,
  "",
);
// "not for me haha. well. maybe for me", "asking for me": a question about a method, owned after.
const OWNED_FOLLOW =
  /(?:^|\| )\s*(?:(?:ok|okay|wel|but|and|if im honest|to be fair)\s+)?(?:(?:maybe|its|it s|it is|probably|ok its) for (?:me|myself)|asking for (?:me|myself)|for me (?:tbh|if im honest)|its me (?:asking|i mean))\s*(?:\||$)/;
const ANSWER_FORWARD =
  /^\s*(?:since \w+|every (?:single )?(?:day|night)|al the time|most (?:days|nights)|more and more|for (?:weeks|months|days|years)|yes|yeah|yep|yh|i have|i do|sort of|kind of)\b/;

/** screenMessage by the rules alone, without the learned second opinion. */
export function screenByRules(
  text: string,
  options: { previous?: string[] } = {},
  normalised = normaliseMessage(text),
): Screening {
  if (!text || !text.trim()) return { ...NONE, categories: [] };
  return rulesWithEarlier(normalised, earlierNormalised(options));
}

const JUMP_SPORT =
  /\b(?:sky ?div\w*|parachut\w*|bunge\w*|tandem jump|clif jump\w*|tombstoning|high dive|diving board|base jump\w*|paraglid\w*)\b/;

// Batch zzzc: a chore named before that accounts for the means or the place this message names
// ("the pills are all counted out on the kitchen table" after "doing my mum's dosette box", "stood at
// the edge working out the drop" after "training for a sponsored abseil"), when this message says
// nothing of dying.
const CHORE_EXPLAINS: readonly (readonly [RegExp, RegExp])[] = [
  [
    re(
      `\\b(?:dosette|pill (?:box|organiser|organizer)|blister packs?|(?:mums|dads|nans|grans|grandads|grandmas|her|his|their) (?:weekly )?(?:pills|tablets|meds|medication)|prescriptions? (?:for|from) (?:mum|dad|nan|gran|her|him))\\b`,
      "",
    ),
    re(`\\b(?:pills|tablets|meds|medication)\\b`, ""),
  ],
  [
    re(
      `\\b(?:abseil\\w*|(?:going|goin|off|go|went) climbing|climbing (?:wall|course|club|trip|lesson|gym|tomorrow|tmrw|saturday|sunday|this weekend)|lead climbing|bouldering|belay\\w*|instructor|rope access|mountaineering|caving)\\b`,
      "",
    ),
    re(`\\b(?:edge|drop|ledge|cliffs?|quarry|top|rope|ropes|harness)\\b`, ""),
  ],
  [
    re(
      `\\b(?:sim lab|simulation|scenario|osce|role ?play|mock (?:exam|station|ward)|training exercise)\\b`,
      "",
    ),
    re(`\\b(?:patient|casualty|the dummy|manikin|mannequin)\\b`, ""),
  ],
];
const CHORE_DEATH_WORDS = re(
  `\\b(?:die|dying|dead|death|kill|suicid\\w*|end it|ending it|goodbye|sorry|not coming back|last|jump|myself|tonight|take them|taking them|all of them)\\b`,
  "",
);

/** screenByRules once the message and the earlier ones (at most two, oldest first) are normalised. */
function rulesWithEarlier(normalised: string, earlier: string[]): Screening {
  const current = screenNormalised(normalised);
  if (earlier.length === 0) return current;
  // Read the last messages together with this one, and credit this message with whatever reading
  // them together adds beyond what the earlier messages said on their own.
  // Messages are joined as they were written: one that ends mid-sentence ("i just want") runs on
  // into the next, one that ends with a full stop stays a sentence of its own.
  const join = (parts: string[]) =>
    parts.reduce((acc, p) => (acc === "" ? p : RUNS_ON.test(acc) ? `${acc} ${p}` : `${acc} | ${p}`), "");
  // What the earlier messages said on their own is read only when an answer depends on it: most
  // messages read together with the earlier ones find nothing, and then nothing below needs it
  // (screening is a pure function of the text, so reading it later or not at all changes nothing).
  const earlierText = join(earlier);
  let beforeRead: Screening | undefined;
  const before = () => (beforeRead ??= screenNormalised(earlierText.replace(/\s+/g, " ")));
  const joined = join([...earlier, normalised]).replace(/\s+/g, " ");
  let signalsRead: Signal[] | undefined;
  const signalsHere = () => (signalsRead ??= findSignals(normalised));
  // "said my goodbyes, cried in the walk in fridge" after "last shift at the cafe today", "so i wont
  // be here tomorrow" after "off to my cousins wedding": a leaving that the earlier message, which
  // held no risk, made ordinary. Only when every signal of this message is a leaving.
  if (
    current.level !== "none" &&
    ORDINARY_AWAY.test(earlierText) &&
    !AWAY_ARRANGED.test(earlierText) &&
    !ORDINARY_AWAY_CLEARED.test(normalised) &&
    signalsHere().every((s) => LEAVING_KINDS.has(s.kind)) &&
    before().level === "none"
  )
    return { ...NONE, categories: [] };
  // Batch zzu: "he says he'll jump even if he's terrified" after "his first skydive on saturday",
  // "on the bridge now about to jump, im filming" after "a bungee jump for charity": the jump is the
  // sport named before, when nothing else in this message points to risk.
  if (
    current.level !== "none" &&
    JUMP_SPORT.test(earlierText) &&
    /\bjump/.test(normalised) &&
    !/\b(?:die|dead|kil|suicid\w*|end it|ending it|end (?:my|his|her) life|not coming back|godbye|sory)\b/.test(
      normalised,
    ) &&
    before().level === "none" &&
    screenNormalised(normalised.replace(/\b(?:about to |going to |gona )?jump\w*\b/g, " , ")).level === "none"
  )
    return { ...NONE, categories: [] };
  if (
    current.level !== "none" &&
    CHORE_EXPLAINS.some(([chore, named]) => chore.test(earlierText) && named.test(normalised)) &&
    !CHORE_DEATH_WORDS.test(normalised) &&
    before().level === "none"
  )
    return { ...NONE, categories: [] };
  const together = screenNormalised(joined);
  // Nothing found together ("none", no categories) can add nothing to what was found before.
  const adds =
    (together.level !== "none" || together.categories.length > 0) &&
    (levelRank(together.level) > levelRank(before().level) ||
      together.categories.some((c) => !before().categories.includes(c)));
  if (levelRank(together.level) < levelRank(current.level)) return current;
  // "I'm on the bridge now" after "I'm going to end it tonight": the earlier message already said
  // it, but this one carries a signal of its own that reads as more with it, so it counts too.
  // "going to take them when mum's asleep" after "i've got all my tablets here" has a signal of its
  // own only read together (which "them" is), so a signal found in its own sentence counts too.
  const ownSignal =
    levelRank(together.level) > levelRank(current.level) &&
    (signalsHere().length > 0 ||
      findSignals(joined).some((s) => s.clause.trim().length > 0 && normalised.includes(s.clause.trim())));
  // "since sunday. every single day" after "i keep thinking about ending things", "yes" after a
  // plan, "lol jk... unless": an answer that carries the earlier message's risk forward.
  const answers =
    levelRank(together.level) >= levelRank("urgent") &&
    (ANSWER_FORWARD.test(normalised) || /\bunles\b/.test(normalised) || OWNED_FOLLOW.test(normalised));
  // "at the bridge now" after "not going to be here much longer, i've made my mind up", "in the car
  // now, engine on": the earlier message was already an emergency, and this one says where or when
  // it is happening without taking anything back, so it is the same emergency; "hes not answering"
  // after a friend's picture from the tracks says no more than that nobody can reach them.
  const carriesOn =
    together.level === "emergency" &&
    before().level === "emergency" &&
    ((CARRIES_ON.test(normalised) && !TAKES_BACK.test(normalised)) || NO_ANSWER.test(normalised));
  // "i dont want to be alive anymore" then "the tracks are 5 mins from my flat, heading there".
  // (The patterns here have no `g` flag: testing them first, or not at all, leaves no state.)
  // The means at hand complete even a wish to be gone ("i want to stop existing" then "nobody
  // home. knife block's right there"); a time or a place completes thoughts of acting.
  const short = SHORT_FOLLOW_UP.test(normalised);
  const meansHere = short && FOLLOW_MEANS_HERE.test(normalised);
  // Batch zzv: at the place now ("walking there now" after a bridge ten minutes away, "on the
  // railing at the clyde") completes even a wish to be gone, as the means at hand do.
  const placeHere =
    (THERE_NOW.test(normalised) && PLACE_WORD.test(joined)) ||
    (short && FOLLOW_AT_PLACE.test(normalised) && PLACE_WORD.test(normalised));
  const arrives =
    (WHEN_NOW.test(normalised) || placeHere || meansHere || (short && FOLLOW_TIME.test(normalised))) &&
    !TAKES_BACK.test(normalised) &&
    // "for the camping trip, we leave at 5am" after "got the rope and the knife ready": read
    // together, the earlier words are ordinary, so a time after them completes nothing.
    together.level !== "none" &&
    levelRank(before().level) >= levelRank(meansHere || placeHere ? "concern" : "urgent") &&
    before().categories.includes("suicide");
  // Either completes an earlier thought of suicide: an emergency, suicide, with what it adds.
  const completed = (...more: RiskCategory[]): Screening => ({
    level: "emergency",
    categories: orderedCategories(new Set([...together.categories, "suicide", ...more])),
    subject: "self",
  });
  if (
    short &&
    FOLLOW_DONE.test(normalised) &&
    !DONE_CLEARED.test(normalised) &&
    levelRank(before().level) >= levelRank("urgent") &&
    before().categories.includes("suicide")
  )
    return OVERDOSE_WORDS.test(joined) ? completed("medical") : completed();
  if (
    short &&
    PLAN_RECALLED.test(earlierText) &&
    PLAN_GOING_AHEAD.test(normalised) &&
    timingIn(normalised) &&
    !PLAN_CLEARED.test(joined) &&
    !TAKES_BACK.test(normalised)
  )
    return completed();
  if (
    short &&
    DRANK_SOME.test(normalised) &&
    !DONE_CLEARED.test(normalised) &&
    POISON_NAMED.test(earlierText)
  )
    // Swallowed by mistake it is a poisoning, not an attempt.
    return /\b(?:by acident|acidentaly|by mistake|thought it was)\b/.test(normalised)
      ? { level: "emergency", categories: ["medical"], subject: "self" }
      : completed("medical");
  if (arrives) return completed();
  if (
    levelRank(before().level) >= levelRank("urgent") &&
    levelRank(before().level) > levelRank(current.level) &&
    ((GOES_ON.test(normalised) &&
      !TAKES_BACK.test(normalised) &&
      !GOES_ON_EXPLAINED.test(normalised) &&
      !DONE_CLEARED.test(normalised)) ||
      (INSISTS.test(normalised) && !LAUGHTER.test(normalised))) &&
    !TAKES_BACK.test(earlier[earlier.length - 1] ?? "") &&
    (before().categories.some((c) => c !== "harm_to_others") || INSISTS.test(normalised))
  )
    return levelRank(together.level) >= levelRank(before().level) ? together : before();
  if (!adds && !ownSignal && !answers && !carriesOn) return current;
  return together;
}

// ---------------------------------------------------------------------------------------------
// Maia's own replies.

/** Why a reply was held back; short codes for counting, never content. */
export type ReplyFlag =
  "method" | "means" | "location" | "lethal_dose" | "encouragement" | "minimising" | "judging" | "humour";

// A reply that suggests using means, or says what using them would bring, in any wording.
const REPLY_SUGGEST = any(
  "you could",
  "you can",
  "you should",
  "why not",
  "why dont you",
  "maybe you should",
  "maybe try",
  "try",
  "go ahead and",
  "it would be easy to",
  "you might want to",
  "you may want to",
  "(?:the )?(?:best|easiest|simplest|quickest) (?:thing|way|option) (?:would be|is|might be) to",
  "al you (?:need|have) to do is",
  "have you (?:thought about|considered)",
  "consider",
  "what about",
  "how about",
);
const REPLY_QUANTITY = any(
  "a lot of",
  "lots of",
  "loads of",
  "al (?:of )?(?:your|the|them|those|these|it)",
  "al at once",
  "(?:the|a) whole",
  "every",
  "enough",
  "to many",
  "a handful of",
  "handfuls of",
  "the rest of",
  "the lot",
  "everything",
  "a bunch of",
  "(?:a|the) (?:bottle|box|packet|pack|strip) of",
  "them al",
  "al of them",
);
const REPLY_MEANS_ACT = any(
  `(?:take|taking|took|swalow|swalowing|swalowed|down|downing)(?: \\w+){0,2} ${REPLY_QUANTITY}(?: \\w+){0,2} (?:${PILLS}|packet|packets|box|boxes|bottle|strip|them|those|these)`,
  "(?:take|taking|took|swalow|swalowing|swalowed|down|downing) everything in (?:the|your) (?:cabinet|cupboard|drawer|medicine \\w+|bathrom \\w+|first aid \\w+)",
  "(?:take|taking|took|swalow|swalowing|swalowed|down|downing) (?:them al|al of them|the lot|al at once)",
  "(?:take|taking|swalow|swalowing|drink|drinking) (?:some |the )?(?:bleach|poison|antifreze)",
  "(?:use|using|used|get|grab|buy|find) (?:a |the |your |some )?(?:rope|blade|razor|knife|gun|belt|cord|ligature)",
  "(?:jump|jumping|jumped|step|stepping|stepped|throw your ?self) (?:of|from|in front of|under) (?:a |the )?(?:\\w+ )?(?:height|bridge|building|rof|clif|train|balcony|car|lory|bus|window|place|point|floor|storey)",
  "(?:overdose|overdosing|od)",
  "(?:cut|cuting) (?:your|deper|harder)",
);
const REPLY_OUTCOME = any(
  "(?:it|everything|the pain|this|that|al of this|al of it|you|your suffering|your problems) (?:would|wil|could|might|can) (?:al )?(?:be (?:over|quick|painles|peaceful|easy|the end|done|fine)|end|stop|go away|fade)",
  "(?:would|wil|could|might) (?:end (?:it|everything|the pain|your (?:pain|suffering|life))|make (?:it|the pain|everything) (?:stop|go away|end)|be quick|be painles|be over)",
  "(?:quick|painles|peaceful|easy|certain) (?:way|death|end|exit)",
  "(?:feel|be) (?:better|at peace|free|relieved|fine)(?= if| once| after)",
);

const REPLY_RULES: { flag: ReplyFlag; pattern: RegExp; negatable: boolean }[] = [
  {
    flag: "means",
    negatable: true,
    pattern: re(`\\b${REPLY_SUGGEST} (?:\\w+ ){0,2}${REPLY_MEANS_ACT}\\b`),
  },
  {
    flag: "encouragement",
    negatable: true,
    pattern: re(
      `\\b(?:${REPLY_MEANS_ACT}[^|?]{0,50}\\b${REPLY_OUTCOME}|${REPLY_OUTCOME}[^|?]{0,50}\\b${REPLY_MEANS_ACT})\\b`,
    ),
  },
  {
    flag: "method",
    negatable: false,
    pattern: re(
      `\\b${any(
        "hang(?:ing)? (?:your ?self|oneself|yourself)",
        "nose",
        "ligature",
        "asphyxia\\w*",
        "carbon monoxide",
        "exhaust fumes",
        "helium",
        "slit(?:ing)? (?:your|the) wrists?",
        "(?:vertical|deep|lengthwise|along the) (?:cuts?|veins?)",
        "cut (?:along|down) the (?:vein|arm)",
        "(?:jump|jumping|fal|faling) (?:from|of) (?:a |the )?(?:height|bridge|building|clif|rof)",
        "(?:step|stepping|jump|jumping) in front of (?:a |the )?train",
        "(?:firearm|gun|shotgun|pistol) (?:to|against|in) (?:your|the) (?:head|mouth|chest)",
        "how to (?:kil your ?self|die|overdose|end your life|comit suicide|hang)",
        "(?:most|more|least|les) (?:efective|lethal|painles|reliable|certain) (?:way|method|means)",
        "(?:method|methods|ways) (?:of|for|to) (?:suicide|ending your life|kiling your ?self|self harm)",
        "(?:painles|quick|quickest|easiest|peaceful|surest) (?:way|method) to (?:die|go|end)",
        "drown(?:ing)? (?:your ?self|oneself)",
        "(?:poison|poisoning) (?:your ?self|oneself)",
        "(?:starve|starving) (?:your ?self|oneself)",
      )}\\b`,
    ),
  },
  {
    flag: "lethal_dose",
    negatable: false,
    pattern: re(
      `\\b${any(
        "(?:lethal|fatal|deadly|toxic|overdose) (?:dose|amount|level|quantity|threshold)",
        "\\d+(?:\\.\\d+)? ?(?:mg|g|grams|milligrams|ml|mcg) (?:of|per|would|is|can|wil)",
        "\\d+ (?:or more )?(?:pils|tablets|capsules|paracetamol|pils of|tablets of)",
        "(?:paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|insulin|antidepresants?|opioids?|benzodiazepines?|sleeping pils) (?:overdose|can kil|is fatal|is lethal|would kil|liver failure)",
        "liver (?:failure|damage) (?:after|from|within)",
      )}\\b`,
    ),
  },
  {
    flag: "location",
    negatable: false,
    pattern: re(
      `\\b${any(
        "(?:tal|high|highest) (?:bridge|building|clif|tower|car park)s?",
        "(?:bridge|clif|building|rof|tower) (?:high enough|tal enough|where people|that people|is a place)",
        "(?:railway|train) (?:line|tracks|crosing) (?:near|where|that)",
        "(?:suicide|jumping) (?:spot|hotspot|bridge|site|location)",
        "(?:beachy head|golden gate|clifton suspension)",
      )}\\b`,
    ),
  },
  {
    flag: "means",
    negatable: false,
    pattern: re(
      `\\b${any(
        "(?:buy|get|get hold of|obtain|stockpile|save up|colect|order) (?:more |enough |some )?(?:pils|tablets|paracetamol|painkilers|rope|a gun|a firearm|razor blades|blades|charcoal|poison)",
        "(?:where|how) to (?:buy|get|obtain|find) (?:pils|tablets|a gun|rope|poison|razor blades)",
        "(?:pils|tablets|paracetamol) (?:you have|you have saved|you have at home)",
        "(?:rope|razor|razor blade|blade|gun|firearm) (?:you have|would work|wil work|is enough)",
      )}\\b`,
    ),
  },
  {
    flag: "encouragement",
    negatable: true,
    pattern: re(
      `\\b${any(
        "(?:you should|go ahead and|you could|why not|maybe you should|it might be best to|its ok to|its okay to|it is ok to|it is okay to) (?:just )?(?:do it|end it|end your life|kil your ?self|take your (?:own )?life|hurt your ?self|cut|give up on life|die)",
        "(?:i|we) (?:support|respect|understand) your (?:decision|choice|plan) to (?:die|end|kil|take)",
        "(?:your|its your) (?:choice|decision|right) to (?:die|end your life|kil your ?self|take your (?:own )?life)",
        "(?:no one|nobody|they) (?:would|wil) (?:mis|notice|care about) you",
        "(?:they|everyone|your family) (?:would|might) (?:be|really be) beter of without you",
        "(?:sounds|seems) like (?:a|the) (?:god|reasonable|sensible|peaceful) (?:plan|idea|choice|way out|option)",
        "(?:death|dying|suicide) (?:is|would be|might be|could be) (?:a relief|the answer|peaceful|your best option|the only way|a way out|freedom)",
        "if (?:thats|that is) what you (?:realy )?want(?: ,)? (?:then )?(?:go ahead|do it|i wont stop you)",
        "i wont (?:stop|try to stop) you",
        "(?:ending|taking|kiling) (?:your (?:own )?life|your ?self)[^|?]{0,20}\\b(?:would|wil|could|might|can|may) (?:solve|fix|end|help|be (?:the answer|a relief|best|for the best|right|understandable|brave|a release|peaceful))",
        "(?:no one|nobody|noone|who) (?:would|could|wil|can|is going to) (?:blame|judge) you (?:for|if you) (?:ending|kiling|taking|doing it|going through with it|giving up on life|leaving this world)",
        "go on(?: ,)? (?:do it|end it|take them|jump)",
        "(?:rest|slep|be at peace) forever|eternal (?:rest|slep|peace)",
        "(?:time|ok|okay|alright) (?:for you )?to let go(?= ?$| ?\\|| ?,| now| for god| of (?:life|everything|this world|it al))",
        "you have nothing (?:left )?to live for",
        "good luck with (?:it|your plan)",
      )}\\b`,
    ),
  },
  {
    flag: "minimising",
    negatable: false,
    pattern: re(
      `\\b${any(
        "(?:its|it is|thats|that is|things are) not (?:that|so|realy that) (?:bad|serious|big a deal)",
        "(?:you are|youre|you re|your) (?:just )?(?:overreacting|being dramatic|exagerating|being silly|atention seeking|seeking atention|being sensitive)",
        "(?:just|simply) (?:cheer up|get over it|snap out of it|think positive|be positive|smile more|calm down|stop thinking about it|move on)",
        "(?:everyone|everybody) (?:feels|gets|has) (?:like )?(?:that|this|sad|down) (?:sometimes|at times)",
        "(?:you|youl|you wil) (?:get|be) over it",
        "(?:others|other people|some people) have it (?:much |far |way )?worse",
        "its (?:all|just) in your head",
        "stop (?:being|feeling) (?:so )?(?:sorry for your ?self|dramatic|negative)",
        "(?:atention|atention seeking|cry for atention)",
        "(?:you dont|you do not) (?:realy )?mean (?:that|it)",
        "(?:its|it s) (?:only|just) a phase",
      )}\\b`,
    ),
  },
  {
    flag: "judging",
    negatable: true,
    pattern: re(
      `\\b${any(
        "(?:suicide|self harm|that|wanting to die|killing your ?self|what you did|it|this) (?:is|would be|was) (?:selfish|cowardly|a sin|sinful|weak|stupid|shameful|pathetic|wrong|a coward s way out|the coward s way out|the easy way out)",
        "(?:you are|youre|you re|your|you sound|that is|thats) (?:being )?(?:so )?(?:selfish|a coward|cowardly|weak|pathetic|stupid|a burden|crazy|insane|mental|a sinner|ungrateful|lazy)",
        "(?:you should|you ought to) (?:be ashamed|feel ashamed|know better|think of your family first)",
        "(?:shame on you|how could you|what is wrong with you|whats wrong with you)",
        "(?:think|thinking) (?:about|of) (?:how|what) (?:it would do|this would do|you would do) to (?:your|them)",
      )}\\b`,
    ),
  },
  {
    flag: "humour",
    negatable: false,
    pattern: re(
      `\\b${any("lol", "lmao", "haha(?:ha)*", "just kiding", "jk", "rofl")}\\b|[\\u{1F602}\\u{1F923}\\u{1F606}]`,
      "gu",
    ),
  },
];

/**
 * Screens a reply Maia is about to show. Flags method, means or location details, lethal doses,
 * encouragement, minimising, judging and jokes; reasons are short codes that can be counted
 * without ever storing what the reply said. A flagged reply is replaced by safeReplacementReply.
 */
export function screenReply(text: string): { flagged: boolean; reasons: string[] } {
  if (!text) return { flagged: false, reasons: [] };
  const normalised = normaliseMessage(text);
  const reasons = new Set<string>();
  for (const r of REPLY_RULES) {
    r.pattern.lastIndex = 0;
    const source = r.flag === "humour" ? text.toLowerCase() : normalised;
    let m: RegExpExecArray | null;
    while ((m = r.pattern.exec(source)) !== null) {
      if (r.negatable) {
        const tokens = source.slice(0, m.index).trim().split(" ").filter(Boolean);
        if (negatedBefore(tokens) || /\b(?:not|never|isnt|arent|no)\s*$/.test(source.slice(0, m.index)))
          continue;
        if (/\b(?:is|are|was|were) not\b|\bisnt\b|\barent\b|\bnever\b/.test(m[0])) continue;
      }
      reasons.add(r.flag);
      break;
    }
  }
  return { flagged: reasons.size > 0, reasons: [...reasons] };
}

// ---------------------------------------------------------------------------------------------
// Warming up.

// Messages that take the screener down its longer paths (idioms, negation, reported speech,
// plans and means, someone else at risk, a reply to hold back), so the patterns only they
// reach are compiled too.
const WARM_MESSAGES = [
  "this exam is killing me lol",
  "i would never hurt myself, i tried years ago but not now",
  "my friend said she wants to kill herself tonight",
  "i want to die, i have the pills here and i am going to take them all tonight",
  "my dad hits me when he drinks and i dont feel safe at home",
  "i want to hurt him",
];

/**
 * The patterns the screener runs, each once: every rule's own pattern as well as its group's (a
 * clause is scanned with whichever could match), the reply rules', the readings' and the idioms'.
 */
export function screenerPatterns(): RegExp[] {
  return [
    ...new Set([
      ...SCAN_RULES.map((r) => r.pattern),
      ...RULE_PATTERNS,
      ...REPLY_RULES.map((r) => r.pattern),
      ...READING_PATTERNS,
      ...IDIOM_PATTERNS,
    ]),
  ];
}

/**
 * Compiles the screener's patterns before anyone writes. V8 compiles a regular expression on
 * its first run (to bytecode) and again, to machine code, on its second; for these patterns the
 * first is most of the ~0.4 s a start would otherwise leave to the first person to send a message.
 * Each pattern is run once here, so only the first compile happens; the warm messages then take
 * the patterns they reach to machine code, and real messages the rest, on their own text. It goes
 * one pattern per turn of the event loop, so requests are served meanwhile.
 *
 * Not twice: running every pattern twice here put all of them (about a thousand) in machine code
 * compiled on " warming up " (30 MB of code, against 6 MB once a process has screened messages
 * of its own), and screening stayed 5-10 times slower for as long as the process ran (a message
 * with two earlier ones: 1.8-2.5 ms against 0.19-0.21 ms; BENCHMARKS.md, "2026-12-06
 * (afternoon)"). Why V8's code is slower then was not found. Which patterns run, and what they
 * find, is the same either way.
 */
// The patterns of the readings from parts (they are not rules), compiled by warmScreener too.
const READING_PATTERNS: readonly RegExp[] = [
  // readToldPlainly and readTakenPlainly (batches zzj to zzo)
  PLAN_KEPT,
  LETTERS_DONE,
  AFFAIRS_SET,
  AFFAIRS_TIME,
  GAS_SEALED,
  NOT_SAFE,
  SIDEWAYS_QUESTION,
  SIDEWAYS_MEANS,
  GOODBYE_SENT,
  SELF_HARM_AGAIN,
  SELF_HARM_AGAIN_CONTEXT,
  CRASH_MEANT,
  CRASH_NOW,
  TAKEN_PLAINLY,
  SWALLOWED_THEN,
  BLEEDING_ON,
  BLOOD_HERE,
  BLEEDING_CLEARED,
  TOOK_IT,
  TAKEN_WHAT,
  TAKEN_AFTER,
  TAKEN_ALL_OR_POISON,
  TAKEN_FELT,
  NOTE_LEFT,
  NOTE_POINTER,
  NOTE_CLEARED,
  GONE_WHEN_READ,
  LYING_IN_WAIT,
  TARGET_DUE,
  WEAPON_CLEARED,
  HURTER_HERE,
  HURTER_FEAR,
  STOCKPILED,
  STOCK_CLEARED,
  CUT_AGAIN,
  SOMEONE_ELSE,
  UNRESPONSIVE,
  SENT_GOODBYE,
  CANNOT_REACH,
  SAID_TAKEN,
  WALKED_OUT_WITH,
  OTHER_NOW_CLEARED,
  END_MEANS,
  END_WORDS,
  END_NOW,
  END_CLEARED,
  RED_FLAGS,
  RED_FLAGS_CLEARED,
  THEIR_BODY,
  PICTURING,
  PICTURING_AGAIN,
  PICTURING_CLEARED,
  NOT_AROUND_FOR,
  NOT_AROUND_CLEARED,
  WAY_QUESTION,
  WAY_CLEARED,
  WEAPON_KEPT,
  KEPT_FOR,
  THREAT_SAID,
  THREAT_CLEARED,
  BODY_TODAY,
  BODY_TODAY_CLEARED,
  HURTER_NOW,
  WRITER_SHUT_IN,
  VIOLENCE_NOW,
  HAPPENING,
  ABUSE_NOW_CLEARED,
  VIOLENCE_DONE,
  THREAT_TOLD,
  HARM_READIED,
  WHERE_THEY_ARE,
  HARM_AIM,
  POISON_LOOKUP,
  HARMED_NOW,
  HOW_THOUGHT,
  WHEN_NOW,
  THERE_NOW,
  ORDINARY_LEAVING,
  STOCK_MEDICINE,
  PICTURING_HINT,
  NOT_AROUND_HINT,
  WAY_HINT,
  WEAPON_HINT,
  THREAT_HINT,
  BODY_HINT,
  HURTER_HINT,
  ABUSE_HINT,
  MORE_URGENT_HINT,
  RED_FLAG_WORDS,
];

export async function warmScreener(): Promise<void> {
  defaultModel();
  for (const pattern of screenerPatterns()) {
    await turn();
    pattern.lastIndex = 0;
    pattern.exec(" warming up ");
    pattern.lastIndex = 0;
  }
  for (let run = 0; run < 2; run++) {
    for (const text of WARM_MESSAGES) {
      await turn();
      screenMessage(text, { previous: ["i just want"] });
      screenReply(text);
    }
  }
}
