// The country picker used at start and in settings: it decides which helplines someone sees.
import type { Country } from "../types.js";

interface Props {
  id: string;
  countries: Country[];
  value: string;
  onChange: (code: string) => void;
  /** The id of a hint that says what the country is used for. */
  describedBy?: string;
}

export function CountrySelect({ id, countries, value, onChange, describedBy }: Props) {
  return (
    <select
      id={id}
      value={value}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.currentTarget.value)}
    >
      {value === "" ? <option value="">Choose a country</option> : null}
      {countries.map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </select>
  );
}
