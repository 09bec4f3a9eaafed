// The mood chart: an inline SVG (no chart library, nothing inline that CSP forbids) with a
// plain-language title and summary for screen readers, therapy sessions marked as dashed
// lines, and the same data as a table beside it for anyone who prefers reading numbers.
import { useId } from "preact/hooks";
import { formatDateTime } from "../format.js";
import { formatDay, label } from "./tools.js";
import type { MoodCheckIn, SessionMarker } from "./types.js";

const W = 640;
const H = 260;
const PAD = { left: 36, right: 12, top: 20, bottom: 28 };
const DAY = 86_400_000;

export function summariseMood(checkIns: MoodCheckIn[], sessions: SessionMarker[], days: number): string {
  if (checkIns.length === 0)
    return `No check-ins in the last ${days} days${sessions.length ? `; ${sessions.length} therapy session${sessions.length === 1 ? "" : "s"} logged` : ""}.`;
  const ratings = checkIns.map((c) => c.rating);
  const avg = Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10;
  return (
    `${checkIns.length} check-in${checkIns.length === 1 ? "" : "s"} in the last ${days} days, ` +
    `averaging ${avg} out of 10 (lowest ${Math.min(...ratings)}, highest ${Math.max(...ratings)}); ` +
    `${sessions.length} therapy session${sessions.length === 1 ? "" : "s"} marked.`
  );
}

export function MoodChart(props: {
  checkIns: MoodCheckIn[];
  sessions: SessionMarker[];
  days: number;
  now: number;
}) {
  const id = useId();
  const { checkIns, sessions, days, now } = props;
  const start = now - days * DAY;
  const x = (t: number) => PAD.left + ((t - start) / (now - start)) * (W - PAD.left - PAD.right);
  const y = (r: number) => PAD.top + ((10 - r) / 9) * (H - PAD.top - PAD.bottom);
  const points = checkIns.map((c) => `${x(c.at).toFixed(1)},${y(c.rating).toFixed(1)}`).join(" ");
  const title = `Mood over the last ${days} days`;
  return (
    <figure class="mood-figure">
      <svg
        class="mood-chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{summariseMood(checkIns, sessions, days)}</desc>
        {[1, 4, 7, 10].map((r) => (
          <g key={r} class="mood-grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(r)} y2={y(r)} />
            <text x={PAD.left - 8} y={y(r) + 4} text-anchor="end">
              {r}
            </text>
          </g>
        ))}
        {sessions.map((s) => {
          const sx = x(Date.parse(`${s.date}T12:00:00Z`));
          return (
            <g key={s.id} class={`session-marker session-${s.attendance}`}>
              <line x1={sx} x2={sx} y1={PAD.top} y2={H - PAD.bottom} />
              <title>{`Therapy session, ${formatDay(s.date)} (${label(s.attendance).toLowerCase()})`}</title>
            </g>
          );
        })}
        {checkIns.length > 1 ? <polyline class="mood-line" points={points} /> : null}
        {checkIns.map((c) => (
          <circle key={c.id} class="mood-point" cx={x(c.at)} cy={y(c.rating)} r={5} data-rating={c.rating}>
            <title>{`${formatDateTime(c.at)}: ${c.rating} out of 10`}</title>
          </circle>
        ))}
        <text class="mood-axis" x={PAD.left} y={H - 8}>
          {days} days ago
        </text>
        <text class="mood-axis" x={W - PAD.right} y={H - 8} text-anchor="end">
          Today
        </text>
      </svg>
      <figcaption class="hint">
        Dots are check-ins; dashed lines are therapy sessions from your log.
      </figcaption>
    </figure>
  );
}

const MOOD_COLUMNS = ["When", "Rating", "Feelings", "Note"];

export function MoodTable(props: { checkIns: MoodCheckIn[]; days: number; onDelete?: (id: string) => void }) {
  const { checkIns, days } = props;
  if (checkIns.length === 0) return null;
  // The explicit roles keep this a table for screen readers on a phone, where CSS stacks each
  // row into a short block (some browsers drop table semantics when display changes).
  return (
    <div class="table-wrap">
      <table class="mood-table" role="table">
        <caption>Your check-ins over the last {days} days</caption>
        <thead role="rowgroup">
          <tr role="row">
            {[...MOOD_COLUMNS, ...(props.onDelete ? ["Remove"] : [])].map((name) => (
              <th key={name} scope="col" role="columnheader">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {[...checkIns].reverse().map((c) => (
            <tr key={c.id} id={`mood-${c.id}`} role="row">
              <td role="cell" class="mood-when">
                {formatDateTime(c.at)}
              </td>
              <td role="cell" data-label="Rating">
                {c.rating} out of 10
              </td>
              <td role="cell" data-label="Feelings">
                {c.feelings.length > 0 ? c.feelings.join(", ") : null}
              </td>
              <td role="cell" data-label="Note">
                {c.note || null}
              </td>
              {props.onDelete ? (
                <td role="cell">
                  <button type="button" class="link-button" onClick={() => props.onDelete!(c.id)}>
                    Delete<span class="visually-hidden"> check-in from {formatDateTime(c.at)}</span>
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
