/**
 * Screening throughput on one core: how many chat-length messages per second screenMessage
 * handles, for ordinary chat (most of what it sees) and for a mix heavy with risk, idioms and
 * negations (where it does the most work). The target is 20,000 messages per second, so
 * screening every message costs nothing anyone would notice.
 */
import { execFileSync } from "node:child_process";
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

/**
 * How long the first message takes to screen in a fresh process, as the first person to write
 * after a start would wait: with the patterns still to compile, or after warmScreener (which the
 * server runs in the background once it is listening). Median of three processes.
 */
function firstMessageMs(warm: boolean): number {
  const script = `
    import { performance } from "node:perf_hooks";
    import { screenMessage, warmScreener } from ${JSON.stringify(new URL("../src/safety/screener.ts", import.meta.url).href)};
    if (${warm}) await warmScreener();
    const start = performance.now();
    screenMessage("I keep cancelling my sessions and I don't know why.", { previous: ["I slept badly."] });
    console.log(performance.now() - start);`;
  const runs = [0, 1, 2].map(() =>
    Number(
      execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
        encoding: "utf8",
      }),
    ),
  );
  return runs.sort((a, b) => a - b)[1] as number;
}

const bench: Bench = {
  name: "Crisis screener",
  async run(): Promise<BenchFigure[]> {
    const avg = (list: string[]) => Math.round(list.reduce((n, m) => n + m.length, 0) / list.length);
    const ordinary = measure(ORDINARY, 2);
    const risky = measure(RISKY, 2);
    const mixed = measure([...ORDINARY, ...ORDINARY, ...ORDINARY, ...RISKY], 2);
    const cold = firstMessageMs(false);
    const warmed = firstMessageMs(true);
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
      {
        name: "first message after a start, patterns not yet compiled",
        value: Math.round(cold),
        unit: "ms",
        note: "fresh process, median of 3",
      },
      {
        name: "first message after a start, after warmScreener",
        value: Number(warmed.toFixed(2)),
        unit: "ms",
        note: "what the server does in the background once listening",
      },
    ];
  },
};

export default bench;
