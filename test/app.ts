/**
 * A real server for API tests, on an ephemeral port with its own database, and a small
 * HTTP client that keeps cookies like a browser does.
 */
import type { DialectName } from "../src/storage/db.js";
import { startServer, type RunningServer, type StartOptions } from "../src/server/start.js";
import { openTestStorage, type TestStorage } from "./databases.js";

export interface TestApp extends RunningServer {
  storage: TestStorage;
  client(): TestClient;
}

export async function startTestApp(
  kind: DialectName,
  env: Record<string, string> = {},
  options: StartOptions = {},
): Promise<TestApp> {
  const storage = await openTestStorage(kind);
  const server = await startServer(
    {
      ASCLEPIAD_PORT: "0",
      ASCLEPIAD_DATA_DIR: storage.dataDir,
      ASCLEPIAD_LOG_LEVEL: "silent",
      ASCLEPIAD_SECRET: "test-secret-test-secret-test-secret-0000",
      ASCLEPIAD_MASTER_KEY: "11".repeat(32),
      ...env,
    },
    {
      storage,
      limits: { accountCreationsPerHour: 10_000, signInAttemptsPer15Min: 10_000, messagesPerMinute: 10_000 },
      ...options,
    },
  );
  return {
    ...server,
    storage,
    client: () => new TestClient(server.url),
    async close() {
      await server.close();
      await storage.close();
    },
  };
}

export interface Res<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export class TestClient {
  cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Res<T>> {
    const h: Record<string, string> = { ...headers };
    if (body !== undefined && typeof body !== "string") h["content-type"] = "application/json";
    if (typeof body === "string" && !h["content-type"]) h["content-type"] = "application/json";
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await fetch(this.base + path, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...rest] = pair!.split("=");
      const value = rest.join("=");
      if (value === "" || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    const text = await res.text();
    let parsed: unknown = text;
    if (res.headers.get("content-type")?.includes("json") && text) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed as T };
  }
  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>("GET", path, undefined, headers);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>("POST", path, body, headers);
  }
  patch<T = any>(path: string, body?: unknown) {
    return this.request<T>("PATCH", path, body);
  }
  delete<T = any>(path: string, body?: unknown) {
    return this.request<T>("DELETE", path, body);
  }

  /** Starts an anonymous account and keeps its session cookie. */
  async startAccount(
    extra: Record<string, unknown> = {},
  ): Promise<{ accountKey: string; account: { id: string } }> {
    const res = await this.post("/api/accounts", { ageConfirmed: true, ...extra });
    if (res.status !== 201)
      throw new Error(`account creation failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }
}
