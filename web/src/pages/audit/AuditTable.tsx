/** The audit log's entries as a table: who did what about which record, and its fingerprint. */
import { useTranslation } from "react-i18next";
import type { AuditEntry } from "../../api/admin-types.js";
import type { User } from "../../api/types.js";
import { formatNumber } from "../../i18n/format.js";
import { Link, withQuery } from "../../router.js";
import { DateTime } from "../../ui/display.js";
import { useLang } from "../../ui/use-lang.js";
import { can } from "../../vocabulary.js";

/** The page of the record an entry is about, where the viewer may open it. */
function recordPage(kind: string, id: string, user: User): string | null {
  if (kind === "incident" && can.readIncidents(user)) return `/incidents/${id}`;
  if (kind === "report" && can.readReports(user)) return `/reports/${id}`;
  return null;
}

const shortId = (id: string) => (/^[0-9a-f-]{36}$/i.test(id) ? `${id.slice(0, 8)}…` : id);

function Subject({ entry, user }: { entry: AuditEntry; user: User }) {
  const { t } = useTranslation();
  const at = entry.subject.indexOf(":");
  const kind = at > 0 ? entry.subject.slice(0, at) : entry.subject;
  const id = at > 0 ? entry.subject.slice(at + 1) : "";
  const word = t(`audit.kind.${kind}` as "audit.kind.incident", { defaultValue: kind });
  const name = entry.subjectLabel ?? shortId(id);
  const text = (
    <>
      {word} <bdi className={entry.subjectLabel ? undefined : "mono"}>{name}</bdi>
    </>
  );
  const page = recordPage(kind, id, user);
  if (page) return <Link to={page}>{text}</Link>;
  return (
    <Link
      to={withQuery("/audit", { subject: entry.subject })}
      title={t("audit.subjectFilter")}
      aria-label={`${word} ${name} — ${t("audit.subjectFilter")}`}
    >
      {text}
    </Link>
  );
}

function Actor({ actor }: { actor: string }) {
  const { t } = useTranslation();
  if (actor === "public") return <>{t("audit.public")}</>;
  if (actor.startsWith("system:"))
    return <>{t("audit.system", { name: `\u2068${actor.slice(7)}\u2069` })}</>;
  return <bdi className="mono">{actor.replace(/^user:/, "")}</bdi>;
}

export function AuditTable({ entries, user }: { entries: AuditEntry[]; user: User }) {
  const { t } = useTranslation();
  const lang = useLang();
  const action = (a: string) =>
    t(`audit.action.${a.replace(".", "_")}` as "audit.action.auth_login", { defaultValue: a });
  return (
    <div className="table-wrap">
      <table className="data-table audit-table">
        <caption className="visually-hidden">{t("audit.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("audit.col.seq")}</th>
            <th scope="col">{t("audit.col.at")}</th>
            <th scope="col">{t("audit.col.actor")}</th>
            <th scope="col">{t("audit.col.action")}</th>
            <th scope="col">{t("audit.col.subject")}</th>
            <th scope="col">{t("audit.col.hash")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq}>
              <td className="nowrap">{formatNumber(e.seq, lang)}</td>
              <td className="nowrap">
                <DateTime iso={e.at} />
              </td>
              <td>
                <Actor actor={e.actor} />
              </td>
              <td>{action(e.action)}</td>
              <td>
                <Subject entry={e} user={user} />
              </td>
              <td>
                <details className="audit-hash">
                  <summary>
                    <code dir="ltr">{e.hash.slice(0, 12)}…</code>
                    <span className="visually-hidden">
                      {t("audit.hashFull", { seq: formatNumber(e.seq, lang) })}
                    </span>
                  </summary>
                  <code dir="ltr" className="audit-hash-full">
                    {e.hash}
                  </code>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
