/** The evidence of the incident's reports, with the SHA-256 each original is stored under. */
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import { formatBytes } from "../../api/evidence-upload.js";
import type { EvidenceItem, Report } from "../../api/types.js";
import { DateTime } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";

export function EvidenceSection({ reports }: { reports: Report[] }) {
  const { t } = useTranslation();
  const ids = reports.map((r) => r.id).join(",");
  const evidence = useApi(["evidence", ids], (signal) =>
    Promise.all(
      reports.map(async (r) => ({
        report: r,
        items: (await get(`/reports/${r.id}/evidence`, { signal })).items,
      })),
    ),
  );
  return (
    <section aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t("evidence.title")}</h2>
      {evidence.state === "loading" && <Loading />}
      {evidence.state === "error" && (
        <ErrorNotice error={evidence.error} onRetry={evidence.reload} />
      )}
      {evidence.state === "ok" &&
        (evidence.data.every((e) => e.items.length === 0) ? (
          <p className="muted">{t("evidence.none")}</p>
        ) : (
          <EvidenceTable
            rows={evidence.data.flatMap((e) => e.items.map((item) => ({ report: e.report, item })))}
          />
        ))}
    </section>
  );
}

function EvidenceTable({ rows }: { rows: { report: Report; item: EvidenceItem }[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="table-wrap">
      <table className="data-table evidence-table">
        <caption className="visually-hidden">{t("evidence.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("reports.col.tracking")}</th>
            <th scope="col">{t("evidence.name")}</th>
            <th scope="col">{t("evidence.type")}</th>
            <th scope="col">{t("evidence.size")}</th>
            <th scope="col">{t("evidence.received")}</th>
            <th scope="col">{t("evidence.hash")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ report, item }) => (
            <tr key={item.id}>
              <td className="mono">
                <bdi>{report.trackingId}</bdi>
              </td>
              <td>
                <a
                  href={`/api/v1/evidence/${item.id}/content`}
                  download
                  aria-label={t("evidence.download", { name: item.originalName })}
                >
                  <bdi>{item.originalName}</bdi>
                </a>
              </td>
              <td className="mono">{item.mediaType}</td>
              <td>{formatBytes(item.sizeBytes, lang)}</td>
              <td>
                <DateTime iso={item.receivedAt} />
              </td>
              <td className="mono hash" dir="ltr">
                {item.sha256}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
