/**
 * The reply worker: finds replies Maia owes (on this instance or left by a crashed one),
 * claims each with a lease, writes it, and records the outcome. A reply in progress saves
 * its text as it grows so any instance can stream it, renews its lease while alive, and
 * notices a Stop made anywhere. Replies in one conversation are written one at a time, in
 * order. When the configured model fails before its first word, the built-in engine
 * answers instead and the reply is marked offline: a person always gets a reply.
 */
import { randomUUID } from "node:crypto";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Kysely } from "kysely";
import { buildModelRequest } from "../maia/context.js";
import { SYSTEM_PROMPT_VERSION } from "../maia/system-prompt.js";
import type { AccountCipher } from "../privacy/cipher.js";
import { isAbortError as isAbortLike } from "../providers/http.js";
import type { ModelProvider, ModelRequest } from "../providers/types.js";
import type { AppContext } from "../server/context.js";
import { affectedRows, compiled } from "../storage/compiled.js";
import { dialectOf, lockForClaim, pollIntervalMs } from "../storage/dialect.js";
import type { Database, ReplyJobsTable } from "../storage/schema.js";
import type { ReplyHub } from "./hub.js";
import { REFRESH_EVERY, refreshMemory } from "./memory.js";
import { OpenedTexts, type OpenedText } from "./opened.js";
import type { Turn } from "./safety-gate.js";
import type { Message } from "./types.js";
import { parseCrisis, parseScreening } from "./service.js";

export interface WorkerOptions {
  provider: ModelProvider;
  /** The built-in engine, used when `provider` fails before its first word. */
  fallback: ModelProvider;
  leaseMs?: number;
  /** How often partial text is saved for readers on other instances. */
  saveEveryMs?: number;
  /**
   * A reply whose writer vanished this many times (its process died, or fell silent past its
   * lease, and another writer took the reply over) is given up as failed the next time it is
   * claimed, so a message that kills whatever writes it stops eventually. Nothing else counts:
   * the model's own errors are retried inside one claim (src/providers/resilience.ts) and end
   * the reply there, and a reply handed back at shutdown was not lost. docs/decisions/0001.
   */
  maxLostWriters?: number;
}

/**
 * Writers are lost for reasons that are rarely the reply's fault (a deploy, a crash elsewhere
 * in the process, a machine going away), and a reply given up leaves a person unanswered; a
 * message that really kills its writer costs one restart per loss, each a lease apart.
 */
const MAX_LOST_WRITERS = 8;

type Outcome = "complete" | "stopped" | "failed";

/** How a reply ended, as `finish` records it. */
interface ReplyResult {
  outcome: Outcome;
  text: string;
  provider: string | null;
  model: string | null;
  offline: boolean;
  inputTokens: number | null;
  outputTokens: number | null;
  crisis: boolean;
}

/** A reply that failed with `text` written so far, by no provider. */
function failedResult(text: string): ReplyResult {
  return {
    outcome: "failed",
    text,
    provider: null,
    model: null,
    offline: false,
    inputTokens: null,
    outputTokens: null,
    crisis: false,
  };
}

/** A claimed job; `started`: its reply was moved from pending to streaming by the claim. */
type ClaimedJob = ReplyJobsTable & { started: boolean };

/** How many earlier messages a reply is written from (the rest are in the summary). */
const RECENT_MESSAGES = 60;

/*
 * The statements every reply runs, built once (src/storage/compiled.ts): Kysely's building
 * and compiling cost about as much as SQLite's running them.
 */

/**
 * The next claimable job: queued, or its lease expired, and no earlier job of its
 * conversation outstanding (replies in one conversation are written in order).
 */
const claimJob = compiled((db, now: number, owner: string, leaseExpiresAt: number) => {
  const candidate = lockForClaim(
    dialectOf(db),
    db
      .selectFrom("reply_jobs as j")
      .select("j.message_id")
      .where((eb) => eb.or([eb("j.status", "=", "queued"), eb("j.lease_expires_at", "<", now)]))
      .where("j.available_at", "<=", now)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("reply_jobs as e")
              .select("e.message_id")
              .whereRef("e.conversation_id", "=", "j.conversation_id")
              .whereRef("e.seq", "<", "j.seq"),
          ),
        ),
      )
      .orderBy("j.created_at")
      .limit(1),
  );
  return db
    .updateTable("reply_jobs")
    .set((eb) => ({
      status: "running",
      lease_owner: owner,
      lease_expires_at: leaseExpiresAt,
      // `attempts` counts lost writers: a job still marked running is claimed here only
      // because its lease ran out. A queued one (new, or handed back) lost nobody.
      attempts: eb
        .case()
        .when("status", "=", "running")
        .then(eb("attempts", "+", 1))
        .else(eb.ref("attempts"))
        .end(),
    }))
    .where("message_id", "=", candidate)
    .where((eb) => eb.or([eb("status", "=", "queued"), eb("lease_expires_at", "<", now)]))
    .returningAll();
});

const markStreaming = compiled((db, messageId: string) =>
  db
    .updateTable("messages")
    .set((eb) => ({ status: "streaming", attempt: eb("attempt", "+", 1) }))
    .where("id", "=", messageId)
    .where("status", "=", "pending"),
);

/** The reply, its conversation and the person's country, in one read. */
const readReply = compiled((db, messageId: string) =>
  db
    .selectFrom("messages as m")
    .innerJoin("conversations as c", "c.id", "m.conversation_id")
    .innerJoin("accounts as a", "a.id", "m.account_id")
    .select([
      "m.id",
      "m.status",
      "m.text_enc",
      "m.seq",
      "m.attempt",
      "m.created_at",
      "c.crisis",
      "c.summary_enc",
      "c.summary_seq",
      "c.memory_floor",
      "a.country",
    ])
    .where("m.id", "=", messageId)
    // One row by its key: `limit 1` reads it with libsql's `get` (src/storage/db.ts).
    .limit(1),
);

/** The recent turns before `seq` and above the memory floor, newest first. */
const readRecent = compiled((db, conversationId: string, seq: number, floor: number) =>
  db
    .selectFrom("messages")
    .select(["seq", "author", "text_enc", "risk", "themes", "status"])
    .where("conversation_id", "=", conversationId)
    .where("seq", "<", seq)
    .where("seq", ">", floor)
    // Only the recent turns can fit a model's context; older ones live in the summary.
    .orderBy("seq", "desc")
    .limit(RECENT_MESSAGES),
);

const saveProgress = compiled((db, messageId: string, textEnc: string) =>
  db
    .updateTable("messages")
    .set({ text_enc: textEnc })
    .where("id", "=", messageId)
    .where("status", "=", "streaming"),
);

const renewLease = compiled((db, messageId: string, owner: string, leaseExpiresAt: number) =>
  db
    .updateTable("reply_jobs")
    .set({ lease_expires_at: leaseExpiresAt })
    .where("message_id", "=", messageId)
    .where("lease_owner", "=", owner),
);

const writeResult = compiled(
  (
    db,
    messageId: string,
    textEnc: string,
    status: Outcome,
    completedAt: number,
    provider: string | null,
    model: string | null,
    promptVersion: string | null,
    offline: number,
    inputTokens: number | null,
    outputTokens: number | null,
  ) =>
    db
      .updateTable("messages")
      .set({
        text_enc: textEnc,
        status,
        completed_at: completedAt,
        provider,
        model,
        prompt_version: promptVersion,
        offline,
        input_tokens: inputTokens,
        output_tokens: outputTokens,
      })
      .where("id", "=", messageId)
      .where("status", "in", ["streaming", "stopped", "pending"]),
);

const deleteJob = compiled((db, messageId: string) =>
  db.deleteFrom("reply_jobs").where("message_id", "=", messageId),
);

const touchConversation = compiled((db, conversationId: string, now: number) =>
  db.updateTable("conversations").set({ last_activity_at: now }).where("id", "=", conversationId),
);

export class ReplyWorker {
  readonly id = randomUUID();
  private running = false;
  private inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private readonly leaseMs: number;
  private readonly saveEveryMs: number;
  private readonly maxLostWriters: number;
  private readonly onQueued = () => void this.fill();
  /** The recent turns each conversation's last reply opened, for its next (see opened.ts). */
  private readonly openedTexts = new OpenedTexts();

  constructor(
    private readonly ctx: AppContext,
    private readonly hub: ReplyHub,
    private readonly options: WorkerOptions,
  ) {
    this.leaseMs = options.leaseMs ?? ctx.config.replyLeaseMs;
    this.saveEveryMs = options.saveEveryMs ?? 250;
    this.maxLostWriters = options.maxLostWriters ?? MAX_LOST_WRITERS;
  }

  private get db(): Kysely<Database> {
    return this.ctx.db;
  }

  async start(): Promise<void> {
    this.running = true;
    if (this.ctx.storage.dialect === "sqlite") {
      // One server per SQLite file (the data-directory lock), so anything marked running
      // was left by a process that died: take it back at once rather than waiting out its
      // lease, counting its writer as lost.
      await this.db
        .updateTable("reply_jobs")
        .set((eb) => ({
          status: "queued",
          lease_owner: null,
          lease_expires_at: null,
          attempts: eb("attempts", "+", 1),
        }))
        .where("status", "=", "running")
        .execute();
    }
    this.hub.work.on("queued", this.onQueued);
    const tick = () => {
      if (!this.running) return;
      void this.fill().finally(() => {
        if (this.running) this.timer = setTimeout(tick, pollIntervalMs(this.ctx.storage.dialect));
      });
    };
    tick();
  }

  /** Stops claiming; lets replies in progress finish for up to `graceMs`, then hands the rest back. */
  async stop(graceMs = 5_000): Promise<void> {
    this.running = false;
    this.hub.work.off("queued", this.onQueued);
    if (this.timer) clearTimeout(this.timer);
    const all = Promise.all(this.inFlight);
    const timedOut = await Promise.race([
      all.then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(true), graceMs).unref()),
    ]);
    if (timedOut) {
      this.abandoning = true;
      for (const id of this.current) this.hub.abort(id);
      await all;
    }
    this.openedTexts.clear();
  }

  private abandoning = false;
  private current = new Set<string>();
  private filling = false;
  private fillAgain = false;

  /** Claims jobs until the worker's slots are full or nothing is claimable. */
  private async fill(): Promise<void> {
    // A job queued while a claim is already under way may have been committed too late for
    // that claim to see: look once more when it is done rather than at the next poll.
    if (this.filling) {
      this.fillAgain = true;
      return;
    }
    this.filling = true;
    try {
      do {
        this.fillAgain = false;
        await this.claimUntilFull();
      } while (this.fillAgain && this.running);
    } catch (err) {
      this.ctx.log.error(
        { err: { type: (err as Error).name, message: (err as Error).message } },
        "claiming replies failed",
      );
    } finally {
      this.filling = false;
    }
  }

  private async claimUntilFull(): Promise<void> {
    while (this.running && this.inFlight.size < this.ctx.config.replyWorkers) {
      const job = await this.claim();
      if (!job) break;
      const p: Promise<void> = this.writeFrom(job)
        .catch((err) =>
          this.ctx.log.error(
            { err: { type: (err as Error).name, stack: (err as Error).stack } },
            "reply job crashed",
          ),
        )
        .finally(() => {
          this.inFlight.delete(p);
          if (this.running) void this.fill();
        });
      this.inFlight.add(p);
    }
  }

  /**
   * Writes `job`, then each job its finishing transaction claimed, until one finishes with
   * nothing left to claim (or the worker is stopping): one slot, one reply at a time.
   */
  private async writeFrom(job: ClaimedJob): Promise<void> {
    let next: ClaimedJob | undefined = job;
    while (next) {
      // A new turn of the event loop for each reply. On SQLite every query completes at
      // once, so a busy slot would otherwise claim, write and finish reply after reply in
      // one chain of promise callbacks, holding up requests and the socket writes of the
      // streams (Node sends a response's writes when the turn ends).
      await nextTurn();
      // Claimed as the worker began to stop: give it back rather than start it past the
      // shutdown's sweep of replies in progress.
      if (next !== job && !this.running) return this.handBack(next);
      next = await this.process(next);
    }
  }

  /** Queues a job claimed but never begun here again, as it was before the claim. */
  private async handBack(job: ClaimedJob): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .updateTable("reply_jobs")
        .set({ status: "queued", lease_owner: null, lease_expires_at: null })
        .where("message_id", "=", job.message_id)
        .where("lease_owner", "=", this.id)
        .execute();
      if (job.started)
        await tx
          .updateTable("messages")
          .set({ status: "pending" })
          .where("id", "=", job.message_id)
          .where("status", "=", "streaming")
          .execute();
    });
  }

  private claim(): Promise<ClaimedJob | undefined> {
    return this.db.transaction().execute((tx) => this.claimIn(tx));
  }

  /**
   * Claims the next job inside `tx` and, in the same transaction (one commit, not two),
   * marks its reply `streaming`. A pending reply's text is always the empty text (queued, retried or handed
   * back so), so only a reply already `streaming` — left by a crashed process or an expired
   * lease — has text to reset, which `process` does with the account's key.
   */
  private async claimIn(tx: Kysely<Database>): Promise<ClaimedJob | undefined> {
    const now = Date.now();
    const job = (await claimJob(tx, now, this.id, now + this.leaseMs)).rows[0];
    if (!job) return undefined;
    const started = await markStreaming(tx, job.message_id);
    return { ...job, started: affectedRows(started) === 1 };
  }

  /** Writes one reply; returns the job its finishing transaction claimed next, if any. */
  private async process(job: ClaimedJob): Promise<ClaimedJob | undefined> {
    const { db, hub } = this;
    const cipher = await this.ctx.keyring.forAccount(job.account_id).catch(() => undefined);
    // One read for the reply, its conversation and the person's country: this sits between
    // the person pressing Send and the model starting, so every round trip shows.
    const message = (await readReply(db, job.message_id)).rows[0];
    if (!cipher || !message || (message.status !== "pending" && message.status !== "streaming")) {
      await deleteJob(db, job.message_id);
      return;
    }
    if (job.attempts >= this.maxLostWriters) {
      this.ctx.log.warn({ lostWriters: job.attempts }, "reply given up: its writers kept vanishing");
      await this.finish(job, cipher, failedResult(cipher.decrypt(message.text_enc)), message.created_at);
      return;
    }
    const conv = { ...message, id: job.conversation_id };
    const account = { country: message.country };
    const rows = (await readRecent(db, job.conversation_id, message.seq, conv.memory_floor)).rows.reverse();
    // Each text is opened once: for the context here, and again (below) for the memory refresh.
    // A text the conversation's last reply opened is taken from it when its row still holds
    // the very same sealed text: only what is new since is opened.
    const opened = new Map<number, string>();
    const before = this.openedTexts.take(job.conversation_id, cipher);
    const keep = new Map<number, OpenedText>();
    const turns: Turn[] = [];
    for (const r of rows) {
      if (r.author !== "person" && r.status !== "complete" && r.status !== "stopped") continue;
      const known = before?.get(r.seq);
      const same = known !== undefined && known.sealed === r.text_enc;
      const text = same ? known.text : cipher.decrypt(r.text_enc);
      keep.set(r.seq, same ? known : { sealed: r.text_enc, text });
      if (r.status === "complete") opened.set(r.seq, text);
      if (text.length > 0) turns.push({ author: r.author, text });
    }
    this.openedTexts.keep(job.conversation_id, cipher, keep);
    const lastPerson = [...rows].reverse().find((r) => r.author === "person");
    const seed = `${job.conversation_id}:${message.seq}`;

    if (!job.started)
      await db
        .updateTable("messages")
        .set({ status: "streaming", text_enc: cipher.encrypt(""), attempt: message.attempt + 1 })
        .where("id", "=", message.id)
        .where("status", "in", ["pending", "streaming"])
        .execute();
    // Reading and opening the history is one turn, streaming the reply another, finishing
    // it a third: short turns let requests in between (accept p99 at 500/s offered was
    // 45-80 ms with the reply in one turn, 32-48 ms with three, against 120 ms before the
    // built-in engine stopped yielding after every delta), and a built-in reply's deltas
    // still leave in one socket write.
    await nextTurn();
    const controller = hub.begin(message.id);
    this.current.add(message.id);

    let text = "";
    // The row was just saved (streaming, empty): the first save of progress waits a full
    // interval, so a reply written faster than that costs no intermediate writes at all.
    let lastSaved = Date.now();
    let saving: Promise<void> | undefined;
    let stoppedElsewhere = false;
    const save = async () => {
      const snapshot = text;
      const res = await saveProgress(db, message.id, cipher.encrypt(snapshot));
      await renewLease(db, message.id, this.id, Date.now() + this.leaseMs);
      if (affectedRows(res) === 0) {
        stoppedElsewhere = true;
        controller.abort();
      }
    };
    // Text that arrives within an interval of the last save is saved at the interval's end
    // (unless the reply has finished by then and is saved whole), so readers elsewhere
    // never lag by more than an interval even when the model falls silent.
    let trailing: NodeJS.Timeout | undefined;
    const maybeSave = () => {
      const now = Date.now();
      if (saving || now - lastSaved < this.saveEveryMs) {
        trailing ??= setTimeout(
          () => {
            trailing = undefined;
            maybeSave();
          },
          Math.max(20, lastSaved + this.saveEveryMs - now),
        );
        return;
      }
      lastSaved = now;
      // After the streams have written this delta to their sockets: the save is for
      // readers on other instances and must not hold up the ones here.
      saving = nextTurn()
        .then(save)
        .catch(() => {})
        .finally(() => (saving = undefined));
    };
    // Keep the lease alive (and notice a Stop) even while a slow model is silent.
    const heartbeat = setInterval(
      () => {
        lastSaved = 0;
        maybeSave();
      },
      Math.max(200, Math.floor(this.leaseMs / 3)),
    );

    const emit = (delta: string) => {
      if (text === "") this.ctx.metrics.firstToken((Date.now() - job.created_at) / 1000);
      text += delta;
      hub.append(message.id, delta);
      maybeSave();
    };

    let result: ReplyResult;
    try {
      const record = parseCrisis(conv.crisis);
      const crisisReply = this.ctx.safety.respond({
        screening: parseScreening(lastPerson?.risk ?? null),
        record,
        text: turns.at(-1)?.text ?? "",
        turns,
        seed,
        country: account.country,
      });
      if (crisisReply) {
        await db
          .updateTable("conversations")
          .set({
            crisis: JSON.stringify({
              card: crisisReply.card ?? record?.card ?? null,
              flow: crisisReply.active ? crisisReply.flow : null,
              closed: crisisReply.closed ?? null,
            }),
          })
          .where("id", "=", conv.id)
          .execute();
      }
      if (crisisReply?.reply) {
        // Risk: Maia's words come from the safety layer, never from a model, in every mode.
        for (const piece of chunkWords(crisisReply.reply)) {
          if (controller.signal.aborted) break;
          emit(piece);
        }
        result = {
          outcome: controller.signal.aborted ? "stopped" : "complete",
          text,
          provider: "safety",
          model: null,
          offline: false,
          inputTokens: null,
          outputTokens: null,
          crisis: true,
        };
      } else {
        const themes = lastPerson?.themes
          ? (JSON.parse(lastPerson.themes) as { theme: string }[]).map((t) => t.theme)
          : [];
        const { request } = buildModelRequest({
          turns,
          summary: conv.summary_enc ? cipher.decrypt(conv.summary_enc) : "",
          themes,
          budgetTokens: this.ctx.config.contextTokens,
          seed,
        });
        result = await this.generate(
          request,
          controller,
          emit,
          () => text,
          (replacement) => {
            text = replacement;
            hub.replace(message.id, replacement);
            maybeSave();
          },
          turns,
          seed,
          account.country,
          crisisReply?.active ? crisisReply.flow : null,
        );
      }
    } catch (err) {
      this.ctx.log.error(
        { err: { type: (err as Error).name, stack: (err as Error).stack } },
        "reply generation failed",
      );
      result = failedResult(text);
    } finally {
      clearInterval(heartbeat);
      clearTimeout(trailing);
      await saving;
    }
    if (stoppedElsewhere && result.outcome !== "complete") result.outcome = "stopped";
    this.current.delete(message.id);

    if (this.abandoning && result.outcome !== "complete" && !stoppedElsewhere) {
      // Shutting down: hand the reply back for another instance (or the next start) to write.
      await db
        .updateTable("messages")
        .set({ status: "pending", text_enc: cipher.encrypt("") })
        .where("id", "=", message.id)
        .where("status", "=", "streaming")
        .execute();
      await db
        .updateTable("reply_jobs")
        .set({ status: "queued", lease_owner: null, lease_expires_at: null })
        .where("message_id", "=", message.id)
        .execute();
      hub.end(message.id);
      this.ctx.metrics.reply({ ...result, outcome: "handed_back" });
      return;
    }
    // Finishing is a turn of its own; on SQLite the group commit waits for it (`commitTogether`).
    if (this.ctx.storage.dialect !== "sqlite") await nextTurn();
    // The same transaction claims this slot's next reply (one commit fewer per reply).
    const { saved, next } = await this.finish(job, cipher, result, message.created_at, this.running);
    try {
      // Streams here send `done` with the reply as just saved, rather than reading it back.
      hub.end(message.id, saved);
      if (result.outcome === "complete" && message.seq - conv.summary_seq >= REFRESH_EVERY) {
        opened.set(message.seq, result.text);
        await refreshMemory(db, cipher, job.conversation_id, Date.now(), opened).catch(() => {});
      }
    } catch (err) {
      // The reply is saved; whatever failed here must not strand the job claimed with it.
      this.ctx.log.error(
        { err: { type: (err as Error).name, stack: (err as Error).stack } },
        "after a reply finished",
      );
    }
    return next;
  }

  private async generate(
    request: ModelRequest,
    controller: AbortController,
    emit: (delta: string) => void,
    current: () => string,
    replace: (text: string) => void,
    turns: Turn[],
    seed: string,
    country: string | null,
    flow: unknown,
  ) {
    const { provider, fallback } = this.options;
    let offline = false;
    let used = provider;
    let inputTokens: number | null = null;
    let outputTokens: number | null = null;
    let flagged = false;
    const ended = (outcome: Outcome) => ({
      outcome,
      text: current(),
      provider: used.name,
      model: used.model,
      offline,
      inputTokens,
      outputTokens,
      crisis: flagged,
    });
    const pump = async (p: ModelProvider) => {
      // A reply announced whole and screened once: deltas that spell out the start of it are
      // already screened (the built-in engine's eleven or so deltas then cost one screening).
      let screened = "";
      const flag = () => {
        flagged = true;
        replace(this.ctx.safety.replacement({ turns, seed, country, flow }));
      };
      for await (const ev of p.stream(request, controller.signal)) {
        if (ev.type === "usage") {
          inputTokens = ev.inputTokens;
          outputTokens = ev.outputTokens;
          continue;
        }
        if (ev.type === "whole") {
          if (this.ctx.safety.screenReply(ev.text).flagged) return flag();
          screened = ev.text;
          continue;
        }
        // Every reply is screened as it grows, before any of it is shown; a flagged one is
        // replaced whole.
        const next = current() + ev.text;
        if (!screened.startsWith(next) && this.ctx.safety.screenReply(next).flagged) return flag();
        emit(ev.text);
      }
    };
    try {
      try {
        await pump(provider);
      } catch (err) {
        if (controller.signal.aborted || isAbortLike(err)) throw err;
        if (current().length > 0 || provider === fallback) throw err;
        this.ctx.log.warn(
          { provider: provider.name, kind: (err as { kind?: string }).kind ?? "unknown" },
          "model unavailable; answering offline",
        );
        this.ctx.metrics.offlineFallback(provider.name);
        offline = true;
        used = fallback;
        await pump(fallback);
      }
      return ended("complete");
    } catch (err) {
      const outcome: Outcome = controller.signal.aborted || isAbortLike(err) ? "stopped" : "failed";
      if (outcome === "failed")
        this.ctx.log.warn(
          { provider: used.name, kind: (err as { kind?: string }).kind ?? "unknown" },
          "reply failed part-way",
        );
      return ended(outcome);
    }
  }

  /**
   * Records how a reply ended: its text and status, the job gone, the conversation touched and
   * the coin hold settled or released, in one transaction; with `claimNext`, the slot's next
   * job is claimed in it too. On SQLite the replies that finish in the same turn of the event
   * loop share that transaction (see `commitTogether`).
   */
  private async finish(
    job: ReplyJobsTable,
    cipher: AccountCipher,
    r: ReplyResult,
    createdAt: number,
    /** Also claim the next job in this transaction (the caller will write it). */
    claimNext = false,
  ): Promise<{ saved?: Message; next?: ClaimedJob }> {
    const finishing: Finishing = { job, cipher, r, claimNext };
    const { written, next, now } =
      this.ctx.storage.dialect === "sqlite"
        ? await this.commitTogether(finishing)
        : await this.db.transaction().execute((tx) => this.finishIn(tx, finishing));
    this.ctx.metrics.reply(r);
    if (!written) return next ? { next } : {};
    const message: Message = {
      id: job.message_id,
      conversationId: job.conversation_id,
      author: "maia",
      text: r.text,
      status: r.outcome,
      createdAt,
      completedAt: now,
      offline: r.offline,
    };
    return next ? { saved: message, next } : { saved: message };
  }

  /** The statements of `finish` for one reply, inside `tx`. */
  private async finishIn(tx: Kysely<Database>, { job, cipher, r, claimNext }: Finishing): Promise<Finished> {
    const now = Date.now();
    const written = affectedRows(
      await writeResult(
        tx,
        job.message_id,
        cipher.encrypt(r.text),
        r.outcome,
        now,
        r.provider,
        r.model,
        r.provider === "safety" ? null : SYSTEM_PROMPT_VERSION,
        r.offline ? 1 : 0,
        r.inputTokens,
        r.outputTokens,
      ),
    );
    await deleteJob(tx, job.message_id);
    await touchConversation(tx, job.conversation_id, now);
    const input = { accountId: job.account_id, replyId: job.message_id, now };
    if (r.outcome === "complete" && !r.crisis)
      await this.ctx.billing.settle(tx, {
        ...input,
        outputTokens: r.outputTokens,
        // Written just above in this transaction: settling need not read it back.
        ...(written === 1 ? { replyStatus: r.outcome } : {}),
      });
    else await this.ctx.billing.release(tx, input);
    return { written: written === 1, next: claimNext ? await this.claimIn(tx) : undefined, now };
  }

  private finishing: { f: Finishing; resolve: (v: Finished) => void; reject: (e: unknown) => void }[] = [];

  /**
   * Group commit (SQLite): the replies that finish in this turn of the event loop are recorded
   * in one transaction at the start of the next turn, so they share one commit (on SQLite, one
   * write of the changed pages to the WAL, the costliest statement of a reply) instead of one
   * each. Each reply's statements are exactly those of its own transaction; the group is as
   * atomic as each was. Should the group's transaction fail, each reply is recorded again in a
   * transaction of its own, so one reply's failure is never another's. PostgreSQL keeps one
   * transaction per reply: several instances there would lock one another's rows in a group.
   */
  private commitTogether(f: Finishing): Promise<Finished> {
    return new Promise((resolve, reject) => {
      if (this.finishing.push({ f, resolve, reject }) === 1) setImmediate(() => void this.commitGroup());
    });
  }

  private async commitGroup(): Promise<void> {
    const group = this.finishing;
    this.finishing = [];
    const alone = (g: (typeof group)[number]) =>
      this.db
        .transaction()
        .execute((tx) => this.finishIn(tx, g.f))
        .then(g.resolve, g.reject);
    if (group.length === 1) return alone(group[0]!);
    let results: Finished[];
    try {
      results = await this.db.transaction().execute(async (tx) => {
        const out: Finished[] = [];
        for (const g of group) out.push(await this.finishIn(tx, g.f));
        return out;
      });
    } catch {
      for (const g of group) await alone(g);
      return;
    }
    group.forEach((g, i) => g.resolve(results[i]!));
  }
}

/** A reply to record as finished (see `ReplyWorker.finish`). */
interface Finishing {
  job: ReplyJobsTable;
  cipher: AccountCipher;
  r: ReplyResult;
  claimNext: boolean;
}

/** What recording it did: whether the reply row took the result, the job claimed next, when. */
interface Finished {
  written: boolean;
  next: ClaimedJob | undefined;
  now: number;
}

/** Splits a text written in one piece into word-sized deltas, so every reply streams alike. */
export function chunkWords(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}
