/**
 * Generating a report product's sections from the data (decision 0022). What a product counts
 * and what it lists are told apart. Counts (violations, explosions, per sector, per day) are
 * aggregates over the incidents the mission may share at all (classified public or for the
 * parties; never internal nor confidential-source ones), as the parties are told aggregate
 * statistics. What it lists one by one (notable incidents, restrictions, the annex, the points of
 * the map) are only incidents either party could already read: released to both parties or to
 * the public, or the mission's own observations classified for both; the public version lists
 * none of them and draws only the public ones, on the public grid.
 *
 * A violation is an incident of the use of force or of force posture (taxonomy A and B) that no
 * finding has found not to be a violation or unfounded. Explosions are the most any of an
 * incident's reports counted (the reports describe the same event).
 */
import { DomainError } from "../domain/errors.js";
import { nearestPlaces, type Gazetteer } from "../domain/geo/gazetteer.js";
import { drawMap } from "../domain/report-map.js";
import {
  SECTIONS_OF,
  type CbmRow,
  type ComplaintRow,
  type Generated,
  type IncidentLine,
  type ProductKind,
  type Section,
  type SectionKey,
  type SectorRow,
  type Totals,
} from "../domain/report-products.js";
import { countsAsViolation } from "../domain/taxonomy.js";
import { addDays, dayInZone } from "../domain/zoned-days.js";
import { scoreboard } from "../store/commitments-repo.js";
import { listPartyRows } from "../store/parties-repo.js";
import {
  complaintsInWindow,
  incidentsInWindow,
  linesOfContactAt,
  publicObservationsInWindow,
  releasedNarrative,
  type WindowIncidentRow,
} from "../store/report-products-repo.js";
import type { Deps } from "./deps.js";
import { currentMission, missionState } from "./mission.js";

export interface GenerateInput {
  kind: ProductKind;
  periodFrom: Date;
  periodTo: Date;
  incidentId?: string | null;
}

/** Categories a daily report names among its notable incidents. */
const NOTABLE = new Set(["A4", "A5", "A7", "A8", "C1", "C4", "C5", "C6", "D2"]);

export async function generateProduct(deps: Deps, input: GenerateInput): Promise<Generated> {
  const now = deps.clock();
  const mission = await currentMission(deps);
  const { sectors } = await missionState(deps);
  const parties = await listPartyRows(deps.db);
  const partyCodes = parties.map((p) => p.code);
  await deps.geography.refresh();
  const gazetteer = deps.geography.gazetteer();
  const window = { from: input.periodFrom, to: input.periodTo };
  const span = input.periodTo.getTime() - input.periodFrom.getTime();
  const previousWindow = {
    from: new Date(input.periodFrom.getTime() - span),
    to: input.periodFrom,
  };

  const rows =
    input.kind === "spot"
      ? await incidentsInWindow(deps.db, window, partyCodes, now, input.incidentId!)
      : await incidentsInWindow(deps.db, window, partyCodes, now);
  if (input.kind === "spot" && !rows[0]?.listable) {
    throw new DomainError(
      "product_incident_not_releasable",
      "A spot report goes to both parties: this incident is not classified for both parties " +
        "(public, or for the parties with both concerned), or is under embargo. Reclassify it first.",
      { field: "incidentId" },
    );
  }
  const previous =
    input.kind === "spot" ? [] : await incidentsInWindow(deps.db, previousWindow, partyCodes, now);
  const line = (r: WindowIncidentRow) => incidentLine(r, gazetteer);
  const listed = rows.filter((r) => r.listable);
  const violations = rows.filter(isViolation);
  const cbms =
    input.kind === "daily" || input.kind === "mandate" ? await cbmRows(deps, window) : [];

  const make: Record<SectionKey, () => Promise<Section>> = {
    summary: async () => ({
      key: "summary",
      audience: "all",
      totals: totals(rows, previous, cbms),
    }),
    sectors: async () => ({
      key: "sectors",
      audience: "all",
      rows: sectorRows(
        sectors.map((s) => ({ code: s.code, name: { en: s.nameEn, ar: s.nameAr } })),
        rows,
        previous,
      ),
    }),
    notable: async () => ({
      key: "notable",
      audience: "parties",
      incidents: listed.filter((r) => NOTABLE.has(r.category)).map(line),
    }),
    restrictions: async () => ({
      key: "restrictions",
      audience: "parties",
      incidents: listed.filter((r) => r.category === "D1").map(line),
    }),
    cbms: async () => ({ key: "cbms", audience: "all", rows: cbms }),
    map: async () => ({
      key: "map",
      audience: "all",
      map: drawMap({
        bbox: mission.bbox,
        outline: mission.outline.features.map((f) => f.geometry),
        sectors: sectors.map((s) => ({
          code: s.code,
          name: { en: s.nameEn, ar: s.nameAr },
          geometry: s.geometry,
        })),
        lines: await linesOfContactAt(deps.db, input.periodTo),
        points: listed
          .filter((r) => r.lat !== null && r.lon !== null)
          .map((r) => ({
            ref: r.reference,
            lat: r.lat!,
            lon: r.lon!,
            violation: isViolation(r),
            isPublic: r.is_public,
          })),
      }),
    }),
    annex: async () => ({
      key: "annex",
      audience: "parties",
      incidents: listed.filter(isViolation).map(line),
    }),
    incident: async () => {
      const r = rows[0]!;
      const narrative = await releasedNarrative(deps.db, r.id, now);
      return {
        key: "incident",
        audience: r.is_public ? "all" : "parties",
        incident: line(r),
        narrative:
          narrative && (narrative.en || narrative.ar)
            ? { en: narrative.en ?? "", ar: narrative.ar ?? "" }
            : null,
      };
    },
    complaints: async () => ({
      key: "complaints",
      audience: "all",
      rows: complaintRows(await complaintsInWindow(deps.db, window)),
    }),
    trend: async () => ({
      key: "trend",
      audience: "all",
      days: perDay(rows, violations, window, mission.timeZone),
    }),
    scoreboard: async () => {
      // The public commitments only: a product goes to both parties, and a commitment that is
      // not public is read by its obligated party alone.
      const board = await scoreboard(deps.db, { kind: "public" }, now);
      return { key: "scoreboard", audience: "all", byParty: board.byParty, all: board.all };
    },
  };
  const sections: Section[] = [];
  for (const key of SECTIONS_OF[input.kind]) sections.push(await make[key]());
  return {
    mission: mission.name,
    timeZone: mission.timeZone,
    parties: parties.map((p) => ({ code: p.code, name: { en: p.nameEn, ar: p.nameAr } })),
    sections,
  };
}

function isViolation(r: WindowIncidentRow): boolean {
  return countsAsViolation(r.category, r.outcome);
}

function incidentLine(r: WindowIncidentRow, gazetteer: Gazetteer): IncidentLine {
  const near =
    r.lat !== null && r.lon !== null ? nearestPlaces(gazetteer, r.lat, r.lon, 1, 50)[0] : undefined;
  return {
    id: r.id,
    reference: r.reference,
    category: r.category,
    occurredFrom: r.occurred_from.toISOString(),
    occurredTo: r.occurred_to.toISOString(),
    sector: r.sector,
    place: near
      ? {
          name: { en: near.name, ar: near.nameAr ?? near.name },
          distanceKm: Math.round(near.distanceKm),
          compass: { en: near.compass, ar: near.compassAr },
        }
      : null,
    explosions: r.explosions,
    lat: r.lat,
    lon: r.lon,
  };
}

function totals(rows: WindowIncidentRow[], previous: WindowIncidentRow[], cbms: CbmRow[]): Totals {
  const v = rows.filter(isViolation);
  const pv = previous.filter(isViolation);
  const sum = (xs: WindowIncidentRow[]) => xs.reduce((n, r) => n + r.explosions, 0);
  return {
    violations: v.length,
    explosions: sum(v),
    previousViolations: pv.length,
    previousExplosions: sum(pv),
    incidents: rows.length,
    restrictions: rows.filter((r) => r.category === "D1").length,
    cbms: cbms.reduce((n, c) => n + c.observations, 0),
  };
}

function sectorRows(
  sectors: { code: string; name: { en: string; ar: string } }[],
  rows: WindowIncidentRow[],
  previous: WindowIncidentRow[],
): SectorRow[] {
  const count = (xs: WindowIncidentRow[], code: string) => {
    const v = xs.filter((r) => r.sector === code && isViolation(r));
    return { n: v.length, explosions: v.reduce((n, r) => n + r.explosions, 0) };
  };
  const all = [
    ...sectors,
    { code: "other", name: { en: "Outside the sectors", ar: "خارج القطاعات" } },
    { code: "unlocated", name: { en: "Not located", ar: "غير محدد الموقع" } },
  ];
  return all
    .map((s) => {
      const now = count(rows, s.code);
      const before = count(previous, s.code);
      return {
        code: s.code,
        name: s.name,
        violations: now.n,
        explosions: now.explosions,
        previousViolations: before.n,
        previousExplosions: before.explosions,
      };
    })
    .filter(
      (r) => sectors.some((s) => s.code === r.code) || r.violations > 0 || r.previousViolations > 0,
    );
}

async function cbmRows(deps: Deps, window: { from: Date; to: Date }): Promise<CbmRow[]> {
  const byRef = new Map<string, CbmRow>();
  for (const o of await publicObservationsInWindow(deps.db, window)) {
    let row = byRef.get(o.reference);
    if (!row) {
      row = {
        reference: o.reference,
        title: { en: o.title_en || o.title_ar, ar: o.title_ar || o.title_en },
        status: o.status,
        observations: 0,
        notes: [],
      };
      byRef.set(o.reference, row);
    }
    row.observations += 1;
    if (o.note_en || o.note_ar) {
      row.notes.push({ en: o.note_en || o.note_ar, ar: o.note_ar || o.note_en });
    }
  }
  return [...byRef.values()];
}

function complaintRows(
  counts: {
    party: string;
    category: ComplaintRow["category"];
    outcome: string | null;
    n: number;
  }[],
): ComplaintRow[] {
  const rows = new Map<string, ComplaintRow>();
  for (const c of counts) {
    const key = `${c.party}/${c.category}`;
    let row = rows.get(key);
    if (!row)
      rows.set(key, (row = { party: c.party, category: c.category, complaints: 0, outcomes: {} }));
    row.complaints += c.n;
    const o = (c.outcome ?? "no_finding") as keyof ComplaintRow["outcomes"];
    row.outcomes[o] = (row.outcomes[o] ?? 0) + c.n;
  }
  return [...rows.values()];
}

function perDay(
  rows: WindowIncidentRow[],
  violations: WindowIncidentRow[],
  window: { from: Date; to: Date },
  timeZone: string,
) {
  const first = dayInZone(window.from, timeZone);
  const last = dayInZone(new Date(window.to.getTime() - 1), timeZone);
  const days: { day: string; violations: number; incidents: number }[] = [];
  for (let d = first; d <= last && days.length < 400; d = addDays(d, 1)) {
    days.push({ day: d, violations: 0, incidents: 0 });
  }
  const at = new Map(days.map((d) => [d.day, d]));
  for (const r of rows) {
    const d = at.get(dayInZone(r.occurred_from, timeZone));
    if (d) d.incidents += 1;
  }
  for (const r of violations) {
    const d = at.get(dayInZone(r.occurred_from, timeZone));
    if (d) d.violations += 1;
  }
  return days;
}
