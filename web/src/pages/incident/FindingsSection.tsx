/** The finding's versions, the current one in full and the earlier ones folded away. */
import { useTranslation } from "react-i18next";
import type { Finding } from "../../api/types.js";
import { DateTime, Party } from "../../ui/display.js";

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
  const label = (group: string, code: string | number | null) =>
    code === null ? t("common.none") : (t(`${group}.${code}` as never) as string);
  return (
    <article
      className="panel finding"
      aria-label={t("incident.findingVersion", { version: f.version })}
    >
      <h3 className="panel-title">
        {t("incident.findingVersion", { version: f.version })}
        {current && <span className="badge badge-current">{t("incident.current")}</span>}
      </h3>
      <dl className="details">
        <dt>{t("incident.finding.outcome")}</dt>
        <dd>{label("outcome", f.outcome)}</dd>
        <dt>{t("incident.finding.verificationLevel")}</dt>
        <dd>{label("verification", f.verificationLevel)}</dd>
        <dt>{t("incident.finding.attributionLevel")}</dt>
        <dd>{label("attribution", f.attributionLevel)}</dd>
        {f.attributedParty && (
          <>
            <dt>{t("incident.finding.attributedParty")}</dt>
            <dd>
              <Party code={f.attributedParty} />
            </dd>
          </>
        )}
        <dt>{t("incident.finding.provisions")}</dt>
        <dd>
          {f.provisions.length === 0
            ? t("common.none")
            : f.provisions.map((p, n) => (
                <span key={p}>
                  {n > 0 && " · "}
                  <bdi className="mono">{p}</bdi>
                </span>
              ))}
        </dd>
        <dt>{t("incident.finding.severity")}</dt>
        <dd>{label("severity", f.severity)}</dd>
        <dt>{t("incident.finding.standardOfProof")}</dt>
        <dd>{label("proof", f.standardOfProof)}</dd>
        <dt>{t("incident.finding.createdAt")}</dt>
        <dd>
          <DateTime iso={f.createdAt} />
        </dd>
      </dl>
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
