/** Small pieces the commitments pages share: a status badge and a deadline as written. */
import { useTranslation } from "react-i18next";
import type { CommitmentItem } from "../../api/commitment-types.js";
import { formatDay } from "../../i18n/format.js";
import { missionTimeZone } from "../../mission/mission-zone.js";
import { isoToWallTime } from "../../time/mission-time.js";
import { useLang } from "../../ui/use-lang.js";

export function CommitmentStatusBadge({ status }: { status: CommitmentItem["status"] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge commitment-status commitment-status-${status}`}>
      {t(`commitments.status.${status}`)}
    </span>
  );
}

/**
 * The day a commitment is due by, in the mission's zone (the instant it is over is the next
 * midnight: the day shown is the one before it); or that it is not dated yet.
 */
export function DueInstant({ iso }: { iso: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!iso) return <span className="muted">{t("commitments.noDeadline")}</span>;
  const lastMoment = new Date(new Date(iso).getTime() - 1).toISOString();
  const day = isoToWallTime(lastMoment, missionTimeZone()).slice(0, 10);
  return <time dateTime={day}>{formatDay(day, lang)}</time>;
}
