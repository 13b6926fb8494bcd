/**
 * A user's role, party and team as an administrator sets them (creating or editing): a party only
 * for the roles that speak for one, a team only for the roles that work an area (the server's
 * own rules, src/domain/user-admin.ts, decide the same).
 */
import { useTranslation } from "react-i18next";
import { ROLES, type Role } from "../../../../src/domain/roles.js";
import {
  PARTY_REQUIRED_ROLES,
  PARTY_ROLES,
  TEAM_ROLES,
} from "../../../../src/domain/user-admin.js";
import type { Answer } from "../../api/answers.js";
import { partyName, useParties } from "../../parties.js";
import { useLang } from "../../ui/use-lang.js";

export type TeamItem = Answer<"/api/v1/admin/teams", "get">["items"][number];

export interface Assignment {
  displayName: string;
  role: Role;
  party: string | null;
  team: string | null;
}

/** The assignment once the role changed: a party or team the new role cannot have is dropped. */
function withRole(a: Assignment, role: Role): Assignment {
  return {
    ...a,
    role,
    party: PARTY_ROLES.includes(role) ? a.party : null,
    team: TEAM_ROLES.includes(role) ? a.team : null,
  };
}

export function AssignmentFields({
  id,
  value,
  teams,
  onChange,
}: {
  id: string;
  value: Assignment;
  teams: readonly TeamItem[];
  onChange: (a: Assignment) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const parties = useParties();
  const partyRole = PARTY_ROLES.includes(value.role);
  const teamRole = TEAM_ROLES.includes(value.role);
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t("userAdmin.create.displayName")}</label>
        <input
          id={`${id}-name`}
          dir="auto"
          required
          maxLength={200}
          value={value.displayName}
          onChange={(e) => onChange({ ...value, displayName: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t("userAdmin.create.role")}</label>
        <select
          id={`${id}-role`}
          value={value.role}
          onChange={(e) => onChange(withRole(value, e.target.value as Role))}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`user.roles.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-party`}>{t("userAdmin.create.party")}</label>
        <select
          id={`${id}-party`}
          value={value.party ?? ""}
          disabled={!partyRole}
          required={PARTY_REQUIRED_ROLES.includes(value.role)}
          aria-describedby={`${id}-party-hint`}
          onChange={(e) => onChange({ ...value, party: e.target.value || null })}
        >
          <option value="">{t("userAdmin.create.none")}</option>
          {parties.map((p) => (
            <option key={p.code} value={p.code}>
              {partyName(parties, p.code, lang)}
            </option>
          ))}
        </select>
        <p id={`${id}-party-hint`} className="hint">
          {t("userAdmin.create.partyHint")}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-team`}>{t("userAdmin.create.team")}</label>
        <select
          id={`${id}-team`}
          value={value.team ?? ""}
          disabled={!teamRole}
          aria-describedby={`${id}-team-hint`}
          onChange={(e) => onChange({ ...value, team: e.target.value || null })}
        >
          <option value="">{t("userAdmin.create.none")}</option>
          {teams.map((tm) => (
            <option key={tm.code} value={tm.code}>
              {lang === "ar" ? tm.nameAr : tm.nameEn}
            </option>
          ))}
        </select>
        <p id={`${id}-team-hint`} className="hint">
          {t("userAdmin.create.teamHint")}
        </p>
      </div>
    </>
  );
}
