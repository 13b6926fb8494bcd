/** The filters of the administrator's list of users: text, role, party, team and state. */
import { useTranslation } from "react-i18next";
import { ROLES } from "../../../../src/domain/roles.js";
import { partyName, useParties } from "../../parties.js";
import { FilterFold } from "../../ui/FilterFold.js";
import { useLang } from "../../ui/use-lang.js";
import type { TeamItem } from "./AssignmentFields.js";

export interface UserFilter {
  q: string;
  role: string;
  party: string;
  team: string;
  disabled: "" | "true" | "false";
}

export const NO_FILTER: UserFilter = { q: "", role: "", party: "", team: "", disabled: "" };

export function UserFilters({
  value,
  teams,
  onChange,
}: {
  value: UserFilter;
  teams: readonly TeamItem[];
  onChange: (f: UserFilter) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const parties = useParties();
  const active = Object.values(value).filter(Boolean).length;
  const set = (k: keyof UserFilter) => (e: { target: { value: string } }) =>
    onChange({ ...value, [k]: e.target.value });
  return (
    <FilterFold active={active}>
      <form
        className="filters"
        role="search"
        aria-label={t("userAdmin.filters.legend")}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field field-wide">
          <label htmlFor="users-q">{t("userAdmin.filters.text")}</label>
          <input id="users-q" type="search" dir="auto" value={value.q} onChange={set("q")} />
        </div>
        <div className="field">
          <label htmlFor="users-role">{t("userAdmin.filters.role")}</label>
          <select id="users-role" value={value.role} onChange={set("role")}>
            <option value="">{t("userAdmin.filters.any")}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`user.roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="users-party">{t("userAdmin.filters.party")}</label>
          <select id="users-party" value={value.party} onChange={set("party")}>
            <option value="">{t("userAdmin.filters.any")}</option>
            {parties.map((p) => (
              <option key={p.code} value={p.code}>
                {partyName(parties, p.code, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="users-team">{t("userAdmin.filters.team")}</label>
          <select id="users-team" value={value.team} onChange={set("team")}>
            <option value="">{t("userAdmin.filters.any")}</option>
            {teams.map((tm) => (
              <option key={tm.code} value={tm.code}>
                {lang === "ar" ? tm.nameAr : tm.nameEn}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="users-state">{t("userAdmin.filters.state")}</label>
          <select id="users-state" value={value.disabled} onChange={set("disabled")}>
            <option value="">{t("userAdmin.filters.any")}</option>
            <option value="false">{t("userAdmin.filters.enabled")}</option>
            <option value="true">{t("userAdmin.filters.disabled")}</option>
          </select>
        </div>
        {active > 0 && (
          <div className="filter-actions">
            <button type="button" className="button secondary" onClick={() => onChange(NO_FILTER)}>
              {t("userAdmin.filters.clear")}
            </button>
          </div>
        )}
      </form>
    </FilterFold>
  );
}
