/**
 * A finding as the parties read it — the draft in the reply window or a released snapshot: its
 * conclusions, then the narratives exactly as the mission wrote them, in the reader's language where
 * written (else the other, marked as a missing translation), with a switch to the other language.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ReleaseContent } from "../../api/release-types.js";
import { findingNarratives } from "../../../../src/domain/bilingual.js";
import { Party } from "../../ui/display.js";
import { TwoLanguageText } from "../../ui/TwoLanguages.js";
import { CitedProvisions, type CitedProvision } from "./CitedProvisions.js";

/**
 * The draft finding or a release's frozen snapshot: the snapshot's shape, whose vocabularies are
 * plain words (a release keeps the words of the day it was frozen); a draft fits it.
 */
export type PartyFinding = ReleaseContent["finding"];

/** A code's label from one of the vocabularies (outcome, verification…), or "—". */
export function useCodeLabel() {
  const { t } = useTranslation();
  return (group: string, code: string | number | null) =>
    code === null ? t("common.none") : (t(`${group}.${code}` as never) as string);
}

/**
 * A finding's conclusions as a definition list: outcome, levels, attributed party, provisions,
 * severity, standard of proof; `children` adds rows (e.g. when the version was saved). With
 * `cited`, each provision is shown with the wording the finding cites.
 */
export function FindingConclusions({
  finding: f,
  cited,
  children,
}: {
  finding: Pick<
    PartyFinding,
    | "outcome"
    | "verificationLevel"
    | "attributionLevel"
    | "attributedParty"
    | "provisions"
    | "severity"
    | "standardOfProof"
  >;
  /** The wording of the provisions this finding cites, as in force when it was drafted. */
  cited?: readonly CitedProvision[];
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  return (
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
        {f.provisions.length === 0 ? (
          t("common.none")
        ) : cited ? (
          <CitedProvisions codes={f.provisions} cited={cited} />
        ) : (
          f.provisions.map((p, n) => (
            <span key={p}>
              {n > 0 && " · "}
              <bdi className="mono">{p}</bdi>
            </span>
          ))
        )}
      </dd>
      <dt>{t("incident.finding.severity")}</dt>
      <dd>{label("severity", f.severity)}</dd>
      <dt>{t("incident.finding.standardOfProof")}</dt>
      <dd>{label("proof", f.standardOfProof)}</dd>
      {children}
    </dl>
  );
}

/**
 * A finding's public and (where the reader may see it) restricted narratives in two languages:
 * `Heading` is the level of their headings.
 */
export function FindingNarratives({
  finding: f,
  heading: Heading = "h3",
  hideEmpty = false,
}: {
  finding: Parameters<typeof findingNarratives>[0];
  heading?: "h3" | "h4";
  /** Leave out a narrative written in neither language, instead of showing "—". */
  hideEmpty?: boolean;
}) {
  const { t } = useTranslation();
  const n = findingNarratives(f);
  const written = (texts: { ar: string; en: string }) =>
    !hideEmpty || texts.ar.trim() !== "" || texts.en.trim() !== "";
  return (
    <>
      {written(n.public) && (
        <section className="narrative-block">
          <Heading className="narrative-title">{t("incident.finding.publicNarrative")}</Heading>
          <TwoLanguageText
            as="p"
            className="description narrative"
            texts={n.public}
            authoritative={n.authoritative}
            switchable
          />
        </section>
      )}
      {n.restricted && written(n.restricted) && (
        <section className="narrative-block">
          <Heading className="narrative-title">{t("incident.finding.restrictedNarrative")}</Heading>
          <TwoLanguageText
            as="p"
            className="description narrative"
            texts={n.restricted}
            authoritative={n.authoritative}
            switchable
          />
        </section>
      )}
    </>
  );
}

export function FindingFields({
  finding: f,
  cited,
}: {
  finding: PartyFinding;
  /** The wording of the provisions it cites, as in force when it was drafted. */
  cited?: readonly CitedProvision[];
}) {
  return (
    <>
      <FindingConclusions finding={f} cited={cited} />
      <FindingNarratives finding={f} />
    </>
  );
}
