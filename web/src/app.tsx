// The shell around every page: skip link, Get help now, Quick exit, navigation, and the page the
// address asks for. Help and Quick exit render before anything is loaded, so they never wait.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { api } from "./api.js";
import { areas } from "./nav.js";
import { NotFoundPage } from "./pages/not-found.js";
import { listenForDoubleEscape, quickExit } from "./quick-exit.js";
import { Link, matchPath, navigate, useLocation } from "./router.js";
import { routes } from "./routes.js";
import { AppContext, type AppState } from "./state.js";
import type { Account, Config } from "./types.js";

function helpHref(account: Account | null | undefined, config: Config | null): string {
  const country = account?.country || config?.defaultCountry;
  return country ? `/help?country=${encodeURIComponent(country)}` : "/help";
}

export function App() {
  const [config, setConfig] = useState<Config | null>(null);
  const [account, setAccount] = useState<Account | null | undefined>(undefined);
  const { path } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => listenForDoubleEscape(), []);

  useEffect(() => {
    api
      .config()
      .then(setConfig)
      .catch(() => setConfig(null));
    api
      .me()
      .then((result) => setAccount(result.account))
      .catch(() => setAccount(null));
  }, []);

  const match = useMemo(() => {
    for (const route of routes) {
      const params = matchPath(route.path, path);
      if (params) return { route, params };
    }
    return null;
  }, [path]);

  // Keep people where they belong: members skip the welcome, visitors are asked to sign in.
  const redirect =
    account === undefined || !match
      ? null
      : match.route.access === "signed-in" && !account
        ? `/signin?next=${encodeURIComponent(path)}`
        : match.route.access === "signed-out" && account
          ? "/home"
          : null;

  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);

  useEffect(() => {
    document.title = `${match ? match.route.title : "Page not found"} – Asclepiad`;
  }, [match]);

  // After moving to another page, put focus on its heading so screen readers announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>("h1");
    (heading ?? mainRef.current)?.focus();
  }, [path]);

  const state: AppState = { config, account, setAccount };
  const ready = account !== undefined && !redirect;

  return (
    <AppContext.Provider value={state}>
      <a class="skip-link" href="#main">
        Skip to main content
      </a>
      <header class="site-header">
        <div class="bar">
          <Link href={account ? "/home" : "/"} class="brand">
            Asclepiad
          </Link>
          <div class="urgent">
            <a class="help-link" href={helpHref(account, config)}>
              Get help now
            </a>
            <button type="button" class="quick-exit" onClick={quickExit}>
              Quick exit
            </button>
          </div>
        </div>
        {account ? (
          <nav aria-label="Main">
            <ul>
              <li>
                <Link href="/home" aria-current={path === "/home" ? "page" : undefined}>
                  Home
                </Link>
              </li>
              {areas.map((area) => (
                <li key={area.path}>
                  <Link
                    href={area.path}
                    aria-current={path === area.path || path.startsWith(`${area.path}/`) ? "page" : undefined}
                  >
                    {area.label}
                  </Link>
                </li>
              ))}
              <li>
                <Link href="/settings" aria-current={path === "/settings" ? "page" : undefined}>
                  Settings
                </Link>
              </li>
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {!ready ? (
          <p class="loading">Loading…</p>
        ) : match ? (
          match.route.render(match.params)
        ) : (
          <NotFoundPage />
        )}
      </main>
      <footer class="site-footer">
        <p>
          Asclepiad is a reflection companion, not therapy and not a crisis service. Maia is an AI. Press
          Escape twice to leave quickly.
        </p>
      </footer>
    </AppContext.Provider>
  );
}
