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
  if (kind === "geo_layer" && can.editGeoLayers(user)) return `/geo-layers/${id}`;
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

/** Who wrote an entry; a click lists only that actor's entries. */
function Actor({ actor }: { actor: string }) {
  const { t } = useTranslation();
  const name =
    actor === "public" ? (
      t("audit.public")
    ) : actor.startsWith("system:") ? (
      t("audit.system", { name: `\u2068${actor.slice(7)}\u2069` })
    ) : (
      <bdi className="mono">{actor.replace(/^user:/, "")}</bdi>
    );
  return (
    <Link to={withQuery("/audit", { actor })} title={t("audit.actorFilter")}>
      {name}
    </Link>
  );
}

export function AuditTable({
  entries,
  user,
  broken,
  caption,
}: {
  entries: AuditEntry[];
  user: User;
  /** The entry verification found broken, marked in the table. */
  broken?: number;
  caption?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const action = (a: string) =>
    t(`audit.action.${a.replace(".", "_")}` as "audit.action.auth_login", { defaultValue: a });
  return (
    <div className="table-wrap">
      <table className="data-table audit-table">
        <caption className="visually-hidden">{caption ?? t("audit.caption")}</caption>
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
            <tr
              key={e.seq}
              className={e.seq === broken ? "audit-broken" : undefined}
              aria-current={e.seq === broken ? "true" : undefined}
            >
              <td className="nowrap">
                {formatNumber(e.seq, lang)}
                {e.seq === broken && (
                  <span className="badge badge-danger">{t("audit.verify.here")}</span>
                )}
              </td>
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
