import { describe, expect, it } from "vitest";
import { countryInSentence } from "./country-name.js";

describe("countryInSentence", () => {
  it("puts 'the' before the names English says it with", () => {
    expect(countryInSentence("United Kingdom")).toBe("the United Kingdom");
    expect(countryInSentence("United States")).toBe("the United States");
    expect(countryInSentence("Netherlands")).toBe("the Netherlands");
    expect(countryInSentence("Philippines")).toBe("the Philippines");
    expect(countryInSentence("Dominican Republic")).toBe("the Dominican Republic");
  });

  it("leaves every other name as it is", () => {
    for (const name of ["France", "Ireland", "South Africa", "New Zealand", "Hong Kong", "Czechia"])
      expect(countryInSentence(name)).toBe(name);
  });
});
