/**
 * The offline basemap, built in code: Libya's outline and districts from the shipped Natural
 * Earth files, no tiles and no glyphs, so that nothing is requested from another host.
 */
import type { StyleSpecification } from "maplibre-gl";
import districts from "./geo/libya-districts.json";
import outline from "./geo/libya-outline.json";

/** Libya's extent (from the outline), for the first view. */
export const LIBYA_BOUNDS: [[number, number], [number, number]] = [
  [9.28, 19.49],
  [25.16, 33.19],
];

const LAND_COLOUR = "#f6f3ec";
const OUTSIDE_COLOUR = "#dde5ea";

/**
 * The layer that repaints everything outside the outline: overlay fills (areas of control,
 * zones) go under it, so their tint never spills onto the sea or the neighbours and the land
 * stays recognisable as land at every zoom.
 */
export const OUTSIDE_LAYER = "outside-land";

/** The world with the outline as a hole. */
function outsideOf(fc: GeoJSON.FeatureCollection): GeoJSON.Feature<GeoJSON.Polygon> {
  const holes = fc.features.flatMap((f) =>
    f.geometry.type === "Polygon"
      ? [f.geometry.coordinates[0]!]
      : f.geometry.type === "MultiPolygon"
        ? f.geometry.coordinates.map((p) => p[0]!)
        : [],
  );
  const world = [
    [-180, -85],
    [180, -85],
    [180, 85],
    [-180, 85],
    [-180, -85],
  ];
  return {
    type: "Feature",
    properties: {},
    geometry: { type: "Polygon", coordinates: [world, ...holes] },
  };
}

export function basemapStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      outline: { type: "geojson", data: outline as GeoJSON.FeatureCollection },
      outside: { type: "geojson", data: outsideOf(outline as GeoJSON.FeatureCollection) },
      districts: { type: "geojson", data: districts as GeoJSON.FeatureCollection },
    },
    layers: [
      { id: "background", type: "background", paint: { "background-color": OUTSIDE_COLOUR } },
      {
        id: "land",
        type: "fill",
        source: "outline",
        paint: { "fill-color": LAND_COLOUR },
      },
      {
        id: OUTSIDE_LAYER,
        type: "fill",
        source: "outside",
        paint: { "fill-color": OUTSIDE_COLOUR },
      },
      {
        id: "district-lines",
        type: "line",
        source: "districts",
        paint: { "line-color": "#a59e8f", "line-width": 0.8, "line-dasharray": [3, 2] },
      },
      {
        id: "border",
        type: "line",
        source: "outline",
        paint: { "line-color": "#4b5563", "line-width": 1.4 },
      },
    ],
  };
}
