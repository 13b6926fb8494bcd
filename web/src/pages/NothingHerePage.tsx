import { useTranslation } from "react-i18next";
import { PageTitle } from "../shell/PageTitle.js";
import { useUser } from "../session.js";
import { Link } from "../router.js";

/** Roles whose work (audit, administration) this workspace does not offer yet. */
export function NothingHerePage() {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <>
      <PageTitle>{t("home.nothingTitle")}</PageTitle>
      <p>{t("home.nothingBody", { role: t(`user.roles.${user.role}`) })}</p>
    </>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t("errors.codes.route_not_found")}</PageTitle>
      <p>
        <Link to="/">{t("common.back")}</Link>
      </p>
    </>
  );
}
