// Coming back: type or paste the account key. The server forgives spaces, dashes and case.
import { useId, useState } from "preact/hooks";
import { api, describeError } from "../api.js";
import { ErrorMessage } from "../components/alert.js";
import { Link, navigate, useLocation } from "../router.js";
import { useApp } from "../state.js";

export function SignInPage() {
  const { setAccount } = useApp();
  const { query } = useLocation();
  const [key, setKey] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const id = useId();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!key.trim()) {
      setError("Please type or paste your account key.");
      return;
    }
    setBusy(true);
    setError("");
    try {
      const result = await api.signIn(key.trim());
      setAccount(result.account);
      const next = query.get("next");
      navigate(next && next.startsWith("/") && !next.startsWith("//") ? next : "/home", { replace: true });
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>Sign in with your account key</h1>
      <form onSubmit={submit} noValidate class="panel">
        <div class="field">
          <label for={`${id}-key`}>Account key</label>
          <p class="hint" id={`${id}-hint`}>
            Spaces, dashes and capital letters don't matter.
          </p>
          <input
            id={`${id}-key`}
            type="text"
            class="key-input"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={error ? true : undefined}
            value={key}
            onInput={(event) => setKey(event.currentTarget.value)}
          />
        </div>
        <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>
        <button type="submit" class="primary" aria-disabled={busy ? "true" : undefined}>
          Sign in
        </button>
      </form>
      <p>
        No key yet? <Link href="/">Start anonymously</Link>
      </p>
    </>
  );
}
