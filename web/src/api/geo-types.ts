/**
 * The geo shapes of the API: layers and their versions (src/http/presenters/geo.ts), the stored
 * evaluation of a report or incident (src/domain/geo/evaluation-record.ts), the map's GeoJSON
 * views (src/http/presenters/map.ts), gazetteer hits (src/services/places.ts) and how a report's
 * place name was located (src/domain/place-resolution.ts).
 */
import type { CategoryCode, CaseState, ReportStatus } from "./types.js";

export type LayerKind =
  | "line_of_contact"
  | "buffer_zone"
  | "disengagement_area"
  | "withdrawal_line"
  | "area_of_control"
  | "storage_site"
  | "road";
export type LayerStatus = "agreed" | "working" | "claimed";

export interface GeoLayerVersion {
  id: string;
  version: number;
  validFrom: string;
  validTo: string | null;
  status: LayerStatus;
  claimedBy: string | null;
  source: string | null;
  leftParty: string | null;
  rightParty: string | null;
  behindSide: "left" | "right" | null;
  geojson: string;
  kml: string;
}

export interface GeoLayer {
  id: string;
  kind: LayerKind;
  name: string;
  nameAr: string | null;
  party: string | null;
  weaponClasses: string[];
  description: string | null;
  isDemo: boolean;
  versions: GeoLayerVersion[];
}

export interface LineOfContactEval {
  layerId: string;
  name: string;
  status: LayerStatus;
  claimedBy: string | null;
  side: string | null;
  position: "left" | "right" | "on_line";
  distanceKm: number;
}

interface ZoneEval {
  layerId: string;
  kind: LayerKind;
  name: string;
  status: LayerStatus;
  party: string | null;
}

interface WithdrawalEval {
  layerId: string;
  name: string;
  status: LayerStatus;
  party: string | null;
  weaponClasses: string[];
  position: "behind" | "beyond" | "on_line";
  distanceKm: number;
}

interface NearPlace {
  placeId: string;
  name: string;
  nameAr: string | null;
  distanceKm: number;
  bearing: number;
  compass: string;
}

export interface GeoEvaluation {
  lineOfContact: LineOfContactEval | null;
  linesOfContact: LineOfContactEval[];
  zones: ZoneEval[];
  areaOfControl: string | null;
  areasOfControl: ZoneEval[];
  withdrawalLines: WithdrawalEval[];
  roads: { layerId: string; name: string; distanceKm: number }[];
  nearestPlaces: NearPlace[];
  description: { en: string; ar: string } | null;
  district: { id: string; name: string; nameAr: string | null } | null;
  at: string;
  evaluatedAt: string;
}

type GeoStatus = "evaluated" | "pending" | "no_location";

/** What reads of a report or an incident carry about its position. */
export interface GeoFields {
  geo?: GeoEvaluation | null;
  geoStatus?: GeoStatus;
}

export interface PlaceHit {
  id: string;
  name: string;
  nameAr: string | null;
  lat: number;
  lon: number;
  kind: string;
  approximate: boolean;
  district: { id: string; name: string; nameAr: string | null } | null;
  matchedName: string;
}

interface PlaceCandidate {
  placeId: string;
  name: string;
  nameAr: string | null;
  kind: string;
  lat: number;
  lon: number;
  score: number;
}

export interface LocationResolution {
  status: "reported" | "gazetteer" | "ambiguous" | "unresolved";
  candidates: PlaceCandidate[];
}

interface IncidentPointProps {
  id: string;
  reference: string;
  title: string;
  titleGenerated?: boolean;
  category: CategoryCode;
  state: CaseState;
  occurredFrom: string;
  verificationLevel: string | null;
}

interface ReportPointProps {
  id: string;
  trackingId: string;
  category: CategoryCode;
  status: ReportStatus;
  occurredFrom: string;
  verificationLevel: string | null;
}

export interface ClusterProps {
  cluster: true;
  count: number;
  cell: [number, number, number, number];
  category?: Record<string, number>;
  verificationLevel?: Record<string, number>;
  status?: Record<string, number>;
}

export type MapPointProps = (IncidentPointProps | ReportPointProps) & { cluster?: undefined };

export interface MapView {
  type: "FeatureCollection";
  features: GeoJSON.Feature<GeoJSON.Point, MapPointProps | ClusterProps>[];
  meta: { clustered: boolean; total: number };
}

export interface MapConfig {
  basemap: { pmtiles: string | null };
}
