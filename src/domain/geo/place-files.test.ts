import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultSharedDataDir } from "../../demo/geo/build-gazetteer.js";
import { jsonElementLines } from "./json-lines.js";
import { parsePlaceFile, placeFileFormat } from "./place-files.js";

const GEONAMES_HEADER =
  "geonameid\tname\tasciiname\talternatenames\tlatitude\tlongitude\tfeature_class\tfeature_code\tcountry_code\tcc2\tadmin1_code\tadmin2_code\tadmin3_code\tadmin4_code\tpopulation\televation\tdem\ttimezone\tmodification_date";
const HODEIDAH =
  "79415\tAl Ḩudaydah\tAl Hudaydah\tHodeida,Hodeidah,alhdydt,الحديدة\t14.79781\t42.95452\tP\tPPLA\tYE\t\t08\t\t\t\t617871\t\t10\tAsia/Aden\t2020-06-09";

describe("reading a place file", () => {
  it("tells the format from the file's name and content", () => {
    expect(placeFileFormat("places.geojson", "{}")).toBe("geojson");
    expect(placeFileFormat("x.json", '{"type":"FeatureCollection"}')).toBe("geojson");
    expect(placeFileFormat("gazetteer.json", '{"places":[]}')).toBe("gazetteer-json");
    expect(placeFileFormat("cities500.txt", "")).toBe("geonames-tsv");
    expect(placeFileFormat("osm.csv", "")).toBe("osm-csv");
    expect(placeFileFormat("notes.docx", "PK")).toBeNull();
  });

  it("reads a GeoNames table with or without its header, keeping Arabic alternates", () => {
    for (const text of [`${GEONAMES_HEADER}\n${HODEIDAH}\n`, `${HODEIDAH}\n`]) {
      const { places, problems } = parsePlaceFile("YE.tsv", text);
      expect(problems).toEqual([]);
      expect(places[0]!.line).toBe(text.startsWith("geonameid") ? 2 : 1);
      expect(places[0]!.place).toMatchObject({
        id: "geonames:79415",
        name: "Al Hudaydah",
        nameAr: "الحديدة",
        kind: "city",
        population: 617871,
      });
      expect(places[0]!.place.variants).toContain("Hodeidah");
      expect(places[0]!.place.variants).not.toContain("alhdydt");
    }
  });

  const shared = defaultSharedDataDir();
  it.skipIf(!existsSync(shared))("reads the shared GeoNames and OSM extracts", () => {
    const ye = parsePlaceFile(
      "ye.tsv",
      readFileSync(join(shared, "geonames_cities500_YE.tsv"), "utf8"),
    );
    expect(ye.problems).toEqual([]);
    expect(ye.places).toHaveLength(314);
    const osm = parsePlaceFile(
      "osm.csv",
      readFileSync(join(shared, "osm_libya_places.csv"), "utf8"),
    );
    expect(osm.problems).toEqual([]);
    // 18 OSM nodes have no name in any tag.
    expect([osm.places.length, osm.skipped.length]).toEqual([892, 18]);
    expect(osm.places.find((p) => p.place.id === "osm:node/260714409")?.place).toMatchObject({
      name: "Ghat",
      nameAr: "غات",
      kind: "city",
    });
  });

  it("names the line and field of each bad row, and keeps the good ones", () => {
    const csv = [
      "osm_type,osm_id,place,name,name_ar,name_en,name_fr,name_it,alt_name,lat,lon,population",
      "node,1,town,Sirte,سرت,Sirte,,,,31.2,16.6,",
      'node,2,castle,"Qasr, the",,,,,,31.2,16.6,',
      "node,3,village,Nowhere,,,,,,95,16.6,",
      "node,1,town,Sirte again,,,,,,31.2,16.6,",
    ].join("\n");
    const { places, problems } = parsePlaceFile("osm.csv", csv);
    expect(places.map((p) => p.place.id)).toEqual(["osm:node/1"]);
    expect(problems).toEqual([
      expect.objectContaining({
        line: 3,
        field: "kind",
        code: "kind_unknown",
        message: expect.stringContaining('"castle"'),
      }),
      expect.objectContaining({ line: 4, field: "lat", code: "lat_invalid" }),
      {
        line: 5,
        field: "id",
        code: "id_repeated",
        params: { id: "osm:node/1", firstLine: 2 },
        message: "id osm:node/1 again (first on line 2)",
      },
    ]);
  });

  it("reads GeoJSON points, naming the line of a feature that is not one", () => {
    const text = JSON.stringify(
      {
        type: "FeatureCollection",
        features: [
          {
            type: "Feature",
            id: "ras-isa",
            properties: { name: "Ras Isa", name_ar: "رأس عيسى", kind: "site" },
            geometry: { type: "Point", coordinates: [42.92, 15.22] },
          },
          {
            type: "Feature",
            properties: { id: "x" },
            geometry: { type: "LineString", coordinates: [] },
          },
        ],
      },
      null,
      2,
    );
    const { places, problems } = parsePlaceFile("ports.geojson", text);
    expect(places[0]!.place).toMatchObject({
      id: "geojson:ras-isa",
      nameAr: "رأس عيسى",
      lat: 15.22,
    });
    expect(problems).toEqual([
      {
        line: 20,
        code: "entry_not_point",
        params: { entry: "features[1]" },
        message: "features[1]: only Point features name places",
      },
    ]);
  });

  it("reads the project's gazetteer JSON and names the line of a syntax error", () => {
    const shipped = readFileSync(
      new URL("../../../missions/libya-2020/gazetteer.json", import.meta.url),
      "utf8",
    );
    const read = parsePlaceFile("gazetteer.json", shipped);
    expect(read.problems).toEqual([]);
    expect(read.places.length).toBeGreaterThan(900);
    expect(read.places[1]!.line).toBe(20);
    const broken = parsePlaceFile("g.json", '{\n  "places": [\n    { "id": "a", }\n  ]\n}');
    expect(broken.problems).toEqual([
      expect.objectContaining({
        line: 3,
        code: "json_invalid",
        message: expect.stringContaining("JSON"),
      }),
    ]);
  });
});

describe("the line each element of a JSON list starts on", () => {
  it("follows nesting and strings that hold brackets", () => {
    const text =
      '{\n "a": [{"x": "[{"}],\n "places": [\n  {"id": "}"},\n  1, "s",\n  {"y": [\n {}]}\n ]\n}';
    expect(jsonElementLines(text, "places")).toEqual([4, 5, 5, 6]);
  });
});
