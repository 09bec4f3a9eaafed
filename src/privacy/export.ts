/**
 * "Give me everything you hold about me": one JSON document per account, decrypted, with
 * a version field and a documented schema (docs/export-schema.md), and a readable Markdown
 * rendering of the same data.
 *
 * Each part of the document comes from an Exporter. The built-in ones here cover the
 * account, its sessions, conversations, coins and the reflection tools (through
 * src/reflection/export.ts); an area added later lists its own on its Area (`exporters`),
 * collected into `ctx.exporters` at start. Each exporter names the tables it
 * covers; a test (test/security/export-deletion.test.ts) fails when a table holding account
 * rows is claimed by no exporter, so a new table cannot be left out of the export silently.
 */
import { coinsDb } from "../coins/schema.js";
import { exportReflection } from "../reflection/export.js";
import type { AppContext } from "../server/context.js";

export const EXPORT_FORMAT = "asclepiad-export";
export const EXPORT_VERSION = 1;

export interface Exporter {
  /** The key of this part in the export document, e.g. "coins". Unique; snake or camel case. */
  name: string;
  /** Tables whose rows for the account this part covers. */
  tables: string[];
  /** Everything this area holds about the account, decrypted, as plain JSON values. */
  export(ctx: AppContext, accountId: string): Promise<unknown>;
  /** A readable Markdown rendering of this part; a generic one is used when absent. */
  markdown?(data: unknown): string;
}

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  [part: string]: unknown;
}

const RESERVED = new Set(["format", "version", "exportedAt"]);

const accountExporter: Exporter = {
  name: "account",
  tables: ["accounts"],
  async export(ctx, accountId) {
    const row = await ctx.db
      .selectFrom("accounts")
      .select(["id", "created_at", "trial_ends_at", "country"])
      .where("id", "=", accountId)
      .executeTakeFirstOrThrow();
    // Not exported: the key hash (it opens nothing, and would help nobody) and the wrapped data key.
    return {
      id: row.id,
      createdAt: iso(row.created_at),
      trialEndsAt: iso(row.trial_ends_at),
      country: row.country,
    };
  },
  markdown(data) {
    const a = data as { id: string; createdAt: string; trialEndsAt: string; country: string | null };
    return [
      `- Account id: ${a.id}`,
      `- Started: ${a.createdAt}`,
      `- Free trial until: ${a.trialEndsAt}`,
      `- Country for helplines: ${a.country ?? "not set"}`,
    ].join("\n");
  },
};

const sessionsExporter: Exporter = {
  name: "sessions",
  tables: ["sessions"],
  async export(ctx, accountId) {
    const rows = await ctx.db
      .selectFrom("sessions")
      .select(["created_at", "last_seen_at", "expires_at"])
      .where("account_id", "=", accountId)
      .orderBy("created_at")
      .execute();
    // The session id is a hash of a cookie token; it is left out, and no device or address is kept.
    return rows.map((r) => ({
      signedInAt: iso(r.created_at),
      lastSeenAt: iso(r.last_seen_at),
      expiresAt: iso(r.expires_at),
    }));
  },
  markdown(data) {
    const rows = data as { signedInAt: string; lastSeenAt: string }[];
    if (rows.length === 0) return "No devices are signed in.";
    return rows.map((r) => `- Signed in ${r.signedInAt}, last seen ${r.lastSeenAt}`).join("\n");
  },
};

interface ExportedMessage {
  id: string;
  seq: number;
  author: "person" | "maia";
  text: string;
  status: string;
  createdAt: string;
  completedAt: string | null;
  screening: unknown;
  themes: unknown;
  writtenBy: {
    provider: string | null;
    model: string | null;
    offline: boolean;
    promptVersion: string | null;
  };
  tokens: { input: number | null; output: number | null };
}

interface ExportedConversation {
  id: string;
  title: string | null;
  createdAt: string;
  lastActivityAt: string;
  readUpTo: number;
  crisis: unknown;
  memory: { summary: string | null; coversUpTo: number; updatedAt: string | null; forgottenUpTo: number };
  messages: ExportedMessage[];
}

const conversationsExporter: Exporter = {
  name: "conversations",
  tables: ["conversations", "messages", "reply_jobs"],
  async export(ctx, accountId) {
    const cipher = await ctx.keyring.forAccount(accountId);
    const conversations = await ctx.db
      .selectFrom("conversations")
      .selectAll()
      .where("account_id", "=", accountId)
      .orderBy("created_at")
      .execute();
    const messages = await ctx.db
      .selectFrom("messages")
      .selectAll()
      .where("account_id", "=", accountId)
      .orderBy("conversation_id")
      .orderBy("seq")
      .execute();
    const byConversation = new Map<string, ExportedMessage[]>();
    for (const m of messages) {
      const list = byConversation.get(m.conversation_id) ?? [];
      list.push({
        id: m.id,
        seq: m.seq,
        author: m.author,
        text: cipher.decrypt(m.text_enc),
        status: m.status,
        createdAt: iso(m.created_at),
        completedAt: m.completed_at === null ? null : iso(m.completed_at),
        screening: parseJson(m.risk),
        themes: parseJson(m.themes),
        writtenBy: {
          provider: m.provider,
          model: m.model,
          offline: m.offline === 1,
          promptVersion: m.prompt_version,
        },
        tokens: { input: m.input_tokens, output: m.output_tokens },
      });
      byConversation.set(m.conversation_id, list);
    }
    return conversations.map((c): ExportedConversation => ({
      id: c.id,
      title: cipher.decryptNullable(c.title_enc),
      createdAt: iso(c.created_at),
      lastActivityAt: iso(c.last_activity_at),
      readUpTo: c.read_seq,
      crisis: parseJson(c.crisis),
      memory: {
        summary: cipher.decryptNullable(c.summary_enc),
        coversUpTo: c.summary_seq,
        updatedAt: c.summary_updated_at === null ? null : iso(c.summary_updated_at),
        forgottenUpTo: c.memory_floor,
      },
      messages: byConversation.get(c.id) ?? [],
    }));
  },
  markdown(data) {
    const conversations = data as ExportedConversation[];
    if (conversations.length === 0) return "No conversations.";
    return conversations
      .map((c) => {
        const lines = [`### ${c.title ?? "A conversation with Maia"}`, "", `Started ${c.createdAt}.`, ""];
        if (c.memory.summary) lines.push(`**What Maia remembers:** ${c.memory.summary}`, "");
        for (const m of c.messages) {
          lines.push(`**${m.author === "person" ? "You" : "Maia"}** (${m.createdAt}):`, "");
          lines.push(quote(m.text || "(no text)"), "");
        }
        return lines.join("\n");
      })
      .join("\n");
  },
};

const coinsExporter: Exporter = {
  name: "coins",
  tables: ["coin_wallets", "coin_entries", "coin_holds", "vouchers"],
  async export(ctx, accountId) {
    const db = coinsDb(ctx.db);
    const wallet = await db
      .selectFrom("coin_wallets")
      .selectAll()
      .where("account_id", "=", accountId)
      .executeTakeFirst();
    const entries = await db
      .selectFrom("coin_entries")
      .select(["id", "amount", "kind", "counter_account", "reply_id", "created_at"])
      .where("account_id", "=", accountId)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    const holds = await db
      .selectFrom("coin_holds")
      .select(["id", "reply_id", "amount", "status", "charged", "created_at", "resolved_at"])
      .where("account_id", "=", accountId)
      .orderBy("created_at")
      .execute();
    // Voucher codes are kept only as hashes, so only the fact of a redemption is exported.
    const vouchers = await db
      .selectFrom("vouchers")
      .select(["id", "coins", "redeemed_at"])
      .where("redeemed_by", "=", accountId)
      .execute();
    return {
      wallet: wallet
        ? {
            balance: wallet.balance,
            held: wallet.held,
            trialDay: wallet.trial_day,
            trialRepliesUsedThatDay: wallet.trial_used,
            updatedAt: iso(wallet.updated_at),
          }
        : null,
      ledger: entries.map((e) => ({
        id: e.id,
        amount: e.amount,
        kind: e.kind,
        counterAccount: e.counter_account,
        replyId: e.reply_id,
        at: iso(e.created_at),
      })),
      holds: holds.map((h) => ({
        id: h.id,
        replyId: h.reply_id,
        amount: h.amount,
        status: h.status,
        charged: h.charged,
        createdAt: iso(h.created_at),
        resolvedAt: h.resolved_at === null ? null : iso(h.resolved_at),
      })),
      vouchersRedeemed: vouchers.map((v) => ({
        id: v.id,
        coins: v.coins,
        redeemedAt: v.redeemed_at === null ? null : iso(v.redeemed_at),
      })),
    };
  },
};

const reflectionExporter: Exporter = {
  name: "reflection",
  tables: [
    "mood_checkins",
    "journal_entries",
    "therapists",
    "therapy_sessions",
    "self_checks",
    "goals",
    "goal_changes",
    "insight_dismissals",
  ],
  export: (ctx, accountId) => exportReflection(ctx, accountId),
};

/** The exporters every server has, before the areas' own. */
export const BUILT_IN_EXPORTERS: readonly Exporter[] = [
  accountExporter,
  sessionsExporter,
  conversationsExporter,
  coinsExporter,
  reflectionExporter,
];

/** Every exporter for this server: built in first, then the areas' in the order given. */
export function allExporters(extra: readonly Exporter[] = []): Exporter[] {
  const list = [...BUILT_IN_EXPORTERS, ...extra];
  const seen = new Set<string>();
  for (const e of list) {
    if (RESERVED.has(e.name) || seen.has(e.name))
      throw new Error(`Exporter name "${e.name}" is reserved or used twice.`);
    seen.add(e.name);
  }
  return list;
}

/** Everything held about the account, decrypted, as one JSON-ready document. */
export async function exportAccount(
  ctx: AppContext,
  accountId: string,
  exporters: readonly Exporter[],
): Promise<ExportDocument> {
  const doc: ExportDocument = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(ctx.now()),
  };
  for (const exporter of exporters) doc[exporter.name] = await exporter.export(ctx, accountId);
  return doc;
}

/** The same document as readable Markdown, for a person rather than a program. */
export function exportToMarkdown(doc: ExportDocument, exporters: readonly Exporter[]): string {
  const titles: Record<string, string> = {
    account: "Your account",
    sessions: "Signed-in devices",
    conversations: "Conversations with Maia",
    coins: "AsclepiCoins",
    reflection: "Reflection tools",
  };
  const parts = [
    "# Everything Asclepiad holds about you",
    "",
    `Exported ${doc.exportedAt}. This file is private: it holds what you wrote. ` +
      "The JSON download has the same data for programs (schema version " +
      `${doc.version}).`,
  ];
  for (const exporter of exporters) {
    const data = doc[exporter.name];
    parts.push("", `## ${titles[exporter.name] ?? humanise(exporter.name)}`, "");
    parts.push(exporter.markdown ? exporter.markdown(data) : genericMarkdown(data, 0));
  }
  return parts.join("\n") + "\n";
}

function genericMarkdown(value: unknown, depth: number): string {
  const indent = "  ".repeat(depth);
  if (value === null || value === undefined) return `${indent}- (none)`;
  if (Array.isArray(value)) {
    if (value.length === 0) return `${indent}- (none)`;
    return value
      .map((item) =>
        isPlain(item) ? `${indent}- ${scalar(item)}` : `${indent}-\n${genericMarkdown(item, depth + 1)}`,
      )
      .join("\n");
  }
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, v]) =>
        isPlain(v)
          ? `${indent}- ${humanise(key)}: ${scalar(v)}`
          : `${indent}- ${humanise(key)}:\n${genericMarkdown(v, depth + 1)}`,
      )
      .join("\n");
  }
  return `${indent}- ${scalar(value)}`;
}

const isPlain = (v: unknown) => v === null || typeof v !== "object";
const scalar = (v: unknown) => (v === null || v === undefined ? "(none)" : String(v).replace(/\n/g, " "));

function humanise(key: string): string {
  const words = key
    .replace(/_/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function quote(text: string): string {
  return text
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function parseJson(raw: string | null): unknown {
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}
