/**
 * The frame of the pages before the workspace (log-in, a new user's welcome, the second-factor
 * set-up): the language switch, the product's and the mission's names, one card.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { missionName, useMission } from "../mission/MissionProvider.js";
import { useSession } from "../session.js";
import { useLang } from "../ui/use-lang.js";
import { LanguageSwitch } from "./LanguageSwitch.js";

export function LoginFrame({ actions, children }: { actions?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const mission = useMission();
  const lang = useLang();
  return (
    <div className="login-layout">
      <header className="login-top">
        <LanguageSwitch />
        {actions}
      </header>
      <main id="main" className="login-card">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-text">
            <span className="brand-name">{t("app.name")}</span>
            <span className="brand-mission">{missionName(mission, lang)}</span>
          </span>
        </div>
        {children}
      </main>
    </div>
  );
}

/** The log-out button of a signed-in page before the workspace (enrolment, first password). */
export function LogoutAction({ onError }: { onError: (err: unknown) => void }) {
  const { t } = useTranslation();
  const { logout } = useSession();
  const leave = async () => {
    try {
      await logout();
    } catch (err) {
      onError(err);
    }
  };
  return (
    <button type="button" className="button secondary" onClick={() => void leave()}>
      {t("user.logout")}
    </button>
  );
}
