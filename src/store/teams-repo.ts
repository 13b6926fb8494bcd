/** Teams and their areas of responsibility (sector codes): rows in, rows out. */
import type { Db, Tx } from "./database.js";

export interface TeamRow {
  code: string;
  name_en: string;
  name_ar: string;
  sector_codes: string[];
  area_only: boolean;
  created_at: Date;
  updated_at: Date;
}

/** Every team by code, with how many users belong to it. */
export function teamRows(db: Db) {
  return db
    .selectFrom("teams")
    .selectAll("teams")
    .select((eb) =>
      eb
        .selectFrom("users")
        .select((u) => u.fn.countAll<string>().as("n"))
        .whereRef("users.team_code", "=", "teams.code")
        .as("members"),
    )
    .orderBy("teams.code")
    .execute();
}

export function teamRow(db: Db | Tx, code: string, lock = false): Promise<TeamRow | undefined> {
  let q = db.selectFrom("teams").selectAll().where("code", "=", code);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function insertTeam(tx: Tx, row: TeamRow): Promise<void> {
  await tx.insertInto("teams").values(row).execute();
}

export async function updateTeamRow(
  tx: Tx,
  code: string,
  t: Pick<TeamRow, "name_en" | "name_ar" | "sector_codes" | "area_only" | "updated_at">,
): Promise<void> {
  await tx.updateTable("teams").set(t).where("code", "=", code).execute();
}

/** The team a user belongs to, if any. */
export function teamOfUserRow(db: Db, userId: string): Promise<TeamRow | undefined> {
  return db
    .selectFrom("users")
    .innerJoin("teams", "teams.code", "users.team_code")
    .selectAll("teams")
    .where("users.id", "=", userId)
    .executeTakeFirst();
}

/** The ids of a team's members, to end their cached sessions when the team's area changes. */
export async function teamMemberIds(db: Db | Tx, code: string): Promise<string[]> {
  const rows = await db.selectFrom("users").select("id").where("team_code", "=", code).execute();
  return rows.map((r) => r.id);
}
