/** The user's own account security: second factor, sessions, API tokens and password. */
import { useTranslation } from "react-i18next";
import { useSession, useUser } from "../../session.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { EmailNoticesSection } from "./EmailNoticesSection.js";
import { PasswordSection } from "./PasswordSection.js";
import { SessionsSection } from "./SessionsSection.js";
import { TokensSection } from "./TokensSection.js";
import { TotpSetup } from "./TotpSetup.js";

export function AccountPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { refresh } = useSession();
  const factor = user.secondFactor;
  return (
    <div className="account-page">
      <PageTitle>{t("account.title")}</PageTitle>
      <p className="muted">{t("account.intro")}</p>
      <section aria-labelledby="account-2fa" className="panel">
        <h2 id="account-2fa">{t("account.secondFactor.title")}</h2>
        {factor?.enrolled ? (
          <>
            <p>{t("account.secondFactor.enrolled", { count: factor.recoveryCodesLeft })}</p>
            <p className="muted">{t("account.secondFactor.resetHint")}</p>
          </>
        ) : (
          <>
            <p>{t("account.secondFactor.notEnrolled")}</p>
            <TotpSetup onDone={() => void refresh()} />
          </>
        )}
      </section>
      <EmailNoticesSection />
      <SessionsSection />
      <TokensSection />
      <PasswordSection />
    </div>
  );
}
