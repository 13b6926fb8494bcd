/**
 * Teams and their areas of responsibility (administrators): each team's sectors and whether its
 * members read only that area (need-to-know); create a team, edit one. Members are assigned on
 * the users page.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSectors } from "../../mission/sectors.js";
import { get, patch, post } from "../../api/client.js";
import { formatNumber } from "../../i18n/format.js";
import { PageTitle } from "../../shell/PageTitle.js";
import { ErrorNotice, Loading } from "../../ui/notices.js";
import { useLang } from "../../ui/use-lang.js";
import { useApi } from "../../use-api.js";
import type { TeamItem } from "./AssignmentFields.js";

export function TeamsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const teams = useApi(["admin-teams"], (signal) =>
    get("/admin/teams", { signal }).then((r) => r.items),
  );
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const saved = (message: string) => {
    setDone(message);
    setEditing(null);
    teams.reload();
  };
  // The mission's sectors (GET /mission/geography), named in the page's language.
  const { areas: sectorCodes, name: sectorName } = useSectors();
  return (
    <>
      <PageTitle>{t("teams.title")}</PageTitle>
      <p className="muted">{t("teams.intro")}</p>
      {done && (
        <p className="notice notice-success" role="status">
          {done}
        </p>
      )}
      {teams.state === "loading" && <Loading />}
      {teams.state === "error" && <ErrorNotice error={teams.error} onRetry={teams.reload} />}
      {teams.state === "ok" &&
        (teams.data.length === 0 ? (
          <p className="muted">{t("teams.none")}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table teams-table">
              <caption className="visually-hidden">{t("teams.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("teams.col.code")}</th>
                  <th scope="col">{t("teams.col.name")}</th>
                  <th scope="col">{t("teams.col.sectors")}</th>
                  <th scope="col">{t("teams.col.areaOnly")}</th>
                  <th scope="col">{t("teams.col.members")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("teams.col.edit")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {teams.data.map((team) => (
                  <tr key={team.code}>
                    <th scope="row">
                      <bdi className="mono">{team.code}</bdi>
                    </th>
                    <td>
                      <bdi>{lang === "ar" ? team.nameAr : team.nameEn}</bdi>
                    </td>
                    <td>
                      {team.sectors.length === 0
                        ? t("teams.noSectors")
                        : team.sectors.map(sectorName).join(lang === "ar" ? "، " : ", ")}
                    </td>
                    <td>{team.areaOnly ? t("teams.areaOnlyYes") : t("teams.areaOnlyNo")}</td>
                    <td>{formatNumber(team.members, lang)}</td>
                    <td>
                      <button
                        type="button"
                        className="button secondary"
                        aria-expanded={editing === team.code}
                        onClick={() => setEditing((e) => (e === team.code ? null : team.code))}
                      >
                        {t("teams.form.edit")}
                        <span className="visually-hidden">
                          {" "}
                          <bdi>{team.code}</bdi>
                        </span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {teams.state === "ok" && editing && (
        <TeamForm
          key={editing}
          team={teams.data.find((x) => x.code === editing)}
          sectorName={sectorName}
          sectorCodes={sectorCodes}
          onCancel={() => setEditing(null)}
          onSaved={saved}
        />
      )}
      {!editing && <TeamForm sectorName={sectorName} sectorCodes={sectorCodes} onSaved={saved} />}
    </>
  );
}

/** Creating a team (no `team`) or editing one: names, sectors of the area, need-to-know. */
function TeamForm({
  team,
  sectorName,
  sectorCodes,
  onSaved,
  onCancel,
}: {
  team?: TeamItem;
  sectorName: (code: string) => string;
  sectorCodes: readonly string[];
  onSaved: (message: string) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState(team?.code ?? "");
  const [nameEn, setNameEn] = useState(team?.nameEn ?? "");
  const [nameAr, setNameAr] = useState(team?.nameAr ?? "");
  const [sectors, setSectors] = useState<string[]>(team?.sectors ?? []);
  const [areaOnly, setAreaOnly] = useState(team?.areaOnly ?? false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const id = team ? `team-${team.code}` : "new-team";
  const toggle = (s: string) =>
    setSectors((list) => (list.includes(s) ? list.filter((x) => x !== s) : [...list, s]));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { nameEn, nameAr, sectors, areaOnly };
      if (team) {
        await patch(`/admin/teams/${team.code}`, body);
        onSaved(t("teams.form.saved", { code: team.code }));
      } else {
        await post("/admin/teams", { code: code.trim(), ...body });
        onSaved(t("teams.form.created", { code: code.trim() }));
        setCode("");
        setNameEn("");
        setNameAr("");
        setSectors([]);
        setAreaOnly(false);
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-stack panel team-form" onSubmit={(e) => void submit(e)}>
      <h2 id={`${id}-title`}>
        {team ? t("teams.form.editTitle", { code: team.code }) : t("teams.form.createTitle")}
      </h2>
      <div className="field-row">
        {!team && (
          <div className="field">
            <label htmlFor={`${id}-code`}>{t("teams.form.code")}</label>
            <input
              id={`${id}-code`}
              dir="ltr"
              required
              pattern="[a-z][a-z0-9_\-]{1,31}"
              value={code}
              aria-describedby={`${id}-code-hint`}
              onChange={(e) => setCode(e.target.value)}
            />
            <p id={`${id}-code-hint`} className="hint">
              {t("teams.form.codeHint")}
            </p>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-en`}>{t("teams.form.nameEn")}</label>
          <input
            id={`${id}-en`}
            lang="en"
            dir="ltr"
            required
            maxLength={200}
            value={nameEn}
            onChange={(e) => setNameEn(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-ar`}>{t("teams.form.nameAr")}</label>
          <input
            id={`${id}-ar`}
            lang="ar"
            dir="rtl"
            required
            maxLength={200}
            value={nameAr}
            onChange={(e) => setNameAr(e.target.value)}
          />
        </div>
      </div>
      <fieldset className="field radio-group">
        <legend>{t("teams.form.sectors")}</legend>
        {sectorCodes.map((s) => (
          <label key={s} className="choice">
            <input type="checkbox" checked={sectors.includes(s)} onChange={() => toggle(s)} />
            {sectorName(s)}
          </label>
        ))}
      </fieldset>
      <label className="choice">
        <input type="checkbox" checked={areaOnly} onChange={(e) => setAreaOnly(e.target.checked)} />
        {t("teams.form.areaOnly")}
      </label>
      {error !== null && <ErrorNotice error={error} />}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {team
            ? busy
              ? t("teams.form.saving")
              : t("teams.form.save")
            : busy
              ? t("teams.form.creating")
              : t("teams.form.create")}
        </button>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel}>
            {t("teams.form.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
