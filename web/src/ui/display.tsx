/** Small pieces that show a value the same way on every page. */
import { useTranslation } from "react-i18next";
import type { CaseState, CategoryCode, Report, ReportStatus } from "../api/types.js";
import { formatDateTime, formatWindow } from "../i18n/format.js";
import { CATEGORY_LABELS, stateGroupOf } from "../vocabulary.js";
import { useLang } from "./use-lang.js";
import { partyName, partyShortName, useParties } from "../parties.js";

export function DateTime({ iso }: { iso: string }) {
  const lang = useLang();
  return <time dateTime={iso}>{formatDateTime(iso, lang)}</time>;
}

export function TimeWindow({ from, to }: { from: string; to: string }) {
  const lang = useLang();
  return <span>{formatWindow(from, to, lang)}</span>;
}

export function CaseStateBadge({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  return <span className={`badge state-${stateGroupOf(state)}`}>{t(`caseState.${state}`)}</span>;
}

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status-${status}`}>{t(`reportStatus.${status}`)}</span>;
}

/** "A3 — Indirect fire …": the code kept in its own direction, so it leads in Arabic too. */
export function Category({ code }: { code: CategoryCode }) {
  const lang = useLang();
  return (
    <span className="category">
      <bdi className="category-code">{code}</bdi> — {CATEGORY_LABELS[code][lang]}
    </span>
  );
}

/** A party code (GNA, LNA): Latin letters kept in their own direction inside Arabic text. */
/** Several parties, "A · B", or "—" when there are none. */
export function PartyList({ codes }: { codes: readonly string[] }) {
  const { t } = useTranslation();
  if (codes.length === 0) return <>{t("common.none")}</>;
  return (
    <>
      {codes.map((p, n) => (
        <span key={p}>
          {n > 0 && " · "}
          <Party code={p} />
        </span>
      ))}
    </>
  );
}

/** A party's full name in the interface language; in English its code follows, as people say it. */
export function Party({ code }: { code: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parties = useParties();
  if (!code) return <>{t("common.none")}</>;
  const name = partyName(parties, code, lang);
  if (name === code) return <bdi className="party">{code}</bdi>;
  // No Latin code beside an Arabic name.
  if (lang === "ar") return <bdi className="party">{name}</bdi>;
  return (
    <span className="party">
      <bdi>{name}</bdi> (<bdi>{code}</bdi>)
    </span>
  );
}

/** A party's short name in the interface language, its full name on hover. */
export function PartyShort({ code }: { code: string }) {
  const lang = useLang();
  const parties = useParties();
  return (
    <bdi className="party" title={partyName(parties, code, lang)}>
      {partyShortName(parties, code, lang)}
    </bdi>
  );
}

/** Parties as small chips: the short name, the party's colour, the full name on hover and for readers. */
export function PartyChips({ codes }: { codes: readonly string[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parties = useParties();
  if (codes.length === 0) return <span className="muted">{t("common.none")}</span>;
  return (
    <span className="party-chips">
      {codes.map((code) => {
        const info = parties.find((p) => p.code === code);
        return (
          <abbr
            key={code}
            className="party-chip"
            title={partyName(parties, code, lang)}
            style={info ? { borderInlineStartColor: info.colour } : undefined}
          >
            <bdi>{partyShortName(parties, code, lang)}</bdi>
          </abbr>
        );
      })}
    </span>
  );
}

export function PartyPair({ report }: { report: Pick<Report, "submitterParty" | "allegedParty"> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parties = useParties();
  const { submitterParty: from, allegedParty: to } = report;
  if (from && to)
    return (
      <>
        {t("common.partyPair", {
          from: partyShortName(parties, from, lang),
          to: partyShortName(parties, to, lang),
        })}
      </>
    );
  return <Party code={from ?? to} />;
}

/** Text as a person wrote it, marked with its language so that it is shaped and read right. */
export function UserText({
  text,
  lang,
  className,
}: {
  text: string;
  lang: string;
  className?: string;
}) {
  return (
    <span lang={lang} dir="auto" className={className}>
      {text}
    </span>
  );
}
