/**
 * Runs every benchmark in bench/*.bench.ts (or those whose file name contains one of the
 * command-line arguments) and prints one table. Benchmarks report ratios measured side by
 * side in the same run wherever a target is relative; they are never assertions in tests.
 */
import { readdirSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Bench, BenchFigure } from "./types.js";

const dir = fileURLToPath(new URL(".", import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

console.log(
  `# Asclepiad benchmarks, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ` +
    `${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
);
let failed = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(`${dir}/${file}`).href)) as { default: Bench };
  const bench = mod.default;
  let figures: BenchFigure[];
  try {
    figures = await bench.run();
  } catch (err) {
    console.log(`\n## ${bench.name}\nFAILED TO RUN: ${(err as Error).message}`);
    failed++;
    continue;
  }
  console.log(`\n## ${bench.name}\n`);
  console.log("| figure | value | target | met | note |\n|---|---|---|---|---|");
  for (const f of figures) {
    const value = Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(3);
    const met = f.pass === undefined ? "" : f.pass ? "yes" : "NO";
    if (f.pass === false) failed++;
    console.log(`| ${f.name} | ${value} ${f.unit} | ${f.target ?? ""} | ${met} | ${f.note ?? ""} |`);
  }
}
console.log(failed === 0 ? "\nAll targets met." : `\n${failed} figure(s) missed their target or failed.`);
process.exitCode = failed === 0 ? 0 : 1;
