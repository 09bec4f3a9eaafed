/**
 * The reflection tools area: mood check-ins, journal, therapy log, self-checks, goals,
 * insights and "Take it to therapy". Its tables hang off the account with cascading
 * deletes, so deleting an account removes all of it; export is exportReflection.
 */
import { ReplyHub } from "../conversations/hub.js";
import { createConversationService, type ConversationService } from "../conversations/service.js";
import type { Area } from "../server/start.js";
import { reflectionRoutes } from "./routes.js";

export { exportReflection } from "./export.js";

export interface ReflectionAreaOptions {
  /** The conversations area's hub, so a journal entry handed to Maia wakes the reply worker at once. */
  replies?: ReplyHub;
}

export function reflectionArea(options: ReflectionAreaOptions = {}): Area {
  let conversations: ConversationService | undefined;
  return {
    setup(ctx) {
      conversations = createConversationService(ctx, options.replies ?? new ReplyHub());
    },
    routes: [(ctx) => reflectionRoutes(ctx, () => conversations!)],
  };
}
