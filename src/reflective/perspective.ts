/**
 * Turning the person's words round so Maia can say them back: "I'm" becomes "you're",
 * "my" becomes "your", "I was" becomes "you were", and "I want to go back" can become
 * "part of you wants to go back". A clause that speaks to or about "you" (Maia, the
 * therapist, or "you" in the general sense) is not turned at all, because there is no way
 * to mirror it without guessing who "you" is; the caller then reflects something else.
 * This is the one place where a garbled "you am" could be born, so it refuses rather
 * than guesses.
 */

const FIRST_TO_SECOND: Record<string, string> = {
  i: "you",
  "i'm": "you're",
  "i've": "you've",
  "i'd": "you'd",
  "i'll": "you'll",
  me: "you",
  my: "your",
  mine: "yours",
  myself: "yourself",
  we: "you",
  "we're": "you're",
  "we've": "you've",
  "we'd": "you'd",
  "we'll": "you'll",
  us: "you",
  our: "your",
  ours: "yours",
  ourselves: "yourselves",
};

/** Second-person words in the person's text: whose "you" is meant cannot be known. */
const SECOND_PERSON = new Set([
  "you",
  "your",
  "yours",
  "yourself",
  "yourselves",
  "you're",
  "you've",
  "you'd",
  "you'll",
  "ya",
  "y'all",
  "u",
  "ur",
  "let's",
]);

/** Adverbs that can sit between a subject and its verb ("I really was", "I just can't"). */
const ADVERBS = new Set([
  "really",
  "just",
  "still",
  "also",
  "actually",
  "honestly",
  "sometimes",
  "never",
  "always",
  "even",
  "totally",
  "genuinely",
  "definitely",
  "probably",
  "secretly",
  "kinda",
  "sorta",
  "almost",
  "completely",
  "often",
  "usually",
  "only",
  "already",
  "then",
  "now",
  "literally",
  "basically",
  "truly",
  "kind",
  "sort",
  "of",
  "so",
  "too",
  "obviously",
  "clearly",
  "maybe",
  "mostly",
  "barely",
  "hardly",
]);

const WORD = /[A-Za-z']+|[^A-Za-z'\s]+|\s+/g;

function isWord(token: string): boolean {
  return /^[A-Za-z']+$/.test(token);
}

/** True when the text speaks to or about "you" and so cannot be mirrored safely. */
export function hasSecondPerson(text: string): boolean {
  return (text.toLowerCase().match(/[a-z']+/g) ?? []).some((w) => SECOND_PERSON.has(w));
}

/**
 * Turns a first-person clause into the second person, keeping every other word as the
 * person wrote it. Returns null when the clause cannot be turned safely (it contains
 * "you", or is empty).
 *
 * @example turnPerspective("i'm tired of my therapist and i was late") // "you're tired of your therapist and you were late"
 */
export function turnPerspective(clause: string): string | null {
  if (clause.trim().length === 0 || hasSecondPerson(clause)) return null;
  const tokens = clause.match(WORD) ?? [];
  const wordIdx = tokens.map((t, i) => (isWord(t) ? i : -1)).filter((i) => i >= 0);
  const out = [...tokens];
  // Index into wordIdx of the last "I"/"we" subject seen, for was→were agreement.
  let lastSubject = -10;
  for (let w = 0; w < wordIdx.length; w++) {
    const i = wordIdx[w]!;
    const lower = tokens[i]!.toLowerCase();
    const next = wordIdx[w + 1] === undefined ? "" : tokens[wordIdx[w + 1]!]!.toLowerCase();
    if (lower === "i" || lower === "we") lastSubject = w;
    // "I know me" is "you know yourself": the person is both subject and object.
    if (lower === "me" && lastSubject >= 0 && w - lastSubject <= 3) {
      const between = wordIdx.slice(lastSubject + 1, w).map((j) => tokens[j]!.toLowerCase());
      const verbs = between.filter((x) => !ADVERBS.has(x));
      if (
        tokens[wordIdx[lastSubject]!]!.toLowerCase() === "i" &&
        verbs.length === 1 &&
        !/^(?:to|for|with|at|about|like)$/.test(verbs[0]!)
      ) {
        out[i] = "yourself";
        continue;
      }
    }
    const mapped = FIRST_TO_SECOND[lower];
    if (mapped !== undefined) {
      out[i] = mapped;
      continue;
    }
    if (lower === "am") {
      out[i] = "are";
      continue;
    }
    if (lower === "was" || lower === "wasn't") {
      // "I was", "I really was", "was I": the subject is the person, so the verb agrees with "you".
      const gapIsAdverbs = wordIdx
        .slice(lastSubject + 1, w)
        .every((j) => ADVERBS.has(tokens[j]!.toLowerCase()));
      if ((lastSubject >= 0 && w - lastSubject <= 3 && gapIsAdverbs) || next === "i" || next === "we") {
        out[i] = lower === "was" ? "were" : "weren't";
      }
    }
  }
  return out.join("");
}

const MODALS = new Set([
  "can",
  "can't",
  "cannot",
  "could",
  "couldn't",
  "will",
  "won't",
  "would",
  "wouldn't",
  "should",
  "shouldn't",
  "might",
  "must",
  "may",
  "did",
  "didn't",
  "had",
  "hadn't",
  "was",
  "wasn't",
  "does",
  "doesn't",
  "used",
]);

const IRREGULAR_PRESENT: Record<string, string> = {
  am: "is",
  "i'm": "is",
  are: "is",
  were: "was",
  "weren't": "wasn't",
  have: "has",
  "haven't": "hasn't",
  do: "does",
  "don't": "doesn't",
  go: "goes",
  "'ve": "has",
};

const IRREGULAR_PAST = new Set(
  "felt knew went thought said told got made left came saw took gave found kept lost began became ran sat stood wrote spoke brought bought heard meant met paid put set cut hit quit let slept woke broke chose forgot hid fell sent spent tried cried".split(
    " ",
  ),
);

/** Present-tense verbs that end in "ed" like a past tense. */
const NOT_PAST = new Set("need feed bleed breed speed seed proceed succeed exceed heed plead".split(" "));

function thirdPersonVerb(verb: string): string | null {
  const lower = verb.toLowerCase();
  if (IRREGULAR_PRESENT[lower] !== undefined) return IRREGULAR_PRESENT[lower];
  if (MODALS.has(lower) || IRREGULAR_PAST.has(lower) || (/ed$/.test(lower) && !NOT_PAST.has(lower)))
    return lower;
  if (!/^[a-z]+$/.test(lower) || lower.length < 2) return null;
  if (/(?:s|sh|ch|x|z|o)$/.test(lower)) return `${lower}es`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}

/**
 * Turns "I want to go back" into "wants to go back", ready to follow "part of you", with
 * the rest of the clause turned to the second person. Returns null when the clause does
 * not start with the person as subject or the verb cannot be found with confidence.
 *
 * @example asPartOfYou("i really want to tell my mum") // "really wants to tell your mum"
 */
export function asPartOfYou(clause: string): string | null {
  if (hasSecondPerson(clause)) return null;
  const tokens = (clause.trim().match(/[A-Za-z']+/g) ?? []).map((t) => t.toLowerCase());
  if (tokens.length < 2) return null;
  const first = tokens[0]!;
  const contracted: Record<string, string> = { "i'm": "is", "i've": "has", "i'd": "would", "i'll": "will" };
  let head: string[];
  let rest: string[];
  if (contracted[first] !== undefined) {
    head = [contracted[first]];
    rest = tokens.slice(1);
  } else if (first === "i") {
    let k = 1;
    while (k < tokens.length && ADVERBS.has(tokens[k]!)) k++;
    const verb = tokens[k];
    if (verb === undefined) return null;
    const conjugated = thirdPersonVerb(verb);
    if (conjugated === null) return null;
    head = [...tokens.slice(1, k), conjugated];
    rest = tokens.slice(k + 1);
  } else {
    return null;
  }
  // "I know me" is "knows yourself": the person is also the object.
  if (rest[0] === "me") rest[0] = "myself";
  const turned = turnPerspective(rest.join(" "));
  if (rest.length > 0 && turned === null) return null;
  return [...head, turned ?? ""].join(" ").trim();
}
