// Goals and "why I started": written in the person's words, with a gentle reminder every
// few weeks to look at them again and a record of how each one changed.
import { useCallback, useEffect, useId, useState } from "preact/hooks";
import { api, describeError } from "../api.js";
import { ErrorMessage, StatusMessage } from "../components/alert.js";
import { formatDate } from "../format.js";
import { useEditInPlace } from "../reflection/edit-in-place.js";
import { ReflectNav } from "../reflection/tools.js";
import type { Goal, GoalsView } from "../reflection/types.js";

const STATUS_WORDS = { active: "Working on it", done: "Done", let_go: "Let go" } as const;

function History({ goal }: { goal: Goal }) {
  if (goal.history.length < 2) return null;
  return (
    <details>
      <summary>How this changed ({goal.history.length} versions)</summary>
      <ol class="history">
        {goal.history.map((h, i) => (
          <li key={i}>
            {formatDate(h.changedAt)}: {h.text}
            {h.why ? `, because ${h.why}` : ""} ({STATUS_WORDS[h.status]})
          </li>
        ))}
      </ol>
    </details>
  );
}

function GoalItem({
  goal,
  due,
  onChange,
}: {
  goal: Goal;
  due: boolean;
  onChange: (msg: string) => Promise<void>;
}) {
  const id = useId();
  const edit = useEditInPlace();
  const [text, setText] = useState(goal.text);
  const [why, setWhy] = useState(goal.why ?? "");
  const [error, setError] = useState("");
  const act = (fn: () => Promise<unknown>, msg: string) => {
    setError("");
    return fn()
      .then(() => onChange(msg))
      .then(edit.done)
      .catch((caught) => setError(describeError(caught)));
  };
  return (
    <li class="entry" ref={edit.item} tabIndex={-1}>
      <h3>{goal.text}</h3>
      {goal.why ? <p>Why: {goal.why}</p> : null}
      <p class="hint">
        {STATUS_WORDS[goal.status]}.{" "}
        {due ? "Due for another look." : `Next look: ${formatDate(goal.revisitDueAt)}.`}
      </p>
      <History goal={goal} />
      {edit.editing ? (
        <form
          ref={edit.form}
          aria-label={`Change the goal: ${goal.text}`}
          onSubmit={(e) => {
            e.preventDefault();
            setError("");
            api
              .updateGoal(goal.id, { text, why: why.trim() || null })
              .then(() => onChange("Goal updated."))
              .then(edit.done)
              .catch((caught) => setError(describeError(caught)));
          }}
        >
          <div class="field">
            <label for={`${id}-t`}>Goal</label>
            <input
              id={`${id}-t`}
              maxLength={1000}
              value={text}
              onInput={(e) => setText(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for={`${id}-w`}>Why it matters (optional)</label>
            <input
              id={`${id}-w`}
              maxLength={1000}
              value={why}
              onInput={(e) => setWhy(e.currentTarget.value)}
            />
          </div>
          <div class="actions">
            <button type="submit" class="primary">
              Save changes
            </button>
            <button
              type="button"
              onClick={() => {
                setText(goal.text);
                setWhy(goal.why ?? "");
                setError("");
                edit.cancel();
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div class="actions">
          {goal.status === "active" ? (
            <button
              type="button"
              onClick={() => act(() => api.goalRevisited(goal.id), "Marked as still fitting.")}
            >
              Still fits<span class="visually-hidden">: {goal.text}</span>
            </button>
          ) : null}
          <button type="button" ref={edit.editButton} onClick={edit.open}>
            Change<span class="visually-hidden"> {goal.text}</span>
          </button>
          {goal.status === "active" ? (
            <>
              <button
                type="button"
                onClick={() => act(() => api.updateGoal(goal.id, { status: "done" }), "Marked as done.")}
              >
                Done<span class="visually-hidden">: {goal.text}</span>
              </button>
              <button
                type="button"
                onClick={() => act(() => api.updateGoal(goal.id, { status: "let_go" }), "Let go.")}
              >
                Let go<span class="visually-hidden">: {goal.text}</span>
              </button>
            </>
          ) : (
            <button
              type="button"
              onClick={() => act(() => api.updateGoal(goal.id, { status: "active" }), "Back on your list.")}
            >
              Pick up again<span class="visually-hidden">: {goal.text}</span>
            </button>
          )}
        </div>
      )}
      <ErrorMessage>{error}</ErrorMessage>
    </li>
  );
}

export function GoalsPage() {
  const id = useId();
  const [view, setView] = useState<GoalsView | null>(null);
  const [why, setWhy] = useState("");
  const [text, setText] = useState("");
  const [reason, setReason] = useState("");
  const [error, setError] = useState("");
  // Each form's own problem, shown in that form, next to what needs changing.
  const [whyError, setWhyError] = useState("");
  const [goalError, setGoalError] = useState("");
  const [status, setStatus] = useState("");
  const load = useCallback(() => {
    return api
      .goals()
      .then((v) => {
        setView(v);
        setWhy(v.whyIStarted?.text ?? "");
      })
      .catch((caught) => setError(describeError(caught)));
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  const changed = async (msg: string) => {
    setStatus(msg);
    await load();
  };

  return (
    <>
      <h1 tabIndex={-1}>Goals</h1>
      <ReflectNav />
      {view && view.revisitDue.length ? (
        <p class="notice">
          It's been a few weeks. Do these still fit? Mark one as still fitting, change it, or let it go.
        </p>
      ) : null}
      <ErrorMessage>{error}</ErrorMessage>
      {status ? <StatusMessage>{status}</StatusMessage> : null}
      <section class="panel" aria-labelledby={`${id}-why`}>
        <h2 id={`${id}-why`}>Why I started</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setWhyError("");
            setStatus("");
            if (!why.trim()) {
              setWhyError("Write a few words about why you started, then save.");
              return;
            }
            api
              .setWhyIStarted(why)
              .then(() => changed("Saved."))
              .catch((caught) => setWhyError(describeError(caught)));
          }}
        >
          <div class="field">
            <label for={`${id}-whyt`}>What made you look for help in the first place?</label>
            <textarea
              id={`${id}-whyt`}
              rows={3}
              maxLength={1000}
              value={why}
              aria-invalid={whyError ? true : undefined}
              onInput={(e) => setWhy(e.currentTarget.value)}
            />
          </div>
          <ErrorMessage>{whyError}</ErrorMessage>
          <button type="submit">Save why I started</button>
        </form>
        {view?.whyIStarted ? <History goal={view.whyIStarted} /> : null}
        {view?.whyIStarted && view.revisitDue.includes(view.whyIStarted.id) ? (
          <button
            type="button"
            onClick={() =>
              api.goalRevisited(view.whyIStarted!.id).then(() => changed("Marked as still true."))
            }
          >
            This still feels true
          </button>
        ) : null}
      </section>
      <section aria-labelledby={`${id}-goals`}>
        <h2 id={`${id}-goals`}>Your goals</h2>
        {view?.goals.length === 0 ? <p>No goals yet. There's no rush.</p> : null}
        <ul class="entries">
          {(view?.goals ?? []).map((goal) => (
            <GoalItem key={goal.id} goal={goal} due={view!.revisitDue.includes(goal.id)} onChange={changed} />
          ))}
        </ul>
        <form
          class="panel"
          onSubmit={(e) => {
            e.preventDefault();
            setGoalError("");
            setStatus("");
            if (!text.trim()) {
              setGoalError("Write a few words about what you'd like to be different, then add it.");
              return;
            }
            api
              .addGoal(text, reason || null)
              .then(() => {
                setText("");
                setReason("");
                return changed("Goal added.");
              })
              .catch((caught) => setGoalError(describeError(caught)));
          }}
        >
          <h3>Add a goal</h3>
          <div class="field">
            <label for={`${id}-gt`}>Something you'd like to be different</label>
            <input
              id={`${id}-gt`}
              maxLength={1000}
              value={text}
              aria-invalid={goalError ? true : undefined}
              onInput={(e) => setText(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for={`${id}-gw`}>Why it matters to you (optional)</label>
            <input
              id={`${id}-gw`}
              maxLength={1000}
              value={reason}
              onInput={(e) => setReason(e.currentTarget.value)}
            />
          </div>
          <ErrorMessage>{goalError}</ErrorMessage>
          <button type="submit">Add goal</button>
        </form>
      </section>
    </>
  );
}
