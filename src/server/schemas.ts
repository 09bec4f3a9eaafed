/**
 * Schemas shared by several routes. Route-specific schemas live beside their routes.
 */
import { Type } from "typebox";

export const ErrorBody = Type.Object(
  {
    error: Type.Object({ code: Type.String(), message: Type.String(), field: Type.Optional(Type.String()) }),
  },
  { $id: "ErrorBody" },
);

export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_-]+$" });
export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCode = Type.String({ pattern: "^[A-Z]{2}$" });

export const Account = Type.Object({
  id: Type.String(),
  createdAt: Type.Integer(),
  trialEndsAt: Type.Integer(),
  country: Type.Union([Type.String(), Type.Null()]),
});

export const errorResponses = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  429: ErrorBody,
};
