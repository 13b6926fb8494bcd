/**
 * One commitment: what it obliges and to whom, its timeline (deadlines and progress observations
 * in date order, in the mission's time zone), its phases, what it waits for and what waits for
 * it, and the forms its readers may use: a status change (the chief, analysts) and a progress
 * observation (monitors, analysts, the chief, the commission's members).
 */
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import type { CommitmentDetail } from "../../api/commitment-types.js";
import { formatDateTime, formatDayLong } from "../../i18n/format.js";
import { Link } from "../../router.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { PartyList } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { TwoLanguageText } from "../../ui/TwoLanguages.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import { CommitmentStatusBadge, DueInstant } from "./commitment-bits.js";
import { BreachButton, ObservationForm, StatusForm } from "./CommitmentForms.js";
import { useUser } from "../../session.js";
import { CommitmentActionItems } from "../commission/CommitmentActionItems.js";
import { can } from "../../vocabulary.js";
import { textFor } from "../../../../src/domain/bilingual.js";
import { targetShape } from "./commitment-form.js";
import { previewShape } from "./TargetField.js";

const GeometryPreview = lazy(() => import("../../map/GeometryPreview.js"));

export function CommitmentPage({ id }: { id: string }) {
  const c = useApi(["commitment", id], (signal) => get(`/commitments/${id}`, { signal }));
  if (c.state === "loading") return <Loading />;
  if (c.state === "error") return <ErrorNotice error={c.error} onRetry={c.reload} />;
  return <CommitmentView c={c.data} />;
}

function CommitmentView({ c }: { c: CommitmentDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  const lang = useLang();
  const title = textFor(c.title, lang)?.text ?? c.reference;
  return (
    <>
      <PageTitle>{`${c.reference} — ${title}`}</PageTitle>
      <p data-testid="commitment-status" data-status={c.status}>
        <CommitmentStatusBadge status={c.status} />{" "}
        <span className="muted">{t(`commitments.type.${c.type}`)}</span>
      </p>
      {can.editCommitments(user) && (
        <p>
          <Link to={`/commitments/${c.id}/edit`} className="button secondary" id="edit-commitment">
            {t("commitments.edit.link")}
          </Link>
        </p>
      )}
      {c.disputed && <p className="notice notice-warning">{t("commitments.disputedNote")}</p>}
      <dl className="details">
        <dt>{t("commitments.clause")}</dt>
        <dd>
          <bdi>{c.provisionCode}</bdi>
        </dd>
        <dt>{t("commitments.obligated")}</dt>
        <dd>
          <PartyList codes={c.obligatedParties} />
        </dd>
        {c.beneficiaries && (
          <>
            <dt>{t("commitments.beneficiaries")}</dt>
            <dd>
              <bdi>{c.beneficiaries}</bdi>
            </dd>
          </>
        )}
        {c.target && (
          <>
            <dt>{t("commitments.target")}</dt>
            <dd>
              {c.target.quantity !== null ? (
                <bdi data-testid="target-quantity">
                  {c.target.quantity} {c.target.unit}
                </bdi>
              ) : (
                <TargetGeometry geometry={c.target.geometry} />
              )}
            </dd>
          </>
        )}
        {c.responsibleBody && (
          <>
            <dt>{t("commitments.responsibleBody")}</dt>
            <dd>
              <bdi>{c.responsibleBody}</bdi>
            </dd>
          </>
        )}
        {c.startBy && (
          <>
            <dt>{t("commitments.startBy")}</dt>
            <dd data-testid="start-by">
              <DueInstant iso={c.deadlines.find((d) => d.of === "start")?.dueAt ?? null} />{" "}
              <span className="muted">
                (<DayRefLabel label={c.deadlines.find((d) => d.of === "start")?.label ?? ""} />)
              </span>
            </dd>
          </>
        )}
        <dt>{t("commitments.deadline")}</dt>
        <dd data-testid="completion-deadline">
          <DueInstant iso={c.deadlineAt} />
          {c.completeWithinDays !== null && (
            <>
              {" "}
              <span className="muted">
                ({t("commitments.completeWithin", { days: c.completeWithinDays })})
              </span>
            </>
          )}
        </dd>
        <dt>{t("commitments.public")}</dt>
        <dd>{c.public ? "✓" : t("commitments.notPublic")}</dd>
      </dl>
      {(c.description.en || c.description.ar) && (
        <TwoLanguageText texts={c.description} as="p" switchable />
      )}
      <Timeline c={c} />
      {c.phases.length > 0 && (
        <section aria-labelledby="phases-title">
          <h2 id="phases-title">{t("commitments.phases")}</h2>
          <ol className="phase-list">
            {c.phases.map((p) => {
              const d = c.deadlines.find((x) => x.of === p.key);
              return (
                <li key={p.key} data-testid="phase" data-status={p.status}>
                  <TwoLanguageText texts={p.title} compact />{" "}
                  <span className="muted">
                    {d?.day
                      ? t("commitments.dueOn", {
                          label: isolate(d.label),
                          day: formatDayLong(d.day, lang),
                        })
                      : t("commitments.dueUndated", { label: isolate(d?.label ?? "") })}
                  </span>{" "}
                  <span className={`badge phase-${p.status}`}>
                    {t(`commitments.phaseStatus.${p.status}`)}
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
      )}
      <section aria-labelledby="deps-title">
        <h2 id="deps-title">{t("commitments.dependencies")}</h2>
        <div className="dependency-view">
          <DependencyList label={t("commitments.waitsFor")} items={c.waitsFor} testId="waits-for" />
          <div className="dependency-self" aria-hidden="true">
            <bdi>{c.reference}</bdi>
          </div>
          <DependencyList
            label={t("commitments.waitedForBy")}
            items={c.waitedForBy}
            testId="waited-for-by"
          />
        </div>
      </section>
      <CommitmentActionItems commitmentId={c.id} />
      {c.breaches.length > 0 && (
        <section aria-labelledby="breaches-title">
          <h2 id="breaches-title">{t("commitments.breaches")}</h2>
          <ul>
            {c.breaches.map((b) => (
              <li key={b.incidentId}>
                <Link to={`/incidents/${b.incidentId}`}>
                  <bdi>{b.reference}</bdi>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {user.role === "chief" &&
        (c.status === "overdue" || c.status === "reversed") &&
        c.breaches.length === 0 && <BreachButton id={c.id} />}
      {c.allowedStatuses.length > 0 && <StatusForm c={c} />}
      {c.mayObserve && <ObservationForm c={c} />}
    </>
  );
}

function DependencyList({
  label,
  items,
  testId,
}: {
  label: string;
  items: CommitmentDetail["waitsFor"];
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="dependency-column" data-testid={testId}>
      <h3>{label}</h3>
      {items.length === 0 ? (
        <p className="muted">{t("commitments.none")}</p>
      ) : (
        <ul>
          {items.map((d) => (
            <li key={d.id} data-testid="dependency" data-status={d.status}>
              <Link to={`/commitments/${d.id}`}>
                <bdi>{d.reference}</bdi>
              </Link>{" "}
              <TwoLanguageText texts={d.title} compact />{" "}
              <CommitmentStatusBadge status={d.status} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type Entry =
  | { kind: "deadline"; at: string | null; d: CommitmentDetail["deadlines"][number] }
  | { kind: "observation"; at: string; o: CommitmentDetail["observations"][number] };

/** Deadlines and observations in date order; undated deadlines last. */
function Timeline({ c }: { c: CommitmentDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const entries: Entry[] = [
    ...c.deadlines.map((d) => ({ kind: "deadline" as const, at: d.dueAt, d })),
    ...c.observations.map((o) => ({ kind: "observation" as const, at: o.observedAt, o })),
  ].sort((a, b) => (a.at ?? "9999").localeCompare(b.at ?? "9999"));
  const phaseTitle = (key: string) => {
    const p = c.phases.find((x) => x.key === key);
    return p ? (textFor(p.title, lang)?.text ?? key) : key;
  };
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("commitments.deadlines")}</h2>
      <ol className="commitment-timeline">
        {entries.map((e) =>
          e.kind === "deadline" ? (
            <li
              key={`d-${e.d.of ?? "completion"}`}
              className={`timeline-deadline${e.d.met ? " is-met" : ""}`}
            >
              <strong>
                {e.d.of === null
                  ? t("commitments.deadlineOf.completion")
                  : e.d.of === "start"
                    ? t("commitments.deadlineOf.start")
                    : phaseTitle(e.d.of)}
              </strong>{" "}
              {e.d.day
                ? t("commitments.dueOn", {
                    label: isolate(e.d.label),
                    day: formatDayLong(e.d.day, lang),
                  })
                : t("commitments.dueUndated", { label: isolate(e.d.label) })}
              {e.d.met && <span className="badge phase-met">{t("commitments.metMark")}</span>}
            </li>
          ) : (
            <li key={`o-${e.o.id}`} className="timeline-observation" data-testid="observation">
              <strong>{formatDateTime(e.o.observedAt, lang)}</strong>{" "}
              <span className="badge">
                {t("commitments.verification", { level: e.o.verificationLevel })}
              </span>
              {e.o.showsStatus && <CommitmentStatusBadge status={e.o.showsStatus} />}
              {e.o.disputes && (
                <span className="badge badge-warning">{t("commitments.disputes")}</span>
              )}
              <TwoLanguageText texts={e.o.note} as="p" switchable />
              {e.o.recordedParty && (
                <p className="muted small">
                  {t("commitments.recordedByParty", { party: e.o.recordedParty })}
                </p>
              )}
              {e.o.source && (
                <p className="muted small">
                  {t("commitments.source")}: <bdi>{e.o.source}</bdi>
                </p>
              )}
              {e.o.sourceGrades && e.o.sourceGrades.length > 0 && (
                <ul className="small graded-sources">
                  {e.o.sourceGrades.map((g) => (
                    <li key={g.reportId}>
                      <Link to={`/reports/${g.reportId}`}>
                        {t("commitments.gradedReport", {
                          grade: `${g.reliability}${g.credibility}`,
                        })}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
              {e.o.evidenceIds && e.o.evidenceIds.length > 0 && (
                <p className="small">
                  {t("commitments.evidence")}:{" "}
                  {e.o.evidenceIds.map((ev) => (
                    <a key={ev} href={`/api/v1/evidence/${ev}/content`} className="evidence-link">
                      <bdi>{ev.slice(0, 8)}</bdi>
                    </a>
                  ))}
                </p>
              )}
            </li>
          ),
        )}
      </ol>
      {c.observations.length === 0 && <p className="muted">{t("commitments.noObservations")}</p>}
    </section>
  );
}

/** A deadline as written ("D+90", "2021-02-10+120"), kept left to right in an Arabic sentence. */
const isolate = (label: string) => `\u2066${label}\u2069`;

function DayRefLabel({ label }: { label: string }) {
  return <bdi dir="ltr">{label}</bdi>;
}

/** A target line or area: what it is, drawn on a small map. */
function TargetGeometry({ geometry }: { geometry: unknown }) {
  const { t } = useTranslation();
  const g = geometry as GeoJSON.Geometry | null;
  const preview = useMemo(() => (g && typeof g === "object" ? previewShape(g) : null), [g]);
  if (!g || !preview) return null;
  const shape = targetShape(g);
  return (
    <div className="target-geometry" data-testid="target-geometry">
      <p>{t(shape === "line" ? "commitments.targetLine" : "commitments.targetArea")}</p>
      <Suspense fallback={null}>
        <GeometryPreview shape={preview} />
      </Suspense>
    </div>
  );
}
