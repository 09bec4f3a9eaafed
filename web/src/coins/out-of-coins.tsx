// Shown in a Maia thread when a message could not be answered for want of coins, or because
// the trial's free replies are used up for today. It keeps the person's words in view, says
// plainly what happened, and puts help and the free tools first, then a way to top up and
// have Maia answer the same message.
import { Link } from "../router.js";
import "./coins.css";

export function OutOfCoins({
  reason,
  message,
  onAnswer,
  answering,
  buttonRef,
}: {
  reason: "insufficient_coins" | "trial_daily_limit";
  message: string;
  onAnswer: () => void;
  answering: boolean;
  /** Lets the thread move focus to the message box when this button goes after an answer. */
  buttonRef?: (button: HTMLButtonElement | null) => void;
}) {
  return (
    <section class="out-of-coins" aria-labelledby="out-of-coins-title">
      <h2 id="out-of-coins-title">
        {reason === "trial_daily_limit" ? "That's today's free replies" : "Maia can answer once you top up"}
      </h2>
      <p>{message}</p>
      {/* The message above already says that what was written is kept; say it once. */}
      <p>Nothing was charged.</p>
      <ul>
        <li>
          If you need someone now, <a href="/help">Get help now</a> lists free helplines. Help is never paid
          for.
        </li>
        <li>
          Your <Link href="/home">other tools</Link>, such as the journal and mood check-ins, stay free.
        </li>
        {reason === "insufficient_coins" ? (
          <li>
            <Link href="/coins">Top up AsclepiCoins</Link> with a voucher or a coin pack.
          </li>
        ) : null}
      </ul>
      <button type="button" ref={buttonRef} onClick={onAnswer} aria-disabled={answering ? "true" : undefined}>
        Ask Maia to answer my message
      </button>
    </section>
  );
}
