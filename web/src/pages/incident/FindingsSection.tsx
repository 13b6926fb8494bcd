/** The finding's versions, the current one in full and the earlier ones folded away. */
import { useTranslation } from "react-i18next";
import type { Finding } from "../../api/types.js";
import { DateTime } from "../../ui/display.js";
import { FindingConclusions } from "../releases/FindingFields.js";

export function FindingsSection({ findings }: { findings: Finding[] }) {
  const { t } = useTranslation();
  const ordered = [...findings].sort((a, b) => b.version - a.version);
  const [current, ...earlier] = ordered;
  return (
    <section aria-labelledby="findings-title">
      <h2 id="findings-title">{t("incident.findingsTitle")}</h2>
      {!current ? (
        <p className="muted">{t("incident.noFindings")}</p>
      ) : (
        <>
          <FindingCard finding={current} current />
          {earlier.length > 0 && (
            <details className="earlier">
              <summary>{t("incident.earlier", { count: earlier.length })}</summary>
              {earlier.map((f) => (
                <FindingCard key={f.id} finding={f} />
              ))}
            </details>
          )}
        </>
      )}
    </section>
  );
}

function FindingCard({ finding: f, current }: { finding: Finding; current?: boolean }) {
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
      <FindingConclusions finding={f}>
        <dt>{t("incident.finding.createdAt")}</dt>
        <dd>
          <DateTime iso={f.createdAt} />
        </dd>
      </FindingConclusions>
      {f.publicNarrative && (
        <>
          <h4>{t("incident.finding.publicNarrative")}</h4>
          <p className="description" dir="auto">
            {f.publicNarrative}
          </p>
        </>
      )}
      {f.restrictedNarrative && (
        <>
          <h4>{t("incident.finding.restrictedNarrative")}</h4>
          <p className="description" dir="auto">
            {f.restrictedNarrative}
          </p>
        </>
      )}
    </article>
  );
}
