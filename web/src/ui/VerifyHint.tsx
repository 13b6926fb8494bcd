/** How to check a signed file against this server's keys and checkpoints (decision 0020). */
import { useTranslation } from "react-i18next";

export function VerifyHint() {
  const { t } = useTranslation();
  return (
    <p className="hint">
      {t("signing.verifyHint")}{" "}
      <code dir="ltr" lang="en">
        cfm verify FILE --server {window.location.origin}
      </code>
    </p>
  );
}
