/**
 * The product's areas, in one list: each contributes routes and, where it has background
 * work, a service started with the server. Adding an area is one line here.
 */
import { coinsArea } from "../coins/index.js";
import { conversationsArea } from "../conversations/index.js";
import { privacyArea } from "../privacy/area.js";
import { reflectionArea } from "../reflection/index.js";
import { safetyArea } from "../safety/area.js";
import { opsArea } from "../ops/area.js";
import type { Area } from "./start.js";

export function createAreas(): Area[] {
  const conversations = conversationsArea();
  return [
    opsArea(),
    safetyArea(),
    coinsArea(),
    conversations,
    privacyArea(),
    reflectionArea({ replies: conversations.hub }),
  ];
}
