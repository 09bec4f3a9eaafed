// Copies the data, style and browser-script files the server reads at run time (helplines.json,
// help-page.css, help-page.client.js, …) from src/ into dist/server/: tsc only emits what it compiles.
import { cpSync, statSync } from "node:fs";

const ASSET = /\.(json|css|md|txt)$|\.client\.js$/;
cpSync("src", "dist/server", {
  recursive: true,
  filter: (source) => statSync(source).isDirectory() || ASSET.test(source),
});
