// Take it to therapy: the person chooses what to include and gets a one-page summary with
// an opening sentence, to print (or save as PDF) or download as Markdown. It is put
// together here on the device and sent nowhere.
import { useEffect, useId, useMemo, useRef, useState } from "preact/hooks";
import { api, describeError } from "../api.js";
import { ErrorMessage } from "../components/alert.js";
import { buildSummary, DEFAULT_OPENER, summaryMarkdown, type Choices } from "../reflection/summary.js";
import { ReflectNav } from "../reflection/tools.js";
import type { TakeItMaterial } from "../reflection/types.js";

const today = new Intl.DateTimeFormat("en-GB", { dateStyle: "long" }).format(new Date());

/** "1 check-in", "3 check-ins", "none yet". */
function howMany(n: number, one: string, many = `${one}s`): string {
  return n === 0 ? "none yet" : `${n} ${n === 1 ? one : many}`;
}

export function TakeItToTherapyPage() {
  const id = useId();
  const [material, setMaterial] = useState<TakeItMaterial | null>(null);
  const [error, setError] = useState("");
  const [built, setBuilt] = useState(false);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const [choices, setChoices] = useState<Choices>({
    opener: DEFAULT_OPENER,
    insightKeys: [],
    mood: true,
    checks: true,
    goals: true,
    unsaid: false,
    toSay: "",
  });

  useEffect(() => {
    api
      .takeItMaterial()
      .then((m) => {
        setMaterial(m);
        setChoices((c) => ({ ...c, insightKeys: m.insights.map((i) => i.key) }));
      })
      .catch((caught) => setError(describeError(caught)));
  }, []);

  const summary = useMemo(
    () => (material ? buildSummary(material, choices, today) : null),
    [material, choices],
  );
  const flag = (key: "mood" | "checks" | "goals" | "unsaid") => (
    <input
      type="checkbox"
      checked={choices[key]}
      onChange={() => setChoices({ ...choices, [key]: !choices[key] })}
    />
  );

  const download = () => {
    if (!summary) return;
    const url = URL.createObjectURL(
      new Blob([summaryMarkdown(summary)], { type: "text/markdown;charset=utf-8" }),
    );
    const a = document.createElement("a");
    a.href = url;
    a.download = "take-it-to-therapy.md";
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <>
      <h1 tabIndex={-1}>Take it to therapy</h1>
      <ReflectNav />
      <div class="take-it-builder">
        <p class="lead">
          Choose what to bring to your next session. The page is put together here on your device and goes
          nowhere unless you print it, save it or show it.
        </p>
        <ErrorMessage>{error}</ErrorMessage>
        {material === null && !error ? <p>Loading…</p> : null}
        {material ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              setBuilt(true);
              // Take keyboard and screen-reader users straight to the page they asked for.
              requestAnimationFrame(() => summaryHeading.current?.focus());
            }}
          >
            <div class="field">
              <label for={`${id}-opener`}>An opening sentence you could start with</label>
              <textarea
                id={`${id}-opener`}
                // Tall enough to show the suggested sentence whole on a 360 px phone.
                rows={7}
                value={choices.opener}
                onInput={(e) => setChoices({ ...choices, opener: e.currentTarget.value })}
              />
            </div>
            <fieldset>
              <legend>What to include</legend>
              {material.insights.map((insight) => (
                <label key={insight.key} class="check">
                  <input
                    type="checkbox"
                    checked={choices.insightKeys.includes(insight.key)}
                    onChange={() =>
                      setChoices({
                        ...choices,
                        insightKeys: choices.insightKeys.includes(insight.key)
                          ? choices.insightKeys.filter((k) => k !== insight.key)
                          : [...choices.insightKeys, insight.key],
                      })
                    }
                  />
                  <span>Insight: {insight.observation}</span>
                </label>
              ))}
              <label class="check">
                {flag("mood")}
                <span>My mood over the last month ({howMany(material.mood.count, "check-in")})</span>
              </label>
              <label class="check">
                {flag("checks")}
                <span>My latest self-check results ({howMany(material.checks.length, "result")})</span>
              </label>
              <label class="check">
                {flag("goals")}
                <span>My goals and why I started</span>
              </label>
              <label class="check">
                {flag("unsaid")}
                <span>
                  Things I noted as left unsaid in recent sessions (
                  {howMany(material.sessions.unsaid.length, "note")})
                </span>
              </label>
            </fieldset>
            <div class="field">
              <label for={`${id}-say`}>Things I want to say (optional, one per line)</label>
              <textarea
                id={`${id}-say`}
                rows={4}
                value={choices.toSay}
                onInput={(e) => setChoices({ ...choices, toSay: e.currentTarget.value })}
              />
            </div>
            <button type="submit" class="primary">
              Build my page
            </button>
          </form>
        ) : null}
      </div>
      {built && summary ? (
        <section class="take-it-summary" aria-labelledby={`${id}-summary`}>
          <h2 id={`${id}-summary`} ref={summaryHeading} tabIndex={-1}>
            {summary.title}
          </h2>
          <blockquote class="opener">
            <p>{summary.opener}</p>
          </blockquote>
          {summary.sections.map((section) => (
            <section key={section.heading}>
              <h3>{section.heading}</h3>
              <ul>
                {section.items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            </section>
          ))}
          <p class="hint">Written by me with Asclepiad, a reflection companion. Not a diagnosis.</p>
          <div class="actions no-print">
            <button type="button" class="primary" onClick={() => window.print()}>
              Print or save as PDF
            </button>
            <button type="button" onClick={download}>
              Download as Markdown (plain text)
            </button>
          </div>
        </section>
      ) : null}
    </>
  );
}
