// Therapy log: each session (date, whether it went ahead, how it felt, what was left
// unsaid, anything agreed) and the therapists or services tried, with how each ended.
// The same forms add a new one and change one already noted, where it stands in the list.
import type { Ref } from "preact";
import { useCallback, useEffect, useId, useRef, useState } from "preact/hooks";
import { api, describeError } from "../api.js";
import { ErrorMessage, StatusMessage } from "../components/alert.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { useEditInPlace } from "../reflection/edit-in-place.js";
import { formatDay, label, localToday, ReflectNav, useScrollToHash } from "../reflection/tools.js";
import type {
  SessionInput,
  Therapist,
  TherapistInput,
  TherapyOptions,
  TherapySession,
} from "../reflection/types.js";

interface FormProps<Input> {
  submitLabel: string;
  /** Resolves when saved; a rejection is shown in the form, which keeps what was typed. */
  onSave: (input: Input) => Promise<void>;
  /** Only when changing an existing one: puts a Cancel button beside Save. */
  onCancel?: () => void;
  formRef?: Ref<HTMLFormElement>;
  labelledBy?: string;
}

function useSaving<Input>(onSave: (input: Input) => Promise<void>) {
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const save = async (input: Input): Promise<boolean> => {
    if (busy) return false;
    setError("");
    setBusy(true);
    try {
      await onSave(input);
      return true;
    } catch (caught) {
      setError(describeError(caught));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, save };
}

function FormActions({
  submitLabel,
  busy,
  onCancel,
}: {
  submitLabel: string;
  busy: boolean;
  onCancel?: () => void;
}) {
  return (
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
  );
}

function SessionForm({
  options,
  therapists,
  initial,
  submitLabel,
  onSave,
  onCancel,
  formRef,
  labelledBy,
}: FormProps<SessionInput> & {
  options: TherapyOptions | null;
  therapists: Therapist[];
  initial?: TherapySession;
}) {
  const id = useId();
  const blank = {
    date: localToday(),
    attendance: "kept",
    unsaid: "",
    homework: "",
    note: "",
    therapistId: "",
  };
  const [form, setForm] = useState(
    initial
      ? {
          date: initial.date,
          attendance: initial.attendance,
          unsaid: initial.unsaid ?? "",
          homework: initial.homework ?? "",
          note: initial.note ?? "",
          therapistId: initial.therapistId ?? "",
        }
      : blank,
  );
  const [feelings, setFeelings] = useState<string[]>(initial?.feelings ?? []);
  const { error, busy, save } = useSaving(onSave);
  const set = (key: keyof typeof form) => (e: Event) =>
    setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
  // A feeling noted before the word list changed still shows, so saving never drops it silently.
  const words = [
    ...(options?.feelingsAfter ?? []),
    ...feelings.filter((f) => !options?.feelingsAfter.includes(f)),
  ];

  const submit = async (event: Event) => {
    event.preventDefault();
    const ok = await save({
      date: form.date,
      attendance: form.attendance,
      feelings,
      unsaid: form.unsaid.trim() || null,
      homework: form.homework.trim() || null,
      note: form.note.trim() || null,
      therapistId: form.therapistId || null,
    });
    if (ok && !initial) {
      setForm({ ...form, unsaid: "", homework: "", note: "" });
      setFeelings([]);
    }
  };

  return (
    <form ref={formRef} onSubmit={submit} aria-labelledby={labelledBy}>
      <div class="field">
        <label for={`${id}-date`}>Date of the session</label>
        <input
          id={`${id}-date`}
          type="date"
          required
          max={localToday()}
          value={form.date}
          onInput={set("date")}
        />
      </div>
      <div class="field">
        <label for={`${id}-att`}>What happened</label>
        <select id={`${id}-att`} value={form.attendance} onChange={set("attendance")}>
          {(options?.attendance ?? []).map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </select>
      </div>
      {therapists.length ? (
        <div class="field">
          <label for={`${id}-who`}>Who it was with (optional)</label>
          <select id={`${id}-who`} value={form.therapistId} onChange={set("therapistId")}>
            <option value="">Not noted</option>
            {therapists.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <fieldset class="feelings">
        <legend>How did you feel afterwards? (optional)</legend>
        <div class="chips">
          {words.map((word) => (
            <label key={word} class="chip">
              <input
                type="checkbox"
                checked={feelings.includes(word)}
                onChange={() =>
                  setFeelings((c) => (c.includes(word) ? c.filter((w) => w !== word) : [...c, word]))
                }
              />
              <span>{word}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field">
        <label for={`${id}-unsaid`}>Anything avoided or left unsaid? (optional)</label>
        <textarea id={`${id}-unsaid`} rows={2} maxLength={4000} value={form.unsaid} onInput={set("unsaid")} />
      </div>
      <div class="field">
        <label for={`${id}-hw`}>Anything agreed, such as homework? (optional)</label>
        <textarea id={`${id}-hw`} rows={2} maxLength={4000} value={form.homework} onInput={set("homework")} />
      </div>
      <div class="field">
        <label for={`${id}-note`}>Anything else? (optional)</label>
        <textarea id={`${id}-note`} rows={2} maxLength={4000} value={form.note} onInput={set("note")} />
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}

function TherapistForm({
  options,
  initial,
  submitLabel,
  onSave,
  onCancel,
  formRef,
  labelledBy,
}: FormProps<TherapistInput> & { options: TherapyOptions | null; initial?: Therapist }) {
  const id = useId();
  const blank = { name: "", approach: "", startedOn: "", endedOn: "", endReason: "", endNote: "" };
  const [t, setT] = useState(
    initial
      ? {
          name: initial.name,
          approach: initial.approach ?? "",
          startedOn: initial.startedOn ?? "",
          endedOn: initial.endedOn ?? "",
          endReason: initial.endReason ?? "",
          endNote: initial.endNote ?? "",
        }
      : blank,
  );
  const { error, busy, save } = useSaving(onSave);
  const setTh = (key: keyof typeof t) => (e: Event) =>
    setT({ ...t, [key]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (event: Event) => {
    event.preventDefault();
    const ok = await save({
      name: t.name.trim(),
      approach: t.approach.trim() || null,
      startedOn: t.startedOn || null,
      endedOn: t.endedOn || null,
      endReason: t.endReason || null,
      endNote: t.endNote.trim() || null,
    });
    if (ok && !initial) setT(blank);
  };

  return (
    <form ref={formRef} onSubmit={submit} aria-labelledby={labelledBy}>
      <div class="field">
        <label for={`${id}-tn`}>Name or description (only you see this)</label>
        <input id={`${id}-tn`} required maxLength={120} value={t.name} onInput={setTh("name")} />
      </div>
      <div class="field">
        <label for={`${id}-ta`}>Kind of therapy or service (optional)</label>
        <input id={`${id}-ta`} maxLength={120} value={t.approach} onInput={setTh("approach")} />
      </div>
      <div class="field">
        <label for={`${id}-ts`}>Started (optional)</label>
        <input
          id={`${id}-ts`}
          type="date"
          max={localToday()}
          value={t.startedOn}
          onInput={setTh("startedOn")}
        />
      </div>
      <div class="field">
        <label for={`${id}-te`}>Ended (optional)</label>
        <input
          id={`${id}-te`}
          type="date"
          min={t.startedOn || undefined}
          max={localToday()}
          value={t.endedOn}
          onInput={setTh("endedOn")}
        />
      </div>
      <div class="field">
        <label for={`${id}-tr`}>Why it ended (optional)</label>
        <select id={`${id}-tr`} value={t.endReason} onChange={setTh("endReason")}>
          <option value="">Still going, or not noted</option>
          {(options?.endReasons ?? []).map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-tnote`}>Anything about how it ended (optional)</label>
        <textarea id={`${id}-tnote`} rows={2} maxLength={4000} value={t.endNote} onInput={setTh("endNote")} />
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}

function SessionItem({
  session: s,
  options,
  therapists,
  onSaved,
  onDelete,
}: {
  session: TherapySession;
  options: TherapyOptions | null;
  therapists: Therapist[];
  onSaved: () => Promise<void>;
  onDelete: () => void;
}) {
  const headingId = useId();
  const edit = useEditInPlace();
  const day = formatDay(s.date);
  const attendance = options?.attendance.find((a) => a.value === s.attendance)?.label ?? label(s.attendance);
  const who = therapists.find((x) => x.id === s.therapistId)?.name;
  return (
    <li ref={edit.item} id={`session-${s.id}`} tabIndex={-1} class="entry">
      {edit.editing ? (
        <div class="edit-panel">
          <h3 id={headingId}>Edit the session on {day}</h3>
          <SessionForm
            formRef={edit.form}
            labelledBy={headingId}
            options={options}
            therapists={therapists}
            initial={s}
            submitLabel="Save changes"
            onSave={async (input) => {
              await api.updateSession(s.id, input);
              await onSaved();
              edit.done();
            }}
            onCancel={edit.cancel}
          />
        </div>
      ) : (
        <>
          <h3>
            {day}: {attendance}
          </h3>
          {who ? <p class="hint">With {who}</p> : null}
          {s.feelings.length ? <p>Afterwards: {s.feelings.join(", ")}</p> : null}
          {s.unsaid ? <p>Left unsaid: {s.unsaid}</p> : null}
          {s.homework ? <p>Agreed: {s.homework}</p> : null}
          {s.note ? <p>{s.note}</p> : null}
          {edit.saved ? <StatusMessage>Changes saved.</StatusMessage> : null}
          <div class="actions">
            <button type="button" ref={edit.editButton} onClick={edit.open}>
              Edit<span class="visually-hidden"> session on {day}</span>
            </button>
            <button type="button" class="link-button" onClick={onDelete}>
              Delete<span class="visually-hidden"> session on {day}</span>
            </button>
          </div>
        </>
      )}
    </li>
  );
}

function TherapistItem({
  therapist: x,
  options,
  onSaved,
  onDelete,
}: {
  therapist: Therapist;
  options: TherapyOptions | null;
  onSaved: () => Promise<void>;
  onDelete: () => void;
}) {
  const headingId = useId();
  const edit = useEditInPlace();
  return (
    <li ref={edit.item} id={`therapist-${x.id}`} tabIndex={-1} class="entry">
      {edit.editing ? (
        <div class="edit-panel">
          <h3 id={headingId}>Edit what you noted about {x.name}</h3>
          <TherapistForm
            formRef={edit.form}
            labelledBy={headingId}
            options={options}
            initial={x}
            submitLabel="Save changes"
            onSave={async (input) => {
              await api.updateTherapist(x.id, input);
              await onSaved();
              edit.done();
            }}
            onCancel={edit.cancel}
          />
        </div>
      ) : (
        <>
          <h3>{x.name}</h3>
          {x.approach ? <p>{x.approach}</p> : null}
          <p class="hint">
            {x.startedOn ? `From ${formatDay(x.startedOn)}` : "Start not noted"}
            {x.endedOn ? ` to ${formatDay(x.endedOn)}` : ""}
          </p>
          {x.endReason ? (
            <p>
              Why it ended:{" "}
              {options?.endReasons.find((r) => r.value === x.endReason)?.label ?? label(x.endReason)}
            </p>
          ) : null}
          {x.endNote ? <p>{x.endNote}</p> : null}
          {edit.saved ? <StatusMessage>Changes saved.</StatusMessage> : null}
          <div class="actions">
            <button type="button" ref={edit.editButton} onClick={edit.open}>
              Edit<span class="visually-hidden"> {x.name}</span>
            </button>
            <button type="button" class="link-button" onClick={onDelete}>
              Delete<span class="visually-hidden"> {x.name}</span>
            </button>
          </div>
        </>
      )}
    </li>
  );
}

type Pending = { kind: "session"; item: TherapySession } | { kind: "therapist"; item: Therapist };

export function TherapyLogPage() {
  const id = useId();
  const [options, setOptions] = useState<TherapyOptions | null>(null);
  const [sessions, setSessions] = useState<TherapySession[] | null>(null);
  const [therapists, setTherapists] = useState<Therapist[]>([]);
  const [error, setError] = useState("");
  const [status, setStatus] = useState("");
  const [tStatus, setTStatus] = useState("");
  const [listStatus, setListStatus] = useState("");
  const [toDelete, setToDelete] = useState<Pending | null>(null);
  const sessionsHeading = useRef<HTMLHeadingElement>(null);
  const therapistsHeading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(
    () =>
      Promise.all([api.sessions(), api.therapists()])
        .then(([s, th]) => {
          setSessions(s.sessions);
          setTherapists(th.therapists);
        })
        .catch((caught) => setError(describeError(caught))),
    [],
  );
  useEffect(() => {
    api
      .therapyOptions()
      .then(setOptions)
      .catch((caught) => setError(describeError(caught)));
    void load();
  }, [load]);
  useScrollToHash(sessions !== null);

  const confirmDelete = async () => {
    const pending = toDelete;
    setToDelete(null);
    if (!pending) return;
    setError("");
    setListStatus("");
    setTStatus("");
    try {
      if (pending.kind === "session") {
        await api.deleteSession(pending.item.id);
        setListStatus("Session deleted.");
      } else {
        await api.deleteTherapist(pending.item.id);
        setTStatus(`${pending.item.name} deleted. Sessions with them stay in your log.`);
      }
      await load();
      (pending.kind === "session" ? sessionsHeading : therapistsHeading).current?.focus();
    } catch (caught) {
      setError(describeError(caught));
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>Therapy log</h1>
      <ReflectNav />
      <p class="lead">A private record of your sessions. Jot down as much or as little as you like.</p>
      <ErrorMessage>{error}</ErrorMessage>
      <section class="panel" aria-labelledby={`${id}-new`}>
        <h2 id={`${id}-new`}>Log a session</h2>
        <SessionForm
          options={options}
          therapists={therapists}
          submitLabel="Save session"
          onSave={async (input) => {
            setStatus("");
            await api.addSession(input);
            setStatus("Session saved.");
            await load();
          }}
        />
        {status ? <StatusMessage>{status}</StatusMessage> : null}
      </section>

      <section aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`} ref={sessionsHeading} tabIndex={-1}>
          Your sessions
        </h2>
        {listStatus ? <StatusMessage>{listStatus}</StatusMessage> : null}
        {sessions === null && !error ? <p>Loading…</p> : null}
        {sessions?.length === 0 ? <p>No sessions logged yet.</p> : null}
        <ul class="entries">
          {(sessions ?? []).map((s) => (
            <SessionItem
              key={s.id}
              session={s}
              options={options}
              therapists={therapists}
              onSaved={load}
              onDelete={() => setToDelete({ kind: "session", item: s })}
            />
          ))}
        </ul>
      </section>

      <section class="panel" aria-labelledby={`${id}-th`}>
        <h2 id={`${id}-th`} ref={therapistsHeading} tabIndex={-1}>
          Therapists and services you've tried
        </h2>
        {tStatus ? <StatusMessage>{tStatus}</StatusMessage> : null}
        {therapists.length === 0 && sessions !== null ? (
          <p>None noted yet. Adding them is optional, and only you see it.</p>
        ) : null}
        <ul class="entries">
          {therapists.map((x) => (
            <TherapistItem
              key={x.id}
              therapist={x}
              options={options}
              onSaved={load}
              onDelete={() => setToDelete({ kind: "therapist", item: x })}
            />
          ))}
        </ul>
        <h3 id={`${id}-add`}>Add a therapist or service</h3>
        <TherapistForm
          options={options}
          labelledBy={`${id}-add`}
          submitLabel="Add therapist or service"
          onSave={async (input) => {
            setTStatus("");
            await api.addTherapist(input);
            setTStatus(`${input.name} added.`);
            await load();
          }}
        />
      </section>
      <ConfirmDialog
        open={toDelete !== null}
        title={toDelete?.kind === "therapist" ? `Delete ${toDelete.item.name}?` : "Delete this session?"}
        confirmLabel={toDelete?.kind === "therapist" ? "Delete" : "Delete session"}
        cancelLabel="Keep it"
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      >
        <p>
          {toDelete?.kind === "therapist"
            ? "What you noted about them will be gone for good. Sessions you logged with them stay in your log."
            : toDelete
              ? `The session on ${formatDay(toDelete.item.date)} and what you noted about it will be gone for good.`
              : ""}
        </p>
      </ConfirmDialog>
    </>
  );
}
