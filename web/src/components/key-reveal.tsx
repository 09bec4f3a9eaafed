// Shows a freshly made account key exactly once, with ways to keep it, and holds the person here
// until they say they have saved it: there is no other way back into an anonymous account.
import { useId, useState } from "preact/hooks";

interface Props {
  accountKey: string;
  onContinue: () => void;
  continueLabel?: string;
}

export function KeyReveal({ accountKey, onContinue, continueLabel = "Continue" }: Props) {
  const [saved, setSaved] = useState(false);
  const [note, setNote] = useState("");
  const keyId = useId();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(accountKey);
      setNote("Copied. Paste it somewhere private, like a password manager.");
    } catch {
      setNote("Copying didn't work here. Please select the key and copy it, or write it down.");
    }
  };

  const download = () => {
    const text =
      `Your Asclepiad account key\n\n${accountKey}\n\n` +
      "This key is the only way back into your account. Keep it somewhere private:\n" +
      "anyone who has it can open your account, and we cannot recover it for you.\n";
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "asclepiad-account-key.txt";
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setNote("Downloaded as asclepiad-account-key.txt.");
  };

  return (
    <div class="key-reveal">
      <p>
        This is your account key. It's the only way back in: there is no email or password to reset. We'll
        show it just this once.
      </p>
      <figure class="account-key">
        <figcaption>Your account key</figcaption>
        <code id={keyId}>{accountKey}</code>
      </figure>
      <div class="actions">
        <button type="button" onClick={copy}>
          Copy
        </button>
        <button type="button" onClick={download}>
          Download as text
        </button>
      </div>
      <p class="message message-status" role="status">
        {note}
      </p>
      <p class="hint">
        You can also write it down. When you sign in, spaces, dashes and capital letters don't matter.
      </p>
      <div class="field field-check">
        <input
          type="checkbox"
          id={`${keyId}-saved`}
          checked={saved}
          onChange={(event) => setSaved(event.currentTarget.checked)}
        />
        <label for={`${keyId}-saved`}>I have saved my key</label>
      </div>
      <button type="button" class="primary" disabled={!saved} onClick={onContinue}>
        {continueLabel}
      </button>
    </div>
  );
}
