// Quick exit: leave Asclepiad for a neutral site in one step, replacing this page's history entry
// so the Back button does not bring someone looking over a shoulder straight back here.
const FALLBACK = "https://www.bbc.co.uk/weather";

/** The server injects the operator's choice as <meta name="quick-exit-url">. */
export function quickExitUrl(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="quick-exit-url"]');
  const url = meta?.content.trim();
  return url ? url : FALLBACK;
}

export function quickExit(): void {
  // Blank the page first, so nothing stays on screen while the neutral site loads.
  document.title = "";
  document.body.replaceChildren();
  location.replace(quickExitUrl());
}

/** Escape pressed twice within a second also exits; returns a function that stops listening. */
export function listenForDoubleEscape(): () => void {
  // No earlier press yet: not 0, which performance.now() is still within a second of when a page
  // opens, so one Escape that closes a dialog there would have left the site.
  let last = -Infinity;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || event.repeat) return;
    const now = performance.now();
    if (now - last < 1000) quickExit();
    else last = now;
  };
  window.addEventListener("keydown", onKey, true);
  return () => window.removeEventListener("keydown", onKey, true);
}
