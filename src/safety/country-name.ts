// Country names that English writes with "the" in a sentence ("helplines for the United Kingdom").
const NEEDS_THE =
  /^(?:United |Republic of |Czech Republic$)|(?:Republic|Islands|Emirates|Netherlands|Philippines|Bahamas|Maldives|Gambia|Comoros|Seychelles)$/;

/** A country's name as it reads inside a sentence: "the United Kingdom", "the Netherlands", "France". */
export function countryInSentence(name: string): string {
  return NEEDS_THE.test(name) ? `the ${name}` : name;
}
