import { describe, expect, it } from "vitest";
import { composeReply, THEMES, type Turn } from "./index.js";
import { affirmationFor, directQuestion } from "./language.js";
import { meaningReflections } from "./meaning.js";

/** Plays a whole conversation through the engine, returning every reply. */
function play(messages: string[], seed = "listen"): ReturnType<typeof composeReply>[] {
  const turns: Turn[] = [];
  return messages.map((text) => {
    turns.push({ author: "person", text });
    const reply = composeReply(turns, { seed });
    turns.push({ author: "maia", text: reply.text });
    return reply;
  });
}

const lastOf = (messages: string[], seed?: string) => play(messages, seed).at(-1)!;
const DOUBLE = /part of you [^.]+, and part of you/i;

describe("questions put to Maia get a straight answer", () => {
  it.each([
    [
      ["i want to go back. i also want to be someone worth helping", "does that make sense"],
      /^(?:Yes|It does)/,
    ],
    [["i keep cancelling my sessions", "is that normal?"], /^(?:No|Not at all)/],
    [["i cried in the car park after my session", "am i being ridiculous"], /^(?:No|Not at all)/],
    [["i've had three therapists", "do you think it could ever work for me"], /^(?:Honestly|I can't)/],
    [["my mum never listens", "are you even listening"], /^(?:Yes|I'm here)/],
  ])("%j", (messages, opening) => {
    for (const seed of ["a", "b", "c"]) {
      const reply = lastOf(messages, seed);
      expect(reply.text).toMatch(opening);
      expect(reply.text).not.toMatch(/\byou (?:should|must)\b/i);
      expect(reply.utterances.some((u) => u.kind.endsWith("reflection"))).toBe(true);
    }
  });

  it("recognises the question kinds and leaves advice requests alone", () => {
    expect(directQuestion("does any of this make sense")).toBe("makes_sense");
    expect(directQuestion("is it just me")).toBe("normal");
    expect(directQuestion("what do you think")).toBe("opinion");
    expect(directQuestion("i cancelled again")).toBeNull();
  });
});

describe("affirmations fit what the person has actually done", () => {
  it.each([
    "like get fit, stop drinking, get a better job, then go back as a better version of me",
    "she told me i was being defensive",
    "if i told her the truth i think she'd be disappointed",
    "i went blank in the session",
    "i want to go back next week",
  ])("none for a plan, a hypothetical or someone else's act: %s", (text) => {
    expect(affirmationFor(text)).toBeNull();
  });

  it("affirms going, saying, trying, noticing and owning up", () => {
    expect(affirmationFor("i went back last week even though i nearly didn't")).toMatch(/showing up|went/);
    expect(affirmationFor("i finally told her about the drinking")).toMatch(/courage/);
    expect(affirmationFor("i've tried cbt twice and counselling")).toMatch(/trying|effort/);
    expect(affirmationFor("i never connected that")).toMatch(/notic/);
    expect(affirmationFor("i haven't told my therapist about the eating")).toMatch(/honest/);
  });
});

describe("ambivalence is reflected as two sides", () => {
  it.each([
    [["i want therapy to work, i just dont think its built for how my brain works"]],
    [["now i feel relieved but also like i failed again"]],
    [["i want to go. i think"]],
    [["i dont know if i want to go back"]],
    [["i want to go back. i also want to be someone worth helping"]],
    [["i want to stay this time. past the crisis bit", "scary though"]],
    [["maybe i'll go to the group next tuesday", "might not though"]],
  ])("%j", (messages) => {
    for (const seed of ["a", "b"]) {
      const reply = lastOf(messages, seed);
      expect(reply.text).toMatch(DOUBLE);
      expect(reply.text).not.toMatch(/part of you (?:want|feel|need|have|do|am|are)\b/i);
    }
  });
});

describe("the open question follows the last message", () => {
  it("asks from the last message's theme, not an earlier one", () => {
    const earlier = new Set(THEMES.find((t) => t.id === "exhaustion")!.questions);
    for (const seed of ["a", "b", "c", "d", "e", "f"]) {
      const replies = play(
        [
          "i'm exhausted, there's nothing left in me at the end of the day",
          "i always say what i think she wants to hear",
        ],
        seed,
      );
      const questions = replies[1]!.utterances.filter((u) => u.kind === "open_question").map((u) => u.text);
      for (const q of questions) expect(earlier.has(q)).toBe(false);
    }
  });

  it("does not carry an earlier theme's question onto a message without one", () => {
    const themed = new Set(THEMES.flatMap((t) => t.questions));
    for (const seed of ["a", "b", "c", "d"]) {
      const replies = play(
        [
          "i cancelled my session again this morning",
          "the bus was late again and it rained the whole way there",
        ],
        seed,
      );
      const questions = replies[1]!.utterances.filter((u) => u.kind === "open_question").map((u) => u.text);
      for (const q of questions) expect(themed.has(q)).toBe(false);
    }
  });
});

describe("reflections without a theme still read the person's words", () => {
  it("grounds the meaning in their phrasing", () => {
    expect(meaningReflections("i used to paint. that was mine")[0]).toMatch(/yours/);
    expect(meaningReflections("nobody in my house talked about anything").join(" ")).toMatch(
      /on your own|nobody/,
    );
    expect(meaningReflections("my friend said i was exhausting once").join(" ")).toMatch(/your friend/);
    for (const line of meaningReflections("i did the same with my last two, nobody knows, since i was a kid"))
      expect(line).not.toMatch(/\b(?:i|me|my|i'm)\b/i);
  });
});
