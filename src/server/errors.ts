/**
 * Turns every failure into `{"error": {"code", "message"}}` with the right status. Codes
 * are stable; messages are plain; a stack trace or a request body never reaches a client
 * or a log line.
 */
import type { FastifyError, FastifyInstance } from "fastify";
import { AppError } from "../errors.js";

interface ValidationIssue {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

function describeValidation(
  context: string | undefined,
  issue: ValidationIssue | undefined,
): { field: string; message: string } {
  const where = context ?? "body";
  if (!issue) return { field: where, message: "The request is not in the expected shape." };
  const path = (issue.instancePath ?? "").replace(/^\//, "").replace(/\//g, ".");
  if (issue.keyword === "required") {
    const field = [path, String(issue.params?.missingProperty ?? "")].filter(Boolean).join(".");
    return { field, message: `The field "${field}" is required.` };
  }
  if (issue.keyword === "additionalProperties") {
    const field = [path, String(issue.params?.additionalProperty ?? "")].filter(Boolean).join(".");
    return { field, message: `The field "${field}" is not accepted here.` };
  }
  const field = path || where;
  return { field, message: `The field "${field}" ${issue.message ?? "is not valid"}.` };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(
    (
      error: FastifyError & { validation?: ValidationIssue[]; validationContext?: string },
      request,
      reply,
    ) => {
      if (error instanceof AppError) {
        return reply
          .code(error.status)
          .headers(error.headers)
          .send({ error: { code: error.code, message: error.message } });
      }
      if (error.validation) {
        const { field, message } = describeValidation(error.validationContext, error.validation[0]);
        return reply.code(400).send({ error: { code: "invalid_request", message, field } });
      }
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        const known: Record<string, [string, string]> = {
          FST_ERR_CTP_INVALID_JSON_BODY: ["malformed_json", "The request body is not valid JSON."],
          FST_ERR_CTP_EMPTY_JSON_BODY: ["malformed_json", "The request body is empty but should be JSON."],
          FST_ERR_CTP_BODY_TOO_LARGE: ["body_too_large", "The request is too large."],
          FST_ERR_CTP_INVALID_MEDIA_TYPE: ["unsupported_media_type", "Send the request as application/json."],
          FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
            "bad_content_length",
            "The request's length does not match its body.",
          ],
        };
        const [code, message] =
          known[error.code] ??
          (status === 429
            ? ["too_many_requests", "Too many requests. Please wait a little and try again."]
            : ["bad_request", "The request could not be understood."]);
        return reply.code(status).send({ error: { code, message } });
      }
      // Log the failure's kind and place, never the request's body or the error's own text
      // (which can quote input); the stack stays in the log, never in the response.
      request.log.error(
        { err: { type: error.name, code: error.code, stack: error.stack } },
        "request failed",
      );
      return reply.code(500).send({
        error: {
          code: "internal_error",
          message: "Something went wrong on our side. Nothing you wrote was lost; please try again.",
        },
      });
    },
  );
}
