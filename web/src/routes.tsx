// Every page of the app in one table: its path, its title, and who may see it. Add a new area's
// page here and its entry in nav.ts.
import type { VNode } from "preact";
import { CoinsPage } from "./pages/coins.js";
import { HomePage } from "./pages/home.js";
import { KeyPage } from "./pages/key.js";
import { MaiaListPage } from "./pages/maia-list.js";
import { MaiaThreadPage } from "./pages/maia-thread.js";
import { GoalsPage } from "./pages/goals.js";
import { InsightsPage } from "./pages/insights.js";
import { JournalPage } from "./pages/journal.js";
import { MoodPage } from "./pages/mood.js";
import { ReflectPage } from "./pages/reflect.js";
import { SelfChecksPage } from "./pages/self-checks.js";
import { SettingsPage } from "./pages/settings.js";
import { TakeItToTherapyPage } from "./pages/take-it-to-therapy.js";
import { TherapyLogPage } from "./pages/therapy-log.js";
import { SignInPage } from "./pages/signin.js";
import { WelcomePage } from "./pages/welcome.js";

export interface Route {
  path: string;
  title: string;
  /** "signed-in" pages send visitors to sign in; "signed-out" pages send members home. */
  access: "public" | "signed-in" | "signed-out";
  render: (params: Record<string, string>) => VNode;
}

export const routes: Route[] = [
  { path: "/", title: "Welcome", access: "signed-out", render: () => <WelcomePage /> },
  { path: "/signin", title: "Sign in", access: "signed-out", render: () => <SignInPage /> },
  { path: "/key", title: "Your account key", access: "public", render: () => <KeyPage /> },
  { path: "/home", title: "Your space", access: "signed-in", render: () => <HomePage /> },
  { path: "/maia", title: "Maia", access: "signed-in", render: () => <MaiaListPage /> },
  {
    path: "/maia/:id",
    title: "Conversation with Maia",
    access: "signed-in",
    render: (params) => <MaiaThreadPage key={params.id} params={params} />,
  },
  { path: "/coins", title: "AsclepiCoins", access: "signed-in", render: () => <CoinsPage /> },
  { path: "/reflect", title: "Reflect", access: "signed-in", render: () => <ReflectPage /> },
  { path: "/reflect/journal", title: "Journal", access: "signed-in", render: () => <JournalPage /> },
  { path: "/reflect/mood", title: "Mood", access: "signed-in", render: () => <MoodPage /> },
  { path: "/reflect/therapy", title: "Therapy log", access: "signed-in", render: () => <TherapyLogPage /> },
  { path: "/reflect/checks", title: "Self-checks", access: "signed-in", render: () => <SelfChecksPage /> },
  { path: "/reflect/goals", title: "Goals", access: "signed-in", render: () => <GoalsPage /> },
  { path: "/reflect/insights", title: "Insights", access: "signed-in", render: () => <InsightsPage /> },
  {
    path: "/reflect/take-it-to-therapy",
    title: "Take it to therapy",
    access: "signed-in",
    render: () => <TakeItToTherapyPage />,
  },
  { path: "/settings", title: "Settings", access: "signed-in", render: () => <SettingsPage /> },
];
