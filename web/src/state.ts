// Who is signed in and what the server told us at start-up, shared with every page.
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Account, Config } from "./types.js";

export interface AppState {
  config: Config | null;
  /** undefined while we are still asking the server; null when nobody is signed in. */
  account: Account | null | undefined;
  setAccount: (account: Account | null) => void;
}

export const AppContext = createContext<AppState>({
  config: null,
  account: undefined,
  setAccount: () => undefined,
});

export function useApp(): AppState {
  return useContext(AppContext);
}

/** Drafts live in localStorage; forget them when someone signs out on a shared device. */
export function forgetLocalData(): void {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i);
      if (key?.startsWith("asclepiad:")) localStorage.removeItem(key);
    }
  } catch {
    // Storage can be unavailable (private mode); there is then nothing to forget.
  }
}
