// Entry point: mounts the app. Kept tiny so the shell appears as early as possible.
import { render } from "preact";
import { App } from "./app.js";

const root = document.getElementById("app");
if (root) render(<App />, root);
