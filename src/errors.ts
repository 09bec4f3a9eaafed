/**
 * The one error type the product raises on purpose. Each has a stable snake_case code a
 * client can rely on, a message a person can act on, and the HTTP status it maps to. Named
 * factories keep codes and wording in one place. Messages never include what anyone wrote,
 * keys or tokens.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const errors = {
  badRequest: (code: string, message: string) => new AppError(400, code, message),
  ageNotConfirmed: (minAge: number) =>
    new AppError(400, "age_not_confirmed", `Please confirm that you are ${minAge} or older to start.`),
  notSignedIn: () =>
    new AppError(
      401,
      "not_signed_in",
      "You are not signed in, or your session has ended. Sign in with your account key.",
    ),
  invalidAccountKey: () =>
    new AppError(
      401,
      "invalid_account_key",
      "That account key did not match an account. Check it and try again.",
    ),
  malformedAccountKey: () =>
    new AppError(
      400,
      "malformed_account_key",
      "That does not look like a whole account key: it has 20 letters and digits, usually written in five groups of four.",
    ),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new AppError(
      429,
      "too_many_attempts",
      `Too many attempts. Please wait ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minute(s) and try again.`,
      { "retry-after": String(Math.max(1, Math.ceil(retryAfterSeconds))) },
    ),
  notFound: (what: string, code = "not_found") => new AppError(404, code, `${what} was not found.`),
  crossSite: () =>
    new AppError(
      403,
      "cross_site_request",
      "This request came from another site and was refused to keep your account safe.",
    ),
  conflict: (code: string, message: string) => new AppError(409, code, message),
  invalidText: (max: number) =>
    new AppError(
      400,
      "invalid_text",
      `Write between 1 and ${max} characters (spaces at the ends do not count).`,
    ),
};
