/** The map page's MapLibre map, a chunk of its own: asked for early when the app opens on /map. */
import { preloadable } from "../../ui/preloadable.js";

export const IncidentMap = preloadable(() => import("../../map/IncidentMap.js"));
