import { describe, expect, it } from "vitest";
import { ILLUSTRATIVE_LAYERS, TRIPOLI_WORKING_LINE } from "../../demo/geo/illustrative-layers.js";
import { DomainError } from "../errors.js";
import type { BBox } from "./geojson.js";
import { geoJSONToKml, kmlToGeoJSON } from "./kml.js";
import {
  layerVersionsToGeoJSON,
  layerVersionsToKml,
  readLayerFeatures,
  readLayerKml,
} from "./layer-io.js";

const LIBYA: BBox = [8.79, 19.0, 25.66, 33.68];

describe("layers as GeoJSON and KML", () => {
  it("round-trips every illustrative layer through GeoJSON", () => {
    const { versions, issues } = readLayerFeatures(
      JSON.parse(JSON.stringify(layerVersionsToGeoJSON(ILLUSTRATIVE_LAYERS))),
      { area: LIBYA },
    );
    expect(issues).toEqual([]);
    expect(versions).toEqual(ILLUSTRATIVE_LAYERS.map((v) => expect.objectContaining(v)));
  });

  it("round-trips every illustrative layer through KML", () => {
    const kml = layerVersionsToKml(ILLUSTRATIVE_LAYERS, "Libya 2020 (illustrative)");
    expect(kml).toContain('<kml xmlns="http://www.opengis.net/kml/2.2">');
    const { versions, issues } = readLayerKml(kml, { area: LIBYA });
    expect(issues).toEqual([]);
    expect(versions).toEqual(ILLUSTRATIVE_LAYERS.map((v) => expect.objectContaining(v)));
  });

  it("keeps Arabic names, holes and multi-part geometry through KML", () => {
    const collection = {
      type: "FeatureCollection" as const,
      features: [
        {
          type: "Feature" as const,
          id: "z1",
          properties: { name: "منطقة عازلة & <test>", party: "GNA" },
          geometry: {
            type: "MultiPolygon" as const,
            coordinates: [
              [
                [
                  [13, 32],
                  [13.2, 32],
                  [13.2, 32.2],
                  [13, 32.2],
                  [13, 32],
                ],
                [
                  [13.05, 32.05],
                  [13.1, 32.05],
                  [13.1, 32.1],
                  [13.05, 32.05],
                ],
              ],
              [
                [
                  [14, 32],
                  [14.1, 32],
                  [14.1, 32.1],
                  [14, 32],
                ],
              ],
            ],
          },
        },
      ],
    };
    const back = kmlToGeoJSON(geoJSONToKml(collection));
    expect(back.features[0]).toMatchObject({
      id: "z1",
      properties: { name: "منطقة عازلة & <test>", party: "GNA" },
    });
    expect(back.features[0]!.geometry).toEqual(collection.features[0]!.geometry);
  });

  it("reads KML written by other tools: altitudes, a MultiGeometry of lines", () => {
    const kml = `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>
      <Placemark><name>Front</name>
        <ExtendedData><Data name="kind"><value>line_of_contact</value></Data>
          <Data name="status"><value>agreed</value></Data>
          <Data name="validFrom"><value>2020-10-23T00:00:00Z</value></Data>
          <Data name="leftParty"><value>GNA</value></Data><Data name="rightParty"><value>LNA</value></Data></ExtendedData>
        <MultiGeometry>
          <LineString><coordinates>13.1,32.7,0 13.2,32.75,0</coordinates></LineString>
          <LineString><coordinates>13.3,32.75,0 13.4,32.7,0</coordinates></LineString>
        </MultiGeometry></Placemark></Document></kml>`;
    const { versions, issues } = readLayerKml(kml, { area: LIBYA });
    expect(issues).toEqual([]);
    expect(versions[0]).toMatchObject({
      kind: "line_of_contact",
      name: "Front",
      leftParty: "GNA",
      geometry: {
        type: "MultiLineString",
        coordinates: [
          [
            [13.1, 32.7],
            [13.2, 32.75],
          ],
          [
            [13.3, 32.75],
            [13.4, 32.7],
          ],
        ],
      },
    });
  });

  it("reports every problem of every feature, prefixed with the feature", () => {
    const swapped = {
      ...TRIPOLI_WORKING_LINE,
      geometry: {
        type: "LineString" as const,
        coordinates: [
          [13.1, 32.7],
          [32.75, 13.2],
        ],
      },
    };
    const collection = layerVersionsToGeoJSON([swapped]);
    const props = collection.features[0]!.properties!;
    props.validTo = "2019-01-01T00:00:00Z";
    props.rightParty = "GNA";
    const second = { type: "Feature", geometry: null, properties: { name: "Zone", kind: "zone" } };
    const { versions, issues } = readLayerFeatures(
      { ...collection, features: [...collection.features, second] },
      { area: LIBYA },
    );
    expect(versions).toEqual([]);
    const where = 'feature 0 ("Tripoli southern front (illustrative)")';
    expect(issues.map((i) => i.message)).toEqual([
      `${where}: validTo must be later than validFrom`,
      `${where}: coordinate 1 [32.75, 13.2] looks like [lat, lon]: read as [lon, lat] it lies outside the mission area, swapped it lies inside`,
      `${where}: leftParty and rightParty are both "GNA"`,
      'feature 1 ("Zone"): kind "zone" is not one of line_of_contact, buffer_zone, disengagement_area, withdrawal_line, area_of_control, storage_site, road',
      'feature 1 ("Zone"): status is missing',
      'feature 1 ("Zone"): validFrom is missing',
      'feature 1 ("Zone"): the geometry is missing',
    ]);
    expect(issues[1]!.geometry).toMatchObject({ code: "looks_swapped", path: [1] });
  });

  it("fills missing fields from defaults and requires what each kind needs", () => {
    const feature = (properties: Record<string, unknown>) => ({
      type: "Feature",
      properties: { name: "x", ...properties },
      geometry: {
        type: "LineString",
        coordinates: [
          [13, 32],
          [13.1, 32],
        ],
      },
    });
    const { versions, issues } = readLayerFeatures(
      {
        type: "FeatureCollection",
        features: [
          feature({ kind: "road" }),
          feature({
            kind: "withdrawal_line",
            weaponClasses: "mlrs, artillery_100mm_plus",
            behindSide: "left",
          }),
          feature({ kind: "withdrawal_line", behindSide: "ahead" }),
        ],
      },
      { defaults: { validFrom: "2020-10-23", status: "agreed" } },
    );
    expect(versions).toEqual([
      expect.objectContaining({
        kind: "road",
        status: "agreed",
        validFrom: new Date("2020-10-23"),
      }),
      expect.objectContaining({
        kind: "withdrawal_line",
        weaponClasses: ["mlrs", "artillery_100mm_plus"],
        behindSide: "left",
      }),
    ]);
    expect(issues.map((i) => i.field)).toEqual(["behindSide", "weaponClasses"]);
  });

  it("refuses what is not a FeatureCollection, and KML that is not well-formed", () => {
    expect(readLayerFeatures({ type: "Feature" }).issues[0]!.message).toBe(
      "expected a GeoJSON FeatureCollection",
    );
    expect(() => kmlToGeoJSON("<kml><Document>")).toThrow(DomainError);
    expect(() => kmlToGeoJSON("<gpx></gpx>")).toThrow(/not KML/);
  });
});
