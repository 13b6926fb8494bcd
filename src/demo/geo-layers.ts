/**
 * Loads the illustrative geo layers of the Libya 2020 demo through the geo service, as the
 * mission's chief would enter them. Every layer and version says it is illustrative: these are
 * not the historical lines (see geo/illustrative-layers.ts).
 */
import type { LayerVersion } from "../domain/geo/layers.js";
import type { Actor } from "../domain/roles.js";
import type { Deps } from "../services/deps.js";
import { addLayerVersion, createLayer } from "../services/geo.js";
import { DEMO_LAYERS } from "./geo/illustrative-layers.js";

const ILLUSTRATIVE_SOURCE =
  "ILLUSTRATIVE, NOT OFFICIAL: drawn by hand for the synthetic Libya 2020 demo; not where any line was.";

export async function seedIllustrativeLayers(deps: Deps, actor: Actor): Promise<number> {
  const byLayer = new Map<string, LayerVersion[]>();
  for (const v of DEMO_LAYERS) byLayer.set(v.layerId, [...(byLayer.get(v.layerId) ?? []), v]);
  let versions = 0;
  for (const list of byLayer.values()) {
    const ordered = [...list].sort((a, b) => a.validFrom.getTime() - b.validFrom.getTime());
    const first = ordered[0]!;
    const layer = await createLayer(
      deps,
      actor,
      {
        kind: first.kind,
        name: first.name,
        ...(first.nameAr ? { nameAr: first.nameAr } : {}),
        ...("party" in first && first.party ? { party: first.party } : {}),
        ...(first.kind === "withdrawal_line" ? { weaponClasses: first.weaponClasses } : {}),
        description: ILLUSTRATIVE_SOURCE,
      },
      { isDemo: true },
    );
    for (const v of ordered) {
      await addLayerVersion(deps, actor, layer.id, {
        validFrom: v.validFrom,
        ...(v.validTo ? { validTo: v.validTo } : {}),
        status: v.status,
        ...(v.claimedBy ? { claimedBy: v.claimedBy } : {}),
        source: ILLUSTRATIVE_SOURCE,
        ...(v.kind === "line_of_contact"
          ? { leftParty: v.leftParty ?? undefined, rightParty: v.rightParty ?? undefined }
          : {}),
        ...(v.kind === "withdrawal_line" ? { behindSide: v.behindSide } : {}),
        geometry: v.geometry,
      });
      versions++;
    }
  }
  return versions;
}
