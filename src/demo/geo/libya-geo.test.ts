import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeForSearch } from "../../domain/arabic.js";
import { validateGeometry } from "../../domain/geo/validate.js";
import { defaultSharedDataDir, readSources } from "./build-gazetteer.js";
import { FRONT_LINE_PLACES } from "./front-line-places.js";
import { ILLUSTRATIVE_LAYERS } from "./illustrative-layers.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LIBYA_PROFILE_DIR, libyaGazetteerData, libyaMissionArea } from "./libya-geo.js";
import { ATTRIBUTION, buildLibyaGeo, libyaProfileFiles } from "./libya-sources.js";
import { loadProfile } from "../../services/mission-profile.js";

const profileFile = (name: string) =>
  JSON.parse(readFileSync(join(LIBYA_PROFILE_DIR, name), "utf8")) as {
    attribution: string[];
    features: { properties: Record<string, unknown>; geometry: unknown }[];
  };

const shared = defaultSharedDataDir();

// The shared data with a made-up village "Qasr Tarsa" in the desert, and GeoNames rows added.
const withRows = (geonamesRows: string[]) => {
  const real = readSources(shared);
  const osmRow = "node,1,village,Qasr Tarsa,,,,,,27.5,20.5,,,";
  return {
    ...real,
    osmPlacesCsv: `${real.osmPlacesCsv.trimEnd()}\n${osmRow}\n`,
    geonamesTsv: `${real.geonamesTsv.trimEnd()}\n${geonamesRows.join("\n")}\n`,
  };
};
const geonamesRow = (name: string, lat: number, lon: number, admin1: string) =>
  `99\t${name}\t${name}\t\t${lat}\t${lon}\tP\tPPL\tLY\t\t${admin1}\t\t\t\t20000\t\t\t\t`;
const ids = (built: ReturnType<typeof buildLibyaGeo>) =>
  built.gazetteer.places.filter((p) => /Tarsa/.test(p.name)).map((p) => [p.id, p.sources]);

describe.skipIf(!existsSync(shared))("building the gazetteer", () => {
  it("merges a GeoNames record into an OSM place of the same name only when they are close", () => {
    // 0.25° of latitude is 28 km: two places, though they share a name.
    expect(ids(buildLibyaGeo(withRows([geonamesRow("Qasr Tarsa", 27.75, 20.5, "83")])))).toEqual([
      ["geonames:99", ["geonames"]],
      ["osm:node/1", ["openstreetmap"]],
    ]);
    expect(ids(buildLibyaGeo(withRows([geonamesRow("Qasr Tarsa", 27.55, 20.5, "83")])))).toEqual([
      ["osm:node/1", ["openstreetmap", "geonames"]],
    ]);
  });

  it("gives a place the district of its GeoNames admin-1 code, wherever its point falls", () => {
    // Natural Earth's gn_a1_code LY.77 is LBY-2978, by Tripoli, 700 km from this point.
    const built = buildLibyaGeo(withRows([geonamesRow("Bir Tarsa", 27.2, 20.1, "77")]));
    expect(built.gazetteer.places.find((p) => p.id === "geonames:99")?.districtId).toBe("LBY-2978");
    for (const d of built.districts.districts) expect(d).not.toHaveProperty("geonamesCode");
  });
});

describe("the Libya geography the repository ships", () => {
  it.skipIf(!existsSync(shared))("is what the build step makes from the shared data today", () => {
    const files = JSON.parse(
      JSON.stringify(libyaProfileFiles(buildLibyaGeo(readSources(shared)))),
    ) as Record<string, unknown>;
    for (const [name, value] of Object.entries(files)) {
      expect(JSON.parse(readFileSync(join(LIBYA_PROFILE_DIR, name), "utf8")), name).toEqual(value);
    }
  });

  it("carries the attribution its licences require", () => {
    expect(libyaGazetteerData().attribution).toEqual([
      ATTRIBUTION.osm,
      ATTRIBUTION.geonames,
      ATTRIBUTION.domain,
    ]);
    expect(profileFile("districts.geojson").attribution).toEqual([ATTRIBUTION.naturalEarth]);
    expect(profileFile("outline.geojson").attribution).toEqual([ATTRIBUTION.naturalEarth]);
  });

  it("has unique place ids, places inside the mission area, and every §11.4 place", () => {
    const { places } = libyaGazetteerData();
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
    const [minLon, minLat, maxLon, maxLat] = libyaMissionArea();
    for (const p of places) {
      expect(p.lon, p.id).toBeGreaterThanOrEqual(minLon);
      expect(p.lon, p.id).toBeLessThanOrEqual(maxLon);
      expect(p.lat, p.id).toBeGreaterThanOrEqual(minLat);
      expect(p.lat, p.id).toBeLessThanOrEqual(maxLat);
    }
    const names = new Set(
      places
        .flatMap((p) => [p.name, p.nameAr, ...p.variants])
        .map((n) => normalizeForSearch(n ?? "")),
    );
    for (const f of FRONT_LINE_PLACES)
      expect(names.has(normalizeForSearch(f.nameAr)), f.name).toBe(true);
  });

  it("has 22 districts, each with an Arabic name and a valid polygon", () => {
    const { districts } = loadProfile(LIBYA_PROFILE_DIR);
    expect(districts).toHaveLength(22);
    for (const d of districts) {
      expect(d.nameAr, d.name).toBeTruthy();
      expect(
        validateGeometry(d.geometry, "area_of_control", { area: libyaMissionArea() }),
      ).toMatchObject({ ok: true });
    }
  });

  it("has illustrative layers that pass validation in the mission area", () => {
    for (const layer of ILLUSTRATIVE_LAYERS) {
      expect(
        validateGeometry(layer.geometry, layer.kind, { area: libyaMissionArea() }),
        layer.id,
      ).toMatchObject({ ok: true });
    }
  });
});
