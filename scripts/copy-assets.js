// Copies the data, style and browser-script files the server reads at run time (helplines.json,
// help-page.css, help-page.client.js, …) from src/ into dist/server/: tsc only emits what it compiles.
// Their readers find them next to themselves (`new URL("./helplines.json", import.meta.url)`), and in
// the bundle (scripts/bundle-server.js) every module sits in dist/bundle/, so each file the bundle
// reads that way is copied there too; its name must match exactly one asset in src/.
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const ASSET = /\.(json|css|md|txt)$|\.client\.js$/;
cpSync("src", "dist/server", {
  recursive: true,
  filter: (source) => statSync(source).isDirectory() || ASSET.test(source),
});

const BUNDLE = "dist/bundle";
if (existsSync(BUNDLE)) {
  const assets = new Map();
  for (const entry of readdirSync("src", { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory() || !ASSET.test(entry.name)) continue;
    assets.set(entry.name, [...(assets.get(entry.name) ?? []), join(entry.parentPath, entry.name)]);
  }
  const READ = /new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g;
  for (const file of readdirSync(BUNDLE).filter((name) => name.endsWith(".mjs"))) {
    for (const [, path] of readFileSync(join(BUNDLE, file), "utf8").matchAll(READ)) {
      const wanted = path.replace(/^\.\//, "");
      const sources = wanted.includes("/") ? [] : (assets.get(wanted) ?? []);
      if (sources.length !== 1) {
        console.error(
          `copy-assets: ${BUNDLE}/${file} reads ${path}, which must be exactly one asset in src/, next to its reader ` +
            `(found: ${sources.join(", ") || "none"}).`,
        );
        process.exit(1);
      }
      cpSync(sources[0], join(BUNDLE, wanted));
    }
  }
}
