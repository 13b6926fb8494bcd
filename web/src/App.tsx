/** The app: the login page, or the workspace of the logged-in user. */
import { useTranslation } from "react-i18next";
import { OutboxProvider } from "./outbox/OutboxProvider.js";
import { LoginPage } from "./pages/LoginPage.js";
import { EnrolmentPage } from "./pages/account/EnrolmentPage.js";
import { useSession } from "./session.js";
import { Shell } from "./shell/Shell.js";

export function App() {
  const { session } = useSession();
  const { t } = useTranslation();
  if (session.status === "loading") {
    return (
      <p className="boot" role="status">
        {t("common.loading")}
      </p>
    );
  }
  if (session.status === "anonymous") return <LoginPage error={session.error} />;
  if (session.user.enrolmentRequired && !session.offline) return <EnrolmentPage />;
  return (
    <OutboxProvider username={session.user.username} key={session.user.username}>
      <Shell user={session.user} offline={session.offline} />
    </OutboxProvider>
  );
}
