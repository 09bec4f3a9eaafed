// The server's public entry point for the CLI, tests and benchmarks.
export { startServer, type RunningServer, type StartOptions, type Area } from "./start.js";
