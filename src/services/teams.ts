/**
 * Teams and their areas of responsibility (issue 12): a team names the sectors it works; its
 * monitors and analysts see that area first, and a team marked area-only reads nothing outside
 * it (access.ts). Administrators create and edit teams; every change is audited.
 */
import { DomainError } from "../domain/errors.js";
import type { Actor } from "../domain/roles.js";
import { sectorCodes } from "../store/sector-sql.js";
import {
  insertTeam,
  teamMemberIds,
  teamOfUserRow,
  teamRow,
  teamRows,
  updateTeamRow,
} from "../store/teams-repo.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";
import { sessionsChanged } from "./session-cache.js";
import { requireAdministrator } from "./user-admin.js";

export interface Team {
  code: string;
  nameEn: string;
  nameAr: string;
  /** The sectors of the team's area, by code. */
  sectors: string[];
  /** Need-to-know: members read only incidents in the team's sectors. */
  areaOnly: boolean;
  members: number;
}

export type TeamInput = Omit<Team, "members">;

export async function listTeams(deps: Deps, actor: Actor): Promise<Team[]> {
  requireAdministrator(actor, "list teams");
  const rows = await teamRows(deps.db);
  return rows.map((r) => ({
    code: r.code,
    nameEn: r.name_en,
    nameAr: r.name_ar,
    sectors: r.sector_codes,
    areaOnly: r.area_only,
    members: Number(r.members ?? 0),
  }));
}

async function checkSectors(tx: Tx, sectors: string[]): Promise<string[]> {
  const known = new Set(await sectorCodes(tx));
  const unknown = sectors.filter((s) => !known.has(s));
  if (unknown.length) {
    throw new DomainError(
      "validation_failed",
      `There is no sector ${unknown.map((u) => `"${u}"`).join(", ")}; the sectors are ${[...known].join(", ")}.`,
      { field: "sectors", unknown },
    );
  }
  return [...new Set(sectors)];
}

/** The caller's own team (its area opens their lists and map), or null. */
export async function teamOfCaller(deps: Deps, actor: Actor): Promise<TeamInput | null> {
  if (actor.kind !== "user") return null;
  const r = await teamOfUserRow(deps.db, actor.userId);
  return r
    ? {
        code: r.code,
        nameEn: r.name_en,
        nameAr: r.name_ar,
        sectors: r.sector_codes,
        areaOnly: r.area_only,
      }
    : null;
}

export async function createTeam(deps: Deps, actor: Actor, input: TeamInput): Promise<Team> {
  requireAdministrator(actor, "create teams");
  const now = deps.clock();
  return inTransaction(deps, async (tx) => {
    const sectors = await checkSectors(tx, input.sectors);
    if (await teamRow(tx, input.code)) {
      throw new DomainError("team_code_taken", `There is already a team "${input.code}".`, {
        field: "code",
      });
    }
    await insertTeam(tx, {
      code: input.code,
      name_en: input.nameEn,
      name_ar: input.nameAr,
      sector_codes: sectors,
      area_only: input.areaOnly,
      created_at: now,
      updated_at: now,
    });
    await appendAudit(tx, {
      actor,
      action: "team.created",
      subject: `team:${input.code}`,
      at: now,
      rows: [{ table: "teams", id: input.code }],
      details: { sectors, areaOnly: input.areaOnly },
    });
    return { ...input, sectors, members: 0 };
  });
}

/** Changes a team's names, area or need-to-know; its members' sessions read the new area at once. */
export async function updateTeam(
  deps: Deps,
  actor: Actor,
  code: string,
  change: Partial<Omit<TeamInput, "code">>,
): Promise<void> {
  requireAdministrator(actor, "change teams");
  const now = deps.clock();
  await sessionsChanged(
    deps,
    inTransaction(deps, async (tx) => {
      const row = await teamRow(tx, code, true);
      if (!row) throw new DomainError("team_not_found", `There is no team "${code}".`);
      const sectors = change.sectors ? await checkSectors(tx, change.sectors) : row.sector_codes;
      const after = {
        name_en: change.nameEn ?? row.name_en,
        name_ar: change.nameAr ?? row.name_ar,
        sector_codes: sectors,
        area_only: change.areaOnly ?? row.area_only,
      };
      await updateTeamRow(tx, code, { ...after, updated_at: now });
      await appendAudit(tx, {
        actor,
        action: "team.updated",
        subject: `team:${code}`,
        at: now,
        rows: [{ table: "teams", id: code }],
        details: {
          before: { sectors: row.sector_codes, areaOnly: row.area_only },
          after: { sectors, areaOnly: after.area_only },
          members: (await teamMemberIds(tx, code)).length,
        },
      });
    }),
  );
}
