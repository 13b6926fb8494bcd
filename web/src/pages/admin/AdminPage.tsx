/**
 * The administrator's page: the users (find them, create them with an enrolment link, change
 * their role, party and team, disable them, their sessions and second factor) and the emergency
 * switches. Teams have their own page (TeamsPage).
 */
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { get } from "../../api/client.js";
import { formatNumber } from "../../i18n/format.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { DateTime, PartyShort } from "../../ui/display.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi, useReadAgain } from "../../use-api.js";
import type { TeamItem } from "./AssignmentFields.js";
import { CreateUserForm } from "./CreateUserForm.js";
import { EmergencyPanel } from "./EmergencyPanel.js";
import { NO_FILTER, UserFilters, type UserFilter } from "./UserFilters.js";
import { UserPanel } from "./UserPanel.js";

const COLUMNS = 9;

export function AdminPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [filter, setFilter] = useState<UserFilter>(NO_FILTER);
  const query = { ...filter, q: filter.q.trim() };
  const users = useApi(["admin-users", query], (signal) =>
    get("/admin/users", { signal, query }).then((r) => r.items),
  );
  const teamList = useApi(["admin-teams"], (signal) =>
    get("/admin/teams", { signal }).then((r) => r.items),
  );
  const teams = teamList.state === "ok" ? teamList.data : [];
  const [open, setOpen] = useState<string | null>(null);
  // After a change in a user's panel: the counts anew, without unloading the table (and the panel).
  const readAgain = useReadAgain();
  const recount = () => void readAgain(["admin-users"]);
  return (
    <>
      <PageTitle>{t("admin.title")}</PageTitle>
      <p className="muted">{t("admin.intro")}</p>
      <CreateUserForm teams={teams} onCreated={users.reload} />
      <section aria-labelledby="users-title">
        <h2 id="users-title">{t("admin.users.title")}</h2>
        <UserFilters value={filter} teams={teams} onChange={setFilter} />
        {users.state === "loading" && <Loading />}
        {users.state === "ok" && (
          <p className="muted" role="status">
            {users.data.length === 0
              ? t("userAdmin.none")
              : t("userAdmin.count", { count: users.data.length })}
          </p>
        )}
        {users.state === "error" && <ErrorNotice error={users.error} onRetry={users.reload} />}
        {users.state === "ok" && (
          <div className="table-wrap">
            <table className="data-table users-table">
              <caption className="visually-hidden">{t("admin.users.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("admin.users.col.username")}</th>
                  <th scope="col">{t("admin.users.col.name")}</th>
                  <th scope="col">{t("admin.users.col.role")}</th>
                  <th scope="col">{t("admin.users.col.party")}</th>
                  <th scope="col">{t("userAdmin.teamCol")}</th>
                  <th scope="col">{t("admin.users.col.secondFactor")}</th>
                  <th scope="col">{t("admin.users.col.sessions")}</th>
                  <th scope="col">{t("admin.users.col.lastLogin")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("admin.users.col.manage")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {users.data.map((u) => (
                  <Fragment key={u.id}>
                    <tr>
                      <th scope="row">
                        <bdi className="mono">{u.username}</bdi>
                        {u.disabled && <span className="badge"> {t("admin.users.disabled")}</span>}
                        {u.isDemo && <span className="badge badge-demo">{t("common.demo")}</span>}
                        {u.passwordChangeRequired && (
                          <span className="badge badge-initial">
                            {t("userAdmin.create.mustChange")}
                          </span>
                        )}
                      </th>
                      <td>
                        <bdi>{u.displayName}</bdi>
                      </td>
                      <td>{t(`user.roles.${u.role}`)}</td>
                      <td>{u.party ? <PartyShort code={u.party} /> : t("common.none")}</td>
                      <td>
                        {u.team ? <TeamName code={u.team} teams={teams} /> : t("common.none")}
                      </td>
                      <td>
                        {u.secondFactorEnrolled
                          ? t("admin.users.enrolled")
                          : t("admin.users.notEnrolled")}
                      </td>
                      <td>{formatNumber(u.activeSessions, lang)}</td>
                      <td className="nowrap">
                        {u.lastLoginAt ? <DateTime iso={u.lastLoginAt} /> : t("admin.users.never")}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button secondary"
                          aria-expanded={open === u.id}
                          aria-controls={`manage-${u.id}`}
                          onClick={() => setOpen((o) => (o === u.id ? null : u.id))}
                        >
                          {open === u.id ? t("admin.users.close") : t("admin.users.manage")}
                          <span className="visually-hidden">
                            {" "}
                            <bdi>{u.username}</bdi>
                          </span>
                        </button>
                      </td>
                    </tr>
                    {open === u.id && (
                      <tr id={`manage-${u.id}`} className="user-panel-row">
                        <td colSpan={COLUMNS}>
                          <UserPanel user={u} teams={teams} onChanged={recount} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <div className="notice notice-info">
        <p>{t("admin.cliNote")}</p>
        {/* Typed as it is, in Latin letters and left to right, on an Arabic page too. */}
        <pre dir="ltr" lang="en" className="cli-command">
          <code>cfm user set NAME --role ROLE [--party CODE|none] [--team CODE|none]</code>
        </pre>
      </div>
      <EmergencyPanel />
    </>
  );
}

function TeamName({ code, teams }: { code: string; teams: readonly TeamItem[] }) {
  const lang = useLang();
  const team = teams.find((x) => x.code === code);
  return <bdi>{team ? (lang === "ar" ? team.nameAr : team.nameEn) : code}</bdi>;
}
