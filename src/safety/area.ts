/**
 * The safety area's public face: the app's public configuration (with the country guess
 * from the browser's language, never the IP address), the helpline directory by country,
 * and the server-rendered /help page that works with no login and no JavaScript.
 */
import { readFileSync } from "node:fs";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { AppContext } from "../server/context.js";
import type { Area } from "../server/start.js";
import { resolveSession } from "../accounts/sessions.js";
import { sessionToken } from "../server/auth.js";
import { renderHelpPage } from "./help-page.js";
import { countryFromAcceptLanguage, type CountryHelplines, type HelplineService } from "./helplines.js";

const HELP_CSS = readFileSync(new URL("./help-page.css", import.meta.url), "utf8");
/** Quick exit's history-replacing click and Escape shortcut on /help; the page works without it. */
const HELP_JS = readFileSync(new URL("./help-page.client.js", import.meta.url), "utf8");

/** A service as clients see it (the crisis card, Get help now). */
export function publicService(s: HelplineService) {
  return {
    id: s.id,
    name: s.name,
    ...(s.phone ? { phone: s.phone } : {}),
    ...(s.otherPhones?.length ? { otherPhones: s.otherPhones } : {}),
    ...(s.text
      ? {
          text: {
            number: s.text.number,
            ...(s.text.message ? { instructions: `Text ${s.text.message}` } : {}),
          },
        }
      : {}),
    ...(s.web ? { web: s.web } : {}),
    hours: s.hours,
    purposes: s.purposes,
    languages: s.languages,
    free: s.free,
    ...(s.note ? { note: s.note } : {}),
  };
}

export function publicCountry(c: CountryHelplines) {
  return { code: c.code, name: c.name, emergency: c.emergency };
}

const CountryQuery = Type.Object(
  { country: Type.Optional(Type.String({ pattern: "^[A-Za-z]{2,4}$" })) },
  { additionalProperties: false },
);

function routes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const directory = () => ctx.helplines;
  return async (app) => {
    app.get(
      "/api/config",
      {
        schema: {
          summary: "Public settings the web app needs before anyone signs in",
          tags: ["public"],
          response: {
            200: Type.Object({
              quickExitUrl: Type.String(),
              minAge: Type.Integer(),
              trialDays: Type.Integer(),
              defaultCountry: Type.Union([Type.String(), Type.Null()]),
              countries: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
            }),
          },
        },
      },
      async (request) => {
        const guess = countryFromAcceptLanguage(request.headers["accept-language"]);
        return {
          quickExitUrl: ctx.config.quickExitUrl,
          minAge: ctx.config.minAge,
          trialDays: ctx.config.trialDays,
          defaultCountry: guess && directory().has(guess) ? guess : null,
          countries: directory().countries.map((c) => ({ code: c.code, name: c.name })),
        };
      },
    );

    // The public help page: no login, no JavaScript. The country comes from the picker, else
    // the signed-in person's own setting, else the browser's language.
    app.get("/help", { schema: { hide: true, querystring: CountryQuery } }, async (request, reply) => {
      let country = request.query.country?.toUpperCase();
      if (!country) {
        const token = sessionToken(request);
        const accountId = token
          ? await resolveSession(ctx.db, token, ctx.now()).catch(() => undefined)
          : undefined;
        if (accountId) {
          const row = await ctx.db
            .selectFrom("accounts")
            .select("country")
            .where("id", "=", accountId)
            .executeTakeFirst();
          country = row?.country ?? undefined;
        }
      }
      country ??= countryFromAcceptLanguage(request.headers["accept-language"]);
      return reply
        .type("text/html; charset=utf-8")
        .header("cache-control", "no-store")
        .send(renderHelpPage({ directory: ctx.helplines, country, quickExitUrl: ctx.config.quickExitUrl }));
    });
    app.get("/help.css", { schema: { hide: true } }, async (_request, reply) =>
      reply.type("text/css; charset=utf-8").header("cache-control", "public, max-age=3600").send(HELP_CSS),
    );
    app.get("/help.js", { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type("text/javascript; charset=utf-8")
        .header("cache-control", "public, max-age=3600")
        .send(HELP_JS),
    );

    app.get(
      "/api/helplines",
      {
        schema: {
          summary: "Helplines for a country (the international list when it is not known)",
          tags: ["public"],
          querystring: CountryQuery,
          response: {
            200: Type.Object({
              country: Type.Object({
                code: Type.String(),
                name: Type.String(),
                emergency: Type.Array(Type.String()),
              }),
              services: Type.Array(Type.Unknown()),
            }),
          },
        },
      },
      async (request) => {
        const entry = directory().forCountry(request.query.country);
        return { country: publicCountry(entry), services: entry.services.map(publicService) };
      },
    );
  };
}

export function safetyArea(): Area {
  return { routes: [routes] };
}
