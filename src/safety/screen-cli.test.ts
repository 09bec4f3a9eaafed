import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runScreenCli } from "./screen-cli.js";
import { screenMessage } from "./screener.js";

async function run(input: string): Promise<string[]> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on("data", (c: Buffer) => chunks.push(c.toString("utf8")));
  await runScreenCli(Readable.from([input]), output);
  return chunks
    .join("")
    .split("\n")
    .filter((l, i, all) => l !== "" || i < all.length - 1);
}

describe("runScreenCli", () => {
  it("writes one JSON line per input line, with level and categories only", async () => {
    const lines = await run("i want to kill myself\nthis exam is killing me\n");
    expect(lines).toEqual([
      JSON.stringify({ level: "urgent", categories: ["suicide"] }),
      JSON.stringify({ level: "none", categories: [] }),
    ]);
  });

  it("screens empty lines as none and accepts Windows line endings", async () => {
    const lines = await run("\r\nmy dad hits me\r\n\n");
    expect(lines.map((l) => JSON.parse(l) as { level: string })).toEqual([
      { level: "none", categories: [] },
      { level: "concern", categories: ["abuse"] },
      { level: "none", categories: [] },
    ]);
  });

  it("treats each line on its own, with no context from the line before", async () => {
    const lines = await run("i want to die\ni have a plan\n");
    expect(JSON.parse(lines[1] as string)).toEqual({ level: "none", categories: [] });
  });

  it("gives the same answer as the server's screener", async () => {
    const messages = ["ive taken 30 paracetamol", "my friend says she wants to die", "kms lol", "hello"];
    const lines = await run(messages.join("\n"));
    lines.forEach((line, i) => {
      const { level, categories } = screenMessage(messages[i] as string);
      expect(JSON.parse(line)).toEqual({ level, categories });
    });
  });
});
