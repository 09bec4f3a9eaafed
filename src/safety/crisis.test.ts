import { describe, expect, it } from "vitest";
import {
  continueCrisis,
  crisisActive,
  reopenCrisis,
  respondToRisk,
  safeReplacementReply,
  type CrisisState,
} from "./crisis.js";
import { screenMessage, screenReply } from "./screener.js";
import type { Screening } from "./types.js";

type Turn = { author: "person" | "maia"; text: string };

/** Plays a conversation through the flow the way the server does (each message screened with the
 * person's earlier ones), and returns every reply. */
function play(messages: string[], country = "GB", seed = "conv-1") {
  let state: CrisisState | null = null;
  const turns: Turn[] = [];
  const steps: { text: string; screening: Screening; reply: string | null; state: CrisisState | null }[] = [];
  messages.forEach((text, i) => {
    const screening = screenMessage(text, { previous: messages.slice(0, i) });
    const input = { screening, state, text, turns, seed: `${seed}:${i}`, country };
    const result =
      screening.level !== "none"
        ? respondToRisk(input)
        : state
          ? continueCrisis(input)
          : { reply: null, state };
    state = result.state;
    turns.push({ author: "person", text });
    if (result.reply) turns.push({ author: "maia", text: result.reply });
    steps.push({ text, screening, reply: result.reply, state });
  });
  return steps;
}

const EMOJI = /[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]/u;

describe("respondToRisk", () => {
  it("acknowledges, stays, names the country's helpline and asks directly at concern", () => {
    const [step] = play(["everyone would be better off without me"]);
    expect(step?.reply).toMatch(/Samaritans on 116 123/);
    expect(step?.reply).toMatch(/are you (?:having thoughts of ending your life|thinking about suicide)\?/);
    expect(step?.state?.pending).toBe("thoughts");
    expect(step?.state?.active).toBe(true);
  });

  it("asks about a plan at urgent", () => {
    const [step] = play(["i want to kill myself"], "US");
    expect(step?.reply).toMatch(/988/);
    expect(step?.state?.pending).toBe("plan");
    expect(step?.reply).toMatch(/plan/);
  });

  it("does not ask how of someone who has already said how, asking about a plan and when instead", () => {
    for (let i = 0; i < 8; i++) {
      const steps = play(
        ["i keep thinking about jumping off the bridge near my flat", "its 5 minutes away"],
        "FR",
        `how-${i}`,
      );
      expect(steps[0]?.state?.pending).toBe("plan");
      expect(steps[0]?.reply).toMatch(/made a plan/);
      expect(steps[0]?.reply).not.toMatch(/how you might|thinking about how/);
      expect(steps[1]?.reply).toMatch(/made a plan, or thought about when\?$/);
    }
  });

  it("puts the emergency number first at emergency", () => {
    const [step] = play(["i want to kill myself tonight"], "AU");
    const reply = step?.reply ?? "";
    expect(reply).toMatch(/call 000/);
    expect(reply.indexOf("000")).toBeLessThan(reply.indexOf("13 11 14"));
    expect(step?.state?.level).toBe("emergency");
  });

  it("tells someone who has taken an overdose to call now, even if they feel all right", () => {
    const [step] = play(["ive taken 30 paracetamol"], "GB");
    expect(step?.reply).toMatch(/call 999/);
    expect(step?.reply).toMatch(/(?:even if you feel all right|Don't wait)/);
  });

  it("points to the domestic abuse line and Quick exit for abuse at home", () => {
    const [step] = play(["my dad hits me"], "IE");
    expect(step?.reply).toMatch(/1800 341 900/);
    expect(step?.reply).toMatch(/Quick exit/);
    expect(step?.reply).toMatch(/not your fault/);
  });

  it("guides someone worried about another person, with helplines for supporters", () => {
    const [step] = play(["my friend says she wants to die"], "GB");
    const reply = step?.reply ?? "";
    expect(step?.state?.subject).toBe("other");
    expect(reply).toMatch(/Samaritans on 116 123/);
    expect(reply).toMatch(/(?:ask them directly|encourage them|worried about someone)/);
    expect(reply).toMatch(/(?:Is the person you're worried about safe|Do you know whether they are safe)/);
    expect(reply).toMatch(/(?:how are you|How are you)/);
  });

  it("gives international guidance when the country is not in the directory", () => {
    const [step] = play(["i want to die and i have the pills here"], "XX");
    expect(step?.reply).toMatch(/local emergency number/);
    expect(step?.reply).toMatch(/directories/);
  });

  it("is deterministic by seed and varies across seeds", () => {
    const screening = screenMessage("i want to die");
    const a = respondToRisk({
      screening,
      state: null,
      text: "i want to die",
      turns: [],
      seed: "x",
      country: "GB",
    });
    const b = respondToRisk({
      screening,
      state: null,
      text: "i want to die",
      turns: [],
      seed: "x",
      country: "GB",
    });
    expect(a).toEqual(b);
    const replies = new Set(
      Array.from(
        { length: 12 },
        (_, i) =>
          respondToRisk({
            screening,
            state: null,
            text: "i want to die",
            turns: [],
            seed: `s${i}`,
            country: "GB",
          }).reply,
      ),
    );
    expect(replies.size).toBeGreaterThan(3);
  });

  it("never gives two identical replies in a row", () => {
    const steps = play(["i want to die", "i want to die", "i want to die", "i want to die", "i want to die"]);
    for (let i = 1; i < steps.length; i++) expect(steps[i]?.reply).not.toBe(steps[i - 1]?.reply);
  });

  it("never raises the level down inside a flow, and does not re-ask a question", () => {
    const steps = play(["i want to kill myself tonight", "i feel so alone, i want to die"]);
    expect(steps[1]?.state?.level).toBe("emergency");
    const asked = steps[1]?.state?.asked ?? [];
    expect(new Set(asked).size).toBe(asked.length);
  });

  it("keeps a state that survives a JSON round trip", () => {
    const [step] = play(["i want to kill myself"]);
    const copy = JSON.parse(JSON.stringify(step?.state)) as CrisisState;
    expect(copy).toEqual(step?.state);
    const next = continueCrisis({
      screening: screenMessage("yes"),
      state: copy,
      text: "yes",
      turns: [],
      seed: "s",
      country: "GB",
    });
    expect(next.state?.level).toBe("emergency");
  });
});

describe("safe-messaging rules hold for every reply", () => {
  const scenarios = [
    [
      "everyone would be better off without me",
      "yes",
      "no",
      "no",
      "i want to talk about my mum",
      "yes im safe",
    ],
    ["i want to kill myself", "you misunderstood", "i said i'm fine"],
    ["i want to die and i have the pills here", "no", "maybe"],
    ["my friend says she wants to kill herself", "no", "yes"],
    ["my dad hits me", "no"],
    ["i want to stab him", "yes"],
    ["ive taken 30 paracetamol", "im fine"],
    ["i cut myself last night", "yes", "no"],
    // The answers this session's flow reads: help reached for or come, calling not safe, someone
    // there, thanks, a question left unanswered, the friend who was the writer.
    ["i took 20 sleeping pills", "my mum is downstairs", "the ambulance is here now"],
    ["i took 20 sleeping pills", "no one, im alone", "calling 999 now"],
    ["hes going to kill me hes banging on the door", "i cant call he'll hear me", "ok"],
    ["i want to die", "i dont have a plan", "no", "thank you, that helps"],
    ["i cut myself again last night", "its not that deep", "whatever honestly"],
    ["my friend is talking about suicide", "actually its me. i'm the friend", "i guess so"],
    [
      "my sister texted me goodbye and now her phone is off",
      "i called them",
      "they found her, she's in hospital",
    ],
  ];
  const replies: string[] = [];
  for (const country of ["GB", "US", "FR", "XX"]) {
    for (const [i, messages] of scenarios.entries()) {
      for (const step of play(messages, country, `scenario-${i}`)) if (step.reply) replies.push(step.reply);
    }
  }

  it("passes Maia's own reply screen: no method, means, place, encouragement, minimising, judging or jokes", () => {
    expect(replies.length).toBeGreaterThan(40);
    for (const reply of replies) expect({ reply, ...screenReply(reply) }).toMatchObject({ flagged: false });
  });

  it("uses no emoji and never ends the conversation", () => {
    for (const reply of replies) {
      expect(reply).not.toMatch(EMOJI);
      expect(reply).not.toMatch(
        /\b(?:goodbye|this conversation is (?:over|closed|ended)|I can't continue)\b/i,
      );
    }
  });
});

describe("continueCrisis", () => {
  it("does not let a single denial dismiss the flow: it checks gently first", () => {
    const steps = play(["i want to kill myself", "you misunderstood"]);
    const check = steps[1];
    expect(check?.reply).toMatch(/are you safe/i);
    expect(check?.state?.phase).toBe("checking");
    expect(crisisActive(check?.state)).toBe(true);
  });

  it("winds down kindly once the person confirms they are safe", () => {
    const steps = play(["i want to kill myself", "i'm fine", "yes i'm safe"]);
    const last = steps[2];
    expect(last?.state?.phase).toBe("closed");
    expect(last?.state?.active).toBe(false);
    expect(last?.reply).toMatch(/Get help now/);
    expect(crisisActive(last?.state)).toBe(false);
  });

  it("treats a second denial after the check as the answer, and winds down", () => {
    const steps = play(["i want to kill myself", "you misunderstood", "i said i'm fine"]);
    expect(steps[2]?.state?.phase).toBe("closed");
  });

  it("raises the level when the person answers yes to a direct question", () => {
    const steps = play(["everyone would be better off without me", "yes", "yes"]);
    expect(steps[1]?.state?.level).toBe("urgent");
    expect(steps[1]?.state?.pending).toBe("plan");
    expect(steps[2]?.state?.level).toBe("emergency");
    expect(steps[2]?.reply).toMatch(/call 999/);
  });

  it("stays with a follow-up that goes on with a concern, without asking about a plan that was never said", () => {
    const steps = play(["i feel like a burden to everyone", "they tiptoe round me all the time"]);
    expect(steps[1]?.screening.level).toBe("concern");
    // Flagged only with the message before it, and answering nothing: the question about thoughts of
    // suicide is asked once more (the helplines named a moment ago stay on the card).
    expect(steps[1]?.reply).toMatch(/thoughts of ending your life\?$/);
    expect(steps[1]?.reply).not.toMatch(/plan/);
    expect(steps[1]?.state?.level).toBe("concern");
    expect(crisisActive(steps[1]?.state)).toBe(true);
  });

  it("reads a short answer that the screener carried at the flow's level as the answer it is", () => {
    // "you misunderstood" right after a risk message is screened with it, at its level.
    const steps = play(["i want to kill myself", "you misunderstood", "yes i'm safe"]);
    expect(steps[1]?.screening.level).not.toBe("none");
    expect(steps[1]?.reply).toMatch(/are you safe/i);
    expect(steps[2]?.state?.phase).toBe("closed");
  });

  it("keeps the emergency reply when an overdose is walked back or called safe straight after", () => {
    for (const denial of ["im fine forget it", "yes im safe"]) {
      const steps = play(["i took 30 paracetamol an hour ago", denial]);
      expect(steps[1]?.reply).toMatch(/call 999/);
      expect(crisisActive(steps[1]?.state)).toBe(true);
    }
  });

  it("does not take being fine, told as what someone asks or is told, as a denial", () => {
    for (const text of ["my mum keeps asking if im ok and i just say yes", "i tell everyone im fine"]) {
      const steps = play(["i feel like a burden to everyone", text]);
      expect(steps[1]?.reply ?? "", text).not.toMatch(/sorry if I got that wrong|are you safe/i);
      expect(steps[1]?.state?.phase, text).toBe("active");
    }
    // Said to Maia, it is one.
    expect(play(["i want to kill myself", "i told you im fine"])[1]?.reply).toMatch(/are you safe/i);
  });

  it("hears a tentative no as a no when asked about acting soon", () => {
    for (const text of ["i guess not tonight", "probably not"]) {
      const steps = play(["i want to kill myself", "no", text]);
      expect(steps[1]?.state?.pending, text).toBe("now");
      expect(steps[2]?.reply ?? "", text).not.toMatch(/call 999/);
      expect(steps[2]?.state?.level, text).toBe("urgent");
    }
  });

  it("asks after self-harm whether there are thoughts of suicide, never how they might do it", () => {
    const steps = play(["i cut myself again tonight", "yeah sometimes"]);
    expect(steps[0]?.state?.pending).toBe("thoughts");
    expect(steps[0]?.reply).not.toMatch(/how you might do it|plan/);
    // A yes is thoughts of suicide: now a plan may be asked about.
    expect(steps[1]?.state?.categories).toContain("suicide");
    expect(steps[1]?.state?.pending).toBe("plan");
  });

  it("takes not being sure about thoughts of suicide as a maybe yes, and asks about a plan", () => {
    const steps = play(["sometimes i wish i wasnt here", "idk maybe"]);
    expect(steps[1]?.state?.level).toBe("urgent");
    expect(steps[1]?.state?.pending).toBe("plan");
  });

  it("winds down when someone worried about another person says they are safe now", () => {
    const steps = play([
      "my friend posted a goodbye message on insta",
      "yes shes with her mum now",
      "thank you",
    ]);
    expect(steps[0]?.state?.level).toBe("emergency");
    expect(steps[1]?.reply).not.toMatch(/999/);
    expect(steps[1]?.state?.phase).toBe("closed");
    expect(steps[2]?.screening.level).toBe("none");
  });

  it("stays with an emergency whatever is said next, the emergency number first", () => {
    const steps = play(["i have the pills in front of me", "no", "i dont know what to do"]);
    expect(steps[2]?.reply).toMatch(/call 999/);
  });

  it("tells someone who fears hurting another person to put distance between them, not that their own life is in danger", () => {
    const steps = play(["i want to hurt my ex", "yeah honestly"]);
    expect(steps[1]?.state?.level).toBe("emergency");
    expect(steps[1]?.reply).toMatch(/distance between you and them|step away from them/);
    expect(steps[1]?.reply).not.toMatch(/your life may be in danger|most important thing is your safety/);
  });

  it("treats not being safe as an emergency", () => {
    const steps = play(["i want to kill myself", "you misunderstood", "no"]);
    expect(steps[2]?.state?.level).toBe("emergency");
    expect(steps[2]?.state?.phase).toBe("active");
  });

  it("returns no crisis reply for an ordinary message with nothing pending, and keeps the flow", () => {
    const steps = play(["i want to kill myself", "no", "no", "my mum keeps calling me"]);
    expect(steps[3]?.reply).toBeNull();
    expect(crisisActive(steps[3]?.state)).toBe(true);
  });

  it("does not read the start of a sentence as the answer: 'no one cares', 'i am so tired', 'im not ok'", () => {
    // "no one cares" is no "no" to whether they might act soon.
    const noOne = play(["i want to kill myself", "no", "no one cares"])[2];
    expect(noOne?.reply).not.toMatch(/If that changes|If it starts to feel closer/);
    // "i am so tired" is no "yes" to thoughts of suicide, so no question about a plan follows.
    const tired = play(["everyone would be better off without me", "i am so tired"])[1];
    expect(tired?.state?.level).toBe("concern");
    expect(tired?.reply).not.toMatch(/plan|how you might/);
    // "im not ok" is no "no" to thoughts of suicide, to be thanked and checked as a denial.
    const notOk = play(["everyone would be better off without me", "im not ok"])[1];
    expect(notOk?.reply).not.toMatch(/rather ask and be wrong|sorry if I got that wrong|take your lead/);
    expect(crisisActive(notOk?.state)).toBe(true);
    // "i havent slept in days", "i dont have anyone", "never felt this alone" answer nothing about a
    // plan: the question is asked once more, not passed over for whether it is tonight.
    for (const said of [
      "i havent slept in days",
      "i dont have anyone",
      "never felt this alone",
      "im not sleeping",
    ]) {
      const step = play(["i want to kill myself", said])[1];
      expect(step?.state?.pending).toBe("plan");
      expect(step?.reply).toMatch(/made a plan\?$/);
    }
    // While "i havent really thought about it", "i dont think so" and "im not" are each a no.
    for (const said of [
      "i havent really thought about it",
      "i dont think so",
      "i havent got that far",
      "im not",
    ]) {
      expect(play(["i want to kill myself", said])[1]?.state?.pending).toBe("now");
    }
  });

  it("thanks someone for saying there is no plan and asks how close it feels, without the whole crisis reply again", () => {
    const steps = play(["i want to kill myself", "no"]);
    expect(steps[1]?.reply).toMatch(/^Thank you for (?:answering|being honest)/);
    expect(steps[1]?.reply).toMatch(/act on (?:these thoughts|it soon)/);
    expect(steps[1]?.reply).not.toMatch(/incredibly hard|heavy to carry|116 123/);
    expect(steps[1]?.state?.level).toBe("urgent");
  });

  it("listens to a message flagged only with the one before it, asking the open question again, not repeating the crisis reply", () => {
    // "i havent slept in days" is screened at urgent with "i want to kill myself" before it.
    const steps = play(["i want to kill myself", "i havent slept in days", "i just feel empty"]);
    expect(steps[1]?.screening.level).toBe("urgent");
    expect(steps[1]?.reply).toMatch(/made a plan\?$/);
    expect(steps[1]?.reply).not.toMatch(/116 123/);
    expect(crisisActive(steps[1]?.state)).toBe(true);
    // Flagged for what it says itself, a message that answers nothing still gets the crisis reply.
    const own = play(["i want to kill myself", "i have pills saved up"])[1];
    expect(own?.state?.level).toBe("emergency");
    expect(own?.reply).toMatch(/call 999/);
  });

  it("never closes the flow on 'i do not know' or 'i have no idea' when asked whether they are safe", () => {
    for (const answer of ["i do not know", "i have no idea"]) {
      const steps = play(["i want to kill myself", "you misunderstood", answer]);
      expect(steps[2]?.state?.phase).toBe("active");
      expect(steps[2]?.state?.level).toBe("emergency");
      expect(steps[2]?.reply).toMatch(/call 999/);
    }
  });

  it("takes not feeling safe as an emergency whatever was asked", () => {
    const steps = play(["i cut myself again last night", "i dont feel safe"]);
    expect(steps[0]?.state?.pending).toBe("thoughts");
    expect(steps[1]?.state?.level).toBe("emergency");
    expect(steps[1]?.reply).toMatch(/call 999/);
    expect(steps[1]?.reply).not.toMatch(/rather ask and be wrong|sorry if I got that wrong/);
  });

  it("backs someone who says they will call for help, without reading the whole crisis reply again", () => {
    const friend = play(
      ["my friend texted me saying she's going to end it tonight", "ok i'll call them"],
      "NZ",
    );
    expect(friend[1]?.reply).toMatch(/right thing|good step/);
    expect(friend[1]?.reply).toMatch(/call 111/);
    expect(friend[1]?.reply).not.toMatch(/0800 543 354/);
    expect(crisisActive(friend[1]?.state)).toBe(true);
    const self = play(["i took a whole packet of paracetamol", "calling 000 now"], "AU");
    expect(self[1]?.reply).toMatch(/good step|right thing/);
    expect(self[1]?.reply).toMatch(/call 000 straight away/);
    const done = play(["i want to kill myself tonight", "ive called 999"])[1];
    expect(done?.reply).toMatch(/glad you did/);
    const called = play(["my sister texted me goodbye and now her phone is off", "i called 911"], "US")[1];
    expect(called?.reply).toMatch(/Thank you for doing that/);
    expect(called?.reply).not.toMatch(/call 911/);
    const arrived = play(["i took 20 sleeping pills", "the ambulance is here now"])[1];
    expect(arrived?.reply).toMatch(/glad help is with you/);
    expect(arrived?.reply).not.toMatch(/before help is with you|call 999/);
    // Calling someone a name, or telling what a call was like, is not reaching for help.
    const named = play(["i want to hurt my ex", "i called her a liar"])[1];
    expect(named?.reply ?? "").not.toMatch(/good step|right thing/);
    const told = play(["i want to hurt my ex", "i rang my mum and she shouted at me"])[1];
    expect(told?.reply ?? "").not.toMatch(/good step|right thing/);
  });

  it("asks a question once more after a message that leaves it unanswered, then lets the conversation go on", () => {
    const steps = play(["i cut myself again last night", "its not that deep", "whatever honestly"], "CA");
    expect(steps[1]?.reply).toMatch(/thoughts of ending your life\?$/);
    expect(steps[1]?.reply).not.toMatch(/988/);
    expect(steps[1]?.state?.pending).toBe("thoughts");
    expect(steps[2]?.reply).toBeNull();
    expect(crisisActive(steps[2]?.state)).toBe(true);
  });

  it("asks about a plan when someone is not sure they are safe after only a wish to be dead, not 'call 112 now'", () => {
    const steps = play(["sometimes i wish i could just not wake up", "not really no", "i dont know"], "IE");
    expect(steps[2]?.state?.level).toBe("urgent");
    expect(steps[2]?.reply).toMatch(/116 123/);
    expect(steps[2]?.reply).toMatch(/plan/);
    expect(steps[2]?.reply).not.toMatch(/call 112/);
    // Not sure about a plan: how close it feels; not sure about that: an emergency.
    const next = play(
      ["sometimes i wish i could just not wake up", "not really no", "i dont know", "maybe", "i dont know"],
      "IE",
    );
    expect(next[3]?.state?.pending).toBe("now");
    expect(next[4]?.state?.level).toBe("emergency");
    expect(next[4]?.reply).toMatch(/call 112/);
  });

  it("winds down when someone says they are safe after being asked once, instead of asking again", () => {
    const steps = play(
      ["my boyfriend hits me", "i'm scared to go home", "yeah im safe at my friends house for now"],
      "ZA",
    );
    expect(steps[0]?.state?.pending).toBe("safe");
    expect(steps[2]?.reply).not.toMatch(/are you safe|whether you're safe/i);
    expect(steps[2]?.state?.phase).toBe("closed");
  });

  it("takes the flow up again when the message straight after it wound down takes back being fine", () => {
    const steps = play(["i want to kill myself", "jk", "i am fine honestly"]);
    const closed = steps[2]?.state ?? null;
    expect(closed?.phase).toBe("closed");
    const input = (text: string) => ({
      screening: screenMessage(text, { previous: ["jk", "i am fine honestly"] }),
      state: closed,
      text,
      turns: [],
      seed: "reopen",
      country: "GB",
    });
    const reopened = reopenCrisis(input("actually no im not fine"));
    expect(reopened?.reply).toMatch(/116 123/);
    expect(reopened?.state.phase).toBe("active");
    expect(reopened?.state.level).toBe("urgent");
    expect(reopenCrisis(input("anyway work was ok today"))).toBeNull();
  });

  it("turns to the writer when the friend they were worried about turns out to be them", () => {
    for (const said of ["actually its me. i'm the friend", "yeah it's me. i'm the friend"]) {
      const steps = play(["my friend is talking about suicide", said]);
      expect(steps[1]?.state?.subject).toBe("self");
      expect(steps[1]?.state?.phase).toBe("active");
      expect(steps[1]?.reply).not.toMatch(
        /worried about (?:them|someone)|How are you doing yourself|holding up/,
      );
      expect(steps[1]?.reply).toMatch(/thoughts of ending your life|thinking about suicide/);
    }
  });

  it("after an overdose asks whether someone is with them, not whether they are safe, and says who is to call", () => {
    const first = play(["i took a whole packet of paracetamol"])[0];
    expect(first?.reply).toMatch(/anyone with you|someone with you/);
    expect(first?.reply).not.toMatch(/are you safe|whether you're safe/i);
    const someone = play(["i took a whole packet of paracetamol", "my mum is downstairs"])[1];
    expect(someone?.reply).toMatch(/tell them what has happened|Let them know what has happened/);
    expect(someone?.reply).toMatch(/999/);
    const alone = play(["i took 20 sleeping pills", "no one, im alone"])[1];
    expect(alone?.reply).toMatch(/call 999 (?:yourself|now, yourself)/);
    // Being "safe" is no answer to that, and takes nothing back: the emergency reply again.
    const safe = play(["i took 20 sleeping pills", "yes im safe"])[1];
    expect(safe?.reply).toMatch(/call 999/);
    expect(safe?.state?.level).toBe("emergency");
    expect(crisisActive(safe?.state)).toBe(true);
  });

  it("asks again whether anyone is with them after a message that says more but not that, and once alone never says 'ask someone near you'", () => {
    const steps = play(
      ["i took a load of pills", "like 20 of my mums sleeping tablets", "no one", "ok"],
      "NZ",
    );
    expect(steps[1]?.reply).toMatch(/call 111/);
    expect(steps[1]?.reply).toMatch(/(?:anyone|someone) with you/);
    expect(steps[1]?.state?.pending).toBe("with_someone");
    expect(steps[2]?.reply).toMatch(/call 111 (?:yourself|now, yourself)/);
    expect(steps[3]?.reply).toMatch(/call 111/);
    for (const step of steps.slice(2)) expect(step.reply).not.toMatch(/someone near|someone nearby/);
  });

  it("never tells someone in an emergency to take their time", () => {
    for (let i = 0; i < 40; i++) {
      for (const step of play(["i want to kill myself tonight", "ok", "i dont know"], "GB", `seed-${i}`))
        expect(step.reply ?? "").not.toMatch(/take your time/i);
    }
  });

  it("hears 'not literally' as taking the words back, and checks gently", () => {
    const steps = play(["kms", "lol not literally"]);
    expect(steps[1]?.state?.phase).toBe("checking");
    expect(steps[1]?.reply).toMatch(/are you safe/);
    expect(steps[1]?.reply).not.toMatch(/plan/);
  });

  it("stays when thanked in the middle of a flow, and winds down when the person they worried about is in hospital", () => {
    const thanked = play(["i want to die", "i dont have a plan", "no", "thank you, that helps"])[3];
    expect(thanked?.reply).toMatch(/still here|not going anywhere/);
    expect(crisisActive(thanked?.state)).toBe(true);
    const found = play(
      [
        "my sister texted me goodbye and now her phone is off",
        "i called 911",
        "they found her, she's in hospital",
      ],
      "US",
    )[2];
    expect(found?.state?.phase).toBe("closed");
    expect(found?.reply).not.toMatch(/call 911|are you safe/i);
  });

  it("checks on the other person, not on the writer's own thoughts, when someone worried about a friend says it's nothing", () => {
    const steps = play(["my friend says she wants to die", "you're overreacting", "yes"]);
    expect(steps[1]?.reply).toMatch(/person you're worried about|whether they are safe/);
    expect(steps[1]?.reply).not.toMatch(/ending your life|are you safe/);
    expect(steps[2]?.state?.phase).toBe("closed");
  });

  it("offers a text line and a website when calling is not safe", () => {
    const abuse = play([
      "hes banging on the door and screaming hes going to kill me",
      "i'm locked in the bathroom",
      "i cant call he'll hear me",
    ])[2];
    expect(abuse?.reply).toMatch(/You could text \w+ to \d+|You could text \d+/);
    expect(abuse?.reply).toMatch(/https:\/\//);
    expect(abuse?.reply).toMatch(/Quick exit/);
    const self = play(["i want to kill myself", "my parents would hear"], "US")[1];
    expect(self?.reply).toMatch(/text 988/);
    expect(crisisActive(self?.state)).toBe(true);
    // Being seen by someone is not a call that cannot be made.
    const seen = play(["i want to kill myself", "no", "my therapist will see me tomorrow"])[2];
    expect(seen?.reply ?? "").not.toMatch(/don't call|instead/);
  });

  it("does not ask whether it is now when an earlier answer already said not now", () => {
    const steps = play(["i self harm sometimes", "yeah but not rn", "no"]);
    expect(steps[1]?.state?.pending).toBe("plan");
    expect(steps[2]?.reply).not.toMatch(/act on (?:it|these thoughts) soon|tonight, do you feel/);
    expect(steps[2]?.reply).toMatch(/Thank you for (?:answering|being honest)/);
  });

  it("does not ask about tonight when the answer about a plan already said not tonight", () => {
    const step = play(["i keep thinking about jumping in front of a train", "no not tonight"], "US")[1];
    expect(step?.reply).not.toMatch(/tonight, do you feel|act on it soon/);
    expect(step?.state?.asked).toContain("now");
    expect(crisisActive(step?.state)).toBe(true);
  });

  it("hears a supporter asking what to say as a question about helping, not as not knowing whether the person is safe", () => {
    const steps = play(
      ["my daughter said she wants to kill herself", "i dont know what to say to her"],
      "CA",
    );
    expect(steps[1]?.state?.level).toBe("concern");
    expect(steps[1]?.reply).not.toMatch(/call 911/);
    expect(steps[1]?.reply).toMatch(/ask (?:them directly|plainly) whether they're thinking/);
    expect(steps[1]?.reply).toMatch(/988/);
    expect(crisisActive(steps[1]?.state)).toBe(true);
  });

  it("tells someone who cannot reach the person they fear for to call the emergency number with what they know, not to ask them directly", () => {
    const steps = play(
      ["my friend posted a goodbye message on instagram", "i tried calling her, no answer"],
      "ZA",
    );
    expect(steps[1]?.reply).toMatch(/call 112 now/);
    expect(steps[1]?.reply).toMatch(/family member|shared friend/);
    expect(steps[1]?.reply).toMatch(/report a post/);
    expect(steps[1]?.reply).not.toMatch(/ask them directly|whether they are safe|safe at the moment/);
    // Said as the worry grows, or in the first message, the same; the first names the helpline too.
    const grows = play(["my brother said hes going to kill himself", "his phone is off"])[1];
    expect(grows?.state?.level).toBe("emergency");
    expect(grows?.reply).toMatch(/call 999 now/);
    expect(grows?.reply).not.toMatch(/ask them directly|report a post/);
    const first = play(
      ["my best friend texted me she loves me and is sorry and now she isnt answering"],
      "US",
    )[0];
    expect(first?.reply).toMatch(/call 911 now/);
    expect(first?.reply).toMatch(/988/);
    expect(crisisActive(first?.state)).toBe(true);
  });

  it("does not push someone who does not want to talk about it, and keeps the emergency number in an emergency", () => {
    const urgent = play(["i want to kill myself", "i dont want to talk about it"])[1];
    expect(urgent?.reply).toMatch(/don't have to/);
    expect(urgent?.reply).not.toMatch(/\?/);
    expect(urgent?.state?.pending).toBeNull();
    expect(crisisActive(urgent?.state)).toBe(true);
    const emergency = play(
      ["i have a plan to kill myself on friday", "i dont want to talk about it"],
      "IE",
    )[1];
    expect(emergency?.reply).toMatch(/call 112/);
    expect(emergency?.reply).toMatch(/don't have to/);
  });

  it("is glad when someone being hurt has got away, and helps them plan for the risky time after leaving", () => {
    const steps = play(
      [
        "my ex keeps turning up at my house and threatening me",
        "he said he'd kill me if i left",
        "i already left",
        "im at my sisters",
      ],
      "IE",
    );
    expect(steps[2]?.reply).toMatch(/glad you're (?:somewhere away|out of there)/);
    expect(steps[2]?.reply).toMatch(/plan for staying safe/);
    expect(steps[2]?.reply).toMatch(/1800 341 900/);
    expect(steps[2]?.reply).toMatch(/call 112/);
    expect(steps[3]?.reply).toMatch(/safer place/);
    expect(steps[3]?.reply).not.toBe(steps[2]?.reply);
    expect(crisisActive(steps[3]?.state)).toBe(true);
  });

  it("asks someone who names the means in an emergency to put distance between them, not whether they are safe", () => {
    const steps = play(
      [
        "i feel like im going to do something really stupid tonight",
        "yeah i think about killing myself",
        "i have my dads gun",
        "im not going to talk about it",
      ],
      "US",
    );
    expect(steps[2]?.reply).toMatch(/call 911/);
    expect(steps[2]?.reply).toMatch(/distance between you and anything|out of reach/);
    expect(steps[2]?.reply).not.toMatch(/safe (?:right now|at the moment)\?/);
    expect(steps[2]?.reply).not.toMatch(/\bgun\b/);
    expect(steps[3]?.reply).toMatch(/don't have to/);
    expect(steps[3]?.reply).toMatch(/call 911/);
    // At a place, moving away from it, not putting something in another room.
    const place = play(["i want to kill myself tonight, im on the bridge"])[0];
    expect(place?.reply).toMatch(/move away from where you are/);
    expect(place?.reply).not.toMatch(/another room/);
  });

  it("follows someone who asks to talk about something else, the helplines kept in reach", () => {
    const steps = play([
      "everyone would be better off without me",
      "yeah",
      "no",
      "not tonight",
      "can we talk about something else",
    ]);
    expect(steps[4]?.reply).toMatch(/^Of course, we can talk about something else/);
    expect(steps[4]?.reply).toMatch(/card/);
    expect(steps[4]?.state?.pending).toBeNull();
    expect(crisisActive(steps[4]?.state)).toBe(true);
  });

  it("is honest that Maia is an AI when asked, and points to the real people on the card", () => {
    const bot = play(["i want to die", "you're just a bot"])[1];
    expect(bot?.reply).toMatch(/I'm an AI/);
    expect(bot?.reply).toMatch(/Samaritans/);
    expect(bot?.state?.pending).toBe("plan");
    const care = play(["i have a plan to kill myself on friday", "why do you care"], "IE")[1];
    expect(care?.reply).toMatch(/^Because what you're going through matters/);
    expect(care?.reply).toMatch(/call 112/);
  });

  it("tells someone being hurt who asks whether it is their fault that it is not", () => {
    const steps = play(["im 15 and my stepdad comes into my room at night", "is this my fault"], "CA");
    expect(steps[1]?.reply).toMatch(/^No\. What is happening to you is not your fault/);
    expect(crisisActive(steps[1]?.state)).toBe(true);
  });

  it("tells someone after an injury what to say to the person with them", () => {
    const steps = play([
      "i cut too deep and it wont stop bleeding",
      "yes my flatmate is here",
      "what do i tell her",
    ]);
    expect(steps[2]?.reply).toMatch(/tell them you've hurt yourself and need help/);
    expect(steps[2]?.reply).toMatch(/call 999/);
    expect(steps[2]?.reply).not.toMatch(/someone nearby/);
  });

  it("does not ask someone who fears hurting another person whether they are safe", () => {
    const steps = play([
      "sometimes i get so angry i want to hurt my roommate",
      "no i wouldnt actually do it",
      "it just scares me that i think it",
    ]);
    expect(steps[2]?.reply).not.toMatch(/are you safe/i);
    expect(crisisActive(steps[2]?.state)).toBe(true);
  });

  it("answers a bare 'ok' in an emergency with the emergency number in a few words, not the whole reply again", () => {
    const steps = play(["i want to kill myself tonight", "ok", "ok"], "US");
    for (const step of steps.slice(1)) {
      expect(step.reply).toMatch(/call 911/);
      expect(step.reply).not.toMatch(/988|heavy to carry|incredibly hard|glad you said/);
      expect(step.state?.level).toBe("emergency");
    }
    expect(steps[2]?.reply).not.toBe(steps[1]?.reply);
  });

  it("names the line for young people beside the main one when someone says they are under 18", () => {
    const abuse = play(["im 16 and my dad hits me"], "US")[0];
    expect(abuse?.reply).toMatch(/1-800-799-7233/);
    expect(abuse?.reply).toMatch(/line just for young people: Childhelp/);
    const later = play(["i want to kill myself", "im only 14"])[1];
    expect(later?.reply).toMatch(/line just for young people: PAPYRUS HOPELINE247 on 0800 068 4141/);
    expect(later?.state?.pending).toBe("plan");
    // Not for "15 minutes", and not for an adult.
    expect(play(["i want to kill myself, im 15 minutes from the bridge"])[0]?.reply).not.toMatch(
      /young people/,
    );
    expect(play(["im 34 and my husband hits me"])[0]?.reply).not.toMatch(/young people/);
  });

  it("winds a worry about someone else down in a supporter's words even when it must not repeat the last reply", () => {
    const first = respondToRisk({
      screening: screenMessage("my friend says she wants to die"),
      state: null,
      text: "my friend says she wants to die",
      turns: [],
      seed: "a",
      country: "GB",
    });
    const answer = (turns: Turn[]) =>
      continueCrisis({
        screening: { level: "none", categories: [], subject: "other" },
        state: first.state,
        text: "yes she's safe",
        turns,
        seed: "b",
        country: "GB",
      }).reply;
    const once = answer([]);
    const again = answer([{ author: "maia", text: once ?? "" }]);
    expect(again).not.toBe(once);
    for (const reply of [once, again]) expect(reply).toMatch(/safe for now|relief/);
  });

  it("does nothing when no flow is active", () => {
    const result = continueCrisis({
      screening: screenMessage("hello"),
      state: null,
      text: "hello",
      turns: [],
      seed: "s",
      country: "GB",
    });
    expect(result).toEqual({ reply: null, state: null });
  });

  it("closes the worry about someone else kindly once they are safe", () => {
    const steps = play(["my friend says she wants to die", "yes she's safe"]);
    expect(steps[1]?.state?.phase).toBe("closed");
    expect(steps[1]?.reply).toMatch(/(?:safe for now|relief)/);
  });
});

describe("respondToRisk for ordinary messages (as the conversation service calls it)", () => {
  it("answers with a crisis reply during a flow, staying present and asking once whether they are safe", () => {
    const first = respondToRisk({
      screening: screenMessage("i want to die"),
      state: null,
      text: "i want to die",
      turns: [],
      seed: "a",
      country: "GB",
    });
    const second = respondToRisk({
      screening: screenMessage("my mum keeps calling"),
      state: { ...first.state, pending: null },
      text: "my mum keeps calling",
      turns: [],
      seed: "b",
      country: "GB",
    });
    expect(second.reply.length).toBeGreaterThan(0);
    expect(second.state.pending).toBe("safe");
    expect(second.state.active).toBe(true);
  });
});

describe("safeReplacementReply", () => {
  it("returns a gentle reply outside a flow that passes the reply screen", () => {
    const reply = safeReplacementReply({ turns: [], seed: "r", country: "GB" });
    expect(screenReply(reply).flagged).toBe(false);
    expect(reply).toMatch(/Get help now/);
  });

  it("returns a crisis reply with the helplines inside a flow", () => {
    const [step] = play(["i want to kill myself"]);
    const reply = safeReplacementReply({ turns: [], seed: "r", country: "GB", state: step?.state });
    expect(reply).toMatch(/116 123/);
    expect(screenReply(reply).flagged).toBe(false);
  });

  it("never repeats Maia's previous reply word for word", () => {
    const first = safeReplacementReply({ turns: [], seed: "r", country: "GB" });
    const second = safeReplacementReply({
      turns: [{ author: "maia", text: first }],
      seed: "r",
      country: "GB",
    });
    expect(second).not.toBe(first);
  });
});
