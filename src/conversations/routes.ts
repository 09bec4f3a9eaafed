/**
 * HTTP routes for conversations with Maia. Each validates, calls the conversation
 * service, and answers; ownership is enforced in the service's queries.
 */
import rateLimit from "@fastify/rate-limit";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import { requireAccount } from "../server/auth.js";
import type { AppContext } from "../server/context.js";
import { errorResponses, IdParams } from "../server/schemas.js";
import type { ReplyFollower } from "./follower.js";
import type { ReplyHub } from "./hub.js";
import { MAX_TITLE, type ConversationService } from "./service.js";
import { parseResumeOffset, streamReply } from "./stream.js";

const Message = Type.Object({
  id: Type.String(),
  conversationId: Type.String(),
  author: Type.Union([Type.Literal("person"), Type.Literal("maia")]),
  text: Type.String(),
  status: Type.Union([
    Type.Literal("pending"),
    Type.Literal("streaming"),
    Type.Literal("complete"),
    Type.Literal("stopped"),
    Type.Literal("failed"),
  ]),
  createdAt: Type.Integer(),
  completedAt: Type.Union([Type.Integer(), Type.Null()]),
  offline: Type.Boolean(),
});

const Helpline = Type.Unknown();
const CrisisCard = Type.Union([
  Type.Null(),
  Type.Object({
    level: Type.String(),
    subject: Type.String(),
    categories: Type.Array(Type.String()),
    country: Type.String(),
    emergency: Type.Array(Type.String()),
    services: Type.Array(Helpline),
    createdAt: Type.Integer(),
  }),
]);

const Conversation = Type.Object({
  id: Type.String(),
  title: Type.String(),
  createdAt: Type.Integer(),
  lastActivityAt: Type.Integer(),
  unread: Type.Integer(),
  crisis: CrisisCard,
  messages: Type.Array(Message),
});

const ConversationListItem = Type.Object({
  id: Type.String(),
  title: Type.String(),
  createdAt: Type.Integer(),
  lastActivityAt: Type.Integer(),
  unread: Type.Integer(),
  preview: Type.String(),
});

const Title = Type.String({ minLength: 1, maxLength: MAX_TITLE });

/** A reply queued for Maia to write; refused when unpaid (402) or not applicable (409). */
const queuedReplyResponses = {
  202: Type.Object({ reply: Message }),
  402: errorResponses[400],
  409: errorResponses[400],
  ...errorResponses,
};

export function conversationRoutes(
  ctx: AppContext,
  service: ConversationService,
  hub: ReplyHub,
  follower: ReplyFollower,
): FastifyPluginAsyncTypebox {
  return async (app) => {
    const auth = requireAccount(ctx);
    app.addHook("preHandler", auth);
    await app.register(rateLimit, {
      global: false,
      hook: "preHandler",
      keyGenerator: (req) => req.accountId || req.ip,
    });
    const tags = ["conversations"];

    app.post(
      "/api/conversations",
      {
        schema: {
          summary: "Start a conversation with Maia",
          tags,
          body: Type.Optional(Type.Object({ title: Type.Optional(Title) }, { additionalProperties: false })),
          response: { 201: Type.Object({ conversation: Conversation }), ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send({ conversation: await service.create(request.accountId, request.body?.title) }),
    );

    app.get(
      "/api/conversations",
      {
        schema: {
          summary: "Conversations, newest activity first, with unread counts",
          tags,
          response: {
            200: Type.Object({ conversations: Type.Array(ConversationListItem) }),
            ...errorResponses,
          },
        },
      },
      async (request) => ({ conversations: await service.list(request.accountId) }),
    );

    app.get(
      "/api/conversations/:id",
      {
        schema: {
          summary: "A conversation with its messages and crisis card",
          tags,
          params: IdParams,
          response: { 200: Type.Object({ conversation: Conversation }), ...errorResponses },
        },
      },
      async (request) => ({ conversation: await service.get(request.accountId, request.params.id) }),
    );

    app.patch(
      "/api/conversations/:id",
      {
        schema: {
          summary: "Rename a conversation",
          tags,
          params: IdParams,
          body: Type.Object({ title: Title }, { additionalProperties: false }),
          response: { 200: Type.Object({ conversation: Conversation }), ...errorResponses },
        },
      },
      async (request) => ({
        conversation: await service.rename(request.accountId, request.params.id, request.body.title),
      }),
    );

    app.delete(
      "/api/conversations/:id",
      {
        schema: {
          summary: "Delete a conversation and its messages",
          tags,
          params: IdParams,
          response: { 204: Type.Null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await service.remove(request.accountId, request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      "/api/conversations/:id/read",
      {
        schema: {
          summary: "Mark Maia's replies as read",
          tags,
          params: IdParams,
          response: { 204: Type.Null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await service.markRead(request.accountId, request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      "/api/conversations/:id/messages",
      {
        config: { rateLimit: { max: ctx.limits.messagesPerMinute, timeWindow: "1 minute" } },
        schema: {
          summary: "Write to Maia; her reply is queued and streams from /api/messages/:id/stream",
          tags,
          params: IdParams,
          // The text's own rules (1–8000 characters after trimming) are checked in the
          // service so that every failure of them carries the one code invalid_text.
          body: Type.Object({ text: Type.Unknown() }, { additionalProperties: false }),
          response: {
            202: Type.Object({ message: Message, reply: Message, crisis: CrisisCard }),
            402: errorResponses[400],
            ...errorResponses,
          },
        },
      },
      async (request, reply) =>
        reply.code(202).send(await service.send(request.accountId, request.params.id, request.body.text)),
    );

    app.post(
      "/api/conversations/:id/replies",
      {
        schema: {
          summary: "Ask Maia to answer the latest unanswered message (e.g. after topping up)",
          tags,
          params: IdParams,
          response: queuedReplyResponses,
        },
      },
      async (request, reply) =>
        reply.code(202).send({ reply: await service.requestReply(request.accountId, request.params.id) }),
    );

    app.get(
      "/api/messages/:id/stream",
      {
        schema: {
          summary: "Server-Sent Events: delta events (id = character offset), then done with the message",
          tags,
          params: IdParams,
          querystring: Type.Object(
            { from: Type.Optional(Type.String({ pattern: "^\\d{1,9}$" })) },
            { additionalProperties: false },
          ),
        },
      },
      async (request, reply) => {
        const from = parseResumeOffset(request.headers["last-event-id"], request.query.from);
        await streamReply(ctx, hub, follower, request, reply, request.params.id, from);
      },
    );

    app.post(
      "/api/messages/:id/stop",
      {
        schema: {
          summary: "Stop a reply; what was written is kept",
          tags,
          params: IdParams,
          response: { 200: Type.Object({ message: Message }), 409: errorResponses[400], ...errorResponses },
        },
      },
      async (request) => ({ message: await service.stop(request.accountId, request.params.id) }),
    );

    app.post(
      "/api/messages/:id/retry",
      {
        schema: {
          summary: "Try a failed or stopped reply again",
          tags,
          params: IdParams,
          response: queuedReplyResponses,
        },
      },
      async (request, reply) =>
        reply.code(202).send({ reply: await service.retry(request.accountId, request.params.id) }),
    );

    app.get(
      "/api/conversations/:id/memory",
      {
        schema: {
          summary: "What Maia remembers of this conversation",
          tags,
          params: IdParams,
          response: {
            200: Type.Object({
              summary: Type.String(),
              updatedAt: Type.Union([Type.Integer(), Type.Null()]),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => service.memory(request.accountId, request.params.id),
    );

    app.delete(
      "/api/conversations/:id/memory",
      {
        schema: {
          summary: "Make Maia forget this conversation so far",
          tags,
          params: IdParams,
          response: { 204: Type.Null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await service.clearMemory(request.accountId, request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
