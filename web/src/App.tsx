/** The app: the router, and under it the login page or the workspace of the logged-in user. */
import { useTranslation } from "react-i18next";
import { RouterProvider, useLocation, useRouteError } from "react-router";
import { OutboxProvider } from "./outbox/OutboxProvider.js";
import { LoginPage } from "./pages/LoginPage.js";
import { EnrolmentPage } from "./pages/account/EnrolmentPage.js";
import { FirstPasswordPage } from "./pages/account/FirstPasswordPage.js";
import { WelcomePage } from "./pages/account/WelcomePage.js";
import { createRouter } from "./router.js";
import { useSession } from "./session.js";
import { Shell } from "./shell/Shell.js";
import { workspaceRoutes } from "./shell/routes.js";

/**
 * Whoever is not logged in sees the login page at any address; after logging in, the address
 * asked for opens (a deep link survives the login).
 */
function Workspace() {
  const { session } = useSession();
  const { t } = useTranslation();
  // A new user's enrolment link opens outside the workspace, logged in or not.
  if (useLocation().pathname === "/welcome") return <WelcomePage />;
  if (session.status === "loading") {
    return (
      <p className="boot" role="status">
        {t("common.loading")}
      </p>
    );
  }
  if (session.status === "anonymous") return <LoginPage error={session.error} />;
  // The server refuses everything else until then: an initial password first, then the factor.
  if (session.user.passwordChangeRequired && !session.offline) return <FirstPasswordPage />;
  if (session.user.enrolmentRequired && !session.offline) return <EnrolmentPage />;
  return (
    <OutboxProvider username={session.user.username} key={session.user.username}>
      <Shell user={session.user} offline={session.offline} />
    </OutboxProvider>
  );
}

/** Hands a failure outside any page to the app's own error boundary (main.tsx), not the router's. */
function ToAppBoundary(): never {
  throw useRouteError();
}

const router = createRouter([
  { path: "/", element: <Workspace />, errorElement: <ToAppBoundary />, children: workspaceRoutes },
]);

export function App() {
  // Without transitions a move draws at once, as the app's own router did: the map's time fields
  // are drawn from the address they write, and a page still loading shows its notice.
  return <RouterProvider router={router} useTransitions={false} />;
}
