/** Small pieces the commitments pages share: a status badge and a deadline as written. */
import { useTranslation } from "react-i18next";
import type { CommitmentItem } from "../../api/commitment-types.js";
import { formatDateTime } from "../../i18n/format.js";
import { useLang } from "../../ui/use-lang.js";

export function CommitmentStatusBadge({ status }: { status: CommitmentItem["status"] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge commitment-status commitment-status-${status}`}>
      {t(`commitments.status.${status}`)}
    </span>
  );
}

/** When the whole commitment is due, in the mission's zone; or that it is not dated yet. */
export function DueInstant({ iso }: { iso: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!iso) return <span className="muted">{t("commitments.noDeadline")}</span>;
  return <time dateTime={iso}>{formatDateTime(iso, lang)}</time>;
}
