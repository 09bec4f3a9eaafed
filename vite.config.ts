// Builds the Preact web app from web/ into dist/web, which the server serves.
// JSX goes through Vite's own compiler pointed at Preact: no Babel. The dev server proxies
// the API and the server-rendered help page to a running `npm start`.
import { defineConfig } from "vite";

export default defineConfig({
  root: "web",
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: { outDir: "../dist/web", emptyOutDir: true, target: "es2022" },
  server: { proxy: { "/api": "http://127.0.0.1:8080", "/help": "http://127.0.0.1:8080" } },
});
