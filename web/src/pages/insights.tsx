// Insights: patterns across the person's reflections, each an observation with its
// evidence, a question, and links to what it was drawn from. Dismissable; never a label.
import { useCallback, useEffect, useState } from "preact/hooks";
import { api, describeError } from "../api.js";
import { ErrorMessage, StatusMessage } from "../components/alert.js";
import { Link } from "../router.js";
import { formatDay, ReflectNav } from "../reflection/tools.js";
import type { Insight } from "../reflection/types.js";

export function InsightsPage() {
  const [data, setData] = useState<{ insights: Insight[]; dismissed: number } | null>(null);
  const [error, setError] = useState("");
  const [status, setStatus] = useState("");
  const [revisit, setRevisit] = useState(false);

  const load = useCallback(() => {
    api
      .insights()
      .then(setData)
      .catch((caught) => setError(describeError(caught)));
    api
      .goals()
      .then((g) => setRevisit(g.revisitDue.length > 0))
      .catch(() => undefined);
  }, []);
  useEffect(load, [load]);

  const dismiss = async (key: string) => {
    try {
      await api.dismissInsight(key);
      setStatus("Dismissed. It won't show again unless something new adds to it.");
      load();
    } catch (caught) {
      setError(describeError(caught));
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>Insights</h1>
      <ReflectNav />
      <p class="lead">
        Patterns drawn from your log, check-ins and writing. They are observations, not conclusions: only you
        know what they mean.
      </p>
      {revisit ? (
        <p class="notice">
          It's been a few weeks since you looked at your goals.{" "}
          <Link href="/reflect/goals">Look at them again</Link>
        </p>
      ) : null}
      <ErrorMessage>{error}</ErrorMessage>
      {status ? <StatusMessage>{status}</StatusMessage> : null}
      {data === null && !error ? <p>Loading…</p> : null}
      {data && data.insights.length === 0 ? (
        <p>
          Nothing to show yet. Insights appear once there is enough to go on, such as a few sessions in your
          therapy log, a couple of weeks of check-ins, or some self-checks over time.
        </p>
      ) : null}
      <ul class="insights">
        {(data?.insights ?? []).map((insight) => (
          <li key={insight.key}>
            <article class="insight panel" aria-label={insight.observation}>
              <p class="insight-observation">{insight.observation}</p>
              <p class="insight-question">{insight.question}</p>
              {insight.evidence.dates.length ? (
                <p class="hint">Dates: {insight.evidence.dates.map(formatDay).join(", ")}</p>
              ) : null}
              {insight.links.length ? (
                <>
                  <p class="hint">Drawn from:</p>
                  <ul class="insight-links">
                    {insight.links.map((l) => (
                      <li key={l.href}>
                        <a href={l.href}>{l.label}</a>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <button type="button" onClick={() => dismiss(insight.key)}>
                Dismiss<span class="visually-hidden"> this insight</span>
              </button>
            </article>
          </li>
        ))}
      </ul>
      {data && data.dismissed > 0 ? (
        <button
          type="button"
          class="link-button"
          onClick={() =>
            api
              .restoreInsights()
              .then(load)
              .catch((caught) => setError(describeError(caught)))
          }
        >
          Show {data.dismissed} dismissed insight{data.dismissed === 1 ? "" : "s"} again
        </button>
      ) : null}
    </>
  );
}
