// Conversations with Maia, newest activity first, with a clear marker where a reply is waiting.
import { useEffect, useState } from "preact/hooks";
import { api, describeError } from "../api.js";
import { ErrorMessage, StatusMessage } from "../components/alert.js";
import { takeFlash } from "../flash.js";
import { formatDateTime, isoDate } from "../format.js";
import { Link, navigate } from "../router.js";
import type { ConversationSummary } from "../types.js";

export function conversationTitle(conversation: { title: string | null }): string {
  return conversation.title?.trim() || "Untitled conversation";
}

export function MaiaListPage() {
  const [conversations, setConversations] = useState<ConversationSummary[] | null>(null);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const [flash] = useState(takeFlash);

  useEffect(() => {
    api
      .conversations()
      .then((result) => {
        const sorted = [...result.conversations].sort(
          (a, b) => new Date(b.lastActivityAt).getTime() - new Date(a.lastActivityAt).getTime(),
        );
        setConversations(sorted);
      })
      .catch((caught) => setError(describeError(caught)));
  }, []);

  const start = async () => {
    if (busy) return;
    setBusy(true);
    setError("");
    try {
      const result = await api.newConversation();
      navigate(`/maia/${encodeURIComponent(result.conversation.id)}`);
    } catch (caught) {
      setError(describeError(caught));
      setBusy(false);
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>Maia</h1>
      {flash ? <StatusMessage>{flash}</StatusMessage> : null}
      <p class="lead">
        Write to Maia whenever you like. If you leave before a reply arrives, it will be waiting here.
      </p>
      <button type="button" class="primary" onClick={start} aria-disabled={busy ? "true" : undefined}>
        New conversation
      </button>
      <ErrorMessage>{error}</ErrorMessage>
      <h2>Your conversations</h2>
      {conversations === null && !error ? <p>Loading your conversations…</p> : null}
      {conversations && conversations.length === 0 ? (
        <p>Nothing here yet. Start a new conversation whenever you're ready.</p>
      ) : null}
      {conversations && conversations.length > 0 ? (
        <ul class="conversations">
          {conversations.map((conversation) => (
            <li key={conversation.id}>
              <Link href={`/maia/${encodeURIComponent(conversation.id)}`} class="conversation-link">
                <span class="conversation-title">{conversationTitle(conversation)}</span>
                {conversation.unread ? <span class="badge">New reply</span> : null}
              </Link>
              {conversation.preview ? <p class="conversation-preview">{conversation.preview}</p> : null}
              <p class="hint">
                Last activity{" "}
                <time dateTime={isoDate(conversation.lastActivityAt)}>
                  {formatDateTime(conversation.lastActivityAt)}
                </time>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
