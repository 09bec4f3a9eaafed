/**
 * Screening throughput on one core: how many chat-length messages per second screenMessage
 * handles, for ordinary chat (most of what it sees) and for a mix heavy with risk, idioms and
 * negations (where it does the most work). The target is 20,000 messages per second, so
 * screening every message costs nothing anyone would notice.
 */
import { performance } from "node:perf_hooks";
import { screenMessage } from "../src/safety/screener.js";
import type { Bench, BenchFigure } from "./types.js";

const ORDINARY = [
  "i had a really long day at work and i just feel flat",
  "my therapist keeps asking about my childhood and i dont know what to say",
  "can we talk about why i always cancel my sessions",
  "i feel anxious about seeing my family this weekend",
  "honestly therapy feels like a waste of time right now",
  "i wrote in my journal today, it helped a bit",
  "i keep saying what i think she wants to hear",
  "not sure why i'm even writing this, i just needed to get it out",
  "my sleep has been awful and everything feels heavier",
  "i want to get better at telling people no",
];

const RISKY = [
  "this exam is literally killing me lol",
  "i would never hurt myself but i'm so tired",
  "everyone would be better off without me",
  "i want to die, i've got the pills here",
  "my friend says she wants to kill herself and i'm scared",
  "i tried years ago but i'm doing much better now",
  "kms this homework is unreal",
  "i could murder a pizza right now honestly",
  "my dad hits me when he's been drinking",
  '"i want to die" is such a sad line in that song',
];

function measure(messages: string[], seconds: number): number {
  // Warm up for half a second so the figure is the steady state a running server sees, after the
  // regular expressions have been compiled to machine code, not the first calls' interpretation.
  const warm = performance.now() + 500;
  for (let i = 0; performance.now() < warm; i++) screenMessage(messages[i % messages.length] as string);
  let count = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 200; i++) screenMessage(messages[(count + i) % messages.length] as string);
    count += 200;
  }
  return count / seconds;
}

const bench: Bench = {
  name: "Crisis screener",
  async run(): Promise<BenchFigure[]> {
    const avg = (list: string[]) => Math.round(list.reduce((n, m) => n + m.length, 0) / list.length);
    const ordinary = measure(ORDINARY, 2);
    const risky = measure(RISKY, 2);
    const mixed = measure([...ORDINARY, ...ORDINARY, ...ORDINARY, ...RISKY], 2);
    return [
      {
        name: "ordinary chat, messages per second",
        value: Math.round(ordinary),
        unit: "msg/s",
        target: ">= 20000",
        pass: ordinary >= 20_000,
        note: `one core, ${avg(ORDINARY)} characters on average`,
      },
      {
        name: "risk, idioms and negations, messages per second",
        value: Math.round(risky),
        unit: "msg/s",
        target: ">= 20000",
        pass: risky >= 20_000,
        note: `one core, ${avg(RISKY)} characters on average`,
      },
      {
        name: "realistic mix (3 ordinary : 1 risky), messages per second",
        value: Math.round(mixed),
        unit: "msg/s",
        note: "informational",
      },
    ];
  },
};

export default bench;
