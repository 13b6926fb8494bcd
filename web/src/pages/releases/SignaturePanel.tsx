/**
 * A release's signature (decision 0020): which key signed it, which checkpoint of the audit log
 * covers it, and the signed file to download and check with `cfm verify`.
 */
import { useTranslation } from "react-i18next";
import type { Release } from "../../api/release-types.js";
import { formatDateTime, formatNumber } from "../../i18n/format.js";
import { ExportButton } from "../../ui/ExportButton.js";
import { useLang } from "../../ui/use-lang.js";
import { VerifyHint } from "../../ui/VerifyHint.js";

export function SignaturePanel({ release }: { release: Release }) {
  const { t } = useTranslation();
  const lang = useLang();
  const s = release.signature;
  return (
    <section className="panel" aria-labelledby="release-signature-title">
      <h2 id="release-signature-title" className="panel-title">
        {t("signing.releaseTitle")}
      </h2>
      {s ? (
        <p className="signature-line" data-key={s.keyId}>
          {t("signing.signedBy", {
            key: s.keyId,
            at: formatDateTime(s.signedAt, lang),
            seq: s.checkpointSeq === null ? "—" : formatNumber(s.checkpointSeq, lang),
          })}
        </p>
      ) : (
        <p className="muted">{t("signing.unsigned")}</p>
      )}
      {s && (
        <>
          <ExportButton
            path={`/releases/${release.id}/signed`}
            query={{}}
            fallbackName={`release-${release.id}.cfm-signed.json`}
            label={t("signing.download")}
            hint={t("signing.downloadHint")}
          />
          <VerifyHint />
        </>
      )}
    </section>
  );
}
