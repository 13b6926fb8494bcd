/**
 * What a user sees after a password-only login when their account needs a second factor and has
 * none yet: nothing else is reachable until it is set up (the server enforces this too).
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../session.js";
import { LoginFrame, LogoutAction } from "../../shell/LoginFrame.js";
import { ErrorNotice } from "../../ui/notices.js";
import { TotpSetup } from "./TotpSetup.js";

export function EnrolmentPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    document.title = t("app.pageTitle", { page: t("account.enrol.title") });
  }, [t]);

  return (
    <LoginFrame actions={<LogoutAction onError={setError} />}>
      <h1 className="page-title">{t("account.enrol.title")}</h1>
      <p className="muted">{t("account.enrol.intro")}</p>
      {error !== null && <ErrorNotice error={error} />}
      <TotpSetup onDone={() => void refresh()} />
    </LoginFrame>
  );
}
