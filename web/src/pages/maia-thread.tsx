// One conversation with Maia: the thread, Maia's reply streaming in, and the place to write.
// Screen readers hear each reply once, when it is complete, through a live region of its own;
// the thread itself is not live, so nobody is read a reply word by word.
import { useCallback, useEffect, useId, useRef, useState } from "preact/hooks";
import { ApiError, api, describeError } from "../api.js";
import { coinsApi, priceBeforeSending, type CoinsSummary } from "../coins/api.js";
import { OutOfCoins } from "../coins/out-of-coins.js";
import { ErrorMessage, StatusMessage } from "../components/alert.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { CrisisCard } from "../components/crisis-card.js";
import { setFlash } from "../flash.js";
import { formatDateTime, isoDate } from "../format.js";
import { loadDraft, saveDraft } from "../maia/draft.js";
import { MemoryPanel } from "../maia/memory-panel.js";
import { followReply } from "../maia/stream.js";
import { useEditInPlace } from "../reflection/edit-in-place.js";
import { Link, navigate } from "../router.js";
import type { Conversation, Message } from "../types.js";
import { conversationTitle } from "./maia-list.js";

const inProgress = (message: Message) =>
  message.author === "maia" && (message.status === "pending" || message.status === "streaming");

function MessageItem({ message, onRetry }: { message: Message; onRetry: (message: Message) => void }) {
  const fromMaia = message.author === "maia";
  return (
    <li class={`message-item ${fromMaia ? "from-maia" : "from-person"}`}>
      <p class="message-meta">
        <span class="message-author">{fromMaia ? "Maia" : "You"}</span>{" "}
        <time dateTime={isoDate(message.createdAt)}>{formatDateTime(message.createdAt)}</time>
      </p>
      {fromMaia && message.offline ? <p class="offline-note">Maia is in offline mode</p> : null}
      {message.text ? <div class="message-text">{message.text}</div> : null}
      {message.status === "pending" && !message.text ? <p class="hint">Maia is thinking…</p> : null}
      {message.status === "streaming" ? <p class="hint">Maia is writing…</p> : null}
      {message.status === "stopped" ? <p class="hint">This reply was stopped.</p> : null}
      {message.status === "failed" ? (
        <div class="failed">
          <p>This reply didn't come through. Nothing was charged for it.</p>
          <button type="button" onClick={() => onRetry(message)}>
            Retry
          </button>
        </div>
      ) : null}
    </li>
  );
}

export function MaiaThreadPage({ params }: { params: Record<string, string> }) {
  const conversationId = params.id ?? "";
  const id = useId();
  const [conversation, setConversation] = useState<Conversation | null>(null);
  const [messages, setMessages] = useState<Message[]>([]);
  const [loadError, setLoadError] = useState("");
  const [notFound, setNotFound] = useState(false);
  const [awayNotice, setAwayNotice] = useState(false);
  const [draft, setDraft] = useState(() => loadDraft(conversationId));
  const [sendError, setSendError] = useState("");
  const [actionError, setActionError] = useState("");
  const [sending, setSending] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  // The crisis card appears at the top while focus stays in the message box at the bottom, so a
  // screen reader is told it is there (in a region of its own, so Maia's reply does not cut it off).
  const [cardAnnouncement, setCardAnnouncement] = useState("");
  // Renaming moves focus to the name field, Cancel back to its button, and a save to the
  // heading, so the new name is read out (the same pattern as editing a journal entry).
  const renaming = useEditInPlace<HTMLHeadingElement>();
  const [renameError, setRenameError] = useState("");
  const [newTitle, setNewTitle] = useState("");
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [status, setStatus] = useState("");
  const [coinSummary, setCoinSummary] = useState<CoinsSummary | null>(null);
  const [outOfCoins, setOutOfCoins] = useState<{
    reason: "insufficient_coins" | "trial_daily_limit";
    message: string;
  } | null>(null);
  const [answering, setAnswering] = useState(false);
  const streams = useRef(new Map<string, () => void>());
  const announced = useRef(new Set<string>());
  const lost = useRef(new Map<string, number>());
  const alive = useRef(true);
  const draftBox = useRef<HTMLTextAreaElement>(null);
  // Stop disappears when the reply ends, and "Ask Maia to answer my message" once Maia answers.
  // Either hands focus to the message box then, rather than letting it fall to the page; only
  // when it had focus itself, so a person reading the crisis card is never scrolled away.
  const stopRef = useFocusHandOver(draftBox);
  const answerRef = useFocusHandOver(draftBox);

  const updateMessage = (messageId: string, change: Partial<Message>) =>
    setMessages((current) => current.map((m) => (m.id === messageId ? { ...m, ...change } : m)));

  const announce = (message: Message) => {
    if (announced.current.has(message.id)) return;
    announced.current.add(message.id);
    if (message.status === "complete") setAnnouncement(`Maia replied: ${message.text}`);
    else if (message.status === "stopped")
      setAnnouncement("Maia's reply was stopped. What was written is kept.");
    else if (message.status === "failed") setAnnouncement("Maia's reply didn't come through. You can retry.");
  };

  /** The price shown before sending, and the balance beside it. */
  const refreshCoins = () =>
    coinsApi
      .summary()
      .then((summary) => alive.current && setCoinSummary(summary))
      .catch(() => undefined);

  /** True (and the out-of-coins panel shown) when a reply was refused for want of coins. */
  const noteOutOfCoins = (caught: unknown): boolean => {
    if (!(caught instanceof ApiError)) return false;
    if (caught.code === "insufficient_coins") {
      setOutOfCoins({ reason: caught.code, message: caught.message });
      return true;
    }
    if (caught.code === "trial_daily_limit") {
      // api.ts words it: when the free replies start again, and that help and the tools stay free.
      setOutOfCoins({ reason: caught.code, message: caught.message });
      return true;
    }
    return false;
  };

  /** Refreshes what surrounds the messages: title, crisis card, offline mode. */
  const refreshConversation = useCallback(() => {
    api
      .conversation(conversationId)
      .then((result) => alive.current && setConversation(result.conversation))
      .catch(() => undefined);
  }, [conversationId]);

  const follow = (reply: Message) => {
    if (streams.current.has(reply.id)) return;
    const stop = followReply(reply, {
      onText: (text) => updateMessage(reply.id, { text, status: "streaming" }),
      onDone: (final) => {
        streams.current.delete(reply.id);
        updateMessage(reply.id, final);
        announce(final);
        refreshConversation();
        void refreshCoins();
        // They are here and saw it arrive, so it is not waiting for them any more.
        api.markRead(conversationId).catch(() => undefined);
      },
      onLost: () => {
        streams.current.get(reply.id)?.();
        streams.current.delete(reply.id);
        const attempts = (lost.current.get(reply.id) ?? 0) + 1;
        lost.current.set(reply.id, attempts);
        if (attempts > 3) {
          setActionError(
            "We lost touch with Maia's reply. It is still being saved; reload the page in a moment to see it.",
          );
          return;
        }
        // Ask the server where the reply stands, then follow it again if it is still coming.
        setTimeout(() => {
          if (!alive.current) return;
          api
            .conversation(conversationId)
            .then((result) => {
              const fresh = result.conversation.messages.find((m) => m.id === reply.id);
              if (!fresh) return;
              updateMessage(reply.id, fresh);
              if (inProgress(fresh)) follow(fresh);
              else announce(fresh);
            })
            .catch(() => undefined);
        }, 1000 * attempts);
      },
    });
    streams.current.set(reply.id, stop);
  };

  useEffect(() => {
    alive.current = true;
    const openStreams = streams.current;
    void refreshCoins();
    api
      .conversation(conversationId)
      .then(({ conversation: loaded }) => {
        if (!alive.current) return;
        setConversation(loaded);
        setMessages(loaded.messages);
        for (const message of loaded.messages) {
          // Replies already finished when the page opened are not news to announce.
          if (!inProgress(message)) announced.current.add(message.id);
          else follow(message);
        }
        if (loaded.unread) {
          setAwayNotice(true);
          api.markRead(conversationId).catch(() => undefined);
        }
      })
      .catch((caught) => {
        if (caught instanceof ApiError && caught.status === 404) setNotFound(true);
        else setLoadError(describeError(caught));
      });
    return () => {
      alive.current = false;
      for (const stop of openStreams.values()) stop();
      openStreams.clear();
    };
  }, [conversationId]);

  useEffect(() => {
    if (conversation) document.title = `${conversationTitle(conversation)} – Maia – Asclepiad`;
  }, [conversation?.title]);

  const send = async (event?: Event) => {
    event?.preventDefault();
    if (sending) return;
    const text = draft.trim();
    if (!text) {
      setSendError("Write something first, then send it.");
      return;
    }
    setSending(true);
    setSendError("");
    setOutOfCoins(null);
    try {
      const result = await api.send(conversationId, text);
      setDraft("");
      saveDraft(conversationId, "");
      setMessages((current) => [...current, result.message, result.reply]);
      follow(result.reply);
      // The screener may have pinned a crisis card for this message: show it straight away.
      if (result.crisis !== undefined) {
        const crisis = result.crisis;
        if (crisis && !conversation?.crisis)
          setCardAnnouncement(
            crisis.level === "emergency"
              ? "The emergency number and helplines you can reach now are at the top of this conversation."
              : "Helplines you can reach now are at the top of this conversation.",
          );
        setConversation((current) => (current ? { ...current, crisis } : current));
      } else refreshConversation();
    } catch (caught) {
      const noCoins = noteOutOfCoins(caught);
      if (!noCoins) setSendError(describeError(caught));
      void refreshCoins();
      if (noCoins) {
        // The server keeps what was written even when there is nothing to pay a reply with;
        // once it shows in the thread, the box can be emptied without losing a word.
        try {
          const { conversation: fresh } = await api.conversation(conversationId);
          setConversation(fresh);
          setMessages(fresh.messages);
          const last = fresh.messages.filter((m) => m.author === "person").at(-1);
          if (last && last.text.trim() === text) {
            setDraft("");
            saveDraft(conversationId, "");
          }
        } catch {
          // Keep the words in the box; nothing is lost.
        }
      }
      // Otherwise the words stay in the box (and in the saved draft).
    } finally {
      setSending(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      if (!sending) void send();
    }
  };

  const streaming = messages.find(inProgress);

  const stop = async () => {
    if (!streaming) return;
    setActionError("");
    try {
      const result = await api.stop(streaming.id);
      streams.current.get(streaming.id)?.();
      streams.current.delete(streaming.id);
      updateMessage(streaming.id, result.message);
      announce(result.message);
    } catch (caught) {
      setActionError(describeError(caught));
    }
  };

  const retry = async (failed: Message) => {
    setActionError("");
    try {
      const { reply } = await api.retry(failed.id);
      announced.current.delete(reply.id);
      setMessages((current) =>
        current.some((m) => m.id === reply.id)
          ? current.map((m) => (m.id === reply.id ? reply : m))
          : [...current, reply],
      );
      follow(reply);
    } catch (caught) {
      setActionError(describeError(caught));
    }
  };

  /** After topping up (or tomorrow), has Maia answer the message that is waiting. */
  const answerLatest = async () => {
    if (answering) return;
    setAnswering(true);
    setActionError("");
    try {
      const { reply } = await coinsApi.answerLatest(conversationId);
      setOutOfCoins(null);
      setMessages((current) => [...current, reply]);
      follow(reply);
      void refreshCoins();
    } catch (caught) {
      if (!noteOutOfCoins(caught)) setActionError(describeError(caught));
    } finally {
      setAnswering(false);
    }
  };
  const lastMessage = messages.at(-1);
  const unanswered = lastMessage?.author === "person" && !sending;

  const rename = async (event: Event) => {
    event.preventDefault();
    const title = newTitle.trim();
    if (!title) {
      setRenameError("Please give the conversation a name, or cancel.");
      return;
    }
    try {
      const result = await api.renameConversation(conversationId, title);
      setConversation((current) =>
        current ? { ...current, title: result.conversation?.title ?? title } : current,
      );
      setRenameError("");
      setStatus("Conversation renamed.");
      renaming.done();
    } catch (caught) {
      setRenameError(describeError(caught));
    }
  };

  const remove = async () => {
    setConfirmDelete(false);
    try {
      await api.deleteConversation(conversationId);
      saveDraft(conversationId, "");
      setFlash("The conversation has been deleted.");
      navigate("/maia", { replace: true });
    } catch (caught) {
      setActionError(describeError(caught));
    }
  };

  if (notFound) {
    return (
      <>
        <h1 tabIndex={-1}>We couldn't find that conversation</h1>
        <p>It may have been deleted, or the link may be incomplete.</p>
        <p>
          <Link href="/maia">See your conversations</Link>
        </p>
      </>
    );
  }

  const title = conversation ? conversationTitle(conversation) : "Conversation with Maia";

  return (
    <>
      <p class="breadcrumb">
        <Link href="/maia">All conversations</Link>
      </p>
      <h1 tabIndex={-1} ref={renaming.item}>
        {title}
      </h1>
      <ErrorMessage>{loadError}</ErrorMessage>

      {conversation?.crisis ? <CrisisCard card={conversation.crisis} headingId={`${id}-crisis`} /> : null}

      {awayNotice ? <StatusMessage>Maia replied while you were away.</StatusMessage> : null}
      {conversation?.offline ? (
        <p class="banner" role="status">
          Maia is in offline mode. Replies come from Asclepiad's built-in companion until the usual model is
          back.
        </p>
      ) : null}

      <div class="thread-tools">
        {renaming.editing ? (
          <form onSubmit={rename} class="rename" ref={renaming.form}>
            <div class="field">
              <label for={`${id}-title`}>Conversation name</label>
              <input
                id={`${id}-title`}
                type="text"
                maxLength={120}
                value={newTitle}
                aria-invalid={renameError ? true : undefined}
                onInput={(event) => setNewTitle(event.currentTarget.value)}
              />
            </div>
            <ErrorMessage>{renameError}</ErrorMessage>
            <div class="actions">
              <button type="submit">Save name</button>
              <button
                type="button"
                onClick={() => {
                  setRenameError("");
                  renaming.cancel();
                }}
              >
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <div class="actions">
            <button
              type="button"
              ref={renaming.editButton}
              onClick={() => {
                setNewTitle(conversation?.title ?? "");
                setStatus("");
                renaming.open();
              }}
            >
              Rename conversation
            </button>
            <button type="button" onClick={() => setConfirmDelete(true)}>
              Delete conversation
            </button>
          </div>
        )}
        {status ? <StatusMessage>{status}</StatusMessage> : null}
      </div>

      <MemoryPanel conversationId={conversationId} />

      <h2 class="visually-hidden" id={`${id}-messages`}>
        Messages
      </h2>
      {conversation && messages.length === 0 ? (
        <p class="hint">
          This is the start of your conversation. Write about whatever is on your mind; there's no right place
          to begin.
        </p>
      ) : null}
      <ol class="thread" aria-labelledby={`${id}-messages`}>
        {messages.map((message) => (
          <MessageItem key={message.id} message={message} onRetry={retry} />
        ))}
      </ol>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-announces="replies">
        {announcement}
      </div>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-announces="crisis-card">
        {cardAnnouncement}
      </div>
      <ErrorMessage>{actionError}</ErrorMessage>
      {outOfCoins ? (
        <OutOfCoins
          reason={outOfCoins.reason}
          message={outOfCoins.message}
          onAnswer={() => void answerLatest()}
          answering={answering}
          buttonRef={answerRef}
        />
      ) : unanswered ? (
        <p class="actions">
          <button
            type="button"
            ref={answerRef}
            onClick={() => void answerLatest()}
            aria-disabled={answering ? "true" : undefined}
          >
            Ask Maia to answer my message
          </button>
        </p>
      ) : null}

      <form class="composer" onSubmit={send}>
        <label for={`${id}-draft`}>Write to Maia</label>
        <p class="hint" id={`${id}-draft-hint`}>
          Enter sends. Shift and Enter starts a new line. Your draft is kept on this device until you send it.
        </p>
        {coinSummary ? (
          <p class="hint price-note" id={`${id}-price`}>
            {priceBeforeSending(coinSummary)}
          </p>
        ) : null}
        <textarea
          ref={draftBox}
          id={`${id}-draft`}
          rows={4}
          aria-describedby={coinSummary ? `${id}-draft-hint ${id}-price` : `${id}-draft-hint`}
          value={draft}
          onInput={(event) => {
            const value = event.currentTarget.value;
            setDraft(value);
            saveDraft(conversationId, value);
          }}
          onKeyDown={onKeyDown}
        />
        <ErrorMessage>{sendError}</ErrorMessage>
        <div class="actions">
          <button type="submit" class="primary" aria-disabled={sending ? "true" : undefined}>
            Send
          </button>
          {streaming ? (
            <button type="button" onClick={stop} ref={stopRef}>
              Stop<span class="visually-hidden"> Maia's reply</span>
            </button>
          ) : null}
        </div>
      </form>

      <ConfirmDialog
        open={confirmDelete}
        title="Delete this conversation?"
        confirmLabel="Yes, delete it"
        cancelLabel="Keep it"
        onConfirm={remove}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>Every message in it will be deleted for good. This can't be undone.</p>
      </ConfirmDialog>
    </>
  );
}

/**
 * A ref for a button that may vanish: if it had focus when it went, focus moves to `next` (on the
 * next frame, once the page has settled) instead of falling to the page.
 */
function useFocusHandOver(next: { current: HTMLElement | null }) {
  const current = useRef<HTMLButtonElement | null>(null);
  return useCallback((button: HTMLButtonElement | null) => {
    const previous = current.current;
    current.current = button;
    if (!button && previous && document.activeElement === previous) {
      requestAnimationFrame(() => next.current?.focus());
    }
  }, []);
}
