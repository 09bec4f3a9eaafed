import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  HELPLINE_PURPOSES,
  countryFromAcceptLanguage,
  loadHelplineDirectory,
  pickService,
  smsHref,
  telHref,
} from "./helplines.js";

const directory = loadHelplineDirectory();
const raw = JSON.parse(readFileSync(fileURLToPath(new URL("./helplines.json", import.meta.url)), "utf8")) as {
  countries: { code: string }[];
};

function writeOverride(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "asclepiad-helplines-"));
  const file = join(dir, "override.json");
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

describe("the built-in helpline directory", () => {
  it("lists at least 30 countries, sorted by name, each code once", () => {
    expect(directory.countries.length).toBeGreaterThanOrEqual(30);
    const names = directory.countries.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    const codes = raw.countries.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("gives every entry a valid shape: numbers as dialled, https sources, a checked date, a purpose", () => {
    for (const country of directory.countries) {
      expect(country.code).toMatch(/^[A-Z]{2}$/);
      expect(country.emergency.length).toBeGreaterThan(0);
      for (const n of country.emergency) expect(n).toMatch(/^\d{2,5}$/);
      expect(country.services.length).toBeGreaterThan(0);
      for (const s of country.services) {
        expect(s.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(s.phone || s.text || s.web, s.id).toBeTruthy();
        for (const n of [s.phone, s.text?.number, ...(s.otherPhones ?? [])].filter(Boolean) as string[]) {
          expect(n, s.id).toMatch(/^\+?\d[\d -]*\d$/);
          const digits = n.replace(/\D/g, "").length;
          expect(digits, s.id).toBeGreaterThanOrEqual(3);
          expect(digits, s.id).toBeLessThanOrEqual(15);
        }
        expect(new URL(s.source).protocol, s.id).toBe("https:");
        if (s.web) expect(new URL(s.web).protocol, s.id).toBe("https:");
        expect(s.checked, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(s.hours.length, s.id).toBeGreaterThan(0);
        expect(s.languages.length, s.id).toBeGreaterThan(0);
        for (const p of s.purposes) expect(HELPLINE_PURPOSES).toContain(p);
      }
    }
  });

  it("gives every country a service for thoughts of suicide or distress", () => {
    for (const country of directory.countries) {
      const has = country.services.some(
        (s) => s.purposes.includes("suicide") || s.purposes.includes("distress"),
      );
      expect(has, country.code).toBe(true);
    }
  });

  it("has the required facts for the UK and Ireland", () => {
    const gb = directory.forCountry("GB");
    expect(gb.emergency).toEqual(expect.arrayContaining(["999", "112"]));
    const samaritans = gb.services.find((s) => s.name === "Samaritans");
    expect(samaritans?.phone).toBe("116 123");
    expect(samaritans?.free).toBe(true);
    expect(samaritans?.hours).toMatch(/24 hours/);
    expect(gb.services.some((s) => s.text?.number === "85258" && s.text.message === "SHOUT")).toBe(true);

    const ie = directory.forCountry("IE");
    expect(ie.emergency).toEqual(expect.arrayContaining(["112", "999"]));
    expect(ie.services.find((s) => s.phone === "116 123")?.hours).toMatch(/24 hours/);
    expect(ie.services.some((s) => s.text?.number === "50808")).toBe(true);
  });

  it("has the required facts for the US, Canada, Australia and New Zealand", () => {
    const us = directory.forCountry("US");
    expect(us.emergency[0]).toBe("911");
    expect(us.services.some((s) => s.phone === "988" && s.text?.number === "988")).toBe(true);
    const ca = directory.forCountry("CA");
    expect(ca.emergency[0]).toBe("911");
    expect(ca.services.some((s) => s.phone === "988" && s.text?.number === "988")).toBe(true);
    const au = directory.forCountry("AU");
    expect(au.emergency[0]).toBe("000");
    expect(au.services.some((s) => s.name === "Lifeline" && s.phone === "13 11 14")).toBe(true);
    const nz = directory.forCountry("NZ");
    expect(nz.emergency[0]).toBe("111");
    expect(nz.services.some((s) => s.phone === "1737" && s.text?.number === "1737")).toBe(true);
  });

  it("uses 112 for the major European countries", () => {
    for (const code of ["FR", "DE", "ES", "IT", "NL", "BE", "PT", "AT", "SE", "DK", "FI", "PL", "IE", "GB"]) {
      expect(directory.forCountry(code).emergency, code).toContain("112");
    }
  });

  it("falls back to international guidance for unknown or missing countries", () => {
    for (const code of ["XX", "", undefined, null]) {
      const entry = directory.forCountry(code);
      expect(entry.code).toBe("INTL");
      expect(entry.emergency).toEqual([]);
      expect(entry.services.some((s) => s.web?.includes("findahelpline.com"))).toBe(true);
    }
    expect(directory.has("XX")).toBe(false);
    expect(directory.has("gb")).toBe(true);
  });

  it("picks the most specific service first", () => {
    const gb = directory.forCountry("GB");
    expect(pickService(gb, ["domestic_abuse"])?.phone).toBe("0808 2000 247");
    expect(pickService(gb, ["supporting_someone", "suicide"])?.name).toBe("Samaritans");
  });
});

describe("links", () => {
  it("makes tel: and sms: links from numbers as written", () => {
    expect(telHref("116 123")).toBe("tel:116123");
    expect(telHref("1-800-799-7233")).toBe("tel:18007997233");
    expect(smsHref({ number: "85258", message: "SHOUT" })).toBe("sms:85258?body=SHOUT");
    expect(smsHref({ number: "988" })).toBe("sms:988");
  });
});

describe("the operator's override file", () => {
  it("adds a new country and replaces a service by id", () => {
    const file = writeOverride({
      countries: [
        {
          code: "LU",
          name: "Luxembourg",
          emergency: ["112"],
          services: [
            {
              id: "lu-test-line",
              name: "Test line",
              phone: "454545",
              hours: "24 hours, every day",
              languages: ["fr", "de"],
              purposes: ["distress"],
              free: true,
              source: "https://example.org/lu",
              checked: "2026-11-22",
            },
          ],
        },
        {
          code: "GB",
          services: [
            {
              id: "gb-samaritans",
              name: "Samaritans (local branch)",
              phone: "116 123",
              hours: "24 hours, every day",
              languages: ["en", "cy"],
              purposes: ["suicide", "distress"],
              free: true,
              source: "https://www.samaritans.org/",
              checked: "2026-11-22",
            },
          ],
          removeServices: ["gb-switchboard-lgbt"],
        },
      ],
    });
    const d = loadHelplineDirectory(file);
    expect(d.forCountry("LU").services[0]?.name).toBe("Test line");
    const gb = d.forCountry("GB");
    expect(gb.services.find((s) => s.id === "gb-samaritans")?.name).toBe("Samaritans (local branch)");
    expect(gb.services.some((s) => s.id === "gb-switchboard-lgbt")).toBe(false);
    expect(gb.emergency).toEqual(directory.forCountry("GB").emergency);
    expect(d.countries.map((c) => c.name)).toContain("Luxembourg");
  });

  it("refuses invalid data with one error listing every problem", () => {
    const file = writeOverride({
      countries: [
        { code: "gb", services: [] },
        {
          code: "ZZ",
          name: "Nowhere",
          emergency: ["call us"],
          services: [
            {
              id: "Bad Id",
              name: "",
              phone: "not a number",
              hours: "",
              languages: ["English"],
              purposes: ["fun"],
              free: "yes",
              source: "http://insecure.example",
              checked: "yesterday",
            },
          ],
        },
      ],
    });
    let message = "";
    try {
      loadHelplineDirectory(file);
    } catch (err) {
      message = (err as Error).message;
    }
    for (const expected of [
      "two-letter upper-case ISO 3166 code",
      "emergency[0] must be 2 to 5 digits",
      '"id" must be lower-case',
      '"name" must be a non-empty string',
      "is not a number as dialled",
      '"languages" must list ISO 639-1 codes',
      '"purposes" must list one or more of',
      '"free" must be true or false',
      "must be an https:// address",
      '"checked" must be a date',
    ]) {
      expect(message).toContain(expected);
    }
    expect(message).toMatch(/^The helpline directory has \d+ problem\(s\):/);
  });

  it("names a file that cannot be read or parsed", () => {
    expect(() => loadHelplineDirectory("/nonexistent/helplines.json")).toThrow(/cannot be read/);
    expect(() => loadHelplineDirectory(writeOverride("{ not json"))).toThrow(/is not valid JSON/);
  });

  it("needs name, emergency and services for a country it does not know", () => {
    expect(() =>
      loadHelplineDirectory(writeOverride({ countries: [{ code: "LU", name: "Luxembourg" }] })),
    ).toThrow(/LU is a new country/);
  });
});

describe("countryFromAcceptLanguage", () => {
  it("reads the region of the most preferred tag", () => {
    expect(countryFromAcceptLanguage("en-GB,en;q=0.9")).toBe("GB");
    expect(countryFromAcceptLanguage("fr-FR")).toBe("FR");
    expect(countryFromAcceptLanguage("de;q=0.5, en-IE;q=0.8")).toBe("IE");
    expect(countryFromAcceptLanguage("zh-Hant-HK")).toBe("HK");
    expect(countryFromAcceptLanguage("en-uk")).toBe("GB");
  });

  it("does not guess from a language spoken in several countries", () => {
    expect(countryFromAcceptLanguage("de")).toBeUndefined();
    expect(countryFromAcceptLanguage("en")).toBeUndefined();
    expect(countryFromAcceptLanguage("fr, es")).toBeUndefined();
  });

  it("uses a language spoken in essentially one country", () => {
    expect(countryFromAcceptLanguage("ja")).toBe("JP");
    expect(countryFromAcceptLanguage("pl")).toBe("PL");
  });

  it("returns nothing for a missing or empty header", () => {
    expect(countryFromAcceptLanguage(undefined)).toBeUndefined();
    expect(countryFromAcceptLanguage("")).toBeUndefined();
    expect(countryFromAcceptLanguage("*")).toBeUndefined();
  });
});
