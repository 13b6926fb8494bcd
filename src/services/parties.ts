/** Parties to the agreement (GNA, LNA in the demo). */
import type { Actor } from "../domain/roles.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps } from "./deps.js";

export interface Party {
  code: string;
  nameEn: string;
  nameAr: string;
  /** For narrow places (list rows, the header); null: the code (English), the full name (Arabic). */
  shortEn?: string | null;
  shortAr?: string | null;
  colour: string;
}

export async function createParty(deps: Deps, actor: Actor, p: Party): Promise<Party> {
  return inTransaction(deps, async (tx) => {
    await tx
      .insertInto("parties")
      .values({
        code: p.code,
        name_en: p.nameEn,
        name_ar: p.nameAr,
        short_en: p.shortEn ?? null,
        short_ar: p.shortAr ?? null,
        colour: p.colour,
      })
      .execute();
    await appendAudit(tx, {
      actor,
      action: "party.created",
      subject: `party:${p.code}`,
      at: deps.clock(),
      rows: [{ table: "parties", id: p.code }],
    });
    return p;
  });
}

export async function listParties(deps: Deps): Promise<Party[]> {
  const rows = await deps.db.selectFrom("parties").selectAll().orderBy("code").execute();
  return rows.map((r) => ({
    code: r.code,
    nameEn: r.name_en,
    nameAr: r.name_ar,
    shortEn: r.short_en,
    shortAr: r.short_ar,
    colour: r.colour,
  }));
}
