// The signed-in home: the areas that exist, from the one list in nav.ts, and a gentle nudge when
// goals are due for another look.
import { useEffect, useState } from "preact/hooks";
import { api } from "../api.js";
import { StatusMessage } from "../components/alert.js";
import { takeFlash } from "../flash.js";
import { formatDate } from "../format.js";
import { areas } from "../nav.js";
import { Link } from "../router.js";
import { useApp } from "../state.js";

export function HomePage() {
  const { account } = useApp();
  const [flash] = useState(takeFlash);
  const [revisitDue, setRevisitDue] = useState(0);
  useEffect(() => {
    let alive = true;
    api
      .goals()
      .then((view) => alive && setRevisitDue(view.revisitDue.length))
      // Only a reminder: if it can't be fetched, the page is complete without it.
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);
  const trialEnds = account ? formatDate(account.trialEndsAt) : "";
  const trialActive = account ? new Date(account.trialEndsAt).getTime() > Date.now() : false;
  return (
    <>
      <h1 tabIndex={-1}>Your space</h1>
      {flash ? <StatusMessage>{flash}</StatusMessage> : null}
      <p class="lead">Take your time. Everything here goes at your pace.</p>
      {trialEnds && trialActive ? <p>Your free trial runs until {trialEnds}.</p> : null}
      {revisitDue > 0 ? (
        <p class="notice">
          It's been a few weeks since you last looked at your goals. Whenever suits you,{" "}
          <Link href="/reflect/goals">look at your goals again</Link> and see if they still fit.
        </p>
      ) : null}
      <ul class="areas">
        {areas.map((area) => (
          <li key={area.path}>
            <Link href={area.path} class="area">
              <span class="area-name">{area.label}</span>
              <span class="area-description">{area.description}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/settings">Settings</Link>: your country, your key, signing out and deleting your account.
      </p>
    </>
  );
}
