// Mood: a check-in in a few taps (a number, some words if they fit, a note if wanted), and
// the chart and table over 7, 30 or 90 days with therapy sessions marked. Deleting a check-in
// asks first, as every delete in the app does.
import { useCallback, useEffect, useId, useRef, useState } from "preact/hooks";
import { api, describeError } from "../api.js";
import { ErrorMessage, StatusMessage } from "../components/alert.js";
import { ConfirmDialog } from "../components/confirm-dialog.js";
import { formatDateTime } from "../format.js";
import { MoodChart, MoodTable } from "../reflection/mood-chart.js";
import { ReflectNav, useScrollToHash } from "../reflection/tools.js";
import type { FeelingGroup, MoodCheckIn, SessionMarker } from "../reflection/types.js";

const RANGES = [7, 30, 90] as const;

export function MoodPage() {
  const id = useId();
  const [groups, setGroups] = useState<FeelingGroup[]>([]);
  const [rating, setRating] = useState<number | null>(null);
  const [feelings, setFeelings] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const [days, setDays] = useState<(typeof RANGES)[number]>(7);
  const [data, setData] = useState<{
    checkIns: MoodCheckIn[];
    sessions: SessionMarker[];
    now: number;
  } | null>(null);
  const [error, setError] = useState("");
  const [status, setStatus] = useState("");
  const [listError, setListError] = useState("");
  const [listStatus, setListStatus] = useState("");
  const [toDelete, setToDelete] = useState<MoodCheckIn | null>(null);
  const chartHeading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(() => {
    api
      .moods(days)
      .then((result) => setData({ ...result, now: Date.now() }))
      .catch((caught) => setError(describeError(caught)));
  }, [days]);

  useEffect(() => {
    api
      .feelingGroups()
      .then((result) => setGroups(result.groups))
      .catch((caught) => setError(describeError(caught)));
  }, []);
  useEffect(load, [load]);
  useScrollToHash(data !== null);

  const toggle = (word: string) =>
    setFeelings((current) =>
      current.includes(word) ? current.filter((w) => w !== word) : [...current, word],
    );

  const save = async (event: Event) => {
    event.preventDefault();
    setError("");
    setStatus("");
    setListStatus("");
    if (rating === null) {
      setError("Choose a number from 1 to 10 first.");
      return;
    }
    try {
      await api.addMood({ rating, feelings, note: note.trim() || null });
      setRating(null);
      setFeelings([]);
      setNote("");
      setStatus("Check-in saved.");
      load();
    } catch (caught) {
      setError(describeError(caught));
    }
  };

  const confirmDelete = async () => {
    const checkIn = toDelete;
    setToDelete(null);
    if (!checkIn) return;
    setListError("");
    setListStatus("");
    try {
      await api.deleteMood(checkIn.id);
      setListStatus("Check-in deleted.");
      load();
      chartHeading.current?.focus();
    } catch (caught) {
      setListError(describeError(caught));
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>Mood</h1>
      <ReflectNav />
      <section class="panel" aria-labelledby={`${id}-new`}>
        <h2 id={`${id}-new`}>Check in</h2>
        <form onSubmit={save}>
          <fieldset class="rating">
            <legend>How are you, from 1 (very low) to 10 (very good)?</legend>
            <div class="rating-options">
              {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
                <label key={n} class="rating-option">
                  <input
                    type="radio"
                    name={`${id}-rating`}
                    value={n}
                    checked={rating === n}
                    onChange={() => setRating(n)}
                  />
                  <span>{n}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset class="feelings">
            <legend>Any words that fit? (optional)</legend>
            {groups.map((group) => (
              <details key={group.id} class="feeling-group">
                <summary>
                  {group.label}
                  {group.words.some((w) => feelings.includes(w)) ? (
                    <span class="hint"> ({group.words.filter((w) => feelings.includes(w)).join(", ")})</span>
                  ) : null}
                </summary>
                <div class="chips">
                  {group.words.map((word) => (
                    <label key={word} class="chip">
                      <input
                        type="checkbox"
                        checked={feelings.includes(word)}
                        onChange={() => toggle(word)}
                      />
                      <span>{word}</span>
                    </label>
                  ))}
                </div>
              </details>
            ))}
          </fieldset>
          <div class="field">
            <label for={`${id}-note`}>A note (optional)</label>
            <textarea
              id={`${id}-note`}
              rows={2}
              maxLength={2000}
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          </div>
          <ErrorMessage>{error}</ErrorMessage>
          {status ? <StatusMessage>{status}</StatusMessage> : null}
          <button type="submit" class="primary">
            Save check-in
          </button>
        </form>
      </section>

      <section aria-labelledby={`${id}-chart`}>
        <h2 id={`${id}-chart`} ref={chartHeading} tabIndex={-1}>
          Over time
        </h2>
        <fieldset class="range">
          <legend>Show the last</legend>
          {RANGES.map((r) => (
            <label key={r} class="chip">
              <input type="radio" name={`${id}-range`} checked={days === r} onChange={() => setDays(r)} />
              <span>{r} days</span>
            </label>
          ))}
        </fieldset>
        <ErrorMessage>{listError}</ErrorMessage>
        {listStatus ? <StatusMessage>{listStatus}</StatusMessage> : null}
        {data ? (
          <>
            <MoodChart checkIns={data.checkIns} sessions={data.sessions} days={days} now={data.now} />
            {data.checkIns.length === 0 ? (
              <p>No check-ins in the last {days} days. When you check in, it will show here.</p>
            ) : null}
            <MoodTable
              checkIns={data.checkIns}
              days={days}
              onDelete={(checkInId) => setToDelete(data.checkIns.find((c) => c.id === checkInId) ?? null)}
            />
          </>
        ) : (
          <p>Loading…</p>
        )}
      </section>
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this check-in?"
        confirmLabel="Delete check-in"
        cancelLabel="Keep it"
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      >
        <p>
          The check-in from {toDelete ? formatDateTime(toDelete.at) : ""} will be gone for good. Nothing else
          is changed.
        </p>
      </ConfirmDialog>
    </>
  );
}
