// Bundles the compiled server (dist/server/cli/index.js, what every `asclepiad` command runs)
// into dist/bundle/asclepiad.mjs: loading ~1,000 separate modules was more than half of cold
// start, and one bundle loads in about two thirds of the time (docs/decisions/0007).
//
// - Code splitting keeps each `await import()` lazy (the server, the screener, Stripe, doctor, …),
//   so a command loads only what it uses, and external packages imported by a lazy module are
//   not hoisted into the entry.
// - libsql (a native addon), pg (required lazily, PostgreSQL only) and node-llama-cpp (optional,
//   not installed by default) stay external and load from node_modules.
// - Whitespace is minified: it loads ~50 ms faster and holds ~7 MB less (V8 keeps each module's
//   source text). Names are kept, and linked source maps (chained through tsc's to src/*.ts)
//   give source positions with NODE_OPTIONS=--enable-source-maps.
// Run after tsc; scripts/copy-assets.js then puts beside the bundle the files it reads.
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";

const OUT = "dist/bundle";

// Bundled CommonJS sees no __dirname in an ES module. These read files next to themselves only
// on paths Asclepiad does not take (pino transports; @fastify/swagger's default title, caught).
// A new package that does must be checked, and kept external if it needs its files.
const USES_DIRNAME_OK = new Set([
  "node_modules/thread-stream/index.js",
  "node_modules/pino/lib/transport.js",
  "node_modules/@fastify/swagger/lib/util/read-package-json.js",
]);

rmSync(OUT, { recursive: true, force: true });
const result = await build({
  // The reply thread (src/conversations/thread.ts) is started from a file of its own.
  entryPoints: {
    asclepiad: "dist/server/cli/index.js",
    "reply-thread": "dist/server/conversations/reply-thread.js",
  },
  outdir: OUT,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["libsql", "pg", "node-llama-cpp"],
  // Bundled CommonJS packages call require() for Node's built-in modules.
  banner: {
    js: "import { createRequire as __asclepiadRequire } from 'node:module'; const require = __asclepiadRequire(import.meta.url);",
  },
  minifyWhitespace: true,
  sourcemap: "linked",
  sourcesContent: false,
  metafile: true,
  logLevel: "warning",
});

const unchecked = Object.keys(result.metafile.inputs).filter(
  (path) =>
    path.startsWith("node_modules/") &&
    !USES_DIRNAME_OK.has(path) &&
    /\b__(dirname|filename)\b/.test(readFileSync(path, "utf8")),
);
if (unchecked.length) {
  console.error(
    `bundle-server: these bundled files use __dirname or __filename, which an ES module bundle lacks:\n  ${unchecked.join("\n  ")}\n` +
      "Keep their package external in scripts/bundle-server.js, or list them as checked.",
  );
  process.exit(1);
}
