// A one-time message carried across a page change ("You've been signed out."), shown once and forgotten.
let pending: string | null = null;

export function setFlash(message: string): void {
  pending = message;
}

export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
