/**
 * The public help page (`/help`): the emergency number and the helplines for one country, and a
 * plain form to pick another. It is rendered on the server as one complete HTML document so that
 * it works with no account, no JavaScript and a strict Content-Security-Policy (no inline script
 * or style; the look comes from /help.css, help-page.css here, and the one script, /help.js from
 * help-page.client.js, only makes Quick exit behave as it does in the app). It is the page people reach for
 * at their worst moment, so it is short, loads fast on a slow phone, puts the number to call
 * first, and escapes every value it prints, including the operator's own helpline data.
 */
import { countryInSentence } from "./country-name.js";
import type { CountryHelplines, HelplineDirectory, HelplineService } from "./helplines.js";
import { PURPOSE_LABELS, smsHref, telHref } from "./helplines.js";

export interface HelpPageOptions {
  directory: HelplineDirectory;
  /** ISO code chosen by the person (query string, or their account); unknown codes show the international entry. */
  country?: string | null;
  /** Where Quick exit goes: a neutral page that replaces this one. */
  quickExitUrl: string;
  /** Where "Back to Asclepiad" goes; the app's root by default. */
  appUrl?: string;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML content and double-quoted attributes alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** Only web addresses may become links; anything else (javascript:, data:) becomes a harmless one. */
function safeUrl(value: string, fallback: string): string {
  try {
    const url = new URL(value, "https://placeholder.invalid");
    if (url.protocol === "https:" || url.protocol === "http:") return value;
  } catch {
    // fall through
  }
  return fallback;
}

const LANGUAGE_NAMES: Record<string, string> = {
  en: "English",
  es: "Spanish",
  fr: "French",
  de: "German",
  it: "Italian",
  nl: "Dutch",
  pt: "Portuguese",
  da: "Danish",
  sv: "Swedish",
  no: "Norwegian",
  fi: "Finnish",
  pl: "Polish",
  cs: "Czech",
  el: "Greek",
  is: "Icelandic",
  ja: "Japanese",
  ko: "Korean",
  hi: "Hindi",
  bn: "Bengali",
  ta: "Tamil",
  te: "Telugu",
  mr: "Marathi",
  kn: "Kannada",
  ml: "Malayalam",
  gu: "Gujarati",
  zh: "Chinese",
  ms: "Malay",
  tl: "Tagalog",
  he: "Hebrew",
  ar: "Arabic",
  ru: "Russian",
  tr: "Turkish",
};

function languageList(codes: string[]): string {
  return codes.map((c) => LANGUAGE_NAMES[c] ?? c.toUpperCase()).join(", ");
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function serviceHtml(s: HelplineService): string {
  const actions: string[] = [];
  if (s.phone) {
    actions.push(
      `<a class="action call" href="${escapeHtml(telHref(s.phone))}">Call ${escapeHtml(s.phone)}</a>`,
    );
  }
  for (const other of s.otherPhones ?? []) {
    actions.push(`<a class="action" href="${escapeHtml(telHref(other))}">Or call ${escapeHtml(other)}</a>`);
  }
  if (s.text) {
    const label = s.text.message
      ? `Text ${escapeHtml(s.text.message)} to ${escapeHtml(s.text.number)}`
      : `Text ${escapeHtml(s.text.number)}`;
    actions.push(`<a class="action" href="${escapeHtml(smsHref(s.text))}">${label}</a>`);
  }
  if (s.web) {
    actions.push(
      `<a class="action" href="${escapeHtml(safeUrl(s.web, "#"))}" rel="noreferrer">Website<span class="visually-hidden"> of ${escapeHtml(s.name)}</span></a>`,
    );
  }
  const purposes = s.purposes.map((p) => PURPOSE_LABELS[p]).join("; ");
  // A service reached only by text or online is not called.
  const cost = s.phone
    ? s.free
      ? " Free to call from most phones."
      : " Calls may cost the same as a normal call."
    : s.free
      ? " Free to contact."
      : "";
  return [
    `<li class="service">`,
    `<h3>${escapeHtml(s.name)}</h3>`,
    `<p class="for"><span class="label">For:</span> ${escapeHtml(purposes)}</p>`,
    s.note ? `<p class="note">${escapeHtml(s.note)}</p>` : "",
    `<p class="actions">${actions.join(" ")}</p>`,
    `<p class="hours"><span class="label">Open:</span> ${escapeHtml(s.hours)}.${cost}</p>`,
    `<p class="meta">Languages: ${escapeHtml(languageList(s.languages))}. Details from <a href="${escapeHtml(safeUrl(s.source, "#"))}" rel="noreferrer">${escapeHtml(hostOf(s.source))}</a>, checked ${escapeHtml(s.checked)}.</p>`,
    `</li>`,
  ]
    .filter(Boolean)
    .join("\n");
}

function emergencyHtml(country: CountryHelplines): string {
  const [first, ...others] = country.emergency;
  if (!first) {
    return [
      `<section class="emergency" aria-labelledby="emergency-heading">`,
      `<h2 id="emergency-heading">If a life is in danger right now</h2>`,
      `<p>Call your local emergency number straight away. In many countries it is 112; in North America it is 911.</p>`,
      `</section>`,
    ].join("\n");
  }
  const alsoText = others.length
    ? ` <span class="also">(also ${others.map((n) => `<a href="${escapeHtml(telHref(n))}">${escapeHtml(n)}</a>`).join(", ")})</span>`
    : "";
  return [
    `<section class="emergency" aria-labelledby="emergency-heading">`,
    `<h2 id="emergency-heading">If a life is in danger right now</h2>`,
    `<p>Call <a class="action call emergency-number" href="${escapeHtml(telHref(first))}">${escapeHtml(first)}</a>${alsoText}. If you have taken something or are hurt, call even if you feel all right.</p>`,
    `</section>`,
  ].join("\n");
}

function pickerHtml(directory: HelplineDirectory, selected: string): string {
  const options = directory.countries.map(
    (c) =>
      `<option value="${escapeHtml(c.code)}"${c.code === selected ? " selected" : ""}>${escapeHtml(c.name)}</option>`,
  );
  options.push(
    `<option value="${escapeHtml(directory.international.code)}"${selected === directory.international.code ? " selected" : ""}>${escapeHtml(directory.international.name)}</option>`,
  );
  return [
    `<section class="picker" aria-labelledby="country-heading">`,
    `<h2 id="country-heading">Somewhere else?</h2>`,
    `<form method="get" action="/help">`,
    `<label for="country">Country</label>`,
    `<select id="country" name="country">`,
    ...options,
    `</select>`,
    `<button type="submit">Show helplines</button>`,
    `</form>`,
    `</section>`,
  ].join("\n");
}

/**
 * Renders the whole /help page. Works without JavaScript: the country picker is a GET form, every
 * number is a tel: or sms: link, and Quick exit is an ordinary link, the first thing Tab reaches.
 * With JavaScript, /help.js makes it replace this page in the history, as the app's does, and
 * adds the Escape-twice shortcut.
 *
 * @example renderHelpPage({ directory, country: "GB", quickExitUrl: "https://www.bbc.co.uk/weather" })
 */
export function renderHelpPage(options: HelpPageOptions): string {
  const { directory } = options;
  const country = directory.forCountry(options.country ?? undefined);
  const known = directory.has(country.code);
  const quickExit = safeUrl(options.quickExitUrl, "about:blank");
  const appUrl = safeUrl(options.appUrl ?? "/", "/");
  const where = known ? `in ${countryInSentence(country.name)}` : "wherever you are";
  const services = country.services.map(serviceHtml).join("\n");
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Get help now${known ? ` · ${escapeHtml(country.name)}` : ""} · Asclepiad</title>
<link rel="stylesheet" href="/help.css">
<script src="/help.js" defer></script>
</head>
<body>
<header class="top">
<a class="quick-exit" href="${escapeHtml(quickExit)}" rel="noreferrer">Quick exit</a>
<a class="skip-link" href="#main">Skip to the helplines</a>
<a class="back" href="${escapeHtml(appUrl)}">Back to Asclepiad</a>
</header>
<main id="main">
<h1>Get help now</h1>
<p class="lead">You don't have to go through this alone. The people below are there to listen, ${escapeHtml(where)}, and talking to them is confidential.</p>
${emergencyHtml(country)}
<section class="helplines" aria-labelledby="helplines-heading">
<h2 id="helplines-heading">${known ? `Helplines in ${escapeHtml(countryInSentence(country.name))}` : "Find a helpline where you are"}</h2>
<ul class="services">
${services}
</ul>
</section>
${pickerHtml(directory, country.code)}
<p class="small">Asclepiad is a reflection companion, not a crisis service. These helplines are run by other organisations; we list them so that help is one step away.</p>
<p class="small" id="escape-hint" hidden>Press Escape twice to leave this page quickly.</p>
</main>
</body>
</html>
`;
}
