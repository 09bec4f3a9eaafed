// AsclepiCoins: what you have, the trial, what a reply costs, your history, and the two ways to
// top up: a voucher (anonymous) or, when this instance sells them, a coin pack by card.
import { useEffect, useId, useState } from "preact/hooks";
import { describeError } from "../api.js";
import { ErrorMessage, StatusMessage } from "../components/alert.js";
import {
  coins,
  coinsApi,
  describeEntry,
  describePack,
  describePrice,
  howToGetCoins,
  type CoinsSummary,
} from "../coins/api.js";
import "../coins/coins.css";
import { formatDate, formatDateTime, isoDate } from "../format.js";

export function CoinsPage() {
  const id = useId();
  const [summary, setSummary] = useState<CoinsSummary | null>(null);
  const [loadError, setLoadError] = useState("");
  const [code, setCode] = useState("");
  const [redeemError, setRedeemError] = useState("");
  const [status, setStatus] = useState(() => {
    const params = new URLSearchParams(location.search);
    if (params.has("paid"))
      return "Thank you. Your coins will appear here as soon as the payment is confirmed.";
    if (params.has("cancelled")) return "The payment was cancelled. Nothing was charged.";
    return "";
  });
  const [busy, setBusy] = useState(false);
  const [buyError, setBuyError] = useState("");

  const load = () =>
    coinsApi
      .summary()
      .then((s) => {
        setSummary(s);
        setLoadError("");
      })
      .catch((caught) => setLoadError(describeError(caught)));

  useEffect(() => {
    void load();
  }, []);

  const redeem = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!code.trim()) {
      setRedeemError("Type or paste your voucher code first.");
      return;
    }
    setBusy(true);
    setRedeemError("");
    try {
      const result = await coinsApi.redeem(code.trim());
      setCode("");
      setStatus(`Voucher redeemed: ${coins(result.coins)} added. You now have ${coins(result.balance)}.`);
      await load();
    } catch (caught) {
      setRedeemError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  const buy = async (packId: string) => {
    if (busy) return;
    setBuyError("");
    setBusy(true);
    try {
      const { url } = await coinsApi.checkout(packId);
      location.assign(url);
    } catch (caught) {
      setBuyError(describeError(caught));
      setBusy(false);
    }
  };

  const hint = summary ? howToGetCoins(summary) : null;

  return (
    <>
      <h1 tabIndex={-1}>AsclepiCoins</h1>
      <p class="lead">
        Pay only for Maia's replies. Coins never expire. Help and the helplines are always free.
      </p>
      <ErrorMessage>{loadError}</ErrorMessage>
      {status ? <StatusMessage>{status}</StatusMessage> : null}

      {summary ? (
        <dl class="coin-facts">
          <div>
            <dt>Your balance</dt>
            <dd>
              {coins(summary.balance)}
              {summary.held > 0 ? ` (and ${coins(summary.held)} set aside for replies being written)` : ""}
            </dd>
          </div>
          <div>
            <dt>Free trial</dt>
            <dd>
              {summary.trial.active
                ? `${summary.trial.daysLeft} ${summary.trial.daysLeft === 1 ? "day" : "days"} left, until ${formatDate(summary.trial.endsAt)}.` +
                  (summary.trial.repliesLeftToday === null
                    ? ""
                    : ` ${summary.trial.repliesLeftToday} of ${summary.trial.dailyReplies} free replies left today; more from ${formatDateTime(summary.trial.resetsAt)}.`)
                : "Your free trial has ended."}
            </dd>
          </div>
          <div>
            <dt>Price</dt>
            <dd>
              {describePrice(summary.price)}. A reply that fails, and any reply when you might need help,
              costs nothing.
            </dd>
          </div>
        </dl>
      ) : null}

      <section aria-labelledby={`${id}-redeem`}>
        <h2 id={`${id}-redeem`}>Redeem a voucher</h2>
        {hint ? <p>{hint}</p> : null}
        <form onSubmit={redeem} class="redeem">
          <div class="field">
            <label for={`${id}-code`}>Voucher code</label>
            <p class="hint" id={`${id}-code-hint`}>
              16 letters and digits. Spaces, dashes and capital letters don't matter.
            </p>
            <input
              id={`${id}-code`}
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellcheck={false}
              maxLength={64}
              aria-describedby={redeemError ? `${id}-code-hint ${id}-code-error` : `${id}-code-hint`}
              aria-invalid={redeemError ? true : undefined}
              value={code}
              onInput={(event) => setCode(event.currentTarget.value)}
            />
          </div>
          <ErrorMessage id={`${id}-code-error`}>{redeemError}</ErrorMessage>
          <div class="actions">
            <button type="submit" class="primary" aria-disabled={busy ? "true" : undefined}>
              Redeem voucher
            </button>
          </div>
        </form>
      </section>

      {summary && summary.packs.length > 0 ? (
        <section aria-labelledby={`${id}-buy`}>
          <h2 id={`${id}-buy`}>Buy coins</h2>
          <p>You pay by card on Stripe's secure page. We don't ask for your name or email.</p>
          <ul class="packs">
            {summary.packs.map((pack) => (
              <li key={pack.id}>
                <button
                  type="button"
                  onClick={() => void buy(pack.id)}
                  aria-disabled={busy ? "true" : undefined}
                >
                  Buy {describePack(pack)}
                </button>
              </li>
            ))}
          </ul>
          <ErrorMessage>{buyError}</ErrorMessage>
        </section>
      ) : null}

      <section aria-labelledby={`${id}-history`}>
        <h2 id={`${id}-history`}>History</h2>
        {summary && summary.entries.length === 0 ? <p>No coins have come in or gone out yet.</p> : null}
        {summary && summary.entries.length > 0 ? (
          <table class="coin-history">
            <caption class="visually-hidden">Coins in and out, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Coins</th>
              </tr>
            </thead>
            <tbody>
              {summary.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={isoDate(entry.createdAt)}>{formatDateTime(entry.createdAt)}</time>
                  </td>
                  <td>{describeEntry(entry)}</td>
                  <td>{entry.amount > 0 ? `+${entry.amount}` : `−${Math.abs(entry.amount)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </>
  );
}
