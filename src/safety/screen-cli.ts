/**
 * `asclepiad screen`: reads one message per line and writes one JSON object per line,
 * `{"level":"…","categories":[…]}`, using exactly the screener the server runs. It lets an
 * operator or a reviewer check the screener against their own examples without starting a server
 * or storing anything. Each line is screened on its own, with no context from earlier lines,
 * because lines from a file are not one person's conversation.
 */
import { createInterface } from "node:readline";
import { screenMessage } from "./screener.js";

/** Screens every line of `input` and writes one JSON line per input line to `output`. */
export async function runScreenCli(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
  for await (const line of lines) {
    const { level, categories } = screenMessage(line);
    const ok = output.write(`${JSON.stringify({ level, categories })}\n`);
    // Respect back-pressure so a large file piped through does not pile up in memory.
    if (!ok) await new Promise<void>((resolve) => output.once("drain", () => resolve()));
  }
}
