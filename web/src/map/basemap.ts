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

export const BASEMAP_ATTRIBUTION = "Natural Earth";

export function basemapStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      outline: { type: "geojson", data: outline as GeoJSON.FeatureCollection },
      districts: { type: "geojson", data: districts as GeoJSON.FeatureCollection },
    },
    layers: [
      { id: "background", type: "background", paint: { "background-color": "#dde5ea" } },
      {
        id: "land",
        type: "fill",
        source: "outline",
        paint: { "fill-color": "#f6f3ec" },
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
