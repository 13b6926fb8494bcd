/**
 * Triage: the untriaged reports and open incidents most likely describing the same event as a
 * report, scored with their reasons (domain/candidates.ts), for intake to merge. Mission case
 * roles only; the search is narrowed by the caller's scope like every other read.
 */
import {
  categoryFamily,
  DEFAULT_CANDIDATE_OPTIONS,
  scoreCandidate,
  type CandidateOptions,
  type CandidateScore,
  type EventSketch,
} from "../domain/candidates.js";
import { CASE_ROLES, type Actor } from "../domain/roles.js";
import type { CategoryCode } from "../domain/taxonomy.js";
import {
  candidateIncidentRows,
  candidateReportRows,
  type CandidateIncidentRow,
  type CandidateWindow,
} from "../store/candidates-repo.js";
import { findReport, type ReportRow } from "../store/reports-repo.js";
import { incidentScopeFor, reportScopeFor, requireRole } from "./access.js";
import type { Deps } from "./deps.js";
import { reportNotFound } from "./reports.js";

export interface Candidate extends CandidateScore {
  kind: "report" | "incident";
  id: string;
  /** A report's tracking id or an incident's reference. */
  label: string;
  category: CategoryCode;
  /** A report's status or an incident's state. */
  status: string;
  occurredFrom: Date;
  occurredTo: Date;
  location: { lat: number; lon: number } | null;
  /** A report's own place name (an incident's are used for matching only). */
  placeNames: string[];
  submitterParty: string | null;
  allegedParty: string | null;
}

export interface CandidateQuery {
  limit: number;
  maxKm?: number;
  maxGapHours?: number;
}

/** Rows read per kind before scoring; the window and the box keep real numbers far below. */
const MAX_ROWS = 1000;
const HOUR = 3_600_000;
const KM_PER_DEG_LAT = 111.2;

/** The report whose candidates these are. */
export interface CandidateSubject {
  id: string;
  trackingId: string;
}

export async function reportCandidates(
  deps: Deps,
  actor: Actor,
  id: string,
  query: CandidateQuery,
): Promise<{ subject: CandidateSubject; items: Candidate[] }> {
  // Checked before the report is looked up, so a party learns nothing from the answer.
  requireRole(actor, CASE_ROLES, "look for reports of the same event");
  const now = deps.clock();
  const reportScope = reportScopeFor(actor, now);
  const subject = await findReport(deps.db, id, reportScope);
  if (!subject) throw reportNotFound(id);
  const opts: CandidateOptions = {
    maxKm: query.maxKm ?? DEFAULT_CANDIDATE_OPTIONS.maxKm,
    maxGapHours: query.maxGapHours ?? DEFAULT_CANDIDATE_OPTIONS.maxGapHours,
  };
  const window = searchWindow(subject, opts);
  const reports = await candidateReportRows(deps.db, reportScope, subject, window);
  const incidents = await candidateIncidentRows(
    deps.db,
    incidentScopeFor(actor, now),
    subject.incident_id,
    window,
  );
  const me = reportSketch(subject);
  const items = [
    ...reports.map((r) => scored(me, reportSketch(r), opts, reportFields(r))),
    ...incidents.map((i) => scored(me, incidentSketch(i), opts, incidentFields(i))),
  ].filter((c): c is Candidate => c !== null);
  items.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  return {
    subject: { id: subject.id, trackingId: subject.tracking_id },
    items: items.slice(0, query.limit),
  };
}

function searchWindow(subject: ReportRow, opts: CandidateOptions): CandidateWindow {
  return {
    from: new Date(subject.occurred_from.getTime() - opts.maxGapHours * HOUR),
    to: new Date(subject.occurred_to.getTime() + opts.maxGapHours * HOUR),
    family: categoryFamily(subject.category as CategoryCode),
    box:
      subject.lat !== null && subject.lon !== null
        ? boxAround(subject.lat, subject.lon, opts.maxKm)
        : null,
    limit: MAX_ROWS,
  };
}

type Fields = Omit<Candidate, keyof CandidateScore>;

function scored(
  me: EventSketch,
  other: EventSketch,
  opts: CandidateOptions,
  fields: Fields,
): Candidate | null {
  const score = scoreCandidate(me, other, opts);
  return score ? { ...score, ...fields } : null;
}

function reportSketch(r: ReportRow): EventSketch {
  return {
    category: r.category as CategoryCode,
    from: r.occurred_from,
    to: r.occurred_to,
    location: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null,
    placeNames: r.place_name ? [r.place_name] : [],
    submitterParty: r.submitter_party,
    allegedParty: r.alleged_party,
  };
}

function reportFields(r: ReportRow): Fields {
  const s = reportSketch(r);
  return {
    kind: "report",
    id: r.id,
    label: r.tracking_id,
    category: s.category,
    status: r.status,
    occurredFrom: r.occurred_from,
    occurredTo: r.occurred_to,
    location: s.location,
    placeNames: s.placeNames,
    submitterParty: r.submitter_party,
    allegedParty: r.alleged_party,
  };
}

function incidentSketch(i: CandidateIncidentRow): EventSketch {
  return {
    category: i.category as CategoryCode,
    from: i.occurred_from,
    to: i.occurred_to,
    location: i.lat !== null && i.lon !== null ? { lat: i.lat, lon: i.lon } : null,
    placeNames: i.place_names ?? [],
    submitterParty: null,
    allegedParty: null,
  };
}

function incidentFields(i: CandidateIncidentRow): Fields {
  return {
    kind: "incident",
    id: i.id,
    label: i.reference,
    category: i.category as CategoryCode,
    status: i.state,
    occurredFrom: i.occurred_from,
    occurredTo: i.occurred_to,
    location: incidentSketch(i).location,
    placeNames: [],
    submitterParty: null,
    allegedParty: null,
  };
}

/** A lon/lat box holding every point within `km` of the point (a prefilter only). */
function boxAround(lat: number, lon: number, km: number): [number, number, number, number] {
  const dLat = km / KM_PER_DEG_LAT;
  const widest = Math.cos((Math.min(89, Math.abs(lat) + dLat) * Math.PI) / 180);
  const dLon = km / (KM_PER_DEG_LAT * Math.max(0.01, widest));
  return [lon - dLon, Math.max(-90, lat - dLat), lon + dLon, Math.min(90, lat + dLat)];
}
