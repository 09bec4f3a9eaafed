// "What Maia remembers": the running summary Maia keeps of older turns, visible and clearable,
// so nothing is remembered behind the person's back. Clearing it asks first, as every delete does.
import { useRef, useState } from "preact/hooks";
import { api, describeError } from "../api.js";
import { ErrorMessage, StatusMessage } from "../components/alert.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { formatDateTime } from "../format.js";
import type { Memory } from "../types.js";

export function MemoryPanel({ conversationId }: { conversationId: string }) {
  const [memory, setMemory] = useState<Memory | null>(null);
  const [error, setError] = useState("");
  const [cleared, setCleared] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const summaryRef = useRef<HTMLElement>(null);

  const load = () => {
    setError("");
    api
      .memory(conversationId)
      .then(setMemory)
      .catch((caught) => setError(describeError(caught)));
  };

  const clear = async () => {
    setConfirming(false);
    setError("");
    try {
      await api.clearMemory(conversationId);
      setMemory({ summary: null, updatedAt: null });
      setCleared(true);
      // The Clear button is gone; keep focus in the panel rather than losing it to the page.
      summaryRef.current?.focus();
    } catch (caught) {
      setError(describeError(caught));
    }
  };

  return (
    <>
      <details
        class="memory"
        onToggle={(event) => {
          if (event.currentTarget.open) {
            setCleared(false);
            load();
          }
        }}
      >
        <summary ref={summaryRef}>What Maia remembers</summary>
        <div class="memory-body">
          <p class="hint">
            For long conversations, Maia keeps a short summary of earlier messages so it can follow along. You
            can read it here, and clear it whenever you like. Your messages themselves stay.
          </p>
          {memory === null && !error ? <p>Loading…</p> : null}
          {memory && memory.summary ? (
            <>
              <blockquote class="memory-summary">{memory.summary}</blockquote>
              {memory.updatedAt ? <p class="hint">Updated {formatDateTime(memory.updatedAt)}</p> : null}
            </>
          ) : null}
          {memory && !memory.summary && !cleared ? (
            <p>Maia hasn't kept a summary of this conversation yet.</p>
          ) : null}
          {cleared ? (
            <StatusMessage>Cleared. Maia no longer holds a summary of this conversation.</StatusMessage>
          ) : null}
          <ErrorMessage>{error}</ErrorMessage>
          {memory && memory.summary ? (
            <button type="button" onClick={() => setConfirming(true)}>
              Clear
            </button>
          ) : null}
        </div>
      </details>
      <ConfirmDialog
        open={confirming}
        title="Clear Maia's summary of this conversation?"
        confirmLabel="Clear it"
        cancelLabel="Keep it"
        onConfirm={() => void clear()}
        onCancel={() => setConfirming(false)}
      >
        <p>Maia's summary of this conversation will be deleted for good. Your messages themselves stay.</p>
      </ConfirmDialog>
    </>
  );
}
