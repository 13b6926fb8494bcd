/**
 * Sectors for the dashboard: coarse areas of the front that the mission reports on.
 *
 * Deliberately simple: a sector is a latitude/longitude box, and the first box that holds a
 * point names its sector. This is a reporting convenience, not a geo evaluation: the line of
 * contact and the zones (src/domain/geo/) decide sides and distances. The boxes fit the Libya 2020
 * scenario; another mission replaces this list. The stats queries turn the same list into a SQL
 * CASE (`sectorSql` in src/store/sector-sql.ts), and a test checks that both give the same answer.
 */
export interface SectorBox {
  code: string;
  /** Inclusive bounds, WGS84 degrees. */
  south: number;
  north: number;
  west: number;
  east: number;
}

export const SECTOR_BOXES: readonly SectorBox[] = [
  // Tripoli and its southern front: Ain Zara, Salah al-Din, the airport road, Qasr bin Ghashir,
  // out to Gharyan, Tarhuna and al-Watiya.
  { code: "tripoli_front", south: 31.8, north: 33.2, west: 11.5, east: 14.2 },
  // The central front: Misrata's approaches, Abu Grein, Sirte, Jufra, the oil crescent.
  { code: "sirte_jufra", south: 28.5, north: 32.6, west: 14.6, east: 19.5 },
];

export const SECTORS = ["tripoli_front", "sirte_jufra", "other", "unlocated"] as const;
export type Sector = (typeof SECTORS)[number];

export function sectorOf(location: { lat: number; lon: number } | null | undefined): Sector {
  if (!location) return "unlocated";
  const box = SECTOR_BOXES.find(
    (b) =>
      location.lat >= b.south &&
      location.lat <= b.north &&
      location.lon >= b.west &&
      location.lon <= b.east,
  );
  return (box?.code as Sector | undefined) ?? "other";
}
