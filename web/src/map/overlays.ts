/**
 * The ceasefire's geo layers drawn over the basemap: lines of contact (agreed solid, working
 * dashed, claimed dotted in the claiming party's colour, proposed to the joint commission in long
 * faint dashes, disputed parts in red dashes over the line: decision 0019), buffer and disengagement zones, areas
 * of control (translucent, in the party's colour), withdrawal lines and roads. Layers and their
 * versions come from GET /geo/layers; a version's geometry from its GeoJSON export, fetched once
 * (a version never changes). Both through the app's query cache.
 */
import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap } from "maplibre-gl";
import { get } from "../api/client.js";
import type { GeoLayer, GeoLayerVersion, LayerKind } from "../api/geo-types.js";
import type { PartyInfo } from "../parties.js";
import { queryClient } from "../query-client.js";
import { OUTSIDE_LAYER } from "./basemap.js";
import { NO_PARTY_COLOUR } from "./colours.js";

export const OVERLAY_GROUPS = [
  "line_of_contact",
  "zones",
  "area_of_control",
  "withdrawal_line",
  "road",
] as const;
export type OverlayGroup = (typeof OVERLAY_GROUPS)[number];

export function groupOf(kind: LayerKind): OverlayGroup {
  if (kind === "buffer_zone" || kind === "disengagement_area" || kind === "storage_site") {
    return "zones";
  }
  return kind;
}

export const OVERLAY_SOURCE = "geo-layers";
const LINE_COLOUR = "#111827";
const ZONE_COLOUR = "#7C3AED";
const WITHDRAWAL_COLOUR = "#B45309";
const ROAD_COLOUR = "#6B7280";
export const DISPUTED_COLOUR = "#DC2626";

/**
 * The layers valid at `at` (an instant), each with the one version valid then; read through the
 * query cache (`["geo-layers", at]`), so the map and an incident's panel share one read.
 */
export function layersAt(at: string | null): Promise<GeoLayer[]> {
  return queryClient.fetchQuery({
    queryKey: ["geo-layers", at],
    queryFn: async ({ signal }) => {
      const res = await get("/geo/layers", { query: { at: at ?? undefined }, signal });
      return res.items.filter((l) => l.versions.length > 0);
    },
  });
}

/**
 * A version's geometry, kept in the query cache while the user is logged in: a version never
 * changes (a change is a new version), so it is read once.
 */
function geometryOf(version: GeoLayerVersion): Promise<GeoJSON.Geometry[]> {
  // ensureQueryData: what is cached is used even when a change marked every read stale
  return queryClient.ensureQueryData({
    queryKey: ["geo-layer-geometry", version.id],
    // `geojson` is the version's download address under /api/v1; the description calls that
    // download a string (a file, GeoJSON or KML), which fetched as .geojson is parsed GeoJSON.
    queryFn: async ({ signal }) =>
      geometriesIn(
        (await get(
          version.geojson.replace(/^\/api\/v1/, "") as `/geo/layers/${string}/versions/${string}`,
          { signal },
        )) as unknown as GeoJSON.GeoJSON,
      ),
    gcTime: Infinity,
  });
}

function geometriesIn(g: GeoJSON.GeoJSON): GeoJSON.Geometry[] {
  if (g.type === "FeatureCollection")
    return g.features.flatMap((f) => (f.geometry ? [f.geometry] : []));
  if (g.type === "Feature") return g.geometry ? [g.geometry] : [];
  return [g];
}

/** A version's colour on the map: its party's for an area of control or a claimed line. */
export function overlayColour(
  layer: Pick<GeoLayer, "kind" | "party">,
  version: Pick<GeoLayerVersion, "status" | "claimedBy">,
  parties: readonly PartyInfo[],
): string {
  const group = groupOf(layer.kind);
  if (group === "area_of_control" || version.status === "claimed") {
    const party = version.status === "claimed" ? version.claimedBy : layer.party;
    return parties.find((p) => p.code === party)?.colour ?? NO_PARTY_COLOUR;
  }
  if (group === "zones") return ZONE_COLOUR;
  if (group === "withdrawal_line") return WITHDRAWAL_COLOUR;
  if (group === "road") return ROAD_COLOUR;
  return LINE_COLOUR;
}

/** Every valid layer as features the overlay style reads (group, status, colour). */
export async function overlayFeatures(
  layers: readonly GeoLayer[],
  parties: readonly PartyInfo[],
): Promise<GeoJSON.FeatureCollection> {
  // Every version valid then: a layer's timeline version and any proposed beside it.
  const features = await Promise.all(
    layers.flatMap((layer) =>
      layer.versions.map(async (version) => {
        const group = groupOf(layer.kind);
        const colour = overlayColour(layer, version, parties);
        const drawn = (await geometryOf(version)).map((geometry): GeoJSON.Feature => ({
          type: "Feature",
          geometry,
          properties: {
            layerId: layer.id,
            name: layer.name,
            group,
            status: version.status,
            colour,
          },
        }));
        const disputed: GeoJSON.Feature[] = version.disputed
          ? [
              {
                type: "Feature",
                geometry: version.disputed as GeoJSON.Geometry,
                properties: {
                  layerId: layer.id,
                  name: layer.name,
                  group,
                  status: "disputed",
                  colour: DISPUTED_COLOUR,
                },
              },
            ]
          : [];
        return [...drawn, ...disputed];
      }),
    ),
  );
  return { type: "FeatureCollection", features: features.flat() };
}

/** The first overlay layer: an operator's basemap goes under it. */
export const FIRST_OVERLAY_LAYER = "overlay-area-fill";

/** The map style layers of each group, below the points. */
const STYLE_LAYERS: Record<OverlayGroup, string[]> = {
  area_of_control: ["overlay-area-fill", "overlay-area-edge"],
  zones: ["overlay-zone-fill", "overlay-zone-edge"],
  road: ["overlay-road"],
  withdrawal_line: ["overlay-withdrawal"],
  line_of_contact: [
    "overlay-loc-agreed",
    "overlay-loc-working",
    "overlay-loc-claimed",
    "overlay-loc-proposed",
    "overlay-loc-disputed",
  ],
};

export function addOverlayLayers(map: MapLibreMap): void {
  map.addSource(OVERLAY_SOURCE, {
    type: "geojson",
    data: { type: "FeatureCollection", features: [] },
  });
  const source = OVERLAY_SOURCE;
  const inGroup = (g: OverlayGroup): FilterSpecification => ["==", ["get", "group"], g];
  const colour: ExpressionSpecification = ["get", "colour"];
  // Fills under the basemap's outside mask (on the land only) and fainter close up, where a
  // whole view inside one area of control would otherwise lose the land's colour.
  const fillsBefore = map.getLayer(OUTSIDE_LAYER) ? OUTSIDE_LAYER : undefined;
  map.addLayer(
    {
      id: FIRST_OVERLAY_LAYER,
      type: "fill",
      source,
      filter: inGroup("area_of_control"),
      paint: {
        "fill-color": colour,
        "fill-opacity": ["interpolate", ["linear"], ["zoom"], 6, 0.14, 10, 0.04],
      },
    },
    fillsBefore,
  );
  map.addLayer({
    id: "overlay-area-edge",
    type: "line",
    source,
    filter: inGroup("area_of_control"),
    paint: { "line-color": colour, "line-width": 1, "line-opacity": 0.6 },
  });
  map.addLayer(
    {
      id: "overlay-zone-fill",
      type: "fill",
      source,
      filter: inGroup("zones"),
      paint: { "fill-color": colour, "fill-opacity": 0.18 },
    },
    fillsBefore,
  );
  map.addLayer({
    id: "overlay-zone-edge",
    type: "line",
    source,
    filter: inGroup("zones"),
    paint: { "line-color": colour, "line-width": 1.5, "line-dasharray": [3, 2] },
  });
  map.addLayer({
    id: "overlay-road",
    type: "line",
    source,
    filter: inGroup("road"),
    layout: { "line-cap": "round", "line-join": "round" },
    paint: { "line-color": colour, "line-width": 2.5, "line-opacity": 0.8 },
  });
  map.addLayer({
    id: "overlay-withdrawal",
    type: "line",
    source,
    filter: inGroup("withdrawal_line"),
    paint: { "line-color": colour, "line-width": 2, "line-dasharray": [6, 2, 1, 2] },
  });
  const loc = (status: string): FilterSpecification => [
    "all",
    ["==", ["get", "group"], "line_of_contact"],
    ["==", ["get", "status"], status],
  ];
  map.addLayer({
    id: "overlay-loc-agreed",
    type: "line",
    source,
    filter: loc("agreed"),
    layout: { "line-join": "round" },
    paint: { "line-color": colour, "line-width": 3.5 },
  });
  map.addLayer({
    id: "overlay-loc-working",
    type: "line",
    source,
    filter: loc("working"),
    layout: { "line-join": "round" },
    paint: { "line-color": colour, "line-width": 3, "line-dasharray": [3, 1.5] },
  });
  map.addLayer({
    id: "overlay-loc-claimed",
    type: "line",
    source,
    filter: loc("claimed"),
    layout: { "line-cap": "round", "line-join": "round" },
    paint: { "line-color": colour, "line-width": 3, "line-dasharray": [0.1, 2] },
  });
  map.addLayer({
    id: "overlay-loc-proposed",
    type: "line",
    source,
    filter: loc("proposed"),
    layout: { "line-join": "round" },
    paint: {
      "line-color": colour,
      "line-width": 2.5,
      "line-opacity": 0.6,
      "line-dasharray": [6, 3],
    },
  });
  map.addLayer({
    id: "overlay-loc-disputed",
    type: "line",
    source,
    filter: loc("disputed"),
    paint: { "line-color": colour, "line-width": 5, "line-dasharray": [1.5, 1.5] },
  });
}

export function setOverlayVisibility(map: MapLibreMap, shown: ReadonlySet<OverlayGroup>): void {
  for (const group of OVERLAY_GROUPS) {
    for (const id of STYLE_LAYERS[group]) {
      if (map.getLayer(id)) {
        map.setLayoutProperty(id, "visibility", shown.has(group) ? "visible" : "none");
      }
    }
  }
}
