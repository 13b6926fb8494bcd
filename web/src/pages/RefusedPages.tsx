/** What the workspace answers for an address that has no page, or a page not for this role. */
import { useTranslation } from "react-i18next";
import { PageTitle } from "../shell/PageTitle.js";
import { useUser } from "../session.js";
import { Link } from "../router.js";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t("errors.notFoundTitle")}</PageTitle>
      <p>{t("errors.notFoundBody")}</p>
      <p>
        <Link to="/">{t("errors.goHome")}</Link>
      </p>
    </>
  );
}

/** A page that exists but is not for this role: say so, rather than that it does not exist. */
export function NotAllowedPage() {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <>
      <PageTitle>{t("errors.notAllowedTitle")}</PageTitle>
      <p>{t("errors.notAllowedBody", { role: t(`user.roles.${user.role}`) })}</p>
      <p>
        <Link to="/">{t("errors.goHome")}</Link>
      </p>
    </>
  );
}
