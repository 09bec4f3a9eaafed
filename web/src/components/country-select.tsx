// The country picker used at start and in settings: it decides which helplines someone sees.
import type { Country } from "../types.js";

interface Props {
  id: string;
  countries: Country[];
  value: string;
  onChange: (code: string) => void;
}

export function CountrySelect({ id, countries, value, onChange }: Props) {
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
      {value === "" ? <option value="">Choose a country</option> : null}
      {countries.map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </select>
  );
}
