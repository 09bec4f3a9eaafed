// Self-checks: three short sets of statements, each scored and kept over time, with a
// gentle reflection and what might help. Never a diagnosis.
import { useCallback, useEffect, useId, useState } from "preact/hooks";
import { api, describeError } from "../api.js";
import { ErrorMessage } from "../components/alert.js";
import { formatDate } from "../format.js";
import { ReflectNav, useScrollToHash } from "../reflection/tools.js";
import type { CheckDefinition, CheckResult } from "../reflection/types.js";

function Result({ result }: { result: CheckResult }) {
  return (
    <div class="check-result" role="status">
      <h3>{result.headline}</h3>
      <p>{result.reflection}</p>
      <p>What might help:</p>
      <ul>
        {result.mightHelp.map((h) => (
          <li key={h}>{h}</li>
        ))}
      </ul>
      <p class="hint">This reflects how things feel right now. It isn't a diagnosis, and it can change.</p>
    </div>
  );
}

function CheckForm({ definition, onSaved }: { definition: CheckDefinition; onSaved: () => void }) {
  const id = useId();
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState("");
  const submit = async (event: Event) => {
    event.preventDefault();
    setError("");
    try {
      const { check } = await api.addCheck(definition.kind, answers);
      setResult(check);
      setAnswers({});
      onSaved();
    } catch (caught) {
      setError(describeError(caught));
    }
  };
  return (
    <form onSubmit={submit}>
      <p>{definition.intro}</p>
      {definition.questions.map((q) => (
        <fieldset key={q.id} class="question">
          <legend>{q.text}</legend>
          <div class="chips">
            {q.options.map((o) => (
              <label key={o.value} class="chip">
                <input
                  type="radio"
                  name={`${id}-${q.id}`}
                  checked={answers[q.id] === o.value}
                  onChange={() => setAnswers({ ...answers, [q.id]: o.value })}
                />
                <span>{o.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <ErrorMessage>{error}</ErrorMessage>
      <button type="submit" class="primary">
        See my result
      </button>
      {result ? <Result result={result} /> : null}
    </form>
  );
}

export function SelfChecksPage() {
  const [definitions, setDefinitions] = useState<CheckDefinition[]>([]);
  const [results, setResults] = useState<CheckResult[] | null>(null);
  const [error, setError] = useState("");
  const load = useCallback(() => {
    api
      .checks()
      .then((r) => setResults(r.checks))
      .catch((caught) => setError(describeError(caught)));
  }, []);
  useEffect(() => {
    api
      .checkQuestions()
      .then((r) => setDefinitions(r.checks))
      .catch((caught) => setError(describeError(caught)));
    load();
  }, [load]);
  useScrollToHash(results !== null);

  return (
    <>
      <h1 tabIndex={-1}>Self-checks</h1>
      <ReflectNav />
      <p class="lead">
        Short check-ins in plain words. Take one whenever you like; your results are kept so you can see how
        things change.
      </p>
      <ErrorMessage>{error}</ErrorMessage>
      {definitions.map((definition) => {
        const past = (results ?? []).filter((r) => r.kind === definition.kind).reverse();
        return (
          <section key={definition.kind} class="panel" aria-labelledby={`check-${definition.kind}`}>
            <h2 id={`check-${definition.kind}`}>{definition.title}</h2>
            <details>
              <summary>Take this check</summary>
              <CheckForm definition={definition} onSaved={load} />
            </details>
            {past.length ? (
              <>
                <h3>Your earlier results</h3>
                <ul class="entries">
                  {past.map((r) => (
                    <li key={r.id} id={`check-${r.id}`} tabIndex={-1}>
                      {formatDate(r.createdAt)}: {r.headline}
                      {r.kind === "alliance"
                        ? ` (bond ${r.scores.bond}, goals ${r.scores.goals}, tasks ${r.scores.tasks}, out of 5)`
                        : r.kind === "stalled"
                          ? ` (${r.scores.total} out of 18)`
                          : ""}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
