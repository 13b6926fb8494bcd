/**
 * The commitments the list has loaded (the page above it says when that is not all of them) on
 * one timeline: month by month in the order they fall due (the day their completion deadline
 * ends, in the mission's zone), each with its status and what it waits for, so that a chain (road
 * reopening ← demining ← withdrawal) reads at a glance. Commitments not dated yet (an anchor event
 * still to come) close the list.
 */
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { CommitmentItem } from "../../api/commitment-types.js";
import { formatDay, formatMonth } from "../../i18n/format.js";
import { missionTimeZone } from "../../mission/mission-zone.js";
import { Link } from "../../router.js";
import { isoToWallTime } from "../../time/mission-time.js";
import { TwoLanguageText } from "../../ui/TwoLanguages.js";
import { useLang } from "../../ui/use-lang.js";
import { CommitmentStatusBadge } from "./commitment-bits.js";

/** The day a deadline instant (the end of its day) falls on, in the mission's zone. */
function dueDay(iso: string): string {
  const lastMoment = new Date(new Date(iso).getTime() - 1).toISOString();
  return isoToWallTime(lastMoment, missionTimeZone()).slice(0, 10);
}

export function CommitmentsTimeline({ items }: { items: readonly CommitmentItem[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const byId = new Map(items.map((c) => [c.id, c]));
  const dated = items
    .filter((c) => c.deadlineAt !== null)
    .map((c) => ({ c, day: dueDay(c.deadlineAt!) }))
    .sort((a, b) => a.day.localeCompare(b.day) || a.c.reference.localeCompare(b.c.reference));
  const months = new Map<string, typeof dated>();
  for (const e of dated) {
    const m = e.day.slice(0, 7);
    months.set(m, [...(months.get(m) ?? []), e]);
  }
  const undated = items.filter((c) => c.deadlineAt === null);
  const entry = (c: CommitmentItem, day: string | null) => (
    <li key={c.id} data-testid="timeline-commitment" className={`timeline-status-${c.status}`}>
      <span className="timeline-day">
        {day ? <time dateTime={day}>{formatDay(day, lang)}</time> : t("commitments.noDeadline")}
      </span>{" "}
      <Link to={`/commitments/${c.id}`}>
        <bdi>{c.reference}</bdi>
      </Link>{" "}
      <TwoLanguageText texts={c.title} compact /> <CommitmentStatusBadge status={c.status} />
      {c.dependsOn.length > 0 && (
        <span className="timeline-waits muted small">
          {" "}
          {t("commitments.waitsFor")}:{" "}
          {c.dependsOn.map((d, i) => (
            <Fragment key={d}>
              {/* The separator outside the isolated reference, so it stays between them in Arabic. */}
              {i > 0 && (lang === "ar" ? "، " : ", ")}
              <bdi className="timeline-dep">
                {byId.get(d)?.reference ?? t("commitments.notYetShown")}
              </bdi>
            </Fragment>
          ))}
        </span>
      )}
    </li>
  );
  return (
    <div className="commitments-timeline">
      {[...months].map(([month, entries]) => (
        <section
          key={month}
          className="timeline-month"
          data-month={month}
          aria-label={formatMonth(`${month}-01`, lang)}
        >
          <h3>{formatMonth(`${month}-01`, lang)}</h3>
          <ol className="commitment-timeline">{entries.map((e) => entry(e.c, e.day))}</ol>
        </section>
      ))}
      {undated.length > 0 && (
        <section className="timeline-month">
          <h3>{t("commitments.noDeadline")}</h3>
          <ol className="commitment-timeline">{undated.map((c) => entry(c, null))}</ol>
        </section>
      )}
    </div>
  );
}
