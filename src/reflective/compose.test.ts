import { describe, expect, it } from "vitest";
import { composeReply, summarise, type Turn } from "./index.js";

/** Plays a whole conversation through the engine, filling in Maia's turns. */
function play(messages: string[], seed = "test"): { turns: Turn[]; replies: string[] } {
  const turns: Turn[] = [];
  const replies: string[] = [];
  for (const text of messages) {
    turns.push({ author: "person", text });
    const reply = composeReply(turns, { seed });
    turns.push({ author: "maia", text: reply.text });
    replies.push(reply.text);
  }
  return { turns, replies };
}

const GARBLED = /\byou (?:am|was|is|has)\b|\byour (?:i|me|am)\b|(?:^|\s)i(?:\s|$)|\bYou am\b/;

const LONG = [
  "i cancelled my therapy session again this morning",
  "i just couldnt face it. i woke up and felt sick",
  "i feel like such an idiot, im paying for this and not going",
  "its not that i dont like her. she's nice",
  "we were meant to talk about my dad this week",
  "i guess i knew that was coming and i bailed",
  "part of me wants to go back and part of me wants to quit",
  "my mum always said therapy was for weak people",
  "i think about it at night a lot",
  "work has been awful too, my manager is on my back",
  "i dont really have anyone to talk to about it",
  "i want to try going back next week",
  "i'm scared she'll be disappointed in me",
  "i keep thinking about stopping altogether",
  "but then i'd be starting again with someone new",
  "maybe i could write down what i want to say",
];

describe("composing Maia's reply", () => {
  it("mirrors the person's words with the perspective turned, never garbled", () => {
    const reply = composeReply(
      [{ author: "person", text: "i'm exhausted and my therapist doesnt listen to me" }],
      {
        seed: "a",
      },
    );
    const reflections = reply.utterances.filter((u) => u.kind.endsWith("reflection"));
    expect(reflections.length).toBeGreaterThan(0);
    for (const u of reflections) {
      expect(u.text).not.toMatch(GARBLED);
      expect(u.text).not.toMatch(/\b(?:my|me|i'm)\b/i);
    }
  });

  it("never says a person's verdict on themselves back as a fact, and never says one thing twice", () => {
    const verdicts = [
      "i'm such a failure",
      "i ruin everything",
      "i'm a terrible person",
      "everyone hates me",
    ];
    for (let i = 0; i < 60; i++) {
      for (const text of verdicts) {
        const reply = composeReply([{ author: "person", text }], { seed: `verdict-${i}` }).text;
        // "You're such a failure." / "So everyone hates you.": Maia's own voice agreeing.
        expect(reply).not.toMatch(
          /(?:^|[.?!] )(?:So |From what you've written, )?(?:you're such a failure|you ruin everything|you're a terrible person|everyone hates you)\./i,
        );
        expect(reply).not.toMatch(
          /harsh judgement aimed at yourself[^]*harsh verdict|harsh verdict[^]*harsh judgement/,
        );
      }
      const told = composeReply([{ author: "person", text: "my therapist thinks i'm hopeless" }], {
        seed: `told-${i}`,
      }).text;
      expect(told).not.toMatch(/^Your therapist thinks you're hopeless\./);
    }
  });

  it("rarely opens two sentences of one reply alike ('It sounds like … It sounds like …')", () => {
    let alike = 0;
    let total = 0;
    for (let i = 0; i < 40; i++) {
      for (const reply of play(LONG, `alike-${i}`).replies) {
        const openings = reply
          .split(/(?<=[.?!])\s+/)
          .map((s) => s.split(/\s+/).slice(0, 2).join(" ").toLowerCase());
        if (new Set(openings).size < openings.length) alike++;
        total++;
      }
    }
    // 57 of 640 (8.9%) before a sentence that opens differently was preferred; 24 (3.8%) after.
    expect(alike / total).toBeLessThanOrEqual(0.05);
  });

  it("never calls a plan to do something stupid, or a wish to disappear, hopeful", () => {
    for (let i = 0; i < 30; i++) {
      for (const text of [
        "im going to do something really stupid tonight",
        "i want to disappear",
        "i want to run away from everything",
      ]) {
        const reply = composeReply([{ author: "person", text }], { seed: `hope-${i}` }).text;
        expect(reply).not.toMatch(/hope|wish for something different|step|sign that it was working/i);
      }
    }
    const hopeful = play(["i want to go back to therapy"]).replies[0];
    expect(hopeful).toMatch(/hope|wish|step/i);
  });

  it("follows someone who asks to leave a subject, reading nothing into it", () => {
    for (const ask of [
      "can we talk about something else",
      "lets change the subject",
      "i dont want to talk about it",
    ]) {
      const { replies } = play(["my therapist keeps cancelling on me", ask]);
      expect(replies[1]).toMatch(/^(?:Of course|That's fine)/);
      expect(replies[1]).toMatch(/(?:talk about instead|go from here)\?$/);
      expect(replies[1]).not.toMatch(/change the subject\.|something else\./i);
    }
    // A reason given is not a request to move on.
    const reason = play(["i keep cancelling my appointments", "because i dont want to talk about my dad"])
      .replies[1];
    expect(reason).not.toMatch(/talk about instead|go from here|leave that there|stay with it/);
  });

  it("never agrees with blame a person lays on themselves, and never echoes a bare 'not like that'", () => {
    for (let i = 0; i < 60; i++) {
      for (const text of ["maybe its me", "its all my fault", "the problem is me"]) {
        const reply = composeReply([{ author: "person", text }], { seed: `blame-${i}` }).text;
        expect(reply).not.toMatch(
          /(?:^|[.?!] )(?:So |From what you've written, |It sounds like )?(?:(?:maybe )?(?:it'?s|its) (?:all )?(?:you|your fault)|the problem is you)\./i,
        );
      }
      const { replies } = play(
        ["honestly therapy is pointless", "not like that. i mean whats the point of therapy"],
        `frag-${i}`,
      );
      expect(replies[1]).not.toMatch(/^Not like that\./);
    }
  });

  it("never says a means or a place of harm back, whatever the screener made of the message", () => {
    for (let i = 0; i < 60; i++) {
      for (const text of [
        "i have a rope in my room",
        "ive got pills saved up",
        "i keep going to the bridge",
      ]) {
        const reply = composeReply([{ author: "person", text }], { seed: `means-${i}` }).text;
        expect(reply).not.toMatch(/\b(?:rope|pills|bridge)\b/i);
      }
    }
  });

  it("never asks the same question twice over a long conversation", () => {
    const { replies } = play(LONG);
    const questions = replies.flatMap((r) => r.match(/[^.?!]*\?/g) ?? []).map((q) => q.trim().toLowerCase());
    expect(new Set(questions).size).toBe(questions.length);
  });

  it("asks at most one open question per reply", () => {
    const { turns } = play(LONG);
    for (let i = 0; i < turns.length; i += 2) {
      const reply = composeReply(turns.slice(0, i + 1), { seed: "q" });
      expect(reply.utterances.filter((u) => u.kind === "open_question").length).toBeLessThanOrEqual(1);
    }
  });

  it("varies how replies open: no two consecutive replies begin alike", () => {
    const { replies } = play(LONG);
    const opening = (t: string) => t.toLowerCase().split(/\s+/).slice(0, 2).join(" ");
    for (let i = 1; i < replies.length; i++) expect(opening(replies[i]!)).not.toBe(opening(replies[i - 1]!));
  });

  it("keeps ordinary replies under 80 words", () => {
    for (const r of play(LONG).replies) expect(r.split(/\s+/).length).toBeLessThanOrEqual(80);
  });

  it("offers a summary in the person's own words every few turns", () => {
    const { replies } = play(LONG);
    expect(replies.some((r) => /^(?:Putting together what you've said|Taking it all together)/.test(r))).toBe(
      true,
    );
  });

  it("gives no advice unprompted, asks permission when asked, and hands the choice back", () => {
    const { replies } = play(["i keep cancelling my sessions", "i feel awful about it"]);
    for (const r of replies) expect(r).not.toMatch(/some options|you could try|you should/i);
    const asked = play(["i keep cancelling my sessions", "what should i do"]).replies[1]!;
    expect(asked).toMatch(/would (?:it|that) help/i);
    expect(asked).not.toMatch(/some options/i);
    const given = play(["i keep cancelling my sessions", "what should i do", "yes please"]).replies[2]!;
    expect(given).toMatch(/some options:/i);
    expect(given).toMatch(/\?$/);
    expect(given).not.toMatch(/you should|you must/i);
  });

  it("names a pattern only after asking permission", () => {
    const { replies } = play([
      "i keep cancelling my sessions",
      "i rescheduled again yesterday",
      "i was late to the last one too",
      "i cancelled this morning",
      "yes",
    ]);
    const askedAt = replies.findIndex((r) => /something i'm noticing\?/i.test(r));
    expect(askedAt).toBeGreaterThanOrEqual(0);
    for (const r of replies.slice(0, askedAt)) expect(r).not.toMatch(/what i'm noticing|i'm noticing that/i);
  });

  it("meets a flat message with a low-pressure reply and another way to answer", () => {
    const first = composeReply([{ author: "person", text: "idk" }], { seed: "f" });
    expect(first.text).toMatch(/which of these comes closest|would any of these fit|1 \(the worst/i);
    const { replies } = play(["idk", "fine", "meh"]);
    expect(replies.some((r) => /1 \(the worst it gets\) to 10/.test(r))).toBe(true);
    expect(composeReply([{ author: "person", text: "…" }], { seed: "f" }).text.length).toBeGreaterThan(10);
  });

  it("reflects an answer on the 1-10 scale", () => {
    const { replies } = play(["idk", "fine", "3"]);
    expect(replies[2]).toMatch(/^A 3/);
  });

  it("gives the same reply for the same conversation and seed, and varies with the seed", () => {
    const turns: Turn[] = [{ author: "person", text: "i think therapy just doesnt work for people like me" }];
    expect(composeReply(turns, { seed: "x" })).toEqual(composeReply(turns, { seed: "x" }));
    const texts = new Set(["a", "b", "c", "d", "e", "f"].map((seed) => composeReply(turns, { seed }).text));
    expect(texts.size).toBeGreaterThan(1);
  });

  it.each([
    ["empty", ""],
    ["huge", "i feel stuck and my therapist does not get it. ".repeat(180)],
    ["non-English", "no es fácil hablar de esto, estoy muy cansada"],
    ["emoji only", "😔😔😔"],
    ["code", "function help() { return null; }"],
    ["shouting", "WHY IS NOTHING WORKING I AM SO SICK OF THIS"],
    ["abuse", "you're useless, stupid bot"],
    ["repeated pronouns", "i i i am am am me me my"],
  ])("answers %s input calmly, without throwing or garbling", (_label, text) => {
    const reply = composeReply([{ author: "person", text }], { seed: "bad" });
    expect(reply.text.trim().length).toBeGreaterThan(0);
    expect(reply.text).not.toMatch(GARBLED);
    expect(reply.text).not.toMatch(/\byou (?:should|must)\b/i);
    expect(reply.text.split(/\s+/).length).toBeLessThanOrEqual(80);
  });

  it("copes with malformed turns and a conversation that ends on Maia", () => {
    const bad = [
      null,
      { author: "maia", text: "Hello." },
      { author: "person", text: 42 },
    ] as unknown as Turn[];
    expect(() => composeReply(bad, { seed: "m" })).not.toThrow();
    expect(composeReply([{ author: "maia", text: "Hello." }], { seed: "m" }).text.length).toBeGreaterThan(0);
  });
});

describe("what Maia remembers", () => {
  it("summarises in the person's words, turned to 'you'", () => {
    const text = summarise([
      { author: "person", text: "i cancelled my session again" },
      { author: "maia", text: "So you cancelled again." },
      { author: "person", text: "my therapist wants to talk about my dad" },
    ]);
    expect(text).toMatch(/^You said you cancelled your session again\./);
    expect(text).toMatch(/your therapist wants to talk about your dad/);
    expect(text).not.toMatch(/\b(?:i|my|me)\b/i);
  });

  it("stays within 120 words and is empty when there is nothing to summarise", () => {
    const long = summarise(play(LONG).turns);
    expect(long.split(/\s+/).length).toBeLessThanOrEqual(120);
    expect(long.length).toBeGreaterThan(0);
    expect(summarise([])).toBe("");
    expect(summarise([{ author: "person", text: "idk" }])).toBe("");
  });
});
