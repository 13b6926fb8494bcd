import type { Actor } from "../domain/roles.js";
import type { Deps } from "../services/deps.js";
import { createParty } from "../services/parties.js";

export type PartyCode = "GNA" | "LNA";

export function otherParty(p: PartyCode): PartyCode {
  return p === "GNA" ? "LNA" : "GNA";
}

export const DEMO_PARTIES = [
  {
    code: "GNA",
    nameEn: "Government of National Accord",
    nameAr: "حكومة الوفاق الوطني",
    shortEn: "GNA",
    shortAr: "الوفاق",
    colour: "#1f77b4",
  },
  {
    code: "LNA",
    nameEn: "Libyan National Army (General Command)",
    nameAr: "القيادة العامة للجيش الوطني الليبي",
    shortEn: "LNA",
    shortAr: "الجيش الوطني",
    colour: "#d62728",
  },
];

export async function seedParties(deps: Deps, actor: Actor): Promise<void> {
  for (const p of DEMO_PARTIES) await createParty(deps, actor, p);
}
