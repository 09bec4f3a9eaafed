// The page right after starting: the new account key, shown once. The key lives only in memory,
// so a reload cannot show it again (a new one can be made in Settings).
import { KeyReveal } from "../components/key-reveal.js";
import { Link, navigate } from "../router.js";

let newKey: string | null = null;

/** Hands a just-created key to the key page, which shows it once. */
export function holdNewKey(key: string): void {
  newKey = key;
}

export function KeyPage() {
  const key = newKey;
  if (!key) {
    return (
      <>
        <h1 tabIndex={-1}>Your account key</h1>
        <p>
          For your privacy, your key is only shown once, and this page has been reloaded or opened again. If
          you didn't save it, you can make a new one in <Link href="/settings">Settings</Link> while you're
          signed in.
        </p>
        <p>
          <Link href="/home">Go to your space</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 tabIndex={-1}>Save your account key</h1>
      <KeyReveal
        accountKey={key}
        onContinue={() => {
          newKey = null;
          navigate("/home", { replace: true });
        }}
      />
    </>
  );
}
