/**
 * Walks the API as the OpenAPI document describes it, so the security tests cover every
 * route that exists, including routes other areas add later. It lists operations, builds
 * a valid request body from each route's JSON schema (free text becomes a planted sentence
 * with a unique marker the tests grep for), fills path parameters with ids the account
 * created, and remembers every id it sees in responses.
 */
import { randomBytes, randomUUID } from "node:crypto";
import fc from "fast-check";
import type { TestClient } from "../app.js";

export interface Operation {
  method: string;
  /** Fastify-style path, e.g. /api/conversations/:id */
  path: string;
  params: string[];
  query: Record<string, JsonSchema>;
  body: JsonSchema | undefined;
  summary: string;
}

export type JsonSchema = Record<string, any>;

export async function listOperations(client: TestClient): Promise<Operation[]> {
  const res = await client.get("/api/openapi.json");
  if (res.status !== 200) throw new Error(`openapi.json: ${res.status}`);
  const doc = res.body as { paths: Record<string, Record<string, any>>; components?: { schemas?: any } };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      const parameters = (op.parameters ?? []) as { in: string; name: string; schema: JsonSchema }[];
      const query: Record<string, JsonSchema> = {};
      for (const p of parameters.filter((x) => x.in === "query")) query[p.name] = p.schema;
      const body = op.requestBody?.content?.["application/json"]?.schema as JsonSchema | undefined;
      ops.push({
        method: method.toUpperCase(),
        path: path.replace(/\{([^}]+)\}/g, ":$1"),
        params: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!),
        query,
        body: body && resolveRefs(body, doc),
        summary: String(op.summary ?? ""),
      });
    }
  }
  return ops;
}

function resolveRefs(schema: any, doc: any, depth = 0): any {
  if (depth > 20 || schema === null || typeof schema !== "object") return schema;
  if (Array.isArray(schema)) return schema.map((s) => resolveRefs(s, doc, depth + 1));
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.split("/").pop();
    return resolveRefs(doc.components?.schemas?.[name] ?? {}, doc, depth + 1);
  }
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, resolveRefs(v, doc, depth + 1)]));
}

export const isWrite = (op: Operation) => op.method !== "GET";

/** Routes the walker does not use to fill an account: they switch or end the session, or are server-to-server. */
export function isSessionChanging(op: Operation): boolean {
  return (
    (op.method === "POST" && (op.path === "/api/accounts" || op.path === "/api/sessions")) ||
    (op.method === "POST" && op.path === "/api/account/key") ||
    op.method === "DELETE" ||
    /webhook/i.test(op.path)
  );
}

/** The kind of object a path parameter or an `xxxId` field names, e.g. "conversations". */
export function kindFor(op: Operation, param: string): string {
  if (param !== "id" && /Id$/.test(param)) return plural(param.slice(0, -2));
  const segments = op.path.split("/");
  const i = segments.indexOf(`:${param}`);
  return i > 0 ? segments[i - 1]! : param;
}

const plural = (word: string) => (word.endsWith("s") ? word : `${word}s`).toLowerCase();

/** Ids seen in responses, by kind. */
export class IdBook {
  readonly byKind = new Map<string, Set<string>>();
  add(kind: string, id: string): void {
    if (!this.byKind.has(kind)) this.byKind.set(kind, new Set());
    this.byKind.get(kind)!.add(id);
  }
  all(): string[] {
    return [...new Set([...this.byKind.values()].flatMap((s) => [...s]))];
  }
  candidates(kind: string): string[] {
    const first = [...(this.byKind.get(kind) ?? [])];
    return [...first, ...this.all().filter((id) => !first.includes(id))];
  }
  /** Records every `id` in a response; the kind is the key it was found under. */
  collect(op: Operation, body: unknown): void {
    const fallback = op.path
      .split("/")
      .filter((s) => s && !s.startsWith(":"))
      .pop()!;
    const visit = (value: unknown, kind: string) => {
      if (Array.isArray(value)) for (const v of value) visit(v, kind);
      else if (value && typeof value === "object") {
        const obj = value as Record<string, unknown>;
        // Generated ids only (uuids and the like), not fixed ids such as a helpline's "gb-samaritans".
        if (typeof obj.id === "string" && /^[A-Za-z0-9_-]{16,}$/.test(obj.id) && /\d/.test(obj.id))
          this.add(kind, obj.id);
        for (const [k, v] of Object.entries(obj)) if (v && typeof v === "object") visit(v, plural(k));
      }
    };
    visit(body, fallback);
  }
}

/** Distinctive markers for free text; the tests look for them in the database, logs and files. */
export class Plants {
  readonly markers: string[] = [];
  private n = 0;
  next(maxLength = 400, minLength = 0): string {
    const marker = `pl${++this.n}q${randomBytes(4).toString("hex")}`;
    const sentences = [
      `I have never said this aloud: ${marker} the lighthouse in my chest is dark.`,
      `Some nights I want to die and ${marker} nobody knows.`,
      `${marker} my therapist never heard about the winter I stopped eating.`,
    ];
    let text = sentences[this.n % sentences.length]!;
    if (text.length > maxLength) text = marker.slice(0, Math.max(0, maxLength));
    if (text.length < minLength) text = text.padEnd(minLength, " and more");
    if (text.includes(marker)) this.markers.push(marker);
    return text;
  }
}

export interface BodyContext {
  ids: IdBook;
  plants: Plants;
  /** Leave optional properties out (a second, simpler attempt). */
  requiredOnly?: boolean;
}

/** A value that satisfies `schema`, with planted free text. */
export function exampleFor(schema: JsonSchema | undefined, ctx: BodyContext, name = ""): unknown {
  if (!schema || typeof schema !== "object") return null;
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[];
    const nonNull = options.find((o) => o.type !== "null") ?? options[0];
    return exampleFor(nonNull, ctx, name);
  }
  if (Array.isArray(schema.allOf))
    return Object.assign({}, ...schema.allOf.map((s: JsonSchema) => exampleFor(s, ctx, name)));
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== "null") : schema.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      const required = new Set<string>(schema.required ?? []);
      for (const [key, sub] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
        if (ctx.requiredOnly && !required.has(key)) continue;
        out[key] = exampleFor(sub, ctx, key);
      }
      return out;
    }
    case "array": {
      const n = Math.max(schema.minItems ?? 1, 1);
      return Array.from({ length: Math.min(n, schema.maxItems ?? n) }, () =>
        exampleFor(schema.items, ctx, name),
      );
    }
    case "integer":
    case "number": {
      const min =
        schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : undefined);
      const max =
        schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : undefined);
      if (min !== undefined && max !== undefined) return Math.ceil((min + max) / 2);
      return min ?? (max !== undefined ? Math.min(max, 1) : 1);
    }
    case "boolean":
      return true;
    case "string":
      return stringFor(schema, ctx, name);
    case "null":
      return null;
    default:
      // Untyped (Type.Unknown): checked by the route's own code; text is the useful guess.
      return stringFor(schema, ctx, name);
  }
}

function stringFor(schema: JsonSchema, ctx: BodyContext, name: string): string {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 2000;
  if (/^(date|day)$|Date$|On$|_on$/.test(name)) return "2024-03-01";
  if (/[a-z]Id$|_id$/.test(name)) {
    const [first] = ctx.ids.candidates(plural(name.replace(/Id$/, "")));
    if (first) return first;
  }
  if (schema.format === "date") return "2024-03-01";
  if (schema.format === "date-time") return "2024-03-01T10:00:00.000Z";
  if (schema.format === "uri" || schema.format === "url") return "https://example.org/";
  if (typeof schema.pattern === "string") {
    if (schema.pattern === "^[A-Z]{2}$") return "GB";
    if (/\\d\{4\}-\\d\{2\}-\\d\{2\}/.test(schema.pattern) || /date|day|_on$|On$/.test(name)) {
      if (new RegExp(schema.pattern).test("2024-03-01")) return "2024-03-01";
    }
    const [sample] = fc.sample(
      fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= min && s.length <= max),
      { numRuns: 1, seed: 42 },
    );
    return sample ?? "a".repeat(Math.max(min, 1));
  }
  if (/key|token|idempotency|code|secret|password/i.test(name)) {
    return randomUUID().slice(0, Math.max(min, Math.min(max, 36)));
  }
  return ctx.plants.next(max, min);
}

export interface SendResult {
  status: number;
  body: any;
  headers: Headers;
}

/** One request with the client's cookies and a time limit (streams would otherwise hang a test). */
export async function send(
  client: TestClient,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  timeoutMs = 5000,
): Promise<SendResult> {
  const h: Record<string, string> = { ...headers };
  let payload: string | undefined;
  if (body !== undefined) {
    payload = typeof body === "string" ? body : JSON.stringify(body);
    if (!Object.keys(h).some((k) => k.toLowerCase() === "content-type"))
      h["content-type"] = "application/json";
  }
  if (client.cookies.size) h.cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await fetch(client.base + path, {
    method,
    headers: h,
    body: payload,
    signal: AbortSignal.timeout(timeoutMs),
  });
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const [cookieName, ...rest] = pair!.split("=");
    const value = rest.join("=");
    if (value === "" || /expires=Thu, 01 Jan 1970/i.test(line)) client.cookies.delete(cookieName!.trim());
    else client.cookies.set(cookieName!.trim(), value);
  }
  const type = res.headers.get("content-type") ?? "";
  if (type.includes("text/event-stream")) {
    await res.body?.cancel();
    return { status: res.status, body: null, headers: res.headers };
  }
  const text = await res.text();
  let parsed: unknown = text;
  if (type.includes("json") && text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

export function fillPath(op: Operation, values: Record<string, string>): string {
  // A lone surrogate cannot be percent-encoded; send U+FFFD in its place, as a browser would.
  const wellFormed = (v: string) =>
    v.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
  return op.path.replace(/:([A-Za-z0-9_]+)/g, (_, p: string) =>
    encodeURIComponent(wellFormed(values[p] ?? "none")),
  );
}

/**
 * Bodies the schema alone cannot describe (domain rules checked in code). Each recipe asks
 * the API what it needs, so it stays right as questions change.
 */
const RECIPES: Record<string, (client: TestClient) => Promise<unknown>> = {
  async "POST /api/checks"(client) {
    const res = await send(client, "GET", "/api/checks/questions");
    const check = res.body?.checks?.[0] as
      { kind: string; questions: { id: string; options: { value: number }[] }[] } | undefined;
    if (!check) return undefined;
    return {
      kind: check.kind,
      answers: Object.fromEntries(check.questions.map((q) => [q.id, q.options[0]!.value])),
    };
  },
};

export interface WriteOutcome {
  op: Operation;
  status: number;
}

export interface Populated {
  ids: IdBook;
  plants: Plants;
  outcomes: WriteOutcome[];
}

/**
 * Fills an account through every writing route it can use, twice over (so routes that need
 * an object another route creates get their turn), and returns what it created.
 */
export async function populate(
  client: TestClient,
  ops: Operation[],
  options: { plants?: Plants; headers?: Record<string, string>; passes?: number } = {},
): Promise<Populated> {
  const ids = new IdBook();
  const plants = options.plants ?? new Plants();
  const outcomes = new Map<string, WriteOutcome>();
  const writers = ops
    .filter((op) => isWrite(op) && !isSessionChanging(op))
    .sort((a, b) => a.params.length - b.params.length);
  for (let pass = 0; pass < (options.passes ?? 2); pass++) {
    for (const op of writers) {
      const key = `${op.method} ${op.path}`;
      if (pass > 0 && outcomes.get(key)!.status < 300 && op.params.length === 0 && !/message/.test(op.path))
        continue;
      let last = 0;
      const paramChoices = op.params.map((p) => ids.candidates(kindFor(op, p)).slice(0, 4));
      if (paramChoices.some((c) => c.length === 0)) {
        outcomes.set(key, { op, status: outcomes.get(key)?.status ?? 0 });
        continue;
      }
      attempts: for (let attempt = 0; attempt < 4; attempt++) {
        const values = Object.fromEntries(
          op.params.map((p, i) => [p, paramChoices[i]![Math.min(attempt, paramChoices[i]!.length - 1)]!]),
        );
        for (const requiredOnly of [false, true]) {
          const recipe = RECIPES[key];
          const body = recipe
            ? await recipe(client)
            : op.body
              ? exampleFor(op.body, { ids, plants, requiredOnly })
              : undefined;
          const query = Object.entries(op.query)
            .map(
              ([k, s]) =>
                `${k}=${encodeURIComponent(String(exampleFor(s, { ids, plants: new Plants() }, k)))}`,
            )
            .join("&");
          const res = await send(
            client,
            op.method,
            fillPath(op, values) + (query ? `?${query}` : ""),
            body,
            options.headers,
          );
          last = res.status;
          if (res.status < 300) {
            ids.collect(op, res.body);
            break attempts;
          }
          if (res.status >= 500)
            throw new Error(`${key} answered ${res.status}: ${JSON.stringify(res.body)}`);
        }
      }
      const prev = outcomes.get(key)?.status;
      outcomes.set(key, { op, status: prev !== undefined && prev < 300 ? prev : last });
    }
  }
  return { ids, plants, outcomes: [...outcomes.values()] };
}

/** Waits until no reply is queued or being written, so the database stops changing under a test. */
export async function settle(db: any, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let busy = 0;
    try {
      const jobs = await db
        .selectFrom("reply_jobs")
        .select((e: any) => e.fn.countAll().as("n"))
        .executeTakeFirst();
      busy += Number(jobs?.n ?? 0);
    } catch {
      // No reply queue in this build.
    }
    if (busy === 0) return;
    if (Date.now() > deadline) throw new Error(`Replies were still being written after ${timeoutMs} ms.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
