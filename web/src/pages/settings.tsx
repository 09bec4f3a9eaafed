// Settings: the country that picks helplines, the account key, signing out, and deleting it all.
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { api, describeError } from "../api.js";
import { ErrorMessage, StatusMessage } from "../components/alert.js";
import { CountrySelect } from "../components/country-select.js";
import { KeyReveal } from "../components/key-reveal.js";
import { setFlash } from "../flash.js";
import { countryInSentence } from "../format.js";
import { navigate } from "../router.js";
import { forgetLocalData, useApp } from "../state.js";

type Result = { ok: true; text: string } | { ok: false; text: string } | null;

function Outcome({ result }: { result: Result }) {
  if (!result) return null;
  return result.ok ? (
    <StatusMessage>{result.text}</StatusMessage>
  ) : (
    <ErrorMessage>{result.text}</ErrorMessage>
  );
}

export function SettingsPage() {
  const { config, account, setAccount } = useApp();
  const id = useId();
  const [country, setCountry] = useState(account?.country ?? "");
  const [countryResult, setCountryResult] = useState<Result>(null);
  const [newKey, setNewKey] = useState<string | null>(null);
  const [keyResult, setKeyResult] = useState<Result>(null);
  const [sessionResult, setSessionResult] = useState<Result>(null);
  const [confirmText, setConfirmText] = useState("");
  const [deleteResult, setDeleteResult] = useState<Result>(null);
  const [busy, setBusy] = useState(false);
  // The key section's heading: focus goes there when a new key appears and when it is put away,
  // because the button that was pressed is replaced and focus would otherwise fall to the page.
  const keyHeading = useRef<HTMLHeadingElement>(null);
  const keyShown = useRef(false);

  useEffect(() => {
    if (newKey === null && !keyShown.current) return;
    keyShown.current = true;
    keyHeading.current?.focus();
  }, [newKey]);

  useEffect(() => setCountry(account?.country ?? ""), [account?.country]);

  const countryName = (code: string) => config?.countries.find((c) => c.code === code)?.name ?? code;

  const saveCountry = async (event: Event) => {
    event.preventDefault();
    if (!country) {
      setCountryResult({ ok: false, text: "Please choose a country first." });
      return;
    }
    try {
      const result = await api.setCountry(country);
      setAccount(result.account);
      setCountryResult({
        ok: true,
        text: `Saved. Get help now will show helplines for ${countryInSentence(countryName(country))}.`,
      });
    } catch (caught) {
      setCountryResult({ ok: false, text: describeError(caught) });
    }
  };

  const leave = (message: string) => {
    forgetLocalData();
    setFlash(message);
    setAccount(null);
    navigate("/", { replace: true });
  };

  const logOut = async (everywhere: boolean) => {
    if (busy) return;
    setBusy(true);
    try {
      await (everywhere ? api.logOutEverywhere() : api.logOut());
      leave(
        everywhere
          ? "You've been signed out on every device. Your account key still works to come back."
          : "You've been signed out. Your account key still works to come back.",
      );
    } catch (caught) {
      setSessionResult({ ok: false, text: describeError(caught) });
    } finally {
      setBusy(false);
    }
  };

  const rotateKey = async () => {
    if (busy) return;
    setBusy(true);
    setKeyResult(null);
    try {
      const result = await api.rotateKey();
      setNewKey(result.accountKey);
    } catch (caught) {
      setKeyResult({ ok: false, text: describeError(caught) });
    } finally {
      setBusy(false);
    }
  };

  const deleteAccount = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (confirmText.trim() !== "DELETE") {
      setDeleteResult({ ok: false, text: "To delete your account, type DELETE in capital letters first." });
      return;
    }
    setBusy(true);
    try {
      await api.deleteAccount();
      leave("Your account and everything in it have been deleted. Take care of yourself.");
    } catch (caught) {
      setDeleteResult({ ok: false, text: describeError(caught) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>Settings</h1>

      <section aria-labelledby={`${id}-country-h`} class="panel">
        <h2 id={`${id}-country-h`}>Your country</h2>
        <form onSubmit={saveCountry}>
          <div class="field">
            <label for={`${id}-country`}>Country for helplines</label>
            {config ? (
              <CountrySelect
                id={`${id}-country`}
                countries={config.countries}
                value={country}
                onChange={setCountry}
              />
            ) : null}
          </div>
          <Outcome result={countryResult} />
          <button type="submit">Save country</button>
        </form>
      </section>

      <section aria-labelledby={`${id}-key-h`} class="panel">
        <h2 id={`${id}-key-h`} ref={keyHeading} tabIndex={-1}>
          Your account key
        </h2>
        {newKey ? (
          <KeyReveal
            accountKey={newKey}
            continueLabel="Done"
            onContinue={() => {
              setNewKey(null);
              setKeyResult({ ok: true, text: "Your new key is in use. The old one no longer works." });
            }}
          />
        ) : (
          <>
            <p>
              If you've lost your key, or think someone else has seen it, make a new one. The old key stops
              working straight away.
            </p>
            <Outcome result={keyResult} />
            <button type="button" onClick={rotateKey} aria-disabled={busy ? "true" : undefined}>
              Make a new key
            </button>
          </>
        )}
      </section>

      <section aria-labelledby={`${id}-out-h`} class="panel">
        <h2 id={`${id}-out-h`}>Signing out</h2>
        <p>Sign out here, or on every device where you've signed in with your key.</p>
        <Outcome result={sessionResult} />
        <div class="actions">
          <button type="button" onClick={() => logOut(false)} aria-disabled={busy ? "true" : undefined}>
            Sign out
          </button>
          <button type="button" onClick={() => logOut(true)} aria-disabled={busy ? "true" : undefined}>
            Sign out everywhere
          </button>
        </div>
      </section>

      <section aria-labelledby={`${id}-data-h`} class="panel">
        <h2 id={`${id}-data-h`}>Your data</h2>
        <p>
          Download everything Asclepiad holds about you: your conversations, what Maia remembers, and the
          rest. The file holds what you wrote, so keep it somewhere private.
        </p>
        <div class="actions">
          <a class="button" href="/api/account/export?format=markdown" download>
            Download a copy to read (plain text)
          </a>
          <a class="button" href="/api/account/export" download>
            Download everything for another app (JSON)
          </a>
        </div>
      </section>

      <section aria-labelledby={`${id}-delete-h`} class="panel panel-danger">
        <h2 id={`${id}-delete-h`}>Delete your account</h2>
        <p>
          This deletes your account and everything in it, including every conversation with Maia. It can't be
          undone, and we can't bring anything back.
        </p>
        <form onSubmit={deleteAccount} noValidate>
          <div class="field">
            <label for={`${id}-confirm`}>Type DELETE to confirm</label>
            <input
              id={`${id}-confirm`}
              type="text"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck={false}
              value={confirmText}
              onInput={(event) => setConfirmText(event.currentTarget.value)}
            />
          </div>
          <Outcome result={deleteResult} />
          <button type="submit" class="danger" aria-disabled={busy ? "true" : undefined}>
            Delete my account
          </button>
        </form>
      </section>
    </>
  );
}
