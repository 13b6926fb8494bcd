/**
 * The findings the viewer may read. The mission reads every version, the current one in full and
 * the earlier ones folded away; anyone else reads the finding as released to them (a frozen
 * snapshot, dated by its release) or, in their reply window, is pointed to the draft.
 */
import { useTranslation } from "react-i18next";
import { isDraftedFinding, type IncidentDetail } from "../../api/types.js";
import { Link } from "../../router.js";
import { useUser } from "../../session.js";
import { DateTime } from "../../ui/display.js";
import { can } from "../../vocabulary.js";
import { FindingConclusions, FindingNarratives } from "../releases/FindingFields.js";

/** A mission finding version, or a released snapshot (no id, no creation time). */
type ShownFinding = IncidentDetail["findings"][number];

export function FindingsSection({ incident: i }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  const mission = can.seeInternalFields(user);
  const ordered = [...i.findings].sort((a, b) => b.version - a.version);
  const [current, ...earlier] = ordered;
  // The release the viewer reads is the newest one listed to them.
  const releasedAt = mission ? null : (i.releases[0]?.releaseAt ?? null);
  const replyOpen =
    !mission &&
    i.state === "right_of_reply" &&
    i.replyWindow !== null &&
    Date.parse(i.replyWindow.closesAt) > Date.now();
  return (
    <section aria-labelledby="findings-title">
      <h2 id="findings-title">{t("incident.findingsTitle")}</h2>
      {!current && (
        <p className="muted">
          {mission
            ? t("incident.noFindings")
            : replyOpen
              ? t("incident.draftInReply", { version: i.replyWindow!.findingVersion })
              : t("incident.noFindingReleased")}
          {replyOpen && (
            <>
              {" "}
              <Link to={`/releases/drafts/${i.id}`}>{t("incidentReleases.readDraft")}</Link>
            </>
          )}
        </p>
      )}
      {current && (
        <>
          <FindingCard
            finding={current}
            current
            releasedAt={releasedAt}
            cited={i.citedProvisions}
          />
          {earlier.length > 0 && (
            <details className="earlier">
              <summary>{t("incident.earlier", { count: earlier.length })}</summary>
              {earlier.map((f) => (
                <FindingCard
                  key={isDraftedFinding(f) ? f.id : f.version}
                  finding={f}
                  releasedAt={null}
                  cited={i.citedProvisions}
                />
              ))}
            </details>
          )}
        </>
      )}
    </section>
  );
}

function FindingCard({
  finding: f,
  current,
  releasedAt,
  cited,
}: {
  finding: ShownFinding;
  current?: boolean;
  releasedAt: string | null;
  /** The wording every finding shown cites, by finding version. */
  cited: IncidentDetail["citedProvisions"];
}) {
  const { t } = useTranslation();
  return (
    <article
      className="panel finding"
      aria-label={t("incident.findingVersion", { version: f.version })}
    >
      <h3 className="panel-title">
        {t("incident.findingVersion", { version: f.version })}
        {current && <span className="badge badge-current">{t("incident.current")}</span>}
      </h3>
      <FindingConclusions finding={f} cited={cited.filter((c) => c.findingVersion === f.version)}>
        {isDraftedFinding(f) && (
          <>
            <dt>{t("incident.finding.createdAt")}</dt>
            <dd>
              <DateTime iso={f.createdAt} />
            </dd>
          </>
        )}
        {releasedAt && (
          <>
            <dt>{t("incident.finding.releasedAt")}</dt>
            <dd>
              <DateTime iso={releasedAt} />
            </dd>
          </>
        )}
      </FindingConclusions>
      <FindingNarratives finding={f} heading="h4" hideEmpty />
    </article>
  );
}
