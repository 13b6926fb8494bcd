/**
 * The operator's optional PMTiles basemap (CFM_BASEMAP_PMTILES), read from this server in byte
 * ranges: no tile server, nothing from another host. Raster tiles are drawn as they are; vector
 * tiles of an unknown schema get a plain style (water blue, areas faint, lines grey; no labels,
 * which would need a glyph server). The shipped districts and borders stay drawn above it.
 * Without the file, nothing changes: the shipped basemap is the default.
 */
import * as maplibregl from "maplibre-gl";
import { PMTiles, Protocol, TileType } from "pmtiles";
import { get } from "../api/client.js";
import type { MapConfig } from "../api/geo-types.js";
import { queryClient } from "../query-client.js";
import { OUTSIDE_LAYER } from "./basemap.js";
import { FIRST_OVERLAY_LAYER } from "./overlays.js";

type MapLibreMap = maplibregl.Map;

let protocol: Protocol | null = null;

/** The server's map settings, read once through the query cache; none when they cannot be read. */
function mapConfig(): Promise<MapConfig | null> {
  return (
    queryClient
      // cached once read, even after a change marked the reads stale: the operator's files
      // change with a restart of the server, not while a page is open
      .ensureQueryData({
        queryKey: ["map-config"],
        queryFn: ({ signal }) => get("/map/config", { signal }),
      })
      .catch(() => null)
  );
}

/**
 * Adds the operator's basemap above the shipped land and under the geo layers (whichever of the
 * two was added first), when the server has one. It draws the world, so the shipped mask that
 * keeps the layers' tint off the sea and the neighbours is switched off.
 */
export async function addOperatorBasemap(map: MapLibreMap): Promise<void> {
  const path = (await mapConfig())?.basemap.pmtiles;
  if (!path) return;
  const url = new URL(path, window.location.origin).href;
  if (!protocol) {
    protocol = new Protocol();
    maplibregl.addProtocol("pmtiles", protocol.tile);
  }
  const archive = new PMTiles(url);
  protocol.add(archive);
  const header = await archive.getHeader();
  if (!map.getStyle()) return; // the map was removed meanwhile
  const beforeId = map.getLayer(FIRST_OVERLAY_LAYER) ? FIRST_OVERLAY_LAYER : OUTSIDE_LAYER;
  map.setLayoutProperty(OUTSIDE_LAYER, "visibility", "none");
  const source = "operator-basemap";
  if (header.tileType === TileType.Mvt) {
    map.addSource(source, { type: "vector", url: `pmtiles://${url}` });
    const metadata = (await archive.getMetadata()) as { vector_layers?: { id: string }[] };
    for (const { id } of metadata.vector_layers ?? []) addVectorLayer(map, source, id, beforeId);
  } else {
    map.addSource(source, { type: "raster", url: `pmtiles://${url}`, tileSize: 256 });
    map.addLayer({ id: "operator-raster", type: "raster", source }, beforeId);
  }
}

function addVectorLayer(map: MapLibreMap, source: string, layer: string, beforeId: string) {
  const water = /water|ocean|sea|lake|river/i.test(layer);
  map.addLayer(
    {
      id: `operator-${layer}-fill`,
      type: "fill",
      source,
      "source-layer": layer,
      filter: ["==", ["geometry-type"], "Polygon"],
      paint: { "fill-color": water ? "#b9d3e3" : "#e8e2d4", "fill-opacity": water ? 1 : 0.5 },
    },
    beforeId,
  );
  map.addLayer(
    {
      id: `operator-${layer}-line`,
      type: "line",
      source,
      "source-layer": layer,
      filter: ["==", ["geometry-type"], "LineString"],
      paint: { "line-color": water ? "#8fb5cc" : "#b8b1a3", "line-width": 0.7 },
    },
    beforeId,
  );
}
