// Unsent words are kept on this device per conversation, so a reload or a dropped signal never
// loses them. Cleared once sent, and on signing out.
const prefix = "asclepiad:draft:";

export function loadDraft(conversationId: string): string {
  try {
    return localStorage.getItem(prefix + conversationId) ?? "";
  } catch {
    return "";
  }
}

export function saveDraft(conversationId: string, text: string): void {
  try {
    if (text) localStorage.setItem(prefix + conversationId, text);
    else localStorage.removeItem(prefix + conversationId);
  } catch {
    // Storage may be full or unavailable; the draft then lives only on screen.
  }
}
