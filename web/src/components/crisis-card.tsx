// The crisis card pinned at the top of a conversation when the screener sees risk: local people to
// reach now, for free. It sits above the thread and never hides it, nor the place to write.
import { countryInSentence, dialable, humanise } from "../format.js";
import { useApp } from "../state.js";
import type { CrisisCard as Card, Country, HelplineService } from "../types.js";

/** How many services are shown before "More helplines", so the card never buries the thread. */
const SHOWN_FIRST = 2;

function countryName(country: Card["country"], countries: Country[]): string | null {
  if (!country) return null;
  if (typeof country !== "string") return country.name;
  return countries.find((c) => c.code === country)?.name ?? country;
}

function Service({ service }: { service: HelplineService }) {
  return (
    <li class="service">
      <h3>{service.name}</h3>
      {service.purposes && service.purposes.length > 0 ? (
        <p class="service-for">For: {service.purposes.map(humanise).join(", ").toLowerCase()}</p>
      ) : null}
      {service.hours ? (
        <p class="service-hours">
          Open: {service.hours}
          {service.free ? ". Free to contact." : null}
        </p>
      ) : null}
      {service.note ? <p class="hint">{service.note}</p> : null}
      <ul class="service-ways">
        {service.phone ? (
          <li>
            <a href={`tel:${dialable(service.phone)}`}>Call {service.phone}</a>
          </li>
        ) : null}
        {(service.otherPhones ?? []).map((number) => (
          <li key={number}>
            <a href={`tel:${dialable(number)}`}>Call {number}</a>
          </li>
        ))}
        {service.text ? (
          <li>
            <a href={`sms:${dialable(service.text.number)}`}>Text {service.text.number}</a>
            {service.text.instructions ? <span class="hint"> ({service.text.instructions})</span> : null}
          </li>
        ) : null}
        {service.web ? (
          <li>
            <a href={service.web} rel="noopener noreferrer" target="_blank">
              {service.name} website<span class="visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
        ) : null}
      </ul>
    </li>
  );
}

function EmergencyLine({ numbers }: { numbers: string[] }) {
  const [first, ...others] = numbers;
  if (!first) return null;
  return (
    <>
      <a href={`tel:${dialable(first)}`}>call {first}</a>
      {others.length > 0 ? ` (or ${others.join(" or ")})` : null}
    </>
  );
}

export function CrisisCard({ card, headingId }: { card: Card; headingId: string }) {
  const emergencyFirst = card.level === "emergency" && card.emergency.length > 0;
  const { config } = useApp();
  const place = countryName(card.country, config?.countries ?? []);
  const first = card.services.slice(0, SHOWN_FIRST);
  const more = card.services.slice(SHOWN_FIRST);
  return (
    <section class="crisis-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {card.subject === "other"
          ? "Support for you and the person you're worried about"
          : "You're not alone in this"}
      </h2>
      {emergencyFirst ? (
        <p class="crisis-emergency">
          If {card.subject === "other" ? "they are" : "you are"} in danger right now,{" "}
          <EmergencyLine numbers={card.emergency} />.
        </p>
      ) : null}
      <p>
        {card.subject === "other"
          ? "What you've shared sounds worrying. These services can help you support them, and support you too."
          : "What you've written matters. These people are there to listen, for free, and you can reach them now."}
        {place ? ` These are for ${countryInSentence(place)}.` : null}
      </p>
      {first.length > 0 ? (
        <ul class="services">
          {first.map((service) => (
            <Service key={service.name} service={service} />
          ))}
        </ul>
      ) : null}
      {more.length > 0 ? (
        <details class="more-services">
          <summary>More helplines ({more.length})</summary>
          <ul class="services">
            {more.map((service) => (
              <Service key={service.name} service={service} />
            ))}
          </ul>
        </details>
      ) : null}
      {!emergencyFirst && card.emergency.length > 0 ? (
        <p>
          If a life is at risk right now, <EmergencyLine numbers={card.emergency} />.
        </p>
      ) : null}
      <p class="hint">You can keep writing to Maia here as well. This conversation stays open.</p>
    </section>
  );
}
