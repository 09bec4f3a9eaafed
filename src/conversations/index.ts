/**
 * The conversations area: routes, the reply worker, and the providers that write Maia's
 * replies, wired together for the server.
 */
import { createProvider } from "../providers/index.js";
import { createReflectiveProvider } from "../providers/reflective.js";
import type { ResilientProvider } from "../providers/resilience.js";
import type { ModelProvider } from "../providers/types.js";
import type { AppContext } from "../server/context.js";
import type { Area } from "../server/start.js";
import { ReplyFollower } from "./follower.js";
import { ReplyHub } from "./hub.js";
import { conversationRoutes } from "./routes.js";
import { createConversationService, type ConversationService } from "./service.js";
import { canUseReplyThread, ReplyThread } from "./thread.js";
import { ReplyWorker, type WorkerOptions } from "./worker.js";

export interface ConversationsAreaOptions {
  /** Replaces the configured provider (tests and benchmarks). */
  provider?: ModelProvider;
  worker?: Omit<WorkerOptions, "provider" | "fallback">;
}

export function conversationsArea(options: ConversationsAreaOptions = {}): Area & { hub: ReplyHub } {
  const hub = new ReplyHub();
  let service: ConversationService;
  let follower: ReplyFollower;
  let provider: ModelProvider;
  const fallback = createReflectiveProvider();
  return {
    hub,
    async setup(ctx: AppContext) {
      service = createConversationService(ctx, hub);
      // One per server: every stream waiting on a reply not written here shares its reads.
      follower = new ReplyFollower(ctx.db);
      provider =
        options.provider ??
        (ctx.config.model.provider === "reflective"
          ? fallback
          : await createProvider({
              provider: ctx.config.model.provider,
              baseUrl: ctx.config.model.baseUrl,
              apiKey: ctx.config.model.apiKey,
              model: ctx.config.model.model,
              modelPath: ctx.config.model.modelPath,
            }));
      const model = provider as Partial<ResilientProvider>;
      if (typeof model.circuitState === "function")
        ctx.lifecycle.addReadinessCheck("model", () =>
          model.circuitState!() === "open" ? "circuit open after repeated failures" : undefined,
        );
    },
    routes: [(ctx) => conversationRoutes(ctx, service, hub, follower)],
    async start(ctx) {
      // A provider or worker options given here (tests, benchmarks) need the worker in-process.
      if (!options.provider && !options.worker && canUseReplyThread(ctx)) {
        const thread = new ReplyThread(ctx, hub);
        await thread.start();
        return { stop: () => thread.stop(ctx.config.shutdownGraceMs) };
      }
      const worker = new ReplyWorker(ctx, hub, { provider, fallback, ...options.worker });
      await worker.start();
      return { stop: () => worker.stop(ctx.config.shutdownGraceMs) };
    },
  };
}
