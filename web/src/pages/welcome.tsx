// The front door: what Asclepiad is and is not, in plain words, and one step to start anonymously.
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { api, describeError } from "../api.js";
import { ErrorMessage, StatusMessage } from "../components/alert.js";
import { CountrySelect } from "../components/country-select.js";
import { takeFlash } from "../flash.js";
import { Link, navigate } from "../router.js";
import { useApp } from "../state.js";
import { holdNewKey } from "./key.js";

export function WelcomePage() {
  const { config, setAccount } = useApp();
  const [ageConfirmed, setAgeConfirmed] = useState(false);
  const [country, setCountry] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const [flash] = useState(takeFlash);
  const id = useId();
  const ageBox = useRef<HTMLInputElement>(null);
  const minAge = config?.minAge ?? 18;

  useEffect(() => {
    if (config?.defaultCountry && country === "") setCountry(config.defaultCountry);
  }, [config]);

  const start = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!ageConfirmed) {
      setError(`Please confirm that you are ${minAge} or older to start.`);
      // Take the person to the box that needs ticking; the message is its description.
      ageBox.current?.focus();
      return;
    }
    setBusy(true);
    setError("");
    try {
      const result = await api.startAccount(country || null);
      holdNewKey(result.accountKey);
      setAccount(result.account);
      navigate("/key");
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>A quiet place to reflect</h1>
      {flash ? <StatusMessage>{flash}</StatusMessage> : null}
      <p class="lead">
        Asclepiad is for people for whom therapy hasn't worked, or hasn't worked yet. Write whenever you like,
        at your own pace. <strong>Reflect. Discover. Become.</strong>
      </p>

      <section aria-labelledby={`${id}-is`}>
        <h2 id={`${id}-is`}>What it is</h2>
        <ul>
          <li>
            A reflection companion called Maia. Maia is an AI: it listens, reflects back what it hears and
            follows where you want to go. No script, no worksheets.
          </li>
          <li>
            A way to put into words what gets in the way of help, so you can take it back to a therapist if
            you choose.
          </li>
          <li>
            Anonymous. We never ask for your email, name or phone number. You get an account key instead.
          </li>
        </ul>
      </section>

      <section aria-labelledby={`${id}-not`}>
        <h2 id={`${id}-not`}>What it is not</h2>
        <ul>
          <li>It isn't therapy, and it doesn't diagnose or advise on treatment.</li>
          <li>
            It isn't a crisis service. If you might be in danger, <a href="/help">Get help now</a> shows
            helplines you can reach straight away, at any hour.
          </li>
        </ul>
      </section>

      <section aria-labelledby={`${id}-start`} class="panel">
        <h2 id={`${id}-start`}>Start anonymously</h2>
        {config?.trialDays ? (
          <p>The first {config.trialDays} days are free, and you don't need to give any personal details.</p>
        ) : null}
        <form onSubmit={start} noValidate>
          <div class="field field-check">
            <input
              type="checkbox"
              id={`${id}-age`}
              ref={ageBox}
              checked={ageConfirmed}
              aria-invalid={error && !ageConfirmed ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(event) => setAgeConfirmed(event.currentTarget.checked)}
            />
            <label for={`${id}-age`}>I am {minAge} or older</label>
          </div>
          {config && config.countries.length > 0 ? (
            <div class="field">
              <label for={`${id}-country`}>Your country</label>
              <p class="hint" id={`${id}-country-hint`}>
                So we can show helplines near you. You can change it later.
              </p>
              <CountrySelect
                id={`${id}-country`}
                countries={config.countries}
                value={country}
                onChange={setCountry}
                describedBy={`${id}-country-hint`}
              />
            </div>
          ) : null}
          <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>
          <button type="submit" class="primary" aria-disabled={busy ? "true" : undefined}>
            Start anonymously
          </button>
        </form>
        <p>
          <Link href="/signin">I have an account key</Link>
        </p>
      </section>
    </>
  );
}
