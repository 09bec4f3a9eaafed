// Error and status messages: errors interrupt politely (role="alert"), good news waits its turn.
import type { ComponentChildren } from "preact";

export function ErrorMessage({ children, id }: { children: ComponentChildren; id?: string }) {
  if (!children) return null;
  return (
    <p class="message message-error" role="alert" id={id}>
      {children}
    </p>
  );
}

export function StatusMessage({ children }: { children: ComponentChildren }) {
  return (
    <p class="message message-status" role="status">
      {children}
    </p>
  );
}
