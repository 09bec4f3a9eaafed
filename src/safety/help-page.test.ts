import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { escapeHtml, renderHelpPage } from "./help-page.js";
import { buildDirectory, loadHelplineDirectory, type CountryHelplines } from "./helplines.js";

const directory = loadHelplineDirectory();
const quickExitUrl = "https://www.bbc.co.uk/weather";

describe("renderHelpPage", () => {
  const page = renderHelpPage({ directory, country: "GB", quickExitUrl });

  it("is a complete document with a plain-language heading, linking /help.css", () => {
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<html lang="en-GB">');
    expect(page).toContain("<h1>Get help now</h1>");
    expect(page).toContain('<link rel="stylesheet" href="/help.css">');
    expect(page).toContain('<meta name="viewport"');
  });

  it("names the country as a sentence reads it, and says a text-only service is free to contact, not to call", () => {
    expect(page).toContain("Helplines in the United Kingdom");
    expect(page).toContain("there to listen, in the United Kingdom,");
    expect(renderHelpPage({ directory, country: "FR", quickExitUrl })).toContain("Helplines in France");
    const shout = page.slice(page.indexOf("<h3>Shout"), page.indexOf("</li>", page.indexOf("<h3>Shout")));
    expect(shout).toContain("Free to contact.");
    expect(shout).not.toContain("to call");
    const samaritans = page.slice(
      page.indexOf("<h3>Samaritans"),
      page.indexOf("</li>", page.indexOf("<h3>Samaritans")),
    );
    expect(samaritans).toContain("Free to call from most phones.");
  });

  it("has no inline script and no inline style, so it works with JavaScript off under a strict CSP", () => {
    // The one script is /help.js from this origin, for Quick exit; nothing is inline.
    expect(page.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi)).toEqual([
      '<script src="/help.js" defer></script>',
    ]);
    expect(page.match(/<script/gi)).toHaveLength(1);
    expect(page).not.toMatch(/\sstyle=/i);
    expect(page).not.toMatch(/<style/i);
    expect(page).not.toMatch(/\son[a-z]+=/i);
  });

  it("shows the emergency number first, then the country's services with tel: and sms: links", () => {
    const emergency = page.indexOf('href="tel:999"');
    const samaritans = page.indexOf('href="tel:116123"');
    expect(emergency).toBeGreaterThan(0);
    expect(samaritans).toBeGreaterThan(emergency);
    expect(page).toContain("Call 116 123");
    expect(page).toContain('href="sms:85258?body=SHOUT"');
    expect(page).toContain("Text SHOUT to 85258");
    expect(page).toContain("24 hours, every day");
    expect(page).toContain("Thoughts of suicide");
  });

  it("has a country picker that is a plain GET form listing every country", () => {
    expect(page).toContain('<form method="get" action="/help">');
    expect(page).toContain('<select id="country" name="country">');
    expect(page).toContain('<label for="country">');
    expect(page).toContain('<button type="submit">');
    for (const c of directory.countries) expect(page).toContain(`<option value="${c.code}"`);
    expect(page).toContain('<option value="GB" selected>United Kingdom</option>');
  });

  it("links back to the app and to the quick-exit page", () => {
    expect(page).toContain('<a class="back" href="/">Back to Asclepiad</a>');
    expect(page).toContain(`<a class="quick-exit" href="${quickExitUrl}" rel="noreferrer">Quick exit</a>`);
  });

  it("puts Quick exit first, so the first Tab reaches it, as a plain link that works without JavaScript", () => {
    const body = page.slice(page.indexOf("<body>"));
    const firstFocusable = /<(a|button|select|input|textarea)\b[^>]*>/i.exec(body)?.[0];
    expect(firstFocusable).toBe(`<a class="quick-exit" href="${quickExitUrl}" rel="noreferrer">`);
    expect(body).not.toMatch(/tabindex="[1-9]/i);
  });

  it("mentions the Escape shortcut only once /help.js has shown it, since it needs JavaScript", () => {
    expect(page).toContain(
      '<p class="small" id="escape-hint" hidden>Press Escape twice to leave this page quickly.</p>',
    );
  });

  it("shows international guidance for an unknown country, with the picker on it", () => {
    const intl = renderHelpPage({ directory, country: "XX", quickExitUrl });
    expect(intl).toContain("local emergency number");
    expect(intl).toContain("findahelpline.com");
    expect(intl).toContain('<option value="INTL" selected>');
    expect(renderHelpPage({ directory, quickExitUrl })).toContain("local emergency number");
  });

  it("escapes everything it prints, including the operator's data", () => {
    const evil: CountryHelplines = {
      code: "GB",
      name: 'Evil <script>alert("x")</script>',
      emergency: ["999"],
      services: [
        {
          id: "gb-evil",
          name: "<img src=x onerror=alert(1)>",
          phone: "116 123",
          hours: "<b>always</b>",
          languages: ["en"],
          purposes: ["distress"],
          free: true,
          note: "\"quoted\" & 'single'",
          web: "javascript:alert(1)",
          source: "https://example.org/?a=1&b=<2>",
          checked: "2026-11-22",
        },
      ],
    };
    const html = renderHelpPage({
      directory: buildDirectory([evil], directory.international),
      country: "GB",
      quickExitUrl: 'javascript:alert("exit")',
      appUrl: '"><script>',
    });
    // Nothing from the data becomes a script: the page's own /help.js is the only one.
    expect(html.replace('<script src="/help.js" defer></script>', "")).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>always</b>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&quot;quoted&quot; &amp; &#39;single&#39;");
    expect(html).not.toContain("javascript:");
    expect(html).toContain('class="quick-exit" href="about:blank"');
  });
});

describe("escapeHtml", () => {
  it("escapes the five characters that matter in content and attributes", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});

describe("help-page.client.js", () => {
  const script = readFileSync(fileURLToPath(new URL("./help-page.client.js", import.meta.url)), "utf8");

  it("leaves the way the app's Quick exit does: blanks the page and replaces the history entry", () => {
    expect(script).toContain('document.querySelector("a.quick-exit")');
    expect(script).toContain("event.preventDefault()");
    expect(script).toContain("document.body.replaceChildren()");
    expect(script).toContain("location.replace(url)");
    expect(script).toMatch(/event\.key !== "Escape"[\s\S]*< 1000/);
  });
});

describe("help-page.css", () => {
  const css = readFileSync(fileURLToPath(new URL("./help-page.css", import.meta.url)), "utf8");

  it("has light and dark schemes, a visible focus and a narrow-screen rule", () => {
    expect(css).toContain("prefers-color-scheme: dark");
    expect(css).toMatch(/:focus-visible[\s\S]*outline: 3px solid/);
    expect(css).toMatch(/@media \(max-width: 400px\)/);
  });
});
