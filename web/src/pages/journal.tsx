// Journal: free writing, an optional prompt to start from, search over your own entries,
// editing an entry where it stands, and "reflect on this with Maia", which opens a
// conversation with the entry in it.
import type { Ref } from "preact";
import { useCallback, useEffect, useId, useRef, useState } from "preact/hooks";
import { api, describeError } from "../api.js";
import { ErrorMessage, StatusMessage } from "../components/alert.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { formatDateTime } from "../format.js";
import { navigate } from "../router.js";
import { useEditInPlace } from "../reflection/edit-in-place.js";
import { ReflectNav, useScrollToHash } from "../reflection/tools.js";
import type { JournalEntry } from "../reflection/types.js";

const EMPTY_ENTRY = "Your entry needs a few words. If you'd rather remove it, use Delete instead.";

/**
 * The writing form, for a new entry and for changing one. A new entry can start from a prompt;
 * an existing entry keeps the prompt it answered.
 */
function JournalForm({
  prompts,
  fixedPrompt,
  initialText = "",
  textLabel,
  submitLabel,
  onSave,
  onCancel,
  formRef,
  labelledBy,
}: {
  prompts?: string[];
  fixedPrompt?: string | null;
  initialText?: string;
  textLabel: string;
  submitLabel: string;
  /** Resolves when saved (the form then clears, for a new entry); an error is shown in the form. */
  onSave: (text: string, prompt: string | null) => Promise<void>;
  onCancel?: () => void;
  formRef?: Ref<HTMLFormElement>;
  labelledBy?: string;
}) {
  const id = useId();
  const [prompt, setPrompt] = useState("");
  const [text, setText] = useState(initialText);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const shownPrompt = prompts ? prompt : fixedPrompt;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setError("");
    if (!text.trim()) {
      setError(onCancel ? EMPTY_ENTRY : "Write a few words first, then save.");
      return;
    }
    setBusy(true);
    try {
      await onSave(text, prompts ? prompt || null : null);
      if (!onCancel) {
        setText("");
        setPrompt("");
      }
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={submit} aria-labelledby={labelledBy} noValidate>
      {prompts ? (
        <div class="field">
          <label for={`${id}-prompt`}>Start from a prompt (optional)</label>
          <select id={`${id}-prompt`} value={prompt} onChange={(e) => setPrompt(e.currentTarget.value)}>
            <option value="">No prompt, just write</option>
            {prompts.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {shownPrompt ? <p class="journal-prompt">{shownPrompt}</p> : null}
      <div class="field">
        <label for={`${id}-text`}>{textLabel}</label>
        <textarea
          id={`${id}-text`}
          rows={8}
          maxLength={8000}
          value={text}
          aria-invalid={error ? true : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      <div class="actions">
        <button type="submit" class="primary" aria-disabled={busy ? "true" : undefined}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

function EntryItem({
  entry,
  onSaved,
  onReflect,
  onDelete,
}: {
  entry: JournalEntry;
  onSaved: () => Promise<void>;
  onReflect: () => void;
  onDelete: () => void;
}) {
  const headingId = useId();
  const edit = useEditInPlace();
  const when = formatDateTime(entry.createdAt);
  const edited = entry.updatedAt > entry.createdAt + 1000;
  return (
    <li ref={edit.item} id={`entry-${entry.id}`} tabIndex={-1} class="entry">
      {edit.editing ? (
        <div class="edit-panel">
          <h3 id={headingId}>Edit your entry from {when}</h3>
          <JournalForm
            formRef={edit.form}
            labelledBy={headingId}
            fixedPrompt={entry.prompt}
            initialText={entry.text}
            textLabel="Your entry"
            submitLabel="Save changes"
            onSave={async (text) => {
              await api.updateJournalEntry(entry.id, text);
              await onSaved();
              edit.done();
            }}
            onCancel={edit.cancel}
          />
        </div>
      ) : (
        <article aria-label={`Entry from ${when}`}>
          <p class="hint">
            {when}
            {edited ? ` (changed ${formatDateTime(entry.updatedAt)})` : ""}
          </p>
          {entry.prompt ? <p class="journal-prompt">{entry.prompt}</p> : null}
          <p class="entry-text">{entry.text}</p>
          {edit.saved ? <StatusMessage>Changes saved.</StatusMessage> : null}
          <div class="actions">
            <button type="button" onClick={onReflect}>
              Reflect on this with Maia<span class="visually-hidden"> (entry from {when})</span>
            </button>
            <button type="button" ref={edit.editButton} onClick={edit.open}>
              Edit<span class="visually-hidden"> entry from {when}</span>
            </button>
            <button type="button" class="link-button" onClick={onDelete}>
              Delete<span class="visually-hidden"> entry from {when}</span>
            </button>
          </div>
        </article>
      )}
    </li>
  );
}

export function JournalPage() {
  const id = useId();
  const [prompts, setPrompts] = useState<string[]>([]);
  const [query, setQuery] = useState("");
  const [searched, setSearched] = useState("");
  const [entries, setEntries] = useState<JournalEntry[] | null>(null);
  const [status, setStatus] = useState("");
  const [listError, setListError] = useState("");
  const [listStatus, setListStatus] = useState("");
  const [toDelete, setToDelete] = useState<JournalEntry | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(
    (q: string) =>
      api
        .journal(q || undefined)
        .then((r) => {
          setEntries(r.entries);
          setSearched(q);
        })
        .catch((caught) => setListError(describeError(caught))),
    [],
  );
  useEffect(() => {
    api
      .journalPrompts()
      .then((r) => setPrompts(r.prompts.map((p) => p.text)))
      .catch(() => undefined);
    void load("");
  }, [load]);
  useScrollToHash(entries !== null);

  const reflect = async (entryId: string) => {
    setListError("");
    try {
      const { conversationId } = await api.reflectOnEntry(entryId);
      navigate(`/maia/${encodeURIComponent(conversationId)}`);
    } catch (caught) {
      setListError(describeError(caught));
    }
  };

  const confirmDelete = async () => {
    const entry = toDelete;
    setToDelete(null);
    if (!entry) return;
    setListError("");
    setListStatus("");
    try {
      await api.deleteJournalEntry(entry.id);
      await load(searched);
      setListStatus("Entry deleted.");
      listHeading.current?.focus();
    } catch (caught) {
      setListError(describeError(caught));
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>Journal</h1>
      <ReflectNav />
      <section class="panel" aria-labelledby={`${id}-new`}>
        <h2 id={`${id}-new`}>Write</h2>
        <JournalForm
          prompts={prompts}
          textLabel="Your entry"
          submitLabel="Save entry"
          onSave={async (text, prompt) => {
            setStatus("");
            await api.addJournalEntry(text, prompt);
            setStatus("Entry saved.");
            void load(searched);
          }}
        />
        {status ? <StatusMessage>{status}</StatusMessage> : null}
      </section>

      <section aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`} ref={listHeading} tabIndex={-1}>
          Your entries
        </h2>
        <form
          role="search"
          class="search"
          onSubmit={(e) => {
            e.preventDefault();
            void load(query.trim());
          }}
        >
          <label for={`${id}-q`}>Search your journal</label>
          <input
            id={`${id}-q`}
            type="search"
            maxLength={200}
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          <button type="submit">Search</button>
        </form>
        {searched ? (
          <>
            <p role="status">
              {entries?.length ?? 0} entr{entries?.length === 1 ? "y" : "ies"} with “{searched}”.
            </p>
            <button
              type="button"
              onClick={() => {
                setQuery("");
                setListStatus("");
                // The button goes once the search is cleared: focus moves to the list's heading.
                void load("").then(() => listHeading.current?.focus());
              }}
            >
              Show all entries
            </button>
          </>
        ) : null}
        <ErrorMessage>{listError}</ErrorMessage>
        {listStatus ? <StatusMessage>{listStatus}</StatusMessage> : null}
        {entries === null && !listError ? <p>Loading…</p> : null}
        {entries?.length === 0 && !searched ? <p>Nothing written yet. Whenever you're ready.</p> : null}
        <ul class="entries">
          {(entries ?? []).map((entry) => (
            <EntryItem
              key={entry.id}
              entry={entry}
              onSaved={() => load(searched)}
              onReflect={() => void reflect(entry.id)}
              onDelete={() => {
                setListStatus("");
                setToDelete(entry);
              }}
            />
          ))}
        </ul>
      </section>
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this entry?"
        confirmLabel="Delete entry"
        cancelLabel="Keep it"
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      >
        <p>
          The entry from {toDelete ? formatDateTime(toDelete.createdAt) : ""} will be gone for good. Nothing
          else is changed.
        </p>
      </ConfirmDialog>
    </>
  );
}
