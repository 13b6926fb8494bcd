/**
 * Illustrative geo layers for the Libya 2020 demo and for tests: drawn by hand near the front
 * areas of domain.md §11.2 so that the §11.4 places fall where the narrative puts them. They
 * are NOT the historical lines, which were never published as geometry; nothing here may be
 * cited as where a front was.
 */
import type {
  AreaOfControlVersion,
  LayerVersion,
  LineOfContactVersion,
  RoadVersion,
  WithdrawalLineVersion,
  ZoneVersion,
} from "../../domain/geo/layers.js";

const TRUCE = new Date("2020-01-12T00:00:00Z");
const FRONT_MOVES = new Date("2020-06-05T00:00:00Z");
const RED_LINE = new Date("2020-06-20T00:00:00Z");

/**
 * The Tripoli southern front as the mission's working line in January 2020, drawn west to east:
 * the GNA holds the left (north, the city), the LNA the right (south, the old airport and Qasr
 * bin Ghashir). Ain Zara lies about 3 km north of it.
 */
export const TRIPOLI_WORKING_LINE: LineOfContactVersion = {
  id: "tripoli-front@2020-01-12",
  layerId: "tripoli-front",
  kind: "line_of_contact",
  name: "Tripoli southern front (illustrative)",
  nameAr: "جبهة طرابلس الجنوبية (توضيحي)",
  status: "working",
  validFrom: TRUCE,
  validTo: FRONT_MOVES,
  leftParty: "GNA",
  rightParty: "LNA",
  geometry: {
    type: "LineString",
    coordinates: [
      [13.05, 32.76],
      [13.12, 32.765],
      [13.16, 32.775],
      [13.2, 32.775],
      [13.24, 32.77],
      [13.287, 32.765],
      [13.33, 32.755],
      [13.38, 32.74],
      [13.45, 32.72],
    ],
  },
};

/** The same front as the LNA claimed it: farther north, with Ain Zara on its side. */
export const TRIPOLI_LNA_CLAIMED_LINE: LineOfContactVersion = {
  ...TRIPOLI_WORKING_LINE,
  id: "tripoli-front-lna-claim@2020-01-12",
  layerId: "tripoli-front-lna-claim",
  name: "Tripoli southern front as claimed by the LNA (illustrative)",
  nameAr: "جبهة طرابلس الجنوبية حسب ادعاء القيادة العامة (توضيحي)",
  status: "claimed",
  claimedBy: "LNA",
  geometry: {
    type: "LineString",
    coordinates: [
      [13.05, 32.78],
      [13.16, 32.795],
      [13.25, 32.81],
      [13.29, 32.805],
      [13.33, 32.79],
      [13.38, 32.77],
      [13.45, 32.75],
    ],
  },
};

/** The Sirte–Jufra line after June 2020, drawn north to south: GNA west (right), LNA east. */
export const SIRTE_JUFRA_LINE: LineOfContactVersion = {
  id: "sirte-jufra@2020-06-20",
  layerId: "sirte-jufra",
  kind: "line_of_contact",
  name: "Sirte–Jufra line (illustrative)",
  nameAr: "خط سرت الجفرة (توضيحي)",
  status: "working",
  validFrom: RED_LINE,
  validTo: null,
  leftParty: "LNA",
  rightParty: "GNA",
  geometry: {
    type: "LineString",
    coordinates: [
      [15.95, 31.45],
      [15.9, 31.2],
      [15.75, 30.8],
      [15.55, 30.3],
      [15.45, 29.8],
      [15.6, 29.3],
      [15.6, 28.8],
    ],
  },
};

/** GNA heavy artillery withdrawn 20 km west of the Sirte–Jufra line: west (right) is behind. */
export const SIRTE_ARTILLERY_WITHDRAWAL: WithdrawalLineVersion = {
  id: "sirte-artillery-gna@2020-10-23",
  layerId: "sirte-artillery-gna",
  kind: "withdrawal_line",
  name: "GNA artillery withdrawal line (illustrative)",
  nameAr: "خط سحب مدفعية حكومة الوفاق (توضيحي)",
  status: "agreed",
  validFrom: new Date("2020-10-23T00:00:00Z"),
  validTo: null,
  party: "GNA",
  weaponClasses: ["artillery_100mm_plus", "mlrs"],
  behindSide: "right",
  geometry: {
    type: "LineString",
    coordinates: [
      [15.72, 31.42],
      [15.68, 31.2],
      [15.55, 30.8],
    ],
  },
};

/** A disengagement area on the coastal road between Abu Grein and Sirte. */
export const COASTAL_ROAD_DISENGAGEMENT: ZoneVersion = {
  id: "coastal-road-disengagement@2020-11-13",
  layerId: "coastal-road-disengagement",
  kind: "disengagement_area",
  name: "Coastal road disengagement area (illustrative)",
  nameAr: "منطقة فض الاشتباك على الطريق الساحلي (توضيحي)",
  status: "agreed",
  validFrom: new Date("2020-11-13T00:00:00Z"),
  validTo: null,
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [15.7, 31.5],
        [16.3, 31.5],
        [16.3, 31.15],
        [15.7, 31.15],
        [15.7, 31.5],
      ],
    ],
  },
};

/** Airport Road, from the city centre to the old international airport. */
export const AIRPORT_ROAD: RoadVersion = {
  id: "airport-road@2019-01-01",
  layerId: "airport-road",
  kind: "road",
  name: "Airport Road",
  nameAr: "طريق المطار",
  status: "agreed",
  validFrom: new Date("2019-01-01T00:00:00Z"),
  validTo: null,
  geometry: {
    type: "LineString",
    coordinates: [
      [13.187, 32.87],
      [13.18, 32.8],
      [13.17, 32.72],
      [13.16, 32.67],
    ],
  },
};

/** The Tripoli working line, west to east, as a ring edge. */
const TRIPOLI_EDGE = TRIPOLI_WORKING_LINE.geometry.coordinates as [number, number][];

/** The Sirte–Jufra line, north to south, as a ring edge. */
const SIRTE_EDGE = SIRTE_JUFRA_LINE.geometry.coordinates as [number, number][];

/**
 * Areas of control, January to June 2020: the GNA north of the Tripoli working line (the city),
 * the LNA south of it (the old airport, Qasr bin Ghashir, towards Tarhuna). Boxes drawn to the
 * line; they claim nothing about anywhere else.
 */
const GNA_AREA_TRIPOLI: AreaOfControlVersion = {
  id: "gna-area@2020-01-12",
  layerId: "gna-area",
  kind: "area_of_control",
  name: "GNA-held area (illustrative)",
  nameAr: "منطقة سيطرة حكومة الوفاق (توضيحي)",
  status: "working",
  validFrom: TRUCE,
  validTo: FRONT_MOVES,
  party: "GNA",
  geometry: {
    type: "Polygon",
    coordinates: [
      [[12.6, 33.0], [12.6, 32.76], ...TRIPOLI_EDGE, [13.7, 32.72], [13.7, 33.0], [12.6, 33.0]],
    ],
  },
};

const LNA_AREA_TRIPOLI: AreaOfControlVersion = {
  id: "lna-area@2020-01-12",
  layerId: "lna-area",
  kind: "area_of_control",
  name: "LNA-held area (illustrative)",
  nameAr: "منطقة سيطرة القيادة العامة (توضيحي)",
  status: "working",
  validFrom: TRUCE,
  validTo: FRONT_MOVES,
  party: "LNA",
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [12.6, 32.76],
        [12.6, 32.3],
        [13.7, 32.3],
        [13.7, 32.72],
        ...[...TRIPOLI_EDGE].reverse(),
        [12.6, 32.76],
      ],
    ],
  },
};

/** From the Sirte–Jufra line on: the GNA west of it, the LNA east of it. */
const GNA_AREA_WEST: AreaOfControlVersion = {
  ...GNA_AREA_TRIPOLI,
  id: "gna-area@2020-06-20",
  validFrom: RED_LINE,
  validTo: null,
  geometry: {
    type: "Polygon",
    coordinates: [
      [[11.5, 33.3], [11.5, 28.8], ...[...SIRTE_EDGE].reverse(), [15.95, 33.3], [11.5, 33.3]],
    ],
  },
};

const LNA_AREA_EAST: AreaOfControlVersion = {
  ...LNA_AREA_TRIPOLI,
  id: "lna-area@2020-06-20",
  validFrom: RED_LINE,
  validTo: null,
  geometry: {
    type: "Polygon",
    coordinates: [[[15.95, 33.3], ...SIRTE_EDGE, [24.5, 28.8], [24.5, 33.3], [15.95, 33.3]]],
  },
};

const shift = (lon: number, by: number) => Math.round((lon + by) * 1000) / 1000;

/** A buffer zone 0.1° (about 10 km) either side of the Sirte–Jufra line, from the agreement. */
const SIRTE_JUFRA_BUFFER: ZoneVersion = {
  id: "sirte-jufra-buffer@2020-10-23",
  layerId: "sirte-jufra-buffer",
  kind: "buffer_zone",
  name: "Sirte–Jufra buffer zone (illustrative)",
  nameAr: "المنطقة العازلة سرت الجفرة (توضيحي)",
  status: "agreed",
  validFrom: new Date("2020-10-23T00:00:00Z"),
  validTo: null,
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        ...SIRTE_EDGE.map(([lon, lat]): [number, number] => [shift(lon, -0.1), lat]),
        ...[...SIRTE_EDGE].reverse().map(([lon, lat]): [number, number] => [shift(lon, 0.1), lat]),
        [shift(SIRTE_EDGE[0]![0], -0.1), SIRTE_EDGE[0]![1]],
      ],
    ],
  },
};

/** Areas of control for both parties and the Sirte–Jufra buffer zone (demo seed only). */
const ILLUSTRATIVE_AREAS: readonly LayerVersion[] = [
  GNA_AREA_TRIPOLI,
  LNA_AREA_TRIPOLI,
  GNA_AREA_WEST,
  LNA_AREA_EAST,
  SIRTE_JUFRA_BUFFER,
];

export const ILLUSTRATIVE_LAYERS: readonly LayerVersion[] = [
  TRIPOLI_WORKING_LINE,
  TRIPOLI_LNA_CLAIMED_LINE,
  SIRTE_JUFRA_LINE,
  SIRTE_ARTILLERY_WITHDRAWAL,
  COASTAL_ROAD_DISENGAGEMENT,
  AIRPORT_ROAD,
];

/** Everything the demo seed loads: every version of every illustrative layer. */
export const DEMO_LAYERS: readonly LayerVersion[] = [...ILLUSTRATIVE_LAYERS, ...ILLUSTRATIVE_AREAS];
