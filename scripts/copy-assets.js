// Copies the data and style files the server reads at run time (helplines.json,
// help-page.css, …) from src/ into dist/server/: tsc only emits what it compiles.
import { cpSync, statSync } from "node:fs";

const ASSET = /\.(json|css|md|txt)$/;
cpSync("src", "dist/server", {
  recursive: true,
  filter: (source) => statSync(source).isDirectory() || ASSET.test(source),
});
